"""Move the initializers of both graphs into one weights.bin, each distinct tensor stored once.

The encoder and decoder graphs both hold the tied word embedding (and, with sharing on, the
shared attention and feed-forward weights); a naive export writes them into each graph (the
embedding alone is about 47 MB per graph in float32 at the default model's shape:
docs/serving.md). Here every initializer of at least `MIN_BYTES` is keyed by (dtype, shape,
sha256 of its bytes) and written to weights.bin once; each graph references it
through ONNX external data (`location`, `offset`, `length`). onnxruntime resolves `location`
relative to the directory of the .onnx file it loads (Python and onnxruntime-node alike),
so the model directory stays relocatable.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from onnx import numpy_helper
from onnx.external_data_helper import set_external_data

MIN_BYTES = 1024  # smaller tensors (scalars, shapes, LayerNorm vectors of tiny models) stay inline
ALIGN_BYTES = 64  # each tensor starts on a 64-byte boundary of weights.bin


@dataclass(frozen=True)
class WeightsReport:
    tensors_referenced: int  # external initializers over all graphs
    tensors_stored: int  # distinct tensors written to weights.bin
    bytes_referenced: int  # what the graphs would hold if each stored its own copy
    bytes_stored: int  # the size of weights.bin

    def __str__(self) -> str:
        mib = 1 / (1 << 20)
        return (f"weights.bin: {self.tensors_stored} distinct tensors for {self.tensors_referenced} references, "
                f"{self.bytes_stored * mib:.2f} MiB instead of {self.bytes_referenced * mib:.2f} MiB")


def externalize(graphs: list[onnx.ModelProto], weights_path: Path) -> WeightsReport:
    """Rewrite `graphs` in place to reference `weights_path` (written here), deduplicated by content."""
    offsets: dict[tuple, tuple[int, int]] = {}
    referenced = bytes_referenced = 0
    with open(weights_path, "wb") as out:
        for graph in graphs:
            for tensor in graph.graph.initializer:
                array = numpy_helper.to_array(tensor)
                raw = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
                if len(raw) < MIN_BYTES:
                    continue
                key = (tensor.data_type, tuple(tensor.dims), hashlib.sha256(raw).hexdigest())
                if key not in offsets:
                    pad = -out.tell() % ALIGN_BYTES
                    out.write(b"\0" * pad)
                    offsets[key] = (out.tell(), len(raw))
                    out.write(raw)
                referenced += 1
                bytes_referenced += len(raw)
                offset, length = offsets[key]
                _point_to(tensor, weights_path.name, offset, length, raw)
        stored = out.tell()
    return WeightsReport(referenced, len(offsets), bytes_referenced, stored)


def _point_to(tensor: onnx.TensorProto, location: str, offset: int, length: int, raw: bytes) -> None:
    for field in ("float_data", "int32_data", "int64_data", "double_data", "uint64_data", "string_data"):
        tensor.ClearField(field)
    tensor.raw_data = raw  # set_external_data insists on a raw_data field, then it is dropped
    del tensor.external_data[:]
    set_external_data(tensor, location=location, offset=offset, length=length)
    tensor.data_location = onnx.TensorProto.EXTERNAL
    tensor.ClearField("raw_data")


def save_graph(graph: onnx.ModelProto, path: Path) -> None:
    """Write the proto as is (its tensors already point into weights.bin)."""
    path.write_bytes(graph.SerializeToString())
