"""`ape.json`, the model directory's manifest: the Python half of the contract.

docs/model-format.md is the contract; src/model/manifest.ts (a zod schema) is the TypeScript
half and must accept exactly what `Manifest.to_json` writes. Field names are spelled as in
the JSON (camelCase) so each side reads like the other. Any change here bumps FORMAT_VERSION.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ape.config import ModelConfig
from ape.decode import DecodingOptions
from ape.encoding import SpecialTokens

FORMAT_VERSION = 2
READ_VERSIONS = (1, 2, 3)  # versions 2 and 3 only add optional fields (docs/model-format.md)
V3_QUANTIZATIONS = ("int8-block32",)  # a graphs.quantization that only version 3 readers know
MANIFEST_NAME = "ape.json"


@dataclass(frozen=True)
class Normalizers:
    encoderSelf: str
    decoderSelf: str
    context: str


@dataclass(frozen=True)
class Sharing:
    decoderSelfWithEncoder: bool
    contextWithSelf: bool
    ffnWithEncoder: bool


@dataclass(frozen=True)
class Architecture:
    layers: int
    hidden: int
    heads: int
    headDim: int
    ffn: int
    vocabSize: int
    maxPositions: int
    normalizers: Normalizers
    entmaxBisectIterations: int
    sharing: Sharing
    # v2: learned alpha [layer][head] per place whose normalizer is alpha-entmax (informational)
    alpha: dict[str, list[list[float]]] | None = None

    @classmethod
    def from_config(cls, c: ModelConfig, alpha: dict[str, list[list[float]]] | None = None) -> "Architecture":
        n, s = c.normalizers, c.sharing
        return cls(
            layers=c.layers, hidden=c.hidden, heads=c.heads, headDim=c.head_dim, ffn=c.ffn,
            vocabSize=c.vocab_size, maxPositions=c.max_positions,
            normalizers=Normalizers(n.encoder_self, n.decoder_self, n.context),
            entmaxBisectIterations=c.entmax_bisect_iterations,
            sharing=Sharing(s.decoder_self_with_encoder, s.context_with_self, s.ffn_with_encoder),
            alpha=alpha or None,
        )


@dataclass(frozen=True)
class Input:
    layout: Literal["bert-pair"]
    maxSrcTokens: int
    maxMtTokens: int
    lowercase: bool  # informational: whether tokenizer.json's normalizer lowercases


@dataclass(frozen=True)
class Decoding:
    beam: int
    lengthPenalty: Literal["avg", "gnmt", "none"]
    lengthPenaltyAlpha: float
    minLength: int
    maxLengthRatio: float
    maxLengthOffset: int
    keepMtMargin: float | None = None  # v2: conservative decoding, keep the mt unless beaten by more

    @classmethod
    def from_options(cls, o: DecodingOptions, keep_mt_margin: float | None = None) -> "Decoding":
        return cls(o.beam, o.length_penalty, o.length_penalty_alpha, o.min_length, o.max_length_ratio, o.max_length_offset,
                   keep_mt_margin)


@dataclass(frozen=True)
class Graphs:
    encoder: str
    decoder: str
    quantization: Literal["none", "int8", "fp16", "int8-block32"]


@dataclass(frozen=True)
class Manifest:
    name: str
    languages: dict[str, str]  # {"src": BCP-47, "tgt": BCP-47}
    architecture: Architecture
    specialTokens: dict[str, int]
    input: Input
    decoding: Decoding
    graphs: Graphs
    training: dict[str, Any]  # provenance: config, data, steps, dev scores, command, git commit
    files: dict[str, str] = field(default_factory=dict)  # every other file of the directory -> sha256 hex
    casing: dict[str, str] | None = None  # v2: {"kind": "truecase-v1", "file": "casing.json"}
    formatVersion: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        """The JSON object; the optional v2 fields are left out when absent, not written as null."""
        d = asdict(self)
        for parent, name in ((d["architecture"], "alpha"), (d["decoding"], "keepMtMargin"), (d, "casing")):
            if parent[name] is None:
                del parent[name]
        version = d.pop("formatVersion")
        if d["graphs"]["quantization"] in V3_QUANTIZATIONS:
            version = max(version, 3)
        out = {"formatVersion": version, **d}
        if "casing" in out:  # after graphs, before training and files, as docs/model-format.md shows it
            out = {k: out[k] for k in [*(k for k in out if k not in ("casing", "training", "files")), "casing", "training", "files"]}
        return out

    def write(self, directory: Path) -> None:
        (directory / MANIFEST_NAME).write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n")


def make_manifest(
    config: ModelConfig, special: SpecialTokens, *, name: str, languages: dict[str, str], decoding: DecodingOptions,
    max_src_tokens: int, max_mt_tokens: int, lowercase: bool, graphs: Graphs, training: dict[str, Any],
    alpha: dict[str, list[list[float]]] | None = None, casing: dict[str, str] | None = None,
    keep_mt_margin: float | None = None,
) -> Manifest:
    if set(languages) != {"src", "tgt"}:
        raise ValueError(f"languages must have exactly the keys src and tgt, got {sorted(languages)}")
    return Manifest(
        name=name, languages=dict(languages), architecture=Architecture.from_config(config, alpha),
        specialTokens=special.to_json(), input=Input("bert-pair", max_src_tokens, max_mt_tokens, lowercase),
        decoding=Decoding.from_options(decoding, keep_mt_margin), graphs=graphs, training=training, casing=casing,
    )


def learned_alpha(model) -> dict[str, list[list[float]]]:
    """alpha per [layer][head] of every place whose normalizer is alpha-entmax (its `alpha()`)."""
    places = {
        "encoderSelf": [layer.self_attn for layer in model.encoder_layers],
        "decoderSelf": [layer.self_attn for layer in model.decoder_layers],
        "context": [layer.context_attn for layer in model.decoder_layers],
    }
    kinds = model.config.normalizers
    kind = {"encoderSelf": kinds.encoder_self, "decoderSelf": kinds.decoder_self, "context": kinds.context}
    return {
        place: [[float(a) for a in attn.normalizer.alpha().detach().cpu().tolist()] for attn in attns]
        for place, attns in places.items() if kind[place] == "alpha-entmax"
    }


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def with_files(manifest: Manifest, directory: Path) -> Manifest:
    """The manifest with the sha256 of every other file of `directory`."""
    files = {p.name: sha256_file(p) for p in sorted(directory.iterdir()) if p.is_file() and p.name != MANIFEST_NAME}
    return Manifest(**{**manifest.__dict__, "files": files})


def verify_files(directory: Path) -> dict[str, Any]:
    """Read ape.json and check its formatVersion and every listed sha256; returns the JSON."""
    data = json.loads((directory / MANIFEST_NAME).read_text())
    if data.get("formatVersion") not in READ_VERSIONS:
        raise ValueError(f"{directory / MANIFEST_NAME}: formatVersion {data.get('formatVersion')!r}, expected one of {READ_VERSIONS}")
    for name, digest in data["files"].items():
        actual = sha256_file(directory / name)
        if actual != digest:
            raise ValueError(f"{directory / name}: sha256 {actual} does not match ape.json files.{name} {digest}")
    return data
