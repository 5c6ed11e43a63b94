// Embedding: an in-page mount (twice, under hostile CSS) and an iframe that
// sizes itself, both from a server and from file://.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, DIST, SHOTS } from './explorer.mjs';
import { serve } from './serve.mjs';

/** A folder like a portal's: the host pages beside the two artifacts. */
function portal() {
  const dir = mkdtempSync(join(tmpdir(), 'rx-portal-'));
  cpSync(resolve(import.meta.dirname, 'hosts'), dir, { recursive: true });
  for (const f of ['report-explorer.js', 'report-explorer.html']) cpSync(resolve(DIST, f), join(dir, f));
  return dir;
}

let browser;
let dir;
before(async () => { browser = await launch(); dir = portal(); });
after(async () => { await browser?.close(); rmSync(dir, { recursive: true, force: true }); });

const ORIGINS = [
  { name: 'served', start: async () => { const s = await serve(dir); return { base: s.url, stop: s.close }; } },
  { name: 'file://', start: async () => ({ base: pathToFileURL(dir).href + '/', stop: async () => {} }) },
];

for (const origin of ORIGINS) {
  describe(`embedded, ${origin.name}`, () => {
    let o;
    before(async () => { o = await origin.start(); });
    after(async () => { await o.stop(); });

    async function host(name) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      const requests = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(o.base + name);
      return { page, errors, requests };
    }

    test('two mounts render, each with its own state from its data attributes', async () => {
      const { page, errors } = await host('mount.html');
      const first = page.locator('#first');
      const second = page.locator('#second');
      await first.getByRole('table').waitFor();
      await second.getByRole('table').waitFor();
      assert.equal(await first.getByRole('checkbox', { name: /^Agriculture & rural\s*\d+$/ }).isChecked(), true);
      assert.deepEqual(new Set(await first.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['Agriculture & rural']));
      assert.match(await second.locator('caption').innerText(), /显示 209 \/ 共 209 项/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the mounts are independent and leave the host URL alone', async () => {
      const { page } = await host('mount.html');
      const first = page.locator('#first');
      const second = page.locator('#second');
      await second.getByRole('table').waitFor();
      await second.getByRole('checkbox', { name: /^工业\s*\d+$/ }).check();
      await second.locator('tbody tr').first().waitFor();
      assert.deepEqual(new Set(await second.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['工业']));
      assert.deepEqual(new Set(await first.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['Agriculture & rural']));
      assert.equal(await page.evaluate(() => location.hash), '');
      await page.close();
    });

    test('hostile host CSS does not reach in', async () => {
      const { page } = await host('mount.html');
      const cell = page.locator('#first tbody td').first();
      await cell.waitFor();
      const style = await cell.evaluate((el) => { const s = getComputedStyle(el); return [s.fontSize, s.color, s.fontFamily]; });
      assert.notEqual(style[0], '40px');
      assert.notEqual(style[1], 'rgb(255, 0, 0)');
      assert.doesNotMatch(style[2], /^serif$/);
      assert.ok(await page.locator('#first').getByRole('table').isVisible());
      // rem would follow the host's 40px root; the explorer sizes in em.
      const title = await page.locator('#first h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(title < 30, `title font-size ${title}px`);
      await page.close();
    });

    test('the explorer\'s styles do not leak out', async () => {
      const { page } = await host('mount.html');
      await page.locator('#first').getByRole('table').waitFor();
      const seen = await page.evaluate(() => ({
        para: getComputedStyle(document.getElementById('host-para')).fontSize,
        table: getComputedStyle(document.getElementById('host-table')).display,
        sheets: document.styleSheets.length,
        styles: document.querySelectorAll('style').length,
      }));
      assert.deepEqual(seen, { para: '40px', table: 'none', sheets: 1, styles: 0 });
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: resolve(SHOTS, `embed-mount-${origin.name === 'served' ? 'served' : 'file'}.png`), fullPage: false });
      await page.close();
    });

    test('an iframe sizes itself to its content and starts from its URL hash', async () => {
      const { page, errors } = await host('iframe.html');
      const frame = page.frameLocator('#explorer');
      await frame.getByRole('table').waitFor();
      assert.deepEqual(new Set(await frame.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['农业农村']));
      await page.waitForFunction(() => Number(document.getElementById('explorer').height) > 1000);
      const [height, content] = await page.evaluate(() => {
        const f = document.getElementById('explorer');
        return [Number(f.height), f.contentDocument?.documentElement.scrollHeight ?? null];
      });
      if (content !== null) assert.ok(Math.abs(height - content) <= 2, `${height} vs ${content}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
