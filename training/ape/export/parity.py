"""PyTorch vs onnxruntime on an exported directory: logits within 1e-4, greedy outputs identical.

Random encoder inputs (padded rows included) go through both; the decoder then runs several
cached steps, each side fed its own cache, so a cache bug shows up as a growing difference.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from ape.decode import DecodingOptions, greedy
from ape.encoding import EncoderInput, SpecialTokens
from ape.export.graphs import decoder_inputs
from ape.model import APEModel

TOLERANCE = 1e-4


@dataclass(frozen=True)
class ParityReport:
    memory: float  # max |PyTorch - ORT| of the encoder memory
    cross_kv: float  # ... of the context-attention keys/values
    log_probs: float  # ... of the decoder log-probs over all steps
    cross_attention: float  # ... of the decoder's cross_attention output
    greedy_identical: int  # sentences whose greedy ids match
    greedy_total: int

    def ok(self, tolerance: float = TOLERANCE) -> bool:
        worst = max(self.memory, self.cross_kv, self.log_probs, self.cross_attention)
        return worst <= tolerance and self.greedy_identical == self.greedy_total

    def __str__(self) -> str:
        return (f"parity PyTorch vs ORT: memory {self.memory:.2e}, cross K/V {self.cross_kv:.2e}, "
                f"log_probs {self.log_probs:.2e}, cross_attention {self.cross_attention:.2e} (max abs); "
                f"greedy identical {self.greedy_identical}/{self.greedy_total}")


def sessions(directory: Path, encoder: str, decoder: str) -> tuple[ort.InferenceSession, ort.InferenceSession]:
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.inter_op_num_threads = 1
    # a path, not bytes: external data (weights.bin) resolves relative to the .onnx file's directory
    return (ort.InferenceSession(str(directory / encoder), opts, providers=["CPUExecutionProvider"]),
            ort.InferenceSession(str(directory / decoder), opts, providers=["CPUExecutionProvider"]))


def _diff(a: torch.Tensor, b: np.ndarray) -> float:
    return float(np.max(np.abs(a.detach().numpy() - b))) if b.size else 0.0


def _random_batch(model: APEModel, rng: np.random.Generator, special: SpecialTokens, lengths: list[int]) -> list[EncoderInput]:
    V, pairs = model.config.vocab_size, []
    for n in lengths:
        src, mt = n // 2, n - n // 2 - 3
        ids = [special.bos, *rng.integers(0, V, src), special.sep, *rng.integers(0, V, mt), special.sep]
        pairs.append(EncoderInput([int(i) for i in ids], [0] * (src + 2) + [1] * (mt + 1), list(range(n)), mt))
    return pairs


def _pad(pairs: list[EncoderInput], pad: int) -> dict[str, np.ndarray]:
    S = max(len(p.input_ids) for p in pairs)
    feeds = {k: np.zeros((len(pairs), S), dtype=np.int64) for k in ("input_ids", "token_type_ids", "attention_mask")}
    feeds["input_ids"][:] = pad
    feeds["position_ids"] = np.tile(np.arange(S, dtype=np.int64), (len(pairs), 1))
    for i, p in enumerate(pairs):
        n = len(p.input_ids)
        feeds["input_ids"][i, :n], feeds["token_type_ids"][i, :n] = p.input_ids, p.token_type_ids
        feeds["attention_mask"][i, :n] = 1
    return feeds


@torch.no_grad()
def check_parity(model: APEModel, directory: Path, special: SpecialTokens, *, encoder: str = "encoder.onnx",
                 decoder: str = "decoder.onnx", seed: int = 0, steps: int = 8) -> ParityReport:
    model.eval()
    enc, dec = sessions(directory, encoder, decoder)
    rng = np.random.default_rng(seed)
    c = model.config
    feeds = _pad(_random_batch(model, rng, special, [11, 7, 9]), special.pad)
    t = {k: torch.from_numpy(v) for k, v in feeds.items()}
    memory = model.encode(t["input_ids"], t["token_type_ids"], t["position_ids"], t["attention_mask"])
    cross = model.cross_keys_values(memory)
    out = enc.run(None, feeds)
    d_memory = _diff(memory, out[0])
    d_cross = max(_diff(x, y) for x, y in zip([x for kv in cross for x in kv], out[1:]))
    B = feeds["input_ids"].shape[0]
    names = decoder_inputs(c.layers)
    ort_cache = [np.zeros((B, c.heads, 0, c.head_dim), np.float32)] * (2 * c.layers)
    past = model.empty_cache(B)
    d_lp = d_ca = 0.0
    for _ in range(steps):
        ids = rng.integers(0, c.vocab_size, (B, 1))
        lp, past, ca = model.decode_step(torch.from_numpy(ids), t["attention_mask"], cross, past)
        o = dec.run(None, dict(zip(names, [ids, feeds["attention_mask"], *out[1:], *ort_cache])))
        d_lp, d_ca = max(d_lp, _diff(lp, o[0])), max(d_ca, _diff(ca, o[-1]))
        ort_cache = o[1:-1]
    same = total = 0
    opts = DecodingOptions(beam=1, max_length_ratio=1.0, max_length_offset=5)
    for pair in _random_batch(model, rng, special, [9, 13, 6, 10]):
        total += 1
        same += greedy(model, pair, special, opts).ids == greedy(OrtStepper(enc, dec, special), pair, special, opts).ids
    return ParityReport(d_memory, d_cross, d_lp, d_ca, same, total)


class OrtStepper:
    """ape.decode.Stepper on the exported graphs, fed exactly as docs/model-format.md says."""

    def __init__(self, encoder: ort.InferenceSession, decoder: ort.InferenceSession, special: SpecialTokens):
        self.encoder, self.decoder, self.special = encoder, decoder, special
        self.names = [i.name for i in decoder.get_inputs()]
        self.layers = sum(n.startswith("past_k_") for n in self.names)

    def start(self, pair: EncoderInput, rows: int) -> None:
        feeds = _pad([pair], self.special.pad)
        out = self.encoder.run(None, feeds)
        self.cross = [np.repeat(t, rows, axis=0) for t in out[1:]]
        self.memory_mask = np.repeat(feeds["attention_mask"], rows, axis=0)
        heads, head_dim = out[1].shape[1], out[1].shape[3]
        self.cache = [np.zeros((rows, heads, 0, head_dim), np.float32)] * (2 * self.layers)

    def step(self, tokens: list[int]) -> torch.Tensor:
        ids = np.array(tokens, dtype=np.int64)[:, None]
        o = self.decoder.run(None, dict(zip(decoder_inputs(self.layers), [ids, self.memory_mask, *self.cross, *self.cache])))
        self.cache = o[1:-1]
        return torch.from_numpy(o[0])

    def reorder(self, rows: list[int]) -> None:
        self.cache = [c[rows] for c in self.cache]
