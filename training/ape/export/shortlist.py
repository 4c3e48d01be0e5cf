"""Output-vocabulary shortlist for a model directory (format version 3, docs/model-format.md).

    python -m ape.export.shortlist MODEL_DIR --from PREFIX [--from PREFIX ...] [--min-count N] [--sides pe]
    python -m ape.export.shortlist MODEL_DIR --ids FILE.json       (an explicit list of token ids)
    python -m ape.export.shortlist MODEL_DIR --ids MODEL_DIR/shortlist.json --force
                                   (a version 3 shortlist rebuilt with its rows in the graph)

Why: one decoder step of the 6x384 BERT-sized model reads ~97 MB of float32 weights, and the
tied output projection over all 30,522 wordpieces is half of it; a post-editor for one target
language only ever writes a fraction of that vocabulary (7,312 distinct wordpieces in the
23K es-en training post-edits). Like Marian's lexical shortlists, the decoder then scores only
the shortlist S (the wordpieces of the training triplets' pe, mt and src) plus, per
sentence, eos and every wordpiece of that sentence's own encoder input (so anything the model
could copy stays reachable), and renormalizes over that set:

    allowed(sentence) = S ∪ {eos} ∪ (encoder input ids of the sentence − {bos, pad})
    log p'(v) = log p(v) - log Σ_{u ∈ allowed} p(u)  for v ∈ allowed, -inf otherwise

That is an approximation of full-vocabulary decoding (a token outside `allowed` can no longer
be written), measured, not assumed: docs/http-api.md gives its speed and its quality on dev.
The Python reference decoder applies the same rule (`ape.decode.Restricted`), so the TypeScript
decoder stays token-identical to it on the fixtures.

What this writes into MODEL_DIR, without touching weights.bin:
- `shortlist.json`: {"ids": S sorted, "source": how S was made};
- `decoder.shortlist[.fp16|.int8].onnx`: the decoder graph with a per-row additive mask
  (`output_mask` [rows, K], 0 or -inf) before its LogSoftmax, so `log_probs` is [rows, K] over
  the batch's union U of allowed ids, in increasing token order. Two layouts of its projection:
  - `baseRows: "in-graph"` (format version 8, the default): the graph holds the rows of
    B = S − {eos} itself, as a Gather of the tied projection's initializers at constant ids,
    which onnxruntime folds into a constant when the session loads, so the projection's weight
    is packed once instead of at every step (docs/model-format.md gives the measurement). The
    rest of U, E = U − B (eos and the batch's own input wordpieces outside S, in increasing
    order), comes in as inputs (`extra_weight` [E, hidden], `extra_bias` [E]), and the columns
    of log_probs are B then E (`shortlist_columns`), not token order: a decoder ranks equal
    scores by token, as over the full vocabulary;
  - rows as inputs (format version 3, `--rows-input`): `output_weight` [K, hidden] and
    `output_bias` [K] are all of U's rows, gathered by the rows graph at every new union;
- `output-rows[...].onnx`: `vocab_ids` [K] int64 -> `output_weight`, `output_bias`, the rows of
  the tied projection (a Gather on the same initializers, which stay in weights.bin);
- ape.json (through `ape.export.manifest.Manifest`: load, new fields, save): `shortlist` naming
  the three files (and `baseRows`), formatVersion at least 3 (8 with `baseRows`), their sha256
  in `files`.

A parity check runs both decoder graphs on random inputs before anything is written: the
shortlist graph's log-probs must equal the full graph's, renormalized over the allowed ids,
within 1e-4.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from ape.export.manifest import BASE_ROWS_VERSION, MANIFEST_NAME, SHORTLIST_VERSION, Manifest, Shortlist, sha256_file, verify_files
from ape.export.ort_checks import cpu_session

IDS_FILE = "shortlist.json"
TOLERANCE = 1e-4
BASE_ROWS_PRECISIONS = ("float32", "int8-block32")
# int8 base rows against the full float decoder: the quantization error itself (measured on the
# default model: docs/model-format.md); quality is judged by decoding dev, not by this bound
INT8_TOLERANCE = 0.2


class ShortlistError(Exception):
    """The directory's graphs or the inputs cannot make a shortlist; the message says why."""


