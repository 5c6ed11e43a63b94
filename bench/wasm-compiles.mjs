// When V8 compiles the app's WebAssembly during first render, from a trace
// of a few loads (after two warm-ups):
//
//   node bench/wasm-compiles.mjs [DIR=dist] [loads=3]
//
// For each load: the `rx-table-painted` mark; the validation at start-up;
// how many functions were compiled lazily (Liftoff, on their first call, on
// the main thread) before the mark and their total time; and every
// optimising recompile (`wasm.TopTierCompilation`, TurboFan, on a
// background thread) with its start. A recompile that starts before the
// mark competes with the first render for the CPU (it did, for the
// allocator, while building the report made ~1,500 allocations).
// Tracing slows the page: compare the figures with each other, not with
// bench/bench.mjs.
import { launch, singleFileUrl } from './lib.mjs';

const [dir = 'dist', loads = '3'] = process.argv.slice(2);
const url = `${singleFileUrl(dir, 'bench/wasm-compiles')}#view=table`;
const fromUs = (us) => (us / 1000).toFixed(1); // trace times are in µs

const browser = await launch();
try {
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext();
    await (await context.newPage()).goto(url);
    await context.close();
  }
  for (let run = 0; run < Number(loads); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'v8.wasm,disabled-by-default-v8.wasm.detailed,blink.user_timing,devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await complete;
    await context.close();

    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
    const mark = events.find((e) => e.name === 'rx-table-painted');
    if (!nav || !mark) {
      console.log(`load ${run + 1}: no ${nav ? 'rx-table-painted mark' : 'navigation'} in the trace`);
      continue;
    }
    const at = (e) => fromUs(e.ts - nav.ts);
    const spans = (name) => events.filter((e) => e.name === name && e.ph === 'X');
    const validate = spans('wasm.SyncCompile').map((e) => `${at(e)} ms, ${fromUs(e.dur)} ms`).join('; ') || 'none';
    const lazy = spans('wasm.CompileLazy').filter((e) => e.ts < mark.ts);
    const lazyMs = fromUs(lazy.reduce((sum, e) => sum + e.dur, 0));
    const top = spans('wasm.TopTierCompilation')
      .map((e) => `${at(e)} ms (${fromUs(e.dur)} ms, ${e.ts < mark.ts ? 'BEFORE' : 'after'} the mark)`)
      .join('; ') || 'none';
    console.log(`load ${run + 1}: mark ${at(mark)} ms`);
    console.log(`  module compile (validation): ${validate}`);
    console.log(`  lazy compiles before the mark: ${lazy.length} traced, ${lazyMs} ms`);
    console.log(`  optimising recompiles: ${top}`);
  }
} finally {
  await browser.close();
}
