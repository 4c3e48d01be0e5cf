"""The table and plot of issue 21's learning curve and baselines (docs/results.md, "Learning
curve"), from what bench/curve.sh left in bench/curve/<id>/: `ape eval`'s JSON of each set against
the MT, and against BASE: for the baselines the APE point of the same data, for the larger points
the 23k point (what more data adds at the same budget).

    .venv/bin/python bench/curve_report.py [--plot docs/results/learning-curve-data.png]

Prints a markdown table on stdout; ids not measured yet are listed as such.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CURVE = ROOT / "bench" / "curve"
SETS = (
    ("ltest", "Debian-wide test"),
    ("ldev", "Debian-wide dev"),
    ("stest", "23K test"),
    ("ood", "out of domain"),
)
POINTS = ("23k", "70k", "real", "real-rt")
BASELINES = ("src-only", "mt-only", "real-mt-only")
# what bench/curve.sh scores each one against besides the MT (its SET.vs-base.json)
BASE = {"70k": "23k", "real": "23k", "real-rt": "23k",
        "src-only": "23k", "mt-only": "23k", "real-mt-only": "real"}
LABELS = {
    "23k": "23K (bert-init trained again)",
    "70k": "~70K real",
    "real": "all real",
    "real-rt": "all real ×2 + round trip",
    "src-only": "baseline src → pe (23K)",
    "mt-only": "baseline mt → pe (23K)",
    "real-mt-only": "baseline mt → pe (all real)",
}


def train_triplets() -> dict[str, int]:
    counts = json.loads((ROOT / "synthetic-data" / "large" / "curve-manifest.json").read_text())["counts"]
    n23k = sum(1 for _ in (ROOT / "synthetic-data" / "es-en" / "train.pe").open(encoding="utf-8"))
    return {
        "23k": n23k,
        "70k": counts["70k"]["triplets"],
        "real": counts["real"],
        "real-rt": counts["real-rt"]["triplets"],
        "src-only": n23k,
        "mt-only": n23k,
        "real-mt-only": counts["real"],
    }


def load(id_: str, set_: str, against: str = "mt") -> dict | None:
    path = CURVE / id_ / f"{set_}.vs-{against}.json"
    return json.loads(path.read_text()) if path.exists() else None


def table(sizes: dict[str, int]) -> tuple[str, dict[str, dict[str, dict]]]:
    scores: dict[str, dict[str, dict]] = {}
    head = "| model | train triplets | " + " | ".join(f"{name} TER / BLEU / worse" for _, name in SETS) + " |"
    lines = [head, "| --- | ---: |" + " --- |" * len(SETS)]
    mt = None
    for id_ in POINTS + BASELINES:
        got = {s: load(id_, s) for s, _ in SETS}
        if mt is None and all(got.values()):
            mt = got
        if not any(got.values()):
            lines.append(f"| {LABELS[id_]} | {sizes[id_]:,} |" + " not measured yet |" * len(SETS))
            continue
        scores[id_] = {s: r for s, r in got.items() if r}
        cells = []
        for s, _ in SETS:
            r = got[s]
            if r is None:
                cells.append("—")
                continue
            worse = 100 * r["segments"]["worse"] / r["segments"]["total"]
            cell = f"{r['ter']['score']:.2f} / {r['bleu']['score']:.2f} / {worse:.1f}%"
            vs = load(id_, s, "base") if id_ in BASE else None
            if vs:
                cell += f" (ΔTER vs {BASE[id_]} {vs['ter']['delta']:+.2f}, p {vs['ter']['p_value']:.3f})"
            cells.append(cell)
        lines.append(f"| {LABELS[id_]} | {sizes[id_]:,} | " + " | ".join(cells) + " |")
    if mt:
        lines.insert(2, "| MT (Apertium) | — | " + " | ".join(
            f"{mt[s]['ter']['mt_score']:.2f} / {mt[s]['bleu']['mt_score']:.2f} / —" for s, _ in SETS) + " |")
    return "\n".join(lines), scores


def plot(path: Path, sizes: dict[str, int], scores: dict[str, dict[str, dict]]) -> None:
    import matplotlib  # noqa: PLC0415 (only the plot needs it)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    points = [p for p in POINTS if p in scores]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for (s, name), colour in zip(SETS[:3], ("tab:blue", "tab:orange", "tab:green"), strict=True):
        xs = [sizes[p] for p in points if s in scores[p]]
        ys = [scores[p][s]["ter"]["score"] for p in points if s in scores[p]]
        if not xs:
            continue
        ax.plot(xs, ys, "o-", color=colour, label=f"APE, {name}")
        mt = next(iter(scores[p][s]["ter"]["mt_score"] for p in points if s in scores[p]))
        ax.axhline(mt, color=colour, linestyle=":", linewidth=1)
        for b, marker in zip(BASELINES, ("s", "^", "v"), strict=True):
            if b in scores and s in scores[b]:
                ax.plot([sizes[b]], [scores[b][s]["ter"]["score"]], marker, color=colour, fillstyle="none",
                        label=f"{LABELS[b]}, {name}")
    ax.set_xscale("log")
    ax.set_xlabel("training triplets (log scale); the same 4,500-step budget at every point")
    ax.set_ylabel("TER, case-sensitive (lower is better)")
    ax.set_title("Learning curve (dotted: the MT's TER on each set)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plot", type=Path, default=ROOT / "docs" / "results" / "learning-curve-data.png")
    args = ap.parse_args()
    sizes = train_triplets()
    text, scores = table(sizes)
    print(text)
    if any(p in scores for p in POINTS):
        plot(args.plot, sizes, scores)
        print(f"\n(plot: {args.plot.relative_to(ROOT) if args.plot.is_relative_to(ROOT) else args.plot})")


if __name__ == "__main__":
    main()
