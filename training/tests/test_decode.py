"""The reference decoder (ape.decode) against independent oracles: a plain argmax loop
(greedy == beam 1), and the teacher-forced forward pass, which must reproduce every
hypothesis's score; plus the minLength / maxLen / length-penalty rules of docs/model-format.md."""
import math

import pytest
import torch

from ape.config import ModelConfig
from ape.decode import DecodingOptions, beam_search, greedy
from ape.encoding import EncoderInput, SpecialTokens
from ape.model import APEModel

SPECIAL = SpecialTokens(pad=0, unk=1, bos=2, eos=3, sep=3)


@pytest.fixture(scope="module")
def model() -> APEModel:
    torch.manual_seed(0)
    m = APEModel(ModelConfig(vocab_size=40, hidden=32, layers=2, heads=4, ffn=64, max_positions=64)).eval()
    with torch.no_grad():  # large random weights: peaky, varied distributions instead of near-uniform ones
        for name, p in m.named_parameters():
            if p.dim() == 2:
                p.normal_(0, 0.4)
        m.output_bias[SPECIAL.eos] = 4.0  # make eos likely enough to end hypotheses at various lengths
    return m


def pairs() -> list[EncoderInput]:
    g = torch.Generator().manual_seed(1)
    out = []
    for src, mt in [(3, 4), (5, 2), (2, 6), (4, 4), (6, 5)]:
        s, m = torch.randint(5, 40, (src,), generator=g).tolist(), torch.randint(5, 40, (mt,), generator=g).tolist()
        ids = [SPECIAL.bos, *s, SPECIAL.sep, *m, SPECIAL.sep]
        out.append(EncoderInput(ids, [0] * (src + 2) + [1] * (mt + 1), list(range(len(ids))), mt))
    return out


OPTIONS = [
    DecodingOptions(),
    DecodingOptions(min_length=4),
    DecodingOptions(max_length_ratio=0.5, max_length_offset=1),
    DecodingOptions(length_penalty="gnmt", length_penalty_alpha=0.6),
    DecodingOptions(length_penalty="none"),
]


@pytest.mark.parametrize("opts", OPTIONS)
def test_greedy_equals_beam_one(model, opts):
    for pair in pairs():
        g = greedy(model, pair, SPECIAL, opts)
        b = beam_search(model, pair, SPECIAL, DecodingOptions(**{**opts.__dict__, "beam": 1})).hypotheses
        assert len(b) == 1
        assert b[0].ids == g.ids and b[0].ended_with_eos == g.ended_with_eos
        assert b[0].score == pytest.approx(g.score, abs=1e-12)


@torch.no_grad()
def teacher_forced_score(model, pair, h, opts) -> float:
    tgt = [SPECIAL.bos, *h.ids, *([SPECIAL.eos] if h.ended_with_eos else [])]
    t = lambda v: torch.tensor([v])  # noqa: E731
    logits = model(t(pair.input_ids), t(pair.token_type_ids), t(pair.position_ids), t([1] * len(pair.input_ids)), t(tgt[:-1]))
    lp = torch.log_softmax(logits[0], dim=-1).double()
    total = sum(lp[i, tok].item() for i, tok in enumerate(tgt[1:]))
    return total / opts.lp(len(tgt) - 1)


@pytest.mark.parametrize("opts", OPTIONS)
@pytest.mark.parametrize("k", [2, 4])
def test_beam_hypotheses_obey_the_rules_and_their_scores(model, opts, k):
    opts = DecodingOptions(**{**opts.__dict__, "beam": k})
    for pair in pairs():
        r = beam_search(model, pair, SPECIAL, opts)
        hyps = r.hypotheses
        assert 1 <= len(hyps) <= k
        assert [h.score for h in hyps] == sorted((h.score for h in hyps), reverse=True)
        assert len({tuple(h.ids) + (h.ended_with_eos,) for h in hyps}) == len(hyps)
        max_len = opts.max_len(pair.mt_tokens)
        for h in hyps:
            assert SPECIAL.eos not in h.ids and SPECIAL.bos not in h.ids
            n = len(h.ids) + h.ended_with_eos
            assert n <= max_len
            if h.ended_with_eos:
                assert len(h.ids) >= opts.min_length
            else:
                assert len(h.ids) == max_len  # only the length limit ends a hypothesis without eos
            assert h.score == pytest.approx(teacher_forced_score(model, pair, h, opts), abs=1e-4)