def _graph_names(decoder_file: str) -> tuple[str, str]:
    """decoder.fp16.onnx -> (decoder.shortlist.fp16.onnx, output-rows.fp16.onnx)."""
    stem = decoder_file[: -len(".onnx")] if decoder_file.endswith(".onnx") else decoder_file
    suffix = stem[len("decoder"):] if stem.startswith("decoder") else ""
    return f"decoder.shortlist{suffix}.onnx", f"output-rows{suffix}.onnx"


def _projection(graph: onnx.GraphProto) -> tuple[onnx.NodeProto, onnx.NodeProto]:
    """The Gemm(hidden, W[, b], transB=1) -> LogSoftmax -> log_probs tail of the decoder graph."""
    producer = {o: n for n in graph.node for o in n.output}
    log_softmax = producer.get("log_probs")
    if log_softmax is None or log_softmax.op_type != "LogSoftmax":
        raise ShortlistError("decoder graph: log_probs is not produced by a LogSoftmax")
    gemm = producer.get(log_softmax.input[0])
    attrs = {a.name: helper.get_attribute_value(a) for a in gemm.attribute} if gemm is not None else {}
    if (gemm is None or gemm.op_type != "Gemm" or len(gemm.input) not in (2, 3) or attrs.get("transB") != 1
            or attrs.get("transA", 0) != 0 or attrs.get("alpha", 1.0) != 1.0 or attrs.get("beta", 1.0) != 1.0):
        raise ShortlistError("decoder graph: the output projection is not Gemm(hidden, W, b, transB=1) feeding "
                             "log_probs' LogSoftmax (int8 graphs are not supported; export with --quantize none or fp16)")
    return gemm, log_softmax


def _source(graph: onnx.GraphProto, name: str) -> tuple[onnx.TensorProto, bool]:
    """The initializer behind `name`: itself, or the input of a Cast to float (fp16 storage)."""
    inits = {t.name: t for t in graph.initializer}
    if name in inits:
        return inits[name], False
    producer = {o: n for n in graph.node for o in n.output}
    cast = producer.get(name)
    if cast is not None and cast.op_type == "Cast" and cast.input[0] in inits:
        return inits[cast.input[0]], True
    raise ShortlistError(f"decoder graph: {name} is neither an initializer nor a Cast of one")


def _prune(graph: onnx.GraphProto) -> None:
    """Drop nodes whose outputs nobody reads, then initializers nobody reads."""
    outputs = {o.name for o in graph.output}
    while True:
        used = {i for n in graph.node for i in n.input} | outputs
        dead = [n for n in graph.node if not any(o in used for o in n.output)]
        if not dead:
            break
        for n in dead:
            graph.node.remove(n)
    used = {i for n in graph.node for i in n.input}
    for t in [t for t in graph.initializer if t.name not in used]:
        graph.initializer.remove(t)


