"""Train the APE model: one loop, read top to bottom (nanoGPT's train.py).

    python -m ape.train --config training/configs/example.json [--resume] [--set key=value ...]
    torchrun --nproc_per_node 2 -m ape.train --config ...      # data parallel: gloo on CPU, nccl on GPUs

The config's `device` (auto: cuda when torch sees a GPU) places model and batches; autocast
runs on that device; under torchrun LOCAL_RANK picks the GPU. The loop never waits on the
GPU except where it logs, evaluates or checkpoints: token counts and stop flags travel
between ranks as CPU tensors over gloo, and loss and gradient norm stay on the device.

Each optimizer step: set the lr of the schedule, run `grad_accum` micro-batches (the loss of
each divided by the target tokens of all of them, on all ranks: OpenNMT's `normalization:
tokens`), clip, step, average the weights, log; every `eval_every` steps decode dev greedily
with the reference decoder, score TER and loss, keep best.pt, stop early; write last.pt.
A kill at any moment loses at most the steps since last.pt, and `--resume` repeats them
exactly (test_resume.py). Exit codes: 0 done, 2 bad config or data, 130 interrupted.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import json
import math
import os
import random
import signal
import sys
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
from sacrebleu.metrics import TER
from tokenizers import Tokenizer
from torch.nn.parallel import DistributedDataParallel

from ape import checkpoint
from ape.bert_loading import load_bert
from ape.config import ModelConfig
from ape.data import BatchStream, DataError, TripletEncoder, collate, read_dev
from ape.decode import DecodingOptions, greedy
from ape.encoding import PairEncoding, SpecialTokens
from ape.model import APEModel
from ape.optim import Ema, get_lr, label_smoothed_loss, make_optimizer, set_lr
from ape.train_config import ConfigError, TrainConfig, load_config

EXIT_OK, EXIT_INPUT, EXIT_INTERRUPTED = 0, 2, 130


# ModelConfig fields that a BERT's config.json decides (ModelConfig.from_bert_config)
FROM_BERT_CONFIG = ("vocab_size", "hidden", "layers", "heads", "ffn", "max_positions", "type_vocab_size",
                    "layer_norm_eps", "hidden_dropout", "attention_dropout")


def build_model(cfg: TrainConfig) -> tuple[APEModel, str, Tokenizer | None]:
    """The model of `cfg.model`, from `cfg.bert_dir` when given; a load report; the BERT's tokenizer."""
    mc = ModelConfig.from_dict(cfg.model)
    if cfg.bert_dir is None:
        return APEModel(mc), f"randomly initialized {mc.layers}x{mc.hidden} model (no bert_dir)", None
    for key in FROM_BERT_CONFIG:
        if key in cfg.model:
            raise ConfigError("config", f"model.{key}", "comes from bert_dir's config.json; remove it")
    try:
        model, report, tokenizer = load_bert(cfg.bert_dir, **{k: getattr(mc, k) for k in cfg.model})
    except (OSError, KeyError, ValueError) as e:
        raise ConfigError("config", "bert_dir", f"cannot initialize from {cfg.bert_dir}: {e}") from e
    return model, report.summary(), tokenizer


def init_from(model: APEModel, path: str) -> str:
    """Start from the weights of an earlier checkpoint (best.pt, or `python -m ape.export.from_onnx`'s
    file from a shipped model directory): a new run, its own optimizer, schedule and data stream."""
    try:
        ckpt = checkpoint.load(path)
    except (OSError, RuntimeError, EOFError) as e:
        raise ConfigError("config", "init_from", f"cannot load {path}: {e}") from e
    if not isinstance(ckpt, dict) or "model" not in ckpt or "model_config" not in ckpt:
        raise ConfigError("config", "init_from", f"{path}: not an ape checkpoint (no model / model_config)")
    theirs = ModelConfig.from_dict(ckpt["model_config"])
    ours = model.config
    differ = [f.name for f in dataclasses.fields(ModelConfig)
              if f.name not in ("hidden_dropout", "attention_dropout", "init_context_from_self")
              and getattr(theirs, f.name) != getattr(ours, f.name)]
    if differ:
        raise ConfigError("config", "init_from", f"{path}: its model differs from this config's in "
                          + ", ".join(f"{n} ({getattr(theirs, n)!r} vs {getattr(ours, n)!r})" for n in differ))
    model.load_state_dict(ckpt["model"])
    return f"weights from {path} (step {ckpt.get('step')})"


