// The benchmark: sizes, extractor throughput, first render against a static
// floor, interaction latency and memory, for the normal build (dist/) and the
// 100× synthetic build (target/bench-100x/). Prints one Markdown table on
// stdout (progress goes to stderr), so README can keep it as is.
//
//   node bench/bench.mjs [--check] [--loads N] [--n N] [--only sizes,extract,render,interact,open,matrix,heap]
//                        [--dist DIR] [--dist100 DIR] [--collection20 DIR] [--collection DIR] [--collection100 DIR]
//
// bench/run.sh builds everything first and then runs this. Exit status 0
// even when a budget fails (it is a report), unless --check: then 1 on any FAIL.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, spread, median, min, max, row, singleFileUrl, ROOT } from './lib.mjs';
import { sizes, collectionCost } from './sizes.mjs';
import { measureMatrix, matrixRows, BUDGET, BUDGET_100 } from './matrix.mjs';
import { measureExtract, extractRows } from './extract.mjs';
import { appAndFloor, measureRender, renderRows, writeFloor } from './render.mjs';
import { measureInteractions, interactionRows, BUDGETS } from './interact.mjs';
import { measureHeap, heapRows } from './heap.mjs';
import { measureOpen, openRows } from './open.mjs';

const { values: opts } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    // More than the 15 the budget asks for: at 15 the ratio of medians
    // moved by ±0.2 between runs on this machine (see README).
    loads: { type: 'string', default: '41' },
    n: { type: 'string', default: '50' },
    only: { type: 'string', default: 'sizes,extract,render,interact,open,matrix,heap' },
    dist: { type: 'string', default: resolve(ROOT, 'dist') },
    dist100: { type: 'string', default: resolve(ROOT, 'target/bench-100x') },
    collection20: { type: 'string', default: resolve(ROOT, 'target/bench-collection-20') },
    collection: { type: 'string', default: resolve(ROOT, 'target/bench-collection') },
    collection100: { type: 'string', default: resolve(ROOT, 'target/bench-collection-100') },
  },
});
const only = new Set(opts.only.split(','));
const LOADS = Number(opts.loads);
const N = Number(opts.n);
const log = (...a) => console.error('bench:', ...a);

const BUILDS = [
  { name: 'embedded', dir: opts.dist, budget: BUDGETS.embedded },
  { name: '100×', dir: opts.dist100, budget: BUDGETS.x100 },
];
for (const b of BUILDS) b.url = singleFileUrl(b.dir, 'bench', 'run bash bench/run.sh (it builds both)');

// --- The machine, so a reader can tell whose numbers these are.
const browser = await launch();
const chromiumVersion = browser.version();
await browser.close();
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [, 'unknown'])[1];
const git = (args) => { try { return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return '?'; } };
const header = [
  `Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}  `,
  `Machine: ${availableParallelism()} CPUs (nproc), ${cpu}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start  `,
  `Browser: headless Chromium ${chromiumVersion} (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), Node ${process.version}  `,
  `Commit: ${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock', 'assets', 'index.html', 'Trunk.toml', 'tools', 'bench']) ? ' + uncommitted changes' : ''}`,
];

const rows = [];

if (only.has('sizes')) {
  log('sizes');
  rows.push(...sizes(opts.dist));
  const single100 = sizes(opts.dist100, '100× build').filter((r) => r.measure.startsWith('report-explorer.html'));
  rows.push(...single100.map((r) => ({ ...r, budget: '', pass: undefined }))); // the budget is for what ships
  rows.push(...collectionCost(opts.dist, opts.collection));
}

if (only.has('extract')) {
  log('extractor throughput (cargo test --release: native, then wasm in Chromium)');
  rows.push(...extractRows(measureExtract()));
}

