#!/usr/bin/env bash
# Rebuilds synthetic-data/es-en and synthetic-data/en-es bit for bit on a fresh Debian 12
# machine: installs the pinned Apertium and gettext, downloads the pinned .deb files whose
# Spanish gettext catalogs are the parallel text (packages.txt), harvests them (ape harvest),
# makes the triplets (ape synth escape) and writes manifest.json. Re-running resumes and
# reuses the MT cache in synthetic-data/.work/.
#   bash synthetic-data/build.sh            # the committed sets: train 23,000, dev 1,000, test 2,000
#   APE_TRAIN=all bash synthetic-data/build.sh OUTDIR   # the recipe pushed to its limit
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${1:-$here}"
work="${APE_WORK:-$here/.work}"
heldout="${APE_HELDOUT:-$here/heldout-packages.txt}"
train="${APE_TRAIN:-23000}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

# 1. The MT engine and gettext at the versions that made the committed data: another Apertium
#    version translates differently (set APE_ANY_VERSION=1 to build anyway).
tools=(apertium=3.8.3-1+b2 apertium-eng-spa=0.8.1-2 lttoolbox=3.7.1-1+b2 apertium-lex-tools=0.4.2-2 gettext=0.21-12)
missing=()
for t in "${tools[@]}"; do
  have="$(dpkg-query -W -f='${Version}' "${t%%=*}" 2>/dev/null || true)"
  [ "$have" = "${t#*=}" ] || missing+=("$t")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build: apt-get install ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --allow-downgrades "${missing[@]}" >/dev/null || {
    [ "${APE_ANY_VERSION:-0}" = 1 ] || { echo "build: cannot install ${missing[*]} (APE_ANY_VERSION=1 builds with what is installed)" >&2; exit 1; }
  }
fi

# 2. The .deb files whose catalogs are the parallel text, at pinned versions (not installed:
#    only their catalogs are unpacked, so the machine's own packages do not matter).
mkdir -p "$work/debs"
cd "$work/debs"
have="$(for d in *.deb; do [ -e "$d" ] && dpkg-deb -f "$d" Package Version | sed 's/^[^:]*: //' | paste -sd=; done | sort || true)"
want="$(grep -v '^#' "$here/packages.txt" | sort)"
get="$(comm -13 <(echo "$have") <(echo "$want") | grep -v '^$' || true)"
if [ -n "$get" ]; then
  echo "build: apt-get download $(echo "$get" | wc -l) packages" >&2
  # shellcheck disable=SC2086
  apt-get download $get >/dev/null 2>&1 || { $SUDO apt-get update -qq; apt-get download $get >/dev/null; }
fi
cd "$root"

# The `ape` command runs from the TypeScript sources through tsx (no build step needed).
[ -x node_modules/.bin/tsx ] || npm ci --no-audit --no-fund
ape() { nice -n 10 node --import tsx --input-type=module -e \
  'const { main } = await import("./src/cli/main.ts"); process.exitCode = await main(process.argv.slice(1));' "$@"; }

# 3. Parallel text: English msgid, Spanish msgstr, grouped by source package.
ape harvest --debs "$work/debs" --lang es --heldout "$heldout" \
  --out "$work/parallel.jsonl" --report "$work/harvest-report.json"

# 4. Triplets, eSCAPE recipe, one set per direction; splits keep whole source packages apart.
for pair in es-en en-es; do
  src="${pair%-*}"; tgt="${pair#*-}"
  mode="$([ "$pair" = es-en ] && echo spa-eng || echo eng-spa)"
  # en-es reuses es-en's package -> split assignment: an English sentence in es-en's train
  # must not be an en-es test source.
  groups=(); [ "$pair" = en-es ] && groups=(--groups-from "$out/es-en/manifest.json")
  ape synth escape --parallel "$work/parallel.jsonl" --src-lang "$src" --tgt-lang "$tgt" \
    --engine "apertium:$mode" --heldout "$heldout" --splits "test=2000,dev=1000,train=$train" --seed 1 \
    --min-tokens 3 --max-tokens 100 --max-length-ratio 3 --ter-min 0 --ter-max 75 \
    --format files --out "$out/$pair" --work "$work/$pair-$train" "${groups[@]}"
done

# 5. One manifest for both sets: the harvest (packages, versions, counts, held-out skips),
#    the tools, and each set's own manifest (engine, filters, counts, sha256 of every file).
node --input-type=module -e '
  import { readFileSync, writeFileSync } from "node:fs";
  import { execFileSync } from "node:child_process";
  const [out, work] = process.argv.slice(1);
  const read = (f) => JSON.parse(readFileSync(f, "utf8"));
  const tools = execFileSync("dpkg-query", ["-W", "-f=${Package} ${Version}\n", "apertium", "apertium-eng-spa", "lttoolbox", "apertium-lex-tools", "gettext"], { encoding: "utf8" })
    .trim().split("\n").map((l) => l.split(" ")).map(([name, version]) => ({ name, version }));
  const manifest = {
    description: "Synthetic APE triplets: Spanish/English gettext messages of Debian packages (human translations) with Apertium output; see README.md",
    rebuild: "bash synthetic-data/build.sh",
    tools,
    harvest: read(`${work}/harvest-report.json`),
    sets: { "es-en": read(`${out}/es-en/manifest.json`), "en-es": read(`${out}/en-es/manifest.json`) },
  };
  writeFileSync(`${out}/manifest.json`, JSON.stringify(manifest, null, 2) + "\n");
' "$out" "$work"
echo "build: done: $out/es-en, $out/en-es, $out/manifest.json" >&2
