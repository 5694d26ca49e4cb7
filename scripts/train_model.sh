#!/bin/sh
# Retrains the default pack's learned stage from the held-out sets:
#   scripts/train_model.sh [BINARY]
# dev.jsonl is never trained on, so `hypersieve eval tests/eval/dev.jsonl`
# stays a measurement of the rules and the model together. ctest checks that
# rules/default/60-learned.model is exactly what this script writes (test
# model_is_reproducible); rebuild after running it (the pack is embedded).
set -eu
export LC_ALL=C  # the glob below, hence the training order, must not depend on the locale
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/build/hypersieve}
OUT=${OUT:-$ROOT/rules/default/60-learned.model}
# The rules' categories, without the model being replaced (any pack works:
# only the category names are read).
"$BIN" train -f --min-docs 2 --epochs 30 -o "$OUT" "$ROOT"/tests/eval/heldout*.jsonl
