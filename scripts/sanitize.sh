#!/usr/bin/env bash
# Builds and runs the whole test suite under ASan+UBSan, then under TSan.
# Usage: scripts/sanitize.sh [asan|tsan|all]   (default all)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
scripts/setup.sh build >/dev/null  # dependencies
if [[ "$what" == asan || "$what" == all ]]; then
  cmake -S . -B build-asan -DHS_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-asan -j"$(nproc)" >/dev/null
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j"$(nproc)")
fi
if [[ "$what" == tsan || "$what" == all ]]; then
  cmake -S . -B build-tsan -DHS_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-tsan -j"$(nproc)" >/dev/null
  (cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j"$(nproc)")
fi
