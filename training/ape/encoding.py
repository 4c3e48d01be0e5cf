"""src/mt/pe strings -> token ids, in the `bert-pair` layout of docs/model-format.md.

Encoder input: `[CLS] src [SEP] mt [SEP]` ([CLS] is `specialTokens.bos`, [SEP] is `sep`),
token type 0 for `[CLS] src [SEP]` and 1 for `mt [SEP]`, positions 0..S-1. The decoder reads
`bos pe` and predicts `pe eos`. The TypeScript runtime (src/model/) builds the same ids.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from tokenizers import Tokenizer


class InputTooLong(ValueError):
    """src or mt has more wordpieces than the manifest's maxSrcTokens/maxMtTokens (never cut silently)."""


@dataclass(frozen=True)
class SpecialTokens:
    pad: int
    unk: int
    bos: int  # [CLS]: starts the encoder input and the decoder input
    eos: int  # [SEP]: ends a hypothesis
    sep: int  # [SEP]: closes src and mt in the encoder input

    @classmethod
    def from_tokenizer(cls, tokenizer: Tokenizer) -> "SpecialTokens":
        ids = {}
        for field, token in (("pad", "[PAD]"), ("unk", "[UNK]"), ("bos", "[CLS]"), ("eos", "[SEP]"), ("sep", "[SEP]")):
            i = tokenizer.token_to_id(token)
            if i is None:
                raise ValueError(f"tokenizer has no {token} token (needed as specialTokens.{field})")
            ids[field] = i
        return cls(**ids)

    def to_json(self) -> dict[str, int]:
        return {"pad": self.pad, "unk": self.unk, "bos": self.bos, "eos": self.eos, "sep": self.sep}


@dataclass(frozen=True)
class EncoderInput:
    """One sentence pair, unpadded; `mt_tokens` is len(mt wordpieces), which sets maxLen in decoding."""

    input_ids: list[int]
    token_type_ids: list[int]
    position_ids: list[int]
    mt_tokens: int


class PairEncoding:
    def __init__(self, tokenizer: Tokenizer, special: SpecialTokens, max_src_tokens: int = 200, max_mt_tokens: int = 200):
        self.tokenizer, self.special = tokenizer, special
        tokenizer.no_padding()  # a tokenizer.json may pad or truncate on its own (MiniLM's pads to 128)
        tokenizer.no_truncation()
        self.max_src_tokens, self.max_mt_tokens = max_src_tokens, max_mt_tokens

    @classmethod
    def from_file(cls, tokenizer_json: str | Path, **limits: int) -> "PairEncoding":
        tokenizer = Tokenizer.from_file(str(tokenizer_json))
        return cls(tokenizer, SpecialTokens.from_tokenizer(tokenizer), **limits)

    def wordpieces(self, text: str) -> list[int]:
        # no post-processor: special tokens are placed by hand, so any tokenizer.json works the same
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    def encode_pair(self, src: str, mt: str) -> EncoderInput:
        s, m = self.wordpieces(src), self.wordpieces(mt)
        if len(s) > self.max_src_tokens:
            raise InputTooLong(f"src has {len(s)} wordpieces, more than maxSrcTokens={self.max_src_tokens}")
        if len(m) > self.max_mt_tokens:
            raise InputTooLong(f"mt has {len(m)} wordpieces, more than maxMtTokens={self.max_mt_tokens}")
        sp = self.special
        ids = [sp.bos, *s, sp.sep, *m, sp.sep]
        types = [0] * (len(s) + 2) + [1] * (len(m) + 1)
        return EncoderInput(ids, types, list(range(len(ids))), len(m))

    def encode_target(self, pe: str) -> list[int]:
        """`bos pe eos`: the decoder input is [:-1], the labels [1:]."""
        return [self.special.bos, *self.wordpieces(pe), self.special.eos]

    def decode(self, ids: list[int]) -> str:
        """Hypothesis ids (no bos/eos) -> text with tokenizer.json's decoder (special tokens skipped)."""
        return self.tokenizer.decode(ids, skip_special_tokens=True)

    def batch(self, pairs: list[EncoderInput]) -> dict[str, torch.Tensor]:
        """Right-pad to the longest: pad id, token type 0, position = index, attention_mask 0."""
        S = max(len(p.input_ids) for p in pairs)
        out = {k: torch.zeros(len(pairs), S, dtype=torch.long) for k in ("input_ids", "token_type_ids", "attention_mask")}
        out["input_ids"].fill_(self.special.pad)
        out["position_ids"] = torch.arange(S).repeat(len(pairs), 1)
        for i, p in enumerate(pairs):
            n = len(p.input_ids)
            out["input_ids"][i, :n] = torch.tensor(p.input_ids)
            out["token_type_ids"][i, :n] = torch.tensor(p.token_type_ids)
            out["position_ids"][i, :n] = torch.tensor(p.position_ids)
            out["attention_mask"][i, :n] = 1
        return out
