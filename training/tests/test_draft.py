"""MT-drafted decoding in the Python reference decoder (ape.decode.DraftingStepper), the
multi-position decoder step it needs (APEModel.decode_step with T > 1, format version 5) and
`python -m ape.export.positions`, which gives an older model directory such graphs.

Expected values: the hand-derived drafts of test/fixtures/draft/cases.json (the TypeScript
suite checks the same file); T single PyTorch steps for a block of T positions; the
step-by-step Python decoder for the drafted one; the directory's own old graphs (bit for bit)
for the upgraded ones."""
import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
import torch

from ape.decode import DecodingOptions, DraftingStepper, TorchStepper, beam_search, draft_tokens, mt_draft_source
from ape.encoding import EncoderInput, SpecialTokens
from ape.export.from_onnx import import_model_dir
from ape.export.graphs import decoder_inputs
from ape.export.manifest import Manifest, ManifestError, sha256_file
from ape.export.positions import PositionsError, upgrade

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "test" / "fixtures"


def test_draft_tokens_are_the_hand_derived_ones():
    cases = json.loads((FIXTURES / "draft" / "cases.json").read_text())["cases"]
    assert len(cases) >= 10
    for c in cases:
        assert draft_tokens(c["generated"], c["mt"], c["length"]) == c["draft"], c["why"]


def test_mt_draft_source_is_the_mt_then_eos():
    pair = EncoderInput([101, 7, 8, 102, 9, 10, 11, 102], [0] * 4 + [1] * 4, list(range(8)), 3)
    assert mt_draft_source(pair, 102) == [9, 10, 11, 102]


@pytest.fixture(scope="module")
def softmax_model():
    torch.set_num_threads(1)
    model, manifest = import_model_dir(FIXTURES / "model-tiny-softmax", log=lambda m: None)
    sp = manifest["specialTokens"]
    return model, SpecialTokens.from_json(sp)


def _pair(case) -> EncoderInput:
    e = case["encoder"]
    return EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])


@torch.no_grad()
def test_a_block_of_positions_is_the_same_as_single_steps(softmax_model):
    model, _ = softmax_model
    case = json.loads((FIXTURES / "model-tiny-softmax" / "reference.json").read_text())["cases"][0]
    pair = _pair(case)
    ids = torch.tensor([pair.input_ids, pair.input_ids])
    types, pos = torch.tensor([pair.token_type_ids] * 2), torch.tensor([pair.position_ids] * 2)
    mask = torch.ones_like(ids)
    cross = model.cross_keys_values(model.encode(ids, types, pos, mask))
    tokens = torch.tensor([[2, 40, 41, 42, 43], [2, 50, 40, 3, 9]])
    past, singles = model.empty_cache(2), []
    for t in range(tokens.shape[1]):
        lp, past, _ = model.decode_step(tokens[:, t:t + 1], mask, cross, past)
        singles.append(lp)
    # from a cache of two positions: a block of the remaining three
    head = model.empty_cache(2)
    _, head, _ = model.decode_step(tokens[:, :2], mask, cross, head)
    block, present, ca = model.decode_step(tokens[:, 2:], mask, cross, head)
    assert block.shape == (2 * 3, singles[0].shape[1]) and ca.shape[0] == 2 * 3
    torch.testing.assert_close(block.view(2, 3, -1), torch.stack(singles[2:], dim=1), rtol=0, atol=1e-5)
    for (k, v), (k1, v1) in zip(present, past):
        torch.testing.assert_close(k, k1, rtol=0, atol=1e-5)
        torch.testing.assert_close(v, v1, rtol=0, atol=1e-5)


