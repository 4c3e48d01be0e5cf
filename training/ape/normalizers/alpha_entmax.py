"""alpha-entmax by bisection, with a learnable alpha per head (Correia, Niculae & Martins,
"Adaptively Sparse Transformers", 2019), over the last dimension.

Layered like entmax/root_finding.py (`EntmaxBisectFunction`, `entmax_bisect`): a fixed
number of bisection steps in the forward, the closed-form Jacobian-vector product and
d p / d alpha in the backward. A fixed count unrolls into plain ONNX ops, so the exported
graph runs exactly the steps that training ran (research/onnx-serving.md §4b).
"""

from typing import Optional, Union

import torch
from torch import Tensor, nn
from torch.autograd import Function

from .masking import compute_dtype, shift_and_mask

# alpha = clamp(1 + sigmoid(pre_alpha), 1.01, 2): the snippet of entmax issue #10
# (research/ape-model.md §3.8). 1.01 keeps away from alpha = 1, where the bisection
# degenerates and d p / d alpha has 1 / (alpha - 1)^2.
ALPHA_MIN = 1.01
ALPHA_MAX = 2.0


def _bisect(z: Tensor, alpha: Tensor, n_iter: int) -> Tensor:
    """p_i = [(alpha - 1) z_i - tau]_+^(1 / (alpha - 1)) with tau found by bisection.

    z comes from `shift_and_mask`, so max(z) = 0 on every row. With x = (alpha - 1) z,
    tau = -1 gives the top entry p = 1 (sum >= 1) and tau = 0 gives p = 0 (sum < 1), so
    tau lies in [-1, 0]. The reference's upper end -(1/S)^(alpha - 1) is tighter, but the
    bracket [-1, 0] has a step 2^-k that does not depend on alpha, which saves one op per
    step; both reach the float32 floor at 25 steps (bench/normalizers.py --accuracy).
    Only the lower end moves, when sum(p) >= 1: the fixed rule of entmax PR #32 (the
    pre-2024 test f_mid * f_lo >= 0 drifts to tau_hi on one-hot rows, research §6.2).
    """
    x = z * (alpha - 1)
    exponent = 1 / (alpha - 1)
    tau_lo = z.new_full((), -1.0)
    step = 1.0
    for _ in range(n_iter):
        # 7 ops per step in ONNX: Add, Sub, Relu, Pow, ReduceSum, GreaterOrEqual, Where.
        step /= 2
        tau_mid = tau_lo + step
        probs = torch.relu(x - tau_mid) ** exponent
        total = probs.sum(dim=-1, keepdim=True)
        tau_lo = torch.where(total >= 1, tau_mid, tau_lo)
    # Renormalise the last step's p (the reference's ensure_sum_one); its sum is at hand.
    return probs / total


class EntmaxBisectFunction(Function):
    """alpha-entmax of z (already shifted) with alpha broadcastable to z[..., :1]."""

    @staticmethod
    def forward(ctx, z: Tensor, alpha: Tensor, n_iter: int) -> Tensor:
        probs = _bisect(z, alpha, n_iter)
        ctx.save_for_backward(probs, alpha)
        return probs

    @staticmethod
    def backward(ctx, grad_probs: Tensor):
        probs, alpha = ctx.saved_tensors
        support = probs > 0
        # J = diag(s) - s s^T / sum(s) with s_i = p_i^(2 - alpha) on the support (§3.6).
        # The where matters at alpha = 2, where 0^0 would be 1.
        gppr = torch.where(support, probs ** (2 - alpha), torch.zeros_like(probs))
        gppr_sum = gppr.sum(dim=-1, keepdim=True)
        grad_scaled = grad_probs * gppr
        grad_z = grad_scaled - gppr * (grad_scaled.sum(dim=-1, keepdim=True) / gppr_sum)

        grad_alpha = None
        if ctx.needs_input_grad[1]:
            # d p_i / d alpha = (p_i - s~_i) / (alpha-1)^2 - (p_i log p_i - s~_i sum_j p_j
            # log p_j) / (alpha-1), with s~ = s / sum(s), and 0 off the support (§3.7;
            # the same expression as EntmaxBisectFunction.backward in the reference).
            skewed = gppr / gppr_sum
            plogp = torch.where(support, probs * torch.log(probs), torch.zeros_like(probs))
            neg_entropy = plogp.sum(dim=-1, keepdim=True)
            d_probs = (probs - skewed) / (alpha - 1) ** 2 - (
                plogp - skewed * neg_entropy
            ) / (alpha - 1)
            grad_alpha = (grad_probs * d_probs).sum(dim=-1, keepdim=True)
            grad_alpha = grad_alpha.sum_to_size(alpha.shape)
        return grad_z, grad_alpha, None


def entmax_bisect(
    scores: Tensor,
    alpha: Union[float, Tensor],
    mask: Optional[Tensor] = None,
    n_iter: int = 25,
) -> Tensor:
    """alpha-entmax over the last dim, differentiable in scores and alpha:

        argmax_p <p, scores> + H_alpha(p)   s.t.   p >= 0, sum(p) = 1,

    with the Tsallis entropy H_alpha(p) = (1 - sum p^alpha) / (alpha (alpha - 1)),
    restricted to the positions where `mask` is True (masked positions get exactly 0).
    alpha: a float or a tensor broadcastable to scores[..., :1] (e.g. [1, H, 1, 1]),
    with 1 < alpha <= 2. n_iter: bisection steps; 25 reach float32 precision.
    """
    dtype = compute_dtype(scores.dtype)
    z = shift_and_mask(scores.to(dtype), mask)
    alpha = torch.as_tensor(alpha, device=z.device).to(dtype)
    return EntmaxBisectFunction.apply(z, alpha, n_iter).to(scores.dtype)


class AlphaEntmax(nn.Module):
    """Attention normalizer: alpha-entmax with one learnable alpha per head.

    alpha_h = clamp(1 + sigmoid(pre_alpha_h), 1.01, 2), pre_alpha ~ N(0, 1) as in the
    authors' snippet (entmax issue #10), so alpha starts near 1.5 +- 0.2. Note that
    1 + sigmoid < 2, so the upper clamp never binds, while a head that reaches 1.01
    gets a zero gradient and stays there (research/ape-model.md §3.8).
    """

    def __init__(self, n_heads: int, bisect_iters: int = 25):
        super().__init__()
        self.n_heads = n_heads
        self.bisect_iters = bisect_iters
        self.pre_alpha = nn.Parameter(torch.randn(n_heads))

    def alpha(self) -> Tensor:
        """alpha per head, [H]."""
        return torch.clamp(1 + torch.sigmoid(self.pre_alpha), min=ALPHA_MIN, max=ALPHA_MAX)

    def forward(self, scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
        # scores: (B, H, T, S); alpha: (1, H, 1, 1), one value per head.
        alpha = self.alpha().view(1, self.n_heads, 1, 1)
        return entmax_bisect(scores, alpha, mask, self.bisect_iters)

    def extra_repr(self) -> str:
        return f"n_heads={self.n_heads}, bisect_iters={self.bisect_iters}"
