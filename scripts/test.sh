#!/usr/bin/env bash
# Quick start 2: set up, build, and run the whole test suite (unit tests,
# end-to-end tests, rule examples, dev-set eval targets).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest --output-on-failure -j"$(nproc)"
