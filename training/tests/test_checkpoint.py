"""Atomic checkpoint writes and RNG state round trips.

Oracle for atomicity: a real writer process killed with SIGKILL in the middle of writing a
large checkpoint over an existing one; the existing one must still load, unchanged.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
import torch

from ape import checkpoint

from tiny_corpus import TRAINING


def test_round_trip_and_no_temporary_file_left(tmp_path):
    obj = {"step": 3, "w": torch.arange(5.0), "cfg": {"lr": 1e-3}}
    checkpoint.save_atomic(obj, tmp_path / "sub" / "last.pt")
    back = checkpoint.load(tmp_path / "sub" / "last.pt")
    assert back["step"] == 3 and torch.equal(back["w"], obj["w"]) and back["cfg"] == obj["cfg"]
    assert os.listdir(tmp_path / "sub") == ["last.pt"]


class _Unpicklable:
    def __reduce__(self):
        raise RuntimeError("cannot pickle")


def test_a_failed_write_keeps_the_old_checkpoint(tmp_path):
    path = tmp_path / "last.pt"
    checkpoint.save_atomic({"step": 1}, path)
    with pytest.raises(RuntimeError, match="cannot pickle"):
        checkpoint.save_atomic({"step": 2, "bad": _Unpicklable()}, path)
    assert checkpoint.load(path) == {"step": 1}
    assert os.listdir(tmp_path) == ["last.pt"]


WRITER = """
import sys, torch
from ape import checkpoint
print("writing", flush=True)
checkpoint.save_atomic({"step": 2, "w": torch.ones(60_000_000)}, sys.argv[1])  # 240 MB
"""


def test_a_writer_killed_mid_write_leaves_the_old_checkpoint_intact(tmp_path):
    path = tmp_path / "last.pt"
    checkpoint.save_atomic({"step": 1, "w": torch.zeros(3)}, path)
    before = path.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(TRAINING)})
    try:
        assert proc.stdout.readline() == b"writing\n"
        deadline = time.time() + 30
        while not any(n.endswith(".tmp") and os.path.getsize(tmp_path / n) > 0 for n in os.listdir(tmp_path)):
            assert time.time() < deadline and proc.poll() is None, "the writer never started writing"
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)  # the temp file is half written
        proc.wait(timeout=30)
    finally:  # a writer that hangs is not left behind
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert path.read_bytes() == before
    assert checkpoint.load(path)["step"] == 1
    checkpoint.save_atomic({"step": 3}, path)  # the next write clears the dead writer's temp file
    assert os.listdir(tmp_path) == ["last.pt"]


def test_rng_states_round_trip():
    state = checkpoint.rng_state()
    a = (torch.rand(3), np.random.rand(3), random.random())
    checkpoint.set_rng_state(state)
    b = (torch.rand(3), np.random.rand(3), random.random())
    assert torch.equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and a[2] == b[2]
    # dropout draws from the torch generator: restoring it repeats the mask
    checkpoint.set_rng_state(state)
    m1 = torch.nn.functional.dropout(torch.ones(100), 0.5)
    checkpoint.set_rng_state(state)
    assert torch.equal(m1, torch.nn.functional.dropout(torch.ones(100), 0.5))
