// Export: the filtered rows as CSV (UTF-8 with BOM) and JSON, downloaded in
// the page with no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { forEachTarget } from './explorer.mjs';

async function download(p, name) {
  const [file] = await Promise.all([
    p.page.waitForEvent('download'),
    p.page.getByRole('group', { name: '导出' }).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

await forEachTarget(({ open }) => {
  test('CSV of the filtered rows, with BOM and header', async () => {
    const p = await open({ hash: '#view=table&sector=agriculture', acceptDownloads: true });
    const shown = await p.shownCount();
    const { name, bytes } = await download(p, 'CSV');
    assert.equal(name, '牡丹江市2024年政府工作报告-table-agriculture.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
    assert.equal(lines[0], 'city,level,report_year,review_year,report_id,source,id,sentence,sentence_text,raw,start,end,char_start,char_end,value,value_signed,value_high,unit,comparator,verb,period,status,status_label,direction,kind,kind_label,subject,subject_en,sector,sector_label,section');
    assert.equal(lines.length - 1, shown);
    assert.ok(lines.slice(1).every((l) => l.startsWith('牡丹江市,city,2024,2023,bbae3bcc2e4d,mudanjiang-2024-work-report.txt,') && l.includes(',agriculture,农业农村,')));
    // A row carries its sentence's text and its labels in the interface language.
    assert.ok(lines.includes('牡丹江市,city,2024,2023,bbae3bcc2e4d,mudanjiang-2024-work-report.txt,s8-1,s8,坚持“藏粮于地、藏粮于技”，实施黑土地保护工程，新建高标准农田38.2万亩、新增省级现代农业科技示范基地9个，采取“一喷多促”等措施有效应对洪涝灾害，粮食生产实现“二十连丰”。,38.2万亩,1578,1588,554,560,38.2,38.2,,万亩,,,2023,actual,实绩,,level,总量,新建高标准农田,New high-standard farmland,agriculture,农业农村,一、2023年工作回顾 > 二是农业发展稳中有进'));
    assert.deepEqual(p.foreignRequests().filter((u) => !u.startsWith('blob:')), []);
    await p.close();
  });

  test('JSON of the filtered rows, with the report metadata', async () => {
    const p = await open({ hash: '#view=table&q=%E9%A3%8E%E7%94%B5', acceptDownloads: true });
    const shown = await p.shownCount();
    const { bytes } = await download(p, 'JSON');
    const data = JSON.parse(bytes.toString('utf8'));
    assert.equal(data.meta.city, '牡丹江市');
    assert.equal(data.indicators.length, shown);
    assert.ok(data.indicators.every((i) => typeof i.value === 'number' && i.raw && i.subject));
    assert.ok(data.indicators.every((i) => i.sentence_text.includes('风电') && i.char_end - i.char_start === [...i.raw].length));
    await p.close();
  });

  test('a fall is negative and labels follow the interface language', async () => {
    const p = await open({ hash: '#view=table&q=%E5%9B%BA%E5%AE%9A%E8%B5%84%E4%BA%A7%E6%8A%95%E8%B5%84&lang=en', acceptDownloads: true });
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    const data = JSON.parse((await readFile(await file.path())).toString('utf8'));
    const fall = data.indicators.find((i) => i.id === 's6-3');
    assert.deepEqual(
      [fall.raw, fall.value, fall.value_signed, fall.direction, fall.status_label, fall.sector_label, fall.kind_label, fall.char_start, fall.char_end],
      ['3.5%', 3.5, -3.5, 'down', 'Estimate', 'Macroeconomy', 'Growth', 416, 420],
    );
    assert.match(fall.sentence_text, /^预计全市地区生产总值增长6%，规上工业增加值增长7%以上，固定资产投资下降3\.5%，/);
    await p.close();
  });
});
