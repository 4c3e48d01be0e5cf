#!/usr/bin/env bash
# Trains the keep-or-edit gate of a model directory (docs/results.md, "Keep-or-edit gate"):
#
#   bash bench/gate-build.sh [MODEL_DIR] [OUT_DIR]      (defaults: models/default bench/out/gate)
#
# 1. triplets: OUT/train = 8,000 Debian-wide triplets of package families the model never saw
#    (training/scripts/gate_data.py; needs `bash synthetic-data/build-large.sh` first), OUT/ldev =
#    the Debian-wide dev split (for choosing the epoch), OUT/sdev, OUT/stest, OUT/ltest = the 23K
#    dev and test and the Debian-wide test (reported only);
# 2. the model's post-edits as served, gate off (`ape postedit --no-gate`), decoded sorted by
#    length and put back in order (outputs do not depend on batching:
#    docs/benchmarks/batch-invariance.md), and the runtime's encoder inputs (bench/gate-inputs.ts);
# 3. training/scripts/gate_train.py -> OUT/gate.pt and OUT/gate.pt.json (per-set report).
# Then `(cd training && ../.venv/bin/python -m ape.export.gate ../MODEL_DIR ../OUT/gate.pt)` puts
# it into the model directory. Each step is skipped when its output is there (delete it to redo).
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/default}
out=${2:-bench/out/gate}
mkdir -p "$out"
py=.venv/bin/python

[ -s "$out/train.src" ] || $py training/scripts/gate_data.py "$out/train" --count 8000 --seed 1
for side in src mt pe; do
  [ -s "$out/ldev.$side" ] || cp "synthetic-data/large/es-en/dev.$side" "$out/ldev.$side"
  [ -s "$out/ltest.$side" ] || cp "synthetic-data/large/es-en/test.$side" "$out/ltest.$side"
  [ -s "$out/sdev.$side" ] || cp "synthetic-data/es-en/dev.$side" "$out/sdev.$side"
  [ -s "$out/stest.$side" ] || cp "synthetic-data/es-en/test.$side" "$out/stest.$side"
done

for set in train ldev sdev stest ltest; do
  [ -s "$out/$set.inputs.jsonl" ] ||
    node --import tsx bench/gate-inputs.ts "$model" "$out/$set.src" "$out/$set.mt" "$out/$set.inputs.jsonl"
  [ -s "$out/$set.hyp" ] && continue
  echo "gate-build: $set: post-editing as served (gate off), sorted by length" >&2
  $py - "$out/$set" <<'EOF'
import json, sys
x = sys.argv[1]
lengths = [len(json.loads(line)["inputIds"]) for line in open(x + ".inputs.jsonl")]
order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
json.dump(order, open(x + ".order.json", "w"))
for side in ("src", "mt"):
    lines = open(x + "." + side, encoding="utf-8").read().split("\n")[: len(lengths)]
    open(x + ".sorted." + side, "w", encoding="utf-8").write("".join(lines[i] + "\n" for i in order))
EOF
  node bin/ape.js postedit --model "$model" --no-gate --src "$out/$set.sorted.src" --mt "$out/$set.sorted.mt" \
    --out "$out/$set.sorted.hyp" --resume
  $py - "$out/$set" <<'EOF'
import json, sys
x = sys.argv[1]
order = json.load(open(x + ".order.json"))
hyp = open(x + ".sorted.hyp", encoding="utf-8").read().split("\n")[: len(order)]
out = [""] * len(order)
for k, i in enumerate(order):
    out[i] = hyp[k]
open(x + ".hyp.tmp", "w", encoding="utf-8").write("".join(line + "\n" for line in out))
EOF
  mv "$out/$set.hyp.tmp" "$out/$set.hyp"
done

model=$(realpath "$model")
out=$(realpath "$out")
(cd training && ../.venv/bin/python scripts/gate_train.py "$model" "$out" --train train --dev ldev \
  --report sdev,stest,ltest --out "$out/gate.pt" --epochs 40)
