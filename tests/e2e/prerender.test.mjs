// The single file's prerendered first frame (tools/prerender.mjs,
// tools/singlefile.py): static markup of the default view inside <main>,
// shown before the wasm has started, replaced by the live app in the same
// task as its first render, dropped before any paint when the URL asks for
// another state; and the page without one (a build without Chromium).
// Chromium here; Firefox at the end, through selenium-webdriver.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, DIST, SHOTS } from './explorer.mjs';
import { Firefox } from './firefox.mjs';
import { frameCss, sanitize } from '../../tools/prerender.mjs';

const FILE = resolve(DIST, 'report-explorer.html');
const HTML = readFileSync(FILE, 'utf8');
const TITLE = '牡丹江市2024年政府工作报告';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
// The frame and the one-line script after it, as the build writes them.
const FRAME = /<div class="rx-frame" inert aria-hidden="true" hidden>[\s\S]*?<\/div><script>[^<]*rx-frame-painted[^<]*<\/script>/;
// The app's script: the last <script> (the one without a type).
const APP_SCRIPT = /<script>(?![^<]*rx-frame-painted)[\s\S]*?<\/script>\s*<\/body>/;

let dir;
/** A copy of the single file, changed by `edit`, as a file:// URL. */
function variant(name, edit) {
  const file = join(dir, name);
  const html = edit(HTML);
  assert.notEqual(html, HTML, `${name}: the edit changed nothing`);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

let browser;
let urls;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'rx-frame-'));
  urls = {
    file: pathToFileURL(FILE).href,
    // Never starts the app: what the frame alone looks like, and what the
    // frame's own script does with it.
    frameOnly: variant('frame-only.html', (h) => h.replace(APP_SCRIPT, '</body>')),
    // What a build that could not take the frame writes.
    frameless: variant('frameless.html', (h) => h.replace(FRAME, '')),
  };
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Opens `url` in a fresh context. Records, at every animation frame from
 * the start (so for every frame painted), whether the page holds the
 * frame, the live app, or both; and whether the frame was still there
 * when the document had been parsed.
 */
