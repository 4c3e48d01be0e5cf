"""Helpers shared by the exporter's graph checks (entmax_pow, positions, shortlist): each runs an
old and a new graph on the same random inputs in onnxruntime and compares the outputs."""
from __future__ import annotations

from pathlib import Path

import onnxruntime as ort


def cpu_session(path: Path, threads: int = 0) -> ort.InferenceSession:
    """A CPU session with warnings off; `threads` intra-op threads (0: onnxruntime's choice)."""
    options = ort.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = threads
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def low_token(vocab_size: int) -> int:
    """The lowest token id random inputs draw: above a BERT vocabulary's special and unused
    entries (its first 1,000), or above a tiny fixture vocabulary's special tokens."""
    return 1000 if vocab_size > 2000 else 5
