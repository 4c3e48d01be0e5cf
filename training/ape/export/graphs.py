"""The two ONNX graphs of docs/model-format.md, exported with torch.onnx's dynamo exporter.

Measured for torch 2.13 (docs/serving.md, "Exporting the two graphs"): `dynamo=True` (opset
20) exports both graphs with dynamic batch, source and past lengths and keeps a single copy
of the tied embedding within a graph; `external_data=False` returns the weights inside the
proto, and `ape.export.weights` then moves them, deduplicated across both graphs, into
weights.bin.
"""
from __future__ import annotations

import hashlib
import os
import warnings

import onnx
import torch
import torch.nn as nn

from ape.model import APEModel

ENCODER_INPUTS = ["input_ids", "token_type_ids", "position_ids", "attention_mask"]


def encoder_outputs(layers: int) -> list[str]:
    return ["memory"] + [f"cross_{kv}_{i}" for i in range(layers) for kv in ("k", "v")]


def decoder_inputs(layers: int) -> list[str]:
    cross = [f"cross_{kv}_{i}" for i in range(layers) for kv in ("k", "v")]
    past = [f"past_{kv}_{i}" for i in range(layers) for kv in ("k", "v")]
    return ["input_ids", "memory_mask", *cross, *past]


def decoder_outputs(layers: int) -> list[str]:
    present = [f"present_{kv}_{i}" for i in range(layers) for kv in ("k", "v")]
    return ["log_probs", *present, "cross_attention"]


class EncoderGraph(nn.Module):
    """(input_ids, token_type_ids, position_ids, attention_mask) -> memory, cross_k_0, cross_v_0, ..."""

    def __init__(self, model: APEModel):
        super().__init__()
        self.model = model

    def forward(self, input_ids, token_type_ids, position_ids, attention_mask):
        memory = self.model.encode(input_ids, token_type_ids, position_ids, attention_mask)
        kv = [t for pair in self.model.cross_keys_values(memory) for t in pair]
        return (memory, *kv)


class DecoderGraph(nn.Module):
    """(input_ids [B, T], memory_mask, cross_k/v_i..., past_k/v_i...) -> log_probs [B*T, V],
    present_k/v_i..., cross_attention [B*T, L, nh, S] (APEModel.decode_step)"""

    def __init__(self, model: APEModel):
        super().__init__()
        self.model = model

    def forward(self, input_ids, memory_mask, *kv):
        L = self.model.config.layers
        cross = [(kv[2 * i], kv[2 * i + 1]) for i in range(L)]
        past = [(kv[2 * L + 2 * i], kv[2 * L + 2 * i + 1]) for i in range(L)]
        log_probs, present, cross_attention = self.model.decode_step(input_ids, memory_mask, cross, past)
        return (log_probs, *[t for pair in present for t in pair], cross_attention)


# APE_EXPORT_CACHE=1 (the test suite's conftest.py sets it): `_export` keeps each graph it made in
# this process and answers an identical request (same module class and hyperparameters, same
# parameter and buffer values, same argument shapes and dtypes, same dynamic shapes and names)
# with a copy instead of tracing again. The dynamo export of even a 2-layer model takes 20-50 s
# on a 2-core VM and the tests export the same seeded models many times. Off by default: an
# export run makes each graph once, and a cache would hold its weights twice.
_CACHE: dict[str, bytes] | None = {} if os.environ.get("APE_EXPORT_CACHE") == "1" else None


