"""The Python reference decoder: greedy and beam search exactly as docs/model-format.md
"Decoding" specifies, on the PyTorch model with its key/value cache. It is the oracle for the
TypeScript decoder (test/fixtures/model-tiny-*/reference.json).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, Protocol

import torch

from ape.encoding import EncoderInput, SpecialTokens
from ape.model import APEModel

LengthPenalty = Literal["avg", "gnmt", "none"]


@dataclass(frozen=True)
class DecodingOptions:
    beam: int = 4  # K live hypotheses; 1 = greedy
    length_penalty: LengthPenalty = "avg"  # lp(len): avg = len, gnmt = ((5+len)/6)^alpha, none = 1
    length_penalty_alpha: float = 1.0  # the gnmt exponent
    min_length: int = 1  # eos is forbidden while fewer tokens than this were generated
    max_length_ratio: float = 1.5  # maxLen = floor(ratio * n) + offset, n = EncoderInput.mt_tokens (mt, or src for src-only)
    max_length_offset: int = 10

    _JSON_NAMES = (("beam", "beam"), ("length_penalty", "lengthPenalty"), ("length_penalty_alpha", "lengthPenaltyAlpha"),
                   ("min_length", "minLength"), ("max_length_ratio", "maxLengthRatio"), ("max_length_offset", "maxLengthOffset"))

    def to_json(self) -> dict:
        """The TypeScript runtime's names (src/model DecodingOptions), as the fixtures' reference.json holds them."""
        return {camel: getattr(self, name) for name, camel in self._JSON_NAMES}

    @classmethod
    def from_json(cls, o: dict) -> DecodingOptions:
        """The inverse of to_json: every field must be present."""
        return cls(**{name: o[camel] for name, camel in cls._JSON_NAMES})

    def max_len(self, mt_tokens: int) -> int:
        n = math.floor(self.max_length_ratio * mt_tokens) + self.max_length_offset
        if n < 1:
            raise ValueError(f"maxLen = floor({self.max_length_ratio} * {mt_tokens}) + {self.max_length_offset} = {n}, must be >= 1")
        return n

    def lp(self, length: int) -> float:
        if self.length_penalty == "avg":
            return float(length)
        if self.length_penalty == "gnmt":
            return ((5.0 + length) / 6.0) ** self.length_penalty_alpha
        return 1.0


@dataclass(frozen=True)
class Hypothesis:
    ids: list[int]  # generated tokens, without bos and eos
    score: float  # cumulative log-prob / lp(len), len counting eos when it ended with eos
    ended_with_eos: bool


@dataclass(frozen=True)
class BeamResult:
    hypotheses: list[Hypothesis]  # best first, at most K
    min_gap: float  # smallest score gap among the decisions taken (near-tie check for fixtures)
    steps: int


class Stepper(Protocol):
    """One sentence's incremental decoder on some engine (PyTorch here, ORT in ape.export.parity)."""

    def start(self, pair: EncoderInput, rows: int) -> None: ...  # encode; empty cache of `rows` rows
    def step(self, tokens: list[int]) -> torch.Tensor: ...  # feed one token per row -> float32 log-probs (rows, V)
    def reorder(self, rows: list[int]) -> None: ...  # new cache row i = old row rows[i]


class TorchStepper:
    def __init__(self, model: APEModel):
        self.model = model  # the caller sets eval() (the trainer decodes dev mid-training)

    def start(self, pair: EncoderInput, rows: int) -> None:
        ids = torch.tensor([pair.input_ids])
        types, pos = torch.tensor([pair.token_type_ids]), torch.tensor([pair.position_ids])
        mask = torch.ones_like(ids)
        memory = self.model.encode(ids, types, pos, mask)
        self.cross = [(k.expand(rows, -1, -1, -1), v.expand(rows, -1, -1, -1)) for k, v in self.model.cross_keys_values(memory)]
        self.memory_mask = mask.expand(rows, -1)
        self.past = self.model.empty_cache(rows)

    def step(self, tokens: list[int]) -> torch.Tensor:
        inputs = torch.tensor(tokens)[:, None]
        log_probs, self.past, _ = self.model.decode_step(inputs, self.memory_mask, self.cross, self.past)
        return log_probs

    def reorder(self, rows: list[int]) -> None:
        index = torch.tensor(rows)
        self.past = [(k.index_select(0, index), v.index_select(0, index)) for k, v in self.past]


MAX_MATCH = 4  # the longest suffix of the hypothesis matched in the mt (src/model/draft.ts)


