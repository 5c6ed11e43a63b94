#!/usr/bin/env bash
# Installs what is missing and runs every test: lints, native tests of the
# core, wasm-bindgen tests in headless Chromium, and end-to-end tests of the
# built app. Stops at the first failing layer.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy (native)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web --test web_chart -- -D warnings

step "native tests (core, extractor, command-line tool)"
cargo test

step "wasm-bindgen tests (components in headless Chromium)"
# The runner prefers geckodriver when it is on PATH (setup installs it for
# the Firefox e2e test); these component tests run in Chromium.
CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
  cargo test --target wasm32-unknown-unknown --test web --test web_chart

step "build (trunk: dist/ and dist/report-explorer.html)"
trunk build --release

step "build with a collection of reports (the compare fixtures built in: target/e2e-collection/)"
REPORT_EXPLORER_REPORTS=tests/fixtures/compare trunk build --release --dist target/e2e-collection

step "size budget (bench/size-check.sh: the single file, gzip, at most 300 KiB, issue 15)"
bash bench/size-check.sh

step "benchmark statistics and the LZMA decoder (node --test bench/)"
node --test bench/

step "end-to-end tests (playwright-core + node:test; Chromium, and Firefox for the single file)"
# A hung browser must fail its test, not the whole CI run's time budget.
(cd tests/e2e && node --test --test-timeout=180000)
