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

  test('in English the title, the part headings and counts read in English', async () => {
    const p = await open({ hash: '#view=reader&lang=en' });
    const title = p.page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: 'Government Work Report' }).waitFor();
    // The city keeps its Chinese name: there is no reviewed place-name table.
    assert.equal(await title.textContent(), '牡丹江市 2024 Government Work Report');
    assert.equal(await title.getAttribute('lang'), 'en');
    await p.page.getByText('The report itself is in Chinese and is not translated', { exact: false }).waitFor();
    const contents = p.page.getByRole('navigation', { name: 'Contents' });
    for (const name of ['1. Review of work in 2023', '2. Key tasks for 2024',
      "3. Strengthening the government's own work"]) {
      assert.equal(await contents.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    // A heading with no reviewed pattern stays as written, marked Chinese.
    const own = contents.getByRole('button', { name: '二是农业发展稳中有进', exact: true });
    assert.equal(await own.getAttribute('lang'), 'zh-CN');
    await p.views.getByRole('button', { name: 'Table', exact: true }).click();
    await p.table.getByRole('cell', { name: '22 enterprises', exact: true }).first().waitFor();
    await p.table.getByRole('cell', { name: '9 bases', exact: true }).first().waitFor();
    await p.close();
  });

  test('in English the record names its section in English where the glossary can, the rest whole in Chinese', async () => {
    const p = await open({ hash: '#view=table&lang=en&sel=s8-1' });
    await p.record.waitFor();
    const section = p.record.locator('dt', { hasText: /^Section$/ }).locator('xpath=following-sibling::dd[1]');
    assert.equal(await section.innerText(), '1. Review of work in 2023 > 二是农业发展稳中有进');
    assert.deepEqual(await section.locator('span').evaluateAll((s) => s.map((e) => [e.lang, e.textContent])),
      [['en', '1. Review of work in 2023'], ['zh-CN', '二是农业发展稳中有进']]);
    await p.close();
  });

  test('in Chinese there is no note and the title is as written', async () => {
    const p = await open({ hash: '#view=reader' });
    await p.outline.waitFor();
    assert.equal(await p.page.getByRole('heading', { level: 1 }).textContent(), '牡丹江市2024年政府工作报告');
    assert.equal(await p.page.getByText('The report itself is in Chinese', { exact: false }).count(), 0);
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
