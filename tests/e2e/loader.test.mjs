// How the app's WebAssembly reaches the browser (assets/loader.js): LZMA
// inside base64, decoded by assets/unlzma.js (bench/unlzma.test.mjs tests
// it) after the prerendered frame is painted; or, built with
// RX_PAYLOAD=gzip, gzip inflated by DecompressionStream or, where a browser
// has none, by assets/gunzip.js; and a clear message instead of a blank
// page when it cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { launch, DIST } from './explorer.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const gunzip = vm.runInNewContext(`${readFileSync(resolve(ROOT, 'assets/gunzip.js'), 'utf8')}; gunzip`);
const unlzma = vm.runInThisContext(`(() => { ${readFileSync(resolve(ROOT, 'assets/unlzma.js'), 'utf8')}; return unlzma; })()`);
const SINGLE = pathToFileURL(resolve(DIST, 'report-explorer.html')).href;
const fromText7 = vm.runInThisContext(`(() => { ${readFileSync(resolve(ROOT, 'assets/text7.js'), 'utf8')}; return fromText7; })()`);
// The single file's payload block, as text7 (tools/singlefile.py, to_text7).
const BLOCK = readFileSync(resolve(DIST, 'report-explorer.html'), 'utf8').match(/id="report-explorer-wasm">([^<]*)</)?.[1];
const PACKED = BLOCK === undefined ? undefined : fromText7(BLOCK);
const GZIP = PACKED?.[0] === 0x1f && PACKED[1] === 0x8b;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('gunzip.js inflates what zlib compresses, at every level and block type', () => {
  const report = readFileSync(resolve(ROOT, 'assets/data/reports/mudanjiang-2024-work-report.txt'));
  const noise = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919 + (i >> 7)) % 251));
  const script = readFileSync(resolve(DIST, 'report-explorer.js'));
  for (const data of [Buffer.alloc(0), Buffer.from('黑土地 黑土地 黑土地'), report, noise, script]) {
    for (const level of [0, 1, 6, 9]) {
      const out = gunzip(new Uint8Array(zlib.gzipSync(data, { level })));
      assert.ok(Buffer.from(out).equals(data), `${data.length} bytes at level ${level}`);
    }
  }
});

test('gunzip.js rejects what is not whole gzip data', () => {
  assert.throws(() => gunzip(new Uint8Array([1, 2, 3])), /not gzip data/);
  const gz = zlib.gzipSync(readFileSync(resolve(ROOT, 'assets/data/reports/mudanjiang-2024-work-report.txt')));
  assert.throws(() => gunzip(new Uint8Array(gz.subarray(0, gz.length >> 1))), /gzip data/);
});

test('text7.js reads back what singlefile.to_text7 writes, and rejects what it never writes', () => {
  const TO_TEXT7 = 'import sys; sys.path.insert(0, "tools"); import singlefile; '
    + 'sys.stdout.write(singlefile.to_text7(sys.stdin.buffer.read()))';
  const noise = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + (i >> 5)) % 256));
  // All ones and all zeros: every character 6 bits, or every one 7.
  for (const data of [Buffer.alloc(0), Buffer.from([0xff]), Buffer.alloc(99, 0xff), Buffer.alloc(99), noise]) {
    const text = execFileSync('python3', ['-c', TO_TEXT7], { cwd: ROOT, input: data, encoding: 'utf8' });
    assert.doesNotMatch(text, /[\0-\x1f<\x7f-\uffff]/);
    assert.ok(Buffer.from(fromText7(text)).equals(data), `${data.length} bytes`);
  }
  for (const bad of ['ab\rc', 'a\nb', 'a\tb', 'a<b', 'a\0', 'a\x7f', 'é']) assert.throws(() => fromText7(bad), /not text7 data/);
});

