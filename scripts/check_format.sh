#!/usr/bin/env bash
# Fails if any C++ file differs from .clang-format (clang-format 14).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find src include tests/unit fuzz -name '*.cpp' -o -name '*.hpp')
clang-format --dry-run --Werror $files && echo "format: ok"
