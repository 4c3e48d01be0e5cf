#!/usr/bin/env bash
# Restores models/default-23k, the 23K default model (models/default until the Debian-wide retrain),
# from git history: only one default model's weights stay in the working tree. bench/results.ts
# needs it for its default-23k* rows (without it they print as "not measured").
#   bash bench/restore-default-23k.sh
set -euo pipefail
cd "$(dirname "$0")/.."
commit=4a7d653 # the last commit whose models/default is the 23K default
[ -f models/default-23k/ape.json ] && { echo "models/default-23k is already there"; exit 0; }
mkdir -p models/default-23k
git archive "$commit" models/default | tar -x --strip-components=2 -C models/default-23k
echo "restored models/default-23k from $commit"
