#!/usr/bin/env bash
# Trains and exports the issue-8 ablation models and issue 21's baselines, one per
# training/configs/ablations/<name>.json, into models/ablations/<name>/ (with the run's log as
# training-log.jsonl beside ape.json, for bench/results_plots.py); then `node --import tsx
# bench/results.ts` measures them. `--group curve` does the same for issue 21's learning curve:
# training/configs/curve/<name>.json into models/curve/<name>/ (the data:
# synthetic-data/learning-curve.ts; measured by bench/curve.sh).
#
#   bash bench/train-ablations.sh [--full] [--group ablations|curve] [NAME ...]
#                                          (default: every config of the group, in name order)
#   APE_TRAIN_ARGS="--set threads=1" bash bench/train-ablations.sh softmax entmax15
#
# Schedule. By default each config is trained with the budget every measured row of
# docs/results.md has: 4,500 steps, lr 1e-4, warm-up 100, linear decay to 0, dev TER on the
# first 150 dev triplets every 550 steps, bf16 autocast (the overrides that random-init used and
# models/ablations/bert-init-phased's five phases; about 2 h per model on the 2-core VM with
# AVX-512 with two runs side by side; one run alone with threads=2: 1.0-1.3 s/step, ~80 min for
# share-ca-init). On a machine without native bfloat16 (no AVX-512 on x86: bf16 is emulated there,
# ~12x slower per step) the schedule trains in float32 instead (autocast none; the AVX2-only
# 2-core VM: 2.8 s/step, ~3.5 h per model) and says so in the schedule of the provenance. A run
# resumed from its last.pt keeps the precision it began with, on any machine.
# --full trains the config as it stands instead (the paper's 50,000-step recipe of
# training/configs/example.json: days per model on that VM, a job for a bigger machine, and not
# comparable with the 4,500-step rows). No test runs this.
#
# APE_TRAIN_ARGS goes to `ape train` after the schedule (e.g. --nproc N for torchrun data
# parallelism, --set threads=N, --set out_dir=DIR). APE_TRAIN_NOTE, if set, goes into the
# provenance as "note" (how the run went: interruptions, resumes with other settings).
# Resumable: a model directory with an ape.json is skipped, a run whose training finished (a
# TRAINED marker in its out_dir) is only exported, and an interrupted run continues from its
# last.pt (`ape train --resume`, exact). Every model is exported as fp16 with keepMtMargin 0 (as
# the other ablation rows; the src-only baseline without a margin), and its ape.json records the exact training command under
# training.provenance.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python="${APE_PYTHON:-$root/.venv/bin/python}"

schedule=(--set max_steps=4500 --set warmup_steps=100 --set lr=1e-4 --set eval_every=550
  --set eval_max_sentences=150 --set checkpoint_every=275 --set log_every=25)
schedule_name="4,500 steps (lr 1e-4, warm-up 100, linear decay to 0; the measured rows' budget)"
full=0
group=ablations
names=()
want_group=0
for arg in "$@"; do
  if [ "$want_group" = 1 ]; then group=$arg; want_group=0; continue; fi
  case "$arg" in
    --full) schedule=(); schedule_name="the config's own schedule (--full)"; full=1 ;;
    --group) want_group=1 ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) echo "train-ablations: unknown option $arg (see --help)" >&2; exit 2 ;;
    *) names+=("$arg") ;;
  esac
done
case "$group" in
  ablations | curve) ;;
  *) echo "train-ablations: --group must be ablations or curve, not '$group'" >&2; exit 2 ;;
