#!/usr/bin/env bash
# The whole benchmark in one command: bash bench/run.sh [--check] [bench.mjs options]
#
# Installs what is missing (tools/setup.sh), builds the release artifacts
#   - dist/               the normal build (trunk build --release)
#   - target/bench-100x/  the same app with the report replicated 100 times
#                         (cargo feature synthetic-100x)
#   - target/bench-collection-20/   20 reports built in (bench/collection100.mjs)
#   - target/bench-collection/      the default report and every fixture built in
#   - target/bench-collection-100/  100 reports built in (bench/collection100.mjs)
#   - the release test binaries of tests/bench_native.rs and tests/bench_wasm.rs
# and only then measures (node bench/bench.mjs), so no compile runs during a
# measurement. Prints one Markdown table. Exit status 0 even if a budget
# fails (it is a report) unless --check is given: then 1 on any FAIL.
#
# BENCH_CARGO_TARGET_DIR, if set, is where the bench's cargo test builds go
# (the trunk builds use the usual target dir). BENCH_SKIP_BUILD=1 measures the
# builds already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh >&2 # (its messages off stdout, which is for the table) also puts npm's wasm-opt on PATH for trunk

step() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  # Trunk's output goes to stdout; keep stdout for the table.
  step "trunk build --release (dist/)"
  trunk build --release >&2
  step "trunk build --release --features synthetic-100x (target/bench-100x/)"
  trunk build --release --features synthetic-100x --dist target/bench-100x >&2

  # The built-in collection: the default report, then every compare and
  # corpus fixture (collection.txt lists the extras for bench/sizes.mjs).
  step "trunk build --release with a collection of reports (target/bench-collection/)"
  collection=target/bench-collection-reports
  rm -rf "$collection" && mkdir -p "$collection"
  cp assets/data/reports/* tests/fixtures/compare/*.txt "$collection"/
  for f in tests/fixtures/corpus/*.txt; do cp "$f" "$collection/zz-$(basename "$f")"; done
  REPORT_EXPLORER_REPORTS="$collection" trunk build --release --dist target/bench-collection >&2
  ls "$collection"/*.txt | grep -v -F "$(ls assets/data/reports/*.txt | xargs -n1 basename)" > target/bench-collection/collection.txt
  # The compare view's budgets, at 20 and 100 reports: the default report
  # and N-1 generated from the fixtures under invented places and shifted
  # years.
  for n in 20 100; do
    step "trunk build --release with $n reports (target/bench-collection-$n/)"
    generated=target/bench-collection-$n-reports
    rm -rf "$generated" && mkdir -p "$generated"
    cp assets/data/reports/* "$generated"/
    node bench/collection100.mjs "$generated" $((n - 1)) tests/fixtures/compare/*.txt tests/fixtures/corpus/*.txt
    REPORT_EXPLORER_REPORTS="$generated" trunk build --release --dist target/bench-collection-$n >&2
  done
  step "cargo test --no-run: bench_native (release) and bench_wasm (release, wasm32)"
  (
    [ -n "${BENCH_CARGO_TARGET_DIR:-}" ] && export CARGO_TARGET_DIR="$BENCH_CARGO_TARGET_DIR"
    cargo test --release --test bench_native --no-run >&2
    cargo test --profile wasm-release --target wasm32-unknown-unknown --test bench_wasm --no-run >&2
  )
fi

step "measuring (about 10 minutes)"
node bench/bench.mjs "$@"
