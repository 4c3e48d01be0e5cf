"""A PyTorch checkpoint back from an exported model directory (the inverse of `ape.export`).

    python -m ape.export.from_onnx MODEL_DIR OUT.pt

Who needs it: a model directory is what gets committed and shipped (models/default/), its
training checkpoint is not (127 MiB per model, and runs live outside the repository). From
the directory alone this rebuilds an `ape.train`-style checkpoint ({"model", "model_config",
"train_config", "step", ...}), so that the Python reference decoder can run the shipped model
(bench/serve.ts compares against it), `ape train --init-from` style fine-tuning can continue
from it, and `python -m ape.export` can re-export it.

How: the exporter is deterministic, so a freshly initialized model of the manifest's
architecture, exported the same way (fp16 storage included), has the shipped graphs' node
list; walking both lists together pairs each fresh initializer with the shipped one in the
same place (`_initializer_pairs`). A fresh initializer named after a parameter
(`model.<name>`) is that parameter; the transposed projection weights (`val_<n>`, made by the
exporter) are found by value among the fresh model's parameters, which are random and so
unique. The learned alpha of alpha-entmax heads is folded into graph constants; it comes back
from the manifest's `architecture.alpha` (pre_alpha = logit(alpha - 1)). An untrained
model's graphs have another node list (equal tensors are stored once): refused.

Proof that the import is right: `check_parity` (the exporter's own check) runs the imported
PyTorch model against the directory's graphs in onnxruntime: log-probabilities within 1e-4 and
identical greedy outputs, or the import fails. Weights stored as float16 come back exactly
(float16 -> float32 is exact); an int8 directory (per-channel dynamic quantization) cannot be
imported.

An int8-block32 directory (what models/default ships) comes back as its dequantized weights:
every MatMulNBits weight is q * scale (8-bit symmetric, one scale per block of 32 input rows;
`dequantize_block32`), the float16 embeddings exactly. The float32 model it was quantized from
is gone, so the import is the model the directory serves, up to the kernel's int8 activations;
a checkpoint to continue training from (`init_from`), e.g. when a run's own checkpoints were
lost. Its proof is that quantizing the imported weights again gives back the directory's int8
weights bit for bit and its scales to float32 rounding (`requantization_check`); the float
parity figures are logged, not required (the graphs quantize activations too).
"""
from __future__ import annotations

import argparse
import math
import shutil
import sys
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from ape.checkpoint import save_atomic
from ape.config import ModelConfig, Normalizers, Sharing
from ape.encoding import PairEncoding, SpecialTokens
from ape.export.entmax_pow import exp_log_pow
from ape.export.graphs import export_decoder, export_encoder
from ape.export.manifest import Manifest, sha256_file, verify_files
from ape.export.model_dir import BLOCK, _blockwise_int8, _fp16_storage, quantize_block32
from ape.export.parity import check_parity
from ape.model import APEModel

PLACES = {"encoderSelf": ("encoder_layers", "self_attn"), "decoderSelf": ("decoder_layers", "self_attn"),
          "context": ("decoder_layers", "context_attn")}


class ImportError_(Exception):
    """The directory cannot be turned back into a checkpoint; the message says why."""


def pair_encoding(directory: Path) -> PairEncoding:
    """How the model directory's runtime encodes a pair (src/model/segment.ts prepareSegment): its
    tokenizer.json, `input.maxSrcTokens`/`maxMtTokens` and `input.layout`, for the Python reference
    decoder on the imported model."""
    m = Manifest.load(Path(directory))
    return PairEncoding.from_file(Path(directory) / "tokenizer.json", max_src_tokens=m.input.maxSrcTokens,
                                  max_mt_tokens=m.input.maxMtTokens, layout=m.input.layout)


def model_config(manifest: dict[str, Any], layer_norm_eps: float) -> ModelConfig:
    a = manifest["architecture"]
    n, s = a["normalizers"], a["sharing"]
    trained = ((manifest.get("training") or {}).get("config") or {}).get("model") or {}
    extra = {k: trained[k] for k in ("decoder_token_type", "init_context_from_self") if k in trained}
    return ModelConfig(
        vocab_size=a["vocabSize"], hidden=a["hidden"], layers=a["layers"], heads=a["heads"], ffn=a["ffn"],
        max_positions=a["maxPositions"], layer_norm_eps=layer_norm_eps,
        normalizers=Normalizers(n["encoderSelf"], n["decoderSelf"], n["context"]),
        entmax_bisect_iterations=a["entmaxBisectIterations"],
        sharing=Sharing(s["decoderSelfWithEncoder"], s["contextWithSelf"], s["ffnWithEncoder"]),
        **extra,
    )


