"""The keep-or-edit gate (ape.gate) and its place in the model directory (format version 6).

Oracles: sparsemax by the sort-based algorithm of Martins & Astudillo (2016, Algorithm 1),
written here in float64 numpy, for the closed form `sparsemax2`; autograd for the loss's
gradient; PyTorch's GateGraph for the exported gate.onnx (onnxruntime) and for the committed
fixture's reference; the field rules of docs/model-format.md for the manifest.
"""
from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest
import torch

from ape.export.gate import GATE_FILE, main as gate_cli, parity
from ape.export.manifest import Gate, Manifest, ManifestError, sha256_file, verify_files
from ape.gate import EDIT, KEEP, GateConfig, KeepEditGate, export_gate, marginal_loss, skips, sparsemax2

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "test" / "fixtures"
GATED = FIXTURES / "model-tiny-gate"


def sparsemax_sorted(z: np.ndarray) -> np.ndarray:
    """Martins & Astudillo 2016, Algorithm 1: sort z descending, k(z) = max{k : 1 + k z_(k) >
    sum_{j<=k} z_(j)}, tau = (sum_{j<=k(z)} z_(j) - 1) / k(z), p = max(z - tau, 0)."""
    out = np.empty_like(z, dtype=np.float64)
    for i, row in enumerate(z.astype(np.float64)):
        s = np.sort(row)[::-1]
        cumsum = np.cumsum(s)
        k = max(k for k in range(1, len(s) + 1) if 1 + k * s[k - 1] > cumsum[k - 1])
        tau = (cumsum[k - 1] - 1) / k
        out[i] = np.maximum(row - tau, 0.0)
    return out


def test_sparsemax2_is_sparsemax_on_random_tied_and_saturated_scores():
    rng = np.random.default_rng(0)
    scores = [rng.standard_normal((200, 2)) * 2,  # around the boundaries |d| = 1
              np.repeat(rng.standard_normal((10, 1)), 2, axis=1),  # ties: 1/2 each
              np.array([[0.0, 1.0], [1.0, 0.0], [3.0, -3.0], [-5.0, 5.0], [0.0, 0.999], [0.25, -0.75]])]
    z = np.concatenate(scores).astype(np.float64)
    got = sparsemax2(torch.from_numpy(z)).numpy()
    want = sparsemax_sorted(z)
    np.testing.assert_allclose(got, want, atol=1e-12)
    assert np.array_equal(got == 0, want == 0)  # the exact zeros are the same entries
    np.testing.assert_allclose(got.sum(1), 1.0, atol=1e-12)
    np.testing.assert_allclose(got[200:210], 0.5, atol=1e-15)  # ties: (1 + s_edit) - s_keep rounds
    # d = s_edit - s_keep <= -1: keep with certainty, and `skips` says so
    t = torch.tensor([[0.0, -1.0], [0.0, -1.5], [0.0, -0.5], [2.0, 0.0]])
    assert skips(t).tolist() == [True, True, False, True]
    assert sparsemax2(t)[:, EDIT].tolist() == [0.0, 0.0, 0.25, 0.0]


def test_marginal_loss_gradient_is_zero_when_saturated_and_not_otherwise():
    cost_keep, cost_edit = torch.tensor([2.0, 2.0, 2.0]), torch.tensor([1.0, 1.0, 1.0])
    saturated = torch.tensor([[0.0, -3.0], [4.0, 0.0], [0.0, 2.5]], requires_grad=True)  # pi = (1,0), (1,0), (0,1)
    marginal_loss(saturated, cost_keep, cost_edit).backward()
    assert saturated.grad is not None and (saturated.grad == 0).all()
    inside = torch.tensor([[0.0, 0.2]], requires_grad=True)  # pi(edit) = 0.6
    marginal_loss(inside, cost_keep[:1], cost_edit[:1]).backward()
    # d L / d s_edit = (cost_edit - cost_keep) / 2 = -0.5, d / d s_keep = +0.5
    assert inside.grad is not None and inside.grad.tolist() == [[0.5, -0.5]]


def _gate(hidden: int = 32, inner: int = 16, seed: int = 1) -> KeepEditGate:
    torch.manual_seed(seed)
    return KeepEditGate(GateConfig(hidden=hidden, inner=inner)).eval()


@pytest.mark.parametrize("inner", [0, 16])
def test_export_parity_on_random_memory(tmp_path: Path, inner: int):
    gate = _gate(inner=inner)
    path = tmp_path / "gate.onnx"
    path.write_bytes(export_gate(gate).SerializeToString())
    diff, zeros = parity(gate, path, seed=3)
    assert diff <= 1e-5 and zeros
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["memory", "token_type_ids", "attention_mask"]
    assert [o.name for o in session.get_outputs()] == ["scores", "probs"]


