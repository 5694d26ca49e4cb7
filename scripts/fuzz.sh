#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for
# SECONDS (default 60) on a copy of its seed corpus. Any crash stops the
# script with the reproducer path. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
export HYPERSIEVE_CACHE_DIR=off  # fuzzed rule packs must not fill the user's matcher cache
SECS="${1:-60}"; shift || true
TARGETS=("${@:-record source rules matcher names rule_cache model}")
command -v clang++ >/dev/null || { apt-get update -qq && apt-get install -y -qq clang >/dev/null; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DHS_FUZZ=ON -DHS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
for t in ${TARGETS[@]}; do
  work="build-fuzz/corpus-$t"; mkdir -p "$work"; cp -n fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  echo "fuzz: $t for ${SECS}s" >&2
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/fuzz/fuzz_"$t" "$work" -max_total_time="$SECS" -max_len=65536 \
    -rss_limit_mb=4096 -artifact_prefix=build-fuzz/crash-"$t"- -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss|#[0-9]+.*DONE|==|SUMMARY)" || true
done