def _layer_norm_eps(graph: onnx.ModelProto) -> float:
    for node in graph.graph.node:
        if node.op_type in ("LayerNormalization", "SkipLayerNormalization"):
            for attr in node.attribute:
                if attr.name == "epsilon":  # a float32 attribute: 1e-12 reads back as 9.99999996e-13
                    return float(np.format_float_scientific(np.float32(attr.f), unique=True))
    return ModelConfig().layer_norm_eps


def _initializers(graph: onnx.ModelProto) -> dict[str, np.ndarray]:
    return {t.name: numpy_helper.to_array(t) for t in graph.graph.initializer}


def _set_alpha(model: APEModel, alpha: dict[str, list[list[float]]]) -> None:
    for place, per_layer in alpha.items():
        layers_attr, attn_attr = PLACES[place]
        layers = getattr(model, layers_attr)
        if len(per_layer) != len(layers):
            raise ImportError_(f"architecture.alpha.{place}: {len(per_layer)} layers, the model has {len(layers)}")
        for i, values in enumerate(per_layer):
            normalizer = getattr(layers[i], attn_attr).normalizer
            if not hasattr(normalizer, "pre_alpha"):
                raise ImportError_(f"architecture.alpha.{place}: layer {i} has no alpha-entmax normalizer")
            pre = [math.log((a - 1) / (2 - a)) if 1 < a < 2 else float("nan") for a in values]
            if any(math.isnan(p) for p in pre):
                raise ImportError_(f"architecture.alpha.{place}[{i}]: alpha outside (1, 2): {values}")
            with torch.no_grad():
                normalizer.pre_alpha.copy_(torch.tensor(pre, dtype=normalizer.pre_alpha.dtype))


