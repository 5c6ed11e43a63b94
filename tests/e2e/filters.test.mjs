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

  test('a search ranks rows whose own clause holds it first, the clause marked', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.fill('黑土优品');
    await p.page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=黑土优品'));
    await p.table.getByRole('caption').filter({ hasText: '按相关度排列' }).waitFor();
    // 22家 and 30家 have the term in their own clause; the rest only share a sentence with it.
    assert.deepEqual(await p.column(1), ['23', '174', '20', '21', '22', '24', '173']);
    const first = p.table.getByRole('row').nth(1);
    assert.equal(await first.locator('.rx-snippet').innerText(), '22家企业获批“黑土优品”使用权');
    assert.equal(await first.locator('.rx-snippet mark').innerText(), '黑土优品');
    assert.equal(await p.table.getByRole('columnheader', { name: /序/ }).getAttribute('aria-sort'), null);
    // An explicit sort still wins: report order.
    await p.table.getByRole('button', { name: /序/ }).click();
    await p.page.waitForFunction(() => location.hash.includes('sort=position'));
    assert.deepEqual(await p.column(1), ['20', '21', '22', '23', '24', '173', '174']);
    await p.close();
  });

  test('a full-width search finds the number the report wrote half-width', async () => {
    const p = await open({ hash: '#view=table' });
    await p.search.fill('１６３．９％');
    await p.page.waitForFunction(() => decodeURIComponent(location.hash).includes('q=１６３．９％'));
    await p.table.getByRole('caption').filter({ hasText: '显示 4 / 共 209 项' }).waitFor();
    assert.deepEqual(await p.column(1), ['51', '52', '50', '53']);
    assert.equal(await p.table.getByRole('row').nth(1).locator('.rx-snippet mark').innerText(), '163.9%');
    await p.close();
  });

  test('the floors among the targets, in one click each', async () => {
    const p = await open({ hash: '#view=table' });
    await p.filters.getByRole('checkbox', { name: /^目标\s*\d+$/ }).check();
    await p.filters.getByRole('checkbox', { name: /^以上（下限）\s*\d+$/ }).check();
    await p.page.waitForFunction(() => location.hash.includes('bound=floor'));
    assert.equal(await p.shownCount(), 15);
    assert.ok((await p.column(3)).every((v) => v.startsWith('≥')), 'every value shown is a floor');
    await p.close();
  });

  test('the targets by their governing word, with counts, in the link, in both languages', async () => {
    const p = await open({ hash: '#view=table' });
    await p.filters.getByRole('checkbox', { name: /^目标\s*\d+$/ }).check();
    const group = p.filters.getByRole('group', { name: '措辞' });
    await group.getByRole('checkbox', { name: /^确保\s*5$/ }).waitFor();
    await group.getByRole('checkbox', { name: /^力争\s*12$/ }).check();
    await p.page.waitForFunction(() => location.hash.includes('verb=strive'));
    assert.equal(await p.shownCount(), 12);
    await p.page.getByRole('button', { name: 'English' }).click();
    const en = p.filters.getByRole('group', { name: 'Governing word' });
    assert.equal(await en.getByRole('checkbox', { name: /^Strive 力争\s*12$/ }).isChecked(), true);
    await en.getByRole('checkbox', { name: /^None\s*45$/ }).waitFor();
    await p.close();
  });
});
