"""Build test/fixtures/model-tiny-draft/ (format version 5) and its reference outputs.

    .venv/bin/python training/scripts/make_draft_fixture.py

The fixture is test/fixtures/model-tiny-shortlist given multi-position decoder graphs by
`python -m ape.export.positions` (its weights.bin unchanged, its one-position results
bit-identical by that tool's parity check), so that the TypeScript runtime's drafted decoding
(src/model/draft.ts) can be checked on the graphs it needs.

reference.json is model-tiny-shortlist's (the same cases and options, decoded by the Python
reference decoder with the shortlist, step by step), checked here against the Python reference
decoder with drafts (`ape.decode.DraftingStepper` inside `ape.decode.Restricted`, on the PyTorch
model rebuilt from this directory) at every draft length in DRAFT_LENGTHS: the script fails if
any hypothesis differs. `drafted` records the lengths and how many decoder calls the drafted
searches made against their search steps (the drafts were followed: fewer calls).
model-tiny-softmax/reference.json is the full-vocabulary oracle of the same weights.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from fixture_copy import copy_fixture  # noqa: E402

from ape.decode import DecodingOptions, DraftingStepper, Restricted, beam_search  # noqa: E402
from ape.encoding import EncoderInput, SpecialTokens  # noqa: E402
from ape.export.from_onnx import import_model_dir  # noqa: E402
from ape.export.positions import upgrade  # noqa: E402
from ape.export.shortlist import allowed_ids  # noqa: E402

FIXTURES = ROOT / "test" / "fixtures"
BASE, NAME = "model-tiny-shortlist", "model-tiny-draft"
DRAFT_LENGTHS = (1, 3, 8)


def main() -> None:
    torch.set_num_threads(1)
    out = copy_fixture(FIXTURES, BASE, NAME)
    manifest = upgrade(out)
    model, _ = import_model_dir(out)
    sp = manifest.specialTokens
    special = SpecialTokens.from_json(sp)
    shortlist = json.loads((out / manifest.shortlist.ids).read_text())["ids"]
    ref = json.loads((FIXTURES / BASE / "reference.json").read_text())
    calls = steps = 0
    for case in ref["cases"]:
        e = case["encoder"]
        pair = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        allowed = allowed_ids(shortlist, pair.input_ids, sp)
        for run in case["runs"]:
            opts = DecodingOptions.from_json(run["options"])
            want = [h["ids"] for h in run["hypotheses"]]
            for length in DRAFT_LENGTHS:
                stepper = DraftingStepper(model, special, length)
                got = beam_search(Restricted(stepper, allowed), pair, special, opts)
                if [h.ids for h in got.hypotheses] != want:
                    raise SystemExit(f"drafted decoding (length {length}) differs on {case['src']!r}, {run['options']}")
                calls += stepper.calls
                steps += got.steps
    ref["generatedBy"] = "training/scripts/make_draft_fixture.py (model-tiny-shortlist's reference, checked drafted)"
    ref["note"] = (f"{BASE}/reference.json as is: this directory has its weights and one-position results; the "
                   "Python reference decoder with mt drafts (ape.decode.DraftingStepper) gives every hypothesis here")
    ref["drafted"] = {"lengths": list(DRAFT_LENGTHS), "calls": calls, "steps": steps}
    (out / "reference.json").write_text(json.dumps(ref, indent=1) + "\n")
    print(f"{out}: drafted decoding (lengths {DRAFT_LENGTHS}) matches {BASE}'s reference; "
          f"{calls} decoder calls for {steps} search steps", file=sys.stderr)


if __name__ == "__main__":
    main()
