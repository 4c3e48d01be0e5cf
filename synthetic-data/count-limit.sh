#!/usr/bin/env bash
# Counts how many triplets the recipe of build.sh yields when it is pushed to its limit here:
# over every Debian 12 (bookworm, main) binary package whose files include a Spanish gettext
# catalog (`*/es/LC_MESSAGES/*.mo`, found in the archive's Contents index with apt-file),
# both directions. It only COUNTS: everything goes under WORKDIR (several GB of .deb files),
# nothing is written into synthetic-data/, and the committed sets are not touched. Not run by
# CI or tests. Needs root (apt-get install, apt-file update) and the Debian mirror.
#   bash synthetic-data/count-limit.sh [WORKDIR]     # default WORKDIR: ../debian-all
# It prints one summary at the end (also WORKDIR/summary.json); each stage's wall and CPU
# time is in WORKDIR/logs/*.time. Re-running skips the downloads it has and reuses the MT
# cache (a synth pass that was interrupted resumes after its last finished batch).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
dir="$(mkdir -p "${1:-$root/../debian-all}" && cd "${1:-$root/../debian-all}" && pwd)"
heldout="${APE_HELDOUT:-$here/heldout-packages.txt}"
[ -r "$heldout" ] || { echo "count-limit: cannot read the held-out list $heldout (set APE_HELDOUT)" >&2; exit 1; }
NICE=(nice -n "${APE_NICE:-15}")
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
mkdir -p "$dir/debs" "$dir/logs"
timed() { # timed NAME CMD...: wall, user+sys CPU (children included) and peak RSS to logs/NAME.time
  local name="$1"; shift
  /usr/bin/time -o "$dir/logs/$name.time" -f '%e s wall, %U s user, %S s sys, %M KiB peak RSS' "$@"
  echo "count-limit: $name: $(cat "$dir/logs/$name.time")" >&2
}

# 1. The same pinned Apertium and gettext as build.sh, and apt-file for the Contents index.
tools=(apertium=3.8.3-1+b2 apertium-eng-spa=0.8.1-2 lttoolbox=3.7.1-1+b2 apertium-lex-tools=0.4.2-2 gettext=0.21-12 apt-file)
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --allow-downgrades "${tools[@]}" >/dev/null

# 2. Every binary package with a catalog at `.../es/LC_MESSAGES/NAME.mo` (the harvester reads
#    exactly the `es` directory, so packages that ship only es_ES, es_MX, ... give nothing; they
#    are counted apart), with its version, source package and size from apt-cache.
$SUDO apt-file update >/dev/null
apt-file search --regexp '/es[^/]*/LC_MESSAGES/[^/]+\.mo$' | sort -u >"$dir/contents-es-any.txt"
grep -E '/es/LC_MESSAGES/[^/]+\.mo$' "$dir/contents-es-any.txt" >"$dir/contents-es.txt"
cut -d: -f1 "$dir/contents-es.txt" | sort -u >"$dir/packages-es.txt"
# shellcheck disable=SC2046
apt-cache show --no-all-versions $(cat "$dir/packages-es.txt") | awk '
  /^Package: / { p = $2; s = $2 } /^Source: / { s = $2 } /^Version: / { v = $2 } /^Size: / { z = $2 }
  /^$/ { if (p != "") print p "\t" v "\t" s "\t" z; p = "" }
  END { if (p != "") print p "\t" v "\t" s "\t" z }' | sort >"$dir/packages.tsv"

# 3. The .deb files (not installed; the harvester unpacks only the catalogs).
# (`pkg=version` lines, byte order for comm)
have="$(cd "$dir/debs" && for d in *.deb; do [ -e "$d" ] && dpkg-deb -f "$d" Package Version | sed 's/^[^:]*: //' | paste -sd=; done | LC_ALL=C sort || true)"
want="$(awk -F'\t' '{ print $1 "=" $2 }' "$dir/packages.tsv" | LC_ALL=C sort)"
# A .deb not in today's list (a version the archive has since replaced) moves to debs-stale/.
stale="$(LC_ALL=C comm -23 <(echo "$have") <(echo "$want") | grep -v '^$' || true)"
for pv in $stale; do
  mkdir -p "$dir/debs-stale"
  for d in "$dir/debs/${pv%%=*}"_*.deb; do
    if [ "$(dpkg-deb -f "$d" Version)" = "${pv#*=}" ]; then mv "$d" "$dir/debs-stale/"; fi
  done
