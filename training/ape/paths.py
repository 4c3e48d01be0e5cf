"""Paths as the model directory records them: none of the training machine's absolute paths
(a manifest, a casing table and a provenance travel to other machines, and into git)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]


def portable_paths(value: Any, root: Path = REPOSITORY) -> Any:
    """`value` (the manifest's `training` record) with no absolute path of the machine that
    trained it: a path inside the repository becomes relative to its root
    ("synthetic-data/es-en/train"), one inside a Python environment starts at "site-packages/",
    any other keeps its last two parts after ".../" (a run directory, a home directory: where
    the checkpoint lived says nothing to another machine, and `checkpointSha256` identifies it).
    Applied to every string, including each word of a command line and the value of a word
    KEY=/path (`--set out_dir=/home/alice/runs/y`)."""
    if isinstance(value, dict):
        return {k: portable_paths(v, root) for k, v in value.items()}
    if isinstance(value, list):
        return [portable_paths(v, root) for v in value]
    if not isinstance(value, str):
        return value
    if " " in value:
        return " ".join(portable_paths(word, root) for word in value.split(" "))
    if not value.startswith("/"):
        key, eq, rest = value.partition("=")
        # a command's `--set out_dir=/abs/path` or `--flag=/abs/path`: the path after the first "="
        return key + eq + portable_paths(rest, root) if eq and rest.startswith("/") else value
    path = Path(os.path.normpath(value))
    if path == root or root in path.parents:
        return path.relative_to(root).as_posix() or "."
    if "site-packages" in path.parts:
        return Path(*path.parts[path.parts.index("site-packages"):]).as_posix()
    return ".../" + Path(*path.parts[-2:]).as_posix() if len(path.parts) > 2 else value