def shortlist_graphs(decoder: onnx.ModelProto, base_ids: list[int] | None = None, *,
                     base_precision: str = "float32", directory: Path | None = None) -> tuple[onnx.ModelProto, onnx.ModelProto]:
    """(the shortlist decoder, the rows graph) from a decoder loaded without its external data.
    With `base_ids` (B, sorted), the decoder holds B's rows and takes only the extra rows as
    inputs (`baseRows: "in-graph"`, the module docstring); without, all rows are inputs.
    `base_precision` "int8-block32" holds B's rows as 8-bit blocks (`_base_projection`); their
    values are read from the external data in `directory`."""
    if base_precision not in BASE_ROWS_PRECISIONS:
        raise ShortlistError(f"base rows precision {base_precision!r}: expected one of {', '.join(BASE_ROWS_PRECISIONS)}")
    if base_precision != "float32" and (base_ids is None or directory is None):
        raise ShortlistError(f"base rows {base_precision} need the rows held in the graph (not --rows-input)")
    dec = onnx.ModelProto()
    dec.CopyFrom(decoder)
    g = dec.graph
    gemm, log_softmax = _projection(g)
    weight, weight_cast = _source(g, gemm.input[1])
    # a model without an output bias (or one the exporter folded away as zero) gets zeros
    bias, bias_cast = _source(g, gemm.input[2]) if len(gemm.input) == 3 and gemm.input[2] else (None, False)
    hidden = weight.dims[1]
    if base_ids is None:
        del gemm.input[1:]
        gemm.input.extend(["output_weight", "output_bias"])
        row_inputs = [helper.make_tensor_value_info("output_weight", TensorProto.FLOAT, ["shortlist", hidden]),
                      helper.make_tensor_value_info("output_bias", TensorProto.FLOAT, ["shortlist"])]
    else:
        int8_rows = None
        if base_precision == "int8-block32":
            # the float32 values the float graph's Cast(Gather(W, B)) computes
            int8_rows = numpy_helper.to_array(weight, base_dir=str(directory)).astype(np.float32)[base_ids]
        _base_projection(g, gemm, base_ids, weight, weight_cast, bias, bias_cast, int8_rows)
        row_inputs = [helper.make_tensor_value_info("extra_weight", TensorProto.FLOAT, ["extra", hidden]),
                      helper.make_tensor_value_info("extra_bias", TensorProto.FLOAT, ["extra"])]
    logits = log_softmax.input[0]
    masked = logits + "_masked"
    add = helper.make_node("Add", [logits, "output_mask"], [masked], name="shortlist_mask")
    log_softmax.input[0] = masked
    g.node.insert(list(g.node).index(log_softmax), add)
    g.input.extend([*row_inputs, helper.make_tensor_value_info("output_mask", TensorProto.FLOAT, ["batch", "shortlist"])])
    out = next(o for o in g.output if o.name == "log_probs")
    dim = out.type.tensor_type.shape.dim[1]
    dim.Clear()
    dim.dim_param = "shortlist"
    for vi in [vi for vi in g.value_info if vi.name in (logits, log_softmax.output[0])]:
        g.value_info.remove(vi)
    _prune(g)

    nodes, inits = [], [weight] + ([] if bias is None else [bias])
    for src, cast, out_name in ((weight, weight_cast, "output_weight"), (bias, bias_cast, "output_bias")):
        if src is None:
            nodes += [helper.make_node("Shape", ["vocab_ids"], ["shortlist_size"]),
                      helper.make_node("ConstantOfShape", ["shortlist_size"], [out_name],
                                       value=helper.make_tensor("zero", TensorProto.FLOAT, [1], [0.0]))]
            continue
        gathered = out_name + ("_stored" if cast else "")
        nodes.append(helper.make_node("Gather", [src.name, "vocab_ids"], [gathered], axis=0))
        if cast:
            nodes.append(helper.make_node("Cast", [gathered], [out_name], to=TensorProto.FLOAT))
    rows_graph = helper.make_graph(
        nodes, "output_rows",
        [helper.make_tensor_value_info("vocab_ids", TensorProto.INT64, ["shortlist"])],
        [helper.make_tensor_value_info("output_weight", TensorProto.FLOAT, ["shortlist", hidden]),
         helper.make_tensor_value_info("output_bias", TensorProto.FLOAT, ["shortlist"])],
        initializer=inits,
    )
    rows = helper.make_model(rows_graph, opset_imports=[helper.make_opsetid("", 17)],
                             producer_name="ape.export.shortlist")
    rows.ir_version = decoder.ir_version
    return dec, rows


