#!/usr/bin/env bash
# The project's whole test suite: type-check and build, lint, the TypeScript tests on the
# compiled output (each file under a time limit), then the Python tests. Run
# scripts/install.sh once first.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
# The same lint as `npm run lint`: ESLint, then Prettier's check of every TypeScript file.
npm run -s lint
# Only *.test.js files: Node 20 would also run every helper module under a test/ folder.
# Node 20's --test-timeout limits each test file's whole run (its child process), not each
# test: 240 s is meant to be generous for any file but OmegaT's (9 OmegaT runs took 2.5 min
# on a loaded 2-core machine), which gets 900 s and gives each of its tests a limit of its own.
mapfile -t ts_tests < <(find dist/test -name '*.test.js' ! -path dist/test/integrations/omegat.test.js | sort)
node --test --test-reporter=spec --test-timeout=240000 "${ts_tests[@]}"
node --test --test-reporter=spec --test-timeout=900000 dist/test/integrations/omegat.test.js
.venv/bin/ruff check --config training/pyproject.toml training bench test
.venv/bin/python -m pytest -q training/tests
