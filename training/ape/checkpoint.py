"""Checkpoints written atomically, holding everything an exact resume needs.

A checkpoint is one `torch.save` dict: model and optimizer state, step, the data stream's
position, every RNG state (torch, numpy, Python), the TrainConfig and ModelConfig (so
export rebuilds the model from the file alone, as nanoGPT's sample.py does), early-stopping
state, and the EMA weights when averaging is on.

Writing goes to a temporary file in the same directory, which is flushed and fsynced, then
renamed over the target, then the directory is fsynced: a kill at any moment leaves either
the old checkpoint or the new one, never a torn file (POSIX rename is atomic).
"""
from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch


def save_atomic(obj: Any, path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            torch.save(obj, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a writer killed mid-write
        stale.unlink(missing_ok=True)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # make the rename itself durable
    finally:
        os.close(dir_fd)


def load(path: str | Path) -> dict[str, Any]:
    # weights_only=False: the file holds plain dicts, numpy RNG state and Python RNG tuples,
    # written by this program; never load a checkpoint from an untrusted source.
    return torch.load(path, map_location="cpu", weights_only=False)


def rng_state() -> dict[str, Any]:
    return {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()}


def set_rng_state(state: dict[str, Any]) -> None:
    torch.set_rng_state(state["torch"])
    np.random.set_state(state["numpy"])
    random.setstate(state["python"])
