"""Triplets for training the keep-or-edit gate (ape.gate) that the default model never saw.

The gate is trained as a second stage with the encoder-decoder frozen, so its triplets must be
new to that model, or the decoded outputs would look better than they do on unseen text. Taken
from the Debian-wide candidates (`bash synthetic-data/build-large.sh` writes them to
synthetic-data/.work-large/escape/candidates.jsonl, one {"g": family, "src", "mt", "pe"} per line):

- every package family of the Debian-wide dev and test splits is left out (they stay for
  evaluation; synthetic-data/large/manifest.json lists them);
- every family with at least one triplet whose src or pe is also in the 23K set
  (synthetic-data/es-en, any split; compared after NFKC + lower case + white space collapsed)
  is left out, so the default model saw none of the families used here;
- single-line src and mt only (the runtime gates each line of a segment on its own);
- then `--count` triplets drawn with `--seed`, written as OUT.src / OUT.mt / OUT.pe plus
  OUT.meta.json (counts, sha256 of the inputs and outputs).

Usage: python training/scripts/gate_data.py OUT_PREFIX [--count 8000] [--seed 1]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = ROOT / "synthetic-data/.work-large/escape/candidates.jsonl"
LARGE_MANIFEST = ROOT / "synthetic-data/large/manifest.json"
SMALL = ROOT / "synthetic-data/es-en"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).lower()).strip()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="output prefix: OUT.src, OUT.mt, OUT.pe, OUT.meta.json")
    ap.add_argument("--count", type=int, default=8000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    for path in (CANDIDATES, LARGE_MANIFEST):
        if not path.exists():
            print(f"gate_data: {path.relative_to(ROOT)} is missing: run bash synthetic-data/build-large.sh first",
                  file=sys.stderr)
            return 2

    families = json.loads(LARGE_MANIFEST.read_text())["families"]
    held = set(families["dev"]) | set(families["test"])
    seen: set[str] = set()
    for split in ("train", "dev", "test"):
        for side in ("src", "pe"):
            seen.update(norm(line) for line in (SMALL / f"{split}.{side}").read_text(encoding="utf-8").splitlines())

    rows: list[dict] = []
    touched: set[str] = set()
    with CANDIDATES.open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            if norm(t["src"]) in seen or norm(t["pe"]) in seen:
                touched.add(t["g"])
            rows.append(t)
    kept = [t for t in rows if t["g"] not in held and t["g"] not in touched
            and "\n" not in t["src"] and "\n" not in t["mt"] and "\n" not in t["pe"]]
    random.Random(args.seed).shuffle(kept)
    chosen = kept[: args.count]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    files = {}
    for side in ("src", "mt", "pe"):
        path = Path(f"{args.out}.{side}")
        path.write_text("".join(t[side] + "\n" for t in chosen), encoding="utf-8")
        files[path.name] = sha256(path)
    meta = {
        "script": "training/scripts/gate_data.py",
        "args": {"count": args.count, "seed": args.seed},
        "inputs": {"candidates": sha256(CANDIDATES), "largeManifest": sha256(LARGE_MANIFEST)},
        "counts": {"candidates": len(rows), "familiesHeldOut": len(held), "familiesIn23K": len(touched),
                   "eligible": len(kept), "written": len(chosen),
                   "families": len({t["g"] for t in chosen})},
        "files": files,
    }
    Path(f"{args.out}.meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta["counts"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