def _base_projection(g: onnx.GraphProto, gemm: onnx.NodeProto, base_ids: list[int], weight: onnx.TensorProto,
                     weight_cast: bool, bias: onnx.TensorProto | None, bias_cast: bool,
                     int8_rows: np.ndarray | None = None) -> None:
    """Replaces Gemm(hidden, W, b) by the base/extra projection of `baseRows: "in-graph"`:

        base   = Gemm(hidden, Cast(Gather(W, B)), Cast(Gather(b, B)))       [rows, |B|], constant rows
        extra  = Gemm(hidden, extra_weight, extra_bias)                       [rows, |E|]
        logits = Concat(base, extra, axis 1)                                  [rows, |B| + |E|]

    (Putting the columns back in token order in the graph, a Gather over the logits, cost a
    copy of them per step: at 32 sentences x beam 4 x 22,000 ids that made the graph slower
    than the version 3 one; the decoders map columns to tokens instead.)

    The Gather/Cast of initializers at constant ids is folded by onnxruntime at load time, so
    the base rows are a float32 constant (and Gemm packs them once), stored in weights.bin only
    as the tied embedding they come from.

    With `int8_rows` (B's rows of W as float32, [|B|, hidden]: `--base-rows int8-block32`), the
    base projection is onnxruntime's MatMulNBits over those rows quantized as the int8-block32
    export quantizes every other MatMul (8 bits, symmetric, one scale per 32 inputs,
    accuracy_level 4), plus the gathered bias: the constant the graph then holds is a quarter of
    the float32 rows' bytes, which a decoder step at batch 1 reads whole (docs/model-format.md,
    "Output-vocabulary shortlist"). The packed rows are the one initializer of this graph file
    that is not in weights.bin."""
    if not base_ids or any(b <= a for a, b in zip(base_ids, base_ids[1:])):
        raise ShortlistError("base ids must be a non-empty increasing list")
    ids_name = "shortlist_base_ids"
    g.initializer.append(numpy_helper.from_array(np.asarray(base_ids, np.int64), ids_name))
    nodes = []

    def rows_of(src: onnx.TensorProto, cast: bool, out: str) -> None:
        gathered = out + ("_stored" if cast else "")
        nodes.append(helper.make_node("Gather", [src.name, ids_name], [gathered], axis=0, name=out + "_gather"))
        if cast:
            nodes.append(helper.make_node("Cast", [gathered], [out], to=TensorProto.FLOAT, name=out + "_cast"))

    if int8_rows is None:
        rows_of(weight, weight_cast, "shortlist_base_weight")
        base_inputs = [gemm.input[0], "shortlist_base_weight"]
        if bias is not None:
            rows_of(bias, bias_cast, "shortlist_base_bias")
            base_inputs.append("shortlist_base_bias")
        nodes.append(helper.make_node("Gemm", base_inputs, ["shortlist_base_logits"], transB=1,
                                      name="shortlist_base_projection"))
    else:
        if int8_rows.shape != (len(base_ids), weight.dims[1]):
            raise ShortlistError(f"int8 base rows {list(int8_rows.shape)}: expected [{len(base_ids)}, {weight.dims[1]}]")
        from ape.export.model_dir import BLOCK, quantize_block32  # torch-heavy: only int8 rows need it

        packed, scales = quantize_block32(np.ascontiguousarray(int8_rows.T, dtype=np.float32))
        g.initializer.extend([numpy_helper.from_array(packed, "shortlist_base_weight_q8"),
                              numpy_helper.from_array(scales, "shortlist_base_weight_scales")])
        product = "shortlist_base_product" if bias is not None else "shortlist_base_logits"
        nodes.append(helper.make_node(
            "MatMulNBits", [gemm.input[0], "shortlist_base_weight_q8", "shortlist_base_weight_scales"], [product],
            name="shortlist_base_projection", domain="com.microsoft", K=int8_rows.shape[1], N=int8_rows.shape[0],
            bits=8, block_size=BLOCK, accuracy_level=4))
        if bias is not None:
            rows_of(bias, bias_cast, "shortlist_base_bias")
            nodes.append(helper.make_node("Add", [product, "shortlist_base_bias"], ["shortlist_base_logits"],
                                          name="shortlist_base_bias_add"))
    nodes += [
        helper.make_node("Gemm", [gemm.input[0], "extra_weight", "extra_bias"], ["shortlist_extra_logits"], transB=1,
                         name="shortlist_extra_projection"),
        helper.make_node("Concat", ["shortlist_base_logits", "shortlist_extra_logits"], [gemm.output[0]], axis=1,
                         name="shortlist_concat"),
    ]
    at = list(g.node).index(gemm)
    g.node.remove(gemm)
    for k, n in enumerate(nodes):
        g.node.insert(at + k, n)


def base_ids_of(ids: list[int], special: dict[str, int]) -> list[int]:
    """B = S − {eos}: eos always comes in as an extra row, so the extra rows are never empty."""
    return [int(i) for i in ids if i != special["eos"]]


def shortlist_columns(union: list[int], base: list[int] | None) -> list[int]:
    """The token of each log_probs column for the allowed ids `union` (sorted): the union itself
    (rows as inputs), or B then E = union − B (`baseRows: "in-graph"`)."""
    if base is None:
        return list(union)
    in_base = set(base)
    extra = [t for t in union if t not in in_base]
    if not extra:
        raise ShortlistError("a union without extra rows (eos is always one)")
    if len(union) - len(extra) != len(base):
        raise ShortlistError("the union must hold every base id")
    return [*base, *extra]


