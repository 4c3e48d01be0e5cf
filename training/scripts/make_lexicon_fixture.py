"""Build test/fixtures/model-tiny-lexicon/ and its reference outputs.

    .venv/bin/python training/scripts/make_lexicon_fixture.py

The fixture is test/fixtures/model-tiny-softmax with a target lexicon added by
`ape.export.lexicon.add_lexicon` (format version 4). The lexicon is a seeded random half of
the distinct words of the toy corpus' post-edits (make_fixtures.py `corpus(4000, seed=1)`), so
that it forbids words the model writes (the whole vocabulary of the toy corpus would forbid
nothing: the model writes nothing else); the words of each segment's own src and mt stay
allowed.

`shortlistRuns` are the same cases decoded with the lexicon and model-tiny-shortlist's shortlist
together (`Lexical` around `Restricted`; the fixture's lexicon was not cut to that shortlist, so
some trie paths are dead ends there: a hypothesis whose every continuation is forbidden drops
out of the beam), for src/model's test to run on model-tiny-shortlist with this lexicon.

reference.json has the same (src, mt) pairs and decoding options as
model-tiny-softmax/reference.json, decoded by the Python reference decoder on the PyTorch
model rebuilt from the directory (`ape.export.from_onnx`) through `ape.decode.Lexical`. Each
case records whether its outputs differ from the unconstrained reference (`differsFromFull`);
cases whose decisions hinge on a near-tie are skipped, as in make_fixtures.py. Every output is
checked here against the rule itself: the alphabetic part of each word (by the tokenizer's
words) is a word of the lexicon's word list or of the segment's src/mt.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import torch
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "training" / "scripts"))

from fixture_copy import copy_fixture  # noqa: E402
from make_fixtures import corpus  # noqa: E402

from ape.decode import DecodingOptions, Lexical, Restricted, beam_search  # noqa: E402
from ape.encoding import EncoderInput, SpecialTokens  # noqa: E402
from ape.export.from_onnx import import_model_dir  # noqa: E402
from ape.export.lexicon import Lexicon, add_lexicon, alphabetic_prefix, split_words, text_words  # noqa: E402
from ape.export.manifest import Manifest  # noqa: E402
from ape.export.shortlist import allowed_ids  # noqa: E402

FIXTURES = ROOT / "test" / "fixtures"
BASE, NAME = "model-tiny-softmax", "model-tiny-lexicon"
MIN_GAP = 1e-3  # as make_fixtures.py
SEED = 19
# words of several wordpieces (every corpus word is one token of the 300-id vocabulary), so that
# the trie has continuations: "cats" = cat ##s, "quietly" = quiet ##l ##y, "ubuntu" = u ##b ##u ##nt ##u
MULTI_PIECE = ["cats", "helped", "quietly", "oldest", "seeing", "doctors", "horses", "tigers", "ubuntu"]
# token sequences whose allowed sets step by step (Lexical on the case's segment) reference.json
# records for src/model/lexicon.ts to reproduce; each stops at its first forbidden token
PROBES = ["the cats helped quietly . ubuntu tigers", "my horses oldest seeing the tig", "ubu the",
          "tigers sees . cats", "u ##b"]


def lexicon_words() -> list[str]:
    words = sorted({w for _, _, pe in corpus(4000, seed=1) for w in pe.split() if w.isalpha()})
    return sorted(random.Random(SEED).sample(words, len(words) // 2)) + MULTI_PIECE


def probe(model, lex: Lexicon, x: EncoderInput, ids: list[int], special: SpecialTokens) -> dict:
    """The allowed tokens before each of `ids` (and after the last one written), by Lexical itself."""
    stepper = Lexical(model, lex)
    stepper.start(x, 1)
    allowed, written, prev = [], [], special.bos
    for t in [*ids, None]:
        ok = torch.isfinite(stepper.step([prev])[0]).nonzero().flatten().tolist()
        allowed.append(ok)
        if t is None or t not in ok:
            break
        written.append(t)
        prev = t
    return {"ids": written, "forbidden": None if len(written) == len(ids) else ids[len(written)], "allowed": allowed}


def main() -> None:
    torch.set_num_threads(1)
    out = copy_fixture(FIXTURES, BASE, NAME)
    words = lexicon_words()
    add_lexicon(out, [], [], extra_words=words,
                source_note={"script": "training/scripts/make_lexicon_fixture.py",
                             "rule": f"random.Random({SEED}).sample of half the distinct alphabetic pe words of "
                                     "make_fixtures.corpus(4000, seed=1)"})
    manifest = Manifest.load(out)
    V = manifest.architecture.vocabSize
    lex = Lexicon.load(out / "lexicon.json", V)
    tok = Tokenizer.from_file(str(out / "tokenizer.json"))
    allowed_words = {tuple(alphabetic_prefix(w, lex.classes)[0]) for w in text_words(tok, words)}
    model, _ = import_model_dir(out)
    sp = manifest.specialTokens
    special = SpecialTokens.from_json(sp)
    base = json.loads((FIXTURES / BASE / "reference.json").read_text())
    shortlist = json.loads((FIXTURES / "model-tiny-shortlist" / "shortlist.json").read_text())["ids"]
    cases, differ, skipped, min_gap, constrained = [], 0, 0, float("inf"), 0
    for case in base["cases"]:
        e = case["encoder"]
        x = EncoderInput(e["input_ids"], e["token_type_ids"], e["position_ids"], case["mtTokens"])
        own = {tuple(alphabetic_prefix(w, lex.classes)[0]) for w in split_words(x.input_ids, lex.classes)}
        runs, gap, changed = [], float("inf"), False
        for full_run in case["runs"]:
            o = full_run["options"]
            r = beam_search(Lexical(model, lex), x, special, DecodingOptions.from_json(o))
            gap = min(gap, r.min_gap)
            hyps = [{"ids": h.ids, "score": h.score, "endedWithEos": h.ended_with_eos} for h in r.hypotheses]
            for h in r.hypotheses:  # the rule, checked on the output itself
                ws = split_words(h.ids, lex.classes)
                for i, w in enumerate(ws):
                    prefix = tuple(alphabetic_prefix(w, lex.classes)[0])  # a word's alphabetic part
                    if prefix and (h.ended_with_eos or i < len(ws) - 1):
                        assert prefix in allowed_words or prefix in own, (case["mt"], h.ids, w)
                        constrained += 1
            changed |= [h["ids"] for h in hyps] != [h["ids"] for h in full_run["hypotheses"]]
            runs.append({"options": o, "maxLen": full_run["maxLen"], "hypotheses": hyps})
        short_runs, short_gap = [], float("inf")
        for full_run in case["runs"]:
            o = full_run["options"]
            stepper = Lexical(Restricted(model, allowed_ids(shortlist, x.input_ids, sp)), lex)
            r = beam_search(stepper, x, special, DecodingOptions.from_json(o))
            short_gap = min(short_gap, r.min_gap)
            short_runs.append({"options": o, "hypotheses": [{"ids": h.ids, "score": h.score,
                                                               "endedWithEos": h.ended_with_eos}
                                                              for h in r.hypotheses]})
        if gap < MIN_GAP:
            skipped += 1
            continue
        min_gap = min(min_gap, gap)
        differ += changed
        probes = []
        if len(cases) < 3:
            for text in [*PROBES, case["mt"] + " cats"]:
                ids = [i for w in text.split() for i in ([tok.token_to_id(w)] if w.startswith("##") else
                                                          tok.encode(w, add_special_tokens=False).ids)]
                probes.append(probe(model, lex, x, ids, special))
        cases.append({"src": case["src"], "mt": case["mt"], "mtTokens": case["mtTokens"], "encoder": e,
                      "differsFromFull": changed, "runs": runs, "probes": probes,
                      "shortlistRuns": short_runs if short_gap >= MIN_GAP else None})
    ref = {
        "generatedBy": "training/scripts/make_lexicon_fixture.py (ape.decode.Lexical on the PyTorch model "
                       "rebuilt by ape.export.from_onnx)",
        "contract": "docs/model-format.md#target-lexicon-lexicon-format-version-4",
        "note": "the cases and options of model-tiny-softmax/reference.json, decoded with the lexicon; "
                "compare ids exactly and scores with tolerance 1e-4",
        "lexiconWords": words,
        "minDecisionGap": min_gap,
        "cases": cases,
    }
    (out / "reference.json").write_text(json.dumps(ref, indent=1) + "\n")
    print(f"{NAME}: {len(cases)} cases ({differ} differ from the unconstrained decoder), {skipped} skipped for "
          f"near-ties, min decision gap {min_gap:.3g}; {constrained} output words checked against the rule",
          file=sys.stderr)


if __name__ == "__main__":
    main()
