#!/usr/bin/env bash
# Measures issue 21's learning curve and baselines (docs/results.md, "Learning curve" and
# "Baselines: what APE adds") on every set the issue names:
#
#   bash bench/curve.sh [ID ...]     (default: 23k 70k real real-rt src-only mt-only real-mt-only)
#
# IDs 23k, 70k, real, real-rt and real-mt-only are models/curve/ID (bash bench/train-ablations.sh
# --group curve), src-only and mt-only are models/ablations/ID (bash bench/train-ablations.sh
# src-only mt-only).
# Each one's sets are post-edited and scored by bench/default-eval.sh into bench/curve/ID/
# (committed: the hypotheses, `ape eval`'s JSON and the out-of-domain report, so the table comes
# back without the weights, which are not in git); the baselines are also scored against the
# APE point of the same recipe and data in the MT's place (src-only and mt-only against 23k,
# bert-init trained again; real-mt-only against real), and the larger points against 23k (what
# the data adds at the same budget, with a paired bootstrap p). A model whose directory has no graphs is
# skipped unless its hypotheses are all there (then only scored again). Then bench/curve_report.py prints the table and draws
# docs/results/learning-curve-data.png.
set -euo pipefail
cd "$(dirname "$0")/.."
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then ids=(23k 70k real real-rt src-only mt-only real-mt-only); fi
if [ ! -f dist/src/cli/main.js ]; then npm run -s build; fi

for id in "${ids[@]}"; do
  case "$id" in
    23k) model=models/curve/$id; base= ;;
    70k | real | real-rt) model=models/curve/$id; base=bench/curve/23k ;;
    src-only | mt-only) model=models/ablations/$id; base=bench/curve/23k ;;
    real-mt-only) model=models/curve/$id; base=bench/curve/real ;;
    *) echo "curve: unknown id '$id' (23k 70k real real-rt src-only mt-only real-mt-only)" >&2; exit 2 ;;
  esac
  out=bench/curve/$id
  if [ ! -f "$model/ape.json" ]; then
    echo "curve: $id: $model/ape.json is missing: skipped (train and export it first)" >&2
    continue
  fi
  have=1
  for set in ltest stest ldev; do [ -s "$out/$set.hyp" ] || have=0; done
  [ -s "$out/ood.protect.hyp" ] || have=0
  if [ ! -f "$model/weights.bin" ] && [ "$have" = 0 ]; then
    echo "curve: $id: $model has no graphs and bench/curve/$id no hypotheses: skipped (train and export it first)" >&2
    continue
  fi
  if [ -n "$base" ] && [ ! -s "$base/ltest.hyp" ]; then
    echo "curve: $id: its APE point ($base) is not measured yet: scored against the MT only" >&2
    base=
  fi
  echo "curve: $id ($model)" >&2
  # the manifest's hash keys the hypotheses: a retrained model must not reuse another's output
  want=$(sha256sum "$model/ape.json" | cut -d' ' -f1)
  if [ -f "$out/ape.json.sha256" ] && [ "$(cat "$out/ape.json.sha256")" != "$want" ]; then
    echo "curve: $id: $model/ape.json changed since bench/curve/$id was decoded: delete bench/curve/$id to decode it again" >&2
    exit 1
  fi
  mkdir -p "$out"
  echo "$want" > "$out/ape.json.sha256"
  bash bench/default-eval.sh "$model" "$out" $base
done
.venv/bin/python bench/curve_report.py
