#!/usr/bin/env bash
# The quick, deterministic part of the benchmark, for CI: the size of the
# single file users download, raw and gzip -9, against its budget
# (gzip ≤ 390 KiB = 399,360 bytes, lowered from 400 KiB when the file
# shrank to 383 KB: a ratchet towards issue 15's 300 KB). Needs an existing build:
#   bash bench/size-check.sh [DIST_DIR]      (default dist/)
# Exit status 1 if the file is missing or over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
file="$dist/report-explorer.html"
budget=399360
[ -f "$file" ] || { echo "size-check: $file is missing (build first: trunk build --release)" >&2; exit 1; }
raw=$(wc -c < "$file")
gz=$(gzip -9 -c -n < "$file" | wc -c)
if [ "$gz" -le "$budget" ]; then verdict=PASS; else verdict=FAIL; fi
printf 'size-check: %s raw %d B, gzip -9 %d B (budget %d B, %d%% used): %s\n' \
  "$file" "$raw" "$gz" "$budget" $((gz * 100 / budget)) "$verdict"
[ "$verdict" = PASS ]
