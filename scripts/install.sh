#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian 12 machine, idempotently:
#   - Debian packages: Apertium (es<->en MT), gettext, Chromium (browser tests), a JDK;
#   - a Python virtual environment in .venv with the pinned CPU PyTorch and the training deps;
#   - the npm dependencies, and the TypeScript build (dist/).
# Run it as root (or with sudo available). APE_SKIP_APT=1 skips the apt step.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(apertium apertium-eng-spa gettext omegat translate-toolkit openjdk-17-jdk-headless xvfb xauth chromium wamerican-large)
if [ "${APE_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    echo "install: apt-get install ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "install: creating .venv" >&2
  python3 -m venv .venv
fi
# torch is pinned: 2.13.0 resolves to a CPU build on the project's machines; other specs pull several GB of CUDA packages.
.venv/bin/pip install -q -r training/requirements.txt
# the training package `ape` itself, editable: `.venv/bin/python -m ape.export ...` from any directory
.venv/bin/pip install -q --no-deps --no-build-isolation -e training

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install: npm ci" >&2
  npm ci --no-audit --no-fund
fi
npm run -s build
# `ape` on PATH (a link to this checkout's bin/ape.js), so that the docs' `ape ...` lines run as
# written; where the global npm prefix is not writable, `node bin/ape.js` is the same command.
if [ "$(readlink -f "$(command -v ape || true)" 2>/dev/null)" != "$PWD/bin/ape.js" ]; then
  npm link --no-audit --no-fund --ignore-scripts >/dev/null 2>&1 ||
    echo "install: npm link failed (global npm prefix not writable?): run ape as node bin/ape.js" >&2
fi
# The OmegaT plugin jar (dist/omegat/), built against the installed OmegaT: docs/cat-tools.md.
bash integrations/omegat/build.sh
echo "install: done" >&2