if (only.has('render')) {
  const floor = writeFloor();
  const spreads = {};
  for (const mode of ['context', 'browser']) {
    log(`first render, ${LOADS} loads each of app and floor, ${mode === 'context' ? 'fresh context' : 'new browser'} per load`);
    const r = await measureRender(appAndFloor(BUILDS[0].url, floor), { loads: LOADS, mode });
    rows.push(...renderRows(r, { mode, loads: LOADS, primary: mode === 'context' }));
    spreads[mode] = { app: spread(r.app.first), floor: spread(r.floor.first) };
  }
  // For scale, not budgeted: the 100× build's first render (its startup
  // replicates the extracted report 100 times before the overview renders).
  const few = Math.min(LOADS, 5);
  log(`first render of the 100× build, ${few} loads, fresh context per load`);
  const big = (await measureRender(appAndFloor(BUILDS[1].url, floor), { loads: few, mode: 'context' })).app;
  const brief = (v) => `median ${median(v).toFixed(1)} ms (min ${min(v).toFixed(1)}, max ${max(v).toFixed(1)})`;
  rows.push(row('first render', `100× build, report-explorer.html (default view), fresh context per load, n=${few}`,
    `first frame ${brief(big.first)}; live app ${brief(big.live)}`));
  const score = (m) => spreads[m].app + spreads[m].floor;
  const stabler = score('context') <= score('browser') ? 'fresh context per load' : 'new browser per load';
  const pct = (m) => `app ${(spreads[m].app * 100).toFixed(0)}%, floor ${(spreads[m].floor * 100).toFixed(0)}%`;
  rows.push(row('first render', 'more stable mode in this run (IQR/median)',
    `${stabler} (fresh context: ${pct('context')}; new browser: ${pct('browser')})`));
}

if (only.has('interact')) {
  for (const b of BUILDS) {
    for (const view of ['table', 'chart']) {
      log(`interactions: ${b.name}, ${view} view, ${N} clicks + ${N} keystrokes`);
      const r = await measureInteractions(b.url, view, N);
      rows.push(...interactionRows(r, { build: b.name, view, budget: b.budget }));
    }
  }
}

if (only.has('open')) {
  log('opening reports: a 40 KB report five times, then 100 files at once');
  rows.push(...openRows(await measureOpen(BUILDS[0].url)));
}

if (only.has('matrix')) {
  // The budget is stated for 20 reports (16 ms) and 100 (100 ms); the
  // collection of every fixture (73 now) lies between the two and is
  // printed for scale with no verdict (the issue states none for it; the
  // 20-report budget would not be the issue's). Each is timed once every
  // built-in report is read (the default one and the collection's
  // extras), not while the last are still being read.
  const built = existsSync(resolve(opts.collection, 'collection.txt'))
    ? 1 + readFileSync(resolve(opts.collection, 'collection.txt'), 'utf8').trim().split('\n').length
    : 20;
  const collections = [
    [opts.collection20, 20, BUDGET, 'the 20-report collection'],
    [opts.collection, built, null, 'the collection'],
    [opts.collection100, 100, BUDGET_100, 'the 100-report collection'],
  ];
  for (const [dir, reports, budget, name] of collections) {
    log(`interactions: compare view of ${name} build (${reports} reports)`);
    const url = singleFileUrl(dir, 'bench', `run bash bench/run.sh (it builds ${name})`);
    rows.push(...matrixRows(await measureMatrix(url, N, 4, reports), budget));
  }
}

if (only.has('heap')) {
  for (const b of BUILDS) {
    log(`memory: ${b.name}`);
    rows.push(...heapRows(await measureHeap(b.url, N), { build: b.name, n: N }));
  }
}

// --- The table.
const cell = (s) => String(s).replace(/\|/g, '\\|');
const verdict = (p) => (p === undefined ? '' : p ? 'PASS' : '**FAIL**');
console.log(header.join('\n'));
console.log('');
console.log('| area | measure | value | budget | result |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${[r.area, r.measure, r.value, r.budget, verdict(r.pass)].map(cell).join(' | ')} |`);
const judged = rows.filter((r) => r.pass !== undefined);
const failed = judged.filter((r) => !r.pass);
console.log('');
console.log(`${judged.length} budgets: ${judged.length - failed.length} PASS, ${failed.length} FAIL. Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on this machine adds noise to every timing).`);
process.exit(opts.check && failed.length ? 1 : 0);
