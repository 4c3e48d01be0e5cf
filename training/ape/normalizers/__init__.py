"""Attention normalizers, one per place (encoder self, decoder self, context attention).

Interface (other modules code against it; keep it stable):

    make_normalizer(kind, n_heads, bisect_iters=ENTMAX_BISECT_ITERATIONS) -> nn.Module
    module(scores [B, H, T, S], mask: bool broadcastable to scores, True = attend, or None)
        -> probs [B, H, T, S], each row summing to 1 over the attended positions.

* Masked positions get exactly 0.
* A row with every position masked (a padding query) gets the uniform distribution 1/S
  over all S positions, never NaN (normalizers/masking.py says why).
* 'alpha-entmax' owns `pre_alpha` [H] and has `alpha() -> Tensor[H]` for logging.
* `bisect_iters` is used by 'alpha-entmax' only: the bisection steps before its two
  Newton steps; the default, ape.config.ENTMAX_BISECT_ITERATIONS = 10, reaches the float32
  floor (max |p - exact| ~1e-6) at about half the cost of 25. The same count runs in
  training and in the exported graph (a model passes its config's count). sparsemax and
  1.5-entmax are exact (sort-based; they export to ONNX as TopK + CumSum).
* float16/bfloat16 scores are computed in float32 and the result cast back.
"""

from typing import Literal, get_args

from torch import nn

from ape.config import ENTMAX_BISECT_ITERATIONS

from .alpha_entmax import AlphaEntmax, entmax_bisect
from .entmax import Entmax15, entmax15
from .softmax import Softmax, masked_softmax
from .sparsemax import Sparsemax, sparsemax

NormalizerKind = Literal["softmax", "sparsemax", "entmax15", "alpha-entmax"]
NORMALIZER_KINDS: tuple[str, ...] = get_args(NormalizerKind)


def make_normalizer(kind: NormalizerKind, n_heads: int, bisect_iters: int = ENTMAX_BISECT_ITERATIONS) -> nn.Module:
    """The attention normalizer `kind` for a block of `n_heads` heads."""
    if kind == "softmax":
        return Softmax()
    if kind == "sparsemax":
        return Sparsemax()
    if kind == "entmax15":
        return Entmax15()
    if kind == "alpha-entmax":
        if n_heads < 1:
            raise ValueError(f"alpha-entmax needs n_heads >= 1, got {n_heads}")
        if bisect_iters < 1:
            raise ValueError(f"alpha-entmax needs bisect_iters >= 1, got {bisect_iters}")
        return AlphaEntmax(n_heads, bisect_iters)
    raise ValueError(f"unknown normalizer kind {kind!r}; expected one of {NORMALIZER_KINDS}")


__all__ = [
    "NORMALIZER_KINDS",
    "AlphaEntmax",
    "Entmax15",
    "NormalizerKind",
    "Softmax",
    "Sparsemax",
    "entmax15",
    "entmax_bisect",
    "make_normalizer",
    "masked_softmax",
    "sparsemax",
]
