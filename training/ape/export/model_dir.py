"""Write a model directory (docs/model-format.md), CTranslate2's `Converter.convert` shape:
validate, export into a fresh temporary directory, check it against PyTorch, then rename it
into place. An existing directory is refused unless `force`.
"""
from __future__ import annotations

import json
import math
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import onnx
from tokenizers import Tokenizer

from ape.casing import FILE_NAME as CASING_FILE, KIND as CASING_KIND
from ape.decode import DecodingOptions
from ape.encoding import INPUT_LAYOUTS, SpecialTokens
from ape.export.entmax_pow import exp_log_pow
from ape.export.graphs import export_decoder, export_encoder
from ape.export.manifest import Graphs, Manifest, learned_alpha, make_manifest, verify_files, with_files
from ape.export.parity import ParityReport, check_parity
from ape.export.weights import WeightsReport, externalize, save_graph
from ape.model import APEModel

Quantization = Literal["none", "int8", "fp16", "int8-block32"]
BLOCK = 32  # int8-block32: one float32 scale per 32 weights along the input dimension


class ExportError(Exception):
    pass


@dataclass(frozen=True)
class ExportResult:
    directory: Path
    manifest: Manifest
    weights: WeightsReport
    parity: ParityReport


def validate(model: APEModel, tokenizer: Tokenizer, special: SpecialTokens, decoding: DecodingOptions,
             max_src_tokens: int, max_mt_tokens: int, layout: str = "bert-pair") -> None:
    """Expected vs actual, before any file is written."""
    V, positions = model.config.vocab_size, model.config.max_positions
    if layout not in INPUT_LAYOUTS:
        raise ExportError(f"input layout {layout!r} is not one of {', '.join(INPUT_LAYOUTS)}")
    if max_src_tokens + max_mt_tokens + 3 > positions:
        raise ExportError(f"maxSrcTokens + maxMtTokens + 3 = {max_src_tokens + max_mt_tokens + 3} exceeds maxPositions {positions}")
    # maxLen follows the src's length in a src-only model, the mt's otherwise (docs/model-format.md)
    side, n = ("maxSrcTokens", max_src_tokens) if layout == "bert-pair-src-only" else ("maxMtTokens", max_mt_tokens)
    longest = math.floor(decoding.max_length_ratio * n) + decoding.max_length_offset
    if longest > positions:
        raise ExportError(f"the longest hypothesis (maxLen {longest} at {side}) exceeds maxPositions {positions}")
    if tokenizer.get_vocab_size() > V:
        raise ExportError(f"tokenizer.json has {tokenizer.get_vocab_size()} tokens, the model's vocabulary only {V}")
    for field, i in special.to_json().items():
        if not 0 <= i < V:
            raise ExportError(f"specialTokens.{field} = {i} outside the model's vocabulary 0..{V - 1}")


def _lowercases(tokenizer: Tokenizer) -> bool:
    normalizer = json.loads(tokenizer.to_str()).get("normalizer") or {}
    parts = normalizer.get("normalizers", [normalizer])
    return any(p.get("type") == "Lowercase" or (p.get("type") == "BertNormalizer" and p.get("lowercase")) for p in parts)


def _untie_transposed_gemm_weights(graph: onnx.ModelProto) -> None:
    """quantize_dynamic turns Gemm(transB=1) into MatMulInteger by transposing the weight
    initializer *in place, under the same name*; the tied output layer shares that initializer
    with the embedding Gather, which would then read a [H, V] matrix. Give the Gemm its own copy
    (in int8 the embedding is then stored twice, [V, H] and [H, V], still half one fp32 copy)."""
    users: dict[str, int] = {}
    for node in graph.graph.node:
        for name in node.input:
            users[name] = users.get(name, 0) + 1
    inits = {t.name: t for t in graph.graph.initializer}
    for node in graph.graph.node:
        trans_b = any(a.name == "transB" and a.i == 1 for a in node.attribute)
        if node.op_type == "Gemm" and trans_b and node.input[1] in inits and users[node.input[1]] > 1:
            copy = onnx.TensorProto()
            copy.CopyFrom(inits[node.input[1]])
            copy.name = f"{node.input[1]}.gemm"
            graph.graph.initializer.append(copy)
            node.input[1] = copy.name


