"""softmax over the last dimension, with the masking convention of the sparse maps."""

from typing import Optional

import torch
from torch import Tensor, nn


def masked_softmax(scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
    """softmax over the last dim; masked positions get exactly 0.

    finfo.min rather than -inf: a fully-masked row then gets the uniform distribution, the
    same as the sparse maps (normalizers/masking.py), instead of NaN. torch.softmax
    subtracts the row max itself (the softmax trick), so no explicit shift here: one
    masked_fill and one Softmax node keep the baseline as cheap as plain attention.
    exp(finfo.min - max) underflows to exactly 0.
    """
    if mask is not None:
        scores = scores.masked_fill(~mask, torch.finfo(scores.dtype).min)
    return torch.softmax(scores, dim=-1)


class Softmax(nn.Module):
    """Attention normalizer: softmax over keys. forward(scores, mask) -> probs."""

    def forward(self, scores: Tensor, mask: Optional[Tensor] = None) -> Tensor:
        return masked_softmax(scores, mask)
