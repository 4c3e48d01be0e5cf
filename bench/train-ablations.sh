#!/usr/bin/env bash
# Trains and exports the issue-8 ablation models, one per training/configs/ablations/<name>.json,
# into models/ablations/<name>/ (with the run's log as training-log.jsonl beside ape.json, for
# bench/results_plots.py); then `node --import tsx bench/results.ts` measures them.
#
#   bash bench/train-ablations.sh [NAME ...]          (default: every config, in name order)
#   APE_TRAIN_ARGS="--nproc 8" bash bench/train-ablations.sh random-init
#
# A job for a bigger machine: each config is the full recipe (50,000 steps, like
# training/configs/example.json), days per model on the 2-core development VM, so no test runs
# this. APE_TRAIN_ARGS goes to `ape train` (e.g. --nproc N for torchrun data parallelism,
# --set threads=N). Resumable: a model directory with an ape.json is skipped, a run whose
# training finished (a TRAINED marker in its out_dir) is only exported, and an interrupted run
# continues from its last.pt (`ape train --resume`, exact).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python="${APE_PYTHON:-$root/.venv/bin/python}"

if [ ! -f dist/src/cli/main.js ]; then npm run -s build; fi

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in training/configs/ablations/*.json; do names+=("$(basename "$f" .json)"); done
fi

for name in "${names[@]}"; do
  config="training/configs/ablations/$name.json"
  model="models/ablations/$name"
  if [ ! -f "$config" ]; then
    echo "train-ablations: $config does not exist (choose from: $(ls training/configs/ablations | sed 's/\.json$//' | tr '\n' ' '))" >&2
    exit 2
  fi
  if [ -f "$model/ape.json" ]; then
    echo "train-ablations: $name: $model already exported, skipping" >&2
    continue
  fi
  # out_dir as the trainer resolves it: relative to the config file
  out_dir=$(cd training && "$python" -c 'import sys; from ape.train_config import load_config; print(load_config(sys.argv[1]).out_dir)' "$root/$config")
  if [ ! -f "$out_dir/TRAINED" ]; then
    echo "train-ablations: $name: training ($config -> $out_dir)" >&2
    # shellcheck disable=SC2086 # APE_TRAIN_ARGS is a list of flags
    node bin/ape.js train --config "$config" --resume ${APE_TRAIN_ARGS:-}
    touch "$out_dir/TRAINED"
  fi
  echo "train-ablations: $name: exporting $out_dir/best.pt -> $model" >&2
  mkdir -p models/ablations
  (cd training && "$python" -m ape.export "$out_dir/best.pt" "$root/$model" --name "$name" \
    --src-lang es --tgt-lang en --force)
  cp "$out_dir/log.jsonl" "$model/training-log.jsonl"
done
echo "train-ablations: done; measure with: node --import tsx bench/results.ts" >&2
