#!/usr/bin/env bash
# The learning curve's training sets (large/curve/<set>/train.{src,mt,pe}, made by
# learning-curve.ts after build-large.sh: 26 to 80 minutes on a 2-core machine) as xz
# files, so that a fresh checkout, or a GPU machine that takes at most 64 MiB of carried files,
# trains the curve's points without the Debian-wide build.
#
#   bash synthetic-data/curve-pack.sh pack     # large/curve/*/train.* -> large/curve-packed/*.xz
#   bash synthetic-data/curve-pack.sh unpack   # large/curve-packed/*.xz -> large/curve/*/train.*
#
# Both check every file's sha256 against large/curve-manifest.json (its "files"): pack refuses
# sets that are not the manifest's, unpack writes each file under a temporary name and moves it
# into place only when its sha256 is the manifest's, and leaves a file that already matches alone.
# xz runs single-threaded at -9, so the same input packs to the same bytes with the same xz.
# Environment: APE_OUT (default synthetic-data/large), as build-large.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${APE_OUT:-$here/large}"
manifest="$out/curve-manifest.json"
packed="$out/curve-packed"
mode="${1:-}"
case "$mode" in
  pack | unpack) ;;
  *) echo "curve-pack: usage: bash synthetic-data/curve-pack.sh pack|unpack" >&2; exit 2 ;;
esac
if [ ! -f "$manifest" ]; then
  echo "curve-pack: $manifest is missing (node --import tsx synthetic-data/learning-curve.ts writes it)" >&2
  exit 2
fi
# "curve/70k/train.src<TAB>sha256" per line, from the manifest's "files"
entries="$(node -e '
  const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (!m.files || typeof m.files !== "object") { console.error(`curve-pack: ${process.argv[1]}: no "files"`); process.exit(2); }
  for (const [k, v] of Object.entries(m.files)) console.log(`${k}\t${v}`);
' "$manifest")"

sum() { sha256sum "$1" | cut -d' ' -f1; }
n=0
while IFS=$'\t' read -r rel want; do
  case "$rel" in curve/*) ;; *) echo "curve-pack: $manifest: files.$rel is not under curve/" >&2; exit 2 ;; esac
  file="$out/$rel"
  xzfile="$packed/${rel#curve/}.xz"
  if [ "$mode" = pack ]; then
    if [ ! -f "$file" ]; then
      echo "curve-pack: $file is missing (build-large.sh, large-no23k.ts, learning-curve.ts make it)" >&2
      exit 1
    fi
    if [ "$(sum "$file")" != "$want" ]; then
      echo "curve-pack: $file: sha256 differs from $manifest (files.$rel): not packed" >&2
      exit 1
    fi
    mkdir -p "$(dirname "$xzfile")"
    if ! xz -9 -T1 -c "$file" >"$xzfile.tmp"; then
      rm -f "$xzfile.tmp"
      echo "curve-pack: xz could not pack $file" >&2
      exit 1
    fi
    mv "$xzfile.tmp" "$xzfile"
    echo "curve-pack: $rel: $(stat -c %s "$file") -> $(stat -c %s "$xzfile") bytes" >&2
  else
    if [ -f "$file" ] && [ "$(sum "$file")" = "$want" ]; then
      echo "curve-pack: $rel: already there" >&2
      n=$((n + 1))
      continue
    fi
    if [ ! -f "$xzfile" ]; then
      echo "curve-pack: $xzfile is missing: run build-large.sh, large-no23k.ts and learning-curve.ts instead" >&2
      exit 1
    fi
    mkdir -p "$(dirname "$file")"
    if ! xz -dc "$xzfile" >"$file.tmp"; then
      rm -f "$file.tmp"
      echo "curve-pack: $xzfile: xz could not unpack it: nothing written" >&2
      exit 1
    fi
    got="$(sum "$file.tmp")"
    if [ "$got" != "$want" ]; then
      rm -f "$file.tmp"
      echo "curve-pack: $xzfile unpacks to sha256 $got, not $manifest's files.$rel ($want): nothing written" >&2
      exit 1
    fi
    mv "$file.tmp" "$file"
    echo "curve-pack: $rel: unpacked, sha256 checked" >&2
  fi
  n=$((n + 1))
done <<<"$entries"
echo "curve-pack: $mode: $n files" >&2
