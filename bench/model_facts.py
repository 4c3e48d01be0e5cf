"""The figures docs/results.md quotes about a model beyond its test scores: parameter counts and α movement.

    .venv/bin/python bench/model_facts.py params CONFIG.json [CONFIG.json ...]
    .venv/bin/python bench/model_facts.py alpha MODEL_DIR [MODEL_DIR ...]

params: the unique parameters of the model a training config builds (`APEModel(config)`, shared
tensors counted once, as `ape train` prints at its start), with MiniLM's sizes (6 x 384, 12 heads,
FFN 1536, vocabulary 30522) where the config leaves them to the BERT checkpoint.
alpha: how the learned α of the context attention moved during training: from the first `alpha`
record of MODEL_DIR/training-log.jsonl to ape.json `architecture.alpha.context` (the shipped
checkpoint): max and mean |Δα|, heads moved down / up by more than 0.05, per-layer means, range.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINILM = {"vocab_size": 30522, "hidden": 384, "layers": 6, "heads": 12, "ffn": 1536, "max_positions": 512}


def params(config_path: Path) -> int:
    sys.path.insert(0, str(ROOT / "training"))
    from ape.config import ModelConfig
    from ape.model import APEModel

    model = json.loads(config_path.read_text(encoding="utf-8")).get("model", {})
    names = {f.name for f in dataclasses.fields(ModelConfig)}
    # trainer-only keys (init_context_from_self: how weights start, not their number) are left out
    config = ModelConfig.from_dict({k: v for k, v in {**MINILM, **model}.items() if k in names})
    return sum(p.numel() for p in APEModel(config).parameters())  # parameters() yields a shared tensor once


def alpha(model_dir: Path) -> str:
    shipped = json.loads((model_dir / "ape.json").read_text(encoding="utf-8"))["architecture"]["alpha"]["context"]
    with open(model_dir / "training-log.jsonl", encoding="utf-8") as log:
        first = next((r for r in map(json.loads, log) if "alpha" in r), None)
    if first is None:
        return f"{model_dir}: no alpha record in training-log.jsonl"
    start = [first["alpha"][k] for k in sorted(first["alpha"], key=lambda k: int(k.split(".")[1]))]
    moves = [b - a for s, e in zip(start, shipped) for a, b in zip(s, e)]
    every = [a for layer in shipped for a in layer]
    return "\n".join([
        f"{model_dir}: α from step {first['step']} (first log record) to ape.json, {len(moves)} heads",
        f"  |Δα| max {max(map(abs, moves)):.3f}, mean {statistics.mean(map(abs, moves)):.3f}; "
        f"down > 0.05: {sum(m < -0.05 for m in moves)}, up > 0.05: {sum(m > 0.05 for m in moves)}",
        "  mean α per layer: " + ", ".join(f"{statistics.mean(s):.3f} -> {statistics.mean(e):.3f}"
                                           for s, e in zip(start, shipped)),
        f"  shipped α range {min(every):.3f}-{max(every):.3f}, mean {statistics.mean(every):.3f}",
    ])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("what", choices=["params", "alpha"])
    p.add_argument("paths", nargs="+", type=Path)
    args = p.parse_args()
    for path in args.paths:
        if not path.exists():
            print(f"model_facts: {path} does not exist", file=sys.stderr)
            return 2
        print(f"{path}: {params(path) / 1e6:.2f}M parameters" if args.what == "params" else alpha(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
