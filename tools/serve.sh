#!/usr/bin/env bash
# Installs what is missing, builds the explorer into dist/ (the served build
# and the single file dist/report-explorer.html) and serves it on 127.0.0.1.
# Usage: bash tools/serve.sh [PORT]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_FOR=serve source tools/setup.sh
trunk build --release
exec node tests/e2e/serve.mjs dist "${1:-8080}"
