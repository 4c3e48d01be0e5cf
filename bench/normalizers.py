"""Attention normalizers: speed (forward + backward) and alpha-entmax accuracy per step count.

    .venv/bin/python bench/normalizers.py              # speed, [16, 12, 40, 40]
    .venv/bin/python bench/normalizers.py --onnx       # + onnxruntime forward of each export
    .venv/bin/python bench/normalizers.py --accuracy   # max |p - exact| vs bisection steps

Speed anchors, measured in the same run, rounds interleaved: plain `torch.softmax` over
-inf-masked scores, and the reference `entmax` package (`entmax_bisect` at 25 and at its
default 50 steps, `sparsemax`, `entmax15`). Prints medians; never fails on speed.
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import entmax
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from ape.normalizers import entmax_bisect, make_normalizer  # noqa: E402


def key_padding_mask(batch: int, keys: int) -> torch.Tensor:
    """[B, 1, 1, S], True = attend; lengths spread over S/2 .. S like a padded batch."""
    lengths = torch.linspace(keys // 2, keys, batch).round().long()
    return (torch.arange(keys) < lengths[:, None]).view(batch, 1, 1, keys)


def candidates(n_heads: int, mask: torch.Tensor):
    """name -> function of scores, each returning probabilities (all masked alike)."""
    torch.manual_seed(0)
    alpha_module = {n: make_normalizer("alpha-entmax", n_heads, bisect_iters=n) for n in (10, 25)}
    alpha = alpha_module[10].alpha().detach().view(1, n_heads, 1, 1).requires_grad_()
    for module in alpha_module.values():
        module.pre_alpha.data.copy_(alpha_module[10].pre_alpha.data)
    ours = {kind: make_normalizer(kind, n_heads) for kind in ("softmax", "sparsemax", "entmax15")}

    def neg_inf(scores):
        return scores.masked_fill(~mask, float("-inf"))

    return {
        "torch.softmax (anchor)": lambda s: torch.softmax(neg_inf(s), dim=-1),
        "ours softmax": lambda s: ours["softmax"](s, mask),
        "ours sparsemax (sort)": lambda s: ours["sparsemax"](s, mask),
        "entmax.sparsemax": lambda s: entmax.sparsemax(neg_inf(s), dim=-1),
        "ours entmax15 (sort)": lambda s: ours["entmax15"](s, mask),
        "entmax.entmax15": lambda s: entmax.entmax15(neg_inf(s), dim=-1),
        "ours alpha-entmax 10+2": lambda s: alpha_module[10](s, mask),
        "ours alpha-entmax 25+2": lambda s: alpha_module[25](s, mask),
        "entmax.entmax_bisect 25": lambda s: entmax.entmax_bisect(neg_inf(s), alpha, n_iter=25),
        "entmax.entmax_bisect 50": lambda s: entmax.entmax_bisect(neg_inf(s), alpha, n_iter=50),
    }


def forward_backward(fn, scores, grad):
    def run():
        leaf = scores.detach().requires_grad_()
        fn(leaf).backward(grad)

    return run


def time_interleaved(runs: dict, rounds: int, reps: int) -> dict:
    """name -> (median wall ms, median CPU ms) per call over `rounds`, each round timing
    every candidate once in turn. CPU time (time.process_time, all threads) is the steadier
    figure on a shared VM; wall time is what a user waits."""
    for run in runs.values():
        run()  # warm-up
    samples = {name: ([], []) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(reps):
                run()
            samples[name][0].append((time.perf_counter() - wall) / reps * 1e3)
            samples[name][1].append((time.process_time() - cpu) / reps * 1e3)
    return {name: (statistics.median(w), statistics.median(c)) for name, (w, c) in samples.items()}


def print_table(title: str, medians: dict, anchors: list) -> None:
    print(f"\n{title}")
    columns = "".join(f"  {'cpu x ' + a[:20]:>27s}" for a in anchors)
    print(f"{'normalizer':26s} {'wall ms':>9s} {'cpu ms':>9s}{columns}")
    for name, (wall, cpu) in medians.items():
        ratios = "".join(f"  {cpu / medians[a][1]:27.2f}" for a in anchors)
        print(f"{name:26s} {wall:9.2f} {cpu:9.2f}{ratios}")


def bench_speed(shape, rounds: int, reps: int) -> None:
    batch, heads, queries, keys = shape
    gen = torch.Generator().manual_seed(0)
    scores = 3 * torch.randn(shape, generator=gen)
    grad = torch.randn(shape, generator=gen)
    mask = key_padding_mask(batch, keys)
    fns = candidates(heads, mask)
    runs = {name: forward_backward(fn, scores, grad) for name, fn in fns.items()}
    medians = time_interleaved(runs, rounds, reps)
    print_table(
        f"forward + backward, scores {list(shape)}, mask [B,1,1,S], median of {rounds} rounds",
        medians,
        ["torch.softmax (anchor)", "entmax.entmax_bisect 25"],
    )


def bench_onnx(shape, rounds: int, reps: int, tmp_dir: Path) -> None:
    import onnxruntime as ort

    batch, heads, queries, keys = shape
    gen = torch.Generator().manual_seed(0)
    scores = 3 * torch.randn(shape, generator=gen)
    mask = key_padding_mask(batch, keys).expand(batch, 1, queries, keys).contiguous()
    runs = {}
    for kind, iters in (("softmax", 25), ("sparsemax", 25), ("entmax15", 25), ("alpha-entmax", 10), ("alpha-entmax", 25)):
        torch.manual_seed(0)
        module = make_normalizer(kind, heads, bisect_iters=iters).eval()
        path = tmp_dir / f"{kind}-{iters}.onnx"
        program = torch.onnx.export(module, (scores, mask), dynamo=True, external_data=False, verbose=False)
        program.save(str(path))
        options = ort.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = torch.get_num_threads()
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        feeds = {session.get_inputs()[0].name: scores.numpy(), session.get_inputs()[1].name: mask.numpy()}
        name = kind if kind != "alpha-entmax" else f"alpha-entmax {iters}+2"
        runs[f"ort {name}"] = lambda session=session, feeds=feeds: session.run(None, feeds)
    medians = time_interleaved(runs, rounds, reps)
    print_table(f"onnxruntime forward, scores {list(shape)}, mask [B,1,T,S]", medians, ["ort softmax"])


def bench_accuracy() -> None:
    """float32 max |p - exact| (exact: reference entmax_bisect in float64, 80 steps)."""
    gen = torch.Generator().manual_seed(0)
    # Flat, medium and peaked rows: c * N(0, 1) for c = 0.3, 3, 10.
    scale = torch.tensor([0.3, 3.0, 10.0], dtype=torch.float64).repeat_interleave(2000)[:, None]
    scores = scale * torch.randn(6000, 40, generator=gen, dtype=torch.float64)
    steps = (4, 6, 8, 9, 10, 12, 15, 20, 25)
    print("\nmax |p - exact| in float32, scores c*N(0,1), c in {0.3, 3, 10}, [6000, 40];")
    print("ours = n bisection + 2 Newton steps, reference = entmax.entmax_bisect(n_iter=n)")
    print(f"{'alpha':>6s} {'impl':>10s}" + "".join(f"{n:>9d}" for n in steps))
    for alpha in (1.01, 1.05, 1.1, 1.3, 1.5, 1.8, 2.0):
        exact = entmax.entmax_bisect(scores, alpha, n_iter=80)
        for impl, fn in (("ours", entmax_bisect), ("reference", None)):
            errors = []
            for n in steps:
                if fn is None:
                    p = entmax.entmax_bisect(scores.float(), alpha, n_iter=n)
                else:
                    p = fn(scores.float(), alpha, n_iter=n)
                errors.append((p.double() - exact).abs().max().item())
            print(f"{alpha:6.2f} {impl:>10s}" + "".join(f"{e:9.1e}" for e in errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", type=int, nargs=4, default=[16, 12, 40, 40], metavar=("B", "H", "T", "S"))
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads (default 1: steadiest)")
    parser.add_argument("--onnx", action="store_true", help="also time onnxruntime on each export")
    parser.add_argument("--accuracy", action="store_true", help="only the accuracy table")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(
        f"{platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cores, torch threads "
        f"{torch.get_num_threads()}; torch {torch.__version__}, entmax {getattr(entmax, '__version__', '?')}, "
        f"python {platform.python_version()}"
    )
    if args.accuracy:
        bench_accuracy()
        return
    bench_speed(tuple(args.shape), args.rounds, args.reps)
    if args.onnx:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            bench_onnx(tuple(args.shape), args.rounds, args.reps, Path(tmp))


if __name__ == "__main__":
    main()
