#!/usr/bin/env bash
# Installs what is missing and runs every test: lints, native tests of the
# core, wasm-bindgen tests in headless Chromium, and end-to-end tests of the
# built app. Stops at the first failing layer.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --check

step "clippy (native)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web --test web_chart -- -D warnings

step "native tests (core, extractor, command-line tool)"
cargo test

step "wasm-bindgen tests (components in headless Chromium)"
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json" \
  cargo test --target wasm32-unknown-unknown --test web --test web_chart

step "build (trunk: dist/ and dist/report-explorer.html)"
trunk build --release

step "end-to-end tests (playwright-core + node:test)"
(cd tests/e2e && node --test)
