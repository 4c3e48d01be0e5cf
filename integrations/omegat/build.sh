#!/usr/bin/env bash
# Builds the OmegaT plugin jar, dist/omegat/ape-omegat-plugin.jar, with Debian's JDK at
# --release 8 against OmegaT's own jar (apt-get install omegat default-jdk-headless).
# Install it: copy the jar into ~/.omegat/plugins/ (or OmegaT's --config-dir/plugins/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
omegat_jar="${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}"
if [ ! -f "$omegat_jar" ] || ! command -v javac >/dev/null; then
  echo "integrations/omegat/build.sh: skipped (needs javac and $omegat_jar: apt-get install omegat)" >&2
  exit 0
fi
out="$root/dist/omegat"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac --release 8 -nowarn -encoding UTF-8 -cp "$omegat_jar" -d "$classes" "$here"/src/org/ape/omegat/*.java
mkdir -p "$out"
jar cfm "$out/ape-omegat-plugin.jar.tmp" "$here/MANIFEST.MF" -C "$classes" .
mv "$out/ape-omegat-plugin.jar.tmp" "$out/ape-omegat-plugin.jar"
echo "integrations/omegat/build.sh: wrote $out/ape-omegat-plugin.jar" >&2
