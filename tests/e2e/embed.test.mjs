// Embedding: an in-page mount (twice, under hostile CSS) and an iframe that
// sizes itself (also sandboxed), both from a server and from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHOTS } from './explorer.mjs';
import { forEachOrigin } from './portal.mjs';

const LINJIANG = resolve(import.meta.dirname, '../fixtures/corpus/county-linjiang-2024.txt');

forEachOrigin(({ origin, host }) => {
  test('two mounts render, each with its own state from its data attributes', async () => {
    const { page, context, errors } = await host('mount.html');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.getByRole('table').waitFor();
    await second.getByRole('table').waitFor();
    assert.equal(await first.getByRole('checkbox', { name: /^Agriculture & rural\s*\d+$/ }).isChecked(), true);
    assert.deepEqual(new Set(await first.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['Agriculture & rural']));
    assert.match(await second.locator('caption').innerText(), /显示 209 \/ 共 209 项/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the mounts are independent and leave the host URL alone', async () => {
    const { page, context } = await host('mount.html');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await second.getByRole('table').waitFor();
    await second.getByRole('checkbox', { name: /^工业\s*\d+$/ }).check();
    await second.locator('tbody tr').first().waitFor();
    assert.deepEqual(new Set(await second.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['工业']));
    assert.deepEqual(new Set(await first.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['Agriculture & rural']));
    assert.equal(await page.evaluate(() => location.hash), '');
    await context.close();
  });

  test('a report opened in one mount is in the other\'s switcher at once; removed in the other, gone from both, and the one that showed it forgets it', async () => {
    const { page, context, errors } = await host('mount.html');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.getByRole('table').waitFor();
    await second.getByRole('table').waitFor();
    const options = (mount) => mount.getByRole('combobox', { name: /^(报告|Report)$/ }).locator('option');
    await first.locator('input[type=file]').setInputFiles([LINJIANG]);
    await first.getByRole('heading', { level: 1, name: /临江县/ }).waitFor();
    await options(second).filter({ hasText: /临江县 2024年/ }).waitFor({ state: 'attached' });
    // The other mount stays on its own report until asked.
    await second.getByRole('heading', { level: 1, name: /牡丹江/ }).waitFor();
    await second.getByRole('combobox', { name: '报告' }).selectOption({ label: (await options(second).filter({ hasText: /临江县/ }).innerText()).trim() });
    await second.getByRole('heading', { level: 1, name: /临江县/ }).waitFor();
    assert.ok(await second.locator('tbody tr').count() > 5);
    // Removed in the first, it is gone from the second too, which was
    // showing it and goes back to the built-in report.
    await first.locator('details.rx-library summary').click();
    await first.getByRole('button', { name: /Remove 临江县|移除 临江县/ }).click();
    await options(second).filter({ hasText: /临江县/ }).waitFor({ state: 'detached' });
    assert.equal(await options(second).count(), 1);
    await second.getByRole('heading', { level: 1, name: /牡丹江/ }).waitFor();
    // …in its state too: opening the same file again in the first does
    // not bring it back in the second unasked.
    await first.locator('input[type=file]').setInputFiles([LINJIANG]);
    await options(second).filter({ hasText: /临江县 2024年/ }).waitFor({ state: 'attached' });
    assert.match(await second.getByRole('heading', { level: 1 }).innerText(), /牡丹江/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('hostile host CSS does not reach in', async () => {
    const { page, context } = await host('mount.html');
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
    await context.close();
  });

  test('the explorer\'s styles do not leak out', async () => {
    const { page, context } = await host('mount.html');
    await page.locator('#first').getByRole('table').waitFor();
    const seen = await page.evaluate(() => ({
      para: getComputedStyle(document.getElementById('host-para')).fontSize,
      table: getComputedStyle(document.getElementById('host-table')).display,
      sheets: document.styleSheets.length,
      styles: document.querySelectorAll('style').length,
    }));
    assert.deepEqual(seen, { para: '40px', table: 'none', sheets: 1, styles: 0 });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, `embed-mount-${origin}.png`), fullPage: false });
    await context.close();
  });

  test('an iframe sizes itself to its content and starts from its URL hash', async () => {
    const { page, context, errors } = await host('iframe.html');
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
    await context.close();
  });

  /** The frame's height attribute, as the host's snippet sets it. */
  const frameHeight = (page, id) => page.evaluate((id) => Number(document.getElementById(id).height), id);

  /** How far down the explorer's root reaches inside the frame (its margin box bottom). */
  const contentBottom = (frame) => frame.locator('.rx').evaluate((el) =>
    el.getBoundingClientRect().bottom + scrollY + parseFloat(getComputedStyle(el).marginBottom));

  test('an iframe shrinks again when its content gets shorter', async () => {
    const { page, context, errors } = await host('iframe.html');
    const frame = page.frameLocator('#explorer');
    const views = frame.getByRole('navigation', { name: /视图|Views/ });
    await frame.getByRole('table').waitFor();
    await views.getByRole('button', { name: '原文', exact: true }).click();
    await frame.getByRole('article', { name: '报告原文' }).waitFor();
    await page.waitForFunction(() => Number(document.getElementById('explorer').height) > 3000);
    const tall = await frameHeight(page, 'explorer');
    await views.getByRole('button', { name: '概览', exact: true }).click();
    await frame.getByRole('heading', { level: 1 }).waitFor();
    // A document's scrollHeight never drops below its frame: measuring it
    // kept the frame as tall as the reader had made it.
    await page.waitForFunction((tall) => Number(document.getElementById('explorer').height) < tall - 500, tall, { timeout: 20000 });
    const content = await contentBottom(frame);
    await page.waitForFunction((content) => Math.abs(Number(document.getElementById('explorer').height) - content) <= 2, content);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a sandboxed iframe (allow-scripts allow-downloads) runs, sizes itself and downloads', async () => {
    const { page, context, errors } = await host('iframe-sandboxed.html', { acceptDownloads: true });
    const frame = page.frameLocator('#explorer');
    await frame.getByRole('table').waitFor();
    assert.deepEqual(new Set(await frame.locator('tbody tr td:nth-child(6)').allInnerTexts()), new Set(['农业农村']));
    // Without allow-same-origin the frame's origin is opaque, so the host's
    // scripts cannot reach in; the height message still arrives.
    assert.equal(await frame.locator('.rx').evaluate(() => self.origin), 'null');
    assert.equal(await page.evaluate(() => document.getElementById('explorer').contentDocument), null);
    await page.waitForFunction(() => Number(document.getElementById('explorer').height) > 1000);
    const content = await contentBottom(frame);
    assert.ok(Math.abs(await frameHeight(page, 'explorer') - content) <= 2);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('group', { name: '导出' }).getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.csv$/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
