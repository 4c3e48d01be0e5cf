"""Build test/fixtures/model-tiny-shortlist/ and its reference outputs, then
test/fixtures/model-tiny-shortlist-base/ from it.

    .venv/bin/python training/scripts/make_shortlist_fixture.py
    .venv/bin/python training/scripts/make_shortlist_fixture.py --base-only   (the second only)

model-tiny-shortlist-base is model-tiny-shortlist with the same S rebuilt in the format
version 8 layout (`baseRows` "in-graph": the decoder graph holds the rows of S − {eos}, only
the extra rows are inputs). Its reference.json is model-tiny-shortlist's, unchanged: the two
layouts define the same log-probabilities (the allowed set and its renormalization are the
same), so the same Restricted decoding is what both must reproduce.

The fixture is test/fixtures/model-tiny-softmax with an output-vocabulary shortlist added by
`python -m ape.export.shortlist` (format version 3): S is a seeded random half of the 300-id
vocabulary, so that the shortlist changes what the decoder writes (a shortlist of the toy
corpus' own wordpieces would change nothing: the model writes nothing else).

reference.json has the same layout and cases as model-tiny-softmax/reference.json (same
(src, mt) pairs and decoding options), decoded by the Python reference decoder on the
PyTorch model rebuilt from the directory (`ape.export.from_onnx`, checked by parity) through
`ape.decode.Restricted` with allowed = S ∪ {eos} ∪ the pair's input ids − {bos, pad}
(`ape.export.shortlist.allowed_ids`). Each case records whether its outputs differ from the
full-vocabulary reference (`differsFromFull`); cases whose decisions hinge on a near-tie are
skipped, as in make_fixtures.py.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from fixture_copy import copy_fixture  # noqa: E402

from ape.decode import DecodingOptions, Restricted, beam_search  # noqa: E402
from ape.encoding import EncoderInput, SpecialTokens  # noqa: E402
from ape.export.from_onnx import import_model_dir  # noqa: E402
from ape.export.manifest import Manifest  # noqa: E402
from ape.export.shortlist import add_shortlist, allowed_ids  # noqa: E402

FIXTURES = ROOT / "test" / "fixtures"
BASE, NAME, NAME_BASE = "model-tiny-softmax", "model-tiny-shortlist", "model-tiny-shortlist-base"
MIN_GAP = 1e-3  # as make_fixtures.py
SEED = 7


def main() -> None:
    torch.set_num_threads(1)
    out = copy_fixture(FIXTURES, BASE, NAME)
    V = Manifest.load(out).architecture.vocabSize
    shortlist = sorted(random.Random(SEED).sample(range(V), V // 2))
    add_shortlist(out, shortlist, {"script": "training/scripts/make_shortlist_fixture.py",
                                   "rule": f"random.Random({SEED}).sample(range({V}), {V // 2})"}, rows_input=True)
    manifest = json.loads((out / "ape.json").read_text())
    model, _ = import_model_dir(out)
    sp = manifest["specialTokens"]
    special = SpecialTokens.from_json(sp)
    base = json.loads((FIXTURES / BASE / "reference.json").read_text())
    cases, differ, skipped, min_gap = [], 0, 0, float("inf")
    for case in base["cases"]:
        e = case["encoder"]
        x = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        allowed = allowed_ids(shortlist, x.input_ids, sp)
        runs, gap, changed = [], float("inf"), False
        for full_run in case["runs"]:
            o = full_run["options"]
            opts = DecodingOptions.from_json(o)
            r = beam_search(Restricted(model, allowed), x, special, opts)
            gap = min(gap, r.min_gap)
            hyps = [{"ids": h.ids, "score": h.score, "endedWithEos": h.ended_with_eos} for h in r.hypotheses]
            changed |= [h["ids"] for h in hyps] != [h["ids"] for h in full_run["hypotheses"]]
            runs.append({"options": o, "maxLen": full_run["maxLen"], "hypotheses": hyps})
        if gap < MIN_GAP:
            skipped += 1
            continue
        min_gap = min(min_gap, gap)
        differ += changed
        cases.append({"src": case["src"], "mt": case["mt"], "mtTokens": case["mtTokens"], "encoder": e,
                      "allowed": len(allowed), "differsFromFull": changed, "runs": runs})
    ref = {
        "generatedBy": "training/scripts/make_shortlist_fixture.py (ape.decode.Restricted on the PyTorch model "
                       "rebuilt by ape.export.from_onnx)",
        "contract": "docs/model-format.md#output-vocabulary-shortlist-shortlist-format-version-3",
        "note": "the cases and options of model-tiny-softmax/reference.json, decoded with the shortlist; "
                "compare ids exactly and scores with tolerance 1e-4",
        "minDecisionGap": min_gap,
        "cases": cases,
    }
    (out / "reference.json").write_text(json.dumps(ref, indent=1) + "\n")
    print(f"{NAME}: {len(cases)} cases ({differ} differ from the full vocabulary), {skipped} skipped for near-ties, "
          f"min decision gap {min_gap:.3g}", file=sys.stderr)


def base_variant() -> None:
    out = copy_fixture(FIXTURES, NAME, NAME_BASE)
    ids = json.loads((out / "shortlist.json").read_text())
    add_shortlist(out, ids["ids"], ids["source"], force=True)
    shutil.copyfile(FIXTURES / NAME / "reference.json", out / "reference.json")
    print(f"{NAME_BASE}: {len(ids['ids'])} ids, decoder holds the rows of S - {{eos}}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:] != ["--base-only"]:
        main()
    base_variant()
