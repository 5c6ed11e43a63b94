#!/usr/bin/env bash
# Installs what is missing, builds the explorer into dist/ (the served build
# and the single file dist/report-explorer.html) and serves it on 127.0.0.1.
# Usage: bash tools/serve.sh [PORT]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."

# On a machine without Trunk or wasm-bindgen-cli, the app's own release
# build (which needs neither) starts first and runs beside their
# installation: each ends in a long step on one core (the app's LTO, a
# tool's last crates), so together they use both cores. Trunk's build then
# finds the wasm built and only packages it.
prebuild=""
if ! command -v trunk >/dev/null || ! command -v wasm-bindgen >/dev/null; then
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
  mkdir -p target
  printf '\033[1mserve:\033[0m building the app (wasm, release) beside the tools; log in target/serve-prebuild.log\n'
  cargo build --profile wasm-release --target wasm32-unknown-unknown --bin app >target/serve-prebuild.log 2>&1 &
  prebuild=$!
fi

SETUP_FOR=serve source tools/setup.sh

if [ -n "$prebuild" ] && ! wait "$prebuild"; then
  tail -n 30 target/serve-prebuild.log >&2
  echo "serve: the app did not build (above: the end of target/serve-prebuild.log)" >&2
  exit 1
fi
trunk build --release
exec node tests/e2e/serve.mjs dist "${1:-8080}"
