// A build with a collection of reports (issue 16): the compare fixtures
// (two Qingyan reports and a Baize one) built in (REPORT_EXPLORER_REPORTS=tests/fixtures/compare, which
// tools/test.sh builds into target/e2e-collection/). With no link, the
// single file opens on comparing them: both listed as built-in, the
// 完成情况 table of the pair, from file:// with no request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './explorer.mjs';

const BUILD = resolve(import.meta.dirname, '../../target/e2e-collection/report-explorer.html');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a collection build opens on comparing its built-in reports', { skip: !existsSync(BUILD) && 'no collection build (tools/test.sh makes it)' }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(BUILD).href);

  const tab = page.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '比较' });
  await page.waitForFunction(() => document.querySelector('nav[aria-label="视图"] [aria-current="page"]')?.textContent.trim() === '比较');
  assert.equal(await tab.getAttribute('aria-current'), 'page');
  const choose = page.getByRole('group', { name: /比较的报告/ });
  await choose.getByRole('checkbox', { name: /青岩市 2024年/ }).waitFor();
  await choose.getByRole('checkbox', { name: /白泽市 2024年/ }).waitFor();
  assert.equal(await choose.getByRole('checkbox').count(), 3);
  assert.equal(await choose.getByRole('checkbox', { checked: true }).count(), 3);
  const options = await page.locator('.rx-switcher option').allInnerTexts();
  assert.equal(options.length, 3);
  assert.ok(options.every((o) => o.includes('内置')), options.join(' | '));

  const outcomes = page.getByRole('table', { name: /青岩市 2023年目标完成情况/ });
  assert.match(await outcomes.locator('caption').innerText(), /完成 6 · 超额完成 2 · 未完成 3 · 无法比较 0/);
  // Baize 2024 has no consecutive report: one 完成情况 table only.
  assert.equal(await page.getByRole('table', { name: /目标完成情况/ }).count(), 1);
  assert.match(page.url(), /view=compare/);
  assert.deepEqual(errors, []);
  assert.ok(requests.every((u) => u.startsWith('file:') || u.startsWith('data:')), requests.join('\n'));
  await context.close();
});

test('a link with the compare sort opens sorted', { skip: !existsSync(BUILD) && 'no collection build (tools/test.sh makes it)' }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = pathToFileURL(BUILD).href;
  await page.goto(url);
  const matrix = page.getByRole('table').first();
  const header = (name) => matrix.locator('thead th').filter({ has: page.getByRole('button', { name, exact: true }) });
  await header('青岩市 · 2023年').waitFor();
  await header('青岩市 · 2023年').getByRole('button').click();
  await page.waitForFunction(() => /csort=[0-9a-f]{12}(&|$)/.test(location.hash));
  const link = page.url().replace(/csort=/, 'csort=-');
  // A fresh page on the link: sorted by the 2023 report, largest first.
  const opened = await context.newPage();
  opened.on('pageerror', (e) => errors.push(String(e)));
  await opened.goto(link);
  const sortedMatrix = opened.getByRole('table').first();
  const sorted = sortedMatrix.locator('thead th').filter({ has: opened.getByRole('button', { name: '青岩市 · 2023年', exact: true }) });
  await opened.waitForFunction(() => document.querySelector('.rx-compare thead th[aria-sort]'));
  assert.equal(await sorted.getAttribute('aria-sort'), 'descending');
  assert.equal(await sortedMatrix.locator('tbody th').first().innerText(), '新签约亿元以上项目');
  assert.equal(await sortedMatrix.locator('thead th[aria-sort]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
