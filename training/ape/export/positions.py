"""Give a model directory decoder graphs that take several new positions per call (format version 5).

    python -m ape.export.positions MODEL_DIR

Why: MT-drafted decoding (docs/model-format.md, "Drafted decoding") verifies a block of the
mt's next tokens in one decoder call, which needs `decoder.onnx` to take input_ids [B, T] with
T >= 1 (log_probs [B*T, V]); graphs exported before format version 5 take [B, 1] only. The
exporter (`python -m ape.export`) writes version 5 graphs; this turns an existing directory
into one without retraining or re-exporting its weights:

1. a fresh model of the manifest's architecture (random weights: only its structure is used)
   is exported with `ape.export.graphs.export_decoder` and given the directory's storage
   (`graphs.quantization`: none, fp16 or int8-block32; per-channel int8 is refused);
2. every initializer of that graph is replaced by the directory's decoder initializer of the
   same name, dtype and shape, external data references included, so the new graph reads the
   very bytes of the directory's weights.bin (which is not rewritten); an initializer without
   a counterpart is an error unless it is a small integer constant of the graph itself;
3. the shortlist decoder, when the directory has one, is rebuilt from the new graph
   (`ape.export.shortlist.shortlist_graphs`); its rows graph and shortlist.json are unchanged;
4. parity, on real encoder outputs of random inputs: at T = 1 the new graphs must give
   bit-identical log_probs, cache and cross_attention to the old ones (so step-by-step decoding
   is exactly as before), and, for float32 and float16 storage, a block of T positions must
   match T single steps within 1e-4 (int8-block32 quantizes each activation block to 8 bits
   inside the graph, which turns the last-bit differences of a longer attention row into
   larger ones: the difference is printed, and its effect on outputs is measured by
   bench/drafted.ts);
5. only then are the graph files replaced and ape.json written (formatVersion 5,
   `graphs.decoderPositions: "many"`, the new sha256 in `files`).
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch

from ape.export.from_onnx import _layer_norm_eps, model_config
from ape.export.graphs import decoder_inputs, export_decoder
from ape.export.manifest import MANIFEST_NAME, POSITIONS_VERSION, Manifest, replace_checked, verify_files
from ape.export.model_dir import _blockwise_int8, _fp16_storage
from ape.export.ort_checks import cpu_session, low_token
from ape.export.shortlist import base_ids_of, shortlist_feeds, shortlist_graphs
from ape.model import APEModel

BLOCK_TOLERANCE = 1e-4  # a block of T positions against T single steps (float rounding only)


class PositionsError(Exception):
    """The directory cannot be given multi-position decoder graphs; the message says why."""


def _fresh_decoder(manifest: Manifest, encoder: onnx.ModelProto) -> onnx.ModelProto:
    config = model_config(manifest.to_json(), _layer_norm_eps(encoder))
    torch.manual_seed(0)
    model = APEModel(config).eval()
    with torch.no_grad():  # distinct values, or the exporter stores equal tensors (zero biases) once
        for p in model.parameters():
            p.normal_(0, 1)
    graph = export_decoder(model)
    q = manifest.graphs.quantization
    if q == "fp16":
        return _fp16_storage(graph)
    if q == "int8-block32":
        return _blockwise_int8(graph)
    if q != "none":
        raise PositionsError(f'graphs.quantization "{q}" is not supported here (re-export the checkpoint with '
                             "python -m ape.export, which writes version 5 graphs)")
    return graph


def _weight_uses(graph: onnx.ModelProto) -> list[tuple[str, int, onnx.TensorProto]]:
    """(consumer op, input position, initializer) of each weight-like initializer the exporter
    named itself (not `model.*`), at its first use, in node order."""
    inits = {t.name: t for t in graph.graph.initializer}
    seen: set[str] = set()
    out = []
    for node in graph.graph.node:
        for j, name in enumerate(node.input):
            t = inits.get(name)
            if t is None or name in seen or name.startswith("model.") or int(np.prod(t.dims)) < 2:
                continue
            if t.data_type in (onnx.TensorProto.INT64, onnx.TensorProto.INT32):
                continue  # shapes and indices: the graph's own constants
            seen.add(name)
            out.append((node.op_type, j, t))
    return out


def transplant(fresh: onnx.ModelProto, old: onnx.ModelProto, where: str) -> int:
    """Replace fresh's weights by old's (in place); returns how many.

    The exporter names a parameter it reads as is `model.<parameter>` (paired by name) and a
    tensor it derived, such as a transposed MatMul weight or its 8-bit blocks, `val_<n>` with
    an n that depends on the rest of the graph; those are paired by the order of their first
    use, each with the same consumer op, input position, dtype and shape. Scalars and integer
    constants are the graph's own (the attention scale, a mask fill value, shapes) and stay.
    """
    theirs = {t.name: t for t in old.graph.initializer}
    pairs: dict[str, onnx.TensorProto] = {}
    for t in fresh.graph.initializer:
        if t.name.startswith("model."):
            if t.name not in theirs:
                raise PositionsError(f"{where}: no initializer {t.name!r} (exported by another version of ape.export?)")
            pairs[t.name] = theirs[t.name]
    ours, others = _weight_uses(fresh), _weight_uses(old)
    if len(ours) != len(others):
        raise PositionsError(f"{where}: {len(others)} derived weights where the new graph has {len(ours)} "
                             "(exported by another version of ape.export?)")
    for (op, j, t), (op2, j2, t2) in zip(ours, others):
        if (op, j) != (op2, j2):
            raise PositionsError(f"{where}: {t2.name!r} is input {j2} of a {op2} where the new graph reads "
                                 f"{t.name!r} as input {j} of a {op}")
        pairs[t.name] = t2
    for i, tensor in enumerate(fresh.graph.initializer):
        match = pairs.get(tensor.name)
        if match is None:
            continue
        if match.data_type != tensor.data_type or list(match.dims) != list(tensor.dims):
            raise PositionsError(f"{where}: initializer {match.name!r} is {match.data_type}{list(match.dims)} there, "
                                 f"{tensor.data_type}{list(tensor.dims)} in the new graph")
        name = tensor.name
        fresh.graph.initializer[i].CopyFrom(match)
        fresh.graph.initializer[i].name = name  # the new graph's nodes read it by its own name
    return len(pairs)


def check(directory: Path, manifest: Manifest, old_file: str, new_file: str, extra: dict[str, np.ndarray] | None = None,
          seed: int = 0) -> tuple[bool, float]:
    """(T = 1 bit-identical to the old graph, max |block - single steps| over log_probs)."""
    rng = np.random.default_rng(seed)
    a, sp = manifest.architecture, manifest.specialTokens
    enc = cpu_session(directory / manifest.graphs.encoder)
    old, new = cpu_session(directory / old_file), cpu_session(directory / new_file)
    B, S, T = 3, 9, 5
    ids = rng.integers(low_token(a.vocabSize), a.vocabSize, size=(B, S)).astype(np.int64)
    ids[:, 0] = sp["bos"]
    types = np.zeros_like(ids)
    types[:, 5:] = 1
    feeds = {"input_ids": ids, "token_type_ids": types, "position_ids": np.tile(np.arange(S), (B, 1)),
             "attention_mask": np.ones_like(ids)}
    names = [i.name for i in enc.get_inputs()]
    cross = enc.run(None, {k: v for k, v in feeds.items() if k in names})[1:]
    L = a.layers
    extra = extra or {}
    dec_names = [i.name for i in new.get_inputs()]

    def run(session: ort.InferenceSession, tokens: np.ndarray, cache: list[np.ndarray], mask_rows: int) -> list[np.ndarray]:
        f = dict(zip(decoder_inputs(L), [tokens, feeds["attention_mask"], *cross, *cache]))
        for k, v in extra.items():
            f[k] = np.repeat(v[:1], mask_rows, axis=0) if k == "output_mask" else v
        return session.run(None, {k: v for k, v in f.items() if k in dec_names})

    empty = [np.zeros((B, a.heads, 0, a.headDim), np.float32)] * (2 * L)
    tokens = rng.integers(low_token(a.vocabSize), a.vocabSize, size=(B, T)).astype(np.int64)
    identical, cache_old, cache_new, singles = True, empty, empty, []
    for t in range(T):
        o_old = run(old, tokens[:, t:t + 1], cache_old, B)
        o_new = run(new, tokens[:, t:t + 1], cache_new, B)
        identical &= all(np.array_equal(x, y) for x, y in zip(o_old, o_new))
        cache_old, cache_new = o_old[1:1 + 2 * L], o_new[1:1 + 2 * L]
        singles.append(o_new[0])
    block = run(new, tokens, empty, B * T)[0].reshape(B, T, -1)
    single = np.stack(singles, axis=1)
    finite = np.isfinite(single)
    if not np.array_equal(finite, np.isfinite(block)):
        return identical, float("inf")
    return identical, float(np.abs(block[finite] - single[finite]).max())


def upgrade(directory: Path, *, log=lambda msg: print(msg, file=sys.stderr)) -> Manifest:
    directory = Path(directory)
    try:
        verify_files(directory)
    except (OSError, ValueError) as e:
        raise PositionsError(str(e)) from e
    manifest = Manifest.load(directory)
    if manifest.graphs.decoderPositions == "many":
        raise PositionsError(f"{directory / MANIFEST_NAME}: graphs.decoderPositions is already \"many\"")
    encoder = onnx.load(str(directory / manifest.graphs.encoder), load_external_data=False)
    fresh = _fresh_decoder(manifest, encoder)
    old = onnx.load(str(directory / manifest.graphs.decoder), load_external_data=False)
    n = transplant(fresh, old, str(directory / manifest.graphs.decoder))
    log(f"decoder: {n} initializers taken from {manifest.graphs.decoder}")
    files = [manifest.graphs.decoder]
    graphs = {manifest.graphs.decoder: fresh}
    if manifest.shortlist is not None:
        short, _rows = shortlist_graphs(fresh, _base(directory, manifest))
        graphs[manifest.shortlist.decoder] = short
        files.append(manifest.shortlist.decoder)

    def check_one(name: str, new_file: str) -> None:
        extra = None
        if manifest.shortlist is not None and name == manifest.shortlist.decoder:
            extra = _shortlist_feeds(directory, manifest)
        identical, block = check(directory, manifest, name, new_file, extra)
        log(f"{name}: T=1 {'bit-identical' if identical else 'DIFFERENT'}; block of 5 vs single steps "
            f"max |d log_prob| {block:.2e}")
        if not identical:
            raise PositionsError(f"{name}: the new graph does not reproduce the old one at T = 1")
        if manifest.graphs.quantization in ("none", "fp16") and not block <= BLOCK_TOLERANCE:
            raise PositionsError(f"{name}: a block of positions differs from single steps by {block:.2e}")

    written = replace_checked(directory, {name: graphs[name].SerializeToString() for name in files}, check_one)
    hashes = {**manifest.files, **written}
    manifest = dataclasses.replace(
        manifest, formatVersion=max(manifest.formatVersion, POSITIONS_VERSION),
        graphs=dataclasses.replace(manifest.graphs, decoderPositions="many"), files=dict(sorted(hashes.items())),
    )
    out = manifest.save(directory)
    log(f"{out}: formatVersion {manifest.formatVersion}, graphs.decoderPositions \"many\"")
    return manifest


def _base(directory: Path, manifest: Manifest) -> list[int] | None:
    """B = S − {eos} when the shortlist decoder holds its rows (`baseRows` "in-graph"), else None."""
    import json

    assert manifest.shortlist is not None
    if manifest.shortlist.baseRows != "in-graph":
        return None
    return base_ids_of(json.loads((directory / manifest.shortlist.ids).read_text())["ids"], manifest.specialTokens)


def _shortlist_feeds(directory: Path, manifest: Manifest) -> dict[str, np.ndarray]:
    import json

    assert manifest.shortlist is not None
    ids = json.loads((directory / manifest.shortlist.ids).read_text())["ids"]
    union = sorted(set(ids) | {manifest.specialTokens["eos"]})
    feeds = shortlist_feeds(union, _base(directory, manifest), cpu_session(directory / manifest.shortlist.rows))
    return {**feeds, "output_mask": np.zeros((1, len(union)), np.float32)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export.positions", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path)
    args = ap.parse_args(argv)
    try:
        upgrade(args.model_dir)
    except PositionsError as err:
        print(f"ape.export.positions: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