def shortlist_feeds(union: list[int], base: list[int] | None, rows: ort.InferenceSession) -> dict[str, np.ndarray]:
    """The shortlist decoder's row inputs for the allowed ids `union` (sorted): all rows (base
    None), or the rows of E = union − B (`baseRows: "in-graph"`); no mask (its columns:
    `shortlist_columns`)."""
    if base is None:
        weight, bias = rows.run(None, {"vocab_ids": np.array(union, np.int64)})
        return {"output_weight": weight, "output_bias": bias}
    extra = shortlist_columns(union, base)[len(base):]
    weight, bias = rows.run(None, {"vocab_ids": np.array(extra, np.int64)})
    return {"extra_weight": weight, "extra_bias": bias}


SIDES = ("src", "mt", "pe")


def collect_ids(prefixes: list[str], tokenizer_json: Path, min_count: int,
                sides: tuple[str, ...] = SIDES) -> tuple[list[int], dict[str, Any]]:
    """Wordpieces of the training triplets' `sides` (src, mt and pe by default) seen at least
    `min_count` times. The pe side alone is what the model was trained to write; a sentence's
    own src and mt wordpieces stay allowed anyway (`allowed_ids`)."""
    if not sides or any(x not in SIDES for x in sides):
        raise ShortlistError(f"sides {sides!r}: choose from {', '.join(SIDES)}")
    pick = [SIDES.index(x) for x in sides]
    from tokenizers import Tokenizer

    from ape.casing import read_triplets

    tok = Tokenizer.from_file(str(tokenizer_json))
    tok.no_padding()
    tok.no_truncation()
    counts: Counter[int] = Counter()
    sources = []
    for prefix in prefixes:
        triplets = read_triplets(prefix)
        for enc in tok.encode_batch([t[i] for t in triplets for i in pick], add_special_tokens=False):
            counts.update(enc.ids)
        sources.append({"data": prefix, "triplets": len(triplets)})
    ids = sorted(t for t, n in counts.items() if n >= min_count)
    return ids, {"from": sources, "sides": list(sides), "minCount": min_count}


def allowed_ids(shortlist: list[int] | np.ndarray, input_ids: list[int], special: dict[str, int]) -> list[int]:
    """allowed(sentence) = S ∪ {eos} ∪ (input ids − {bos, pad}), sorted (the module docstring's rule)."""
    extra = {i for i in input_ids if i not in (special["bos"], special["pad"])}
    return sorted(set(int(i) for i in shortlist) | {special["eos"]} | extra)


def check_parity(directory: Path, manifest: dict[str, Any], ids: list[int], decoder_file: str, rows_file: str,
                 seed: int = 0, base: list[int] | None = None) -> float:
    """Max |shortlist log_probs - full log_probs renormalized over each row's allowed ids|."""
    rng = np.random.default_rng(seed)
    a, sp = manifest["architecture"], manifest["specialTokens"]
    full, short, rows = (cpu_session(directory / f) for f in (manifest["graphs"]["decoder"], decoder_file, rows_file))
    B, S, P, V = 3, 7, 4, a["vocabSize"]
    inputs = [[sp["bos"], *rng.integers(0, V, S - 2).tolist(), sp["sep"]] for _ in range(B)]
    allowed = [allowed_ids(ids, x, sp) for x in inputs]
    union = sorted(set().union(*allowed))
    row_feeds = shortlist_feeds(union, base, rows)
    mask = np.full((B, len(union)), -np.inf, np.float32)
    col = {t: j for j, t in enumerate(shortlist_columns(union, base))}
    for b, al in enumerate(allowed):
        mask[b, [col[t] for t in al]] = 0
    feeds: dict[str, np.ndarray] = {"input_ids": rng.integers(0, V, (B, 1)), "memory_mask": np.ones((B, S), np.int64)}
    for i in range(a["layers"]):
        for kv in "kv":
            feeds[f"cross_{kv}_{i}"] = rng.standard_normal((B, a["heads"], S, a["headDim"]), np.float32)
            feeds[f"past_{kv}_{i}"] = rng.standard_normal((B, a["heads"], P, a["headDim"]), np.float32)
    names = {i.name for i in full.get_inputs()}
    lp_full = full.run(["log_probs"], {k: v for k, v in feeds.items() if k in names})[0].astype(np.float64)
    lp_short = short.run(["log_probs"], {**{k: v for k, v in feeds.items() if k in names}, **row_feeds,
                                         "output_mask": mask})[0]
    worst = 0.0
    for b, al in enumerate(allowed):
        x = lp_full[b, al]
        expected = x - np.log(np.exp(x - x.max()).sum()) - x.max()
        got = lp_short[b, [col[t] for t in al]]
        worst = max(worst, float(np.abs(expected - got).max()))
        if not np.all(np.isneginf(np.delete(lp_short[b], [col[t] for t in al]))):
            raise ShortlistError("parity: a token outside the allowed set got a finite log-prob")
    return worst


