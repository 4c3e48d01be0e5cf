"""Build test/fixtures/model-tiny-src-only/ and model-tiny-mt-only/ (format version 7) and their
reference outputs.

    .venv/bin/python training/scripts/make_layout_fixture.py

Each is test/fixtures/model-tiny-softmax (graphs, weights and tokenizer unchanged, so `files`
keeps its sha256s) with `input.layout` set to one of the single-input baselines'
(docs/model-format.md "Encoder input"): "bert-pair-src-only" `[CLS] src [SEP] [SEP]` or
"bert-pair-mt-only" `[CLS] [SEP] mt [SEP]`, and formatVersion 7. The weights were trained on the
bert-pair layout, so these are not useful baselines: they only have to decode the layout's
encoder input deterministically, which tests the runtime's plumbing end to end.

reference.json has the layout of make_fixtures.py's (the same held-out pairs and decoding runs,
near-ties below MIN_GAP skipped), made by the Python reference decoder (ape.decode) on the
PyTorch model imported back from the directory (ape.export.from_onnx, exact for float32), with
the pairs encoded by the directory's own layout (ape.export.from_onnx.pair_encoding). `longSide`
is one more pair whose ignored side (the mt of src-only, the src of mt-only) is the case's,
repeated until it has more wordpieces than its maxSrcTokens/maxMtTokens: accepted, and decoded
exactly as the case with the short side (the Python decoder's beam-4 hypotheses on it).
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

from fixture_copy import copy_fixture  # noqa: E402
from make_fixtures import held_out, reference  # noqa: E402

from ape.decode import DecodingOptions, beam_search  # noqa: E402
from ape.export.from_onnx import import_model_dir, pair_encoding  # noqa: E402
from ape.export.manifest import LAYOUTS_VERSION, Manifest  # noqa: E402

FIXTURES = ROOT / "test" / "fixtures"
BASE = "model-tiny-softmax"
LAYOUTS = {"model-tiny-src-only": "bert-pair-src-only", "model-tiny-mt-only": "bert-pair-mt-only"}


def long_side(model, enc, case: dict, layout: str) -> dict:
    """The first case again with its ignored side repeated past that side's limit, decoded at beam 4."""
    side, limit = ("mt", enc.max_mt_tokens) if layout == "bert-pair-src-only" else ("src", enc.max_src_tokens)
    text = case[side]
    while len(enc.wordpieces(text)) <= limit:
        text = f"{text} {case[side]}"
    pair = {"src": case["src"], "mt": case["mt"], side: text}
    x = enc.encode_pair(pair["src"], pair["mt"])
    assert x.input_ids == case["encoder"]["input_ids"], "the ignored side reached the encoder"
    opts = DecodingOptions(beam=4)
    r = beam_search(model, x, enc.special, opts)
    return {**pair, "side": side, "wordpieces": len(enc.wordpieces(text)), "limit": limit, "mtTokens": x.mt_tokens,
            "options": opts.to_json(), "maxLen": opts.max_len(x.mt_tokens),
            "hypotheses": [{"ids": h.ids, "text": enc.decode(h.ids), "score": h.score, "endedWithEos": h.ended_with_eos}
                           for h in r.hypotheses]}



def main() -> None:
    torch.set_num_threads(1)
    for name, layout in LAYOUTS.items():
        out = copy_fixture(FIXTURES, BASE, name)
        m = Manifest.load(out)
        dataclasses.replace(m, formatVersion=max(m.formatVersion, LAYOUTS_VERSION),
                            input=dataclasses.replace(m.input, layout=layout)).save(out)
        model = import_model_dir(out)[0].eval()  # the directory's own weights, parity-checked against its graphs
        enc = pair_encoding(out)
        ref, _ = reference(model, enc, held_out(enc), name)
        ref["generatedBy"] = "training/scripts/make_layout_fixture.py (ape.decode on the PyTorch model imported from the directory)"
        ref["layout"] = layout
        ref["longSide"] = long_side(model, enc, ref["cases"][0], layout)
        (out / "reference.json").write_text(json.dumps(ref, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
