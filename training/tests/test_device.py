"""Where the trainer runs: device resolution, backend choice, the data shards, CPU unchanged.

Oracles: the config keys as documented (an error names `device`, `ddp_backend`, `autocast`),
range arithmetic for the shards (disjoint, covering), a stream that encodes everything
itself (for the sharded, gathered one under two real gloo processes), and a run without
the `device` key (for the same run with `device: cpu`). The GPU paths are exercised by
training/scripts/gpu-smoke.sh on a GPU machine.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
import torch

from ape.data import shard
from ape.train import autocast_dtype, bf16_warning, choose_backend, native_bf16, resolve_device
from ape.train_config import ConfigError, load_config

from tiny_corpus import TRAINING, make_run, read_log

TESTS = TRAINING / "tests"
# a process that sees no GPU, whatever the machine has
NO_GPU = {**os.environ, "PYTHONPATH": str(TRAINING), "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}


# --- device and backend ------------------------------------------------------------------------

def test_device_auto_is_cuda_only_when_torch_sees_a_gpu_and_cpu_is_cpu():
    assert resolve_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    assert resolve_device("cpu") == torch.device("cpu")
    assert resolve_device("cpu", local_rank=3) == torch.device("cpu")


def test_cuda_without_a_gpu_stops_the_run_naming_the_device_key(tmp_path):
    cfg = make_run(tmp_path, max_steps=1)
    run = subprocess.run([sys.executable, "-m", "ape.train", "--config", str(cfg), "--set", "device=cuda"],
                         env=NO_GPU, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr[-2000:]
    assert "(device)" in run.stderr and "torch sees no GPU" in run.stderr and '"cpu"' in run.stderr
    assert not (tmp_path / "run").exists()  # stopped before writing anything


def test_cuda_without_a_gpu_raises_a_config_error_in_process():
    if torch.cuda.is_available():  # this machine has one: the subprocess test above covers the case
        assert resolve_device("cuda").type == "cuda"
        return
    with pytest.raises(ConfigError) as e:
        resolve_device("cuda")
    assert e.value.key == "device" and "auto" in str(e.value)


def test_backend_is_nccl_on_cuda_and_gloo_otherwise_unless_forced():
    cpu, gpu = torch.device("cpu"), torch.device("cuda", 1)  # a device object needs no GPU
    assert choose_backend(cpu) == choose_backend(cpu, "auto") == "gloo"
    assert choose_backend(gpu) == choose_backend(gpu, "auto") == "nccl"
    assert choose_backend(gpu, "gloo") == "gloo" and choose_backend(cpu, "gloo") == "gloo"
    with pytest.raises(ConfigError) as e:
        choose_backend(cpu, "nccl")
    assert e.value.key == "ddp_backend"


def test_fp16_needs_cuda_bf16_and_none_run_anywhere(tmp_path):
    cpu = torch.device("cpu")
    assert autocast_dtype(cpu, "none") is None and autocast_dtype(cpu, "bf16") == torch.bfloat16
    assert autocast_dtype(torch.device("cuda", 0), "fp16") == torch.float16
    with pytest.raises(ConfigError) as e:
        autocast_dtype(cpu, "fp16")
    assert e.value.key == "autocast"
    cfg = make_run(tmp_path)
    for overrides, key in (({"device": "cpu", "autocast": "fp16"}, "autocast"),
                           ({"device": "cpu", "ddp_backend": "nccl"}, "ddp_backend")):
        with pytest.raises(ConfigError) as e:
            load_config(cfg, overrides)
        assert e.value.key == key and str(cfg) in str(e.value)
    with pytest.raises(ConfigError) as e:
        load_config(cfg, {"device": "tpu"})
    assert e.value.key == "device"


def _cpu_flags() -> set[str] | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next((set(ln.split(":", 1)[1].split()) for ln in f if ln.startswith("flags")), None)
    except OSError:
        return None


@pytest.mark.skipif(_cpu_flags() is None or os.uname().machine != "x86_64", reason="reads x86 Linux's /proc/cpuinfo")
def test_native_bf16_on_x86_is_avx512_core_as_onednn_decides():
    # the oracle is the kernel's own list of CPU flags and oneDNN's rule for its bfloat16 kernels
    # (the effective ISA at least avx512_core = AVX-512 F, BW, VL and DQ), not torch
    flags = _cpu_flags()
    avx512_core = {"avx512f", "avx512bw", "avx512vl", "avx512dq"} <= flags
    if not avx512_core and "avx_ne_convert" in flags:
        pytest.skip("AVX-NE-CONVERT without AVX-512: native bf16 or not depends on the oneDNN version")
    assert native_bf16(torch.device("cpu")) is avx512_core


def test_bf16_warning_only_for_bf16_without_native_support_and_names_the_fix():
    cpu = torch.device("cpu")
    assert bf16_warning(cpu, "none") is None
    warning = bf16_warning(cpu, "bf16")
    if native_bf16(cpu):
        assert warning is None
    else:
        assert warning is not None and "emulated" in warning and '"none"' in warning and "autocast" in warning


# --- shards --------------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [0, 1, 2, 7, 16, 101])
@pytest.mark.parametrize("world", [1, 2, 3, 8])
def test_shards_are_disjoint_and_cover_the_stream(n, world):
    parts = [list(shard(n, r, world)) for r in range(world)]
    seen = [i for p in parts for i in p]
    assert sorted(seen) == list(range(n)) and len(seen) == len(set(seen))
    sizes = [len(p) for p in parts]
    assert max(sizes) - min(sizes) <= 1  # balanced: no rank tokenizes much more than another


def test_a_rank_outside_the_world_is_refused():
    for rank, world in ((2, 2), (-1, 2), (0, 0)):
        with pytest.raises(ValueError):
            shard(10, rank, world)


RANK_SCRIPT = textwrap.dedent("""
    import json, os, sys
    import torch.distributed as dist
    from ape.data import BatchStream, TripletEncoder
    from ape.encoding import PairEncoding
    from tiny_corpus import tiny_tokenizer

    prefix, out, rank, world, init = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    enc = PairEncoding.from_file(tiny_tokenizer(), max_src_tokens=12, max_mt_tokens=12)
    enc.tokenizer.no_padding()
    enc.tokenizer.no_truncation()
    inner = TripletEncoder(enc, max_pe_tokens=12)
    calls = []
    class Counting(TripletEncoder):
        def __call__(self, *t):
            calls.append(t[1])
            return inner(*t)
    encode = Counting(enc, 12)
    gather = None
    if world > 1:
        dist.init_process_group("gloo", init_method=init, rank=rank, world_size=world)
        def gather(share):
            shares = [None] * world
            dist.all_gather_object(shares, share)
            return shares
    stream = BatchStream(prefix, encode, batch_tokens=96, shuffle_buffer=10, seed=3, rank=rank, world=world,
                         gather=gather)
    batches = [[(b.input_ids[i][b.attention_mask[i].bool()].tolist(), b.tgt_out_ids[i].tolist())
                for i in range(len(b.input_ids))] for b in (next(stream) for _ in range(12 // world))]
    with open(out, "w") as f:
        json.dump({"batches": batches, "encoded": calls, "state": stream.state_dict(), "skipped": stream.skipped}, f)
    if world > 1:  # as ape.train does: barrier, then leave without gloo's teardown, which can abort at exit
        dist.barrier()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
""")


def test_two_gloo_ranks_each_encode_half_and_take_the_single_streams_batches(tmp_path):
    from tiny_corpus import triplets, write_prefix

    rows = triplets(45, seed=8) + [("a " * 20, "b " * 20, "c")]  # one too long: skipped, counted on every rank
    prefix = write_prefix(tmp_path / "c", rows)
    script = tmp_path / "rank.py"
    script.write_text(RANK_SCRIPT)
    env = {**NO_GPU, "PYTHONPATH": os.pathsep.join([str(TRAINING), str(TESTS)])}

    def start(rank: int, world: int) -> subprocess.Popen:
        args = [str(prefix), str(tmp_path / f"w{world}r{rank}.json"), str(rank), str(world),
                f"file://{tmp_path / 'init'}"]
        return subprocess.Popen([sys.executable, str(script), *args], env=env, stderr=subprocess.PIPE, text=True)

    procs = [start(0, 1), start(0, 2), start(1, 2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
    one, r0, r1 = (json.loads((tmp_path / f).read_text()) for f in ("w1r0.json", "w2r0.json", "w2r1.json"))
    assert r0["batches"] == one["batches"][0::2] and r1["batches"] == one["batches"][1::2]
    assert r0["state"] == r1["state"] == one["state"] and r0["skipped"] == r1["skipped"] == one["skipped"] >= 1
    # one process encoded every triplet it read; the two ranks split that work, without overlap
    assert len(one["encoded"]) > 0
    assert sorted(r0["encoded"] + r1["encoded"]) == sorted(one["encoded"])
    assert abs(len(r0["encoded"]) - len(r1["encoded"])) <= len(one["encoded"]) // 10 + 2


# --- CPU training unchanged ----------------------------------------------------------------------

def test_a_run_on_device_cpu_equals_the_run_without_the_key(tmp_path):
    runs = {}
    for name, extra in (("default", []), ("cpu", ["--set", "device=cpu"])):
        d = tmp_path / name
        d.mkdir()
        cfg = make_run(d, max_steps=4, eval_every=2, log_every=1, checkpoint_every=2, ema_decay=0.01)
        run = subprocess.run([sys.executable, "-m", "ape.train", "--config", str(cfg), *extra],
                             env=NO_GPU, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        assert "device cpu" in run.stderr
        runs[name] = d / "run"
    timing = ("tokens_per_s", "s_per_step")
    logs = [[{k: v for k, v in r.items() if k not in timing} for r in read_log(d)] for d in runs.values()]
    assert logs[0] == logs[1] and any("loss" in r for r in logs[0])
    a, b = (torch.load(d / "last.pt", weights_only=False) for d in runs.values())
    assert a["step"] == b["step"] == 4 and a["data"] == b["data"] and a["log_interval"] == b["log_interval"]
    for k in a["model"]:
        assert torch.equal(a["model"][k], b["model"][k]), k
    for k in a["ema"]:
        assert torch.equal(a["ema"][k], b["ema"][k]), k
    assert a["train_config"]["device"] == "auto" and b["train_config"]["device"] == "cpu"
