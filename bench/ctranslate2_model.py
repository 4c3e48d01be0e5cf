"""A CTranslate2 model of one of our models' shapes and weights, for bench/ctranslate2.ts (issue 22).

    .venv/bin/pip install ctranslate2==4.8.5       # the bench's own dependency, in no requirements file
    nice -n 10 .venv/bin/python bench/ctranslate2_model.py [MODEL_DIR] [--out DIR] [--check]

MODEL_DIR defaults to models/default and OUT to bench/out/ctranslate2/<name> (bench/out/ is not
committed). The weights come from a PyTorch checkpoint of the model:

- `--checkpoint FILE.pt`: an `ape.train` checkpoint or one `python -m ape.export.from_onnx` wrote;
- otherwise a float32, float16 or int8-block32 MODEL_DIR is imported with `ape.export.from_onnx`
  (int8-block32: its dequantized weights, the weights its graphs multiply by);
- a per-channel int8 MODEL_DIR cannot be imported (its weights are rounded per channel): the
  same training checkpoint exported in float16 is read from git at `--fp16-rev` (default
  964fa27, where models/default was a float16 export; the manifests'
  `training.checkpointSha256` must agree, or this refuses). That revision's own `training/`
  does the import (the current exporter's graphs may differ from that export's), about 1.5 min
  on 2 cores; the checkpoint is kept beside OUT for the next run.

The CTranslate2 model is built with its spec API (`ctranslate2.specs.TransformerSpec`), the same
way its own BERT converter builds an encoder: post-norm layers (LayerNorm after each residual),
erf GELU, learned positions, LayerNorm on the embeddings, unscaled embeddings. Where our model
(training/ape/model.py) has something CTranslate2 lacks, the closest equivalent of the same shapes:

- encoder token types: a second source embedding (`num_source_embeddings=2`, added), so the
  source is given as `token￨type`: exact, as CTranslate2's BERT converter does it;
- decoder token type (always 1): added into the decoder's position table: exact;
- shared parameters (decoder self-attention IS the encoder's; the word embedding is shared by
  encoder, decoder and the tied output projection): CTranslate2 stores equal tensors once
  (`optimize` aliases them); the work per step is the same as unshared;
- alpha-entmax context attention: CTranslate2 has only softmax, so the context attention is
  softmax over the same keys. The outputs therefore differ from ours (the bench forces the
  number of decoder steps instead); everything else computes what our graphs compute, which
  `--check` verifies: CTranslate2's float32 teacher-forced log-probabilities against our
  PyTorch model with softmax in place of alpha-entmax, on a few test pairs.

Quantization: `--quantization float32` (default; CTranslate2 quantizes to int8 at load time with
`compute_type="int8"`, which the bench does) or `int8` (stored quantized).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
FP16_REV = "964fa27"
INSTALL = "install it into the venv for this benchmark only: .venv/bin/pip install ctranslate2==4.8.5"


class BuildError(Exception):
    """What went wrong and what to do; printed as `error: ...`, exit 2."""


def _manifest(model_dir: Path) -> dict[str, Any]:
    path = model_dir / "ape.json"
    if not path.is_file():
        raise BuildError(f"{model_dir}: no ape.json (not a model directory; pass a model directory such as models/default)")
    return json.loads(path.read_text(encoding="utf-8"))


def _import_dir(model_dir: Path, out_pt: Path, training_dir: Path) -> None:
    """`python -m ape.export.from_onnx MODEL_DIR OUT.pt` with `training_dir`'s ape package."""
    cmd = [sys.executable, "-m", "ape.export.from_onnx", str(model_dir.resolve()), str(out_pt.resolve()), "--force"]
    print(f"importing {model_dir} with {training_dir}/ape (about 1.5 min on 2 cores) ...", file=sys.stderr)
    r = subprocess.run(cmd, cwd=training_dir, capture_output=True, text=True)
    if r.returncode != 0:
        tail = "\n".join(line for line in r.stderr.splitlines() if "torchvision" not in line)[-2000:]
        raise BuildError(f"{model_dir}: ape.export.from_onnx failed:\n{tail}")