def _quantize(graph: onnx.ModelProto, work: Path, stem: str) -> onnx.ModelProto:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    src, dst = work / f"{stem}.fp32.onnx", work / f"{stem}.int8.onnx"
    # the exporter's value_info disagrees with onnx shape inference on the decoder's tied
    # Gemm ("Inferred shape and existing shape differ in dimension 0: (32) vs (V)"), which
    # quantize_dynamic runs first; the shapes are optional, ORT infers its own
    del graph.graph.value_info[:]
    _untie_transposed_gemm_weights(graph)
    onnx.save(graph, src)
    # per-channel scales: on a MiniLM-size APE model (1100 steps) per-tensor int8 moved log_probs by up to
    # 2.7 and lost 1.0 TER on 200 dev lines; per-channel moved them by 1.25 and lost none (docs/model-format.md).
    # reduce_range: 7-bit weights, as onnxruntime advises for x86 without VNNI, whose u8s8 kernel
    # (AVX2 vpmaddubsw) saturates its int16 sums with full-range weights: on a 2-core AMD EPYC (AVX2,
    # no VNNI) test_int8_quantized_directory_loads drifted 2.2 in log_probs without it, under 0.5 with it
    quantize_dynamic(src, dst, weight_type=QuantType.QInt8, per_channel=True, reduce_range=True)
    return onnx.load(dst)


def _fp16_storage(graph: onnx.ModelProto, keep_float32: frozenset[str] = frozenset()) -> onnx.ModelProto:
    """Stores every float32 initializer of at least 1 KiB (but those in `keep_float32`) as float16
    behind a Cast back to float32.
    onnxruntime folds the Casts at session creation (constant folding), so the runtime computes in
    float32 exactly as before, on weights rounded to float16 (relative error <= 2^-11); the files
    are half the size. Unlike int8, no activation is quantized."""
    from onnx import helper, numpy_helper

    casts, keep = [], []
    for init in graph.graph.initializer:
        if init.data_type == onnx.TensorProto.FLOAT and int(np.prod(init.dims)) * 4 >= 1024 and init.name not in keep_float32:
            half = numpy_helper.from_array(numpy_helper.to_array(init).astype(np.float16), f"{init.name}.fp16")
            keep.append(half)
            casts.append(helper.make_node("Cast", [half.name], [init.name], to=onnx.TensorProto.FLOAT,
                                          name=f"{init.name}.cast"))
        else:
            keep.append(init)
    del graph.graph.initializer[:]
    graph.graph.initializer.extend(keep)
    nodes = casts + list(graph.graph.node)
    del graph.graph.node[:]
    graph.graph.node.extend(nodes)
    return graph


