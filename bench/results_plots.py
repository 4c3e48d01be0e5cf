"""Plots of docs/results.md, from bench/results/results.json (bench/results.ts) and the training logs.

    .venv/bin/python bench/results_plots.py [--results bench/results/results.json] [--out docs/results]
        [--log [MODEL_DIR=]PATH ...]

Writes PNGs into --out:
- learning-curves.png: training loss and dev TER against the step, one line per measured model;
- attention-<row id>.png: per layer and head, the learned alpha of the context attention (ape.json
  `architecture.alpha.context`, format v2, else the last `alpha` of the training log) beside the share
  of exactly-zero context-attention weights that bench/results.ts read from the runtime's explain;
- ter-change.png: histogram of the per-sentence change of case-sensitive TER against the MT.
A model's training log is <model>/training-log.jsonl (train_ablations.sh and the lead copy it there);
--log MODEL_DIR=PATH (or a bare PATH for the first measured model) reads another.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ZOOM_FROM = 1100  # the learning curves' third panel starts here
CONTEXT_KEY = re.compile(r"^decoder_layers\.(\d+)\.context_attn$")  # ape.train's log names (train.py _log)


def read_log(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not a JSON line ({e.msg})")
    return records


def alpha_from_log(records: list[dict]) -> list[list[float]] | None:
    """The context-attention alpha [layer][head] of the last log line that has one."""
    for r in reversed(records):
        layers = {int(m.group(1)): v for k, v in r.get("alpha", {}).items() if (m := CONTEXT_KEY.match(k))}
        if layers:
            return [layers[i] for i in sorted(layers)]
    return None


def model_path(model: str) -> Path:
    p = Path(model)
    return p if p.is_absolute() else ROOT / p


def measured_models(results: dict) -> list[tuple[str, dict]]:
    """(model dir, first row measuring it), once per model."""
    seen: dict[str, dict] = {}
    for r in results["rows"]:
        if r["status"] == "measured" and r["row"]["model"] not in seen:
            seen[r["row"]["model"]] = r
    return list(seen.items())


def same_dev(model: str) -> bool:
    """Whether the model's trainer dev TER is on the 23K dev split (the curves share one axis).

    A model trained with another dev set (models/default since the Debian-wide retrain: the
    Debian-wide dev) is left out of learning-curves.png, with a note."""
    try:
        dev = json.loads((model_path(model) / "ape.json").read_text(encoding="utf-8"))["training"]["config"]["dev"]
    except (OSError, KeyError, TypeError, json.JSONDecodeError):
        return True
    if str(dev).rstrip("/").endswith("synthetic-data/es-en/dev"):
        return True
    print(f"results_plots: {model}: trainer dev set {dev}, not the 23K dev; left out of the learning curves",
          file=sys.stderr)
    return False


def learning_curves(logs: dict[str, list[dict]], out: Path) -> Path | None:
    if not logs:
        return None
    fig, (ax_loss, ax_ter, ax_zoom) = plt.subplots(1, 3, figsize=(16, 4.2))
    late: list[float] = []
    for label, records in logs.items():
        train = [(r["step"], r["loss"]) for r in records if "loss" in r]
        dev = [(r["step"], r["dev_ter"]) for r in records if "dev_ter" in r]
        if train:
            ax_loss.plot(*zip(*train), label=label, linewidth=1)
        if dev:
            ax_ter.plot(*zip(*dev), marker="o", label=label)
            ax_zoom.plot(*zip(*dev), marker="o", markersize=4, label=label)
            late += [t for step, t in dev if step >= ZOOM_FROM]
    ax_loss.set(xlabel="optimizer step", ylabel="training loss (label-smoothed)", title="Training loss")
    ax_ter.set(xlabel="optimizer step", ylabel="dev TER (greedy, first eval_max_sentences)", title="Dev TER")
    ax_zoom.set(xlabel="optimizer step", title=f"Dev TER from step {ZOOM_FROM:,}, lower part")
    if late:  # the BERT-initialized runs sit together near the bottom: give them the whole panel
        low = min(late)
        ax_zoom.set_xlim(left=ZOOM_FROM - 100)
        ax_zoom.set_ylim(math.floor(low) - 1, math.floor(low) + 15)
    for ax in (ax_loss, ax_ter, ax_zoom):
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    path = out / "learning-curves.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def heat(ax, values: list[list[float]], title: str, fmt: str, vmin: float, vmax: float, cmap: str) -> None:
    im = ax.imshow(values, vmin=vmin, vmax=vmax, cmap=cmap, aspect="auto")
    ax.set(xlabel="head", ylabel="layer", title=title)
    ax.set_xticks(range(len(values[0])))
    ax.set_yticks(range(len(values)))
    for layer, row in enumerate(values):
        for head, v in enumerate(row):
            r, g, b, _ = im.cmap(im.norm(v))  # dark cells get white figures, light ones black
            color = "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.5 else "black"
            ax.text(head, layer, format(v, fmt), ha="center", va="center", fontsize=6, color=color)
    ax.figure.colorbar(im, ax=ax, shrink=0.8)


def attention_figure(row: dict, alpha: list[list[float]] | None, alpha_from: str, out: Path) -> Path | None:
    zeros = row.get("attention")
    panels = [p for p in (alpha, zeros) if p]
    if not panels:
        return None
    fig, axes = plt.subplots(1, len(panels), figsize=(7 * len(panels), 4), squeeze=False)
    i = 0
    if alpha:
        heat(axes[0][i], alpha, f"learned α of the context attention ({alpha_from})", ".2f", 1.0, 2.0, "viridis")
        i += 1
    if zeros:
        share = [[100 * v for v in layer] for layer in zeros["perHead"]]
        heat(axes[0][i], share, f"exactly-zero context weights, % ({zeros['sentences']} sentences)", ".0f", 0, 100, "magma")
    fig.suptitle(f"{row['row']['model']}: context attention ({row.get('contextNormalizer')})")
    fig.tight_layout()
    path = out / f"attention-{row['row']['id']}.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def ter_change(results: dict, out: Path) -> Path | None:
    """One panel for the first measured model's rows (the served model and its decoding variants), one
    for the rest (the ablations); each curve is a row, labelled with its id (bench/results.json)."""
    rows = [r for r in results["rows"] if r["status"] == "measured"]
    if not rows:
        return None
    first = rows[0]["row"]["model"]
    groups = [(f"{first} and its decoding variants", [r for r in rows if r["row"]["model"] == first]),
              ("the other models (ablations)", [r for r in rows if r["row"]["model"] != first])]
    groups = [g for g in groups if g[1]]
    deltas = [d for r in rows for d in r["scores"]["sentenceTerDelta"]]
    # 5-point bins centred on whole multiples of 5, so the unchanged sentences (exactly 0) get a bin of their own
    # centre rather than sharing an edge with small gains or losses
    width = 5.0
    lo, hi = math.floor(min(deltas + [0]) / width), math.ceil(max(deltas + [0]) / width)
    bins = [width * (k - 0.5) for k in range(lo, hi + 2)]
    fig, axes = plt.subplots(1, len(groups), figsize=(7 * len(groups), 4.2), squeeze=False, sharey=True)
    for ax, (title, group) in zip(axes[0], groups):
        for r in group:
            ax.hist(r["scores"]["sentenceTerDelta"], bins=bins, histtype="step", linewidth=1.4, label=r["row"]["id"])
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set(xlabel="sentence TER of the post-edit minus that of the MT (< 0: better)", title=title)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="upper right")
    axes[0][0].set_ylabel("sentences")
    fig.suptitle(f"TER change per sentence (case-sensitive), {results['segments']} {results['split']} sentences; "
                 "labels: row ids of bench/results.json")
    fig.tight_layout()
    path = out / "ter-change.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--results", type=Path, default=ROOT / "bench" / "results" / "results.json")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "results")
    p.add_argument("--log", action="append", default=[], help="[MODEL_DIR=]PATH of a training log.jsonl")
    args = p.parse_args(argv)
    try:
        results = json.loads(args.results.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        print(f"{args.results}: cannot read the results (run bench/results.ts first): {e}", file=sys.stderr)
        return 2
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    models = measured_models(results)
    log_paths: dict[str, Path] = {m: model_path(m) / "training-log.jsonl" for m, _ in models}
    for spec in args.log:
        model, _, path = spec.rpartition("=")
        if not model:  # the first measured model's, or just a curve named after the file
            model = models[0][0] if models else path
        log_paths[model] = Path(path)
    logs = {m: read_log(path) for m, path in log_paths.items() if path.is_file()}
    curves = {m: records for m, records in logs.items() if same_dev(m)}
    for m, path in log_paths.items():
        if m not in logs:
            print(f"results_plots: no training log for {m} ({path}); no learning curve for it", file=sys.stderr)
    written = [learning_curves(curves, out), ter_change(results, out)]
    for model, row in models:
        alpha, alpha_from = row.get("alpha"), "ape.json"
        if alpha is None and model in logs:
            alpha, alpha_from = alpha_from_log(logs[model]), "training log, last step"
        written.append(attention_figure(row, alpha, alpha_from, out))
    for path in written:
        if path is not None:
            print(path)
    if not any(written):
        print("results_plots: no measured rows and no training log: nothing to plot", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
