#!/usr/bin/env bash
# The Debian-wide set (README.md, "Debian-wide set"): the recipe of build.sh over every
# Debian 12 package with a gettext catalog (packages-large.tsv, made by discover-large.sh),
# plus round-trip triplets from every English msgid of every catalog. Stages, each resumable
# (a stage whose output exists is skipped; ape synth resumes after its last finished batch):
#   1. download   the pinned .deb files (only those missing) into WORK/debs
#   2. harvest    es pairs (ape harvest --lang es, and --lang es_ES for es_ES-only packages)
#   3. escape     ape synth escape spa-eng over all pairs (pass 1: MT, filters, dedup)
#   4. msgids     every English msgid of every catalog, any language, cleaned (round-trip input)
#   5. roundtrip  ape synth roundtrip eng-spa -> spa-eng over the msgids (pass 1)
#   6. splits     broad dev/test (>= 30 package families, near-duplicates removed), train,
#                 round-trip train without near-duplicates of dev/test; manifests
# Everything heavy runs under `nice -n 19 ionice -c3`. Progress, per-stage wall time and
# throughput go to stderr (build-large-bg.sh sends them to WORK/build.log).
#   bash synthetic-data/build-large.sh [STAGE...]     # default: all stages in order
# Environment: APE_WORK (default synthetic-data/.work-large), APE_OUT (default
# synthetic-data/large), APE_HELDOUT.
main() {
set -euo pipefail
local here root work out heldout
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
work="${APE_WORK:-$here/.work-large}"
out="${APE_OUT:-$here/large}"
heldout="${APE_HELDOUT:-$here/heldout-packages.txt}"
mkdir -p "$work/logs" "$out"
local NICE=(nice -n 19 ionice -c3)
cd "$root"
[ -x node_modules/.bin/tsx ] || npm ci --no-audit --no-fund
APE=("${NICE[@]}" node --import tsx --input-type=module -e
  'const { main } = await import("./src/cli/main.ts"); process.exitCode = await main(process.argv.slice(1));')
TSX=("${NICE[@]}" node --import tsx)

local stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(download harvest escape msgids roundtrip splits)
local s
for s in "${stages[@]}"; do
  case "$s" in
    download | harvest | msgids | escape | roundtrip | splits) ;;
    *) echo "build-large: unknown stage '$s' (download harvest msgids escape roundtrip splits)" >&2; exit 2 ;;
  esac
  # One process per stage at a time: a stage started by hand (build-large.sh msgids) while the
  # background build runs makes the other wait, and then skip what it finished.
  local lock t0
  exec {lock}>"$work/logs/$s.lock"
  flock "$lock"
  t0="$(date +%s)"
  log "stage $s: start"
  "stage_$s"
  log "stage $s: done in $(($(date +%s) - t0)) s wall"
  exec {lock}>&-
done
}

log() { echo "build-large: $(date -u +%FT%TZ) $*" >&2; }

# 1. The .deb files at the pinned versions. apt-get download names a file
#    PACKAGE_VERSION_ARCH.deb with the epoch's ':' as %3a, so what is there is read from the
#    names. A file of another version (the archive moved on) is left alone and the pinned one
#    fetched; a pinned version the archive no longer has is named in logs/download.err.
stage_download() {
  mkdir -p "$work/debs"
  local have want get n
  have="$(cd "$work/debs" && ls -- *.deb 2>/dev/null | sed 's/%3a/:/; s/_[^_]*\.deb$//; s/_/=/' | LC_ALL=C sort -u || true)"
  want="$(awk -F'\t' '{ print $1 "=" $2 }' "$here/packages-large.tsv" | LC_ALL=C sort -u)"
  get="$(LC_ALL=C comm -13 <(echo "$have") <(echo "$want") | grep -v '^$' || true)"
  n="$(echo "$get" | grep -c . || true)"
  log "download: $(echo "$want" | wc -l) pinned, $n to fetch"
  [ "$n" -gt 0 ] || return 0
  # network-bound: 4 apt-get processes of 20 packages each; partial files are removed by apt
  (cd "$work/debs" && echo "$get" | "${NICE[@]}" xargs -n 20 -P 4 sh -c \
    'apt-get download "$@" >/dev/null 2>>../logs/download.err || echo "build-large: download failed in: $*" >&2' sh) || true
  have="$(cd "$work/debs" && ls -- *.deb 2>/dev/null | sed 's/%3a/:/; s/_[^_]*\.deb$//; s/_/=/' | LC_ALL=C sort -u || true)"
  get="$(LC_ALL=C comm -13 <(echo "$have") <(echo "$want") | grep -v '^$' || true)"
  if [ -n "$get" ]; then
    log "download: $(echo "$get" | wc -l) packages still missing (see $work/logs/download.err; run discover-large.sh if the archive moved on): $(echo "$get" | head -5 | paste -sd' ')"
    return 1
  fi
  log "download: all $(echo "$want" | wc -l) packages present ($(du -sh "$work/debs" | cut -f1))"
}

