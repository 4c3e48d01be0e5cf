"""The baseline of bench/serve.ts: the Python reference decoder (ape.decode.beam_search) on the
PyTorch model in eager mode, one sentence after another, on the same sentences and beam.
Prints one JSON line: sentences/s and per-sentence latency percentiles.

    .venv/bin/python bench/serve_pytorch.py OUT_DIR BEAM N THREADS
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from ape.config import ModelConfig  # noqa: E402
from ape.decode import DecodingOptions, beam_search  # noqa: E402
from ape.encoding import PairEncoding  # noqa: E402
from ape.model import APEModel  # noqa: E402


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(p / 100 * len(s)))]


def main() -> None:
    out, beam, n, threads = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    torch.set_num_threads(threads)
    saved = torch.load(out / "model.pt", weights_only=True)
    # serve_setup.py writes {config, state}; a trainer or `python -m ape.export.from_onnx`
    # checkpoint holds {model_config, model}
    config, state = (saved["config"], saved["state"]) if "state" in saved else (saved["model_config"], saved["model"])
    model = APEModel(ModelConfig.from_dict(config)).eval()
    model.load_state_dict(state)
    manifest = json.loads((out / "model" / "ape.json").read_text())
    d = manifest["decoding"]
    opts = DecodingOptions(beam=beam, length_penalty=d["lengthPenalty"], length_penalty_alpha=d["lengthPenaltyAlpha"],
                           min_length=d["minLength"], max_length_ratio=d["maxLengthRatio"], max_length_offset=d["maxLengthOffset"])
    enc = PairEncoding.from_file(out / "model" / "tokenizer.json")
    pairs = [json.loads(line) for line in (out / "sentences.jsonl").read_text().splitlines()]
    beam_search(model, enc.encode_pair(pairs[0]["src"], pairs[0]["mt"]), enc.special, opts)  # warm-up
    latencies, tokens = [], 0
    start = time.perf_counter()
    for i in range(n):
        p = pairs[i % len(pairs)]
        t0 = time.perf_counter()
        r = beam_search(model, enc.encode_pair(p["src"], p["mt"]), enc.special, opts)
        latencies.append((time.perf_counter() - t0) * 1000)
        tokens += len(r.hypotheses[0].ids)
    seconds = time.perf_counter() - start
    print(json.dumps({"engine": f"PyTorch {torch.__version__} eager, {threads} threads", "sentences": n, "seconds": seconds,
                      "sentencesPerS": n / seconds, "tokens": tokens, "p50": percentile(latencies, 50),
                      "p95": percentile(latencies, 95), "p99": percentile(latencies, 99)}))


if __name__ == "__main__":
    main()