class OrtShortlistStepper:
    """ape.decode.Stepper on a directory's shortlist graphs for one sentence (allowed = its
    `allowed_ids`), returning [rows, V] log-probs with -inf off the allowed set, so that
    ape.decode.beam_search runs on it unchanged (tests compare it with `Restricted`)."""

    def __init__(self, directory: Path, manifest: dict[str, Any]):
        from ape.encoding import SpecialTokens
        from ape.export.parity import OrtStepper, sessions

        sp = manifest["specialTokens"]
        self.special = SpecialTokens.from_json(sp)
        enc, dec = sessions(directory, manifest["graphs"]["encoder"], manifest["shortlist"]["decoder"])
        self.inner = OrtStepper(enc, dec, self.special)
        self.rows = cpu_session(directory / manifest["shortlist"]["rows"])
        self.ids = json.loads((directory / manifest["shortlist"]["ids"]).read_text())["ids"]
        self.sp, self.vocab = sp, manifest["architecture"]["vocabSize"]
        self.base = base_ids_of(self.ids, sp) if manifest["shortlist"].get("baseRows") == "in-graph" else None

    def start(self, pair, rows: int) -> None:
        self.inner.start(pair, rows)
        self.allowed = allowed_ids(self.ids, pair.input_ids, self.sp)
        self.row_feeds = shortlist_feeds(self.allowed, self.base, self.rows)
        self.columns = shortlist_columns(self.allowed, self.base)

    def step(self, tokens: list[int]):
        import torch

        from ape.export.graphs import decoder_inputs

        rows = len(tokens)
        inner = self.inner
        feeds = dict(zip(decoder_inputs(inner.layers),
                         [np.array(tokens, dtype=np.int64)[:, None], inner.memory_mask, *inner.cross, *inner.cache]))
        feeds.update(self.row_feeds, output_mask=np.zeros((rows, len(self.allowed)), np.float32))
        o = inner.decoder.run(None, feeds)
        inner.cache = o[1:-1]
        out = torch.full((rows, self.vocab), -float("inf"))
        out[:, self.columns] = torch.from_numpy(o[0])
        return out

    def reorder(self, rows: list[int]) -> None:
        self.inner.reorder(rows)