def checkpoint_for(model_dir: Path, cache_dir: Path, fp16_rev: str) -> Path:
    """A PyTorch checkpoint holding `model_dir`'s weights (made once, then read from `cache_dir`)."""
    manifest = _manifest(model_dir)
    quantization = manifest["graphs"].get("quantization", "none")
    sha = (manifest.get("training") or {}).get("checkpointSha256") or "unknown"
    cached = cache_dir / f"{manifest.get('name', 'model')}-{sha[:12]}.pt"
    if cached.is_file():
        return cached
    cache_dir.mkdir(parents=True, exist_ok=True)
    if quantization in ("none", "fp16", "int8-block32"):
        _import_dir(model_dir, cached, ROOT / "training")
        return cached
    try:
        rel = model_dir.resolve().relative_to(ROOT)
    except ValueError as e:
        raise BuildError(f"{model_dir}: {quantization} weights cannot be imported and the directory is not in this "
                         "repository's git history; pass --checkpoint FILE.pt (its training checkpoint)") from e
    with tempfile.TemporaryDirectory(prefix="ape-ct2-") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", fp16_rev, "training", str(rel)], capture_output=True)
        if archive.returncode != 0:
            raise BuildError(f"git archive {fp16_rev} training {rel} failed ({archive.stderr.decode().strip()}); "
                             f"{model_dir} holds {quantization} weights, which cannot be imported: pass --fp16-rev REV "
                             "(a revision where it was a float16 export of the same checkpoint) or --checkpoint FILE.pt")
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        old_dir = Path(tmp) / rel
        old = _manifest(old_dir)
        old_sha = (old.get("training") or {}).get("checkpointSha256")
        if old["graphs"].get("quantization") not in ("none", "fp16") or old_sha != sha:
            raise BuildError(f"{rel} at git {fp16_rev} is not a float16/float32 export of the checkpoint {model_dir} was "
                             f"made from (quantization {old['graphs'].get('quantization')}, training.checkpointSha256 "
                             f"{old_sha} vs {sha}); pass --fp16-rev REV or --checkpoint FILE.pt")
        _import_dir(old_dir, cached, Path(tmp) / "training")
    return cached


def vocabulary(tokenizer_json: Path) -> list[str]:
    """The WordPiece vocabulary in id order (CTranslate2 names tokens by string)."""
    vocab: dict[str, int] = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"]
    tokens = [""] * len(vocab)
    for token, i in vocab.items():
        tokens[i] = token
    if "" in tokens:
        raise BuildError(f"{tokenizer_json}: vocabulary ids are not 0..{len(vocab) - 1}")
    return tokens


