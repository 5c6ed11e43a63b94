// The compare view (issue 16): two reports of one place opened from files,
// compared side by side; the 完成情况 of the consecutive pair; the panel
// zip, read back; axe; screenshots at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachTarget, SHOTS } from './explorer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const QINGYAN = [2023, 2024].map((y) => resolve(here, `../fixtures/compare/qingyan-${y}.txt`));
// A neighbouring place's report of the same year as qingyan-2024.
const BAIZE = resolve(here, '../fixtures/compare/baize-2024.txt');
// A report that, like qingyan-2024, gives its surveyed unemployment rate
// and sets no target for it.
const LINGBO = resolve(here, '../fixtures/corpus/city-lingbo-2024.txt');
// Enough reports for a matrix of 31 metrics (more than a page of 25).
const MANY = [...QINGYAN, BAIZE, ...['anlan-2025', 'dongchuan-2024', 'heyang-2021', 'lanzhou-2021', 'lingbo-2024', 'ningchuan-2023']
  .map((n) => resolve(here, `../fixtures/corpus/city-${n}.txt`))];

// Their compare columns, by place then year, six to a page.
const FIRST_SIX = ['东川市 · 2024年', '宁川市 · 2023年', '安澜市 · 2025年', '岚州市 · 2021年', '河阳市 · 2021年', '泠波市 · 2024年'];
const LAST_FOUR = ['牡丹江市 · 2024年', '白泽市 · 2024年', '青岩市 · 2023年', '青岩市 · 2024年'];

/** The files of a store-only zip, by name, as text. */
function unzip(bytes) {
  const files = {};
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    files[bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8')] = bytes.subarray(start, start + size).toString('utf8');
    at = start + size;
  }
  return files;
}

/** Opens the two Qingyan reports and the compare view of just them. */
async function compareQingyan(open, options = {}) {
  const p = await open({ acceptDownloads: true, ...options });
  await p.page.locator('input[type=file]').setInputFiles(QINGYAN);
  await p.page.waitForFunction(() => document.querySelectorAll('.rx-switcher option').length === 3);
  await p.openView('比较');
  const choose = p.page.getByRole('group', { name: /比较的报告/ });
  await choose.getByRole('checkbox', { name: /牡丹江/ }).uncheck();
  await p.page.waitForFunction(() => /cmp=[0-9a-f]{12},[0-9a-f]{12}(&|$)/.test(location.hash));
  return p;
}

/** Opens the MANY reports at desktop width and the compare view of all of them. */
async function compareMany(open, options = {}) {
  const p = await open({ viewport: { width: 1280, height: 900 }, ...options });
  await p.page.locator('input[type=file]').setInputFiles(MANY);
  await p.page.waitForFunction((n) => document.querySelectorAll('.rx-switcher option').length === n, MANY.length + 1);
  await p.openView('比较');
  return p;
}

/** A matrix's column heads as read, without their sort arrows. */
async function columnHeads(matrix) {
  return (await matrix.locator('thead th').allInnerTexts()).map((h) => h.replace(/[↕↑↓]/g, '').trim());
}

/** The focused element's accessible text: its aria-label, its label's text, or its own. */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return (a?.getAttribute('aria-label') ?? a?.closest('label')?.innerText ?? a?.innerText ?? '').trim();
});

/** The accessible description Chromium gives `locator`'s element. */
async function description(locator) {
  const page = locator.page();
  await locator.evaluate((e) => e.setAttribute('data-ax-probe', ''));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-ax-probe]' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0]?.description?.value ?? '';
  } finally {
    await locator.evaluate((e) => e.removeAttribute('data-ax-probe'));
    await cdp.detach();
  }
}

/** Presses Tab until the focus is on an element whose accessible text matches `pattern`. */
async function tabTo(page, pattern, most = 120) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** Clicks the first bar under the pointer, going down the chart (the
 * canvas says a bar is there with its cursor). */
async function clickFirstBar(p, canvas) {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  let found = false;
  for (let y = 2; y < box.height && !found; y += 3) {
    await p.page.mouse.move(box.x + box.width * 0.3, box.y + y);
    found = await canvas.evaluate((c) => c.style.cursor === 'pointer');
  }
  assert.ok(found, 'no bar under the pointer');
  await p.page.mouse.down();
  await p.page.mouse.up();
}

