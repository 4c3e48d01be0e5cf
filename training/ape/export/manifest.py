"""`ape.json`, the model directory's manifest: the Python half of the contract.

docs/model-format.md is the contract; src/model/manifest.ts (a zod schema) is the TypeScript
half and must accept exactly what `Manifest.save` writes. The frozen `Manifest` dataclass owns
every field, the format version and the checks (like CTranslate2's `ModelSpec`): `Manifest.load`
reads and validates a directory's ape.json, `Manifest.validate` applies the same rules as the
TypeScript loader, `Manifest.save` validates and writes. Nothing else reads or edits ape.json
as raw JSON. Field names are spelled as in the JSON (camelCase) so each side reads like the
other, and the dataclass field order is the JSON key order, so a manifest read and saved again
is byte-identical. Any change to the fields bumps FORMAT_VERSION (and the TypeScript side's
SUPPORTED_FORMAT_VERSIONS).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ape.config import NORMALIZER_KINDS, ModelConfig
from ape.decode import DecodingOptions
from ape.encoding import INPUT_LAYOUTS, SpecialTokens

# The version `Manifest` writes for a new model directory (8 only where a shortlist holds its rows in the
# graph: ape.export.shortlist writes it), and the versions this code reads.
FORMAT_VERSION = 7
READ_VERSIONS = (1, 2, 3, 4, 5, 6, 7, 8)  # versions 2 to 8 only add optional fields or values (docs/model-format.md)
V2_FIELDS = ("architecture.alpha", "casing", "decoding.keepMtMargin")  # need formatVersion >= 2
V3_QUANTIZATIONS = ("int8-block32",)  # a graphs.quantization that only version 3 readers know
SHORTLIST_VERSION = 3  # the first version with `shortlist`
LEXICON_VERSION = 4  # the first version with `lexicon`
POSITIONS_VERSION = 5  # the first version with `graphs.decoderPositions`
GATE_VERSION = 6  # the first version with `gate`
LAYOUTS_VERSION = 7  # the first version with the single-input `input.layout` values (the baselines)
BASE_ROWS_VERSION = 8  # the first version with `shortlist.baseRows` (the shortlist's rows held in its decoder graph)
BASE_ROWS = ("in-graph",)
V7_LAYOUTS = tuple(x for x in INPUT_LAYOUTS if x != "bert-pair")  # "bert-pair" is valid at every version
DECODER_POSITIONS = ("one", "many")
LEXICON_KINDS = ("wordpiece-trie-v1",)
MANIFEST_NAME = "ape.json"
DOC = "docs/model-format.md"
QUANTIZATIONS = ("none", "int8", "fp16", "int8-block32")
LENGTH_PENALTIES = ("avg", "gnmt", "none")
ALPHA_PLACES = ("encoderSelf", "decoderSelf", "context")  # architecture.normalizers / .alpha keys
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(ValueError):
    """ape.json that the runtime would refuse; the message names the file and the JSON field."""

    def __init__(self, where: str, key: str | None, message: str):
        self.where, self.key = where, key
        super().__init__(f"{where}{f' ({key})' if key else ''}: {message} ({DOC})")


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
    layout: Literal["bert-pair", "bert-pair-src-only", "bert-pair-mt-only"]  # the last two: v7
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
    # v5: "many" = the decoder graphs take T >= 1 new positions per call (input_ids [B, T],
    # log_probs [B*T, V]), which MT-drafted decoding needs; absent = "one" (input_ids [B, 1])
    decoderPositions: Literal["one", "many"] | None = None


@dataclass(frozen=True)
class Casing:
    """v2: the casing step's table (docs/model-format.md, "Casing")."""

    kind: Literal["truecase-v1"]
    file: str


@dataclass(frozen=True)
class Shortlist:
    """v3: the output-vocabulary shortlist's three files (ape.export.shortlist)."""

    ids: str
    decoder: str
    rows: str
    baseRows: str | None = None  # v8: "in-graph", the decoder holds the rows of S − {eos}


@dataclass(frozen=True)
class Lexicon:
    """v4: the target lexicon of word-level constrained decoding (ape.export.lexicon)."""

    kind: Literal["wordpiece-trie-v1"]
    file: str


@dataclass(frozen=True)
class Gate:
    """v6: the keep-or-edit gate's graph (ape.gate, ape.export.gate; docs/model-format.md "Keep-or-edit gate")."""

    file: str


# the optional fields: left out of the JSON when None, never written as null
_OPTIONAL = {(): ("casing", "shortlist", "lexicon", "gate", "training"), ("architecture",): ("alpha",), ("decoding",): ("keepMtMargin",),
             ("graphs",): ("decoderPositions",), ("shortlist",): ("baseRows",)}