def test_rules_are_exercised(model):
    """The options above really hit eos, the minLength ban and the maxLen cut."""
    ended = [h.ended_with_eos for p in pairs() for h in beam_search(model, p, SPECIAL, DecodingOptions()).hypotheses]
    assert any(ended)
    cut = [h for p in pairs() for h in beam_search(model, p, SPECIAL, OPTIONS[2]).hypotheses]
    assert any(not h.ended_with_eos for h in cut)
    free = [len(greedy(model, p, SPECIAL, DecodingOptions()).ids) for p in pairs()]
    assert min(free) < 4  # so min_length=4 changes something


def test_length_penalties():
    assert DecodingOptions(length_penalty="avg").lp(7) == 7
    assert DecodingOptions(length_penalty="none").lp(7) == 1
    assert DecodingOptions(length_penalty="gnmt", length_penalty_alpha=0.6).lp(7) == pytest.approx((12 / 6) ** 0.6)
    assert DecodingOptions(max_length_ratio=1.5, max_length_offset=10).max_len(5) == math.floor(7.5) + 10
    with pytest.raises(ValueError, match="must be >= 1"):
        DecodingOptions(max_length_ratio=0.5, max_length_offset=0).max_len(1)


def test_options_json_round_trips_the_fixtures_options():
    """reference.json's options are the TypeScript runtime's names; from_json/to_json must keep them exactly."""
    import json  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    fixtures = Path(__file__).resolve().parents[2] / "test" / "fixtures"
    seen = 0
    for ref in sorted(fixtures.glob("model-tiny-*/reference.json")):
        for case in json.loads(ref.read_text())["cases"]:
            for run in case["runs"]:
                opts = DecodingOptions.from_json(run["options"])
                assert opts.to_json() == run["options"]
                assert opts.max_len(case["mtTokens"]) == run["maxLen"]
                seen += 1
    assert seen > 50
    with pytest.raises(KeyError):
        DecodingOptions.from_json({"beam": 4})


class ScriptedStepper:
    """A Stepper whose log-probs are a hand-written table keyed by each row's prefix (docs/model-format.md
    "Decoding" step 3, the eos rank rule); tokens the table does not name get -20."""

    V = 8

    def __init__(self, table: dict[tuple[int, ...], dict[int, float]]):
        self.table = table

    def start(self, pair: EncoderInput, rows: int) -> None:
        self.prefixes: list[tuple[int, ...]] = [() for _ in range(rows)]

    def step(self, tokens: list[int]) -> torch.Tensor:
        self.prefixes = [p if t == SPECIAL.bos else (*p, t) for p, t in zip(self.prefixes, tokens)]
        out = torch.full((len(tokens), self.V), -20.0)
        for r, p in enumerate(self.prefixes):
            for v, lp in self.table.get(p, {}).items():
                out[r, v] = lp
        return out

    def reorder(self, rows: list[int]) -> None:
        self.prefixes = [self.prefixes[r] for r in rows]


def test_an_eos_ranked_below_k_does_not_end_the_sentence():
    """Beam 2, length penalty avg (score = total / tokens incl. eos), derived by hand:
    step 0: live [a] -0.5, [b] -0.7.
    step 1, ranked: b c -0.75 (live), a eos -0.8 (rank 1: finished [a] -0.4), b eos -1.1 (rank 2 >= K:
      skipped; finalizing it would make two finished and stop here with [a] best), a c -3.5 (live).
    step 2, ranked: b c eos -0.8 (rank 0: finished [b c] -0.8/3), a c eos -3.6 (rank 1: [a c] -1.2):
      three finished, done. Output [b c] then [a]."""
    a, b, c, eos = 4, 5, 6, SPECIAL.eos
    table = {
        (): {a: -0.5, b: -0.7, eos: -10.0},
        (a,): {eos: -0.3, c: -3.0},
        (b,): {c: -0.05, eos: -0.4},
        (b, c): {eos: -0.05},
        (a, c): {eos: -0.1},
    }
    pair = EncoderInput([SPECIAL.bos, 7, SPECIAL.sep, 7, SPECIAL.sep], [0, 0, 0, 1, 1], [0, 1, 2, 3, 4], 1)
    r = beam_search(ScriptedStepper(table), pair, SPECIAL, DecodingOptions(beam=2))
    assert [(h.ids, h.ended_with_eos) for h in r.hypotheses] == [([b, c], True), ([a], True)]
    assert [h.score for h in r.hypotheses] == pytest.approx([-0.8 / 3, -0.8 / 2], abs=1e-6)
    assert r.steps == 3
