// Filters: sector facets with live counts, period/status/kind, search, clear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

await forEachTarget(({ open }) => {
  test('ticking a sector keeps only its rows', async () => {
    const p = await open({ hash: '#view=table' });
    await p.sector('农业农村').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=agriculture'));
    const sectors = new Set(await p.column(6));
    assert.deepEqual([...sectors], ['农业农村']);
    assert.equal(await p.shownCount(), (await p.column(6)).length);
    await p.close();
  });

  test('two sectors show the rows of either', async () => {
    const p = await open({ hash: '#view=table' });
    await p.sector('农业农村').check();
    await p.sector('工业').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=industry,agriculture'));
    assert.deepEqual(new Set(await p.column(6)), new Set(['农业农村', '工业']));
    await p.close();
  });

  test('sector counts follow the other filters', async () => {
    const p = await open({ hash: '#view=table' });
    const count = async () => Number((await p.sector('农业农村').locator('..').innerText()).match(/\d+/)[0]);
    const all = await count();
    await p.filters.getByRole('checkbox', { name: /^目标\s*\d+$/ }).check();
    await p.page.waitForFunction(() => location.hash.includes('status=target'));
    const targets = await count();
    assert.ok(targets < all, `${targets} < ${all}`);
    await p.sector('农业农村').check();
    await p.page.waitForFunction(() => location.hash.includes('sector=agriculture'));
    assert.equal(await p.shownCount(), targets);
    await p.close();
  });

  test('search matches Chinese substrings and marks them', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.fill('风电');
    await p.page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=风电'));
    const n = await p.shownCount();
    assert.ok(n >= 1, `rows: ${n}`);
    assert.ok((await p.table.locator('mark').count()) >= 1 || n >= 1);
    await p.openView('原文');
    assert.ok((await p.reader.locator('mark', { hasText: '风电' }).count()) >= 1);
    await p.close();
  });

  test('an empty result says so and one click clears it', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.fill('没有这个词');
    await p.page.getByText('没有符合条件的指标。').waitFor();
    await p.page.getByRole('main').getByRole('button', { name: '清除全部筛选' }).last().click();
    await p.table.waitFor();
    assert.equal(await p.shownCount(), 209);
    assert.equal(await p.search.inputValue(), '');
    await p.close();
  });

  test('period, status and kind filters combine', async () => {
    const p = await open({ hash: '#view=table&period=2024&kind=growth' });
    assert.deepEqual(new Set(await p.column(4)), new Set(['2024年']));
    assert.deepEqual(new Set(await p.column(7)), new Set(['增速']));
    await p.close();
  });
});
