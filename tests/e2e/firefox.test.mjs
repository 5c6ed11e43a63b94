// The single self-contained file in Firefox: Debian's firefox-esr, headless,
// driven over W3C WebDriver through geckodriver (see webdriver.mjs), opened
// from file:// the way a user double-clicks it. Firefox and geckodriver come
// from tools/setup.sh; if either is missing these tests fail and say so,
// unless SKIP_FIREFOX=1.
import { test as nodeTest, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, SHOTS } from './explorer.mjs';
import { Firefox, processAlive, processGroupAlive } from './webdriver.mjs';
import { screenVsBitmapTop } from './pixels.mjs';

const SKIP = process.env.SKIP_FIREFOX === '1' && 'SKIP_FIREFOX=1';
const FILE = resolve(DIST, 'report-explorer.html');
const FILE_URL = pathToFileURL(FILE).href;
const TITLE = '牡丹江市2024年政府工作报告';

describe('Firefox (firefox-esr + geckodriver): single file from file://', { skip: SKIP }, () => {
  /** @type {Firefox} */
  let ff;
  // A missing Firefox, geckodriver or build fails every test below with the
  // reason (rather than cancelling them from a failed hook).
  let unavailable = null;

  before(async () => {
    try {
      if (!existsSync(FILE)) throw new Error(`${FILE} is missing: build it first (trunk build --release)`);
      ff = await Firefox.start({ width: 1280, height: 900 });
    } catch (e) {
      unavailable = e;
    }
  }, { timeout: 90_000 });

  after(async () => { await ff?.close(); });

  /** node:test's test(), failing at once when Firefox could not be started. */
  function test(name, body) {
    nodeTest(name, { timeout: 60_000 }, async (t) => {
      if (unavailable) throw unavailable;
      await body(t);
    });
  }

  /** A fresh load of the file (via about:blank, so a hash change is a real navigation). */
  async function open(hash = '') {
    await ff.navigate('about:blank');
    await ff.navigate(FILE_URL + hash);
    await ff.waitFor('return document.querySelector("h1")?.textContent', { what: 'the <h1>' });
  }

  const bodyRows = 'const t = document.querySelector("table"); return t ? t.tBodies[0].rows.length : 0;';

  test('renders the report title and, at #view=table, the first 50 of 209 rows', async () => {
    await open('#view=table');
    assert.equal(await ff.execute('return document.querySelector("h1").textContent.trim()'), TITLE);
    assert.deepEqual(
      await ff.execute('return [...document.querySelectorAll(\'nav[aria-label="视图"] button\')].map((b) => b.textContent.trim())'),
      ['概览', '表格', '图表', '原文', '比较'],
    );
    await ff.waitFor(bodyRows, { what: 'table rows' });
    assert.equal(await ff.execute(bodyRows), 50);
    assert.match(await ff.execute('return document.querySelector("caption").textContent'), /显示 209 \/ 共 209 项/);
  });

  test('ticking the 农业农村 sector keeps only its rows and writes sector=agriculture', async () => {
    await open('#view=table');
    await ff.waitFor(bodyRows, { what: 'table rows' });
    const label = await ff.find('xpath', '//aside[@aria-label="筛选"]//label[starts-with(normalize-space(.), "农业农村")]');
    assert.match(await ff.text(label), /^农业农村\s*\d+$/);
    const box = await ff.find('css selector', 'input[type="checkbox"]', label);
    await ff.click(box);
    const hash = await ff.waitFor('return location.hash.includes("sector=agriculture") && location.hash',
      { what: 'sector=agriculture in location.hash' });
    assert.match(hash, /(^#|&)sector=agriculture(&|$)/);
    assert.equal(await ff.property(box, 'checked'), true);
    const sectors = await ff.waitFor(`
      const rows = [...document.querySelector("table").tBodies[0].rows];
      const sectors = rows.map((r) => r.cells[5].textContent.trim());
      return rows.length > 0 && sectors.every((x) => x === "农业农村") && sectors;`,
    { what: 'the table to filter' });
    assert.deepEqual([...new Set(sectors)], ['农业农村']);
    assert.equal(sectors.length, 40, 'the facet said 40');
  });

  test('at #view=chart the first canvas is drawn', async () => {
    await open('#view=chart');
    await ff.waitFor('return document.querySelectorAll("canvas[role=img]").length === 3', { what: 'three chart canvases' });
    // Pixels that are neither transparent nor (near) white.
    const inked = `
      const c = document.querySelector("canvas[role=img]");
      if (!c.width || !c.height) return 0;
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++;
      }
      return n;`;
    let n = 0;
    try { n = await ff.waitFor(`const n = (() => { ${inked} })(); return n > 1000 && n;`, { what: 'ink on the first canvas' }); } catch { n = await ff.execute(inked); }
    assert.ok(n > 1000, `inked pixels on the first canvas: ${n}`);
  });

  test('a chart that gets shorter keeps its bitmap and shows its top part unsqueezed', async () => {
    await open('#view=chart');
    await ff.waitFor('return document.querySelectorAll("canvas[role=img]").length === 3', { what: 'three chart canvases' });
    const geometry = 'const c = document.querySelector("canvas[role=img]"); return [c.height, c.getBoundingClientRect().height];';
    const [tallBitmap, tallCss] = await ff.waitFor(`const g = (() => { ${geometry} })(); return g[0] > 0 && g;`, { what: 'a drawn chart' });
    const label = await ff.find('xpath', '//aside[@aria-label="筛选"]//label[starts-with(normalize-space(.), "农业农村")]');
    await ff.click(await ff.find('css selector', 'input[type="checkbox"]', label));
    await ff.waitFor(`return (() => { ${geometry} })()[1] < ${tallCss - 100}`, { what: 'the growth chart to get shorter' });
    assert.equal((await ff.execute(geometry))[0], tallBitmap);
    const canvas = await ff.find('css selector', 'canvas[role=img]');
    await ff.execute('arguments[0].scrollIntoView()', canvas);
    const shot = await ff.elementScreenshot(canvas);
    const mismatch = await ff.executeAsync(`return (${screenVsBitmapTop})(arguments[0], arguments[1]);`, canvas, shot);
    const dpr = await ff.execute('return devicePixelRatio');
    assert.ok(dpr !== 1 || mismatch < 0.01, `screen vs bitmap top: ${(mismatch * 100).toFixed(1)}% of pixels differ`);
  });

  test('stays local: no request beyond the file itself', async () => {
    await open('#view=table');
    await ff.waitFor(bodyRows, { what: 'table rows' });
    assert.deepEqual(await ff.execute('return performance.getEntriesByType("resource").map((e) => e.name)'), []);
    // (Firefox names its one navigation entry "document", not the URL.)
    assert.equal(await ff.execute('return performance.getEntriesByType("navigation").length'), 1);
    assert.equal((await ff.url()).split('#')[0], FILE_URL);
  });

  test('screenshot of the table: tests/e2e/shots/firefox-table.png', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await open('#view=table');
    await ff.waitFor(bodyRows, { what: 'table rows' });
    await ff.executeAsync('await document.fonts.ready; await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));');
    const png = await ff.screenshot(resolve(SHOTS, 'firefox-table.png'));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.length > 20_000, `screenshot bytes: ${png.length}`);
  });

  // geckodriver has no log endpoint (GET /se/log/types → "HTTP method not
  // allowed"), so the console is read from Firefox's stdout instead: the
  // prefs devtools.console.stdout.* make it print the page's console.error
  // calls and its uncaught errors and rejections ("JavaScript error: …").
  test('no JS errors or console.error in any page load above', async () => {
    await ff.flushConsole();
    assert.deepEqual(ff.pageErrors(), []);
  });

  test('(check of the check) a page error does reach the console log', async () => {
    await ff.execute('setTimeout(() => { throw new Error("e2e-probe-uncaught"); }); console.error("e2e-probe-console");');
    // The uncaught error comes from a timer: wait for a marker logged after it.
    await ff.executeAsync('await new Promise((done) => setTimeout(done));');
    await ff.flushConsole();
    const errors = ff.pageErrors();
    assert.ok(errors.some((e) => e.includes('e2e-probe-uncaught') && e.includes(FILE_URL)), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('e2e-probe-console')), errors.join('\n'));
  });

  test('closing leaves no Firefox or geckodriver process behind', async () => {
    const { firefoxPid } = ff;
    const pgid = ff.proc.pid;
    assert.ok(firefoxPid && processAlive(firefoxPid), 'Firefox was running');
    await ff.close();
    assert.equal(processAlive(firefoxPid), false, `Firefox ${firefoxPid} still running`);
    assert.equal(processGroupAlive(pgid), false, `processes left in geckodriver's group ${pgid}`);
    assert.equal(existsSync(ff.tmp), false, `temp dir ${ff.tmp} left behind`);
  });
});