_NESTED: dict[str, type] = {"architecture": Architecture, "input": Input, "decoding": Decoding, "graphs": Graphs,
                            "casing": Casing, "shortlist": Shortlist, "lexicon": Lexicon, "gate": Gate, "normalizers": Normalizers,
                            "sharing": Sharing}


@dataclass(frozen=True, kw_only=True)
class Manifest:
    """ape.json. The field order is the JSON key order (docs/model-format.md shows it)."""

    formatVersion: int = FORMAT_VERSION
    name: str
    languages: dict[str, str]  # {"src": BCP-47, "tgt": BCP-47}
    architecture: Architecture
    specialTokens: dict[str, int]
    input: Input
    decoding: Decoding
    graphs: Graphs
    casing: Casing | None = None  # v2
    shortlist: Shortlist | None = None  # v3
    lexicon: Lexicon | None = None  # v4
    gate: Gate | None = None  # v6
    training: dict[str, Any] | None = None  # provenance: config, data, steps, dev scores, command, git commit
    files: dict[str, str] = field(default_factory=dict)  # every other file of the directory -> sha256 hex

    # --- JSON ----------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The JSON object; the optional fields are left out when absent, not written as null."""
        d = asdict(self)
        for path, names in _OPTIONAL.items():
            parent = d
            for key in path:
                parent = parent.get(key) if isinstance(parent, dict) else None
            if parent is None:  # an absent optional object (a model without a shortlist)
                continue
            for name in names:
                if parent[name] is None:
                    del parent[name]
        return d

    def dumps(self) -> str:
        """The bytes of ape.json (as text): 2-space indented JSON, UTF-8 unescaped, a final newline."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, data: Any, where: str = MANIFEST_NAME) -> "Manifest":
        """The inverse of to_json, then `validate`. An unknown or missing field is an error naming it."""
        if not isinstance(data, dict):
            raise ManifestError(where, None, "the top level must be a JSON object")
        version = data.get("formatVersion")
        if version is None:
            raise ManifestError(where, "formatVersion", "missing: this is not an ape model manifest")
        if version not in READ_VERSIONS:
            raise ManifestError(where, "formatVersion", f"{version!r} is not supported; this code reads "
                                f"{', '.join(map(str, READ_VERSIONS))} (re-export the model, or update training/)")
        manifest = _build(cls, data, where, "")
        manifest.validate(where)
        return manifest

    @classmethod
    def load(cls, directory: Path) -> "Manifest":
        """Read and validate `directory`/ape.json (the files' sha256 are `verify_files`' job)."""
        path = Path(directory) / MANIFEST_NAME
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise ManifestError(str(path), None, f"cannot read: {e.strerror}") from e
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ManifestError(f"{path}:{e.lineno}", None, f"not valid JSON: {e.msg}") from e
        return cls.from_json(data, str(path))

    def save(self, directory: Path) -> Path:
        """Validate, then write `directory`/ape.json atomically (a temp file renamed over it)."""
        path = Path(directory) / MANIFEST_NAME
        self.validate(str(path))
        tmp = path.with_name(MANIFEST_NAME + ".tmp")
        tmp.write_text(self.dumps(), encoding="utf-8")
        os.replace(tmp, path)
        return path

    # --- the rules src/model/manifest.ts applies too -------------------------------------

    def validate(self, where: str = MANIFEST_NAME) -> None:
        """Raise ManifestError (naming the JSON field) for anything the TypeScript loader refuses."""

        def fail(key: str, message: str) -> None:
            raise ManifestError(where, key, message)

        def positive(key: str, value: Any) -> None:
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                fail(key, f"must be a positive integer, got {value!r}")

        def non_negative(key: str, value: Any, integer: bool = False) -> None:
            kinds = (int,) if integer else (int, float)
            if not isinstance(value, kinds) or isinstance(value, bool) or value < 0:
                fail(key, f"must be {'an integer' if integer else 'a number'} >= 0, got {value!r}")

        if self.formatVersion not in READ_VERSIONS:
            fail("formatVersion", f"{self.formatVersion!r} is not one of {', '.join(map(str, READ_VERSIONS))}")
        if not isinstance(self.name, str) or not self.name:
            fail("name", "must be a non-empty string")
        if not isinstance(self.languages, dict) or set(self.languages) != {"src", "tgt"}:
            fail("languages", f"must have exactly the keys src and tgt, got {sorted(self.languages)}")
        for k, v in self.languages.items():
            if not isinstance(v, str) or not v:
                fail(f"languages.{k}", "must be a non-empty BCP-47 code")
        a = self.architecture
        for k in ("layers", "hidden", "heads", "headDim", "ffn", "vocabSize", "maxPositions", "entmaxBisectIterations"):
            positive(f"architecture.{k}", getattr(a, k))
        if a.heads * a.headDim != a.hidden:
            fail("architecture", f"heads x headDim must equal hidden ({a.heads} x {a.headDim} != {a.hidden})")
        for place in ALPHA_PLACES:
            if getattr(a.normalizers, place) not in NORMALIZER_KINDS:
                fail(f"architecture.normalizers.{place}",
                     f"{getattr(a.normalizers, place)!r} is not one of {', '.join(NORMALIZER_KINDS)}")
        for k in ("decoderSelfWithEncoder", "contextWithSelf", "ffnWithEncoder"):
            if not isinstance(getattr(a.sharing, k), bool):
                fail(f"architecture.sharing.{k}", "must be true or false")
        for place, grid in (a.alpha or {}).items():
            if place not in ALPHA_PLACES:
                fail(f"architecture.alpha.{place}", f"unknown place; one of {', '.join(ALPHA_PLACES)}")
            if getattr(a.normalizers, place) != "alpha-entmax":
                fail(f"architecture.alpha.{place}", "present but the normalizer is not alpha-entmax")
            if len(grid) != a.layers or any(len(row) != a.heads for row in grid):
                fail(f"architecture.alpha.{place}", f"must be {a.layers} layers x {a.heads} heads")
            if not all(isinstance(x, (int, float)) and 1 < x <= 2 for row in grid for x in row):
                fail(f"architecture.alpha.{place}", "every alpha must be a number with 1 < alpha <= 2")
        if set(self.specialTokens) != {"pad", "unk", "bos", "eos", "sep"}:
            fail("specialTokens", f"must have exactly pad, unk, bos, eos, sep, got {sorted(self.specialTokens)}")
        for k, v in self.specialTokens.items():
            non_negative(f"specialTokens.{k}", v, integer=True)
        if self.input.layout not in INPUT_LAYOUTS:
            fail("input.layout", f"{self.input.layout!r} is not one of {', '.join(INPUT_LAYOUTS)}")
        positive("input.maxSrcTokens", self.input.maxSrcTokens)
        positive("input.maxMtTokens", self.input.maxMtTokens)
        if not isinstance(self.input.lowercase, bool):
            fail("input.lowercase", "must be true or false")
        d = self.decoding
        positive("decoding.beam", d.beam)
        if d.lengthPenalty not in LENGTH_PENALTIES:
            fail("decoding.lengthPenalty", f"{d.lengthPenalty!r} is not one of {', '.join(LENGTH_PENALTIES)}")
        non_negative("decoding.lengthPenaltyAlpha", d.lengthPenaltyAlpha)
        non_negative("decoding.minLength", d.minLength, integer=True)
        non_negative("decoding.maxLengthRatio", d.maxLengthRatio)
        non_negative("decoding.maxLengthOffset", d.maxLengthOffset, integer=True)
        if d.keepMtMargin is not None:
            non_negative("decoding.keepMtMargin", d.keepMtMargin)
        if self.graphs.quantization not in QUANTIZATIONS:
            fail("graphs.quantization", f"{self.graphs.quantization!r} is not one of {', '.join(QUANTIZATIONS)}")
        if self.casing is not None and self.casing.kind != "truecase-v1":
            fail("casing.kind", f"{self.casing.kind!r}: only \"truecase-v1\" is defined")
        for k, v in self.files.items():
            if not isinstance(v, str) or not SHA256_HEX.match(v):
                fail(f"files.{k}", "must be a lowercase sha256 hex digest")
        # what each version may hold
        present = [f for f, v in (("architecture.alpha", a.alpha), ("casing", self.casing),
                                  ("decoding.keepMtMargin", d.keepMtMargin)) if v is not None]
        if self.formatVersion < 2 and present:
            fail(present[0], "needs formatVersion 2")
        if self.graphs.quantization in V3_QUANTIZATIONS and self.formatVersion < 3:
            fail("graphs.quantization", f'"{self.graphs.quantization}" needs formatVersion 3')
        if self.shortlist is not None and self.formatVersion < SHORTLIST_VERSION:
            fail("shortlist", f"needs formatVersion {SHORTLIST_VERSION}")
        if self.shortlist is not None and self.shortlist.baseRows is not None:
            if self.shortlist.baseRows not in BASE_ROWS:
                fail("shortlist.baseRows", f"{self.shortlist.baseRows!r}: only {', '.join(map(repr, BASE_ROWS))} is defined")
            if self.formatVersion < BASE_ROWS_VERSION:
                fail("shortlist.baseRows", f"needs formatVersion {BASE_ROWS_VERSION}")
        if self.lexicon is not None and self.formatVersion < LEXICON_VERSION:
            fail("lexicon", f"needs formatVersion {LEXICON_VERSION}")
        if self.graphs.decoderPositions is not None:
            if self.graphs.decoderPositions not in DECODER_POSITIONS:
                fail("graphs.decoderPositions", f"{self.graphs.decoderPositions!r} is not one of {', '.join(DECODER_POSITIONS)}")
            if self.formatVersion < POSITIONS_VERSION:
                fail("graphs.decoderPositions", f"needs formatVersion {POSITIONS_VERSION}")
        if self.input.layout in V7_LAYOUTS and self.formatVersion < LAYOUTS_VERSION:
            fail("input.layout", f'"{self.input.layout}" needs formatVersion {LAYOUTS_VERSION}')
        if self.gate is not None:
            if self.formatVersion < GATE_VERSION:
                fail("gate", f"needs formatVersion {GATE_VERSION}")
            if not isinstance(self.gate.file, str) or not self.gate.file:
                fail("gate.file", "must be a non-empty file name")
        if self.lexicon is not None and self.lexicon.kind not in LEXICON_KINDS:
            fail("lexicon.kind", f"{self.lexicon.kind!r}: only {', '.join(LEXICON_KINDS)} is defined")
        # every file the manifest names is listed with its sha256
        named = [("graphs.encoder", self.graphs.encoder), ("graphs.decoder", self.graphs.decoder),
                 ("files", "tokenizer.json")]
        if self.casing is not None:
            named.append(("casing.file", self.casing.file))
        if self.shortlist is not None:
            named += [(f"shortlist.{k}", getattr(self.shortlist, k)) for k in ("ids", "decoder", "rows")]
        if self.lexicon is not None:
            named.append(("lexicon.file", self.lexicon.file))
        if self.gate is not None:
            named.append(("gate.file", self.gate.file))
        for key, name in named:
            if name not in self.files:
                fail(key, f'"{name}" is not listed in files with its sha256')


def _build(cls: type, data: Any, where: str, prefix: str) -> Any:
    """A (nested) manifest dataclass from its JSON object: every key known, every required one there."""
    if not isinstance(data, dict):
        raise ManifestError(where, prefix.rstrip(".") or None, "must be a JSON object")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            raise ManifestError(where, prefix + key, f"unknown field; known: {', '.join(fields)}")
    values = {}
    for name, f in fields.items():
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ManifestError(where, prefix + name, "required field is missing")
            continue
        value = data[name]
        nested = _NESTED.get(name)
        values[name] = _build(nested, value, where, f"{prefix}{name}.") if nested is not None else value
    return cls(**values)


def make_manifest(
    config: ModelConfig, special: SpecialTokens, *, name: str, languages: dict[str, str], decoding: DecodingOptions,
    max_src_tokens: int, max_mt_tokens: int, lowercase: bool, graphs: Graphs, training: dict[str, Any],
    alpha: dict[str, list[list[float]]] | None = None, casing: dict[str, str] | None = None,
    keep_mt_margin: float | None = None, layout: str = "bert-pair",
) -> Manifest:
    if set(languages) != {"src", "tgt"}:
        raise ValueError(f"languages must have exactly the keys src and tgt, got {sorted(languages)}")
    return Manifest(
        name=name, languages=dict(languages), architecture=Architecture.from_config(config, alpha),
        specialTokens=special.to_json(), input=Input(layout, max_src_tokens, max_mt_tokens, lowercase),
        decoding=Decoding.from_options(decoding, keep_mt_margin), graphs=graphs, training=training,
        casing=None if casing is None else Casing(**casing),
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
    """The manifest with the sha256 of every other file of `directory` (sorted by name)."""
    files = {p.name: sha256_file(p) for p in sorted(directory.iterdir()) if p.is_file() and p.name != MANIFEST_NAME}
    return dataclasses.replace(manifest, files=files)


def replace_checked(directory: Path, contents: Mapping[str, bytes], check: Callable[[str, str], None]) -> dict[str, str]:
    """Replace files of a model directory only once their new contents pass a check: each one is
    written as NAME.new, then `check(name, name + ".new")` runs for every one (it raises to refuse,
    and then nothing is replaced), then all are moved into place. No .new file outlives the call.
    Returns the replaced files' sha256 (name -> hex digest) for the manifest's `files`."""
    tmp = {name: directory / (name + ".new") for name in contents}
    try:
        for name, data in contents.items():
            tmp[name].write_bytes(data)
        for name in contents:
            check(name, name + ".new")
        for name, path in tmp.items():
            path.replace(directory / name)
    finally:
        for path in tmp.values():
            path.unlink(missing_ok=True)
    return {name: sha256_file(directory / name) for name in contents}


def verify_files(directory: Path) -> dict[str, Any]:
    """Read and validate ape.json (`Manifest.load`) and check every listed sha256; returns the JSON."""
    manifest = Manifest.load(directory)
    for name, digest in manifest.files.items():
        actual = sha256_file(directory / name)
        if actual != digest:
            raise ValueError(f"{directory / name}: sha256 {actual} does not match ape.json files.{name} {digest}")
    return manifest.to_json()