def mt_draft_source(pair: EncoderInput, eos: int) -> list[int]:
    """The mt wordpieces, followed by eos: `pair.mt_ids` when the layout leaves the mt out of the
    encoder ("bert-pair-src-only"), else those of the `[CLS] src [SEP] mt [SEP]` encoder input."""
    if pair.mt_ids is not None:
        return [*pair.mt_ids, eos]
    end = len(pair.input_ids) - 1
    return [*pair.input_ids[end - pair.mt_tokens:end], eos]


def draft_tokens(generated: list[int], mt: list[int], length: int) -> list[int]:
    """Up to `length` tokens the mt suggests after `generated` (src/model/draft.ts `draftTokens`,
    the same function): with nothing generated, the mt's first tokens; otherwise the tokens after
    the longest suffix of `generated` (at most MAX_MATCH tokens) found in the mt, at the
    occurrence ending nearest to len(generated) (the earliest of equally near ones); with no
    token of it in the mt, the mt from position len(generated) on."""
    g = len(generated)
    if g == 0:
        return mt[:length]
    for n in range(min(MAX_MATCH, g), 0, -1):
        suffix = generated[g - n:]
        ends = [e for e in range(n, len(mt) + 1) if mt[e - n:e] == suffix]
        if ends:
            best = min(ends, key=lambda e: (abs(e - g), e))
            return mt[best:best + length]
    return mt[g:g + length]


class DraftingStepper:
    """ape.decode.Stepper on the PyTorch model that verifies mt drafts (docs/model-format.md,
    "Drafted decoding"): a row whose input token is not the one its last decoder call already
    fed at this position is decoded again, with its input and up to `length` draft tokens
    (draft_tokens) as one call of T positions (APEModel.decode_step); a row whose input is the
    drafted one reads its log-probs from that call. Only the rows that need it are decoded, all
    at the same past length (every row of a beam has fed as many tokens). Beam search on it
    makes exactly the decisions it makes on TorchStepper, up to float rounding of positions
    scored within a longer call; `calls` and `positions` count the work."""

    def __init__(self, model: APEModel, special: SpecialTokens, length: int):
        self.model, self.special, self.length = model, special, length

    def start(self, pair: EncoderInput, rows: int) -> None:
        ids = torch.tensor([pair.input_ids])
        types, pos = torch.tensor([pair.token_type_ids]), torch.tensor([pair.position_ids])
        mask = torch.ones_like(ids)
        memory = self.model.encode(ids, types, pos, mask)
        self.cross1 = self.model.cross_keys_values(memory)
        self.memory_mask1 = mask
        self.mt = mt_draft_source(pair, self.special.eos)
        self.fed: list[list[int]] = [[] for _ in range(rows)]
        # per row: (log_probs (T, V), the T tokens fed, cache per layer (k, v) each (nh, P0+T, hs), P0), depth
        self.store: list[tuple | None] = [None] * rows
        self.depth = [0] * rows
        self.calls = self.positions = 0

    def step(self, tokens: list[int]) -> torch.Tensor:
        rows = len(tokens)
        for r, x in enumerate(tokens):
            self.fed[r].append(x)
        stale = [r for r in range(rows) if not self._covered(r, tokens[r])]
        if stale:
            self._decode(stale, tokens)
        out = torch.stack([self.store[r][0][self.depth[r]] for r in range(rows)])  # type: ignore[index]
        self.depth = [d + 1 for d in self.depth]
        return out

    def _covered(self, r: int, token: int) -> bool:
        st = self.store[r]
        return st is not None and self.depth[r] < len(st[1]) and st[1][self.depth[r]] == token

    def _decode(self, rows: list[int], tokens: list[int]) -> None:
        P = len(self.fed[rows[0]]) - 1  # the cached length of every row
        D = self.length
        drafts = [draft_tokens(self.fed[r][1:], self.mt, D) for r in rows]
        T = 1 + D
        fed = [[tokens[r], *d, *[self.special.pad] * (D - len(d))] for r, d in zip(rows, drafts)]  # any token would do
        past = []
        for layer in range(self.model.config.layers):
            ks, vs = [], []
            for r in rows:
                st = self.store[r]
                if st is None:
                    c = self.model.config
                    ks.append(torch.zeros(c.heads, 0, c.head_dim))
                    vs.append(torch.zeros(c.heads, 0, c.head_dim))
                else:
                    k, v = st[2][layer]
                    ks.append(k[:, :P])
                    vs.append(v[:, :P])
            past.append((torch.stack(ks), torch.stack(vs)))
        B = len(rows)
        cross = [(k.expand(B, -1, -1, -1), v.expand(B, -1, -1, -1)) for k, v in self.cross1]
        lp, present, _ = self.model.decode_step(torch.tensor(fed), self.memory_mask1.expand(B, -1), cross, past)
        lp = lp.view(B, T, -1)
        self.calls += 1
        self.positions += B * T
        for i, r in enumerate(rows):
            self.store[r] = (lp[i], fed[i], [(k[i], v[i]) for k, v in present], P)
            self.depth[r] = 0

    def reorder(self, rows: list[int]) -> None:
        self.fed = [list(self.fed[r]) for r in rows]
        self.store = [self.store[r] for r in rows]
        self.depth = [self.depth[r] for r in rows]