def build_spec(state: dict[str, Any], config: dict[str, Any], tokens: list[str], special: dict[str, int]):
    """The TransformerSpec of our APEModel's state_dict (see the module docstring for what differs)."""
    from ctranslate2.specs import common_spec, transformer_spec

    def t(name: str) -> np.ndarray:
        return state[name].detach().float().numpy()

    def linear(spec, prefix: str) -> None:
        spec.weight, spec.bias = t(f"{prefix}.weight"), t(f"{prefix}.bias")

    def fused(spec, prefixes: list[str]) -> None:
        spec.weight = np.concatenate([t(f"{p}.weight") for p in prefixes])
        spec.bias = np.concatenate([t(f"{p}.bias") for p in prefixes])

    def norm(spec, prefix: str) -> None:
        spec.gamma, spec.beta = t(f"{prefix}.weight"), t(f"{prefix}.bias")

    layers, heads = config["layers"], config["heads"]
    gelu = common_spec.Activation.GELU
    encoder = transformer_spec.TransformerEncoderSpec(
        layers, heads, pre_norm=False, activation=gelu, num_source_embeddings=2,
        embeddings_merge=common_spec.EmbeddingsMerge.ADD, layernorm_embedding=True)
    decoder = transformer_spec.TransformerDecoderSpec(layers, heads, pre_norm=False, activation=gelu, layernorm_embedding=True)
    spec = transformer_spec.TransformerSpec(encoder, decoder)
    encoder.scale_embeddings = False
    decoder.scale_embeddings = False

    word, positions = t("embeddings.word_embeddings.weight"), t("embeddings.position_embeddings.weight")
    token_types = t("embeddings.token_type_embeddings.weight")
    encoder.embeddings[0].weight = word
    encoder.embeddings[1].weight = token_types
    encoder.position_encodings.encodings = positions
    norm(encoder.layernorm_embedding, "embeddings.LayerNorm")
    for i, layer in enumerate(encoder.layer):
        p = f"encoder_layers.{i}"
        fused(layer.self_attention.linear[0], [f"{p}.self_attn.{n}" for n in ("query", "key", "value")])
        linear(layer.self_attention.linear[1], f"{p}.self_attn.output")
        norm(layer.self_attention.layer_norm, f"{p}.self_attn_norm")
        linear(layer.ffn.linear_0, f"{p}.ffn.intermediate")
        linear(layer.ffn.linear_1, f"{p}.ffn.output")
        norm(layer.ffn.layer_norm, f"{p}.ffn_norm")

    decoder.embeddings.weight = word
    # every decoder token has token type `decoder_token_type`: a constant row, folded into the positions
    decoder.position_encodings.encodings = positions + token_types[config.get("decoder_token_type", 1)]
    norm(decoder.layernorm_embedding, "decoder_embeddings.LayerNorm")
    decoder.projection.weight, decoder.projection.bias = word, t("output_bias")  # tied, with its own bias
    for i, layer in enumerate(decoder.layer):
        p = f"decoder_layers.{i}"
        fused(layer.self_attention.linear[0], [f"{p}.self_attn.{n}" for n in ("query", "key", "value")])
        linear(layer.self_attention.linear[1], f"{p}.self_attn.output")
        norm(layer.self_attention.layer_norm, f"{p}.self_attn_norm")
        linear(layer.attention.linear[0], f"{p}.context_attn.query")
        fused(layer.attention.linear[1], [f"{p}.context_attn.{n}" for n in ("key", "value")])
        linear(layer.attention.linear[2], f"{p}.context_attn.output")
        norm(layer.attention.layer_norm, f"{p}.context_attn_norm")
        linear(layer.ffn.linear_0, f"{p}.ffn.intermediate")
        linear(layer.ffn.linear_1, f"{p}.ffn.output")
        norm(layer.ffn.layer_norm, f"{p}.ffn_norm")

    spec.register_source_vocabulary(tokens)
    spec.register_source_vocabulary(["0", "1"])  # the token type, given as `token￨type`
    spec.register_target_vocabulary(tokens)
    spec.config.unk_token = tokens[special["unk"]]
    spec.config.bos_token = tokens[special["bos"]]
    spec.config.eos_token = tokens[special["eos"]]
    spec.config.decoder_start_token = tokens[special["bos"]]  # [CLS] starts the decoder, as in ours
    spec.config.layer_norm_epsilon = config.get("layer_norm_eps", 1e-12)
    return spec


def source_tokens(input_ids: list[int], token_type_ids: list[int], tokens: list[str]) -> list[str]:
    """Our encoder input (docs/model-format.md, bert-pair) as CTranslate2 source tokens with features."""
    return [f"{tokens[i]}￨{tt}" for i, tt in zip(input_ids, token_type_ids)]


