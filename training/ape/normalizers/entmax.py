"""1.5-entmax (Peters, Niculae & Martins, 2019), exact and sort-based, over the last dim.

Layered like entmax/activations.py (`_entmax_threshold_and_support`, `Entmax15Function`).
The sort exports to ONNX as TopK + CumSum, so training and the exported graph run the
same code.
"""

from typing import Optional

import torch
from torch import Tensor, nn
from torch.autograd import Function

from .masking import compute_dtype, shift_and_mask


def _entmax15_threshold(x: Tensor) -> Tensor:
    """tau with sum(max(x - tau, 0)^2) = 1 along the last dim: the exact sort-based 1.5-entmax
    threshold of Peters, Niculae & Martins (ACL 2019, "Sparse Sequence-to-Sequence Models").

    For the top k of x sorted decreasingly, tau_k = mean_k - sqrt(max(delta_k, 0)) with
    delta_k = (1 - k (meansq_k - mean_k^2)) / k: the smaller root of
    sum_{j<=k} (x_(j) - tau)^2 = 1. The support size is K = #{k : tau_k <= x_(k)}.
    """
    x_sorted, _ = torch.sort(x, dim=-1, descending=True)
    k = torch.arange(1, x.shape[-1] + 1, dtype=x.dtype, device=x.device)
    mean = x_sorted.cumsum(dim=-1) / k
    mean_sq = (x_sorted * x_sorted).cumsum(dim=-1) / k
    delta = (1 - k * (mean_sq - mean * mean)) / k
    # Clamping delta at 0 is the reference's deviation from the paper's algorithm; the
    # clamped tau_k are never selected by tau_k <= x_(k) (entmax/activations.py note).
    tau = mean - torch.sqrt(torch.clamp(delta, min=0))
    support_size = (tau <= x_sorted).sum(dim=-1, keepdim=True)
    return tau.gather(-1, support_size - 1)


class Entmax15Function(Function):
    """p = max(z/2 - tau, 0)^2 for z already shifted by `shift_and_mask`."""

    @staticmethod
    def forward(ctx, z: Tensor) -> Tensor:
        x = z / 2  # 1.5-entmax is p = [(alpha - 1) z - tau]_+^(1/(alpha-1)) at alpha = 1.5
        shifted = torch.clamp(x - _entmax15_threshold(x), min=0)
        probs = shifted * shifted
        ctx.save_for_backward(probs)
        return probs

    @staticmethod
    def backward(ctx, grad_probs: Tensor) -> Tensor:
        # J = diag(s) - s s^T / sum(s) with s = p^(2 - alpha) = sqrt(p) (Peters, Niculae & Martins
        # ACL 2019; Correia, Niculae & Martins EMNLP 2019 for general alpha; J is symmetric), the
        # "gppr" of Entmax15Function.backward. No factor 1/2 for the z/2 above: the 2
        # of the square cancels it (d p_i / d z_i = 2 sqrt(p_i) / 2 off the tau term).
        (probs,) = ctx.saved_tensors
        gppr = probs.sqrt()
        grad_scaled = grad_probs * gppr
        q = grad_scaled.sum(dim=-1, keepdim=True) / gppr.sum(dim=-1, keepdim=True)
        return grad_scaled - q * gppr


def entmax15(scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
    """1.5-entmax over the last dim:

        argmax_p <p, scores> + H_1.5(p)   s.t.   p >= 0, sum(p) = 1,

    with H_1.5 the Tsallis entropy (1 - sum p^1.5) / 0.75, restricted to the positions
    where `mask` is True (masked positions get exactly 0).
    """
    dtype = compute_dtype(scores.dtype)
    z = shift_and_mask(scores.to(dtype), mask)
    return Entmax15Function.apply(z).to(scores.dtype)


class Entmax15(nn.Module):
    """Attention normalizer: 1.5-entmax over keys. forward(scores, mask) -> probs."""

    def forward(self, scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
        return entmax15(scores, mask)
