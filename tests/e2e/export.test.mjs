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
    assert.match(lines[0], /^id,sentence,raw,start,end,value,unit,comparator,period,status,direction,kind,subject,subject_en,sector,section$/);
    assert.equal(lines.length - 1, shown);
    assert.ok(lines.slice(1).every((l) => l.includes(',agriculture,')));
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
    await p.close();
  });
});