def check(out: Path, pt: Path, model_dir: Path, tokens: list[str], pairs: int = 4) -> float:
    """Max |CTranslate2 - ours| of teacher-forced log-probs, ours with softmax context attention."""
    import ctranslate2
    import torch

    sys.path.insert(0, str(ROOT / "training"))
    from ape.config import ModelConfig
    from ape.model import APEModel

    ckpt = torch.load(pt, map_location="cpu", weights_only=False)
    cfg = dict(ckpt["model_config"])
    cfg["normalizers"] = {**cfg["normalizers"], "context": "softmax"}
    model = APEModel(ModelConfig.from_dict(cfg)).eval()
    missing, unexpected = model.load_state_dict(ckpt["model"], strict=False)
    if [k for k in missing if not k.endswith("pre_alpha")] or [k for k in unexpected if not k.endswith("pre_alpha")]:
        raise BuildError(f"{pt}: state_dict does not fit ape.model.APEModel (missing {missing[:3]}, unexpected {unexpected[:3]})")
    manifest = _manifest(model_dir)
    special = manifest["specialTokens"]
    ids = {tok: i for i, tok in enumerate(tokens)}
    data = ROOT / "synthetic-data" / "es-en" / "test"
    srcs = data.with_suffix(".src").read_text(encoding="utf-8").splitlines()[:pairs]
    mts = data.with_suffix(".mt").read_text(encoding="utf-8").splitlines()[:pairs]
    pes = data.with_suffix(".pe").read_text(encoding="utf-8").splitlines()[:pairs]
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))

    def enc(text: str) -> list[int]:
        return tok.encode(text, add_special_tokens=False).ids

    translator = ctranslate2.Translator(str(out), compute_type="float32", intra_threads=1)
    worst = 0.0
    for src, mt, pe in zip(srcs, mts, pes):
        s, m, target = enc(src), enc(mt), enc(pe)
        input_ids = [special["bos"], *s, special["sep"], *m, special["sep"]]
        types = [0] * (len(s) + 2) + [1] * (len(m) + 1)
        [scored] = translator.score_batch([source_tokens(input_ids, types, tokens)], [[tokens[i] for i in target]])
        with torch.no_grad():
            x = torch.tensor([input_ids])
            logits = model(x, torch.tensor([types]), torch.arange(len(input_ids))[None], torch.ones_like(x),
                           torch.tensor([[special["bos"], *target]]))
            lp = torch.log_softmax(logits[0], dim=-1)
        ours = [float(lp[j, v]) for j, v in enumerate([*target, special["eos"]])]
        if [ids[t] for t in scored.tokens] != [*target, special["eos"]] and [ids[t] for t in scored.tokens] != target:
            raise BuildError(f"check: CTranslate2 scored tokens {scored.tokens[:5]}..., expected the pe's")
        worst = max(worst, float(np.max(np.abs(np.array(scored.log_probs) - np.array(ours)))))
    return worst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/ctranslate2_model.py", description=__doc__.split("\n")[0])
    ap.add_argument("model_dir", type=Path, nargs="?", default=ROOT / "models" / "default")
    ap.add_argument("--out", type=Path, help="CTranslate2 model directory to write (default bench/out/ctranslate2/NAME)")
    ap.add_argument("--checkpoint", type=Path, help="the model's PyTorch checkpoint (skips the import)")
    ap.add_argument("--fp16-rev", default=FP16_REV, help=f"git revision holding a float16 export of an int8 MODEL_DIR (default {FP16_REV})")
    ap.add_argument("--quantization", choices=("float32", "int8"), default="float32")
    ap.add_argument("--check", action="store_true", help="compare teacher-forced log-probs with ours (softmax context attention)")
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = ap.parse_args(argv)
    try:
        import ctranslate2
    except ImportError:
        print(f"error: the Python package ctranslate2 is not installed; {INSTALL}", file=sys.stderr)
        return 2
    try:
        manifest = _manifest(args.model_dir)
        out = args.out or ROOT / "bench" / "out" / "ctranslate2" / manifest.get("name", args.model_dir.name)
        if (out / "model.bin").exists() and not args.force:
            print(f"error: {out} already exists (pass --force to replace it)", file=sys.stderr)
            return 2
        if args.checkpoint is not None and not args.checkpoint.is_file():
            raise BuildError(f"--checkpoint {args.checkpoint}: no such file")
        pt = args.checkpoint or checkpoint_for(args.model_dir, out.parent, args.fp16_rev)
        import torch

        ckpt = torch.load(pt, map_location="cpu", weights_only=False)
        tokens = vocabulary(args.model_dir / "tokenizer.json")
        a = manifest["architecture"]
        if len(tokens) != a["vocabSize"]:
            raise BuildError(f"{args.model_dir}/tokenizer.json: {len(tokens)} tokens, ape.json architecture.vocabSize {a['vocabSize']}")
        spec = build_spec(ckpt["model"], ckpt["model_config"], tokens, manifest["specialTokens"])
        spec.validate()
        spec.optimize(quantization=args.quantization)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        spec.save(str(out))
        (out / "ape-source.json").write_text(json.dumps({
            "modelDir": str(args.model_dir), "checkpoint": str(pt), "quantization": args.quantization,
            "ctranslate2": ctranslate2.__version__, "contextAttention": "softmax (ours: alpha-entmax)"}, indent=2) + "\n")
        print(f"wrote {out} (CTranslate2 {ctranslate2.__version__}, {args.quantization})", file=sys.stderr)
        if args.check:
            worst = check(out, pt, args.model_dir, tokens)
            print(f"check: max |log p CTranslate2 - log p ours (softmax context)| = {worst:.2e} on 4 test pairs", file=sys.stderr)
            if worst > 1e-3:
                raise BuildError(f"check: the CTranslate2 model disagrees with ours by {worst:.2e} (> 1e-3): the conversion is wrong")
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
