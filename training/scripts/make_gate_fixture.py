"""Build test/fixtures/model-tiny-gate/ (format version 6) and its reference outputs.

    .venv/bin/python training/scripts/make_gate_fixture.py

The fixture is test/fixtures/model-tiny-draft (version 5: shortlist, multi-position decoder
graphs) plus a keep-or-edit gate (ape.gate, docs/model-format.md "Keep-or-edit gate") with
seeded random weights, added by `python -m ape.export.gate` (its own parity check included).
The gate is not trained: it only has to decide both ways on the fixture's pairs. Its edit
bias is set so that about half of the reference pairs are skipped: with the bias at 0 the
script computes d = s_edit - s_keep of every pair, picks the widest gap between two
neighbouring d near the middle, and shifts the edit bias so that the gap's midpoint lands on
d = -1 (pi(edit) = 0 exactly for d <= -1). The script fails if either side is empty or if a
pair's d is within MIN_MARGIN of -1 (float differences between PyTorch and onnxruntime, or a
padded batch, could then flip the decision).

reference.json is model-tiny-draft's (the same cases, options and hypotheses: what decoding
gives with the gate off, or for a pair the gate does not skip) with, per case, `gate`: the
PyTorch scores and probs on PyTorch's own encoder memory of this model (imported back from the
directory by ape.export.from_onnx, so independent of onnxruntime), pi(edit), d and `skipped`;
and at the top `gate`: how many pairs are skipped and decoded and the smallest |d + 1|.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from fixture_copy import copy_fixture  # noqa: E402

from ape.encoding import EncoderInput  # noqa: E402
from ape.export.from_onnx import import_model_dir  # noqa: E402
from ape.export.gate import add_gate  # noqa: E402
from ape.gate import EDIT, KEEP, GateConfig, KeepEditGate, gate_outputs  # noqa: E402

FIXTURES = ROOT / "test" / "fixtures"
BASE, NAME = "model-tiny-draft", "model-tiny-gate"
SEED = 19
INNER = 16
MIN_MARGIN = 1e-3  # |d + 1| of every pair: PyTorch and onnxruntime agree to ~1e-7 here


def main() -> None:
    torch.set_num_threads(1)
    out = copy_fixture(FIXTURES, BASE, NAME)
    model, manifest = import_model_dir(out)
    ref = json.loads((FIXTURES / BASE / "reference.json").read_text())
    pairs = [EncoderInput(c["encoder"]["input_ids"], c["encoder"]["token_type_ids"], c["encoder"]["position_ids"],
                          c["mtTokens"]) for c in ref["cases"]]

    torch.manual_seed(SEED)
    gate = KeepEditGate(GateConfig(hidden=manifest["architecture"]["hidden"], inner=INNER)).eval()
    last = gate.net[-1]
    with torch.no_grad():
        last.bias.zero_()
        scores, _ = gate_outputs(model, pairs, gate)
        d = sorted((scores[:, EDIT] - scores[:, KEEP]).tolist())
        n = len(d)
        # the widest gap among the middle half of the sorted d
        k = max(range(n // 4, 3 * n // 4), key=lambda i: d[i] - d[i - 1])
        last.bias[EDIT] = -1.0 - (d[k - 1] + d[k]) / 2

    scores, probs = gate_outputs(model, pairs, gate)
    diffs = (scores[:, EDIT] - scores[:, KEEP]).tolist()
    skipped = [bool(p == 0.0) for p in probs[:, EDIT]]
    margin = min(abs(x + 1.0) for x in diffs)
    print(f"{NAME}: {sum(skipped)} of {len(skipped)} pairs skipped (pi(edit) == 0), {len(skipped) - sum(skipped)} "
          f"decoded; smallest |d + 1| {margin:.4f}", file=sys.stderr)
    if all(skipped) or not any(skipped):
        raise SystemExit(f"{NAME}: the gate must skip some pairs and decode others")
    if margin < MIN_MARGIN:
        raise SystemExit(f"{NAME}: a pair's d is within {margin:.2e} of -1 (less than {MIN_MARGIN})")

    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = Path(tmp) / "gate.pt"
        torch.save(gate.state(), checkpoint)
        add_gate(out, checkpoint)

    for case, s, p, x, skip in zip(ref["cases"], scores.tolist(), probs.tolist(), diffs, skipped):
        case["gate"] = {"scores": s, "probs": p, "piEdit": p[EDIT], "d": x, "skipped": skip}
    ref["generatedBy"] = "training/scripts/make_gate_fixture.py (model-tiny-draft's reference, plus the gate)"
    ref["contract"] = "docs/model-format.md#keep-or-edit-gate-gate-format-version-6"
    ref["note"] = (f"{BASE}/reference.json's cases and hypotheses (decoding with the gate off, or of a pair it does not "
                   "skip), and per case `gate`: PyTorch's scores and probs on PyTorch's encoder memory of this directory "
                   "(ape.export.from_onnx), d = scores[1] - scores[0], skipped = probs[1] == 0")
    ref["gate"] = {"seed": SEED, "inner": INNER, "skipped": sum(skipped), "decoded": len(skipped) - sum(skipped),
                   "minMargin": margin}
    (out / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")
    print(f"{out}: reference.json written", file=sys.stderr)


if __name__ == "__main__":
    main()
