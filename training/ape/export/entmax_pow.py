"""alpha-entmax's powers as Exp(Mul(Log)) in exported graphs.

    python -m ape.export.entmax_pow MODEL_DIR

What: alpha-entmax (ape.normalizers.alpha_entmax) raises [x - tau]_+ to the per-head exponent
e = 1 / (alpha - 1) >= 1 thirteen times per alpha-entmax attention (ten bisection steps, two
Newton steps, the probabilities). Exported as is, each is an ONNX `Pow` whose exponent
broadcasts per head, which onnxruntime's CPU kernel computes one element at a time with
std::pow. Each such Pow (its base made by a `Relu`, or by a `Max` with the constant 0) becomes

    Exp(Mul(Log(base), e))

which onnxruntime runs about 1.4 times faster (the powers' share of the two profiles in
docs/http-api.md; its Exp is vectorized, its Log is not and takes about 7x the Exp's time). The bases are >= 0 and e > 0,
so a zero base gives Log 0 = -inf, -inf * e = -inf, Exp(-inf) = 0: every exact zero of
alpha-entmax (its sparsity) stays exactly zero. Other values round differently from Pow, by a
few units in the last place.

Why: on models/default (6 layers, 12 heads, the shortlist decoder; `bench/decoder_positions.py
--threads 1 --shapes 5x1,128x1`, 2-core AMD EPYC VM) the 78 Pows were 21% of a 128-row decoder
step; rewritten, that step is about 12% faster (docs/http-api.md, "Where ours loses").

`ape.export` writes its graphs this way (`export_model_dir`; the encoder too, when its
self-attention is alpha-entmax); this command rewrites a directory exported before. Only graph
nodes change: initializers, and with them the references into weights.bin, stay as they are,
and weights.bin is not rewritten. Before the graph files are replaced, the old and new graphs
run the same random inputs (a decoder: several steps with a growing cache, on the old
encoder's outputs; an encoder: one padded batch): the same log-probabilities must be -inf, an
exact zero of `cross_attention` may not become a value above 1e-6 or the reverse, and for
float32 or float16 storage the log-probabilities (and encoder outputs) must agree within 1e-4.
int8-block32 graphs quantize each activation block inside the graph, which turns last-place
differences into larger ones: there the difference is printed, up to 1% of the exact zeros may
flip, and the effect on outputs is measured on the test set (docs/http-api.md). ape.json gets
the new sha256 of the graph files; nothing else changes (the graphs compute the same function,
so the format version stays).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnx import helper, numpy_helper

from ape.export.graphs import decoder_inputs
from ape.export.manifest import Manifest, replace_checked, verify_files
from ape.export.ort_checks import cpu_session, low_token

FLOAT_TOLERANCE = 1e-4  # max |d log_prob| for float32 / float16 storage (float rounding only)
BORDERLINE = 1e-6  # an attention weight this close to 0 may become exactly 0, or stop being it


class EntmaxPowError(Exception):
    """The directory's graphs cannot be rewritten; the message says why."""


def _is_zero(name: str, inits: dict[str, onnx.TensorProto], constants: dict[str, onnx.TensorProto]) -> bool:
    t = inits.get(name) or constants.get(name)
    if t is None:
        return False
    value = numpy_helper.to_array(t)
    return value.size == 1 and float(value.reshape(-1)[0]) == 0.0


def exp_log_pow(model: onnx.ModelProto) -> int:
    """Rewrite (in place) every Pow whose base is [.]_+ as Exp(Mul(Log(base), exponent));
    returns how many. Idempotent: a rewritten graph has no such Pow left."""
    g = model.graph
    inits = {t.name: t for t in g.initializer}
    constants = {
        n.output[0]: a.t for n in g.node if n.op_type == "Constant" for a in n.attribute if a.name == "value"
    }
    producer = {o: n for n in g.node for o in n.output}
    taken = {o for n in g.node for o in n.output} | set(inits) | {i.name for i in g.input}
    nodes: list[onnx.NodeProto] = []
    count = 0
    for n in g.node:
        base = producer.get(n.input[0]) if n.op_type == "Pow" and n.domain in ("", "ai.onnx") else None
        positive_part = base is not None and (
            base.op_type == "Relu" or (base.op_type == "Max" and any(_is_zero(x, inits, constants) for x in base.input))
        )
        if not positive_part:
            nodes.append(n)
            continue
        stem = f"{n.output[0]}_explog"
        while f"{stem}_log" in taken or f"{stem}_mul" in taken:
            stem += "_"
        log_out, mul_out = f"{stem}_log", f"{stem}_mul"
        taken.update((log_out, mul_out))
        name = n.name or n.output[0]
        nodes += [
            helper.make_node("Log", [n.input[0]], [log_out], name=f"{name}_log"),
            helper.make_node("Mul", [log_out, n.input[1]], [mul_out], name=f"{name}_mul"),
            helper.make_node("Exp", [mul_out], list(n.output), name=f"{name}_exp"),
        ]
        count += 1
    if count:
        del g.node[:]
        g.node.extend(nodes)
    return count