def add_shortlist(directory: Path, ids: list[int], source: dict[str, Any], *, force: bool = False,
                  rows_input: bool = False, base_precision: str = "float32") -> dict[str, Any]:
    """Writes the shortlist files into `directory` and updates ape.json; returns the new manifest's JSON.
    The decoder holds S − {eos}'s rows (`baseRows: "in-graph"`, format version 8) unless `rows_input`
    (all rows as inputs, format version 3); `base_precision` "int8-block32" holds them as 8-bit
    blocks (its parity bound is INT8_TOLERANCE, the quantization's own error, instead of TOLERANCE)."""
    verify_files(directory)  # every sha256 of the directory as it is
    manifest = Manifest.load(directory)
    if manifest.shortlist is not None and not force:
        raise ShortlistError(f"{directory / MANIFEST_NAME}: already has a shortlist (use --force to replace it)")
    V = manifest.architecture.vocabSize
    bad = [i for i in ids if not 0 <= i < V]
    if bad:
        raise ShortlistError(f"token id {bad[0]} is outside the vocabulary (0..{V - 1})")
    if len(set(ids)) < 2 * manifest.decoding.beam:
        raise ShortlistError(f"{len(set(ids))} ids: a shortlist needs at least 2 x beam ({2 * manifest.decoding.beam})")
    ids = sorted(set(ids))
    decoder_file = manifest.graphs.decoder
    short_file, rows_file = _graph_names(decoder_file)
    decoder = onnx.load(str(directory / decoder_file), load_external_data=False)
    base = None if rows_input else base_ids_of(ids, manifest.specialTokens)
    dec, rows = shortlist_graphs(decoder, base, base_precision=base_precision, directory=directory)
    tmp = {name: directory / (name + ".tmp") for name in (short_file, rows_file, IDS_FILE)}
    try:
        onnx.save(dec, str(tmp[short_file]))
        onnx.save(rows, str(tmp[rows_file]))
        # external data resolves next to the graph: parity runs on the .tmp files in place
        worst = check_parity(directory, manifest.to_json(), ids, short_file + ".tmp", rows_file + ".tmp", base=base)
        bound = TOLERANCE if base_precision == "float32" else INT8_TOLERANCE
        if worst > bound:
            raise ShortlistError(f"parity: shortlist log_probs differ from the renormalized full ones by {worst:.2e} > {bound}")
        # float32 rows write no precision: the files of a float shortlist stay what they were
        precision = {} if base_precision == "float32" else {"baseRowsPrecision": base_precision}
        tmp[IDS_FILE].write_text(json.dumps({"ids": ids, "size": len(ids), "vocabSize": V, "source": source,
                                             **precision, "parity": {"maxAbsLogProb": worst}}) + "\n")
        for name, path in tmp.items():
            path.replace(directory / name)
    finally:
        for path in tmp.values():
            path.unlink(missing_ok=True)
    files = {**manifest.files, **{name: sha256_file(directory / name) for name in (IDS_FILE, short_file, rows_file)}}
    manifest = dataclasses.replace(
        manifest, formatVersion=max(manifest.formatVersion, SHORTLIST_VERSION if rows_input else BASE_ROWS_VERSION),
        shortlist=Shortlist(ids=IDS_FILE, decoder=short_file, rows=rows_file, baseRows=None if rows_input else "in-graph"),
        files=dict(sorted(files.items())),
    )
    out = manifest.save(directory)
    print(f"shortlist: {len(ids)} of {V} ids, base rows {base_precision}; parity max |d log_prob| {worst:.2e}; wrote {IDS_FILE}, {short_file}, "
          f"{rows_file}; {out} is formatVersion {manifest.formatVersion}", file=sys.stderr)
    return manifest.to_json()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.shortlist", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--from", dest="prefixes", action="append", metavar="PREFIX",
                     help="training triplets: PREFIX.{src,mt,pe}, a .tsv or a .jsonl (repeatable)")
    src.add_argument("--ids", type=Path, metavar="FILE", help="a JSON list of token ids (or an object with \"ids\")")
    ap.add_argument("--min-count", type=int, default=1, help="keep wordpieces seen at least this often (default 1)")
    ap.add_argument("--sides", default="src,mt,pe",
                    help="with --from: the sides whose wordpieces S holds, comma-separated (default src,mt,pe)")
    ap.add_argument("--force", action="store_true", help="replace an existing shortlist")
    ap.add_argument("--rows-input", action="store_true",
                    help="every projection row as a decoder input (format version 3) instead of S's rows held "
                         "in the graph (format version 8, the default)")
    ap.add_argument("--base-rows", choices=BASE_ROWS_PRECISIONS, default="float32", dest="base_precision",
                    help="how the graph holds S's rows: float32 (the default) or int8-block32 (8-bit blocks of 32, "
                         "as the int8-block32 export's MatMuls: a quarter of the bytes a decoder step reads, at "
                         "the quantization's error; check dev before shipping it)")
    args = ap.parse_args(argv)
    try:
        if args.prefixes:
            ids, source = collect_ids(args.prefixes, args.model_dir / "tokenizer.json", args.min_count,
                                      tuple(x.strip() for x in args.sides.split(",")))
        else:
            raw = json.loads(args.ids.read_text())
            ids = raw["ids"] if isinstance(raw, dict) else raw
            if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
                raise ShortlistError(f"{args.ids}: expected a JSON list of integer token ids")
            # a shortlist.json rebuilt in place keeps its provenance
            source = raw["source"] if isinstance(raw, dict) and isinstance(raw.get("source"), dict) else {"ids": str(args.ids)}
        add_shortlist(args.model_dir, ids, source, force=args.force, rows_input=args.rows_input,
                      base_precision=args.base_precision)
    except (ShortlistError, ValueError, OSError) as err:
        print(f"ape.export.shortlist: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