def import_model_dir(directory: Path, *, log=lambda msg: print(msg, file=sys.stderr)) -> tuple[APEModel, dict[str, Any]]:
    """The PyTorch model whose export is `directory`, checked by parity; and the manifest."""
    directory = Path(directory)
    try:
        manifest = verify_files(directory)  # format version and the sha256 of every file, as the runtime checks
    except (OSError, ValueError) as e:
        raise ImportError_(str(e)) from e
    quantization = manifest["graphs"].get("quantization", "none")
    if quantization not in ("none", "fp16", "int8-block32"):
        raise ImportError_(f"{directory}: {quantization} weights cannot be imported "
                           "(only float32, float16 or int8-block32 storage)")
    shipped = [onnx.load(str(directory / manifest["graphs"][g])) for g in ("encoder", "decoder")]  # weights.bin too
    config = model_config(manifest, _layer_norm_eps(shipped[0]))
    torch.manual_seed(0)
    model = APEModel(config).eval()
    with torch.no_grad():  # wider than BERT's init: no two parameters share a value by chance
        for p in model.parameters():
            p.normal_(0, 1)
    positions = manifest["graphs"].get("decoderPositions", "one")
    fresh = [export_encoder(model), export_decoder(model, positions)]
    for graph in fresh + shipped:  # the directory may predate ape.export.entmax_pow, or not
        exp_log_pow(graph)
    unquantized = [_initializers(g) for g in fresh]  # before MatMulNBits replaces the MatMul weights
    if quantization == "fp16":
        fresh = [_fp16_storage(g) for g in fresh]
    if quantization == "int8-block32":
        fresh = [_blockwise_int8(g) for g in fresh]
    log(f"exported a fresh {config.layers}-layer model to pair its initializers with the directory's")

    params = dict(model.named_parameters())  # shared parameters appear once
    state: dict[str, torch.Tensor] = {}
    unmatched: list[str] = []
    requantize: list[tuple[str, bool, np.ndarray, np.ndarray]] = []
    for fresh_graph, shipped_graph, plain in zip(fresh, shipped, unquantized):
        ours, theirs = _initializers(fresh_graph), _initializers(shipped_graph)
        pairs = _initializer_pairs(fresh_graph, shipped_graph, directory)
        quantized: set[str] = set()
        for node in fresh_graph.graph.node:
            if node.op_type != "MatMulNBits":
                continue
            weight, scales = node.input[1], node.input[2]
            quantized.update((weight, scales))
            original = weight.removesuffix("_Q8")
            if original == weight or original not in plain:
                raise ImportError_(f"{directory}: MatMulNBits weight {weight!r} names no weight of the export")
            key = _parameter_for(original, plain[original], params)
            if key is None:
                raise ImportError_(f"{directory}: cannot place the quantized weight {weight!r}")
            attrs = {a.name: a.i for a in node.attribute}
            target = dequantize_block32(theirs[pairs[weight]], theirs[pairs[scales]], attrs["K"], attrs["N"])
            pname, transposed = key
            requantize.append((pname, transposed, theirs[pairs[weight]], theirs[pairs[scales]]))
            state[pname] = torch.from_numpy(np.ascontiguousarray(target.T if transposed else target))
        for name, their_name in pairs.items():
            if name in quantized:
                continue
            value = ours[name]
            if value.dtype not in (np.float32, np.float16) or value.size < 2:
                continue  # shapes, indices and scalar constants are not weights
            target = theirs[their_name].astype(np.float32)
            if target.shape != value.shape:
                raise ImportError_(f"{directory}: initializer {their_name} has shape {list(target.shape)}, "
                                   f"expected {list(value.shape)}")
            key = _parameter_for(name, value, params)
            if key is None:
                if name.startswith("model."):
                    unmatched.append(name)
                continue  # a folded constant of the graph (e.g. alpha), not a parameter
            pname, transposed = key
            state[pname] = torch.from_numpy(np.ascontiguousarray(target.T if transposed else target))
    missing = [n for n, p in params.items() if n not in state and not n.endswith("pre_alpha")]
    if unmatched or missing:
        raise ImportError_(f"{directory}: cannot place initializers {unmatched[:5]} / find parameters {missing[:5]}")
    with torch.no_grad():
        for name, value in state.items():
            params[name].copy_(value)
    if manifest["architecture"].get("alpha"):
        _set_alpha(model, manifest["architecture"]["alpha"])
    elif any(n.endswith("pre_alpha") for n in params):
        raise ImportError_(f"{directory}: alpha-entmax model without architecture.alpha in ape.json (format version 1?)")
    model.eval()
    special = SpecialTokens.from_json(manifest["specialTokens"])
    if quantization == "int8-block32":
        requantization_check(model, requantize, directory)
        log("quantizing the imported weights again gives back the directory's int8 weights")
    parity = check_parity(model, directory, special, encoder=manifest["graphs"]["encoder"],
                          decoder=manifest["graphs"]["decoder"])
    log(f"parity with the directory's graphs: {parity}")
    if quantization != "int8-block32" and not parity.ok():
        raise ImportError_(f"{directory}: the imported model disagrees with the graphs ({parity})")
    return model, manifest


