"""alpha-entmax by bisection, with a learnable alpha per head (Correia, Niculae & Martins,
"Adaptively Sparse Transformers", 2019), over the last dimension.

Layered like entmax/root_finding.py (`EntmaxBisectFunction`, `entmax_bisect`): a fixed
number of bisection steps (then two Newton steps) in the forward, the closed-form
Jacobian-vector product and d p / d alpha in the backward. A fixed count unrolls into
plain ONNX ops, so the exported graph runs exactly the steps that training ran
(see `_threshold`). The default count is ape.config.ENTMAX_BISECT_ITERATIONS (10).
"""

import math
from typing import Optional, Union

import torch
from torch import Tensor, nn
from torch.autograd import Function

from ape.config import ENTMAX_BISECT_ITERATIONS

from .masking import compute_dtype, shift_and_mask

# alpha = clamp(1 + sigmoid(pre_alpha), 1.01, 2): the per-head parametrisation that
# Correia et al. (EMNLP 2019, Adaptively Sparse Transformers) posted as "the snippet we
# used" in deep-spin/entmax issue #10. 1.01 keeps away from alpha = 1, where the bisection
# degenerates (it returns a uniform vector, entmax issue #24) and d p / d alpha has
# 1 / (alpha - 1)^2.
ALPHA_MIN = 1.01
ALPHA_MAX = 2.0

# Newton steps that polish the bisection's threshold (see `_threshold`).
NEWTON_STEPS = 2


def _powered(x: Tensor, tau: Tensor, exponent: Tensor) -> Tensor:
    """[x - tau]_+^exponent, in place on the one fresh tensor (eager speed; export-safe)."""
    return (x - tau).clamp_(min=0).pow_(exponent)


def _newton_step(x: Tensor, tau: Tensor, exponent: Tensor) -> Tensor:
    """tau + f(tau) / -f'(tau) for f(tau) = sum_i [x_i - tau]_+^e - 1, e = 1/(alpha-1).

    For alpha <= 2 (e >= 1) f is convex and decreasing, so from a tau with f(tau) >= 0
    Newton moves right and never passes the root: it converges monotonically, and
    f'(tau) < 0 because the top entry has x - tau = -tau > 0.
    """
    shifted = torch.relu(x - tau)
    powered = shifted**exponent
    # -f' / e = sum [x - tau]_+^(e - 1) = sum p / (x - tau) over the support; dividing by
    # the clamped base keeps 0 / 0 out (and 0^0 = 1 at alpha = 2, had we used the pow).
    slope_terms = powered / shifted.clamp(min=torch.finfo(x.dtype).tiny)
    total = powered.sum(dim=-1, keepdim=True)
    slope = slope_terms.sum(dim=-1, keepdim=True) * exponent
    return tau + (total - 1) / slope


def _threshold(x: Tensor, exponent: Tensor, n_iter: int) -> Tensor:
    """tau with sum_i [x_i - tau]_+^exponent = 1, for x = (alpha - 1) z with max(z) = 0.

    Bisection, then NEWTON_STEPS Newton steps. tau = -1 gives the top entry p = 1
    (sum >= 1) and tau = 0 gives p = 0 (sum < 1), so tau lies in [-1, 0]. The reference's
    upper end -(1/S)^(alpha - 1) is tighter, but on [-1, 0] the step 2^-k does not depend
    on alpha, which saves one op per step. Only the lower end moves, when sum(p) >= 1: the
    fixed rule of entmax PR #32, in entmax >= 1.3 (the pre-2024 test f_mid * f_lo >= 0 fails
    on one-hot rows, where f(tau_lo) = 0: tau drifts to tau_hi and gives wrong values or
    NaN); it keeps f(tau_lo) >= 0, where Newton may start.
    Measured max |p - exact| in float32 (bench/normalizers.py --accuracy): 10 bisection
    steps + 2 Newton steps reach the float32 floor (~1e-6), as 25 plain steps do, for
    1.01 <= alpha <= 2, at about half the cost.
    """
    tau_lo = x.new_full((), -1.0)
    step = 1.0
    for _ in range(n_iter):
        # 7 ONNX ops per step: Add, Sub, Relu, Pow, ReduceSum, GreaterOrEqual, Where.
        step /= 2
        tau_mid = tau_lo + step
        total = _powered(x, tau_mid, exponent).sum(dim=-1, keepdim=True)
        tau_lo = torch.where(total >= 1, tau_mid, tau_lo)
    tau = tau_lo
    for _ in range(NEWTON_STEPS):
        tau = _newton_step(x, tau, exponent)
    return tau