def _cache_key(module: nn.Module, args: tuple, dynamic_shapes, input_names, output_names) -> str:
    h = hashlib.sha256()
    config = getattr(getattr(module, "model", None), "config", None)
    for part in (type(module).__qualname__, repr(module), repr(config), repr(dynamic_shapes),
                 repr(list(input_names)), repr(list(output_names))):
        h.update(part.encode())
        h.update(b"\0")
    named = list(module.state_dict(keep_vars=False).items()) + [(f"buffer:{n}", b) for n, b in module.named_buffers()]
    for name, t in named:
        h.update(f"{name}:{t.dtype}:{tuple(t.shape)}".encode())
        h.update(t.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    for a in args:  # the sample inputs' values do not shape the traced graph, their shapes and dtypes do
        h.update(f"arg:{a.dtype}:{tuple(a.shape)}".encode())
    return h.hexdigest()


def _export(module: nn.Module, args: tuple, dynamic_shapes, input_names, output_names) -> onnx.ModelProto:
    module.eval()  # the wrapper too, or the exporter warns about training mode (docs/serving.md)
    key = None
    if _CACHE is not None:
        key = _cache_key(module, args, dynamic_shapes, input_names, output_names)
        if key in _CACHE:
            return onnx.load_from_string(_CACHE[key])
    proto = _trace(module, args, dynamic_shapes, input_names, output_names)
    if key is not None:
        _CACHE[key] = proto.SerializeToString()
    return proto


def _trace(module: nn.Module, args: tuple, dynamic_shapes, input_names, output_names) -> onnx.ModelProto:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*will not be used, since it shares the same shape constraints.*")
        program = torch.onnx.export(
            module, args, dynamo=True, external_data=False, dynamic_shapes=dynamic_shapes,
            input_names=input_names, output_names=output_names, verbose=False,
        )
    proto = program.model_proto
    # the exporter annotates each node with its fx node and Python stack trace: large, and
    # full of this machine's paths; the graph runs the same without them
    for node in proto.graph.node:
        del node.metadata_props[:]
        node.doc_string = ""
    for info in [*proto.graph.value_info, *proto.graph.input, *proto.graph.output]:
        del info.metadata_props[:]
    return proto


def export_encoder(model: APEModel) -> onnx.ModelProto:
    B, S = torch.export.Dim("batch"), torch.export.Dim("src", max=model.config.max_positions)
    ids = torch.tensor([[2, 5, 6, 3, 7, 8, 3], [2, 5, 3, 7, 3, 0, 0]])
    types = torch.tensor([[0, 0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 0, 0]])
    pos = torch.arange(7).repeat(2, 1)
    mask = (torch.arange(7) < torch.tensor([[7], [5]])).long()
    shapes = {name: {0: B, 1: S} for name in ENCODER_INPUTS}
    L = model.config.layers
    return _export(EncoderGraph(model), (ids, types, pos, mask), shapes, ENCODER_INPUTS, encoder_outputs(L))


def export_decoder(model: APEModel, positions: str = "many") -> onnx.ModelProto:
    """positions "many" (format version 5): input_ids [B, T] with T >= 1 new positions per call;
    "one": input_ids [B, 1], the graph of earlier versions (ape.export.from_onnx pairs a shipped
    graph node by node with a fresh one of the same kind)."""
    c = model.config
    B, S = torch.export.Dim("batch"), torch.export.Dim("src", max=c.max_positions)
    P = torch.export.Dim("past", min=0, max=c.max_positions - 1)
    T = torch.export.Dim("new", min=1, max=c.max_positions)  # format version 5: T >= 1 positions per call
    batch, src, past = 2, 7, 3  # sample sizes; all four are dynamic in the graph
    cross = [torch.randn(batch, c.heads, src, c.head_dim) for _ in range(2 * c.layers)]
    cache = [torch.randn(batch, c.heads, past, c.head_dim) for _ in range(2 * c.layers)]
    ids = torch.tensor([[5, 7], [6, 8]]) if positions == "many" else torch.tensor([[5], [6]])
    args = (ids, torch.ones(batch, src, dtype=torch.long), *cross, *cache)
    shapes = {
        "input_ids": {0: B, 1: T} if positions == "many" else {0: B},
        "memory_mask": {0: B, 1: S},
        "kv": tuple([{0: B, 2: S}] * (2 * c.layers) + [{0: B, 2: P}] * (2 * c.layers)),
    }
    return _export(DecoderGraph(model), args, shapes, decoder_inputs(c.layers), decoder_outputs(c.layers))
