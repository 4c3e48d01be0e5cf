#!/usr/bin/env bash
# Builds the OmegaT plugin jar, dist/omegat/ape-omegat-plugin.jar, with Debian's JDK at
# --release 8 against OmegaT's own jar (apt-get install omegat openjdk-17-jdk-headless, as
# scripts/install.sh does); fails, naming what to install, when either is missing.
# Install it: copy the jar into ~/.omegat/plugins/ (or OmegaT's --config-dir/plugins/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
omegat_jar="${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}"
missing=()
[ -f "$omegat_jar" ] || missing+=("OmegaT's jar $omegat_jar (apt-get install omegat, or set OMEGAT_JAR)")
command -v javac >/dev/null || missing+=("javac (apt-get install openjdk-17-jdk-headless)")
command -v jar >/dev/null || missing+=("jar (apt-get install openjdk-17-jdk-headless)")
if [ ${#missing[@]} -gt 0 ]; then
  for m in "${missing[@]}"; do
    echo "integrations/omegat/build.sh: cannot build the plugin, missing $m" >&2
  done
  echo "integrations/omegat/build.sh: scripts/install.sh installs both" >&2
  exit 1
fi
out="$root/dist/omegat"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac --release 8 -nowarn -encoding UTF-8 -cp "$omegat_jar" -d "$classes" "$here"/src/org/ape/omegat/*.java
mkdir -p "$out"
jar cfm "$out/ape-omegat-plugin.jar.tmp" "$here/MANIFEST.MF" -C "$classes" .
mv "$out/ape-omegat-plugin.jar.tmp" "$out/ape-omegat-plugin.jar"
echo "integrations/omegat/build.sh: wrote $out/ape-omegat-plugin.jar" >&2
