"""Exact resume after a kill: a run SIGKILLed mid-training and resumed from last.pt repeats
the uninterrupted run's per-step loss curve bit for bit, and ends with identical weights.

Oracle: the same program run without interruption (deterministic algorithms, one thread,
fixed seed, dropout on so the restored torch RNG state matters).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import torch

from tiny_corpus import TRAINING, make_run, read_log

ENV = {**os.environ, "PYTHONPATH": str(TRAINING)}
RUN_TIMEOUT = 120  # seconds for one 10-step tiny run (a few seconds normally): a hung trainer fails the test


def _cmd(config: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ape.train", "--config", str(config), "--set", f"out_dir={out}", *extra]


def _losses(run: Path) -> dict[int, float]:
    return {r["step"]: r["loss"] for r in read_log(run) if "loss" in r}


def test_killed_and_resumed_run_repeats_the_uninterrupted_loss_curve(tmp_path):
    config = make_run(tmp_path, max_steps=10, checkpoint_every=3, eval_every=5, log_every=1)
    full, killed = tmp_path / "full", tmp_path / "killed"
    subprocess.run(_cmd(config, full), env=ENV, check=True, capture_output=True, timeout=RUN_TIMEOUT)
    before = (full / "last.pt").read_bytes()
    again = subprocess.run(_cmd(config, full), env=ENV, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert again.returncode == 2 and "already holds last.pt: pass --resume" in again.stderr
    assert (full / "last.pt").read_bytes() == before  # without --resume an existing run is never overwritten

    proc = subprocess.Popen(_cmd(config, killed), env=ENV, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:  # kill once step 7 is logged: last.pt is then at step 6, step 7 is lost
            log = killed / "log.jsonl"
            if log.exists() and any(r.get("step", 0) >= 7 for r in read_log(killed) if "loss" in r):
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
        proc.wait(timeout=RUN_TIMEOUT)
    finally:  # a trainer that hangs is not left behind
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    lost = max(_losses(killed))
    ckpt_step = torch.load(killed / "last.pt", weights_only=False)["step"]
    assert ckpt_step < lost < 10  # the kill fell between a checkpoint and the end: steps get replayed

    resumed = subprocess.run(_cmd(config, killed, "--resume"), env=ENV, capture_output=True, text=True,
                             timeout=RUN_TIMEOUT)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming at step {ckpt_step}" in resumed.stderr

    expected, got = _losses(full), _losses(killed)
    assert sorted(got) == list(range(1, 11))  # the log holds each step once: replayed records replaced
    assert got == expected  # bitwise: JSON floats round-trip exactly
    dev = [r for r in read_log(killed) if "dev_ter" in r]
    assert [r["step"] for r in dev] == [5, 10]
    a = torch.load(full / "last.pt", weights_only=False)["model"]
    b = torch.load(killed / "last.pt", weights_only=False)["model"]
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
