"""ape.json through the `Manifest` dataclass: every committed model directory's manifest reads
and saves back byte for byte, the version constants are the TypeScript loader's, the checks
name the JSON field, and `ape.export.shortlist` edits a manifest through the dataclass.

Oracles: the committed ape.json files themselves (written by earlier exporters and, for
model-tiny-shortlist, by the raw-JSON shortlist code this replaced), the version list in
src/model/manifest.ts, and the field rules as docs/model-format.md states them.
"""
from __future__ import annotations

import dataclasses
import json
import random
import re
import shutil
from pathlib import Path

import pytest

from ape.export.manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    READ_VERSIONS,
    Manifest,
    ManifestError,
    Shortlist,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "test" / "fixtures"
COMMITTED = sorted({p.parent for p in [*ROOT.glob("models/**/ape.json"), *FIXTURES.glob("model-tiny-*/ape.json")]})


def test_there_are_committed_model_directories_of_every_version():
    versions = {json.loads((d / MANIFEST_NAME).read_text())["formatVersion"] for d in COMMITTED}
    assert ROOT / "models" / "default" in COMMITTED
    assert versions == {1, 2, 3, 4, 5, 6, 7, 8}


@pytest.mark.parametrize("directory", COMMITTED, ids=lambda d: str(d.relative_to(ROOT)))
def test_committed_manifest_round_trips_byte_for_byte(directory, tmp_path):
    before = (directory / MANIFEST_NAME).read_bytes()
    manifest = Manifest.load(directory)
    assert manifest.dumps().encode("utf-8") == before
    manifest.save(tmp_path)  # save: validate, then write
    assert (tmp_path / MANIFEST_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST_NAME]  # no temp file left


def test_versions_are_the_typescript_loaders():
    ts = (ROOT / "src" / "model" / "manifest.ts").read_text()
    supported = re.search(r"SUPPORTED_FORMAT_VERSIONS = \[([0-9, ]+)\]", ts)
    assert supported is not None
    versions = tuple(int(v) for v in supported.group(1).split(","))
    assert READ_VERSIONS == versions
    # a new export is written at 7; 8 only adds shortlist.baseRows, written by ape.export.shortlist
    assert FORMAT_VERSION == 7 and max(versions) == 8


def _fixture(name: str = "model-tiny-entmax") -> dict:
    return json.loads((FIXTURES / name / MANIFEST_NAME).read_text())


SHA = "0" * 64


@pytest.mark.parametrize("edit, field", [
    (lambda m: m.update(formatVersion=9), "formatVersion"),
    (lambda m: m.pop("formatVersion"), "formatVersion"),
    (lambda m: m.update(bogus=1), "bogus"),
    (lambda m: m["architecture"].update(bogus=1), "architecture.bogus"),
    (lambda m: m.pop("name"), "name"),
    (lambda m: m["architecture"].update(headDim=7), "architecture"),
    (lambda m: m["architecture"].update(layers=0), "architecture.layers"),
    (lambda m: m["architecture"]["normalizers"].update(context="relu"), "architecture.normalizers.context"),
    (lambda m: m.update(languages={"src": "es"}), "languages"),
    (lambda m: m["decoding"].update(lengthPenalty="wu"), "decoding.lengthPenalty"),
    (lambda m: m["graphs"].update(quantization="int4"), "graphs.quantization"),
    (lambda m: m["files"].pop("tokenizer.json"), "files"),
    (lambda m: m["files"].pop(m["graphs"]["decoder"]), "graphs.decoder"),
    (lambda m: m["files"].update({"x.bin": "ABC"}), "files.x.bin"),
    # version 1 holds no version 2 field; int8-block32 and shortlist need version 3
    (lambda m: m.update(casing={"kind": "truecase-v1", "file": "casing.json"}), "casing"),
    (lambda m: m["decoding"].update(keepMtMargin=0.5), "decoding.keepMtMargin"),
    (lambda m: m.update(formatVersion=2) or m["graphs"].update(quantization="int8-block32"), "graphs.quantization"),
    (lambda m: m.update(formatVersion=2, shortlist={"ids": "s.json", "decoder": "d.onnx", "rows": "r.onnx"})
     or m["files"].update({"s.json": SHA, "d.onnx": SHA, "r.onnx": SHA}), "shortlist"),
    (lambda m: m.update(formatVersion=3, shortlist={"ids": "s.json", "decoder": "d.onnx", "rows": "r.onnx"}),
     "shortlist.ids"),
    (lambda m: m.update(formatVersion=2, casing={"kind": "truecase-v1", "file": "casing.json"}), "casing.file"),
    # lexicon needs version 4 and its file listed
    (lambda m: m.update(formatVersion=3, lexicon={"kind": "wordpiece-trie-v1", "file": "l.json"})
     or m["files"].update({"l.json": SHA}), "lexicon"),
    (lambda m: m.update(formatVersion=4, lexicon={"kind": "wordpiece-trie-v1", "file": "l.json"}), "lexicon.file"),
    # alpha: only where the normalizer is alpha-entmax, layers x heads, 1 < alpha <= 2
    (lambda m: m.update(formatVersion=2) or m["architecture"]["normalizers"].update(encoderSelf="softmax")
     or m["architecture"].update(alpha={"encoderSelf": [[1.5] * 4] * 2}), "architecture.alpha.encoderSelf"),
    (lambda m: m.update(formatVersion=2) or m["architecture"].update(alpha={"context": [[1.5] * 4]}),
     "architecture.alpha.context"),
    (lambda m: m.update(formatVersion=2) or m["architecture"].update(alpha={"context": [[2.5] * 4] * 2}),
     "architecture.alpha.context"),
])
def test_invalid_manifests_are_refused_naming_the_field(edit, field):
    m = _fixture()
    assert (m["formatVersion"], m["architecture"]["layers"], m["architecture"]["heads"]) == (1, 2, 4)
    assert set(m["architecture"]["normalizers"].values()) == {"alpha-entmax"}
    Manifest.from_json(json.loads(json.dumps(m)))  # valid as committed
    edit(m)
    with pytest.raises(ManifestError) as e:
        Manifest.from_json(m, "x/ape.json")
    assert f"x/ape.json ({field}): " in str(e.value) and "docs/model-format.md" in str(e.value)


