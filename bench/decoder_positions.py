"""What one decoder call costs per position: the model directory's decoder graph alone, in
Python onnxruntime, at B rows x T new positions (issue 22: is a step compute-bound per
position, or per call?).

    .venv/bin/python bench/decoder_positions.py models/default [--threads 2] [--full-vocab]
        [--shapes 1x1,4x1,4x3,4x9,32x1,128x1] [--past 10] [--src 30] [--reps 20] [--profile]

Random token ids, encoder outputs and cache (the cost does not depend on the values); the
shortlist decoder with all of the shortlist's ids unless --full-vocab. T > 1 needs a format
version 5 directory (graphs.decoderPositions "many"). Prints the median milliseconds per call
and per position; --profile adds, per shape, each operator type's share of the kernel time from
a second session with onnxruntime's profiler on (the profiler slows small ops, so its shares
mean something, its times do not). Reports; never fails on speed.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--full-vocab", action="store_true")
    ap.add_argument("--shapes", default="1x1,4x1,5x1,8x1,16x1,4x3,4x5,4x9,32x1,64x1,128x1")
    ap.add_argument("--past", type=int, default=10)
    ap.add_argument("--src", type=int, default=30)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    d = args.model_dir
    m = json.loads((d / "ape.json").read_text())
    a = m["architecture"]
    L, H, hd = a["layers"], a["heads"], a["headDim"]
    so = ort.SessionOptions()
    so.intra_op_num_threads = args.threads
    so.log_severity_level = 3
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    short = m.get("shortlist") if not args.full_vocab else None
    graph = str(d / (short["decoder"] if short else m["graphs"]["decoder"]))
    dec = ort.InferenceSession(graph, so, providers=["CPUExecutionProvider"])
    names = {i.name for i in dec.get_inputs()}
    extra: dict[str, np.ndarray] = {}
    if short:
        from ape.export.shortlist import base_ids_of, shortlist_feeds

        ids = json.loads((d / short["ids"]).read_text())["ids"]
        rows = ort.InferenceSession(str(d / short["rows"]), so, providers=["CPUExecutionProvider"])
        base = base_ids_of(ids, m["specialTokens"]) if short.get("baseRows") == "in-graph" else None
        extra = shortlist_feeds(sorted(set(ids) | {m["specialTokens"]["eos"]}), base, rows)
        ids = np.array(sorted(set(ids) | {m["specialTokens"]["eos"]}), dtype=np.int64)
    many = m["graphs"].get("decoderPositions") == "many"
    rng = np.random.default_rng(0)
    print(f"{d}: {'shortlist' if short else 'full vocabulary'}, {args.threads} threads, past {args.past}, "
          f"src {args.src}; {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    for shape in args.shapes.split(","):
        B, T = (int(x) for x in shape.split("x"))
        if T > 1 and not many:
            print(f"B={B} T={T}: skipped (one-position graphs; python -m ape.export.positions {d})")
            continue
        f = {"input_ids": rng.integers(1000, 20000, size=(B, T)).astype(np.int64),
             "memory_mask": np.ones((B, args.src), np.int64), **extra}
        if short:
            f["output_mask"] = np.zeros((B * T, len(ids)), np.float32)
        for i in range(L):
            for kv in "kv":
                f[f"cross_{kv}_{i}"] = rng.standard_normal((B, H, args.src, hd)).astype(np.float32)
                f[f"past_{kv}_{i}"] = rng.standard_normal((B, H, args.past, hd)).astype(np.float32)
        f = {k: v for k, v in f.items() if k in names}
        dec.run(None, f)
        times = []
        for _ in range(args.reps):
            t = time.perf_counter()
            dec.run(None, f)
            times.append(time.perf_counter() - t)
        ms = float(np.median(times)) * 1000
        print(f"B={B} T={T}: {ms:.2f} ms per call, {ms / (B * T):.3f} ms per position", flush=True)
        if args.profile:
            print_profile(graph, so, f, args.reps)


def print_profile(graph: str, so: ort.SessionOptions, feeds: dict[str, np.ndarray], reps: int) -> None:
    """Each operator type's share of the kernel time over `reps` runs, with the profiler on."""
    with tempfile.TemporaryDirectory(prefix="ape-profile-") as tmp:
        so.enable_profiling = True
        so.profile_file_prefix = f"{tmp}/profile"
        session = ort.InferenceSession(graph, so, providers=["CPUExecutionProvider"])
        so.enable_profiling = False
        for _ in range(reps):
            session.run(None, feeds)
        events = json.loads(Path(session.end_profiling()).read_text())
    dur: collections.Counter[str] = collections.Counter()
    count: collections.Counter[str] = collections.Counter()
    for e in events:
        if e.get("cat") == "Node" and e["name"].endswith("_kernel_time"):
            dur[e["args"]["op_name"]] += e["dur"]
            count[e["args"]["op_name"]] += 1
    total = sum(dur.values()) or 1
    for op, us in dur.most_common(12):
        print(f"    {op:22s} {100 * us / total:5.1f}%  {count[op] / reps:4.0f} nodes per call")


if __name__ == "__main__":
    main()
