// Overview: last year's results beside this year's targets for the same metric.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { forEachTarget } from './explorer.mjs';

await forEachTarget(({ open }) => {
  test('the headline table pairs each result with its target, comparator shown', async () => {
    const p = await open();
    const table = p.page.getByRole('table').first();
    const row = (name) => table.getByRole('row').filter({ has: p.page.getByRole('rowheader', { name, exact: true }) });
    assert.deepEqual(await row('地区生产总值').getByRole('cell').allInnerTexts(), ['6%\n预计', '6%']);
    assert.deepEqual(await row('规上工业增加值').getByRole('cell').allInnerTexts(), ['≥ 7%\n预计', '6%']);
    assert.deepEqual(await row('固定资产投资').getByRole('cell').allInnerTexts(), ['−3.5%\n预计', '8%']);
    assert.deepEqual(await row('一般公共预算收入').getByRole('cell').allInnerTexts(), ['20.8%\n预计', '≥ 6%']);
    // A headline target the report gives no result for is listed, and says so.
    assert.deepEqual(await row('万元GDP综合能耗').getByRole('cell').allInnerTexts(), ['未给出', '−3.2%']);
    await p.close();
  });

  test('a plan part alone: its targets are listed without results, and no empty chart', async () => {
    const p = await open();
    // The embedded report has results beside its targets: the chart is there.
    await p.page.getByTestId('chart-headline').waitFor();
    await p.page.getByRole('button', { name: '粘贴文字' }).click();
    const dialog = p.page.getByRole('dialog', { name: '粘贴报告文字' });
    await dialog.getByRole('textbox', { name: /报告全文/ }).fill(
      '二、2025年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5%—5.5%，一般公共预算收入增长4%，城镇调查失业率控制在5.5%以内。\n',
    );
    await dialog.getByRole('button', { name: '打开' }).click();
    await p.page.getByRole('heading', { level: 1, name: /2025/ }).waitFor();
    const table = p.page.getByRole('region', { name: '主要经济指标' }).getByRole('table');
    const row = (name) => table.getByRole('row').filter({ has: p.page.getByRole('rowheader', { name, exact: true }) });
    assert.deepEqual(await row('地区生产总值').getByRole('cell').allInnerTexts(), ['未给出', '5%—5.5%']);
    assert.deepEqual(await row('城镇调查失业率').getByRole('cell').allInnerTexts(), ['未给出', '≤ 5.5%']);
    assert.equal(await p.page.getByTestId('chart-headline').count(), 0);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('metrics beyond the headline are paired too', async () => {
    const p = await open();
    const others = p.page.getByRole('region', { name: '其他可对照的指标' });
    const row = others.getByRole('row').filter({ has: p.page.getByRole('rowheader', { name: '新建高标准农田' }) });
    assert.deepEqual(await row.getByRole('cell').allInnerTexts(), ['38.2万亩', '≥ 50万亩']);
    await p.close();
  });

  test('clicking a value opens its record with the sentence it came from', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: '一般公共预算收入 2024年目标 ≥ 6%' }).click();
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /一般公共预算收入增长6%以上/);
    assert.match(await p.record.innerText(), /目标/);
    await p.close();
  });

  test('a search typed in the overview opens the table with it', async () => {
    const p = await open();
    const form = p.page.getByRole('search', { name: '搜索指标' });
    await form.getByRole('searchbox', { name: '搜索全部指标' }).fill('黑土优品');
    await form.getByRole('button', { name: '在表格中查看' }).click();
    await p.page.waitForFunction(() => {
      const hash = decodeURIComponent(location.hash);
      return hash.includes('q=黑土优品') && hash.includes('view=table');
    });
    assert.equal(await p.shownCount(), 7);
    assert.equal(await p.search.inputValue(), '黑土优品');
    assert.deepEqual((await p.column(1)).slice(0, 2), ['23', '174']);
    await p.close();
  });

  test('the overview tables download as one CSV with signed values', async () => {
    const p = await open({ acceptDownloads: true });
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('group', { name: '导出概览表' }).getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    assert.equal(file.suggestedFilename(), '牡丹江市2024年政府工作报告-overview.csv');
    const bytes = await readFile(await file.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    assert.equal(lines[0], 'indicator,indicator_en,result,result_comparator,result_period,result_status,target,target_comparator,target_period,unit,note');
    assert.equal(lines[1], '地区生产总值,GDP,6,,2023,estimate,6,,2024,%,');
    assert.ok(lines.includes('固定资产投资,Fixed-asset investment,-3.5,,2023,estimate,8,,2024,%,'), lines.join('\n'));
    assert.ok(lines.includes('万元GDP综合能耗,"Energy consumption per 10,000 yuan of GDP",,,,,-3.2,,2024,%,no result given'), lines.join('\n'));
    assert.ok(lines.includes('新建高标准农田,New high-standard farmland,38.2,,2023,actual,50,>=,2024,万亩,'), lines.join('\n'));
    assert.deepEqual(p.foreignRequests().filter((u) => !u.startsWith('blob:')), []);
    await p.close();
  });
});
