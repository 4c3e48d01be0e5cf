#!/usr/bin/env bash
# Discovery for the Debian-wide set (build-large.sh): every Debian 12 (bookworm, main) binary
# package that ships a gettext catalog (`*/LC_MESSAGES/*.mo`, any language, any path: the
# usual /usr/share/locale, LibreOffice's program/resource, Vim's lang/, games' data trees),
# found in the archive's Contents index with apt-file, pinned at the version apt would
# download today. Writes synthetic-data/packages-large.tsv, one package a line:
#   package  version  source  size(bytes)  role
# role `es`     : has a catalog in an `es/` directory (what `ape harvest --lang es` reads);
#      `es_ES`  : no `es/` catalog, but one in `es_ES/` (Spain's Spanish: read as es);
#      `mono`   : only other languages; its English msgids feed the round trip.
# Packages whose source package is in heldout-packages.txt are left out (never downloaded).
# Prints the counts and download sizes. Needs root for apt-get install / apt-file update.
#   bash synthetic-data/discover-large.sh [OUT.tsv]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/packages-large.tsv}"
heldout="${APE_HELDOUT:-$here/heldout-packages.txt}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

command -v apt-file >/dev/null || {
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq apt-file >/dev/null
}
$SUDO apt-file update >/dev/null
apt-file search --regexp '/LC_MESSAGES/[^/]+\.mo$' | LC_ALL=C sort -u >"$tmp/contents.txt"
cut -d: -f1 "$tmp/contents.txt" | LC_ALL=C sort -u >"$tmp/all"
grep -E ': .*/es/LC_MESSAGES/[^/]+\.mo$' "$tmp/contents.txt" | cut -d: -f1 | LC_ALL=C sort -u >"$tmp/es"
grep -E ': .*/es_ES/LC_MESSAGES/[^/]+\.mo$' "$tmp/contents.txt" | cut -d: -f1 | LC_ALL=C sort -u |
  LC_ALL=C comm -23 - "$tmp/es" >"$tmp/es_ES"

# shellcheck disable=SC2046
apt-cache show --no-all-versions $(cat "$tmp/all") | awk '
  /^Package: / { p = $2; s = $2 } /^Source: / { s = $2 } /^Version: / { v = $2 } /^Size: / { z = $2 }
  /^$/ { if (p != "") print p "\t" v "\t" s "\t" z; p = "" }
  END { if (p != "") print p "\t" v "\t" s "\t" z }' | LC_ALL=C sort -u >"$tmp/info"

sed 's/#.*//; s/[[:space:]]//g; /^$/d' "$heldout" | LC_ALL=C sort -u >"$tmp/heldout"
awk -F'\t' -v OFS='\t' '
  FILENAME == ARGV[1] { held[$1] = 1; next }
  FILENAME == ARGV[2] { es[$1] = 1; next }
  FILENAME == ARGV[3] { eses[$1] = 1; next }
  { if ($3 in held) { nheld++; next }
    role = ($1 in es) ? "es" : ($1 in eses) ? "es_ES" : "mono"
    print $1, $2, $3, $4, role }
  END { print nheld + 0 > "/dev/stderr" }' "$tmp/heldout" "$tmp/es" "$tmp/es_ES" "$tmp/info" \
  2>"$tmp/nheld" >"$out"

echo "discover: $(wc -l <"$tmp/contents.txt") catalogs in $(wc -l <"$tmp/all") binary packages in the Contents index; $(cat "$tmp/nheld") held-out binary packages left out" >&2
awk -F'\t' '{ n[$5]++; z[$5] += $4; src[$5 "\t" $3] = 1; N++; Z += $4 }
  END {
    for (k in src) { split(k, a, "\t"); s[a[1]]++ }
    for (r in n) printf "discover: %-5s %5d binary packages, %5d source packages, %6.2f GB\n", r, n[r], s[r], z[r] / 1e9 > "/dev/stderr"
    printf "discover: all   %5d binary packages, %6.2f GB to download -> %s\n", N, Z / 1e9, ARGV[1] > "/dev/stderr"
  }' "$out"
