"""The keep-or-edit gate (issue 19 §3): a latent z in {keep the mt, edit} decided from the
encoder's output alone, trained by sparse marginalization (Correia et al., NeurIPS 2020).

    scores = gate(memory)                          # [B, 2]: (keep, edit)
    pi     = sparsemax(scores)                     # exact zeros
    L      = sum_z pi(z) * cost(z)                 # only z with pi(z) > 0 contribute

With two choices sparsemax has a closed form (hand derivation, docs/model-format.md "Keep-or-edit
gate"): for d = s_edit - s_keep, pi(edit) = clip((1 + d) / 2, 0, 1) and pi(keep) = 1 - pi(edit).
At inference a segment whose pi(edit) is exactly 0 (d <= -1) is not decoded: its post-edit is
the mt, at the cost of one encoder pass.

The costs are the two outputs' TER edit counts against the post-edit, normalized by the mean
reference length of the training set: cost(keep) = edits(mt, pe), cost(edit) = edits(the model's
decoded output, pe). The gate is trained as a second stage, on triplets the encoder-decoder never
saw, with the encoder and decoder frozen; the marginalized loss is then exactly the expected TER
edit count of the system's output (the quantity reported), where the decoder's NLL of pe would
measure how likely the reference is, not whether decoding beats the mt (docs/results.md,
"Keep-or-edit gate").

Features, pooled inside the graph so the runtime only hands over the encoder's output: the mean
of `memory` over the src positions (token type 0, [CLS] and the first [SEP] included), the mean
over the mt positions (token type 1), and their elementwise product; padding (attention_mask 0)
excluded.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn as nn

GATE_INPUTS = ["memory", "token_type_ids", "attention_mask"]
GATE_OUTPUTS = ["scores", "probs"]
KEEP, EDIT = 0, 1


def sparsemax2(scores: torch.Tensor) -> torch.Tensor:
    """sparsemax over the last axis of size 2 (closed form, exact zeros): [..., 2] -> [..., 2]."""
    edit = torch.clamp((1.0 + scores[..., EDIT] - scores[..., KEEP]) * 0.5, 0.0, 1.0)
    return torch.stack([1.0 - edit, edit], dim=-1)


def pooled_features(memory: torch.Tensor, token_type_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """[B, S, H] -> [B, 3H]: mean over src positions, mean over mt positions, their product."""
    real = attention_mask.to(memory.dtype)
    mt = token_type_ids.to(memory.dtype) * real
    src = real - mt
    def mean(w: torch.Tensor) -> torch.Tensor:
        return (memory * w.unsqueeze(-1)).sum(1) / w.sum(1, keepdim=True).clamp_min(1.0)
    s, m = mean(src), mean(mt)
    return torch.cat([s, m, s * m], dim=-1)


@dataclass(frozen=True)
class GateConfig:
    hidden: int  # the encoder's hidden size H
    inner: int = 256  # 0: a linear gate on the features


class KeepEditGate(nn.Module):
    """features [B, 3H] -> scores [B, 2] (keep, edit). `forward` takes the pooled features;
    `GateGraph` wraps it with the pooling for export."""

    def __init__(self, config: GateConfig):
        super().__init__()
        self.config = config
        f = 3 * config.hidden
        self.norm = nn.LayerNorm(f)
        if config.inner > 0:
            self.net = nn.Sequential(nn.Linear(f, config.inner), nn.Tanh(), nn.Linear(config.inner, 2))
        else:
            self.net = nn.Linear(f, 2)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return self.net(self.norm(features))

    def state(self) -> dict:
        """What `load` needs: the config and the weights (torch.save it)."""
        return {"kind": "keep-edit-gate-v1", "config": {"hidden": self.config.hidden, "inner": self.config.inner},
                "state_dict": self.state_dict()}

    @classmethod
    def load(cls, state: dict) -> "KeepEditGate":
        if state.get("kind") != "keep-edit-gate-v1":
            raise ValueError(f"not a keep-edit gate checkpoint (kind {state.get('kind')!r}, expected 'keep-edit-gate-v1')")
        gate = cls(GateConfig(**state["config"]))
        gate.load_state_dict(state["state_dict"])
        return gate.eval()


class GateGraph(nn.Module):
    """(memory, token_type_ids, attention_mask) -> scores [B, 2], probs [B, 2] (the gate.onnx graph)."""

    def __init__(self, gate: KeepEditGate):
        super().__init__()
        self.gate = gate

    def forward(self, memory, token_type_ids, attention_mask):
        scores = self.gate(pooled_features(memory, token_type_ids, attention_mask))
        return scores, sparsemax2(scores)


def marginal_loss(scores: torch.Tensor, cost_keep: torch.Tensor, cost_edit: torch.Tensor) -> torch.Tensor:
    """sum_z pi(z) cost(z), averaged over the batch (pi = sparsemax2(scores))."""
    pi = sparsemax2(scores)
    return (pi[:, KEEP] * cost_keep + pi[:, EDIT] * cost_edit).mean()


def skips(scores: torch.Tensor) -> torch.Tensor:
    """[B] bool: the rows the runtime returns as the mt without decoding (pi(edit) == 0)."""
    return sparsemax2(scores)[:, EDIT] == 0.0


def export_gate(gate: KeepEditGate):
    """The gate.onnx graph (opset 20, dynamo exporter, like the encoder and decoder)."""
    from ape.export.graphs import _export

    H = gate.config.hidden
    B, S = torch.export.Dim("batch"), torch.export.Dim("src")
    memory = torch.randn(2, 7, H)
    types = torch.tensor([[0, 0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 0, 0]])
    mask = (torch.arange(7) < torch.tensor([[7], [5]])).long()
    shapes = {"memory": {0: B, 1: S}, "token_type_ids": {0: B, 1: S}, "attention_mask": {0: B, 1: S}}
    return _export(GateGraph(gate.eval()), (memory, types, mask), shapes, GATE_INPUTS, GATE_OUTPUTS)


def encoder_memory(model, pair) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The gate's three inputs for one `ape.encoding.EncoderInput` alone (no padding): the
    model's encoder `memory` [1, S, H], token_type_ids and attention_mask [1, S]."""
    ids = torch.tensor([pair.input_ids])
    types, pos = torch.tensor([pair.token_type_ids]), torch.tensor([pair.position_ids])
    mask = torch.ones_like(ids)
    with torch.no_grad():
        return model.encode(ids, types, pos, mask), types, mask


def gate_outputs(model, pairs, gate: KeepEditGate) -> tuple[torch.Tensor, torch.Tensor]:
    """(scores, probs) [N, 2] of the gate on each pair's own encoder memory (the reference the
    runtime's gate.onnx on its padded batch is checked against)."""
    graph = GateGraph(gate.eval())
    out = []
    with torch.no_grad():
        for pair in pairs:
            scores, probs = graph(*encoder_memory(model, pair))
            out.append((scores[0], probs[0]))
    return torch.stack([s for s, _ in out]), torch.stack([p for _, p in out])


def gated(model, pairs, gate: KeepEditGate | None) -> list[bool]:
    """Per pair: the reference decoder returns its mt without decoding (pi(edit) == 0); all
    False without a gate."""
    if gate is None:
        return [False] * len(pairs)
    _, probs = gate_outputs(model, pairs, gate)
    return [bool(p == 0.0) for p in probs[:, EDIT]]
