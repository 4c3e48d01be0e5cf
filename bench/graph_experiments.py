"""Experiments (issue 22), not formats: a copy of an int8-block32 model directory whose decoder
graphs are rewritten one way, to measure speed and outputs against the original.

    .venv/bin/python bench/graph_experiments.py int8-rows models/default /tmp/int8-rows
    nice -n 10 node --import tsx bench/compare-models.ts models/default /tmp/int8-rows --batch 1,32
    .venv/bin/python bench/decoder_positions.py /tmp/int8-rows --threads 1 --shapes 5x1,128x1

OUT_DIR is a copy of MODEL_DIR whose decoder graphs (`graphs.decoder` and the shortlist's
decoder) are rewritten and written with their weights inline; ape.json's `files` hashes are
updated, nothing else changes (the runtime reads the graphs as they are). Results:
docs/http-api.md, "Where ours loses, measured".

int8-rows: each MatMulNBits node (8-bit weights with a float32 scale per block of 32 inputs,
activations quantized per block at accuracy_level 4) becomes

    s = max(|x|, over the row) / 127        (one scale per activation row, so rows stay independent)
    q = uint8(round(x / s) + 128)           (MatMulInteger's a_zero_point 128)
    y = float(MatMulInteger(q, W8, 128)) * c * s

with W8 the int8 weight and c its per-column scale, requantized from MatMulNBits' dequantized
weights (ape.export.from_onnx's `dequantize_block32`: the only weights at hand for a shipped
model); the rows read by several MatMuls (q, k and v) are quantized once. Why: onnxruntime's
MatMulInteger has a VNNI kernel, and MatMulNBits is nearly half of a 128-row decoder step on the
project's AVX-512 VM (bench/decoder_positions.py --profile). Without VNNI its AVX2 kernel adds pairs of uint8 x int8 products
into saturating 16-bit sums (docs/model-format.md), so this is exact only on VNNI CPUs.

(pow-exp-log, the other experiment it held, became ape.export.entmax_pow: the exporter writes it.)
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
    """int8-rows: (MatMulNBits nodes replaced, activation rows quantized) of one decoder graph."""
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


EXPERIMENTS = {"int8-rows": rewrite}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("experiment", choices=sorted(EXPERIMENTS))
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
        n, r = EXPERIMENTS[args.experiment](args.model_dir / name, args.out_dir / name)
        print(f"{name}: {n} MatMulNBits -> MatMulInteger, {r} activation row quantizations", file=sys.stderr)
    manifest["files"] = {f: hashlib.sha256((args.out_dir / f).read_bytes()).hexdigest() for f in manifest["files"]}
    (args.out_dir / "ape.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