def dequantize_block32(weight: np.ndarray, scales: np.ndarray, k: int, n: int) -> np.ndarray:
    """The [K, N] float32 MatMul weight of an 8-bit symmetric MatMulNBits node: `weight` is
    [N, K/32, 32] uint8 (value q + 128: the kernel's zero point when none is given, 2^(bits-1)),
    `scales` the [N * K/32] float32 block scales (onnxruntime's MatMulNBits layout)."""
    blocks = -(-k // BLOCK)
    if weight.shape != (n, blocks, BLOCK) or weight.dtype != np.uint8 or scales.size != n * blocks:
        raise ImportError_(f"MatMulNBits weight {list(weight.shape)} / scales {list(scales.shape)}: not the "
                           f"8-bit blocks of {BLOCK} of a [{k}, {n}] weight")
    q = weight.astype(np.float32) - 128.0
    w = q * scales.astype(np.float32).reshape(n, blocks, 1)
    return np.ascontiguousarray(w.reshape(n, blocks * BLOCK)[:, :k].T)


def requantization_check(model: APEModel, quantized: list[tuple[str, bool, np.ndarray, np.ndarray]],
                         directory: Path) -> None:
    """Quantizing the imported weights as the exporter's quantizer does (onnxruntime's
    `quantize_matmul_8bits`, the kernel MatMulNBitsQuantizer calls) must give back the directory's
    MatMulNBits weights bit for bit and their scales to float32 rounding; else ImportError_.
    `quantized`: (parameter, stored transposed, the file's [N, K/32, 32] weight, its scales)."""
    params = dict(model.named_parameters())
    for pname, transposed, weight, scales in quantized:
        w = params[pname].detach().numpy()
        packed, again = quantize_block32(np.ascontiguousarray(w.T if transposed else w, dtype=np.float32))  # [K, N]
        if not np.array_equal(packed, weight):
            raise ImportError_(f"{directory}: quantizing the imported {pname} again changes "
                               f"{int((packed != weight).sum())} of its int8 values")
        if not np.allclose(again.reshape(-1), scales.reshape(-1), rtol=1e-6, atol=0):
            raise ImportError_(f"{directory}: quantizing the imported {pname} again changes its scales")


def _initializer_pairs(fresh: onnx.ModelProto, shipped: onnx.ModelProto, directory: Path) -> dict[str, str]:
    """Initializer of the fresh graph -> the shipped graph's initializer in the same place.

    Paired by position, node by node, not by name: the exporter stores equal tensors once (a
    shipped model whose LayerNorm weights are all still 1 has one such initializer where the
    random fresh model has one per layer), so names can differ while the node list is the same.
    """
    ours = {t.name for t in fresh.graph.initializer}
    theirs = {t.name for t in shipped.graph.initializer}
    if len(fresh.graph.node) != len(shipped.graph.node):
        raise ImportError_(f"{directory}: {len(shipped.graph.node)} graph nodes where this exporter writes "
                           f"{len(fresh.graph.node)} (exported by another version of ape.export?)")
    pairs: dict[str, str] = {}
    for i, (a, b) in enumerate(zip(fresh.graph.node, shipped.graph.node)):
        if a.op_type != b.op_type or len(a.input) != len(b.input):
            raise ImportError_(f"{directory}: graph node {i} is {b.op_type}, this exporter writes {a.op_type} "
                               "(exported by another version of ape.export?)")
        for x, y in zip(a.input, b.input):
            if x in ours:
                if y not in theirs or pairs.setdefault(x, y) != y:
                    raise ImportError_(f"{directory}: graph node {i} ({b.op_type}) reads {y!r} where this "
                                       f"exporter reads the weight {x!r}")
    return pairs


def _parameter_for(name: str, value: np.ndarray, params: dict[str, torch.nn.Parameter]) -> tuple[str, bool] | None:
    """(parameter name, stored transposed) of a fresh-export initializer, or None."""
    base = name.removesuffix(".fp16")
    if base.startswith("model.") and base[len("model."):] in params:
        return base[len("model."):], False
    v = value.astype(np.float32)
    for pname, p in params.items():
        w = p.detach().numpy()
        if w.size != v.size:
            continue
        if value.dtype == np.float16:
            w = w.astype(np.float16).astype(np.float32)
        if w.shape == v.shape and np.array_equal(w, v):
            return pname, False
        if w.ndim == 2 and w.T.shape == v.shape and np.array_equal(w.T, v):
            return pname, True
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.from_onnx", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("out", type=Path, help="checkpoint file to write (tokenizer.json is copied beside it)")
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = ap.parse_args(argv)
    if not (args.model_dir / "ape.json").is_file():
        print(f"error: {args.model_dir}: no ape.json (not a model directory)", file=sys.stderr)
        return 2
    if args.out.exists() and not args.force:
        print(f"error: {args.out} already exists (pass --force to replace it)", file=sys.stderr)
        return 2
    try:
        model, manifest = import_model_dir(args.model_dir)
    except ImportError_ as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    training = manifest.get("training") or {}
    save_atomic({
        "model": model.state_dict(),
        "model_config": model.config.to_dict(),
        # the token limits and layout export reads from the train config are the manifest's input's
        "train_config": {**(training.get("config") or {}), "max_src_tokens": manifest["input"]["maxSrcTokens"],
                         "max_mt_tokens": manifest["input"]["maxMtTokens"], "input_layout": manifest["input"]["layout"]},
        "step": training.get("step"),
        "dev": training.get("dev"),
        "imported_from": {"directory": str(args.model_dir), "name": manifest.get("name"),
                          "apeJsonSha256": sha256_file(args.model_dir / "ape.json"),
                          "quantization": manifest["graphs"].get("quantization", "none")},
    }, args.out)
    tokenizer = args.out.parent / "tokenizer.json"
    if tokenizer.resolve() != (args.model_dir / "tokenizer.json").resolve():
        shutil.copyfile(args.model_dir / "tokenizer.json", tokenizer)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
