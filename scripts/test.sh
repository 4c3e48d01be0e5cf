#!/usr/bin/env bash
# The project's whole test suite: type-check and build, lint, the TypeScript tests on the
# compiled output, then the Python tests. Run scripts/install.sh once first.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
npx eslint --no-error-on-unmatched-pattern src test bench
# Only *.test.js files: Node 20 would also run every helper module under a test/ folder.
mapfile -t ts_tests < <(find dist/test -name '*.test.js' | sort)
node --test --test-reporter=spec "${ts_tests[@]}"
.venv/bin/ruff check --config training/pyproject.toml training bench test
.venv/bin/python -m pytest -q training/tests
