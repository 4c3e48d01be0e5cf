#!/usr/bin/env bash
# One model, two builds of the TypeScript runtime: is a runtime change faster, and are its
# outputs byte-identical? (bench/compare-models.ts is the other way round: one runtime, two models.)
#
#   git worktree add /tmp/old <rev> && ln -s "$PWD/node_modules" /tmp/old/node_modules \
#     && (cd /tmp/old && npx tsc -p .)
#   bash bench/compare-runtimes.sh /tmp/old [--model models/default] [--pairs 256]
#       [--batch 1,32] [--threads 1] [--rounds 3] [--split test]
#
# Both builds run `ape postedit --model MODEL --threads T --batch-size B` (the model's own
# decoding settings: beam, keepMtMargin, shortlist, lexicon) on the first --pairs lines of
# synthetic-data/es-en/<split>.{src,mt}, interleaved (old, new, then new, old, ...), each run a
# fresh process. The figure is the seg/s that `ape postedit` prints at the end (decoding only:
# loading the model is not timed). It prints, per batch size, every round's seg/s, the medians
# and new/old, and whether every output line of every round was identical between the builds
# (the first differing line otherwise). Never fails on speed; exits 1 when outputs differ.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bash bench/compare-runtimes.sh OLD_CHECKOUT [--model DIR] [--pairs N] [--batch B,..] [--threads T] [--rounds R] [--split S]}
shift
model=models/default pairs=256 batches=1,32 threads=1 rounds=3 split=test
while [ $# -gt 0 ]; do
  case "$1" in
    --model) model=$2 ;;
    --pairs) pairs=$2 ;;
    --batch) batches=$2 ;;
    --threads) threads=$2 ;;
    --rounds) rounds=$2 ;;
    --split) split=$2 ;;
    *) echo "compare-runtimes: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
if [ ! -f "$old/dist/src/cli/main.js" ]; then
  echo "compare-runtimes: $old/dist/src/cli/main.js is missing (build the old checkout: npx tsc -p .)" >&2
  exit 2
fi
npm run -s build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$pairs" "synthetic-data/es-en/$split.src" > "$work/src"
head -n "$pairs" "synthetic-data/es-en/$split.mt" > "$work/mt"
echo "model $model ($(sha256sum "$model/ape.json" | cut -c1-12)), first $pairs pairs of $split, threads $threads;" \
  "old: $old ($(git -C "$old" rev-parse --short HEAD)), new: $(pwd) ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo '+changes'))"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
same=1
run() { # build out -> seg/s
  node "$1/bin/ape.js" postedit --model "$model" --src "$work/src" --mt "$work/mt" --out "$2" \
    --threads "$threads" --batch-size "$batch" 2>&1 | grep -o '[0-9.]* seg/s' | tail -1 | cut -d' ' -f1
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for batch in ${batches//,/ }; do
  olds='' news=''
  for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order=(old new); else order=(new old); fi
    for which in "${order[@]}"; do
      if [ "$which" = old ]; then olds+=" $(run "$old" "$work/old.$r")"; else news+=" $(run . "$work/new.$r")"; fi
    done
    if ! cmp -s "$work/old.$r" "$work/new.$r"; then
      same=0
      echo "batch $batch round $r: outputs differ: $(cmp "$work/old.$r" "$work/new.$r" | head -1)"
    fi
  done
  mo=$(echo "$olds" | median) mn=$(echo "$news" | median)
  echo "batch $batch: old seg/s$olds (median $mo); new seg/s$news (median $mn); new/old $(awk -v a="$mn" -v b="$mo" 'BEGIN { printf "%.2f", a / b }')"
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg); outputs $([ $same = 1 ] && echo 'identical in every round' || echo DIFFER)"
[ $same = 1 ]
