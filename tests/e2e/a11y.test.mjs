// For everyone: axe on every view in both languages and dark mode, with
// filters on and a record open; keyboard use: the skip link, the record's
// focus, Escape and return, the chart's focus ring, buttons named by what
// they act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

const VIEWS = ['overview', 'table', 'chart', 'reader'];

/** The focused element's accessible text, its class and whether it is inside `selector`. */
const focus = (p, selector = null) => p.page.evaluate((sel) => {
  const a = document.activeElement;
  return {
    text: (a?.getAttribute('aria-label') ?? a?.innerText ?? '').trim(),
    tag: a?.tagName,
    inside: sel ? Boolean(a?.closest(sel)) : null,
  };
}, selector);

/** Waits until the focused element's accessible text matches `pattern` (a string is matched whole). */
const focusReaches = (p, pattern) => p.page.waitForFunction(([source, whole]) => {
  const a = document.activeElement;
  const text = (a?.getAttribute('aria-label') ?? a?.innerText ?? '').trim();
  return whole ? text === source : new RegExp(source).test(text);
}, typeof pattern === 'string' ? [pattern, true] : [pattern.source, false]);

await forEachTarget(({ open }) => {
  for (const view of VIEWS) {
    test(`axe finds no violations in the ${view} view`, async () => {
      const p = await open({ hash: `#view=${view}` });
      await p.settled();
      assert.deepEqual(await p.axeViolations(), []);
      await p.close();
    });
  }

  test('axe finds no violations in English and dark mode, with a record open', async () => {
    const p = await open({ hash: '#view=table&lang=en&sel=s6-1', colorScheme: 'dark' });
    await p.page.getByRole('region', { name: 'Indicator record' }).waitFor();
    assert.deepEqual(await p.axeViolations(), []);
    await p.close();
  });

  // Filters on: the reader dims every number outside them.
  for (const lang of ['zh', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const view of ['table', 'chart', 'reader']) {
        test(`axe: ${view}, ${lang}, ${colorScheme}, with filters on and a record open`, async () => {
          const p = await open({ hash: `#view=${view}&sector=agriculture&period=2023&lang=${lang}&sel=s9-6`, colorScheme });
          await p.settled();
          await p.record.waitFor();
          assert.deepEqual(await p.axeViolations(), []);
          await p.close();
        });
      }
    }
  }

  test('the filters work from the keyboard with a visible focus', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.focus();
    await p.page.keyboard.press('Tab'); // the clear button is disabled, so focus goes to the first sector
    const focused = () => p.page.evaluate(() => document.activeElement?.closest('label')?.innerText ?? document.activeElement?.innerText);
    assert.match(await focused(), /^宏观经济/);
    const outline = await p.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await p.page.keyboard.press('Space');
    await p.page.waitForFunction(() => location.hash.includes('sector=macro'));
    await p.close();
  });

  for (const [view, name, results] of [
    ['table', '跳到结果', '.rx-table-wrap'],
    ['reader', '跳到结果', '.rx-reader'],
    ['reader&lang=en', 'Skip to results', '.rx-reader'],
  ]) {
    test(`${view}: "${name}" is the first thing Tab reaches, visible, and skips to the results`, async () => {
      const p = await open({ hash: `#view=${view}` });
      await p.settled();
      await p.page.keyboard.press('Tab');
      assert.equal((await focus(p)).text, name);
      const skip = p.page.getByRole('button', { name, exact: true });
      const box = await skip.boundingBox();
      assert.ok(box && box.width > 20 && box.height > 10 && box.y >= 0, `visible on focus: ${JSON.stringify(box)}`);
      await p.page.keyboard.press('Enter');
      assert.equal((await focus(p, results)).inside, true);
      // The next Tab goes on from the results, past the filters and the outline.
      await p.page.keyboard.press('Tab');
      const next = await focus(p, results);
      assert.equal(next.inside, true, `then ${next.tag} ${next.text}`);
      // Out of focus, it is out of sight.
      const hidden = await skip.boundingBox();
      assert.ok(!hidden || hidden.width <= 1, `hidden without focus: ${JSON.stringify(hidden)}`);
      await p.close();
    });
  }

  test('a record takes the focus; Escape closes it and the focus returns to the row that opened it', async () => {
    const p = await open({ hash: '#view=table' });
    const row = p.table.getByRole('button', { name: '新建高标准农田', exact: true });
    await row.focus();
    await p.page.keyboard.press('Enter');
    await p.record.waitFor();
    await p.page.waitForFunction(() => document.activeElement?.closest('.rx-record'));
    assert.match((await focus(p)).text, /^新建高标准农田/);
    await p.page.keyboard.press('Escape');
    await p.record.waitFor({ state: 'detached' });
    await focusReaches(p, '新建高标准农田');
    // The close button does the same.
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => document.activeElement?.closest('.rx-record'));
    await p.record.getByRole('button', { name: '关闭' }).click();
    await p.record.waitFor({ state: 'detached' });
    await focusReaches(p, '新建高标准农田');
    await p.close();
  });

  test('Escape closes the record only while the focus is inside it', async () => {
    const p = await open({ hash: '#view=table' });
    await p.table.getByRole('button', { name: '新建高标准农田', exact: true }).click();
    await p.page.waitForFunction(() => document.activeElement?.closest('.rx-record'));
    // Elsewhere, Escape belongs to what has the focus: the record stays.
    for (const elsewhere of [p.search, p.sector('工业'), p.views.getByRole('button', { name: '图表' })]) {
      await elsewhere.focus();
      await p.page.keyboard.press('Escape');
      await p.record.waitFor();
      assert.equal(await p.record.count(), 1);
    }
    await p.record.getByRole('button', { name: '关闭' }).focus();
    await p.page.keyboard.press('Escape');
    await p.record.waitFor({ state: 'detached' });
    await p.close();
  });

  test('a record opened from a number in the reader returns the focus to that number', async () => {
    const p = await open({ hash: '#view=reader&section=2&lang=en' });
    const number = p.page.getByRole('article', { name: 'Report text' }).getByRole('button', { name: /^新建高标准农田: 38\.2万亩/ });
    await number.focus();
    await p.page.keyboard.press('Enter');
    await p.record.waitFor();
    await p.page.waitForFunction(() => document.activeElement?.closest('.rx-record'));
    await p.page.keyboard.press('Tab');
    assert.equal((await focus(p)).text, 'Close');
    await p.page.keyboard.press('Escape');
    await p.record.waitFor({ state: 'detached' });
    await focusReaches(p, /^新建高标准农田: 38\.2万亩/);
    await p.close();
  });

  test('a record opened by a link leaves the focus where it is', async () => {
    const p = await open({ hash: '#view=table&sel=s8-1' });
    await p.record.waitFor();
    assert.equal((await focus(p)).tag, 'BODY');
    await p.close();
  });

  test("the chart's focus ring is not clipped", async () => {
    const p = await open({ hash: '#view=chart' });
    await p.settled();
    const canvas = p.page.locator('canvas').first();
    await canvas.focus();
    const ring = await canvas.evaluate((c) => {
      const s = getComputedStyle(c);
      const reach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
      const box = c.getBoundingClientRect();
      let clip = null;
      for (let el = c.parentElement; el; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') { clip = el.getBoundingClientRect(); break; }
      }
      return { style: s.outlineStyle, reach, box: [box.left, box.top, box.right, box.bottom], clip: clip && [clip.left, clip.top, clip.right, clip.bottom] };
    });
    assert.notEqual(ring.style, 'none');
    const [l, t, r, b] = ring.box;
    const out = [l - ring.reach, t - ring.reach, r + ring.reach, b + ring.reach];
    if (ring.clip) {
      const [cl, ct, cr, cb] = ring.clip;
      assert.ok(out[0] >= cl - 0.5 && out[1] >= ct - 0.5 && out[2] <= cr + 0.5 && out[3] <= cb + 0.5, `ring ${out} inside ${ring.clip}`);
    }
    await p.close();
  });

  test("the overview's value buttons are named by their metric and column", async () => {
    const p = await open();
    await p.page.getByRole('button', { name: '地区生产总值 2023年结果 6%', exact: true }).waitFor();
    await p.page.getByRole('button', { name: '地区生产总值 2024年目标 6%', exact: true }).waitFor();
    await p.close();
    const en = await open({ hash: '#lang=en' });
    await en.page.getByRole('button', { name: 'GDP 2023 result 6%', exact: true }).waitFor();
    await en.close();
  });
});
