"""Paths as the model directory records them: none of the training machine's absolute paths
(a manifest, a casing table and a provenance travel to other machines, and into git)."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
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


def rewrite_model_dir(directory: Path, root: Path = REPOSITORY) -> tuple[str, str]:
    """Rewrites a model directory exported before its paths were made portable: ape.json's
    `training` record and casing.json's `trainedOn` go through `portable_paths`, and ape.json's
    `files` hash of casing.json follows the new casing.json. Nothing else changes (the weights,
    the graphs, every other field and the files' formatting stay byte for byte), and a directory
    already portable is left alone. Refuses (ValueError, nothing written) a file not formatted
    as the exporter writes it, or a casing.json whose sha256 is not the one ape.json lists (a
    rewrite must not bless a corrupt file). Both files are written beside themselves first,
    then renamed into place. Returns ape.json's sha256 before and after: results keyed by it
    (bench/results' modelSha256, bench/curve's ape.json.sha256) are the same model's and may be
    re-keyed."""
    manifest_path = directory / "ape.json"
    text = manifest_path.read_bytes().decode("utf-8")  # bytes: the hash is of the file as it is
    manifest = _load_as_written(manifest_path, text, indent=2)
    before = hashlib.sha256(text.encode("utf-8")).hexdigest()
    writes: list[tuple[Path, str]] = []
    casing_path = directory / "casing.json"
    if casing_path.exists():
        casing_text = casing_path.read_bytes().decode("utf-8")
        casing = _load_as_written(casing_path, casing_text, indent=0)
        trained_on = casing.get("trainedOn")
        if trained_on is not None and portable_paths(trained_on, root) != trained_on:
            files = manifest.get("files", {})
            listed = files.get("casing.json")
            if listed is not None and listed != hashlib.sha256(casing_text.encode("utf-8")).hexdigest():
                raise ValueError(f"{casing_path}: its sha256 is not the one {manifest_path} lists under files: not rewritten")
            casing["trainedOn"] = portable_paths(trained_on, root)
            casing_text = _dump(casing, indent=0)
            writes.append((casing_path, casing_text))
            if listed is not None:
                files["casing.json"] = hashlib.sha256(casing_text.encode("utf-8")).hexdigest()
    if "training" in manifest:
        manifest["training"] = portable_paths(manifest["training"], root)
    new_text = _dump(manifest, indent=2)
    if new_text != text:
        writes.append((manifest_path, new_text))
    tmps = []
    for path, content in writes:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmps.append((tmp, path))
    for tmp, path in tmps:
        os.replace(tmp, path)
    return before, hashlib.sha256(new_text.encode("utf-8")).hexdigest()


def _load_as_written(path: Path, text: str, indent: int) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"{path}:{e.lineno}:{e.colno}: not JSON: {e.msg}") from e
    if _dump(value, indent) != text:
        raise ValueError(f"{path}: not formatted as the exporter writes it (json.dumps, indent {indent}): "
                         "rewriting it would change more than its paths; not rewritten")
    return value


def _dump(value: Any, indent: int) -> str:
    """`value` as the exporter and ape.casing write their JSON (`indent`, a final newline)."""
    return json.dumps(value, indent=indent, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m ape.paths",
        description="Rewrite model directories exported before their manifests' paths were portable "
        "(ape.json's training record, casing.json's trainedOn); prints each ape.json's sha256 before and after.")
    ap.add_argument("dirs", nargs="+", type=Path, metavar="MODEL_DIR")
    args = ap.parse_args(argv)
    for d in args.dirs:
        if not (d / "ape.json").is_file():
            print(f"ape.paths: {d / 'ape.json'}: no such file (a model directory holds one)", file=sys.stderr)
            return 2
    for d in args.dirs:
        try:
            before, after = rewrite_model_dir(d)
        except ValueError as e:
            print(f"ape.paths: {e}", file=sys.stderr)
            return 2
        print(f"{d / 'ape.json'}: " + ("unchanged" if before == after else f"sha256 {before} -> {after}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
