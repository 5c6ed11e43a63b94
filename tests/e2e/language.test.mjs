// Two languages: one switch changes the whole interface; it is kept in the hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachTarget } from './explorer.mjs';

await forEachTarget(({ open }) => {
  test('switching to English translates labels and sector names', async () => {
    const p = await open({ hash: '#view=table' });
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.page.waitForFunction(() => location.hash.includes('lang=en'));
    await p.views.getByRole('button', { name: 'Table', exact: true }).waitFor();
    assert.equal(await p.filters.getByRole('checkbox', { name: /^Agriculture & rural\s*\d+$/ }).count(), 1);
    const headers = await p.table.getByRole('columnheader').allInnerTexts();
    assert.ok(headers.some((h) => h.startsWith('Indicator')));
    assert.equal(await p.page.locator('.rx').getAttribute('lang'), 'en');
    await p.close();
  });

  test('subjects show their English glossary name', async () => {
    const p = await open({ hash: '#view=table&lang=en' });
    await p.table.getByRole('button', { name: /^GDP/ }).first().waitFor();
    await p.close();
  });

  test('Chinese is the default and comes back with one click', async () => {
    const p = await open({ hash: '#lang=en' });
    await p.page.getByRole('button', { name: '中文' }).click();
    await p.views.getByRole('button', { name: '概览', exact: true }).waitFor();
    assert.equal(await p.hash(), '');
    await p.close();
  });
});
