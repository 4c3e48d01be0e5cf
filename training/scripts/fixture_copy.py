"""The common start of the fixture scripts that derive one tiny model from another
(make_shortlist/lexicon/draft/gate_fixture.py): a fresh copy of the base directory, without its
reference.json, under the new name."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from ape.export.manifest import Manifest


def copy_fixture(fixtures: Path, base: str, name: str) -> Path:
    """fixtures/base copied to fixtures/name (replacing it), ape.json `name` set to `name`."""
    out = fixtures / name
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(fixtures / base, out, ignore=shutil.ignore_patterns("reference.json"))
    dataclasses.replace(Manifest.load(out), name=name).save(out)
    return out
