#!/usr/bin/env bash
# The test command: lint, type-check, then the test suite (including the quality gate against
# ../shared/eval/dev when that folder exists). Run from the repository root inside the project's venv.
set -euo pipefail
cd "$(dirname "$0")/.."
ruff check wirewatch tests benchmarks eval
mypy wirewatch
python -m pytest -q -p no:cacheprovider "$@"
