#!/usr/bin/env bash
# The quick, deterministic part of the benchmark, for CI: the size of the
# single file users download, raw and gzip -9, against its budget
# (gzip ≤ 400 KiB = 409,600 bytes: lowered to 390 KiB when the file shrank
# to 383 KB, raised back on 2026-12-06 when the compare view's matrix began
# to write only what changes (+5.9 KB) and rules10–12 grew the extractor
# (+4 KB), 403 KB in all; issue 15's budget is 300 KB). Stop 25: the rules
# of two more blind sets and the extractor's speed work (+5.3 KB) met it at
# 409.4 KB; three maps of their own key types, replaced by lists, and every
# BTreeSet replaced by set::Set (a sorted Vec) gave back 10.7 KB (398.7 KB).
# Stop 27: the wasm carried as LZMA, short import names, size cuts and the
# prerendered frame: 318.3 KB, so the guard came down to 320 KiB = 327,680
# bytes, to keep what was won. Stop 28: the first report read in the page
# (no tables), no float formatter of core's, text7 and wasm-opt's function
# order: 299.6 KB, so the guard is issue 15's budget, 300 KiB = 307,200 B.
# Needs an existing build:
#   bash bench/size-check.sh [DIST_DIR]      (default dist/)
# Exit status 1 if the file is missing or over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
file="$dist/report-explorer.html"
budget=307200
[ -f "$file" ] || { echo "size-check: $file is missing (build first: trunk build --release)" >&2; exit 1; }
raw=$(wc -c < "$file")
gz=$(gzip -9 -c -n < "$file" | wc -c)
if [ "$gz" -le "$budget" ]; then verdict=PASS; else verdict=FAIL; fi
printf 'size-check: %s raw %d B, gzip -9 %d B (budget %d B, %d%% used): %s\n' \
  "$file" "$raw" "$gz" "$budget" $((gz * 100 / budget)) "$verdict"
[ "$verdict" = PASS ]
