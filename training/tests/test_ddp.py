"""Data-parallel training through torchrun: 2 CPU processes, gloo backend.

What is compared: the same tiny model trained (a) by torchrun with 2 ranks and
grad_accum 1, and (b) by one process with grad_accum 2. Each step of both sees the same two
global batches (rank r takes global batches r, r+2, ...; one process takes both in turn),
and both divide the summed loss by the target tokens of the two batches, so the per-step
losses and the final weights must agree up to float summation order (dropout is off: the
ranks' dropout masks would differ from one process's). Also: both ranks end with identical
weights (a checksum per rank, logged by rank 0).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import torch

from tiny_corpus import TRAINING, make_run, read_log

NO_DROPOUT = {"hidden_dropout": 0.0, "attention_dropout": 0.0}


@pytest.mark.skipif(shutil.which("torchrun", path=os.path.dirname(sys.executable)) is None, reason="torchrun not installed")
def test_two_gloo_ranks_match_one_process_with_twice_the_accumulation(tmp_path):
    cfg = make_run(tmp_path, max_steps=4, eval_every=4, log_every=1, checkpoint_every=2)
    base = ["--config", str(cfg), "--set", 'model={"vocab_size": 30522, "hidden": 32, "layers": 2, "heads": 4, '
            '"ffn": 64, "max_positions": 128, "hidden_dropout": 0.0, "attention_dropout": 0.0}']
    env = {**os.environ, "PYTHONPATH": str(TRAINING), "OMP_NUM_THREADS": "1"}
    single, ddp = tmp_path / "single", tmp_path / "ddp"
    subprocess.run([sys.executable, "-m", "ape.train", *base, "--set", "grad_accum=2", "--set", f"out_dir={single}"],
                   env=env, check=True, capture_output=True, timeout=120)
    torchrun = os.path.join(os.path.dirname(sys.executable), "torchrun")
    run = subprocess.run([torchrun, "--standalone", "--nproc_per_node", "2", "-m", "ape.train", *base,
                          "--set", "grad_accum=1", "--set", f"out_dir={ddp}"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "2 ranks' weights identical" in run.stderr

    one = {r["step"]: r["loss"] for r in read_log(single) if "loss" in r}
    two = {r["step"]: r["loss"] for r in read_log(ddp) if "loss" in r}
    assert sorted(one) == sorted(two) == [1, 2, 3, 4]  # the loop below compares every step, never none
    for step in one:
        assert two[step] == pytest.approx(one[step], rel=1e-6, abs=1e-6)
    sums = next(r["ddp_param_checksums"] for r in read_log(ddp) if "ddp_param_checksums" in r)
    assert len(sums) == 2 and sums[0] == sums[1]

    a = torch.load(single / "last.pt", weights_only=False)
    b = torch.load(ddp / "last.pt", weights_only=False)
    assert a["step"] == b["step"] == 4 and a["data"] == b["data"]  # both consumed the same 8 global batches
    for k in a["model"]:
        torch.testing.assert_close(b["model"][k], a["model"][k], rtol=1e-5, atol=1e-6)
    written = sorted(p.name for p in ddp.iterdir())
    assert written == ["best.pt", "last.pt", "log.jsonl", "tokenizer.json"]  # no stray temporary files