class Restricted:
    """A Stepper whose log-probs are renormalized over `allowed` token ids, -inf elsewhere: the
    output-vocabulary shortlist of docs/model-format.md (format version 3, `shortlist`), with
    allowed = S ∪ {eos} ∪ the sentence's encoder input ids − {bos, pad}
    (ape.export.shortlist.allowed_ids)."""

    def __init__(self, inner: "APEModel | Stepper", allowed: list[int]):
        self.inner, self.allowed = _stepper(inner), torch.tensor(sorted(set(allowed)))

    def start(self, pair: EncoderInput, rows: int) -> None:
        self.inner.start(pair, rows)

    def step(self, tokens: list[int]) -> torch.Tensor:
        lp = self.inner.step(tokens)
        kept = lp.index_select(1, self.allowed)
        out = torch.full_like(lp, -math.inf)
        out[:, self.allowed] = torch.log_softmax(kept, dim=1)  # log p(v) - log sum_allowed p(u)
        return out

    def reorder(self, rows: list[int]) -> None:
        self.inner.reorder(rows)


class Lexical:
    """A Stepper whose log-probs are -inf on the tokens the target lexicon forbids after each
    row's hypothesis (docs/model-format.md "Target lexicon", format version 4; the rules are
    ape.export.lexicon's docstring): every alphabetic output word is a word of the segment's
    src or mt (its encoder input) or of the lexicon. The allowed tokens keep their log-probs
    (no renormalization). It follows each row's current word from the tokens fed to `step`
    and the rows kept by `reorder`, so it composes with `Restricted`."""

    def __init__(self, inner: "APEModel | Stepper", lexicon):
        from ape.export.lexicon import FREE

        self.inner, self.lex, self.free_state = _stepper(inner), lexicon, FREE
        c = torch.tensor([ord(ch) for ch in lexicon.classes])
        self.is_c = c == ord("c")
        self.base = (c == ord("f")) | (c == ord("g"))  # what a closable word may be followed by
        self.base[lexicon.child_tokens(0)] = True  # a w token is a word start only where the lexicon's root has it

    def start(self, pair: EncoderInput, rows: int) -> None:
        from ape.export.lexicon import segment_trie

        self.inner.start(pair, rows)
        self.seg = segment_trie(pair.input_ids, self.lex.classes)
        self.closable_mask = self.base.clone()
        self.closable_mask[self.seg.child_tokens(0)] = True
        self.free_mask = self.closable_mask | self.is_c
        self.states = [self.free_state] * rows
        self.fed = False  # the first step feeds bos, which writes no word

    def _mask(self, state: tuple[int, int]) -> torch.Tensor:
        from ape.export.lexicon import closable, next_tokens

        if state == self.free_state:
            return self.free_mask
        m = self.closable_mask.clone() if closable(state, self.lex, self.seg) else torch.zeros_like(self.is_c)
        m[next_tokens(state, self.lex, self.seg)] = True
        return m

    def step(self, tokens: list[int]) -> torch.Tensor:
        from ape.export.lexicon import advance

        if self.fed:
            self.states = [advance(s, t, self.lex.classes, self.lex, self.seg) for s, t in zip(self.states, tokens)]
        self.fed = True
        lp = self.inner.step(tokens)
        allowed = torch.stack([self._mask(s) for s in self.states])
        return lp.masked_fill(~allowed, -math.inf)

    def reorder(self, rows: list[int]) -> None:
        self.inner.reorder(rows)
        self.states = [self.states[r] for r in rows]


def _stepper(engine: "APEModel | Stepper") -> Stepper:
    return TorchStepper(engine) if isinstance(engine, APEModel) else engine


