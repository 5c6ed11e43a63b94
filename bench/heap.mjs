// Memory: V8's JS heap (CDP Performance.getMetrics → JSHeapUsedSize) after
// load, after each of 50 interactions (the largest is reported as the peak
// seen; V8 exposes no true high-water mark), after those 50, and after a
// forced GC (what is retained). Plus the wasm linear memory: the module's
// Memory lives inside the glue's IIFE, out of reach of page scripts, so an
// init script wraps the WebAssembly.Instance constructor (which the glue's
// initSync calls) to keep a reference. Linear memory only grows, so its
// size at any time is its peak so far. It is not part of the JS heap.
import { launch, max, mib, row } from './lib.mjs';
import { openSession, step, clicks, keystrokes } from './interact.mjs';

const WASM_PROBE = () => {
  const Original = WebAssembly.Instance;
  const instances = (window.__rxInstances = []);
  function Instance(module, imports) {
    const instance = new Original(module, imports);
    instances.push(instance);
    return instance;
  }
  Instance.prototype = Original.prototype;
  WebAssembly.Instance = Instance;
};

const wasmBytes = (page) => page.evaluate(() => (window.__rxInstances ?? [])
  .map((i) => Object.values(i.exports).find((e) => e instanceof WebAssembly.Memory)?.buffer.byteLength ?? 0)
  .reduce((a, b) => a + b, 0));

export async function measureHeap(url, n = 50) {
  const browser = await launch();
  try {
    const session = await openSession(browser, `${url}#view=table`, { initScripts: [WASM_PROBE] });
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Performance.enable');
    const heap = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const out = { afterLoad: await heap(), wasmAfterLoad: await wasmBytes(session.page), samples: [] };
    // Half clicks, half keystrokes, interleaved: the mix a user makes.
    const c = clicks(n / 2);
    const k = keystrokes(n / 2);
    for (let i = 0; i < n / 2; i++) {
      for (const action of [c[i], k[i]]) {
        await step(session, action);
        out.samples.push(await heap());
      }
    }
    out.afterN = out.samples.at(-1);
    out.wasmAfterN = await wasmBytes(session.page);
    await cdp.send('HeapProfiler.collectGarbage');
    out.afterGc = await heap();
    await session.close();
    return out;
  } finally {
    await browser.close();
  }
}

export function heapRows(h, { build, n = 50 }) {
  return [
    row('memory', `${build}: JS heap used after load / after ${n} interactions / peak seen / after GC`,
      `${mib(h.afterLoad)} / ${mib(h.afterN)} / ${mib(Math.max(h.afterLoad, max(h.samples)))} / ${mib(h.afterGc)}`),
    row('memory', `${build}: wasm linear memory after load / after ${n} interactions`,
      h.wasmAfterLoad ? `${mib(h.wasmAfterLoad)} / ${mib(h.wasmAfterN)}` : 'not reachable (no WebAssembly.Instance seen)'),
  ];
}