def test_the_v2_fields_load_at_version_2():
    m = _fixture()
    m.update(formatVersion=2, casing={"kind": "truecase-v1", "file": "casing.json"})
    m["files"]["casing.json"] = SHA
    m["decoding"]["keepMtMargin"] = 0.5
    m["architecture"]["alpha"] = {"context": [[1.5, 1.25, 2.0, 1.01], [1.1, 1.2, 1.3, 1.4]]}
    manifest = Manifest.from_json(json.loads(json.dumps(m)))
    assert manifest.casing is not None and manifest.casing.file == "casing.json"
    assert manifest.to_json() == m


def test_save_refuses_an_invalid_manifest_and_writes_nothing(tmp_path):
    manifest = Manifest.load(FIXTURES / "model-tiny-softmax")
    bad = dataclasses.replace(manifest, shortlist=Shortlist("s.json", "d.onnx", "r.onnx"))  # version 1
    with pytest.raises(ManifestError, match=r"\(shortlist\): needs formatVersion 3"):
        bad.save(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_new_manifest_is_written_at_the_current_version():
    m = _fixture()
    manifest = Manifest(**{f.name: getattr(Manifest.from_json(m), f.name)
                           for f in dataclasses.fields(Manifest) if f.name != "formatVersion"})
    assert manifest.formatVersion == FORMAT_VERSION
    assert manifest.to_json() == {**m, "formatVersion": FORMAT_VERSION}


def test_shortlist_through_the_dataclass_writes_the_committed_fixtures_manifest(tmp_path):
    """training/scripts/make_shortlist_fixture.py's steps, on a copy of model-tiny-softmax:
    the manifest must be the committed model-tiny-shortlist's, byte for byte."""
    from ape.export.shortlist import add_shortlist

    committed = FIXTURES / "model-tiny-shortlist"
    d = tmp_path / "model-tiny-shortlist"
    shutil.copytree(FIXTURES / "model-tiny-softmax", d, ignore=shutil.ignore_patterns("reference.json"))
    dataclasses.replace(Manifest.load(d), name="model-tiny-shortlist").save(d)
    source = json.loads((committed / "shortlist.json").read_text())["source"]
    V = Manifest.load(d).architecture.vocabSize
    ids = sorted(random.Random(7).sample(range(V), V // 2))  # the rule the committed source states
    assert source["rule"] == f"random.Random(7).sample(range({V}), {V // 2})"
    add_shortlist(d, ids, source, rows_input=True)
    assert (d / MANIFEST_NAME).read_bytes() == (committed / MANIFEST_NAME).read_bytes()
    # and model-tiny-shortlist-base: the same S rebuilt with its rows in the graph (format version 8)
    committed = FIXTURES / "model-tiny-shortlist-base"
    dataclasses.replace(Manifest.load(d), name="model-tiny-shortlist-base").save(d)
    add_shortlist(d, ids, source, force=True)
    assert (d / MANIFEST_NAME).read_bytes() == (committed / MANIFEST_NAME).read_bytes()


def test_shortlist_base_rows_needs_version_8_and_a_known_value():
    data = json.loads((FIXTURES / "model-tiny-shortlist-base" / MANIFEST_NAME).read_text())
    assert Manifest.from_json(data).shortlist.baseRows == "in-graph"
    with pytest.raises(ManifestError, match=r"\(shortlist.baseRows\): needs formatVersion 8"):
        Manifest.from_json({**data, "formatVersion": 7})
    with pytest.raises(ManifestError, match=r"\(shortlist.baseRows\): 'int8': only 'in-graph' is defined"):
        Manifest.from_json({**data, "shortlist": {**data["shortlist"], "baseRows": "int8"}})
    # a version 3 shortlist has no baseRows and writes none
    v3 = json.loads((FIXTURES / "model-tiny-shortlist" / MANIFEST_NAME).read_text())
    assert "baseRows" not in Manifest.from_json(v3).to_json()["shortlist"]