def resolve_device(requested: str, local_rank: int = 0) -> torch.device:
    """The torch device of the config's `device` (auto, cpu or cuda); under torchrun the GPU is LOCAL_RANK's."""
    if requested == "cpu" or (requested == "auto" and not torch.cuda.is_available()):
        return torch.device("cpu")
    if not torch.cuda.is_available():
        raise ConfigError("config", "device", f'"cuda", but torch sees no GPU (torch {torch.__version__}, built for '
                          f'CUDA {torch.version.cuda or "none"}): set device to "auto" or "cpu", or run on a GPU machine '
                          "with a CUDA build of torch")
    n = torch.cuda.device_count()
    if local_rank >= n:
        raise ConfigError("config", "device", f"LOCAL_RANK {local_rank}, but only {n} GPU(s) are visible: start "
                          f"torchrun with --nproc_per_node {n} or fewer")
    return torch.device("cuda", local_rank)


def choose_backend(device: torch.device, requested: str = "auto") -> str:
    """The process-group backend of the config's `ddp_backend`: auto is nccl on cuda, gloo on cpu."""
    if requested == "auto":
        return "nccl" if device.type == "cuda" else "gloo"
    if requested == "nccl" and device.type != "cuda":
        raise ConfigError("config", "ddp_backend", f'nccl needs a GPU, but the device is {device.type}: set '
                          'ddp_backend to "auto" or "gloo"')
    return requested


def autocast_dtype(device: torch.device, autocast: str) -> torch.dtype | None:
    """The autocast dtype of the config's `autocast` on `device`; None when off."""
    if autocast == "fp16" and device.type != "cuda":
        raise ConfigError("config", "autocast", f'fp16 needs a GPU, but the device is {device.type}: use "bf16" or "none"')
    return {"none": None, "bf16": torch.bfloat16, "fp16": torch.float16}[autocast]


def native_bf16(device: torch.device) -> bool:
    """Whether `device` computes bfloat16 matmuls natively. On a CPU this is oneDNN's own test (on
    x86: AVX-512 F/BW/VL/DQ, or AVX-NE-CONVERT in newer oneDNN; on Arm: the BF16 extension): without it,
    torch.autocast's bfloat16 kernels fall back to a slow generic path (measured: a training step
    12x slower than float32 on an AVX2-only AMD EPYC, docs/training.md). On a GPU: compute
    capability 8.0 (Ampere) or later."""
    if device.type == "cuda":
        try:
            return torch.cuda.is_bf16_supported(including_emulation=False)
        except TypeError:  # torch before 2.4 has no including_emulation
            return torch.cuda.is_bf16_supported()
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch without oneDNN: judge by the vector unit
        return torch.backends.cpu.get_cpu_capability().startswith("AVX512")


def bf16_warning(device: torch.device, autocast: str) -> str | None:
    """What `ape train` prints before training when the config's bf16 autocast would be emulated."""
    if autocast != "bf16" or native_bf16(device):
        return None
    where = (f"this GPU ({torch.cuda.get_device_name(device)})" if device.type == "cuda"
             else f"this CPU (torch's vector unit: {torch.backends.cpu.get_cpu_capability()})")
    fix = '"fp16" (with its gradient scaler) or "none"' if device.type == "cuda" else '"none" (float32)'
    return (f"warning: autocast bf16, but {where} has no native bfloat16 matmul: it is emulated, and a step "
            f"can take many times as long as in float32 (12x measured on an AVX2-only CPU); set autocast to {fix}")


def _on_cpu(state: dict) -> dict:
    """A state dict with its tensors on the CPU (the same tensors when they are already there),
    so that a checkpoint written on a GPU loads anywhere."""
    return {k: v.cpu() if isinstance(v, torch.Tensor) else v for k, v in state.items()}


@torch.no_grad()
def evaluate(model: APEModel, dev: list, refs: list[str], enc: PairEncoding, cfg: TrainConfig) -> dict:
    """Dev NLL per target token, and TER of greedy hypotheses (the reference decoder)."""
    model.eval()
    device = next(model.parameters()).device
    nll = tokens = 0.0
    for i in range(0, len(dev), cfg.eval_batch_sentences):
        b = collate(dev[i : i + cfg.eval_batch_sentences], enc).to(device)
        logits = model(*b.encoder_inputs(), b.tgt_in_ids)
        nll += label_smoothed_loss(logits, b.tgt_out_ids, pad_id=enc.special.pad, smoothing=0.0)[1].item()
        tokens += b.n_tokens
    # the reference decoder builds its tensors on the CPU: off the CPU it decodes a CPU copy
    decoder = model if device.type == "cpu" else copy.deepcopy(model).cpu()
    hyps = [enc.decode(greedy(decoder, e.pair, enc.special, DecodingOptions(beam=1)).ids) for e in dev]
    model.train()
    return {"dev_loss": nll / tokens, "dev_ter": TER().corpus_score(hyps, [refs]).score}