test('the wasm and its glue call each other by short names (tools/short_names.py), the same in both', () => {
  // wasm-bindgen's names carry a 16-hex-digit hash each; both files carrying
  // the short ones, and the page starting (the tests below), is the check.
  for (const file of ['report-explorer.js', 'report-explorer.html']) {
    const text = readFileSync(resolve(DIST, file), 'utf8');
    assert.doesNotMatch(text, /__wbg_\w+_[0-9a-f]{16}\b/, file);
    assert.doesNotMatch(text, /invoke__h[0-9a-f]{16}|__wbindgen_malloc/, file);
    assert.match(text, /\$0:/, file);
  }
  const wasm = GZIP ? zlib.gunzipSync(PACKED) : unlzma(PACKED);
  const module = new WebAssembly.Module(wasm);
  const names = [
    ...WebAssembly.Module.imports(module).map((i) => i.name),
    ...WebAssembly.Module.exports(module).map((e) => e.name),
  ];
  assert.ok(names.length > 200, `${names.length} names`);
  for (const name of names) assert.match(name, /^\$[0-9a-f]+$/);
  // index.html's wasm-opt params strip the custom sections no browser reads.
  assert.deepEqual(WebAssembly.Module.customSections(module, 'producers'), []);
  assert.deepEqual(WebAssembly.Module.customSections(module, 'target_features'), []);
});

async function open(initScript) {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${SINGLE}#view=table`);
  return { page, context, errors };
}

