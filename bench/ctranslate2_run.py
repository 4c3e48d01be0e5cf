"""The CTranslate2 half of bench/ctranslate2.ts: times `translate_batch` on the batches the driver sends.

Not run by hand: bench/ctranslate2.ts spawns `.venv/bin/python bench/ctranslate2_run.py CT2_DIR` and
talks to it in JSON lines (one request on stdin, one answer on stdout):

    {"op": "load", "settings": [{"compute": "int8", "threads": 1}, ...]}       -> {"ok": true, "version": "4.8.5"}
    {"op": "pairs", "ids": [[...]], "types": [[...]]}                          -> {"ok": true, "pairs": N}
    {"op": "time", "setting": i, "beam": 4, "batches": [{"first": 0, "count": 32, "steps": 27}, ...]}
                                                                               -> {"ok": true, "seconds": s, "tokens": n}

`ids`/`types` are our encoder inputs (docs/model-format.md, bert-pair layout) of every pair, made by
the project's tokenizer; they become CTranslate2 source tokens `token￨type` once, before any timing.
Each batch is one `translate_batch` call on pairs first..first+count-1 (no re-sorting:
max_batch_size 0) with min_decoding_length = max_decoding_length = steps, so CTranslate2 runs
exactly `steps` decoder steps for every pair of the batch (it generates `steps` tokens, eos
suppressed; measured: the step callback at beam 1 fires `steps` times). A missing ctranslate2
answers {"ok": false, "error": ...} and exits 2.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

INSTALL = ("the Python package ctranslate2 is not installed; install it into the venv for this benchmark only: "
           ".venv/bin/pip install ctranslate2==4.8.5")


def answer(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: bench/ctranslate2_run.py CT2_MODEL_DIR (spawned by bench/ctranslate2.ts)", file=sys.stderr)
        return 2
    try:
        import ctranslate2
    except ImportError:
        answer({"ok": False, "error": INSTALL})
        return 2
    model = Path(sys.argv[1])
    vocab_file = model / "source_1_vocabulary.json"
    if not vocab_file.is_file():
        answer({"ok": False, "error": f"{model}: no CTranslate2 model there (no {vocab_file.name}); build it with "
                                      "nice -n 10 .venv/bin/python bench/ctranslate2_model.py"})
        return 2
    tokens: list[str] = json.loads(vocab_file.read_text(encoding="utf-8"))
    translators: list = []
    sources: list[list[str]] = []
    for line in sys.stdin:
        req = json.loads(line)
        op = req.get("op")
        if op == "load":
            translators = [ctranslate2.Translator(str(model), device="cpu", compute_type=s["compute"], intra_threads=s["threads"],
                                                  inter_threads=1) for s in req["settings"]]
            answer({"ok": True, "version": ctranslate2.__version__})
        elif op == "pairs":
            sources = [[f"{tokens[i]}￨{t}" for i, t in zip(ids, types)] for ids, types in zip(req["ids"], req["types"])]
            answer({"ok": True, "pairs": len(sources)})
        elif op == "time":
            translator = translators[req["setting"]]
            generated = 0
            start = time.perf_counter()
            for b in req["batches"]:
                batch = sources[b["first"]:b["first"] + b["count"]]
                results = translator.translate_batch(batch, beam_size=req["beam"], max_batch_size=0, num_hypotheses=1,
                                                     min_decoding_length=b["steps"], max_decoding_length=b["steps"])
                generated += sum(len(r.hypotheses[0]) for r in results)
            answer({"ok": True, "seconds": time.perf_counter() - start, "tokens": generated})
        else:
            answer({"ok": False, "error": f"unknown op {op!r}"})
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
