// Extractor throughput: tests/bench_native.rs (release, native) and
// tests/bench_wasm.rs (release, wasm32, in headless Chromium through
// wasm-bindgen-test-runner), each printing `bench-<where> <input> <bytes>
// <MB/s> <indicators>` lines that are parsed here. bench/run.sh compiles
// both beforehand (`--no-run`), so no compile overlaps a measurement.
import { spawnSync } from 'node:child_process';
import { row, ROOT } from './lib.mjs';

export const NATIVE_BUDGET = 20; // MB/s

// Where the bench's cargo builds go: BENCH_CARGO_TARGET_DIR if set (to keep
// them apart from a shared target/), else cargo's default.
export function cargoEnv() {
  const env = { ...process.env, WASM_BINDGEN_TEST_WEBDRIVER_JSON: `${ROOT}/tests/webdriver.json` };
  if (process.env.BENCH_CARGO_TARGET_DIR) env.CARGO_TARGET_DIR = process.env.BENCH_CARGO_TARGET_DIR;
  return env;
}

export const NATIVE_CMD = ['test', '--release', '--test', 'bench_native', '--', '--ignored', '--nocapture'];
export const WASM_CMD = ['test', '--release', '--target', 'wasm32-unknown-unknown', '--test', 'bench_wasm', '--', '--nocapture'];

function run(args, tag) {
  const r = spawnSync('cargo', args, { cwd: ROOT, env: cargoEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = `${r.stdout}\n${r.stderr}`;
  const lines = [...out.matchAll(new RegExp(`${tag} (\\S+) (\\d+) ([\\d.]+) (\\d+)`, 'g'))]
    .map((m) => ({ input: m[1], bytes: Number(m[2]), mbs: Number(m[3]), found: Number(m[4]) }));
  if (r.status !== 0 || lines.length === 0) {
    return { error: `cargo ${args.join(' ')} → exit ${r.status}, ${lines.length} result lines\n${out.slice(-2000)}` };
  }
  return { lines };
}

export function measureExtract() {
  return { native: run(NATIVE_CMD, 'bench-native'), wasm: run(WASM_CMD, 'bench-wasm') };
}

export function extractRows({ native, wasm }) {
  const rows = [];
  for (const [where, r, budget] of [['native', native, NATIVE_BUDGET], ['wasm (Chromium)', wasm, null]]) {
    if (r.error) {
      rows.push(row('extractor', `${where} throughput`, `ERROR: ${r.error.split('\n')[0]}`, budget ? `≥ ${budget} MB/s` : '', budget ? false : undefined));
      console.error(r.error);
      continue;
    }
    for (const l of r.lines) {
      const name = l.input === 'report' ? 'the report' : l.input === 'report-x100' ? 'the report × 100 (concatenated)' : l.input;
      rows.push(row('extractor', `${where}, ${name} (${(l.bytes / 1e6).toFixed(2)} MB, ${l.found} indicators)`,
        `${l.mbs.toFixed(1)} MB/s`, budget ? `≥ ${budget} MB/s` : '', budget ? l.mbs >= budget : undefined));
    }
  }
  return rows;
}
