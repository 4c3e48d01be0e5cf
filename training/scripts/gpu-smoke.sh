#!/usr/bin/env bash
# GPU smoke test of the trainer (issue 21 §2): a few hundred steps of the tiny config
# (training/configs/tiny.json) on cuda, once per precision, on a generated tiny corpus (the
# one the tests train on, training/tests/tiny_corpus.py). Prints the card, tokens/s per
# precision, and checks that the loss falls; with 2+ GPUs also runs torchrun over 2 of them
# (nccl). Exit 0: all passed; 1: a run failed or its loss did not fall; 3: no GPU.
#
#   training/scripts/gpu-smoke.sh                      # from the repository root
#   STEPS=500 PRECISIONS="bf16" training/scripts/gpu-smoke.sh
#   DEVICE=cpu STEPS=40 PRECISIONS=none training/scripts/gpu-smoke.sh   # the script itself, without a GPU
#
# Record its output, with the card's name, in docs/training.md ("GPU smoke test").
set -euo pipefail

cd "$(dirname "$0")/../.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
STEPS=${STEPS:-300}
PRECISIONS=${PRECISIONS:-"none bf16 fp16"}
DEVICE=${DEVICE:-cuda}
export PYTHONPATH="$PWD/training:$PWD/training/tests${PYTHONPATH:+:$PYTHONPATH}"

if [ "$DEVICE" = cuda ]; then
  if ! GPUS=$("$PY" -c 'import torch; print(torch.cuda.device_count() if torch.cuda.is_available() else 0)'); then
    echo "gpu-smoke: cannot import torch with $PY; set PYTHON to the training environment's python" >&2
    exit 1
  fi
  if [ "$GPUS" -eq 0 ]; then
    echo "gpu-smoke: no GPU visible to torch ($("$PY" -c 'import torch; print("torch", torch.__version__, "CUDA build", torch.version.cuda)')); nothing to test. Run this on a machine with an NVIDIA GPU and a CUDA build of torch." >&2
    exit 3
  fi
  "$PY" -c 'import torch; print("gpu-smoke:", torch.cuda.device_count(), "x", torch.cuda.get_device_name(0), "| torch", torch.__version__, "| CUDA", torch.version.cuda)'
else
  GPUS=0
  echo "gpu-smoke: device $DEVICE (a dry run of the script, not a GPU test)"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PY" - "$WORK" <<'EOF'
import sys
from pathlib import Path
from tiny_corpus import triplets, write_prefix
work = Path(sys.argv[1])
write_prefix(work / "train", triplets(4000, 1))
write_prefix(work / "dev", triplets(16, 2))
EOF

# one run: NAME LAUNCHER... ; writes $WORK/NAME/log.jsonl, then checks it
run() {
  local name=$1 precision=$2
  shift 2
  local out="$WORK/$name"
  if ! "$@" --config training/configs/tiny.json --set "train=$WORK/train" --set "dev=$WORK/dev" \
      --set "out_dir=$out" --set "device=$DEVICE" --set "autocast=$precision" --set "max_steps=$STEPS" \
      --set warmup_steps=20 --set log_every=10 --set "eval_every=$STEPS" --set "checkpoint_every=$STEPS" \
      --set threads=0 --set deterministic=false >"$WORK/$name.err" 2>&1; then
    echo "gpu-smoke: $name FAILED; its last lines:" >&2
    tail -n 20 "$WORK/$name.err" >&2
    return 1
  fi
  grep -m1 "^ape train:" "$WORK/$name.err" || true
  "$PY" - "$out/log.jsonl" "$name" <<'EOF'
import json, statistics, sys
records = [json.loads(l) for l in open(sys.argv[1])]
train = [r for r in records if "loss" in r]
dev = [r for r in records if "dev_loss" in r]
first, last = train[0]["loss"], statistics.mean(r["loss"] for r in train[-5:])
tps = statistics.median(r["tokens_per_s"] for r in train[1:])  # the first interval includes warm-up
ok = last < 0.9 * first
print(f"gpu-smoke: {sys.argv[2]:>12}: {train[-1]['step']} steps | {tps:,.0f} tokens/s (median per "
      f"10-step interval) | {train[-1]['s_per_step'] * 1000:.1f} ms/step | loss {first:.3f} -> {last:.3f} "
      f"| dev loss {dev[-1]['dev_loss']:.3f} | {'ok' if ok else 'LOSS DID NOT FALL (want < 0.9x the first)'}")
sys.exit(0 if ok else 1)
EOF
}

status=0
for precision in $PRECISIONS; do
  run "$precision" "$precision" "$PY" -m ape.train || status=1
done
if [ "$GPUS" -ge 2 ]; then
  TORCHRUN=$(dirname "$PY")/torchrun
  [ -x "$TORCHRUN" ] || TORCHRUN=torchrun
  run "ddp2-bf16" bf16 "$TORCHRUN" --standalone --nproc_per_node 2 -m ape.train || status=1
fi
[ $status -eq 0 ] && echo "gpu-smoke: passed" || echo "gpu-smoke: FAILED" >&2
exit $status