test('without DecompressionStream the explorer starts (through gunzip.js in a gzip build)', async () => {
  const { page, context, errors } = await open(() => { delete window.DecompressionStream; });
  assert.equal(await page.evaluate(() => typeof DecompressionStream), 'undefined');
  await page.getByRole('table', { name: /指标/ }).getByRole('row').nth(5).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('without requestIdleCallback (Safari) the explorer starts and searches', async () => {
  const { page, context, errors } = await open(() => { delete window.requestIdleCallback; });
  await page.getByRole('table', { name: /指标/ }).getByRole('row').nth(5).waitFor();
  await page.getByRole('searchbox').fill('高标准农田');
  // A handful of the 209 rows: the search ran.
  await page.getByRole('table', { name: /指标（显示 [1-9]\d? \/ 共 209 项）/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a DecompressionStream that fails hands over to gunzip.js, with no stray error', { skip: !GZIP && 'an LZMA build uses no DecompressionStream' }, async () => {
  const { page, context, errors } = await open(() => {
    window.DecompressionStream = class {
      constructor() {
        const broken = new TransformStream({ transform() { throw new Error('inflate failed'); } });
        this.readable = broken.readable;
        this.writable = broken.writable;
      }
    };
  });
  await page.getByRole('table', { name: /指标/ }).getByRole('row').nth(5).waitFor();
  // A stray rejection is reported at the latest in the task after the one
  // that made it; a frame and a task later, it would be in `errors`.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser that cannot run the app gets a message, not a blank page', async () => {
  const { page, context } = await open(() => {
    WebAssembly.Module = function () { throw new Error('no WebAssembly here'); };
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /数据浏览器未能启动/);
  assert.match(text, /could not start/);
  assert.match(text, /no WebAssembly here/);
  await context.close();
});

test('the single file carries the wasm in a data block beside a small script, and drops the block once read', async () => {
  const html = readFileSync(resolve(DIST, 'report-explorer.html'), 'utf8');
  // Beside the prerendered first frame's one-line script (prerender.test.mjs).
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !m[2].includes('rx-frame-painted'));
  assert.deepEqual(scripts.map((m) => m[1]), [' type="application/octet-stream" id="report-explorer-wasm"', '']);
  const [block, script] = scripts.map((m) => m[2]);
  // text7: printable ASCII but "<".
  assert.match(block, /^[\x20-\x3b\x3d-\x7e]{300000,}$/);
  assert.ok(script.length < 100_000, `the executed script is ${script.length} chars`);
  assert.ok(!script.includes(block.slice(0, 64)));
  // The format's decoder, and not the other's.
  assert.equal(script.includes('LZMA data'), !GZIP);
  assert.equal(script.includes('DecompressionStream'), GZIP);
  const { page, context, errors } = await open();
  await page.getByRole('table', { name: /指标/ }).getByRole('row').nth(5).waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('report-explorer-wasm')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a single file whose data block is missing says so where the explorer would be', async () => {
  const { page, context } = await open(() => {
    new MutationObserver((records, observer) => {
      const block = document.getElementById('report-explorer-wasm');
      if (block) { block.remove(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start.*report-explorer-wasm/);
  await context.close();
});

test('a corrupt payload says why where the explorer would be', async () => {
  const { page, context } = await open(() => {
    new MutationObserver((records, observer) => {
      const block = document.getElementById('report-explorer-wasm');
      // Once the block is parsed whole (the parser has gone past it), its
      // first 200,000 base64 characters: the stream breaks off.
      if (block && block.nextSibling) {
        block.textContent = block.textContent.slice(0, 200_000);
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), GZIP ? /could not start.*gzip data/ : /could not start.*LZMA data /);
  await context.close();
});

// When the app's script is parsed (the parser runs mutation observers just
// before it runs a script), when the payload block leaves the page (it is
// read just before the decode) and when frames are painted: a frame's
// requestAnimationFrame callbacks run just before its paint. `frame`: the
// page gets a prerendered frame if it has none, or else loses the one it has.
function recordDecodeStart({ frame }) {
  window.rxFrames = [];
  const tick = () => { window.rxFrames.push(performance.now()); if (window.rxFrames.length < 120) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new MutationObserver((records, observer) => {
    const mount = document.getElementById('report-explorer');
    const own = mount?.querySelector(':scope > .rx-frame');
    if (mount && frame && !own) {
      const div = document.createElement('div');
      div.className = 'rx-frame';
      div.setAttribute('aria-hidden', 'true');
      div.textContent = '政府工作报告';
      mount.appendChild(div);
    }
    if (!frame && own) own.remove();
    const block = document.getElementById('report-explorer-wasm');
    if (block?.nextElementSibling?.localName === 'script') window.rxScriptAt ??= performance.now();
    if (window.rxBlockSeen && !block) {
      window.rxBlockRead = performance.now();
      observer.disconnect();
    }
    window.rxBlockSeen ||= !!document.getElementById('report-explorer-wasm');
  }).observe(document, { childList: true, subtree: true });
}

test('with a prerendered frame the LZMA decode waits until it is painted; without one it starts at once', { skip: GZIP && 'a gzip build inflates off the main thread at once' }, async () => {
  for (const frame of [true, false]) {
    const context = await browser.newContext();
    await context.addInitScript(recordDecodeStart, { frame });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${SINGLE}#view=table`);
    await page.getByRole('table', { name: /指标/ }).getByRole('row').nth(5).waitFor();
    const { frames, script, read } = await page.evaluate(() => ({ frames: window.rxFrames, script: window.rxScriptAt, read: window.rxBlockRead }));
    assert.ok(script !== undefined && read !== undefined && frames.length > 0);
    // The browser may paint while it parses the block, before the script:
    // what counts is whether the script, once run, waits for a paint.
    const between = frames.filter((t) => script < t && t < read);
    if (frame) assert.ok(between.length > 0, `script at ${script} ms, payload read at ${read} ms, frames at ${frames.join(', ')}`);
    else assert.deepEqual(between, [], `script at ${script} ms, payload read at ${read} ms`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the table is painted before the page opens its storage', async () => {
  const { page, context, errors } = await open(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      window.rxStorageOpened ??= performance.now();
      return open.apply(this, args);
    };
  });
  await page.waitForFunction(() => window.rxStorageOpened !== undefined && performance.getEntriesByName('rx-table-painted').length > 0);
  const { opened, painted } = await page.evaluate(() => ({
    opened: window.rxStorageOpened,
    painted: performance.getEntriesByName('rx-table-painted')[0].startTime,
  }));
  assert.ok(painted < opened, `painted at ${painted} ms, storage opened at ${opened} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});