# The .deb files of one role (column 5 of packages-large.tsv), linked into one folder.
link_role() { # link_role ROLE DIR
  rm -rf "$2"; mkdir -p "$2"
  local p v f
  while IFS=$'\t' read -r p v _ _ _; do
    f="$(printf '%s_%s_' "$p" "${v/:/%3a}")"
    for d in "$work/debs/$f"*.deb; do ln -s "$d" "$2/"; done
  done < <(awk -F'\t' -v r="$1" '$5 == r' "$here/packages-large.tsv")
}

# 2. es pairs. es_ES-only packages are read as Spanish (the key renamed to es) after the es
#    ones, so a sentence both hold is kept under the es package.
stage_harvest() {
  [ -s "$work/parallel.jsonl" ] && { log "harvest: $work/parallel.jsonl exists, skipped"; return 0; }
  local lang
  for lang in es es_ES; do
    [ -s "$work/harvest-$lang.json" ] && continue
    link_role "$lang" "$work/debs-$lang"
    "${APE[@]}" harvest --debs "$work/debs-$lang" --lang "$lang" --heldout "$heldout" \
      --out "$work/parallel-$lang.jsonl" --report "$work/harvest-$lang.json"
  done
  { cat "$work/parallel-es.jsonl"; sed 's/,"es_ES":"/,"es":"/' "$work/parallel-es_ES.jsonl"; } >"$work/parallel.jsonl.tmp"
  mv "$work/parallel.jsonl.tmp" "$work/parallel.jsonl"
  log "harvest: $(wc -l <"$work/parallel.jsonl") pairs -> $work/parallel.jsonl"
}

# The eSCAPE filters of build.sh; one split (train=all) and --batch-mt: the broad splits are
# made afterwards from pass 1's candidates (stage splits), which restreams dev and test.
FILTERS=(--seed 1 --min-tokens 3 --max-tokens 100 --max-length-ratio 3 --ter-min 0 --ter-max 75
  --splits train=all --batch-mt --format files --batch 2000)

# 3. Pass 1 of the eSCAPE recipe over every es pair (Spanish msgstr -> Apertium -> English mt,
#    the English msgid as pe). Resumes after its last finished batch.
stage_escape() {
  [ -s "$work/escape-out/manifest.json" ] && { log "escape: done before, skipped"; return 0; }
  "${APE[@]}" synth escape --parallel "$work/parallel.jsonl" --src-lang es --tgt-lang en \
    --engine apertium:spa-eng --heldout "$heldout" "${FILTERS[@]}" \
    --out "$work/escape-out" --work "$work/escape"
  cp "$work/escape-out/manifest.json" "$out/escape-manifest.json"
}

# 4. Every English msgid of every catalog (all languages, all packages of the list).
stage_msgids() {
  [ -s "$work/msgids.jsonl" ] && { log "msgids: $work/msgids.jsonl exists, skipped"; return 0; }
  "${TSX[@]}" "$here/harvest-msgids.ts" "$work/debs" "$work/msgids.jsonl" "$work/msgids-report.json" \
    "$heldout" "$work/tmp"
  cp "$work/msgids-report.json" "$out/msgids-report.json"
}

# 5. Pass 1 of the round trip: English msgid -> Apertium eng-spa (src) -> spa-eng (mt); the
#    msgid is pe. Same filters. Resumes after its last finished batch.
stage_roundtrip() {
  [ -s "$work/roundtrip-out/manifest.json" ] && { log "roundtrip: done before, skipped"; return 0; }
  "${APE[@]}" synth roundtrip --mono "$work/msgids.jsonl" --tgt-lang en \
    --engine apertium:spa-eng --back-engine apertium:eng-spa --heldout "$heldout" "${FILTERS[@]}" \
    --out "$work/roundtrip-out" --work "$work/roundtrip"
  cp "$work/roundtrip-out/manifest.json" "$out/roundtrip-manifest.json"
}

# 6. Broad dev/test, train, round-trip train, manifest.json.
stage_splits() {
  "${TSX[@]}" "$here/large-splits.ts" "$work/escape" "$work/roundtrip" "$out"
}

{ main "$@"; exit; }
