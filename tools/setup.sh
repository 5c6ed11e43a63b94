#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what
# is already there, so a second run takes seconds. Never downloads a prebuilt
# binary or a browser: Debian packages, crates built from source, npm packages.
# Sourced by tools/serve.sh and tools/test.sh; safe to run on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# Build tools are compiled with a quick profile: they are tools, not the
# product. Their own release profiles (fat LTO, one codegen unit) kept one
# core busy for over 20 minutes on Trunk's last crate alone.
tool_install() {
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=64 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_INCREMENTAL=false cargo install "$@"
}

# SETUP_FOR=serve (tools/serve.sh) installs only what building and serving
# need; the default, test, adds Firefox, the browsers' drivers and CJK fonts.
SETUP_FOR="${SETUP_FOR:-test}"

# --- Debian packages: Chromium (the build opens the single file in it to
# prerender its first frame, tools/prerender.mjs; the tests drive it), CJK
# fonts so screenshots show Chinese.
apt_missing=()
command -v chromium >/dev/null || apt_missing+=(chromium)
if [ "$SETUP_FOR" = test ]; then
  command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
  { command -v fc-list >/dev/null && fc-list : family | grep "Noto Sans CJK" >/dev/null; } || apt_missing+=(fonts-noto-cjk)
fi
command -v node >/dev/null || apt_missing+=(nodejs)
command -v npm >/dev/null || apt_missing+=(npm)
command -v python3 >/dev/null || apt_missing+=(python3)
# zopfli writes the gzip payload of an RX_PAYLOAD=gzip build (tools/singlefile.py).
command -v zopfli >/dev/null || apt_missing+=(zopfli)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "apt-get install ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

# --- Rust: the wasm target and the two build tools, at pinned versions.
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || { say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }

# Trunk 0.21.14 is the newest that builds on rustc 1.95 (0.22 needs 1.96.1).
TRUNK_VERSION=0.21.14
if ! { command -v trunk >/dev/null && trunk --version | grep -qx "trunk $TRUNK_VERSION"; }; then
  say "cargo install trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  tool_install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock. No --locked:
# its lockfile wants a webpki-roots release this registry does not have.
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if ! { command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -qx "wasm-bindgen $WBG_VERSION"; }; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION (about 3 minutes)"
  tool_install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# --- Firefox for tests/e2e/firefox.test.mjs (skipped with SKIP_FIREFOX=1) ---
# Debian's firefox-esr, driven by selenium-webdriver (npm) through geckodriver
# built from crates.io: playwright-core can only drive Playwright's own
# patched Firefox. The tests pass both paths to selenium-webdriver, so its
# Selenium Manager never runs (it would go online).
# geckodriver 0.37.1 is the newest on crates.io; builds --locked on rustc 1.95.
GECKODRIVER_VERSION=0.37.1
if [ "$SETUP_FOR" = test ] && [ "${SKIP_FIREFOX:-}" != 1 ]; then
  if ! command -v firefox-esr >/dev/null; then
    say "apt-get install firefox-esr"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends firefox-esr
  fi
  if [ "$(geckodriver --version 2>/dev/null | sed -n 1p)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION (about 2 minutes on 2 cores)"
    tool_install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
# --- end Firefox ---

# --- npm: wasm-opt (binaryen 132), esbuild (tools/singlefile.py minifies the script), playwright-core (the tests, and tools/prerender.mjs in the build), axe-core, selenium-webdriver, from package-lock.json.
if [ ! -f tests/e2e/node_modules/.package-lock.json ] \
  || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

# Trunk finds wasm-opt on PATH; Debian's binaryen 108 cannot read this wasm.
export PATH="$PWD/tests/e2e/node_modules/.bin:$PATH"
