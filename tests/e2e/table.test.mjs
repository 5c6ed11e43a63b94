// Table: sortable columns, row count, links to records and sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

const number = (cell) => {
  const m = cell.replace('−', '-').match(/-?\d+(\.\d+)?/);
  return m ? Number(m[0]) : NaN;
};

await forEachTarget(({ open }) => {
  test('the table has real column headers and a row count', async () => {
    const p = await open({ hash: '#view=table' });
    const headers = await p.table.getByRole('columnheader').allInnerTexts();
    assert.deepEqual(headers.map((h) => h.replace(/[↕↑↓]/g, '').trim()), ['序', '指标', '数值', '年份', '状态', '领域', '类型', '出处']);
    assert.match(await p.table.locator('caption').innerText(), /显示 209 \/ 共 209 项/);
    await p.close();
  });

  test('the column headers stay in view as the page scrolls; a phone shows rows as cards, nothing to scroll sideways', async () => {
    const p = await open({ hash: '#view=table' });
    await p.page.evaluate(() => window.scrollTo(0, 1500));
    const header = p.table.getByRole('columnheader', { name: /指标/ });
    await p.page.waitForFunction(() => Math.abs(document.querySelector('thead th').getBoundingClientRect().top) < 1);
    assert.ok(await header.isVisible());
    await p.close();
    const phone = await open({ hash: '#view=table', viewport: { width: 390, height: 844 } });
    const wrap = await phone.table.evaluate((t) => { const w = t.parentElement; return { scroll: w.scrollWidth, client: w.clientWidth, page: document.documentElement.scrollWidth }; });
    assert.equal(wrap.scroll, wrap.client, `the table fits its box (${wrap.scroll} = ${wrap.client})`);
    assert.ok(wrap.page <= 390, `the page itself does not scroll sideways (${wrap.page})`);
    // The column headers are a row of sort buttons there.
    await phone.table.getByRole('columnheader', { name: /数值/ }).getByRole('button').click();
    await phone.page.waitForFunction(() => location.hash.includes('sort=value'));
    await phone.close();
  });

  test('a long table shows 50 rows and grows on demand', async () => {
    const p = await open({ hash: '#view=table' });
    const rows = p.table.locator('tbody tr');
    assert.equal(await rows.count(), 50);
    await p.page.getByRole('button', { name: '再显示 50' }).click();
    await p.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 100);
    await p.page.getByRole('button', { name: '全部显示' }).click();
    await p.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 209);
    assert.equal(await p.page.getByRole('button', { name: '全部显示' }).count(), 0);
    await p.sector('农业农村').check();
    await p.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 40);
    await p.close();
  });

  test('sorting by value orders the rows and flips on a second click', async () => {
    const p = await open({ hash: '#view=table&kind=growth' });
    const header = p.table.getByRole('columnheader', { name: /数值/ });
    await header.getByRole('button').click();
    await p.page.waitForFunction(() => location.hash.includes('sort=value'));
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    const up = (await p.column(3)).map(number);
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    await header.getByRole('button').click();
    await p.page.waitForFunction(() => location.hash.includes('sort=-value'));
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const down = (await p.column(3)).map(number);
    assert.deepEqual(down, [...down].sort((a, b) => b - a));
    await p.close();
  });

  test('a row opens its record; its source link opens the sentence in the reader', async () => {
    const p = await open({ hash: '#view=table' });
    await p.table.getByRole('button', { name: '新建高标准农田' }).first().click();
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /38\.2万亩/);
    await p.table.getByRole('button', { name: /在原文中查看 新建高标准农田: 38\.2万亩/ }).click();
    await p.reader.waitFor();
    const focus = p.reader.locator('.rx-focus').first();
    await focus.waitFor();
    assert.match(await p.reader.locator('.rx-focus').allInnerTexts().then((t) => t.join('')), /新建高标准农田38\.2万亩/);
    await p.page.waitForFunction(() => {
      const r = document.querySelector('.rx-focus')?.getBoundingClientRect();
      return r && r.top >= 0 && r.bottom <= innerHeight;
    });
    await p.close();
  });
});