@pytest.mark.parametrize("length", [1, 3, 8])
def test_drafted_beam_search_makes_the_step_by_step_decisions(softmax_model, length):
    model, special = softmax_model
    cases = json.loads((FIXTURES / "model-tiny-softmax" / "reference.json").read_text())["cases"]
    calls = steps = 0
    for case in cases:
        pair = _pair(case)
        for run in case["runs"]:
            opts = DecodingOptions.from_json(run["options"])
            plain = beam_search(TorchStepper(model), pair, special, opts)
            stepper = DraftingStepper(model, special, length)
            drafted = beam_search(stepper, pair, special, opts)
            assert [h.ids for h in drafted.hypotheses] == [h.ids for h in plain.hypotheses], (case["src"], opts)
            assert [h.ids for h in drafted.hypotheses] == [h["ids"] for h in run["hypotheses"]]
            for a, b in zip(drafted.hypotheses, plain.hypotheses):
                assert a.score == pytest.approx(b.score, abs=1e-5)
            calls += stepper.calls
            steps += drafted.steps
    assert calls < steps  # the drafts were followed: fewer decoder calls than search steps


def _session(path: Path) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def test_positions_upgrades_a_directory_keeping_its_weights_and_its_one_step_results(tmp_path: Path):
    src = FIXTURES / "model-tiny-entmax"
    out = tmp_path / "model"
    shutil.copytree(src, out)
    before = Manifest.load(out)
    assert before.graphs.decoderPositions is None
    manifest = upgrade(out, log=lambda m: None)
    assert manifest.formatVersion == 5 and manifest.graphs.decoderPositions == "many"
    assert sha256_file(out / "weights.bin") == sha256_file(src / "weights.bin")
    assert Manifest.load(out).files[manifest.graphs.decoder] == sha256_file(out / manifest.graphs.decoder)

    # independently of the tool's own check: old and new graphs, one position, bit for bit
    a = manifest.architecture
    old, new = _session(src / before.graphs.decoder), _session(out / manifest.graphs.decoder)
    rng = np.random.default_rng(3)
    B, S, L = 2, 6, a.layers
    feeds = dict(zip(decoder_inputs(L), [
        rng.integers(5, a.vocabSize, size=(B, 1)).astype(np.int64), np.ones((B, S), np.int64),
        *[rng.standard_normal((B, a.heads, S, a.headDim)).astype(np.float32) for _ in range(2 * L)],
        *[rng.standard_normal((B, a.heads, 4, a.headDim)).astype(np.float32) for _ in range(2 * L)],
    ]))
    names = [i.name for i in new.get_inputs()]
    got = new.run(None, {k: v for k, v in feeds.items() if k in names})
    want = old.run(None, {k: v for k, v in feeds.items() if k in names})
    assert all(np.array_equal(x, y) for x, y in zip(got, want))
    # and three positions at once: [B*3, V] log_probs, the cache grows by three
    feeds["input_ids"] = rng.integers(5, a.vocabSize, size=(B, 3)).astype(np.int64)
    block = new.run(None, {k: v for k, v in feeds.items() if k in names})
    assert block[0].shape == (B * 3, a.vocabSize) and block[1].shape[2] == 4 + 3

    with pytest.raises(PositionsError, match="already"):
        upgrade(out, log=lambda m: None)


def test_positions_refuses_per_channel_int8(tmp_path: Path):
    out = tmp_path / "int8"
    shutil.copytree(FIXTURES / "model-tiny-int8", out)
    with pytest.raises(PositionsError, match="int8"):
        upgrade(out, log=lambda m: None)


def test_decoder_positions_needs_format_version_5():
    m = Manifest.load(FIXTURES / "model-tiny-draft")
    assert m.formatVersion == 5 and m.graphs.decoderPositions == "many"
    with pytest.raises(ManifestError, match="decoderPositions.*needs formatVersion 5"):
        dataclasses.replace(m, formatVersion=4).validate("ape.json")
    with pytest.raises(ManifestError, match="decoderPositions"):
        dataclasses.replace(m, graphs=dataclasses.replace(m.graphs, decoderPositions="two")).validate("ape.json")
