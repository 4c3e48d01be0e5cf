"""python -m ape.export CHECKPOINT OUT_DIR [options]: a trained checkpoint -> a model directory.

CHECKPOINT is what ape.train writes (best.pt / last.pt: a dict with `model`, `model_config`,
`train_config`, `step`); the tokenizer defaults to tokenizer.json beside it (the trainer keeps
the one it trained with there). The directory is written fresh (refused if it exists, unless
--force), checked against PyTorch (logits within 1e-4, greedy outputs identical) and only
then moved into place. docs/model-format.md describes what it holds.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import torch
from tokenizers import Tokenizer

from ape.casing import DEFAULT_MIN_GAIN, KIND as CASING_KIND, learn, read_triplets
from ape.config import ModelConfig
from ape.data import DataError
from ape.decode import DecodingOptions
from ape.export.manifest import sha256_file
from ape.export.model_dir import ExportError, _lowercases, export_model_dir
from ape.model import APEModel
from ape.paths import portable_paths


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=Path(__file__).parent, timeout=10)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ape.export", description=__doc__.split("\n")[0])
    ap.add_argument("checkpoint", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: beside the checkpoint)")
    ap.add_argument("--name", help="manifest name (default: the directory name)")
    ap.add_argument("--src-lang", default="und", help="BCP-47 code of src (default: und)")
    ap.add_argument("--tgt-lang", default="und", help="BCP-47 code of mt and pe (default: und)")
    ap.add_argument("--quantize", choices=["none", "int8", "fp16", "int8-block32"], default="none",
                    help="int8: onnxruntime dynamic quantization (per-channel); fp16: weights stored as float16, computed in "
                         "float32; int8-block32: MatMul weights as 8-bit blocks of 32 (MatMulNBits), embeddings fp16")
    ap.add_argument("--force", action="store_true", help="replace OUT_DIR if it exists")
    d = DecodingOptions()
    ap.add_argument("--beam", type=int, default=d.beam)
    ap.add_argument("--length-penalty", choices=["avg", "gnmt", "none"], default=d.length_penalty)
    ap.add_argument("--length-penalty-alpha", type=float, default=d.length_penalty_alpha)
    ap.add_argument("--min-length", type=int, default=d.min_length)
    ap.add_argument("--max-length-ratio", type=float, default=d.max_length_ratio)
    ap.add_argument("--max-length-offset", type=int, default=d.max_length_offset)
    ap.add_argument("--keep-mt-margin", type=float, help="decoding.keepMtMargin: keep the mt unless beaten by more than this")
    ap.add_argument("--casing-from", metavar="PREFIX",
                    help="learn casing.json from PREFIX.{src,mt,pe} or a .tsv/.jsonl "
                         "(default: the checkpoint's train data, for a lowercasing tokenizer)")
    ap.add_argument("--no-casing", action="store_true", help="write no casing step")
    ap.add_argument("--provenance", type=Path, metavar="FILE",
                    help="a JSON object added to the manifest's `training` as `provenance` (how the checkpoint was "
                         "made when one command cannot say it: resumed phases, data manifest, notes)")
    args = ap.parse_args(argv)

    if not args.checkpoint.is_file():
        print(f"error: {args.checkpoint}: no such checkpoint file", file=sys.stderr)
        return 2
    ckpt = torch.load(args.checkpoint, map_location="cpu", weights_only=False)  # our own trainer's file
    missing = [k for k in ("model", "model_config") if k not in ckpt]
    if missing:
        print(f"error: {args.checkpoint}: not an ape.train checkpoint (no {', '.join(missing)})", file=sys.stderr)
        return 2
    model = APEModel(ModelConfig.from_dict(ckpt["model_config"]))
    model.load_state_dict(ckpt["model"])
    tokenizer = args.tokenizer or args.checkpoint.parent / "tokenizer.json"
    if not tokenizer.is_file():
        print(f"error: {tokenizer}: no tokenizer.json (pass --tokenizer)", file=sys.stderr)
        return 2
    train_config = ckpt.get("train_config") or {}
    training = {
        "checkpoint": str(args.checkpoint), "checkpointSha256": sha256_file(args.checkpoint), "step": ckpt.get("step"),
        "dev": ckpt.get("dev"), "config": train_config, "gitCommit": git_commit(),
        "command": " ".join(["python -m ape.export", *(argv if argv is not None else sys.argv[1:])]),
    }
    if args.provenance is not None:
        try:
            provenance = json.loads(args.provenance.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"error: --provenance {args.provenance}: {e}", file=sys.stderr)
            return 2
        if not isinstance(provenance, dict):
            print(f"error: --provenance {args.provenance}: not a JSON object", file=sys.stderr)
            return 2
        training["provenance"] = provenance
    training = portable_paths(training)
    casing = None
    lowercasing = _lowercases(Tokenizer.from_file(str(tokenizer)))
    prefix = None if args.no_casing else args.casing_from or (train_config.get("train") if lowercasing else None)
    if prefix is not None:
        try:
            triplets = read_triplets(prefix)
        except (OSError, DataError) as e:
            print(f"error: casing data: {e} (pass --casing-from PREFIX or --no-casing)", file=sys.stderr)
            return 2
        table = learn(triplets)
        casing = {"kind": CASING_KIND, "trainedOn": portable_paths(prefix), "triplets": len(triplets), "minGain": DEFAULT_MIN_GAIN, "table": table}
        print(f"casing: {len(table)} entries learned from {prefix}", file=sys.stderr)
    decoding = DecodingOptions(args.beam, args.length_penalty, args.length_penalty_alpha, args.min_length,
                               args.max_length_ratio, args.max_length_offset)
    try:
        result = export_model_dir(
            model, tokenizer, args.out_dir, name=args.name or args.out_dir.name,
            languages={"src": args.src_lang, "tgt": args.tgt_lang}, decoding=decoding,
            max_src_tokens=train_config.get("max_src_tokens", 200), max_mt_tokens=train_config.get("max_mt_tokens", 200),
            training=training, quantization=args.quantize, force=args.force, casing=casing,
            keep_mt_margin=args.keep_mt_margin, input_layout=train_config.get("input_layout", "bert-pair"),
        )
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(result.directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