@dataclasses.dataclass(frozen=True)
class Comparison:
    log_probs: float  # max |d log_prob| over the finite entries
    same_infinite: bool  # the same log_probs are -inf (the shortlist's masked columns)
    zeros_flipped: int  # cross_attention entries exactly 0 in one graph and > BORDERLINE in the other
    zeros: int  # cross_attention entries exactly 0 in the old graph (the sparsity checked)

    def ok(self, floats: bool) -> bool:
        """Float storage: rounding only (no flip, log_probs within FLOAT_TOLERANCE). int8-block32:
        its activation quantization may move a threshold past a small weight, so up to 1% of the
        zeros may flip; a rewrite that broke the sparsity (NaN, zeros lost) flips far more."""
        if floats:
            return self.same_infinite and self.zeros_flipped == 0 and self.log_probs <= FLOAT_TOLERANCE
        return self.same_infinite and self.zeros_flipped * 100 <= self.zeros

    def __str__(self) -> str:
        return (f"max |d log_prob| {self.log_probs:.2e}, -inf {'same' if self.same_infinite else 'DIFFERENT'}, "
                f"{self.zeros_flipped} of {self.zeros} exact attention zeros flipped")


def _encoder_feeds(manifest: Manifest, seed: int) -> tuple[np.random.Generator, dict[str, np.ndarray]]:
    """A random encoder batch of 3 pairs x 11 tokens, the third padded after 8 (masked source
    positions are zeros of alpha-entmax too), and the generator for what follows."""
    rng = np.random.default_rng(seed)
    a, sp = manifest.architecture, manifest.specialTokens
    B, S = 3, 11
    ids = rng.integers(low_token(a.vocabSize), a.vocabSize, size=(B, S)).astype(np.int64)
    ids[:, 0] = sp["bos"]
    mask = np.ones_like(ids)
    mask[2, 8:] = 0
    return rng, {"input_ids": ids, "token_type_ids": (np.arange(S) >= 6).astype(np.int64)[None].repeat(B, 0),
                 "position_ids": np.tile(np.arange(S), (B, 1)), "attention_mask": mask}


def compare(directory: Path, manifest: Manifest, old_file: str, new_file: str,
            extra: dict[str, np.ndarray] | None = None, seed: int = 0, steps: int = 4) -> Comparison:
    """Run the two decoder graphs on the same random decoding steps (cache fed back from each
    graph's own outputs, one position per call) and compare their outputs."""
    a = manifest.architecture
    enc = cpu_session(directory / manifest.graphs.encoder, threads=1)
    old, new = cpu_session(directory / old_file, threads=1), cpu_session(directory / new_file, threads=1)
    rng, feeds = _encoder_feeds(manifest, seed)
    B, L, mask = feeds["input_ids"].shape[0], a.layers, feeds["attention_mask"]
    names = [i.name for i in enc.get_inputs()]
    cross = enc.run(None, {k: v for k, v in feeds.items() if k in names})[1:]
    dec_names = [i.name for i in new.get_inputs()]
    out_names = [o.name for o in new.get_outputs()]
    extra = extra or {}

    def run(session: ort.InferenceSession, tokens: np.ndarray, cache: list[np.ndarray]) -> dict[str, np.ndarray]:
        f = dict(zip(decoder_inputs(L), [tokens, mask, *cross, *cache]))
        f.update({k: np.repeat(v[:1], B, axis=0) if k == "output_mask" else v for k, v in extra.items()})
        return dict(zip(out_names, session.run(out_names, {k: v for k, v in f.items() if k in dec_names})))

    empty = [np.zeros((B, a.heads, 0, a.headDim), np.float32)] * (2 * L)
    cache_old, cache_new = empty, empty
    worst, same_inf, flipped, zeros = 0.0, True, 0, 0
    present = [f"present_{kv}_{i}" for i in range(L) for kv in ("k", "v")]
    for _ in range(steps):
        tokens = rng.integers(low_token(a.vocabSize), a.vocabSize, size=(B, 1)).astype(np.int64)
        o, n = run(old, tokens, cache_old), run(new, tokens, cache_new)
        finite = np.isfinite(o["log_probs"])
        same_inf &= bool(np.array_equal(finite, np.isfinite(n["log_probs"])))
        if finite.any() and same_inf:
            worst = max(worst, float(np.abs(o["log_probs"][finite] - n["log_probs"][finite]).max()))
        if "cross_attention" in o:
            x, y = o["cross_attention"], n["cross_attention"]
            zeros += int((x == 0).sum())
            flipped += int(((x == 0) & (y > BORDERLINE)).sum() + ((y == 0) & (x > BORDERLINE)).sum())
        cache_old, cache_new = [o[p] for p in present], [n[p] for p in present]
    return Comparison(worst, same_inf, flipped, zeros)


