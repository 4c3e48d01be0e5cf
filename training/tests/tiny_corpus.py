"""Tiny triplet corpora and configs for the trainer's tests, written into a tmp dir.

The pe is the mt with a few systematic edits, so a model has something learnable.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from ape.pretrained import resolve

TRAINING = Path(__file__).resolve().parents[1]
TINY_CONFIG = TRAINING / "configs" / "tiny.json"


def tiny_tokenizer() -> Path:
    """tiny.json's tokenizer (a `package:` reference or a path relative to the file), resolved."""
    path = resolve(json.loads(TINY_CONFIG.read_text())["tokenizer"])
    return path if path.is_absolute() else (TINY_CONFIG.parent / path).resolve()


WORDS = "the a house car red blue big small dog cat runs sleeps quickly today green old new".split()


def triplets(n: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(2, 9))]
        src = " ".join(reversed(words))
        mt = " ".join(words)
        pe = " ".join("car" if w == "house" else w for w in words)
        out.append((src, mt, pe))
    return out


def write_prefix(prefix: Path, rows: list[tuple[str, str, str]]) -> Path:
    for i, ext in enumerate(("src", "mt", "pe")):
        Path(f"{prefix}.{ext}").write_text("".join(r[i] + "\n" for r in rows), encoding="utf-8")
    return prefix


def make_run(tmp: Path, n_train: int = 64, **overrides) -> Path:
    """A config file in `tmp` for the tiny model over fresh tiny train/dev files."""
    write_prefix(tmp / "train", triplets(n_train, 1))
    write_prefix(tmp / "dev", triplets(8, 2))
    cfg = json.loads(TINY_CONFIG.read_text())
    cfg["tokenizer"] = str(tiny_tokenizer())
    cfg.update({"train": str(tmp / "train"), "dev": str(tmp / "dev"), "out_dir": str(tmp / "run"), **overrides})
    path = tmp / "config.json"
    path.write_text(json.dumps(cfg))
    return path


def read_log(run_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()]
