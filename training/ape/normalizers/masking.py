"""Row-max shift and masking shared by every attention normalizer.

Every map here (softmax, sparsemax, entmax) is invariant to adding a constant to a row,
so each one works on z = scores - max(scores): the numerical-stability trick of softmax,
which entmax/activations.py applies too ("same numerical stability trick as softmax").
After `shift_and_mask` every row of z has its maximum at exactly 0, every entry is finite
and lies in [MASKED_SCORE, 0], and masked positions sit at MASKED_SCORE.

Why a finite floor instead of -inf:
* -inf in a row that is entirely masked (a padding query row) makes max - max = NaN, and a
  NaN in the forward pass turns into NaN gradients through `where`/softmax backward.
* squaring -inf (the sort-based 1.5-entmax squares z) gives inf - inf = NaN in between.
* entmax with -inf masks hits "CUDA error: device-side assert triggered" in decoder self-
  and context attention at test time (deep-spin/entmax issue #17, open, reported with
  -inf masks only; OpenNMT itself masks with the finite -1e18).
A gap of 1e4 below the row max still gives exact zeros: alpha-entmax is
p_i = [(alpha - 1) z_i - tau]_+^(1/(alpha - 1)), and the top entry's p <= 1 forces
tau >= (alpha - 1) max(z) - 1, so a position is zeroed when (alpha - 1) * gap >= 1, i.e.
gap >= 100 at the smallest alpha we allow (1.01), and softmax's exp(-1e4) is 0 in float32
and float64. So clamping at MASKED_SCORE changes no output: every entry it touches gets
probability 0 anyway.

A row with every position masked becomes all zeros, so every map returns the uniform
distribution 1/S for it (never NaN); attention over padding queries is discarded anyway.
"""

from typing import Optional

import torch
from torch import Tensor

# Floor of the shifted scores, relative to the row max (0). See the module docstring.
MASKED_SCORE = -1e4

# Dtypes whose bisection is known to break (entmax issue #30: all-NaN rows in fp16/bf16);
# we compute in float32 and cast the probabilities back.
_LOW_PRECISION = (torch.float16, torch.bfloat16)


def compute_dtype(dtype: torch.dtype) -> torch.dtype:
    """The dtype the normalizers compute in: float32 for half types, else unchanged."""
    return torch.float32 if dtype in _LOW_PRECISION else dtype


def shift_and_mask(scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
    """z = scores - rowmax over the attended positions, floored at MASKED_SCORE.

    scores: [..., S]. mask: bool, broadcastable to scores, True = attend.
    Returns z with the shape of scores (after broadcasting with mask).
    """
    if mask is not None:
        # finfo.min, not -inf: the max of a fully-masked row stays finite.
        scores = scores.masked_fill(~mask, torch.finfo(scores.dtype).min)
    # Detached: the maps are shift-invariant (their Jacobian maps the all-ones vector to 0:
    # J = diag(s) - s s^T / sum(s) gives J 1 = s - s = 0), so the exact gradient
    # through the max is zero; detaching skips computing that zero.
    row_max = scores.amax(dim=-1, keepdim=True).detach()
    return (scores - row_max).clamp(min=MASKED_SCORE)