def _bisect(z: Tensor, alpha: Tensor, n_iter: int) -> Tensor:
    """p_i = [(alpha - 1) z_i - tau]_+^(1 / (alpha - 1)), z from `shift_and_mask`."""
    x = z * (alpha - 1)
    exponent = 1 / (alpha - 1)
    probs = _powered(x, _threshold(x, exponent, n_iter), exponent)
    # Renormalise (the reference's ensure_sum_one): the rows then sum to 1 to rounding.
    return probs / probs.sum(dim=-1, keepdim=True)


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
        beta = alpha - 1
        # log p, finite everywhere. The floor sqrt(tiny) keeps p^(1 - alpha) <= 1/floor and
        # every product below finite; each use multiplies by p again, so p = 0 adds 0.
        # (A p this small on the support only occurs where p^(2 - alpha) is negligible.)
        log_probs = torch.log(probs.clamp(min=math.sqrt(torch.finfo(probs.dtype).tiny)))
        # u = p^(1 - alpha) - 1 by expm1: accurate when alpha is near 1, where the alpha
        # gradient divides by (alpha - 1)^2. One Log and one Expm1 replace the Pow.
        u = torch.expm1(-beta * log_probs)
        # J = diag(s) - s s^T / sum(s), s_i = p_i^(2 - alpha) on the support (the symmetric
        # Jacobian of every alpha-entmax: differentiate p_i = [(alpha-1) z_i - tau]_+^(1/(alpha-1))
        # and eliminate d tau with sum(d p) = 0; Peters, Niculae & Martins, ACL 2019);
        # s = p (1 + u) is exactly 0 off the support, alpha = 2 included.
        gppr = probs * (1 + u)
        gppr_sum = gppr.sum(dim=-1, keepdim=True)
        grad_scaled = grad_probs * gppr
        grad_z = grad_scaled - gppr * (grad_scaled.sum(dim=-1, keepdim=True) / gppr_sum)

        grad_alpha = None
        if ctx.needs_input_grad[1]:
            # d p_i / d alpha = (p_i - s~_i) / b^2 - (p_i l_i - s~_i E) / b, with b = alpha-1,
            # l = log p, E = sum_j p_j l_j and s~ = s / sum(s), and 0 where p_i = 0 (Correia et
            # al., EMNLP 2019; the expression of the reference's EntmaxBisectFunction.backward).
            # Both terms are O(1/b) and cancel; substituting s~_i = p_i (1 + u_i) / sum(s),
            # sum(s) = 1 + sum_j p_j u_j and u_i = phi_i - b l_i, with phi_i = expm1(-b l_i)
            # + b l_i = O(b^2), the O(1/b) parts cancel exactly and leave, with
            # Phi = sum_j p_j phi_j,
            #   p_i (Phi - phi_i - b (l_i Phi - phi_i E)) / (b^2 sum(s)).
            # In float32 at alpha = 1.01 this is within ~1e-5 of the float64 value, where
            # the reference's direct form is ~2e-3 off (test_normalizers.py).
            phi = u + beta * log_probs
            big_phi = (probs * phi).sum(dim=-1, keepdim=True)
            neg_entropy = (probs * log_probs).sum(dim=-1, keepdim=True)
            bracket = big_phi - phi - beta * (log_probs * big_phi - phi * neg_entropy)
            d_probs = probs * bracket / (gppr_sum * beta**2)
            grad_alpha = (grad_probs * d_probs).sum(dim=-1, keepdim=True)
            grad_alpha = grad_alpha.sum_to_size(alpha.shape)
        return grad_z, grad_alpha, None


def entmax_bisect(
    scores: Tensor,
    alpha: Union[float, Tensor],
    mask: Optional[Tensor] = None,
    n_iter: int = ENTMAX_BISECT_ITERATIONS,
) -> Tensor:
    """alpha-entmax over the last dim, differentiable in scores and alpha:

        argmax_p <p, scores> + H_alpha(p)   s.t.   p >= 0, sum(p) = 1,

    with the Tsallis entropy H_alpha(p) = (1 - sum p^alpha) / (alpha (alpha - 1)),
    restricted to the positions where `mask` is True (masked positions get exactly 0).
    alpha: a float or a tensor broadcastable to scores[..., :1] (e.g. [1, H, 1, 1]),
    with 1 < alpha <= 2 (Newton's monotone convergence needs alpha <= 2).
    n_iter: bisection steps before the NEWTON_STEPS Newton steps; 10 already reach the
    float32 floor (max |p - exact| ~1e-6).
    """
    dtype = compute_dtype(scores.dtype)
    z = shift_and_mask(scores.to(dtype), mask)
    alpha = torch.as_tensor(alpha, device=z.device).to(dtype)
    return EntmaxBisectFunction.apply(z, alpha, n_iter).to(scores.dtype)


class AlphaEntmax(nn.Module):
    """Attention normalizer: alpha-entmax with one learnable alpha per head.

    alpha_h = clamp(1 + sigmoid(pre_alpha_h), 1.01, 2), pre_alpha ~ N(0, 1) as in the
    authors' snippet (entmax issue #10), so alpha starts near 1.5 +- 0.2. Note that
    1 + sigmoid < 2, so the upper clamp binds only where float32 rounds sigmoid to 1
    (pre_alpha > ~17), while a head that reaches 1.01 (pre_alpha < logit(0.01) ~ -4.595)
    gets a zero gradient through the clamp and stays there.
    """

    def __init__(self, n_heads: int, bisect_iters: int = ENTMAX_BISECT_ITERATIONS):
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
