"""One decoder step of a model directory's decoder graph alone, in Python onnxruntime (issue 22):
median and min milliseconds per step, and with --profile the share of each operator type.

    .venv/bin/python bench/decoder_step.py MODEL_DIR ROWS [GRAPH] [--n 30] [--profile]

GRAPH defaults to the shortlist's decoder when the directory has one (else `graphs.decoder`).
Inputs: ROWS decoder rows, source length 30 (the encoder run on random token ids, token types
0 then 1), past length 10 (random cache), one new position; with a shortlist, its base union
(S ∪ {eos}) as the columns and a zero mask. One intra-op thread. The figures without --profile
are the step times; onnxruntime's profiler itself slows small ops, so with --profile only the
shares mean anything. Reports; never fails on speed.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from ape.export.graphs import decoder_inputs  # noqa: E402
from ape.export.manifest import Manifest  # noqa: E402
from ape.export.positions import _shortlist_feeds  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("rows", type=int)
    ap.add_argument("graph", nargs="?")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    d = args.model_dir
    m = Manifest.load(d)
    a = m.architecture
    graph = args.graph or (m.shortlist.decoder if m.shortlist is not None else m.graphs.decoder)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.log_severity_level = 3
    enc = ort.InferenceSession(str(d / m.graphs.encoder), opts)
    tmp = tempfile.mkdtemp(prefix="ape-step-")
    if args.profile:
        opts.enable_profiling = True
        opts.profile_file_prefix = f"{tmp}/profile"
    dec = ort.InferenceSession(str(d / graph), opts)
    rng = np.random.default_rng(0)
    rows, src_len, past = args.rows, 30, 10
    ids = rng.integers(1000, a.vocabSize, size=(rows, src_len)).astype(np.int64)
    ids[:, 0] = m.specialTokens["bos"]
    types = np.zeros_like(ids)
    types[:, src_len // 2:] = 1
    feeds = {"input_ids": ids, "token_type_ids": types, "position_ids": np.tile(np.arange(src_len), (rows, 1)),
             "attention_mask": np.ones_like(ids)}
    names = [i.name for i in enc.get_inputs()]
    cross = enc.run(None, {k: v for k, v in feeds.items() if k in names})[1:]
    cache = [rng.standard_normal((rows, a.heads, past, a.headDim)).astype(np.float32) for _ in range(2 * a.layers)]
    tokens = rng.integers(1000, 5000, size=(rows, 1)).astype(np.int64)
    f = dict(zip(decoder_inputs(a.layers), [tokens, feeds["attention_mask"], *cross, *cache]))
    if m.shortlist is not None and graph == m.shortlist.decoder:
        for k, v in _shortlist_feeds(d, m).items():
            f[k] = np.repeat(v[:1], rows, axis=0) if k == "output_mask" else v
    wanted = {i.name for i in dec.get_inputs()}
    f = {k: v for k, v in f.items() if k in wanted}
    dec.run(None, f)
    times = []
    for _ in range(args.n):
        t = time.perf_counter()
        dec.run(None, f)
        times.append(time.perf_counter() - t)
    print(f"{d / graph}, {rows} rows: median {1000 * np.median(times):.2f} ms, min {1000 * min(times):.2f} ms "
          f"over {args.n} steps{' (profiler on)' if args.profile else ''}")
    if args.profile:
        events = json.loads(Path(dec.end_profiling()).read_text())
        dur: collections.Counter[str] = collections.Counter()
        count: collections.Counter[str] = collections.Counter()
        for e in events:
            if e.get("cat") == "Node" and e["name"].endswith("_kernel_time"):
                dur[e["args"]["op_name"]] += e["dur"]
                count[e["args"]["op_name"]] += 1
        total = sum(dur.values())
        for op, us in dur.most_common(18):
            print(f"  {op:24s} {100 * us / total:5.1f}%  {count[op] / (args.n + 1):4.0f} nodes per step")
    return 0


if __name__ == "__main__":
    sys.exit(main())
