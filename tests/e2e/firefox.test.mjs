// The single self-contained file in Firefox: Debian's firefox-esr, headless,
// driven by selenium-webdriver through geckodriver (see firefox.mjs), opened
// from file:// the way a user double-clicks it. Firefox and geckodriver come
// from tools/setup.sh; if either is missing these tests fail and say so,
// unless SKIP_FIREFOX=1.
import { test as nodeTest, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, SHOTS } from './explorer.mjs';
import { By, until } from 'selenium-webdriver';
import { Firefox, processAlive, processTree } from './firefox.mjs';
import { screenVsBitmapTop } from './pixels.mjs';

const SKIP = process.env.SKIP_FIREFOX === '1' && 'SKIP_FIREFOX=1';
const FILE = resolve(DIST, 'report-explorer.html');
const FILE_URL = pathToFileURL(FILE).href;
const TITLE = '牡丹江市2024年政府工作报告';
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const LINJIANG = resolve(FIXTURES, 'corpus/county-linjiang-2024.txt');
const BEIHU_GBK = resolve(FIXTURES, 'open/beihu-2024-gbk.txt');

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

  /** Runs a function body in the page: execute('return document.title'). */
  const execute = (script, ...args) => ff.driver.executeScript(script, ...args);

  /** Runs an async function body; it gets its args as `arguments`; its result is returned. */
  async function executeAsync(script, ...args) {
    const r = await ff.driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (async function () { ${script} }).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`, ...args);
    if (r && 'err' in r) throw new Error(`script failed: ${r.err}`);
    return r?.ok;
  }

  /**
   * Polls `script` (a function body returning a truthy value when done) until
   * it holds or `timeout` ms pass; returns its value or throws with `what`.
   */
  async function waitFor(script, { timeout = 15_000, what = script } = {}, ...args) {
    let last;
    try {
      return await ff.driver.wait(async () => {
        try { last = await execute(script, ...args); } catch (e) { last = e.message; return false; }
        return last;
      }, timeout, undefined, 100);
    } catch (e) {
      if (e.name !== 'TimeoutError') throw e;
      throw new Error(`timed out after ${timeout} ms waiting for: ${what} (last: ${JSON.stringify(last)})`, { cause: e });
    }
  }

  /**
   * The 农业农村 sector's checkbox label in the filters, once it is there
   * (the filters may render after the table's rows on a busy machine).
   */
  const agricultureLabel = () => ff.driver.wait(until.elementLocated(
    By.xpath('//aside[@aria-label="筛选"]//label[starts-with(normalize-space(.), "农业农村")]')),
  15_000, 'the 农业农村 filter', 100);

  /** A fresh load of the file (via about:blank, so a hash change is a real navigation). */
  async function open(hash = '') {
    await ff.driver.get('about:blank');
    await ff.driver.get(FILE_URL + hash);
    await waitFor('return document.querySelector("h1")?.textContent', { what: 'the <h1>' });
  }

  const bodyRows = 'const t = document.querySelector("table"); return t ? t.tBodies[0].rows.length : 0;';

  test('renders the report title and, at #view=table, the first 50 of 209 rows', async () => {
    await open('#view=table');
    assert.equal(await execute('return document.querySelector("h1").textContent.trim()'), TITLE);
    assert.deepEqual(
      await execute('return [...document.querySelectorAll(\'nav[aria-label="视图"] button\')].map((b) => b.textContent.trim())'),
      ['概览', '表格', '图表', '原文', '比较'],
    );
    await waitFor(bodyRows, { what: 'table rows' });
    assert.equal(await execute(bodyRows), 50);
    assert.match(await execute('return document.querySelector("caption").textContent'), /显示 209 \/ 共 209 项/);
  });

  test('ticking the 农业农村 sector keeps only its rows and writes sector=agriculture', async () => {
    await open('#view=table');
    await waitFor(bodyRows, { what: 'table rows' });
    const label = await agricultureLabel();
    assert.match(await label.getText(), /^农业农村\s*\d+$/);
    const box = await label.findElement(By.css('input[type="checkbox"]'));
    await box.click();
    const hash = await waitFor('return location.hash.includes("sector=agriculture") && location.hash',
      { what: 'sector=agriculture in location.hash' });
    assert.match(hash, /(^#|&)sector=agriculture(&|$)/);
    assert.equal(await box.getProperty('checked'), true);
    const sectors = await waitFor(`
      const rows = [...document.querySelector("table").tBodies[0].rows];
      const sectors = rows.map((r) => r.cells[5].textContent.trim());
      return rows.length > 0 && sectors.every((x) => x === "农业农村") && sectors;`,
    { what: 'the table to filter' });
    assert.deepEqual([...new Set(sectors)], ['农业农村']);
    assert.equal(sectors.length, 40, 'the facet said 40');
  });

  test('at #view=chart the first canvas is drawn', async () => {
    await open('#view=chart');
    await waitFor('return document.querySelectorAll("canvas[role=img]").length === 3', { what: 'three chart canvases' });
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
    try { n = await waitFor(`const n = (() => { ${inked} })(); return n > 1000 && n;`, { what: 'ink on the first canvas' }); } catch { n = await execute(inked); }
    assert.ok(n > 1000, `inked pixels on the first canvas: ${n}`);
  });

  test('a chart that gets shorter keeps its bitmap and shows its top part unsqueezed', async () => {
    await open('#view=chart');
    await waitFor('return document.querySelectorAll("canvas[role=img]").length === 3', { what: 'three chart canvases' });
    const geometry = 'const c = document.querySelector("canvas[role=img]"); return [c.height, c.getBoundingClientRect().height];';
    const [tallBitmap, tallCss] = await waitFor(`const g = (() => { ${geometry} })(); return g[0] > 0 && g;`, { what: 'a drawn chart' });
    await (await agricultureLabel()).findElement(By.css('input[type="checkbox"]')).click();
    await waitFor(`return (() => { ${geometry} })()[1] < ${tallCss - 100}`, { what: 'the growth chart to get shorter' });
    assert.equal((await execute(geometry))[0], tallBitmap);
    const canvas = await ff.driver.findElement(By.css('canvas[role=img]'));
    await execute('arguments[0].scrollIntoView()', canvas);
    const shot = await canvas.takeScreenshot();
    const mismatch = await executeAsync(`return (${screenVsBitmapTop})(arguments[0], arguments[1]);`, canvas, shot);
    const dpr = await execute('return devicePixelRatio');
    assert.ok(dpr !== 1 || mismatch < 0.01, `screen vs bitmap top: ${(mismatch * 100).toFixed(1)}% of pixels differ`);
  });

  test('stays local: no request beyond the file itself', async () => {
    await open('#view=table');
    await waitFor(bodyRows, { what: 'table rows' });
    assert.deepEqual(await execute('return performance.getEntriesByType("resource").map((e) => e.name)'), []);
    // (Firefox names its one navigation entry "document", not the URL.)
    assert.equal(await execute('return performance.getEntriesByType("navigation").length'), 1);
    assert.equal((await ff.driver.getCurrentUrl()).split('#')[0], FILE_URL);
  });

  test('screenshot of the table: tests/e2e/shots/firefox-table.png', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await open('#view=table');
    await waitFor(bodyRows, { what: 'table rows' });
    await executeAsync('await document.fonts.ready; await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));');
    const png = Buffer.from(await ff.driver.takeScreenshot(), 'base64');
    writeFileSync(resolve(SHOTS, 'firefox-table.png'), png);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.length > 20_000, `screenshot bytes: ${png.length}`);
  });

  test('opens a UTF-8 and a GBK report through the file chooser, shows each one\'s table, and keeps them across a reload', async () => {
    await open('#view=table');
    const input = await ff.driver.findElement(By.css('input[type=file]'));
    // Several files at once: one path per line.
    await input.sendKeys(`${LINJIANG}\n${BEIHU_GBK}`);
    // The last file opened is the open report, with its own table.
    await waitFor('return /北湖区/.test(document.querySelector("h1")?.textContent)', { what: '北湖区 in the <h1>' });
    await waitFor(`return (() => { ${bodyRows} })() > 5`, { what: 'the GBK report\'s table' });
    assert.match(await execute('return document.querySelector("table").innerText'), /地区生产总值/);
    const options = 'return [...document.querySelectorAll(".rx-switcher option")].map((o) => o.textContent)';
    assert.equal((await execute(options)).length, 3);
    const hash = await waitFor('return /report=[0-9a-f]{12}/.test(location.hash) && location.hash', { what: 'report= in the hash' });
    // The switcher opens the UTF-8 one.
    await execute('const s = document.querySelector(".rx-switcher select"); s.selectedIndex = 1; s.dispatchEvent(new Event("change", { bubbles: true }));');
    await waitFor('return /临江县/.test(document.querySelector("h1")?.textContent)', { what: '临江县 in the <h1>' });
    await waitFor(`return (() => { ${bodyRows} })() > 5`, { what: 'the UTF-8 report\'s table' });
    // Firefox ESR keeps IndexedDB for a page from file:// (it does not
    // refuse it as some browsers do): after a reload both are still there,
    // and the link opens the report it names. No page-only message.
    await open(hash);
    await waitFor('return /北湖区/.test(document.querySelector("h1")?.textContent)', { what: '北湖区 again after the reload' });
    await waitFor(`return (() => { ${bodyRows} })() > 5`, { what: 'its table after the reload' });
    const kept = await waitFor(`const o = (() => { ${options} })(); return o.length === 3 && o;`, { what: 'three reports in the switcher' });
    assert.match(kept.join('\n'), /临江县 2024年/);
    assert.match(kept.join('\n'), /北湖区 2024年/);
    assert.equal(await execute('return document.querySelector(".rx-library .rx-subtitle")?.textContent ?? ""'), '保存在这个浏览器中');
    assert.doesNotMatch(await execute('return document.body.innerText'), /不能在本地保存报告/);
  });

  // geckodriver has no log endpoint (GET /se/log/types → "HTTP method not
  // allowed", so selenium's manage().logs() can't be used), so the console is
  // read from Firefox's stdout instead (firefox.mjs sends it to a file): the
  // prefs devtools.console.stdout.* make it print the page's console.error
  // calls and its uncaught errors and rejections ("JavaScript error: …").
  test('no JS errors or console.error in any page load above', async () => {
    await ff.flushConsole();
    assert.deepEqual(ff.pageErrors(), []);
  });

  test('(check of the check) a page error does reach the console log', async () => {
    await execute('setTimeout(() => { throw new Error("e2e-probe-uncaught"); }); console.error("e2e-probe-console");');
    // The uncaught error comes from a timer: wait for a marker logged after it.
    await executeAsync('await new Promise((done) => setTimeout(done));');
    await ff.flushConsole();
    const errors = ff.pageErrors();
    assert.ok(errors.some((e) => e.includes('e2e-probe-uncaught') && e.includes(FILE_URL)), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('e2e-probe-console')), errors.join('\n'));
  });

  test('closing leaves no Firefox or geckodriver process behind', async () => {
    const { firefoxPid, geckodriverPid } = ff;
    assert.ok(firefoxPid && processAlive(firefoxPid), 'Firefox was running');
    assert.ok(geckodriverPid && processAlive(geckodriverPid), 'geckodriver was running');
    const tree = processTree(geckodriverPid);
    assert.ok(tree.includes(firefoxPid), `Firefox ${firefoxPid} runs under geckodriver ${geckodriverPid}`);
    await ff.close();
    assert.equal(processAlive(firefoxPid), false, `Firefox ${firefoxPid} still running`);
    assert.deepEqual(tree.filter(processAlive), [], `processes left of geckodriver ${geckodriverPid}'s tree`);
    assert.equal(existsSync(ff.tmp), false, `temp dir ${ff.tmp} left behind`);
  });
});
