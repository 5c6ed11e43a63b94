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
// wasm-bindgen-test-runner picks the first WebDriver it finds on PATH, and
// geckodriver (for the Firefox e2e test) wins over chromedriver, so the
// browser is named explicitly: CHROMEDRIVER or GECKODRIVER in the env.
export function cargoEnv(driver = {}) {
  const env = { ...process.env, WASM_BINDGEN_TEST_WEBDRIVER_JSON: `${ROOT}/tests/webdriver.json`, ...driver };
  // The runner tries GECKODRIVER before CHROMEDRIVER and takes even an empty one: unset, not blank.
  for (const [k, v] of Object.entries(env)) if (v === null) delete env[k];
  if (process.env.BENCH_CARGO_TARGET_DIR) env.CARGO_TARGET_DIR = process.env.BENCH_CARGO_TARGET_DIR;
  return env;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export const NATIVE_CMD = ['test', '--release', '--test', 'bench_native', '--', '--ignored', '--nocapture'];
export const WASM_CMD = ['test', '--profile', 'wasm-release', '--target', 'wasm32-unknown-unknown', '--test', 'bench_wasm', '--', '--nocapture'];

function run(args, tag, driver) {
  const r = spawnSync('cargo', args, { cwd: ROOT, env: cargoEnv(driver), encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = `${r.stdout}\n${r.stderr}`;
  // Native lines end in the calibration's ms and the ratio (tests/bench_native.rs); wasm lines do not.
  const lines = [...out.matchAll(new RegExp(`${tag} (\\S+) (\\d+) ([\\d.]+) (\\d+)(?: ([\\d.]+) ([\\d.]+))?`, 'g'))]
    .map((m) => ({ input: m[1], bytes: Number(m[2]), mbs: Number(m[3]), found: Number(m[4]),
      calibrationMs: m[5] === undefined ? null : Number(m[5]), ratio: m[6] === undefined ? null : Number(m[6]) }));
  if (r.status !== 0 || lines.length === 0) {
    return { error: `cargo ${args.join(' ')} → exit ${r.status}, ${lines.length} result lines\n${out.slice(-2000)}` };
  }
  // The runner says which browser it drove ("Running headless tests in Chrome …").
  return { lines, browser: out.match(/Running headless tests in (\w+)/)?.[1] };
}

/** Native, wasm in Chromium, and wasm in Firefox when geckodriver is installed. */
export function measureExtract() {
  const out = [['native', run(NATIVE_CMD, 'bench-native'), NATIVE_BUDGET]];
  const chromedriver = process.env.CHROMEDRIVER ?? which('chromedriver');
  out.push(['wasm in Chromium', chromedriver ? run(WASM_CMD, 'bench-wasm', { CHROMEDRIVER: chromedriver, GECKODRIVER: null }) : { error: 'no chromedriver' }, null]);
  const geckodriver = process.env.GECKODRIVER ?? which('geckodriver');
  if (geckodriver) out.push(['wasm in Firefox', run(WASM_CMD, 'bench-wasm', { GECKODRIVER: geckodriver, CHROMEDRIVER: null }), null]);
  return out;
}

/** Beside a native figure: the calibration's time in this run and MB/s × its seconds (tests/bench_native.rs). */
export function calibrated(l) {
  return l.calibrationMs === null ? '' : ` (calibration ${l.calibrationMs.toFixed(1)} ms; ratio ${l.ratio.toFixed(3)} MB per calibration)`;
}

export function extractRows(results) {
  const rows = [];
  for (const [where, r, budget] of results) {
    if (r.error) {
      rows.push(row('extractor', `${where} throughput`, `ERROR: ${r.error.split('\n')[0]}`, budget ? `≥ ${budget} MB/s` : '', budget ? false : undefined));
      console.error(r.error);
      continue;
    }
    for (const l of r.lines) {
      const name = l.input === 'report' ? 'the report' : l.input === 'report-x100' ? 'the report × 100 (concatenated)' : l.input;
      const label = r.browser ? `wasm (runner: ${r.browser})` : where;
      rows.push(row('extractor', `${label}, ${name} (${(l.bytes / 1e6).toFixed(2)} MB, ${l.found} indicators)`,
        `${l.mbs.toFixed(1)} MB/s${calibrated(l)}`, budget ? `≥ ${budget} MB/s` : '', budget ? l.mbs >= budget : undefined));
    }
  }
  return rows;
}