esac
if [ ${#names[@]} -eq 0 ]; then
  for f in training/configs/$group/*.json; do names+=("$(basename "$f" .json)"); done
fi
for name in "${names[@]}"; do
  if [ ! -f "training/configs/$group/$name.json" ]; then
    echo "train-ablations: training/configs/$group/$name.json does not exist (choose from: $(ls training/configs/$group | sed 's/\.json$//' | tr '\n' ' '))" >&2
    exit 2
  fi
done

if [ ! -f dist/src/cli/main.js ]; then npm run -s build; fi

# bf16 autocast where the machine computes bfloat16 natively (as every measured row was trained);
# elsewhere float32, since emulated bf16 makes each step many times slower (docs/training.md).
# A run resumed from its last.pt keeps the precision it began with, whatever this machine would
# choose: one precision per run (APE_TRAIN_ARGS="--set autocast=..." still overrides, and the
# command in the provenance says so).
autocast=
if [ "$full" = 0 ]; then
  native=$(cd training && "$python" -c 'from ape.train import native_bf16, resolve_device; print(int(native_bf16(resolve_device("auto"))))')
  if [ "$native" = 1 ]; then autocast=bf16; else autocast=none; fi
fi

for name in "${names[@]}"; do
  config="training/configs/$group/$name.json"
  export_name=$name
  if [ "$group" = curve ]; then export_name=curve-$name; fi
  model="models/$group/$name"
  if [ -f "$model/ape.json" ]; then
    echo "train-ablations: $name: $model already exported, skipping" >&2
    continue
  fi
  # shellcheck disable=SC2206 # APE_TRAIN_ARGS is a list of flags
  extra=(${APE_TRAIN_ARGS:-})
  train_args=(--config "$config" "${schedule[@]}" "${extra[@]}")
  # out_dir as the trainer resolves it: relative to the config file, unless overridden
  asked_autocast=
  out_dir=$(cd training && "$python" -c 'import sys; from ape.train_config import load_config; print(load_config(sys.argv[1]).out_dir)' "$root/$config")
  for ((i = 0; i < ${#extra[@]} - 1; i++)); do
    case "${extra[i]}" in --set) case "${extra[i + 1]}" in
      out_dir=*) out_dir=$(realpath -m "${extra[i + 1]#out_dir=}") ;;
      autocast=*) asked_autocast=${extra[i + 1]#autocast=} ;;
    esac ;; esac
  done
  run_schedule_name=$schedule_name
  if [ -n "$autocast" ]; then
    run_autocast=$autocast
    if [ -n "$asked_autocast" ]; then
      run_autocast=$asked_autocast
    elif [ -f "$out_dir/last.pt" ]; then
      run_autocast=$(cd training && "$python" -c 'import sys; from ape import checkpoint; print(checkpoint.load(sys.argv[1])["train_config"]["autocast"])' "$out_dir/last.pt")
      if [ "$run_autocast" != "$autocast" ]; then
        echo "train-ablations: $name: $out_dir/last.pt was trained with autocast $run_autocast: the resumed run keeps it (this machine alone would choose $autocast; APE_TRAIN_ARGS=\"--set autocast=$autocast\" switches)" >&2
      fi
    fi
    if [ "$run_autocast" = none ]; then
      run_schedule_name="$schedule_name; float32 (autocast none), not bf16 as the measured rows"
      if [ "$autocast" = none ]; then run_schedule_name="$run_schedule_name: this machine has no native bfloat16"; fi
      echo "train-ablations: $name: training in float32 (autocast none), not bf16 as the measured rows" >&2
    elif [ "$autocast" = none ]; then
      echo "train-ablations: $name: no native bfloat16 here: the run continues in emulated bf16, many times slower per step" >&2
    fi
    train_args=(--config "$config" "${schedule[@]}" --set "autocast=$run_autocast" "${extra[@]}")
  fi
  if [ ! -f "$out_dir/TRAINED" ]; then
    echo "train-ablations: $name: training ($config -> $out_dir; $run_schedule_name)" >&2
    started=$(date -u +%FT%TZ)
    node bin/ape.js train "${train_args[@]}" --resume
    echo "$started $(date -u +%FT%TZ)" > "$out_dir/TRAINED"
  fi
  echo "train-ablations: $name: exporting $out_dir/best.pt -> $model" >&2
  mkdir -p "models/$group"
  provenance="$out_dir/provenance.json"
  "$python" - "$provenance" "$name" "$out_dir" "$run_schedule_name" "ape train ${train_args[*]}" "$full" <<'EOF'
import json, os, platform, sys
path, name, out_dir, schedule, command, full = sys.argv[1:]
note = os.environ.get("APE_TRAIN_NOTE", "").strip()

def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "CPU model unknown")
    except OSError:
        return "CPU model unknown"

wall = open(f"{out_dir}/TRAINED", encoding="utf-8").read().split()
print(json.dumps({
    "row": f"{name} (docs/results.md)",
    "command": command,
    "schedule": schedule,
    "trained": " to ".join(wall) + " (UTC, the TRAINED marker: the last invocation's start unless the note says otherwise)" if len(wall) == 2 else None,
    "machine": f"{platform.machine()}, {cpu_model()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
    "sameBudgetAs": None if full == "1" else "every 4,500-step row of docs/results.md (bert-init, random-init, the sharing and normalizer rows): 4,500 steps, peak lr 1e-4, warm-up 100, linear decay to 0 at 4,500, the same data order and batches (bert-init-phased, the first shipped default model, went through its five phases' schedules: docs/results.md, Schedules)",
    "selection": "best.pt = the lowest trainer dev TER among the evaluations (training-log.jsonl)",
    **({"note": note} if note else {}),
}, indent=1), file=open(path, "w", encoding="utf-8"))
EOF
  # keepMtMargin 0 as every APE row; a src -> pe baseline is a plain translation model: no margin
  # (it must not answer with the mt: docs/training.md, "Baselines")
  margin=(--keep-mt-margin 0)
  layout=$(cd training && "$python" -c 'import sys; from ape.train_config import load_config; print(load_config(sys.argv[1]).input_layout)' "$root/$config")
  if [ "$layout" = bert-pair-src-only ]; then margin=(); fi
  (cd training && "$python" -m ape.export "$out_dir/best.pt" "$root/$model" --name "$export_name" \
    --src-lang es --tgt-lang en --quantize fp16 "${margin[@]}" --provenance "$provenance" --force)
  cp "$out_dir/log.jsonl" "$model/training-log.jsonl"
done
echo "train-ablations: done; measure with: node --import tsx bench/results.ts" >&2
