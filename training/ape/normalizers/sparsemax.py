"""sparsemax (Martins & Astudillo, 2016), exact and sort-based, over the last dimension.

Layered like entmax/activations.py: a private solver for the threshold, an autograd
Function whose backward is the closed-form Jacobian-vector product, a functional
`sparsemax`, and a thin nn.Module. The sort exports to ONNX as TopK + CumSum, so the
same code runs in training and in the exported graph (no bisection needed).
"""

from typing import Optional

import torch
from torch import Tensor, nn
from torch.autograd import Function

from .masking import compute_dtype, shift_and_mask


def _sparsemax_threshold(z: Tensor) -> Tensor:
    """tau with sum(max(z - tau, 0)) = 1 along the last dim: the sort-based sparsemax threshold of
    Martins & Astudillo (ICML 2016).

    With z sorted in decreasing order and c_k = z_(1) + ... + z_(k) - 1, the support is the
    prefix {k : k z_(k) > c_k}; with K its size, tau = c_K / K. Same algorithm as
    entmax.activations._sparsemax_threshold_and_support (full sort, no partial k).
    """
    z_sorted, _ = torch.sort(z, dim=-1, descending=True)
    k = torch.arange(1, z.shape[-1] + 1, dtype=z.dtype, device=z.device)
    cumsum_minus_one = z_sorted.cumsum(dim=-1) - 1
    in_support = k * z_sorted > cumsum_minus_one
    # K >= 1 always: k = 1 gives z_(1) > z_(1) - 1.
    support_size = in_support.sum(dim=-1, keepdim=True)
    tau = cumsum_minus_one.gather(-1, support_size - 1)
    return tau / support_size.to(z.dtype)


class SparsemaxFunction(Function):
    """p = max(z - tau, 0) for z already shifted by `shift_and_mask`."""

    @staticmethod
    def forward(ctx, z: Tensor) -> Tensor:
        probs = torch.clamp(z - _sparsemax_threshold(z), min=0)
        ctx.save_for_backward(probs)
        return probs

    @staticmethod
    def backward(ctx, grad_probs: Tensor) -> Tensor:
        # J = diag(s) - s s^T / |S| with s the support indicator (Martins & Astudillo ICML 2016):
        # on the support, g_i - mean_{j in S} g_j; 0 off it. The support is counted from p > 0 rather than
        # the forward's K, which can include a boundary tie with p = 0 (an entry equal to tau up
        # to rounding); the entmax package's sparsemax backward divides by K instead.
        (probs,) = ctx.saved_tensors
        support = (probs > 0).to(grad_probs.dtype)
        grad_on_support = grad_probs * support
        support_mean = grad_on_support.sum(dim=-1, keepdim=True) / support.sum(
            dim=-1, keepdim=True
        )
        return grad_on_support - support_mean * support


def sparsemax(scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
    """sparsemax over the last dim: the Euclidean projection onto the simplex,

        argmin_p ||p - scores||_2   s.t.   p >= 0, sum(p) = 1,

    restricted to the positions where `mask` is True (masked positions get exactly 0).
    """
    dtype = compute_dtype(scores.dtype)
    z = shift_and_mask(scores.to(dtype), mask)
    return SparsemaxFunction.apply(z).to(scores.dtype)


class Sparsemax(nn.Module):
    """Attention normalizer: sparsemax over keys. forward(scores, mask) -> probs."""

    def forward(self, scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
        return sparsemax(scores, mask)
