"""src/mt/pe strings -> token ids, in the encoder input layouts of docs/model-format.md.

Encoder input (`input.layout`, "Encoder input"):
- "bert-pair": `[CLS] src [SEP] mt [SEP]` ([CLS] is `specialTokens.bos`, [SEP] is `sep`),
  token type 0 for `[CLS] src [SEP]` and 1 for `mt [SEP]`, positions 0..S-1;
- "bert-pair-src-only" (format version 7): the same with mt empty, `[CLS] src [SEP] [SEP]`
  (types 0 for `[CLS] src [SEP]`, 1 for the last `[SEP]`): a plain translation baseline;
- "bert-pair-mt-only" (format version 7): the same with src empty, `[CLS] [SEP] mt [SEP]`
  (types 0 0, then 1 for `mt [SEP]`): an mt -> pe baseline.
The side a layout leaves out is not part of the encoder input and its length limit is not
checked. The decoder reads `bos pe` and predicts `pe eos`. The TypeScript runtime
(src/model/encoder-input.ts) builds the same ids.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch
from tokenizers import Tokenizer

INPUT_LAYOUTS = ("bert-pair", "bert-pair-src-only", "bert-pair-mt-only")  # docs/model-format.md "Encoder input"


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

    @classmethod
    def from_json(cls, special: Mapping[str, int]) -> "SpecialTokens":
        """From ape.json's `specialTokens` (what to_json writes; other keys there are ignored)."""
        return cls(**{field: special[field] for field in ("pad", "unk", "bos", "eos", "sep")})

    def to_json(self) -> dict[str, int]:
        return {"pad": self.pad, "unk": self.unk, "bos": self.bos, "eos": self.eos, "sep": self.sep}


@dataclass(frozen=True)
class EncoderInput:
    """One sentence pair, unpadded. `mt_tokens` is the n of the decoder's maximum length
    (DecodingOptions.max_len): len(mt wordpieces) in "bert-pair" and "bert-pair-mt-only", len(src
    wordpieces) in "bert-pair-src-only" (a translation baseline never sees the mt). `mt_ids`: the
    mt wordpieces that MT-drafted decoding follows (ape.decode.mt_draft_source) when the encoder
    input does not end with them; None: they are the input's last `mt_tokens` before the final [SEP]."""

    input_ids: list[int]
    token_type_ids: list[int]
    position_ids: list[int]
    mt_tokens: int
    mt_ids: list[int] | None = None


class PairEncoding:
    def __init__(self, tokenizer: Tokenizer, special: SpecialTokens, max_src_tokens: int = 200, max_mt_tokens: int = 200,
                 layout: str = "bert-pair"):
        if layout not in INPUT_LAYOUTS:
            raise ValueError(f"input layout {layout!r} is not one of {', '.join(INPUT_LAYOUTS)}")
        self.tokenizer, self.special, self.layout = tokenizer, special, layout
        tokenizer.no_padding()  # a tokenizer.json may pad or truncate on its own (MiniLM's pads to 128)
        tokenizer.no_truncation()
        self.max_src_tokens, self.max_mt_tokens = max_src_tokens, max_mt_tokens

    @classmethod
    def from_file(cls, tokenizer_json: str | Path, **options) -> "PairEncoding":
        """`options`: max_src_tokens, max_mt_tokens, layout."""
        tokenizer = Tokenizer.from_file(str(tokenizer_json))
        return cls(tokenizer, SpecialTokens.from_tokenizer(tokenizer), **options)

    def wordpieces(self, text: str) -> list[int]:
        # no post-processor: special tokens are placed by hand, so any tokenizer.json works the same
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    def encode_pair(self, src: str, mt: str) -> EncoderInput:
        """The pair in this encoding's layout; InputTooLong for a side the layout uses that is over its limit."""
        uses_src, uses_mt = self.layout != "bert-pair-mt-only", self.layout != "bert-pair-src-only"
        s = self.wordpieces(src) if uses_src else []
        if len(s) > self.max_src_tokens:
            raise InputTooLong(f"src has {len(s)} wordpieces, more than maxSrcTokens={self.max_src_tokens}")
        m = self.wordpieces(mt) if uses_mt else []
        if len(m) > self.max_mt_tokens:
            raise InputTooLong(f"mt has {len(m)} wordpieces, more than maxMtTokens={self.max_mt_tokens}")
        sp = self.special
        ids = [sp.bos, *s, sp.sep, *m, sp.sep]
        types = [0] * (len(s) + 2) + [1] * (len(m) + 1)
        if uses_mt:
            return EncoderInput(ids, types, list(range(len(ids))), len(m))
        # src-only: maxLen follows the src; drafting (not the encoder) still follows the mt
        return EncoderInput(ids, types, list(range(len(ids))), len(s), mt_ids=self.wordpieces(mt))

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