def alphas(model: APEModel) -> dict[str, list[float]]:
    """The learned α of every α-entmax normalizer, per head, keyed by module path."""
    return {name.removesuffix(".normalizer"): [round(a, 4) for a in m.alpha().tolist()]
            for name, m in model.named_modules() if callable(getattr(m, "alpha", None))}


def train(cfg: TrainConfig, resume: bool) -> int:
    # --- processes, threads, seeds ---------------------------------------------------------
    ddp = "RANK" in os.environ and "WORLD_SIZE" in os.environ
    device = resolve_device(cfg.device, int(os.environ.get("LOCAL_RANK", "0")) if ddp else 0)
    amp_dtype = autocast_dtype(device, cfg.autocast)
    backend = choose_backend(device, cfg.ddp_backend)
    if device.type == "cuda":
        torch.cuda.set_device(device)
    if ddp:
        dist.init_process_group(backend, timeout=timedelta(hours=2))  # rank 0 decodes dev alone
    rank, world = (dist.get_rank(), dist.get_world_size()) if ddp else (0, 1)
    master = rank == 0
    if master and (warning := bf16_warning(device, cfg.autocast)):
        print(f"ape train: {warning}", file=sys.stderr, flush=True)
    # token counts, stop flags and the data stream's encoded shards are CPU objects: they go
    # over gloo (the default group, or a second one beside nccl), never through the GPU
    host_group = dist.new_group(backend="gloo") if ddp and backend != "gloo" else None

    def gather(share: list) -> list[list]:
        shares: list = [None] * world
        dist.all_gather_object(shares, share, group=host_group)
        return shares
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    torch.use_deterministic_algorithms(cfg.deterministic)
    torch.manual_seed(cfg.seed)
    np.random.seed(cfg.seed)
    random.seed(cfg.seed)
    out = Path(cfg.out_dir)
    last_path, best_path, log_path = out / "last.pt", out / "best.pt", out / "log.jsonl"
    ckpt = None
    if last_path.exists():
        if not resume:
            raise ConfigError("config", "out_dir", f"{out} already holds last.pt: pass --resume to continue that run, or choose another out_dir")
        ckpt = checkpoint.load(last_path)
        _check_resumable(TrainConfig(**ckpt["train_config"]), cfg)

    # --- model, tokenizer, data, optimizer ----------------------------------------------------
    model, report, bert_tokenizer = build_model(cfg)
    if cfg.init_from is not None and ckpt is None:
        report = init_from(model, cfg.init_from)
    model.to(device)
    if cfg.tokenizer is not None:
        try:
            tokenizer = Tokenizer.from_file(cfg.tokenizer)
        except Exception as e:  # tokenizers raises a bare Exception for a missing or bad file
            raise ConfigError("config", "tokenizer", f"cannot load {cfg.tokenizer}: {e}") from e
    elif bert_tokenizer is not None:
        tokenizer = bert_tokenizer
    else:
        raise ConfigError("config", "tokenizer", "required when bert_dir is null")
    if tokenizer.get_vocab_size() > model.config.vocab_size:
        raise ConfigError("config", "tokenizer", f"{tokenizer.get_vocab_size()} tokens, more than the model's "
                          f"vocab_size {model.config.vocab_size}")
    # a tokenizer.json may carry padding/truncation settings (MiniLM's pads to 128); batches pad here
    tokenizer.no_padding()
    tokenizer.no_truncation()
    try:
        special = SpecialTokens.from_tokenizer(tokenizer)
    except ValueError as e:
        raise ConfigError("config", "tokenizer", str(e)) from e
    enc = PairEncoding(tokenizer, special, max_src_tokens=cfg.max_src_tokens, max_mt_tokens=cfg.max_mt_tokens,
                       layout=cfg.input_layout)
    # the run keeps the tokenizer it trained with, beside its checkpoints, for export
    tokenizer_path = out / "tokenizer.json"
    if master:
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / ".tokenizer.json.tmp"
        tokenizer.save(str(tmp))
        os.replace(tmp, tokenizer_path)
    cfg = dataclasses.replace(cfg, tokenizer=str(tokenizer_path))
    encode = TripletEncoder(enc, cfg.max_pe_tokens)
    stream = BatchStream(cfg.train, encode, batch_tokens=cfg.batch_tokens, shuffle_buffer=cfg.shuffle_buffer,
                         seed=cfg.seed, rank=rank, world=world, gather=gather if ddp else None,
                         pin_memory=device.type == "cuda")
    dev, refs = read_dev(cfg.dev, encode, cfg.eval_max_sentences) if master else ([], [])
    # dev TER compares against the reference through the same tokenizer round trip, so it
    # measures the model, not the tokenizer's lossiness (lowercasing, spacing)
    refs = [enc.decode(e.pe_ids) for e in dev]
    optimizer = make_optimizer(model, lr=cfg.lr, weight_decay=cfg.weight_decay,
                               betas=(cfg.adam_beta1, cfg.adam_beta2), eps=cfg.adam_eps,
                               alpha_lr_scale=cfg.alpha_lr_scale)
    ema = Ema(model, cfg.ema_decay) if cfg.ema_decay > 0 else None
    scaler = torch.amp.GradScaler("cuda") if amp_dtype == torch.float16 else None
    step, best_ter, bad_evals, acc = 0, math.inf, 0, {"loss": 0.0, "tokens": 0, "src_tokens": 0, "steps": 0}
    if ckpt is None and cfg.train_skip_steps:
        skip = cfg.train_skip_steps * cfg.grad_accum
        t0 = time.perf_counter()
        stream.skip(skip)
        if master:
            print(f"train_skip_steps {cfg.train_skip_steps}: skipped {skip} batches in "
                  f"{time.perf_counter() - t0:.0f} s, stream at {stream.state_dict()}", file=sys.stderr, flush=True)
    if ckpt is not None:
        model.load_state_dict(ckpt["model"])
        optimizer.load_state_dict(ckpt["optimizer"])
        for group in optimizer.param_groups:  # the saved groups carry the old scale; a resume may change it
            if "lr_scale" in group:
                group["lr_scale"] = cfg.alpha_lr_scale
        stream.load_state_dict(ckpt["data"])
        if ema is not None and ckpt["ema"] is not None:  # else averaging starts now, from these weights
            ema.load_state_dict({k: v.to(device) for k, v in ckpt["ema"].items()})
        if scaler is not None and ckpt.get("scaler"):
            scaler.load_state_dict(ckpt["scaler"])
        step, acc = ckpt["step"], ckpt["log_interval"]
        best_ter, bad_evals = ckpt["early_stopping"]["best_ter"], ckpt["early_stopping"]["bad_evals"]
        checkpoint.set_rng_state(ckpt["rng"])
        if device.type == "cuda" and ckpt.get("cuda_rng") is not None:
            torch.cuda.set_rng_state(ckpt["cuda_rng"], device)
        if master:
            _truncate_log(log_path, step)
    # the interval's loss sum stays on the device (a float64 scalar): read only when logged or saved
    acc = {**acc, "loss": torch.tensor(acc["loss"], dtype=torch.float64, device=device)}
    if not ddp:
        train_model = model
    elif device.type == "cuda":
        train_model = DistributedDataParallel(model, device_ids=[device.index])
    else:
        train_model = DistributedDataParallel(model)
    model.train()
    if master:
        n_params = sum(p.numel() for p in model.parameters())
        print(f"ape train: {report}; {n_params / 1e6:.2f}M parameters; "
              f"{'resuming at step ' + str(step) if ckpt else 'starting'}; world size {world}; device {device}"
              + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else "")
              + (f"; {backend}" if ddp else ""), file=sys.stderr)
    interrupted = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: interrupted.append(True))
    log = open(log_path, "a", encoding="utf-8") if master else None

    # --- the loop ----------------------------------------------------------------------------
    t_last = time.time()
    while step < cfg.max_steps:
        lr = get_lr(step, lr=cfg.lr, warmup_steps=cfg.warmup_steps, max_steps=cfg.max_steps, min_lr=cfg.min_lr)
        set_lr(optimizer, lr)
        batches = [next(stream).to(device) for _ in range(cfg.grad_accum)]
        # target tokens of the whole step on all ranks (the loss divisor), whether any rank was
        # interrupted, so that all ranks stop after the same step, and source tokens (for tok/s)
        shared = torch.tensor([sum(b.n_tokens for b in batches), float(bool(interrupted)),
                               sum(b.n_src_tokens for b in batches)], dtype=torch.float64)
        if ddp:
            dist.all_reduce(shared, group=host_group)
        n_tokens = shared[0].item()
        loss_sum = torch.zeros((), dtype=torch.float64, device=device)
        for i, b in enumerate(batches):
            # DDP averages gradients over ranks on the last micro-batch only; * world undoes the average
            sync = train_model.no_sync() if ddp and i < len(batches) - 1 else contextlib.nullcontext()
            with sync:
                with torch.autocast(device_type=device.type, dtype=amp_dtype or torch.bfloat16, enabled=amp_dtype is not None):
                    logits = train_model(*b.encoder_inputs(), b.tgt_in_ids)
                loss, _ = label_smoothed_loss(logits.float(), b.tgt_out_ids, pad_id=enc.special.pad, smoothing=cfg.label_smoothing)
                scaled = loss * world / n_tokens
                (scaler.scale(scaled) if scaler is not None else scaled).backward()
            loss_sum += loss.detach().double()
        if scaler is not None:
            scaler.unscale_(optimizer)  # the clip sees the true gradients
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip_grad_norm or math.inf)
        if scaler is not None:
            scaler.step(optimizer)  # skipped when the fp16 gradients overflowed
            scaler.update()
        else:
            optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        if ema is not None:
            ema.update(model, step)

        # log: one JSON line and one progress line per interval
        if ddp:
            dist.all_reduce(loss_sum)
        acc = {"loss": acc["loss"] + loss_sum, "tokens": acc["tokens"] + int(n_tokens),
               "src_tokens": acc["src_tokens"] + int(shared[2].item()), "steps": acc["steps"] + 1}
        if step % cfg.log_every == 0 and master:
            dt = time.time() - t_last
            record = {"step": step, "loss": acc["loss"].item() / acc["tokens"], "lr": lr, "grad_norm": grad_norm.item(),
                      "tokens_per_s": (acc["tokens"] + acc["src_tokens"]) / dt, "s_per_step": dt / acc["steps"],
                      "skipped_too_long": stream.skipped, "epoch": stream.epoch}
            if a := alphas(model):
                record["alpha"] = a
            _log(log, record, cfg)
        if step % cfg.log_every == 0:
            acc, t_last = {"loss": torch.zeros((), dtype=torch.float64, device=device), "tokens": 0,
                           "src_tokens": 0, "steps": 0}, time.time()

        # evaluate, keep the best, stop early (rank 0 decodes; the others wait for its verdict)
        evaluated = step % cfg.eval_every == 0 or step == cfg.max_steps
        stop = torch.tensor([float(shared[1].item() > 0)])
        if evaluated and master:
            live = ema.swap_into(model) if ema is not None else None
            scores = evaluate(model, dev, refs, enc, cfg)
            if scores["dev_ter"] < best_ter:
                best_ter, bad_evals = scores["dev_ter"], 0
                checkpoint.save_atomic({"model": _on_cpu(model.state_dict()), "model_config": model.config.to_dict(),
                                        "train_config": cfg.to_dict(), "step": step, "dev": scores}, best_path)
            else:
                bad_evals += 1
            if live is not None:
                model.load_state_dict(live)
            _log(log, {"step": step, **scores, "best_ter": best_ter, "bad_evals": bad_evals}, cfg)
            if cfg.patience and bad_evals >= cfg.patience:
                print(f"ape train: dev TER has not improved for {bad_evals} evaluations; stopping", file=sys.stderr)
                stop[0] = 1.0
        if ddp:
            dist.broadcast(stop, src=0, group=host_group)
        if master and (step % cfg.checkpoint_every == 0 or evaluated or stop.item()):
            state = {
                "model": _on_cpu(model.state_dict()), "optimizer": optimizer.state_dict(), "step": step,
                "data": stream.state_dict(), "rng": checkpoint.rng_state(), "ema": ema and _on_cpu(ema.state_dict()),
                "model_config": model.config.to_dict(), "train_config": cfg.to_dict(),
                "log_interval": {**acc, "loss": acc["loss"].item()},
                "early_stopping": {"best_ter": best_ter, "bad_evals": bad_evals}}
            if scaler is not None:
                state["scaler"] = scaler.state_dict()
            if device.type == "cuda":
                state["cuda_rng"] = torch.cuda.get_rng_state(device)
            checkpoint.save_atomic(state, last_path)
        if stop.item():
            break

    if ddp:  # the ranks' weights must be identical after DDP; a checksum per rank proves it cheaply
        flat = torch.cat([p.detach().double().flatten() for p in model.parameters()])
        mine = torch.stack([flat.sum(), (flat * flat).sum()])
        sums = [torch.zeros_like(mine) for _ in range(world)]
        dist.all_gather(sums, mine)
        if master:
            in_sync = all(torch.equal(sums[0], s) for s in sums)
            log.write(json.dumps({"step": step, "ddp_param_checksums": [s.tolist() for s in sums]}) + "\n")
            print(f"ape train: {world} ranks' weights {'identical' if in_sync else 'DIFFER'}", file=sys.stderr)
        dist.barrier()  # no rank leaves while another still has a collective or a file to finish
    if log is not None:
        log.close()
    return EXIT_INTERRUPTED if interrupted else EXIT_OK