done
get="$(LC_ALL=C comm -13 <(echo "$have") <(echo "$want") | grep -v '^$' || true)"
if [ -n "$get" ]; then
  echo "count-limit: apt-get download $(echo "$get" | wc -l) packages" >&2
  # network-bound: 4 apt-get processes of 20 packages each; a failed package is named in the log
  (cd "$dir/debs" && echo "$get" | timed download xargs -n 20 -P 4 sh -c \
    'apt-get download "$@" >/dev/null 2>>../logs/download.err || echo "count-limit: download failed: $*" >&2' sh)
fi

# 4. Harvest and synth exactly as build.sh does (same flags), except: nice -n 15, no caps on
#    the splits (train=all), and --batch-mt (no third pass re-translating each split as one
#    stream: that pass changes some mt lines but no count, and would double the MT time).
[ -x "$root/node_modules/.bin/tsx" ] || (cd "$root" && npm ci --no-audit --no-fund)
cd "$root"
APE=("${NICE[@]}" node --import tsx --input-type=module -e
  'const { main } = await import("./src/cli/main.ts"); process.exitCode = await main(process.argv.slice(1));')

[ -s "$dir/harvest-report.json" ] || timed harvest "${APE[@]}" harvest --debs "$dir/debs" --lang es --heldout "$heldout" \
  --out "$dir/parallel.jsonl" --report "$dir/harvest-report.json"

for pair in es-en en-es; do
  src="${pair%-*}"; tgt="${pair#*-}"
  mode="$([ "$pair" = es-en ] && echo spa-eng || echo eng-spa)"
  groups=(); [ "$pair" = en-es ] && groups=(--groups-from "$dir/out/es-en/manifest.json")
  [ -s "$dir/out/$pair/manifest.json" ] || timed "synth-$pair" "${APE[@]}" synth escape --parallel "$dir/parallel.jsonl" \
    --src-lang "$src" --tgt-lang "$tgt" --engine "apertium:$mode" --heldout "$heldout" \
    --splits "test=2000,dev=1000,train=all" --seed 1 \
    --min-tokens 3 --max-tokens 100 --max-length-ratio 3 --ter-min 0 --ter-max 75 \
    --batch-mt --format files --out "$dir/out/$pair" --work "$dir/work/$pair" "${groups[@]}"
done

# 5. Summary; also checks that the held-out packages were skipped by source package name:
#    every catalog of a held-out source package in the Contents index is counted as skipped,
#    and no harvested pair belongs to one.
node --input-type=module -e '
  import { readFileSync, writeFileSync } from "node:fs";
  const [dir, heldoutFile] = process.argv.slice(1);
  const read = (f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  const lines = (f) => readFileSync(f, "utf8").split("\n").filter((l) => l !== "");
  const heldout = new Set(lines(heldoutFile).map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== ""));
  const pkgs = lines(`${dir}/packages.tsv`).map((l) => l.split("\t"));
  const sourceOf = new Map(pkgs.map(([p, , s]) => [p, s]));
  const contents = lines(`${dir}/contents-es.txt`).map((l) => l.split(": ")[0]);
  const heldoutBinaries = pkgs.filter(([, , s]) => heldout.has(s)).map(([p]) => p);
  const h = read("harvest-report.json");
  let pairsInHeldout = 0;
  for (const l of lines(`${dir}/parallel.jsonl`)) if (heldout.has(JSON.parse(l).group)) pairsInHeldout++;
  const anyEs = new Set(lines(`${dir}/contents-es-any.txt`).map((l) => l.split(": ")[0]));
  const summary = {
    binaryPackages: pkgs.length,
    sourcePackages: new Set(pkgs.map(([, , s]) => s)).size,
    debBytes: pkgs.reduce((n, [, , , z]) => n + Number(z), 0),
    packagesWithOnlyEsVariants: [...anyEs].filter((p) => !sourceOf.has(p)).length,
    catalogsInContents: contents.length,
    catalogsRead: h.catalogs.length,
    sourcePackagesRead: new Set(h.catalogs.map((c) => c.sourcePackage)).size,
    heldout: {
      ...h.heldout,
      binaryPackages: heldoutBinaries.length,
      catalogsInContents: contents.filter((p) => heldout.has(sourceOf.get(p))).length,
      harvestedPairsInHeldoutGroups: pairsInHeldout,
    },
    messages: h.messages,
    harvestDrops: h.drops,
    harvestedPairs: h.pairs,
    synth: Object.fromEntries(["es-en", "en-es"].map((p) => [p, read(`out/${p}/manifest.json`).counts])),
  };
  writeFileSync(`${dir}/summary.json`, JSON.stringify(summary, null, 2) + "\n");
  console.log(JSON.stringify(summary, null, 2));
' "$dir" "$heldout"
