"""Output-vocabulary shortlist for a model directory (format version 3, docs/model-format.md).

    python -m ape.export.shortlist MODEL_DIR --from PREFIX [--from PREFIX ...] [--min-count N]
    python -m ape.export.shortlist MODEL_DIR --ids FILE.json       (an explicit list of token ids)

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
- `decoder.shortlist[.fp16|.int8].onnx`: the decoder graph with the output projection's
  weight and bias taken from inputs (`output_weight` [K, hidden], `output_bias` [K]) and a
  per-row additive mask (`output_mask` [rows, K], 0 or -inf) before its LogSoftmax, so
  `log_probs` is [rows, K] over the batch's union of allowed ids;
- `output-rows[...].onnx`: `vocab_ids` [K] int64 -> `output_weight`, `output_bias`, the rows of
  the tied projection (a Gather on the same initializers, which stay in weights.bin);
- ape.json (through `ape.export.manifest.Manifest`: load, new fields, save): `shortlist` naming
  the three files, formatVersion at least 3, their sha256 in `files`.

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
from onnx import TensorProto, helper

from ape.export.manifest import MANIFEST_NAME, SHORTLIST_VERSION, Manifest, Shortlist, sha256_file, verify_files

IDS_FILE = "shortlist.json"
TOLERANCE = 1e-4


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


def shortlist_graphs(decoder: onnx.ModelProto) -> tuple[onnx.ModelProto, onnx.ModelProto]:
    """(the shortlist decoder, the rows graph) from a decoder loaded without its external data."""
    dec = onnx.ModelProto()
    dec.CopyFrom(decoder)
    g = dec.graph
    gemm, log_softmax = _projection(g)
    weight, weight_cast = _source(g, gemm.input[1])
    # a model without an output bias (or one the exporter folded away as zero) gets zeros
    bias, bias_cast = _source(g, gemm.input[2]) if len(gemm.input) == 3 and gemm.input[2] else (None, False)
    hidden = weight.dims[1]
    del gemm.input[1:]
    gemm.input.extend(["output_weight", "output_bias"])
    masked = gemm.output[0] + "_masked"
    add = helper.make_node("Add", [gemm.output[0], "output_mask"], [masked], name="shortlist_mask")
    log_softmax.input[0] = masked
    g.node.insert(list(g.node).index(log_softmax), add)
    g.input.extend([
        helper.make_tensor_value_info("output_weight", TensorProto.FLOAT, ["shortlist", hidden]),
        helper.make_tensor_value_info("output_bias", TensorProto.FLOAT, ["shortlist"]),
        helper.make_tensor_value_info("output_mask", TensorProto.FLOAT, ["batch", "shortlist"]),
    ])
    out = next(o for o in g.output if o.name == "log_probs")
    dim = out.type.tensor_type.shape.dim[1]
    dim.Clear()
    dim.dim_param = "shortlist"
    for vi in [vi for vi in g.value_info if vi.name in (gemm.output[0], log_softmax.output[0])]:
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


def collect_ids(prefixes: list[str], tokenizer_json: Path, min_count: int) -> tuple[list[int], dict[str, Any]]:
    """Wordpieces of src, mt and pe of the training triplets seen at least `min_count` times."""
    from tokenizers import Tokenizer

    from ape.casing import read_triplets

    tok = Tokenizer.from_file(str(tokenizer_json))
    tok.no_padding()
    tok.no_truncation()
    counts: Counter[int] = Counter()
    sources = []
    for prefix in prefixes:
        triplets = read_triplets(prefix)
        for enc in tok.encode_batch([x for t in triplets for x in t], add_special_tokens=False):
            counts.update(enc.ids)
        sources.append({"data": prefix, "triplets": len(triplets)})
    ids = sorted(t for t, n in counts.items() if n >= min_count)
    return ids, {"from": sources, "sides": ["src", "mt", "pe"], "minCount": min_count}


def allowed_ids(shortlist: list[int] | np.ndarray, input_ids: list[int], special: dict[str, int]) -> list[int]:
    """allowed(sentence) = S ∪ {eos} ∪ (input ids − {bos, pad}), sorted (the module docstring's rule)."""
    extra = {i for i in input_ids if i not in (special["bos"], special["pad"])}
    return sorted(set(int(i) for i in shortlist) | {special["eos"]} | extra)


def _session(path: Path) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def check_parity(directory: Path, manifest: dict[str, Any], ids: list[int], decoder_file: str, rows_file: str,
                 seed: int = 0) -> float:
    """Max |shortlist log_probs - full log_probs renormalized over each row's allowed ids|."""
    rng = np.random.default_rng(seed)
    a, sp = manifest["architecture"], manifest["specialTokens"]
    full, short, rows = (_session(directory / f) for f in (manifest["graphs"]["decoder"], decoder_file, rows_file))
    B, S, P, V = 3, 7, 4, a["vocabSize"]
    inputs = [[sp["bos"], *rng.integers(0, V, S - 2).tolist(), sp["sep"]] for _ in range(B)]
    allowed = [allowed_ids(ids, x, sp) for x in inputs]
    union = sorted(set().union(*allowed))
    weight, bias = rows.run(None, {"vocab_ids": np.array(union, np.int64)})
    mask = np.full((B, len(union)), -np.inf, np.float32)
    col = {t: j for j, t in enumerate(union)}
    for b, al in enumerate(allowed):
        mask[b, [col[t] for t in al]] = 0
    feeds: dict[str, np.ndarray] = {"input_ids": rng.integers(0, V, (B, 1)), "memory_mask": np.ones((B, S), np.int64)}
    for i in range(a["layers"]):
        for kv in "kv":
            feeds[f"cross_{kv}_{i}"] = rng.standard_normal((B, a["heads"], S, a["headDim"]), np.float32)
            feeds[f"past_{kv}_{i}"] = rng.standard_normal((B, a["heads"], P, a["headDim"]), np.float32)
    names = {i.name for i in full.get_inputs()}
    lp_full = full.run(["log_probs"], {k: v for k, v in feeds.items() if k in names})[0].astype(np.float64)
    lp_short = short.run(["log_probs"], {**{k: v for k, v in feeds.items() if k in names},
                                         "output_weight": weight, "output_bias": bias, "output_mask": mask})[0]
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
        self.special = SpecialTokens(**{k: sp[k] for k in ("pad", "unk", "bos", "eos", "sep")})
        enc, dec = sessions(directory, manifest["graphs"]["encoder"], manifest["shortlist"]["decoder"])
        self.inner = OrtStepper(enc, dec, self.special)
        self.rows = _session(directory / manifest["shortlist"]["rows"])
        self.ids = json.loads((directory / manifest["shortlist"]["ids"]).read_text())["ids"]
        self.sp, self.vocab = sp, manifest["architecture"]["vocabSize"]

    def start(self, pair, rows: int) -> None:
        self.inner.start(pair, rows)
        self.allowed = allowed_ids(self.ids, pair.input_ids, self.sp)
        self.weight, self.bias = self.rows.run(None, {"vocab_ids": np.array(self.allowed, np.int64)})

    def step(self, tokens: list[int]):
        import torch

        from ape.export.graphs import decoder_inputs

        rows = len(tokens)
        inner = self.inner
        feeds = dict(zip(decoder_inputs(inner.layers),
                         [np.array(tokens, dtype=np.int64)[:, None], inner.memory_mask, *inner.cross, *inner.cache]))
        feeds.update(output_weight=self.weight, output_bias=self.bias,
                     output_mask=np.zeros((rows, len(self.allowed)), np.float32))
        o = inner.decoder.run(None, feeds)
        inner.cache = o[1:-1]
        out = torch.full((rows, self.vocab), -float("inf"))
        out[:, self.allowed] = torch.from_numpy(o[0])
        return out

    def reorder(self, rows: list[int]) -> None:
        self.inner.reorder(rows)


def add_shortlist(directory: Path, ids: list[int], source: dict[str, Any], *, force: bool = False) -> dict[str, Any]:
    """Writes the shortlist files into `directory` and updates ape.json; returns the new manifest's JSON."""
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
    dec, rows = shortlist_graphs(decoder)
    tmp = {name: directory / (name + ".tmp") for name in (short_file, rows_file, IDS_FILE)}
    try:
        onnx.save(dec, str(tmp[short_file]))
        onnx.save(rows, str(tmp[rows_file]))
        # external data resolves next to the graph: parity runs on the .tmp files in place
        worst = check_parity(directory, manifest.to_json(), ids, short_file + ".tmp", rows_file + ".tmp")
        if worst > TOLERANCE:
            raise ShortlistError(f"parity: shortlist log_probs differ from the renormalized full ones by {worst:.2e} > {TOLERANCE}")
        tmp[IDS_FILE].write_text(json.dumps({"ids": ids, "size": len(ids), "vocabSize": V, "source": source,
                                             "parity": {"maxAbsLogProb": worst}}) + "\n")
        for name, path in tmp.items():
            path.replace(directory / name)
    finally:
        for path in tmp.values():
            path.unlink(missing_ok=True)
    files = {**manifest.files, **{name: sha256_file(directory / name) for name in (IDS_FILE, short_file, rows_file)}}
    manifest = dataclasses.replace(
        manifest, formatVersion=max(manifest.formatVersion, SHORTLIST_VERSION),
        shortlist=Shortlist(ids=IDS_FILE, decoder=short_file, rows=rows_file), files=dict(sorted(files.items())),
    )
    out = manifest.save(directory)
    print(f"shortlist: {len(ids)} of {V} ids; parity max |d log_prob| {worst:.2e}; wrote {IDS_FILE}, {short_file}, "
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
    ap.add_argument("--force", action="store_true", help="replace an existing shortlist")
    args = ap.parse_args(argv)
    try:
        if args.prefixes:
            ids, source = collect_ids(args.prefixes, args.model_dir / "tokenizer.json", args.min_count)
        else:
            raw = json.loads(args.ids.read_text())
            ids = raw["ids"] if isinstance(raw, dict) else raw
            if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
                raise ShortlistError(f"{args.ids}: expected a JSON list of integer token ids")
            source = {"ids": str(args.ids)}
        add_shortlist(args.model_dir, ids, source, force=args.force)
    except (ShortlistError, ValueError, OSError) as err:
        print(f"ape.export.shortlist: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
