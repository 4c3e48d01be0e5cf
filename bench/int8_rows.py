"""An experiment (issue 22), not a format: an int8-block32 model directory whose decoder MatMuls
run as int8 x int8 with one scale per weight column and one per activation row.

    .venv/bin/python bench/int8_rows.py models/default /tmp/int8-rows
    nice -n 10 node --import tsx bench/compare-models.ts models/default /tmp/int8-rows --batch 1,32

Why: onnxruntime's MatMulNBits (what int8-block32 runs: 8-bit weights with a float32 scale per
block of 32 inputs, activations quantized per block at accuracy_level 4) multiplies
[128, 384] x [384, 1536] in about 1.3 ms on one core of the project's AVX-512 VM, where
MatMulInteger of uint8 activations and int8 weights (its VNNI kernel) takes 0.45 ms, 2.9x
faster (0.068 vs 0.038 ms at 5 rows). MatMulNBits is 46% of a 128-row decoder step.

What this writes: OUT_DIR, a copy of MODEL_DIR whose decoder graphs (`graphs.decoder` and the
shortlist's decoder) have each MatMulNBits node replaced by

    s = max(|x|, over the row) / 127        (one scale per activation row, so rows stay independent)
    q = uint8(round(x / s) + 128)           (MatMulInteger's a_zero_point 128)
    y = float(MatMulInteger(q, W8, 128)) * c * s

with W8 the int8 weight and c its per-column scale, requantized from MatMulNBits' dequantized
weights (ape.export.from_onnx's `dequantize_block32`): the only weights at hand for a shipped
model. The activation quantization of a row is shared by the MatMuls that read the same row (q,
k and v). The graphs are written with their weights inline and ape.json's `files` hashes are
updated; nothing else changes (the runtime reads the graphs as they are).

Not shipped (docs/http-api.md, "Measured levers not shipped"): one bit of u8 x s8 is
CPU-dependent (without VNNI, onnxruntime's AVX2 kernel adds pairs of products into saturating
16-bit sums, which full-range weights overflow: docs/model-format.md), the quality is worse
than int8-block32 and a per-row quantization costs 8 small ops at batch 1.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from ape.export.from_onnx import dequantize_block32  # noqa: E402


def rewrite(graph_path: Path, out_path: Path) -> tuple[int, int]:
    """(MatMulNBits nodes replaced, activation rows quantized) of one decoder graph."""
    model = onnx.load(str(graph_path))  # with its external weights, written back inline
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    consts = [
        numpy_helper.from_array(np.array(128, np.uint8), "rows_zp"),
        numpy_helper.from_array(np.array(127.0, np.float32), "rows_127"),
        numpy_helper.from_array(np.array(128.0, np.float32), "rows_128"),
        numpy_helper.from_array(np.array(1e-30, np.float32), "rows_tiny"),
        numpy_helper.from_array(np.array([-1], np.int64), "rows_axes"),
    ]
    nodes: list[onnx.NodeProto] = []
    added: list[onnx.TensorProto] = []
    rows: dict[str, tuple[str, str]] = {}
    gone: set[str] = set()
    count = 0
    for n in g.node:
        if n.op_type != "MatMulNBits":
            nodes.append(n)
            continue
        at = {a.name: a.i for a in n.attribute}
        if at.get("bits") != 8 or len(n.input) != 3:
            raise SystemExit(f"{graph_path}: {n.name} is not an 8-bit MatMulNBits without zero points or bias")
        k, cols = at["K"], at["N"]
        w = dequantize_block32(numpy_helper.to_array(inits[n.input[1]]), numpy_helper.to_array(inits[n.input[2]]), k, cols)
        scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 127.0
        w8 = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        x, p = n.input[0], f"rows{count}"
        count += 1
        if x not in rows:
            q = f"{x}_rows_q"
            nodes += [
                helper.make_node("Abs", [x], [q + "_abs"]),
                helper.make_node("ReduceMax", [q + "_abs", "rows_axes"], [q + "_max"], keepdims=1),
                helper.make_node("Max", [q + "_max", "rows_tiny"], [q + "_max1"]),
                helper.make_node("Div", [q + "_max1", "rows_127"], [q + "_s"]),
                helper.make_node("Div", [x, q + "_s"], [q + "_xs"]),
                helper.make_node("Round", [q + "_xs"], [q + "_r"]),  # in [-127, 127]: no clip needed
                helper.make_node("Add", [q + "_r", "rows_128"], [q + "_u"]),
                helper.make_node("Cast", [q + "_u"], [q], to=TensorProto.UINT8),
            ]
            rows[x] = (q, q + "_s")
        q, s = rows[x]
        added += [numpy_helper.from_array(w8, p + "_w"), numpy_helper.from_array(scale.astype(np.float32), p + "_c")]
        nodes += [
            helper.make_node("MatMulInteger", [q, p + "_w", "rows_zp"], [p + "_i"]),
            helper.make_node("Cast", [p + "_i"], [p + "_f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [p + "_f", p + "_c"], [p + "_fc"]),
            helper.make_node("Mul", [p + "_fc", s], list(n.output)),
        ]
        gone.update(n.input[1:])
    keep = [i for i in g.initializer if i.name not in gone]
    del g.initializer[:]
    g.initializer.extend(keep + consts + added)
    del g.node[:]
    g.node.extend(nodes)
    onnx.save(model, str(out_path))
    return count, len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    args = ap.parse_args(argv)
    manifest = json.loads((args.model_dir / "ape.json").read_text(encoding="utf-8"))
    if manifest["graphs"].get("quantization") != "int8-block32":
        print(f"{args.model_dir}: graphs.quantization is not int8-block32", file=sys.stderr)
        return 2
    if args.out_dir.exists():
        print(f"{args.out_dir} exists: choose a new directory", file=sys.stderr)
        return 2
    shutil.copytree(args.model_dir, args.out_dir)
    graphs = [manifest["graphs"]["decoder"]] + ([manifest["shortlist"]["decoder"]] if manifest.get("shortlist") else [])
    for name in graphs:
        n, r = rewrite(args.model_dir / name, args.out_dir / name)
        print(f"{name}: {n} MatMulNBits -> MatMulInteger, {r} activation row quantizations", file=sys.stderr)
    manifest["files"] = {f: hashlib.sha256((args.out_dir / f).read_bytes()).hexdigest() for f in manifest["files"]}
    (args.out_dir / "ape.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