await forEachTarget(({ open, target }) => {
  test('GDP growth across the two reports, sortable, a cell opens its record', async () => {
    const p = await compareQingyan(open);
    const matrix = p.page.getByRole('table').first();
    const heads = await matrix.locator('thead th').allInnerTexts();
    assert.deepEqual(heads.map((h) => h.replace(/[↕↑↓]/g, '').trim()), ['指标', '青岩市 · 2023年', '青岩市 · 2024年']);
    const gdp = matrix.getByRole('row', { name: /^地区生产总值/ }).first();
    const cells = await gdp.locator('td').allInnerTexts();
    assert.match(cells[0], /实绩 2022年\s+4\.6%/);
    assert.match(cells[0], /目标 2023年\s+.*6%/);
    assert.match(cells[1], /预计 2023年\s+5\.8%/);
    assert.match(cells[1], /目标 2024年\s+.*5\.5%/);
    // Headline metrics first, in their fixed order.
    const first = await matrix.locator('tbody th').allInnerTexts();
    assert.deepEqual(first.slice(0, 3), ['地区生产总值', '一般公共预算收入', '固定资产投资']);
    // The chart of one metric across the reports: GDP first, then the one chosen.
    await p.page.getByRole('img', { name: '地区生产总值：各报告的结果与目标' }).waitFor();
    await p.page.getByRole('combobox', { name: '图表指标：' }).selectOption({ label: '固定资产投资' });
    await p.page.getByRole('img', { name: '固定资产投资：各报告的结果与目标' }).waitFor();
    // Sort by the 2023 report, largest first: 新签约亿元以上项目 (120个).
    const sort = matrix.getByRole('button', { name: '青岩市 · 2023年', exact: true });
    await sort.click();
    // Largest first reverses the 11 rows (each has a 2023 value): one row
    // stays where it is, ten are moved (not all eleven taken out and put back).
    await matrix.locator('tbody').evaluate((tbody) => {
      window.rxMoved = 0;
      new MutationObserver((records) => { for (const r of records) window.rxMoved += r.addedNodes.length; })
        .observe(tbody, { childList: true });
    });
    await sort.click();
    assert.equal(await matrix.locator('thead th').nth(1).getAttribute('aria-sort'), 'descending');
    assert.equal(await matrix.locator('tbody th').first().innerText(), '新签约亿元以上项目');
    assert.equal(await matrix.locator('tbody tr').count(), 11);
    assert.equal(await p.page.evaluate(() => window.rxMoved), 10);
    // The sort is in the link, by the report's id (not its column's place).
    const hash = await p.hash();
    const ids = hash.match(/cmp=([0-9a-f]{12}),([0-9a-f]{12})/).slice(1);
    const sorted = hash.match(/csort=-([0-9a-f]{12})/);
    assert.ok(sorted && ids.includes(sorted[1]), hash);
    // A value opens its record (and its report) without leaving the view.
    await gdp.getByRole('button', { name: /地区生产总值 青岩市 · 2024年 预计/ }).click();
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /5\.8%/);
    assert.match(await p.hash(), /view=compare/);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('three reports of two places: GDP growth across all three, 完成情况 only for the consecutive pair', async () => {
    const p = await open({});
    await p.page.locator('input[type=file]').setInputFiles([...QINGYAN, BAIZE]);
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-switcher option').length === 4);
    await p.openView('比较');
    const choose = p.page.getByRole('group', { name: /比较的报告/ });
    await choose.getByRole('checkbox', { name: /牡丹江/ }).uncheck();
    await p.page.waitForFunction(() => /cmp=([0-9a-f]{12},){2}[0-9a-f]{12}(&|$)/.test(location.hash));
    const matrix = p.page.getByRole('table').first();
    const heads = await matrix.locator('thead th').allInnerTexts();
    // Columns by place, then year.
    assert.deepEqual(heads.map((h) => h.replace(/[↕↑↓]/g, '').trim()), ['指标', '白泽市 · 2024年', '青岩市 · 2023年', '青岩市 · 2024年']);
    const gdp = matrix.getByRole('row', { name: /^地区生产总值/ }).first();
    const cells = await gdp.locator('td').allInnerTexts();
    assert.equal(cells.length, 3);
    assert.match(cells[0], /预计 2023年\s+6\.3%/);
    assert.match(cells[0], /目标 2024年\s+≥ 6%/);
    assert.match(cells[1], /实绩 2022年\s+4\.6%/);
    assert.match(cells[2], /预计 2023年\s+5\.8%/);
    // The chart of GDP growth: a result beside a target for each of the three.
    const chart = p.page.getByRole('img', { name: '地区生产总值：各报告的结果与目标' });
    await chart.waitFor();
    await p.page.getByRole('button', { name: '显示为表格：地区生产总值：各报告的结果与目标' }).click();
    const alternative = p.page.getByTestId('chart-table');
    assert.match(await alternative.innerText(), /白泽市 · 2024年[\s\S]*青岩市 · 2023年[\s\S]*青岩市 · 2024年/);
    // 完成情况: Qingyan 2023 → 2024 only; Baize has no consecutive report.
    const outcomes = p.page.getByRole('table', { name: /目标完成情况/ });
    assert.equal(await outcomes.count(), 1);
    assert.match(await outcomes.locator('caption').innerText(), /^青岩市 2023年目标完成情况/);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('keyboard only: choose reports, sort, open a value and close it, switch the chart metric', async () => {
    const p = await open({});
    await p.page.locator('input[type=file]').setInputFiles(QINGYAN);
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-switcher option').length === 3);
    await tabTo(p.page, /^比较$/);
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => location.hash.includes('view=compare'));
    // Choose: Space on the built-in report's box leaves the two Qingyan reports.
    await tabTo(p.page, /^牡丹江市/);
    await p.page.keyboard.press('Space');
    await p.page.waitForFunction(() => /cmp=[0-9a-f]{12},[0-9a-f]{12}(&|$)/.test(location.hash));
    const matrix = p.page.getByRole('table').first();
    assert.equal(await matrix.locator('thead th').count(), 3);
    // Sort: Enter twice on the 2023 column's header, largest first.
    await tabTo(p.page, /^青岩市 · 2023年/);
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-compare thead th')[1]?.getAttribute('aria-sort') === 'ascending');
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-compare thead th')[1]?.getAttribute('aria-sort') === 'descending');
    assert.equal(await matrix.locator('tbody th').first().innerText(), '新签约亿元以上项目');
    // A value: Enter opens its record, which takes the focus; Escape closes it
    // and the focus goes back to the value.
    await tabTo(p.page, /^新签约亿元以上项目 青岩市 · 2023年 目标 2023年 120个$/);
    await p.page.keyboard.press('Enter');
    await p.record.waitFor();
    await p.page.waitForFunction(() => document.activeElement?.closest('.rx-record'));
    assert.match(await p.record.innerText(), /120个/);
    await p.page.keyboard.press('Escape');
    await p.record.waitFor({ state: 'detached' });
    await p.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '新签约亿元以上项目 青岩市 · 2023年 目标 2023年 120个');
    // The chart's metric: the select, then the arrow key.
    await tabTo(p.page, /^图表指标/);
    await p.page.keyboard.press('ArrowDown');
    await p.page.getByRole('img', { name: '一般公共预算收入：各报告的结果与目标' }).waitFor();
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('a bar of the chart opens the record it stands for, by click and by key', async () => {
    const p = await compareQingyan(open);
    const canvas = p.page.getByRole('img', { name: '地区生产总值：各报告的结果与目标' });
    await canvas.waitFor();
    await clickFirstBar(p, canvas);
    await p.record.waitFor();
    // Bar 1: the 2023 report's result for 2022.
    assert.match(await p.record.innerText(), /4\.6%/);
    await p.record.getByRole('button', { name: '关闭' }).click();
    await p.record.waitFor({ state: 'detached' });
    // By key: the second bar (its 2023 target), then Enter.
    await canvas.focus();
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('Enter');
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /6%左右/);
    assert.match(await p.hash(), /view=compare/);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('the chart of a metric no report gives a target for draws its results', async () => {
    const p = await open({});
    await p.page.locator('input[type=file]').setInputFiles([QINGYAN[1], LINGBO]);
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-switcher option').length === 3);
    await p.openView('比较');
    await p.page.getByRole('group', { name: /比较的报告/ }).getByRole('checkbox', { name: /牡丹江/ }).uncheck();
    await p.page.waitForFunction(() => /cmp=[0-9a-f]{12},[0-9a-f]{12}(&|$)/.test(location.hash));
    await p.page.getByRole('combobox', { name: '图表指标：' }).selectOption({ label: '城镇调查失业率' });
    const canvas = p.page.getByRole('img', { name: '城镇调查失业率：各报告的结果与目标' });
    await canvas.waitFor();
    // Its words and its table: the two results, no targets, not 无数据.
    const description = await canvas.evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
    assert.equal(description, '各报告完成值条形图，共2份报告，均无目标值。');
    await p.page.getByRole('button', { name: '显示为表格：城镇调查失业率：各报告的结果与目标' }).click();
    const rows = await p.page.getByTestId('chart-table').locator('tr').allInnerTexts();
    assert.deepEqual(rows.map((r) => r.split('\t').map((c) => c.trim())), [
      ['指标', '领域', '完成值'],
      ['泠波市 · 2024年', '民生保障', '5.2%'],
      ['青岩市 · 2024年', '宏观经济', '5.1%'],
    ]);
    // The bars are drawn and clickable: the first opens 泠波's record.
    await clickFirstBar(p, canvas);
    await p.record.waitFor();
    assert.match(await p.record.innerText(), /5\.2%/);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('完成情况: the 2023 targets against the 2024 report, met and missed counted', async () => {
    const p = await compareQingyan(open);
    const outcomes = p.page.getByRole('table', { name: /青岩市 2023年目标完成情况/ });
    await outcomes.waitFor();
    assert.match(await outcomes.locator('caption').innerText(), /完成 6 · 超额完成 2 · 未完成 3 · 无法比较 0/);
    const row = async (name) => (await outcomes.getByRole('row', { name: new RegExp(`^${name}`) }).first().locator('td').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual((await row('地区生产总值')).slice(1), ['5.8%', '−0.2', '完成']);
    assert.deepEqual((await row('固定资产投资')).slice(1), ['−2.1%', '−12.1', '未完成']);
    assert.match(await p.page.getByText(/0\.5个百分点/).innerText(), /2%以内/);
    await p.close();
  });

  test('in English: headers, verdicts and the rule', async () => {
    const p = await compareQingyan(open);
    await p.page.getByRole('button', { name: 'English' }).click();
    await p.views.getByRole('button', { name: 'Compare', exact: true }).waitFor();
    const matrix = p.page.getByRole('table', { name: 'Comparison matrix', exact: true });
    assert.match(await matrix.locator('thead').innerText(), /Indicator[\s\S]*青岩市 · 2023[\s\S]*青岩市 · 2024/);
    assert.match(await matrix.locator('tbody th').first().innerText(), /^GDP$/);
    const outcomes = p.page.getByRole('table', { name: /青岩市: 2023 targets against outcomes/ });
    assert.match(await outcomes.locator('caption').innerText(), /Met 6 · Exceeded 2 · Missed 3 · Not comparable 0/);
    await p.page.getByText(/within 0\.5 percentage points for rates and 2% of the target/).waitFor();
    assert.match(await p.hash(), /lang=en/);
    await p.close();
  });

  test('the panel zip: every row of its CSV names its report', async () => {
    const p = await compareQingyan(open);
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: '下载数据面板（.zip）' }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'report-panel.zip');
    const files = unzip(await readFile(await file.path()));
    assert.deepEqual(Object.keys(files), ['README.txt', 'panel.csv', 'panel.json', 'outcomes.csv']);
    const lines = files['panel.csv'].replace(/^\ufeff/, '').trim().split('\r\n');
    assert.match(lines[0], /^city,level,report_year,review_year,report_id,/);
    assert.equal(lines.length, 1 + 16 + 14);
    for (const line of lines.slice(1)) assert.match(line, /^青岩市,city,202[34],202[23],[0-9a-f]{12},qingyan-202[34]\.txt,/);
    assert.match(files['outcomes.csv'], /地区生产总值/);
    await p.close();
  });

  test('the matrix as CSV: the rows as shown, each value in words', async () => {
    const p = await compareQingyan(open);
    const matrix = p.page.getByRole('table').first();
    const sort = matrix.getByRole('button', { name: '青岩市 · 2023年', exact: true });
    await sort.click();
    await sort.click();
    await p.page.waitForFunction(() => document.querySelector('.rx-compare tbody th')?.textContent === '新签约亿元以上项目');
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: '下载指标对照表（CSV）' }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'report-compare.csv');
    const text = await readFile(await file.path(), 'utf8');
    assert.ok(text.startsWith('\ufeff'));
    const lines = text.slice(1).trim().split('\r\n');
    assert.equal(lines.length, 1 + await matrix.locator('tbody tr').count());
    assert.equal(lines[0], '指标,青岩市 · 2023年,青岩市 · 2024年');
    assert.equal(lines[1], '新签约亿元以上项目,目标 2023年：120个,实绩 2023年：131个');
    assert.ok(lines.includes('地区生产总值,实绩 2022年：4.6%；目标 2023年：约6%,预计 2023年：5.8%；目标 2024年：约5.5%'), lines.join('\n'));
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), await matrix.locator('tbody th').allInnerTexts());
    await p.close();
  });

  test('a sector narrows the matrix, its chart metrics and its CSV, and is in the link', async () => {
    const p = await compareQingyan(open, { acceptDownloads: true });
    const matrix = p.page.getByRole('table').first();
    const metrics = p.page.getByRole('combobox', { name: '图表指标：' });
    const sectors = p.page.getByRole('group', { name: '领域', exact: true });
    // A count per sector of the matrix's 11 rows.
    assert.deepEqual(await sectors.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label').innerText.replace(/\s+/g, ' ').trim())),
      ['宏观经济 8', '农业农村 2', '招商项目 1']);
    await sectors.getByRole('checkbox', { name: /^农业农村/ }).check();
    await p.page.waitForFunction(() => location.hash.includes('sector=agriculture'));
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-matrix tbody tr').length === 2);
    assert.deepEqual(await matrix.locator('tbody th').allInnerTexts(), ['新建高标准农田', '粮食产量']);
    assert.deepEqual(await metrics.locator('option:not([hidden])').allInnerTexts(), ['新建高标准农田', '粮食产量']);
    // The chart's metric was GDP, now hidden: the first metric shown.
    await p.page.getByRole('img', { name: '新建高标准农田：各报告的结果与目标' }).waitFor();
    const [file] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: '下载所选领域的指标对照表（CSV）' }).click(),
    ]);
    const lines = (await readFile(await file.path(), 'utf8')).slice(1).trim().split('\r\n');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ['新建高标准农田', '粮食产量']);
    // The table view follows the same choice.
    await p.openView('表格');
    assert.equal(await p.page.getByRole('group', { name: '领域', exact: true }).getByRole('checkbox', { name: /^农业农村/ }).isChecked(), true);
    await p.openView('比较');
    await sectors.getByRole('checkbox', { name: /^农业农村/ }).uncheck();
    await p.page.waitForFunction(() => document.querySelectorAll('.rx-matrix tbody tr').length === 11);
    assert.equal(await metrics.locator('option:not([hidden])').count(), 11);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('more than 25 metrics: the matrix in pages, sorted before paging, by click and by key', async () => {
    const p = await compareMany(open);
    // Named for what it is; the rows it shows are its caption (its description).
    const matrix = p.page.getByRole('table', { name: '指标对比矩阵', exact: true });
    await matrix.waitFor();
    assert.equal(await matrix.locator('caption').innerText(), '第1–25行，共31行');
    assert.equal(await description(matrix), '第1–25行，共31行');
    const live = p.page.locator('.rx-more [aria-live=polite]').filter({ hasText: '行' });
    assert.equal(await live.innerText(), '第1–25行，共31行');
    const names = () => matrix.locator('tbody th').allInnerTexts();
    const page1 = await names();
    assert.equal(page1.length, 25);
    // Headline metrics first, as without pages; GDP in 亿元 and GDP growth
    // are two rows, named apart.
    assert.deepEqual(page1.slice(0, 2), ['地区生产总值（总量）', '地区生产总值（增速）']);
    const previous = p.page.getByRole('button', { name: '上一页', exact: true });
    const next = p.page.getByRole('button', { name: '下一页', exact: true });
    assert.equal(await previous.getAttribute('aria-disabled'), 'true');
    await next.click();
    const last = matrix.filter({ has: p.page.locator('caption', { hasText: '第26–31行，共31行' }) });
    await last.waitFor();
    assert.equal(await description(matrix), '第26–31行，共31行');
    assert.equal(await live.innerText(), '第26–31行，共31行');
    const page2 = await last.locator('tbody th').allInnerTexts();
    assert.equal(page2.length, 6);
    assert.equal(await next.getAttribute('aria-disabled'), 'true');
    assert.equal(await previous.getAttribute('aria-disabled'), null);
    // At the end, Next stays put.
    await next.press('Enter');
    assert.equal(await live.innerText(), '第26–31行，共31行');
    // A sort orders every row, then starts from the first page.
    await p.page.getByRole('button', { name: '指标', exact: true }).click();
    await matrix.waitFor();
    const sorted1 = await names();
    await next.click();
    await last.waitFor();
    const sorted = [...sorted1, ...await last.locator('tbody th').allInnerTexts()];
    assert.deepEqual(sorted, [...page1, ...page2].sort());
    // The keyboard: Enter on Previous and Next, the focus staying on the button.
    await tabTo(p.page, /^上一页$/);
    await p.page.keyboard.press('Enter');
    await matrix.waitFor();
    assert.equal(await focused(p.page), '上一页');
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.press('Enter');
    await last.waitFor();
    assert.equal(await focused(p.page), '下一页');
    await p.settled();
    assert.deepEqual(await p.axeViolations(), []);
    if (target.name.startsWith('served')) {
      await p.page.screenshot({ path: resolve(SHOTS, 'compare-pages-1280.png'), fullPage: true });
      await p.page.setViewportSize({ width: 360, height: 900 });
      await p.page.screenshot({ path: resolve(SHOTS, 'compare-pages-360.png'), fullPage: true });
    }
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('more than six reports: the report columns of the matrix in pages, the exports with all of them', async () => {
    const p = await compareMany(open, { acceptDownloads: true });
    const matrix = p.page.getByRole('table', { name: '指标对比矩阵', exact: true });
    await matrix.waitFor();
    const live = p.page.locator('.rx-more [aria-live=polite]').filter({ hasText: '份报告' });
    const heads = () => columnHeads(matrix);
    assert.equal(await live.innerText(), '第1–6份报告，共10份');
    assert.deepEqual(await heads(), ['指标', ...FIRST_SIX]);
    // Every row has a cell for each column shown, and no more.
    const widths = () => matrix.locator('tbody tr').evaluateAll((rows) => [...new Set(rows.map((r) => r.cells.length))]);
    assert.deepEqual(await widths(), [7]);
    const previous = p.page.getByRole('button', { name: '前几份报告', exact: true });
    const next = p.page.getByRole('button', { name: '后几份报告', exact: true });
    assert.equal(await previous.getAttribute('aria-disabled'), 'true');
    // By key: Enter on Next, the focus staying on it.
    await next.focus();
    await p.page.keyboard.press('Enter');
    await live.filter({ hasText: '第7–10份报告' }).waitFor();
    assert.equal(await live.innerText(), '第7–10份报告，共10份');
    assert.deepEqual(await heads(), ['指标', ...LAST_FOUR]);
    assert.deepEqual(await widths(), [5]);
    assert.equal(await focused(p.page), '后几份报告');
    assert.equal(await next.getAttribute('aria-disabled'), 'true');
    // A column of this page sorts (its header says so), the page stays.
    await matrix.getByRole('button', { name: LAST_FOUR[0], exact: true }).click();
    await matrix.locator('th[aria-sort=descending], th[aria-sort=ascending]').waitFor();
    assert.deepEqual(await heads(), ['指标', ...LAST_FOUR]);
    // The CSV has every report's column, whichever page is shown.
    const [download] = await Promise.all([
      p.page.waitForEvent('download'),
      p.page.getByRole('button', { name: '下载指标对照表（CSV）' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(csv.slice(1).split('\r\n')[0], ['指标', ...FIRST_SIX, ...LAST_FOUR].join(','));
    await p.settled();
    assert.deepEqual(await p.axeViolations(), []);
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('a report unticked or ticked again: the rows and cells shown that stay are kept, not written again', async () => {
    const p = await compareMany(open);
    const matrix = p.page.getByRole('table', { name: '指标对比矩阵', exact: true });
    await matrix.waitFor();
    const heads = () => columnHeads(matrix);
    const box = p.page.getByRole('group', { name: '比较的报告（至少两份）' }).getByRole('checkbox', { name: /^东川市 2024年/ });
    // Each row shown and its cells, marked (their column); then, for each
    // row shown after the change: its head, whether it was shown before
    // (the same element), and for each of its cells the column it had
    // (-1: a new cell).
    const mark = () => matrix.locator('tbody').evaluate((tbody) => {
      for (const r of tbody.rows) {
        r.rxShown = true;
        [...r.cells].forEach((c, k) => { c.rxColumn = k; });
      }
    });
    const kept = () => matrix.locator('tbody').evaluate((tbody) => [...tbody.rows]
      .map((r) => [r.cells[0].textContent, r.rxShown === true, [...r.cells].slice(1).map((c) => c.rxColumn ?? -1)]));
    await mark();
    // The first column's report unticked: each row keeps its cells of the
    // five columns that stay (then columns 2–6, now 1–5) and gains the
    // cell of the report that comes into the page (-1: a new cell).
    await box.uncheck();
    await p.page.waitForFunction(() => !document.querySelector('.rx-matrix thead').textContent.includes('东川市'));
    assert.deepEqual(await heads(), ['指标', ...FIRST_SIX.slice(1), LAST_FOUR[0]]);
    // Rows shown before keep their element; rows new to the page are new.
    const after = await kept();
    const stayed = after.filter(([, shown]) => shown);
    assert.ok(stayed.length >= 10, JSON.stringify(after));
    assert.deepEqual(stayed.map(([, , cells]) => cells), stayed.map(() => [2, 3, 4, 5, 6, -1]));
    assert.deepEqual(after.filter(([, shown]) => !shown).map(([, , cells]) => cells), after.filter(([, shown]) => !shown).map(() => [-1, -1, -1, -1, -1, -1]));
    // Ticked again: the same rows, each its five cells again, the first
    // column's cell new.
    await mark();
    await box.check();
    await p.page.waitForFunction(() => document.querySelector('.rx-matrix thead').textContent.includes('东川市'));
    assert.deepEqual(await heads(), ['指标', ...FIRST_SIX]);
    const again = await kept();
    const back = again.filter(([, shown]) => shown);
    assert.ok(back.length >= 10, JSON.stringify(again));
    assert.deepEqual(back.map(([, , cells]) => cells), back.map(() => [-1, 1, 2, 3, 4, 5]));
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('axe-clean at 360 and 1280 px, in Chinese and English (screenshots)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [360, 1280]) {
      const p = await compareQingyan(open, { viewport: { width, height: 900 } });
      await p.settled();
      assert.deepEqual(await p.axeViolations(), []);
      if (target.name.startsWith('served')) await p.page.screenshot({ path: resolve(SHOTS, `compare-${width}.png`), fullPage: true });
      await p.page.getByRole('button', { name: 'English' }).click();
      await p.page.getByRole('heading', { name: 'Metrics side by side' }).waitFor();
      await p.settled();
      assert.deepEqual(await p.axeViolations(), []);
      // Nothing but the matrix (in its own scroller) is wider than the window.
      assert.equal(await p.page.evaluate(() => document.documentElement.scrollWidth), width);
      if (target.name.startsWith('served')) await p.page.screenshot({ path: resolve(SHOTS, `compare-${width}-en.png`), fullPage: true });
      await p.close();
    }
  });
});