def _leave_process_group(code: int) -> None:
    """End a torchrun rank without tearing gloo down.

    CI once saw rank 0 abort ("terminate called without an active exception", SIGABRT, so
    torchrun exit 1) in destroy_process_group or the interpreter's finalizers that follow it,
    after the run's last checkpoint and log line were written (torch 2.13, gloo, CPU). Past
    train()'s final barrier no rank has a collective pending and every file is closed, so each
    rank exits here with its own code and skips that teardown: the kernel closes the sockets.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _log(log, record: dict, cfg: TrainConfig) -> None:
    log.write(json.dumps(record) + "\n")
    log.flush()
    step = record["step"]
    if "loss" in record:
        line = (f"[{100 * step / cfg.max_steps:3.0f}%] step {step}/{cfg.max_steps} | loss {record['loss']:.4f} | "
                f"lr {record['lr']:.2e} | {record['tokens_per_s']:.0f} tok/s | {record['s_per_step']:.2f} s/step")
    else:
        line = (f"[{100 * step / cfg.max_steps:3.0f}%] step {step} dev | loss {record['dev_loss']:.4f} | "
                f"TER {record['dev_ter']:.2f} | best {record['best_ter']:.2f} | no gain x{record['bad_evals']}")
    print(line, file=sys.stderr, flush=True)


def _truncate_log(path: Path, step: int) -> None:
    """Drop the records a killed run wrote after its last checkpoint: the resumed run rewrites them."""
    if not path.exists():
        return
    keep = [ln for ln in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if ln.endswith("\n") and json.loads(ln)["step"] <= step]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(keep), encoding="utf-8")
    os.replace(tmp, path)


def _check_resumable(old: TrainConfig, new: TrainConfig) -> None:
    """Fields that change the model or the data stream must match the checkpoint's."""
    for name in ("train", "bert_dir", "model", "max_src_tokens", "max_mt_tokens", "max_pe_tokens", "input_layout",
                 "batch_tokens", "shuffle_buffer", "grad_accum", "seed", "init_from"):
        if getattr(old, name) != getattr(new, name):
            raise ConfigError("config", name, f"differs from the checkpoint's ({getattr(old, name)!r}); a resumed run must keep it")
    if (old.alpha_lr_scale == 1.0) != (new.alpha_lr_scale == 1.0):
        raise ConfigError("config", "alpha_lr_scale", f"{old.alpha_lr_scale} in the checkpoint: a resumed run may change "
                          "it but not to or from 1 (that adds or removes the optimizer's alpha group)")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="ape train", description="Train an APE model (docs/training.md).")
    p.add_argument("--config", required=True, help="a .json or .toml TrainConfig file")
    p.add_argument("--resume", action="store_true", help="continue from <out_dir>/last.pt if it exists")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config field (VALUE parsed as JSON, else a string); repeatable")
    args = p.parse_args(argv)
    try:
        overrides = {}
        for item in args.set:
            key, eq, value = item.partition("=")
            if not eq:
                raise ConfigError("--set", item, "expected KEY=VALUE")
            try:
                overrides[key] = json.loads(value)
            except json.JSONDecodeError:
                overrides[key] = value
        code = train(load_config(args.config, overrides), args.resume)
    except (ConfigError, DataError) as e:
        print(f"ape train: {e}", file=sys.stderr)
        code = EXIT_INPUT
    if dist.is_initialized():
        _leave_process_group(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
