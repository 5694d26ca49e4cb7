#!/usr/bin/env bash
# Quick start 1: set up, build, and run hypersieve on the bundled sample
# shards with the bundled rules. Outputs go to out/sample/ (replaced on each
# run); the summary table is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
build/hypersieve run data -o out/sample --removed out/removed --audit out/audit.jsonl --force --no-progress
echo
echo "demo: kept shards in out/sample/, dropped documents in out/removed/,"
echo "      audit in out/audit.jsonl, report in out/sample/hypersieve-report.json"