def test_fixture_gate_onnx_on_the_encoders_memory_matches_the_pytorch_reference():
    """encoder.onnx -> gate.onnx in onnxruntime, one padded batch of every case, against the
    reference's PyTorch probs (on PyTorch's own memory, make_gate_fixture.py)."""
    ref = json.loads((GATED / "reference.json").read_text())
    cases = ref["cases"]
    S = 32  # padded like the runtime (a multiple of 16)
    B = len(cases)
    ids, types, pos, mask = (np.zeros((B, S), np.int64) for _ in range(4))
    for b, c in enumerate(cases):
        e = c["encoder"]
        n = len(e["input_ids"])
        ids[b, :n], types[b, :n], mask[b, :n] = e["input_ids"], e["token_type_ids"], 1
        pos[b] = np.arange(S)
    enc = ort.InferenceSession(str(GATED / "encoder.onnx"), providers=["CPUExecutionProvider"])
    feeds = {"input_ids": ids, "token_type_ids": types, "position_ids": pos, "attention_mask": mask}
    memory = enc.run(["memory"], {i.name: feeds[i.name] for i in enc.get_inputs()})[0]
    gate = ort.InferenceSession(str(GATED / "gate.onnx"), providers=["CPUExecutionProvider"])
    scores, probs = gate.run(["scores", "probs"], {"memory": memory, "token_type_ids": types, "attention_mask": mask})
    want = np.array([c["gate"]["probs"] for c in cases])
    assert np.abs(probs - want).max() <= 1e-5
    assert [bool(p == 0) for p in probs[:, EDIT]] == [c["gate"]["skipped"] for c in cases]
    assert 0 < ref["gate"]["skipped"] < len(cases) and ref["gate"]["skipped"] == sum(c["gate"]["skipped"] for c in cases)
    np.testing.assert_allclose(probs[:, KEEP] + probs[:, EDIT], 1.0, atol=1e-6)


def test_manifest_version_6_round_trip_and_refusals(tmp_path: Path):
    m = Manifest.load(GATED)
    assert m.formatVersion == 6 and m.gate == Gate("gate.onnx") and "gate.onnx" in m.files
    m.save(tmp_path)
    assert (tmp_path / "ape.json").read_bytes() == (GATED / "ape.json").read_bytes()
    with pytest.raises(ManifestError, match=r"\(gate\): needs formatVersion 6"):
        dataclasses.replace(m, formatVersion=5).validate("ape.json")
    with pytest.raises(ManifestError, match=r"\(gate.file\).*not listed in files"):
        dataclasses.replace(m, files={k: v for k, v in m.files.items() if k != "gate.onnx"}).validate("ape.json")
    data = json.loads((GATED / "ape.json").read_text())
    data["gate"]["kind"] = "x"
    with pytest.raises(ManifestError, match=r"gate.kind"):
        Manifest.from_json(data)


def test_cli_adds_verifies_and_removes_a_gate(tmp_path: Path, capsys):
    out = tmp_path / "model"
    shutil.copytree(FIXTURES / "model-tiny-draft", out)
    before = Manifest.load(out)
    assert before.formatVersion == 5 and before.gate is None
    checkpoint = tmp_path / "g.pt"
    torch.save(_gate().state(), checkpoint)
    assert gate_cli([str(out), str(checkpoint)]) == 0
    data = verify_files(out)  # every sha256 as the runtime checks them, gate.onnx included
    assert data["formatVersion"] == 6 and data["gate"] == {"file": GATE_FILE}
    assert data["files"][GATE_FILE] == sha256_file(out / GATE_FILE)
    assert sorted(p.name for p in out.iterdir()) == sorted([*before.files, GATE_FILE, "ape.json", "reference.json"])
    # the shipped graph computes what the checkpoint does
    diff, zeros = parity(_gate(), out / GATE_FILE, seed=5)
    assert diff <= 1e-5 and zeros

    assert "gate" not in (data.get("training") or {})  # a checkpoint without a summary records none

    # a checkpoint with gate_train.py's `training` summary: recorded as training.gate, beside the
    # model's own provenance, and taken out with the gate
    summary = {"bestEpoch": 3, "sets": {"dev": {"n": 2, "gated": {"ter": 40.5}}}}
    torch.save({**_gate().state(), "training": summary}, checkpoint)
    assert gate_cli([str(out), str(checkpoint)]) == 0
    data = verify_files(out)
    assert data["training"]["gate"] == summary
    assert {k: v for k, v in data["training"].items() if k != "gate"} == (before.training or {})

    assert gate_cli([str(out), "--remove"]) == 0
    after = Manifest.load(out)
    assert after.formatVersion == 6 and after.gate is None and GATE_FILE not in after.files
    assert "gate" not in (after.training or {}) and after.training == before.training
    assert not (out / GATE_FILE).exists()
    verify_files(out)
    capsys.readouterr()

    wrong = tmp_path / "wrong.pt"
    torch.save(_gate(hidden=16).state(), wrong)
    assert gate_cli([str(out), str(wrong)]) == 2
    err = capsys.readouterr().err
    assert str(wrong) in err and "hidden size 16" in err and "architecture.hidden is 32" in err
    assert Manifest.load(out).gate is None and not (out / GATE_FILE).exists()  # nothing written

    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not a checkpoint")
    assert gate_cli([str(out), str(junk)]) == 2
    assert str(junk) in capsys.readouterr().err
    assert gate_cli([str(out), "--remove"]) == 2
    assert "has no gate" in capsys.readouterr().err