def quantize_block32(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A [K, N] float32 MatMul weight as MatMulNBits stores it: ([N, K/32, 32] uint8, [N, K/32]
    float32 scales), 8-bit symmetric, by onnxruntime's own `quantize_matmul_8bits` (the kernel
    MatMulNBitsQuantizer calls in `_blockwise_int8`; ape.export.from_onnx's `dequantize_block32`
    reads it back)."""
    from onnxruntime.capi._pybind_state import quantize_matmul_8bits

    k, n = w.shape
    blocks = -(-k // BLOCK)
    if blocks * BLOCK != k:
        w = np.pad(w, ((0, blocks * BLOCK - k), (0, 0)))
    packed = np.zeros((n, blocks, BLOCK), dtype=np.uint8)
    scales = np.zeros((n, blocks), dtype=np.float32)
    zero_points = np.zeros((n, blocks), dtype=np.uint8)
    quantize_matmul_8bits(packed, np.ascontiguousarray(w, dtype=np.float32), scales, zero_points, BLOCK, n, k, True)
    return packed, scales


def _blockwise_int8(graph: onnx.ModelProto) -> onnx.ModelProto:
    """int8-block32: every MatMul with a constant weight becomes onnxruntime's MatMulNBits
    (8 bits, symmetric, one float32 scale per block of 32 input rows; accuracy_level 4: the
    activations are quantized to int8 per block too, so the kernel multiplies in int8), which
    reads a quarter of the float32 bytes per step. The tied output projection (a Gemm) and the
    embeddings stay as float16 storage (`_fp16_storage`), so the output-vocabulary shortlist
    (ape.export.shortlist) can gather their rows. Measured quality and speed: docs/model-format.md."""
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    del graph.graph.value_info[:]  # as in _quantize: the exporter's shapes trip onnx shape inference
    q = MatMulNBitsQuantizer(graph, bits=8, block_size=BLOCK, is_symmetric=True, accuracy_level=4)
    q.process()
    out = q.model.model
    # the kernel's scales stay float32 (the quantizer's own choice; they are 1/8 of the int8 bytes)
    scales = frozenset(n.input[2] for n in out.graph.node if n.op_type == "MatMulNBits")
    return _fp16_storage(out, keep_float32=scales)


def export_model_dir(
    model: APEModel,
    tokenizer_json: Path,
    out_dir: Path,
    *,
    name: str,
    languages: dict[str, str],
    decoding: DecodingOptions = DecodingOptions(),
    max_src_tokens: int = 200,
    max_mt_tokens: int = 200,
    training: dict[str, Any] | None = None,
    quantization: Quantization = "none",
    force: bool = False,
    casing: dict[str, Any] | None = None,
    keep_mt_margin: float | None = None,
    input_layout: str = "bert-pair",
    log=lambda msg: print(msg, file=sys.stderr),
) -> ExportResult:
    out_dir = Path(out_dir)
    if out_dir.exists() and not force:
        raise ExportError(f"{out_dir} already exists (pass force=True / --force to replace it)")
    tokenizer = Tokenizer.from_file(str(tokenizer_json))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    special = SpecialTokens.from_tokenizer(tokenizer)
    model = model.eval()
    validate(model, tokenizer, special, decoding, max_src_tokens, max_mt_tokens, input_layout)
    if keep_mt_margin is not None and not keep_mt_margin >= 0:
        raise ExportError(f"keepMtMargin must be a number >= 0, got {keep_mt_margin}")
    if casing is not None and casing.get("kind") != CASING_KIND:
        raise ExportError(f"casing table kind {casing.get('kind')!r}, expected {CASING_KIND!r}")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; a model directory is meant to be shared
    try:
        log(f"exporting encoder and decoder graphs ({model.config.layers} layers, hidden {model.config.hidden})")
        graphs = [export_encoder(model), export_decoder(model)]
        rewritten = sum(exp_log_pow(g) for g in graphs)
        log(f"{rewritten} alpha-entmax Pow -> Exp(Mul(Log)) (ape.export.entmax_pow)")
        suffix = "" if quantization == "none" else f".{quantization}"
        if quantization == "fp16":
            graphs = [_fp16_storage(g) for g in graphs]
        if quantization == "int8-block32":
            graphs = [_blockwise_int8(g) for g in graphs]
        if quantization == "int8":
            with tempfile.TemporaryDirectory() as work:
                graphs = [_quantize(g, Path(work), stem) for g, stem in zip(graphs, ("encoder", "decoder"))]
        names = Graphs(f"encoder{suffix}.onnx", f"decoder{suffix}.onnx", quantization, decoderPositions="many")
        weights = externalize(graphs, tmp / "weights.bin")
        log(str(weights))
        save_graph(graphs[0], tmp / names.encoder)
        save_graph(graphs[1], tmp / names.decoder)
        tokenizer.save(str(tmp / "tokenizer.json"))  # without padding/truncation settings (MiniLM's pads to 128)
        if casing is not None:
            (tmp / CASING_FILE).write_text(json.dumps(casing, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        manifest = make_manifest(
            model.config, special, name=name, languages=languages, decoding=decoding, max_src_tokens=max_src_tokens,
            max_mt_tokens=max_mt_tokens, lowercase=_lowercases(tokenizer), graphs=names, training=training or {},
            alpha=learned_alpha(model), keep_mt_margin=keep_mt_margin, layout=input_layout,
            casing=None if casing is None else {"kind": CASING_KIND, "file": CASING_FILE},
        )
        manifest = with_files(manifest, tmp)
        manifest.save(tmp)
        verify_files(tmp)
        parity = check_parity(model, tmp, special, encoder=names.encoder, decoder=names.decoder)
        log(str(parity))
        if quantization == "none" and not parity.ok():
            raise ExportError(f"the exported graphs disagree with PyTorch: {parity}")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        tmp.rename(out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ExportResult(out_dir, manifest, weights, parity)