@torch.no_grad()
def beam_search(engine: "APEModel | Stepper", pair: EncoderInput, special: SpecialTokens, opts: DecodingOptions) -> BeamResult:
    K, eos = opts.beam, special.eos
    max_len = opts.max_len(pair.mt_tokens)
    stepper = _stepper(engine)
    stepper.start(pair, K)
    tokens: list[list[int]] = [[] for _ in range(K)]
    # scores accumulate in float64 (JavaScript numbers on the TypeScript side)
    scores = torch.full((K,), -math.inf, dtype=torch.float64)
    scores[0] = 0.0  # one live hypothesis [bos]; the other K-1 slots are -inf
    inputs = [special.bos] * K
    finished: list[Hypothesis] = []
    min_gap = math.inf
    for t in range(max_len):
        log_probs = stepper.step(inputs).double()
        if t < opts.min_length:
            log_probs[:, eos] = -math.inf
        V = log_probs.shape[1]
        cand = (scores[:, None] + log_probs).flatten()  # (K * V)
        # the 2K best; a stable descending sort puts the lower flattened index first on ties;
        # -inf candidates (a shortlist or lexicon forbids them) are never taken, as in the runtime
        finite = int(torch.isfinite(cand).sum())
        order = torch.sort(cand, descending=True, stable=True).indices[: min(2 * K + 1, finite)].tolist()
        live: list[tuple[int, int, float]] = []  # (source beam, token, score)
        used = 0
        for rank, idx in enumerate(order[: 2 * K]):
            used += 1
            k, v = divmod(idx, V)
            c = cand[idx].item()
            if v == eos:
                if rank >= K:  # only an eos among the K best finishes a hypothesis (as fairseq does)
                    continue
                finished.append(Hypothesis(tokens[k], c / opts.lp(t + 1), True))
            else:
                live.append((k, v, c))
                if len(live) == K:
                    break
        ranked = [cand[i].item() for i in order[: used + 1]]
        min_gap = min([min_gap, *(a - b for a, b in zip(ranked, ranked[1:]) if math.isfinite(a) and math.isfinite(b))])
        if len(finished) >= K or not live:  # not live: every row's candidates were forbidden
            break
        tokens = [tokens[k] + [v] for k, v, _ in live]
        scores = torch.tensor([c for _, _, c in live], dtype=torch.float64)
        if t == max_len - 1:  # out of length: the live beams finish as they are, without eos
            finished.extend(Hypothesis(tok, c / opts.lp(t + 1), False) for tok, c in zip(tokens, scores.tolist()))
            break
        stepper.reorder([k for k, _, _ in live])  # beam reordering: rows never interact
        inputs = [v for _, v, _ in live]
    best = sorted(finished, key=lambda h: -h.score)[:K]  # stable: ties keep the order they finished in
    final = [h.score for h in sorted(finished, key=lambda h: -h.score)[: K + 1]]
    min_gap = min([min_gap, *(a - b for a, b in zip(final, final[1:]))])
    return BeamResult(best, min_gap, t + 1)


@torch.no_grad()
def greedy(engine: "APEModel | Stepper", pair: EncoderInput, special: SpecialTokens, opts: DecodingOptions) -> Hypothesis:
    """Argmax decoding written out on its own: the oracle that beam_search(beam=1) must equal."""
    max_len = opts.max_len(pair.mt_tokens)
    stepper = _stepper(engine)
    stepper.start(pair, 1)
    token, total, ids = special.bos, 0.0, []
    for t in range(max_len):
        log_probs = stepper.step([token])[0].double()
        if t < opts.min_length:
            log_probs[special.eos] = -math.inf
        token = int(torch.argmax(log_probs))  # first maximum on ties
        total += log_probs[token].item()
        if token == special.eos:
            return Hypothesis(ids, total / opts.lp(t + 1), True)
        ids.append(token)
    return Hypothesis(ids, total / opts.lp(max_len), False)


def beam_search_gated(engine: "APEModel | Stepper", model: APEModel, pairs: list[EncoderInput], special: SpecialTokens,
                      opts: DecodingOptions, gate=None) -> list[BeamResult | None]:
    """The reference of a batch with the keep-or-edit gate (ape.gate, docs/model-format.md
    "Keep-or-edit gate"): None for a pair the gate keeps (pi(edit) == 0 on `model`'s encoder
    memory: its output is the mt, not decoded), else `beam_search` on `engine` as without a gate."""
    from ape.gate import gated

    skip = gated(model, pairs, gate)
    return [None if s else beam_search(engine, pair, special, opts) for pair, s in zip(pairs, skip)]
