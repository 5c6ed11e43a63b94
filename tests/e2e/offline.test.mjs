// No network, ever: beyond loading itself the page requests nothing — no
// font, CDN, analytics, source map or favicon — while a person uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launch, DIST } from './explorer.mjs';
import { serve } from './serve.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function useEverything(page) {
  const nav = page.getByRole('navigation', { name: '视图' });
  for (const view of ['表格', '图表', '原文', '概览']) await nav.getByRole('button', { name: view, exact: true }).click();
  await nav.getByRole('button', { name: '图表', exact: true }).click();
  await page.getByRole('checkbox', { name: /^生态环保\s*\d+$/ }).check();
  await page.getByRole('searchbox').fill('万亩');
  await page.getByRole('img').first().hover();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Text', exact: true }).click();
  await page.getByRole('article').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))));
}

test('the single file requests nothing but itself', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const url = pathToFileURL(resolve(DIST, 'report-explorer.html')).href;
  await page.goto(url);
  await useEverything(page);
  assert.deepEqual(requests.map((u) => u.split('#')[0]).filter((u) => !u.startsWith('blob:')), [url]);
  assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)), []);
  await context.close();
});

test('the served build requests only its own three files', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(server.url);
  await useEverything(page);
  const files = [...new Set(requests.map((u) => u.split('#')[0]))].map((u) => u.replace(server.url, '/')).sort();
  assert.deepEqual(files, ['/', '/page.css', '/report-explorer.js']);
  await context.close();
  await server.close();
});