async function open(url, { viewport = DESKTOP, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  await context.addInitScript(() => {
    const seen = (window.__rxFrames = []);
    const look = () => {
      const main = document.getElementById('report-explorer');
      seen.push({
        frame: !!main?.querySelector(':scope > .rx-frame'),
        app: !!main?.querySelector(':scope > .rx'),
      });
      if (seen.length < 600) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    document.addEventListener('DOMContentLoaded', () => {
      window.__rxFrameAtParsed = !!document.querySelector('.rx-frame');
    });
    window.__rxViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__rxViolations.push(`${e.violatedDirective} ${e.sample}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, context, errors };
}

const marks = (page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
const afterFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));

/** The boxes of what the first screen is made of, in document order. */
const boxes = (page, scope) => page.evaluate((scope) => {
  const root = document.querySelector(scope);
  return [...root.querySelectorAll('h1, h2, nav, table, tr, figure, .rx-chart-canvas, section, .rx-overview-search, .rx-export')]
    .map((el) => {
      const r = el.getBoundingClientRect();
      // The frame's chart is a box where the app's is a canvas.
      const what = el.matches('.rx-chart-canvas') ? 'chart' : `${el.localName}.${el.className}`;
      return `${what} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    });
}, scope);

describe('the prerendered first frame, Chromium, single file from file://', () => {
  test('the static HTML carries the default view, hidden from assistive tech and inert, with no ids, styles or canvas', async () => {
    const frame = HTML.match(FRAME)?.[0];
    assert.ok(frame, 'a frame in the single file');
    assert.ok(HTML.indexOf(frame) === HTML.indexOf('<main id="report-explorer">') + '<main id="report-explorer">'.length, 'the first thing in <main>');
    assert.doesNotMatch(frame, /\s(id|for|style|tabindex|aria-describedby|aria-labelledby|aria-controls|data-testid|on[a-z]+)=/);
    assert.doesNotMatch(frame, /<canvas|<script(?![^<]*rx-frame-painted)/);
    // The page as it is before the app's script runs.
    const { page, context } = await open(urls.frameOnly);
    await page.waitForFunction(() => performance.getEntriesByName('rx-frame-painted').length > 0);
    const shown = page.locator('.rx-frame');
    assert.equal(await shown.locator('h1').innerText(), TITLE);
    assert.equal(await shown.locator('nav button[aria-current="page"]').innerText(), '概览');
    assert.equal(await shown.locator('table').count(), 2);
    assert.ok(await shown.locator('.rx-chart-canvas').isVisible());
    // Nothing in it is there for a screen reader or the keyboard.
    assert.equal(await page.getByRole('heading').count(), 0);
    assert.equal(await page.getByRole('button').count(), 0);
    assert.equal(await page.getByRole('table').count(), 0);
    await page.locator('.rx-frame button').first().focus();
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'body');
    await context.close();
  });

  test('without scripts the page says it needs them, and shows no frame of an app that will not come', async () => {
    const { page, context } = await open(urls.file, { javaScriptEnabled: false });
    assert.equal(await page.locator('.rx-frame').isVisible(), false);
    assert.match(await page.locator('main').innerText(), /^本页面需要启用 JavaScript/);
    await context.close();
  });

  test('axe on the frame alone: nothing focusable under aria-hidden; only the hidden h1 missed', async () => {
    const { page, context } = await open(urls.frameOnly);
    await page.waitForFunction(() => performance.getEntriesByName('rx-frame-painted').length > 0);
    await page.evaluate(readFileSync(resolve(import.meta.dirname, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
    // Until the app replaces it, the page has no heading for assistive
    // tech (a best practice, not a WCAG failure): the frame is hidden
    // from it on purpose, as the app is about to stand in its place.
    assert.deepEqual(violations, ['page-has-heading-one']);
    await context.close();
  });

  test('the live app takes the frame\'s place in one step', async () => {
    const { page, context, errors } = await open(urls.file);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('rx-app-painted').length > 0);
    await afterFrames(page);
    // A loader that does not wait for the frame's paint (a build with
    // RX_PAYLOAD=gzip) can start the app before the browser's first frame:
    // the frame is then never painted, and not said to be.
    const frames = await page.evaluate(() => window.__rxFrames);
    const first = frames.findIndex((f) => f.frame || f.app);
    assert.ok(first >= 0);
    const painted = frames.slice(first);
    assert.deepEqual(painted.filter((f) => f.frame === f.app), [], 'every painted frame shows the prerendered frame or the app, never both or neither');
    assert.ok(painted.at(-1).app);
    const rx = (await marks(page)).filter((m) => m.startsWith('rx-'));
    assert.deepEqual(rx, painted[0].frame ? ['rx-frame-painted', 'rx-app-painted'] : ['rx-app-painted']);
    // Exactly one of everything afterwards.
    assert.equal(await page.locator('.rx-frame').count(), 0);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    assert.equal(await page.locator('table').count(), 2);
    assert.equal(await page.getByRole('table').count(), 2);
    assert.equal(await page.getByRole('navigation', { name: '视图' }).count(), 1);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no id twice');
    // The stylesheets are in the page once: its <style>, nothing adopted.
    assert.deepEqual(await page.evaluate(() => [document.querySelectorAll('#report-explorer-css').length, document.adoptedStyleSheets.length]), [1, 0]);
    assert.deepEqual(await page.evaluate(() => window.__rxViolations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const hash of ['#view=table', '#lang=en', '#sector=agriculture', '#view=overview']) {
    test(`${hash}: the frame is gone before the document is parsed, and never painted`, async () => {
      const { page, context, errors } = await open(urls.file + hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('rx-app-painted').length > 0);
      assert.equal(await page.evaluate(() => window.__rxFrameAtParsed), false);
      assert.deepEqual((await page.evaluate(() => window.__rxFrames)).filter((f) => f.frame), []);
      assert.ok(!(await marks(page)).includes('rx-frame-painted'));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('an empty hash (a bare #) is the default view: the frame stays', async () => {
    const { page, context } = await open(`${urls.frameOnly}#`);
    await page.waitForFunction(() => performance.getEntriesByName('rx-frame-painted').length > 0);
    assert.ok(await page.locator('.rx-frame h1').isVisible());
    await context.close();
    const other = await open(`${urls.frameOnly}#view=chart`);
    await other.page.waitForLoadState('load');
    assert.equal(await other.page.locator('.rx-frame').count(), 0);
    await other.context.close();
  });

  test('a page whose app cannot start drops the frame for the message', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => { WebAssembly.Module = function () { throw new Error('no WebAssembly here'); }; });
    const page = await context.newPage();
    await page.goto(urls.file);
    await page.getByRole('alert').waitFor();
    assert.equal(await page.locator('.rx-frame').count(), 0);
    assert.match(await page.getByRole('alert').innerText(), /数据浏览器未能启动/);
    await context.close();
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`${name} (${viewport.width} px): the frame lays out as the live app does; screenshots of both`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const still = await open(urls.frameOnly, { viewport });
      await still.page.waitForFunction(() => performance.getEntriesByName('rx-frame-painted').length > 0);
      await still.page.evaluate(() => document.fonts.ready);
      const frameBoxes = await boxes(still.page, '.rx-frame');
      await still.page.screenshot({ path: resolve(SHOTS, `frame-${name}.png`), fullPage: true });
      await still.context.close();

      const live = await open(urls.file, { viewport });
      await live.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await live.page.evaluate(() => document.fonts.ready);
      await afterFrames(live.page);
      const appBoxes = await boxes(live.page, '#report-explorer');
      await live.page.screenshot({ path: resolve(SHOTS, `frame-live-${name}.png`), fullPage: true });
      await live.context.close();
      assert.ok(frameBoxes.length > 20, `${frameBoxes.length} boxes`);
      assert.deepEqual(frameBoxes, appBoxes);
    });
  }

  test('a build without a frame (no Chromium at build time) starts as before', async () => {
    const { page, context, errors } = await open(urls.frameless);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await page.getByRole('table').count(), 2);
    assert.notEqual(await page.locator('.rx').evaluate((el) => getComputedStyle(el).paddingTop), '0px');
    assert.deepEqual((await marks(page)).filter((m) => m.startsWith('rx-')), ['rx-app-painted']);
    assert.deepEqual(await page.evaluate(() => window.__rxViolations), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('tools/prerender.mjs: making the frame static', () => {
  test('sanitize drops ids and what points at them, styles, handlers, focus and names; a canvas becomes a numbered box', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(`<div id="root"><div class="rx" lang="zh-CN"><!-- a comment -->
      <label for="q">搜索<input id="q" autofocus aria-describedby="hint" aria-label="搜索" tabindex="0"></label>
      <p id="hint" class="rx-visually-hidden">说明</p>
      <button type="button" aria-pressed="true" aria-expanded="false" aria-current="page" onclick="alert(1)" data-testid="t">按钮</button>
      <table><tr><th id="h1">指标</th><td headers="h1" aria-sort="ascending">6%</td></tr></table>
      <figure><canvas class="rx-chart-canvas" role="img" width="1200" height="300" style="width: 1200px; height: 300px" aria-label="图"></canvas></figure>
      <figure><canvas class="rx-chart-canvas"></canvas><p hidden>备用</p></figure>
    </div></div>`);
    const { markup, charts } = await page.evaluate(`(() => {
      const root = document.getElementById('root').cloneNode(true);
      const charts = (${sanitize})(root);
      return { markup: root.innerHTML, charts };
    })()`);
    assert.equal(charts, 2);
    assert.equal(markup.replace(/\s+</g, '<'), [
      '<div class="rx" lang="zh-CN">',
      '<label>搜索<input></label>',
      '<p class="rx-visually-hidden">说明</p>',
      '<button type="button" aria-pressed="true" aria-expanded="false" aria-current="page">按钮</button>',
      '<table><tbody><tr><th>指标</th><td aria-sort="ascending">6%</td></tr></tbody></table>',
      '<figure><div class="rx-chart-canvas rx-frame-chart-0"></div></figure>',
      '<figure><div class="rx-chart-canvas rx-frame-chart-1"></div><p hidden="">备用</p></figure>',
      '</div>',
    ].join(''));
    await context.close();
  });

  test('frameCss: a chart\'s height from its first width up, a rule where it changes', () => {
    const hidden = '@media (scripting:none){.rx-frame{display:none}}';
    assert.equal(frameCss([]), hidden);
    assert.equal(frameCss([[[320, 348], [360, 348], [399, 348], [400, 326], [1280, 326]], [[320, 100], [1280, 100]]]),
      hidden + '.rx-frame .rx-chart-canvas{background:var(--rx-bg)}'
      + '.rx-frame .rx-frame-chart-0{height:348px}@media (min-width:400px){.rx-frame .rx-frame-chart-0{height:326px}}'
      + '.rx-frame .rx-frame-chart-1{height:100px}');
  });
});

describe('the prerendered first frame, Firefox, single file from file://', { skip: process.env.SKIP_FIREFOX === '1' && 'SKIP_FIREFOX=1' }, () => {
  let ff;
  before(async () => { ff = await Firefox.start({ width: 1280, height: 900 }); }, { timeout: 90_000 });
  after(async () => { await ff?.close(); });
  const execute = (script) => ff.driver.executeScript(script);
  const waitFor = (script, what) => ff.driver.wait(() => execute(script), 15_000, `waiting for ${what}`, 50);
  async function load(url) {
    await ff.driver.get('about:blank');
    await ff.driver.get(url);
  }

  test('the frame shows until the app replaces it with one of everything', async () => {
    await load(urls.frameOnly);
    await waitFor('return performance.getEntriesByName("rx-frame-painted").length > 0', 'the frame painted');
    assert.equal(await execute('return document.querySelector(".rx-frame h1").textContent'), TITLE);
    assert.equal(await execute('return document.querySelector(".rx-frame").inert'), true);
    await load(urls.file);
    await waitFor('return performance.getEntriesByName("rx-app-painted").length > 0', 'the app painted');
    assert.deepEqual(await execute('return [document.querySelectorAll(".rx-frame").length, document.querySelectorAll("h1").length, document.querySelectorAll("table").length]'), [0, 1, 2]);
  });

  test('another view\'s hash: no frame, even where the app never starts', async () => {
    await load(`${urls.frameOnly}#view=table`);
    await waitFor('return document.readyState === "complete"', 'the page loaded');
    assert.equal(await execute('return document.querySelectorAll(".rx-frame").length'), 0);
    await load(`${urls.file}#view=table`);
    await waitFor('return performance.getEntriesByName("rx-app-painted").length > 0', 'the app painted');
    assert.equal(await execute('return performance.getEntriesByName("rx-frame-painted").length'), 0);
  });

  test('a build without a frame starts as before', async () => {
    await load(urls.frameless);
    await waitFor('return performance.getEntriesByName("rx-app-painted").length > 0', 'the app painted');
    assert.equal(await execute('return document.querySelector("h1").textContent.trim()'), TITLE);
    assert.notEqual(await execute('return getComputedStyle(document.querySelector(".rx")).paddingTop'), '0px');
  });

  test('no page errors', async () => {
    await ff.flushConsole();
    assert.deepEqual(ff.pageErrors(), []);
  });
});

// Keep a failing build from passing silently: the tests above need a frame.
test('the build made a frame (tools/prerender.mjs ran)', () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: build it first`);
  assert.match(HTML, FRAME);
});