def compare_encoders(directory: Path, manifest: Manifest, old_file: str, new_file: str, seed: int = 0) -> float:
    """max |d| over the two encoder graphs' outputs on the same random batch (one row padded)."""
    _, feeds = _encoder_feeds(manifest, seed)
    worst = 0.0
    outs = []
    for file in (old_file, new_file):
        session = cpu_session(directory / file, threads=1)
        names = [i.name for i in session.get_inputs()]
        outs.append(session.run(None, {k: v for k, v in feeds.items() if k in names}))
    for x, y in zip(*outs):
        worst = max(worst, float(np.abs(x - y).max()))
    return worst


def rewrite_directory(directory: Path, *, log=lambda msg: print(msg, file=sys.stderr)) -> Manifest:
    """Rewrite the directory's graphs (encoder, decoder, the shortlist's decoder); see the module docstring."""
    from ape.export.positions import _shortlist_feeds  # the shortlist's rows (positions imports the exporter)

    directory = Path(directory)
    try:
        verify_files(directory)
    except (OSError, ValueError) as e:
        raise EntmaxPowError(str(e)) from e
    manifest = Manifest.load(directory)
    files = [manifest.graphs.encoder, manifest.graphs.decoder]
    if manifest.shortlist is not None:
        files.append(manifest.shortlist.decoder)
    graphs: dict[str, onnx.ModelProto] = {}
    for name in files:
        graph = onnx.load(str(directory / name), load_external_data=False)  # references into weights.bin kept
        n = exp_log_pow(graph)
        log(f"{name}: {n} Pow -> Exp(Mul(Log))")
        if n:
            graphs[name] = graph
    if not graphs:
        log(f"{directory}: nothing to rewrite (no alpha-entmax Pow left)")
        return manifest
    floats = manifest.graphs.quantization in ("none", "fp16")

    def check(name: str, new_file: str) -> None:
        if name == manifest.graphs.encoder:
            worst = compare_encoders(directory, manifest, name, new_file)
            log(f"{name}: max |d output| {worst:.2e}")
            if floats and not worst <= FLOAT_TOLERANCE:
                raise EntmaxPowError(f"{directory / name}: the rewritten encoder disagrees with the old one by {worst:.2e}")
            return
        extra = None
        if manifest.shortlist is not None and name == manifest.shortlist.decoder:
            extra = _shortlist_feeds(directory, manifest)
        result = compare(directory, manifest, name, new_file, extra)
        log(f"{name}: {result}")
        if not result.ok(floats):
            raise EntmaxPowError(f"{directory / name}: the rewritten graph disagrees with the old one ({result})")

    written = replace_checked(directory, {name: g.SerializeToString() for name, g in graphs.items()}, check)
    hashes = {**manifest.files, **written}
    manifest = dataclasses.replace(manifest, files=dict(sorted(hashes.items())))
    out = manifest.save(directory)
    log(f"{out}: files' sha256 updated")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.entmax_pow", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    args = ap.parse_args(argv)
    try:
        rewrite_directory(args.model_dir)
    except EntmaxPowError as e:
        print(f"ape.export.entmax_pow: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
