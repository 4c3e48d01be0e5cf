#!/usr/bin/env bash
# Scores a candidate default model against the MT and against another model's post-edits on the
# sets issue 21 judges a default by (docs/results.md, "Debian-wide default"):
#
#   bash bench/default-eval.sh MODEL_DIR OUT_DIR [BASE_OUT_DIR]
#
# ltest = the Debian-wide test (75 package families, synthetic-data/large/es-en/test),
# stest = the 23K test (gimp, sudo, util-linux; synthetic-data/es-en/test), ldev = the
# Debian-wide dev (the candidate's checkpoint was chosen on its first 200 lines), and the
# out-of-domain set (bench/ood.ts, bench/data/ood). Each set is post-edited as `ape postedit`
# serves it (the model's own decoding defaults; a model with a keep-or-edit gate uses it) into
# OUT_DIR/SET.hyp, resumable (delete a .hyp to decode again); then `ape eval` scores it against
# the MT (OUT_DIR/SET.vs-mt.json) and, with BASE_OUT_DIR (the same script's OUT_DIR for the
# model to beat), against that model's output in the MT's place (OUT_DIR/SET.vs-base.json: the
# deltas and paired bootstrap p-values of the candidate over the base). Prints one line a set.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:?usage: default-eval.sh MODEL_DIR OUT_DIR [BASE_OUT_DIR]}
out=${2:?usage: default-eval.sh MODEL_DIR OUT_DIR [BASE_OUT_DIR]}
base=${3:-}
mkdir -p "$out"

declare -A prefix=(
  [ltest]=synthetic-data/large/es-en/test
  [stest]=synthetic-data/es-en/test
  [ldev]=synthetic-data/large/es-en/dev
)
for set in ltest stest ldev; do
  p=${prefix[$set]}
  if [ ! -s "$out/$set.hyp" ] || [ "$(wc -l < "$out/$set.hyp")" -ne "$(wc -l < "$p.src")" ]; then
    echo "default-eval: $set: post-editing $p with $model" >&2
    node bin/ape.js postedit --model "$model" --src "$p.src" --mt "$p.mt" --out "$out/$set.hyp" --resume
  fi
done
[ -s "$out/ood.protect.hyp" ] ||
  node --import tsx bench/ood.ts "$model" --settings protect --save "$out/ood" > "$out/ood.md"
prefix[ood]=bench/data/ood/es-en

score() { # HYP MT REF OUTJSON
  node bin/ape.js eval --hyp "$1" --mt "$2" --ref "$3" --ter-case-sensitive --paired-bs --width 2 \
    --format json > "$4"
}
summary() { # LABEL JSON
  .venv/bin/python - "$1" "$2" <<'EOF'
import json, sys
r = json.load(open(sys.argv[2]))
s = r["segments"]
t, b = r["ter"], r["bleu"]
print(f"{sys.argv[1]}: TER {t['score']:.2f} (baseline {t['mt_score']:.2f}, p {t['p_value']:.3f}) "
      f"BLEU {b['score']:.2f} (baseline {b['mt_score']:.2f}, p {b['p_value']:.3f}) "
      f"chrF {r['chrf']['score']:.2f} | worse {100 * s['worse'] / s['total']:.1f}% "
      f"better {100 * s['better'] / s['total']:.1f}% of {s['total']}")
EOF
}
for set in ltest stest ldev ood; do
  p=${prefix[$set]}
  hyp=$out/$set.hyp
  [ "$set" = ood ] && hyp=$out/ood.protect.hyp
  score "$hyp" "$p.mt" "$p.pe" "$out/$set.vs-mt.json"
  summary "$set vs MT" "$out/$set.vs-mt.json"
  if [ -n "$base" ]; then
    bhyp=$base/$set.hyp
    [ "$set" = ood ] && bhyp=$base/ood.protect.hyp
    score "$hyp" "$bhyp" "$p.pe" "$out/$set.vs-base.json"
    summary "$set vs $base" "$out/$set.vs-base.json"
  fi
done
