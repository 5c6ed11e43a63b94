// Strict Content-Security-Policy: the served build, an in-page mount and the
// single file (with its own <meta> policy) run with zero violations.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, DIST } from './explorer.mjs';
import { serve } from './serve.mjs';

export const STRICT =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; connect-src 'none'";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens `url` recording CSP violations (from before any page script runs) and errors. */
async function open(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, errors, violations: () => page.evaluate(() => window.__violations) };
}

/** Uses the explorer the way a person would: every view, a filter, a record. */
async function exercise(page, scope = page) {
  await scope.getByRole('heading', { level: 1 }).waitFor();
  for (const view of ['表格', '图表', '原文', '概览']) {
    await scope.getByRole('navigation', { name: '视图' }).getByRole('button', { name: view, exact: true }).click();
  }
  await scope.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '图表', exact: true }).click();
  await scope.getByRole('checkbox', { name: /^农业农村\s*\d+$/ }).check();
  await scope.getByRole('img').first().waitFor();
  await scope.getByRole('button', { name: '显示为表格' }).first().click();
  await scope.getByRole('navigation', { name: '视图' }).getByRole('button', { name: '表格', exact: true }).click();
  await scope.getByRole('table').first().locator('tbody').getByRole('button').first().click();
  await scope.getByRole('region', { name: '指标详情' }).waitFor();
}

describe('strict CSP', () => {
  test('the served build works under the strict policy with zero violations', async () => {
    const server = await serve(DIST, { headers: { 'content-security-policy': STRICT } });
    const { page, errors, violations } = await open(server.url);
    await exercise(page);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
    await server.close();
  });

  test('an in-page mount works under the strict policy (adopted stylesheets, no inline style)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rx-csp-'));
    cpSync(resolve(import.meta.dirname, 'hosts'), dir, { recursive: true });
    cpSync(resolve(DIST, 'report-explorer.js'), join(dir, 'report-explorer.js'));
    const server = await serve(dir, { headers: { 'content-security-policy': STRICT } });
    const { page, errors, violations } = await open(server.url + 'mount.html');
    await exercise(page, page.locator('#second'));
    const padding = await page.locator('#second .rx').evaluate((el) => getComputedStyle(el).paddingTop);
    assert.notEqual(padding, '0px', 'the explorer styles applied inside the shadow root');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the single file carries its own policy and breaks none of it', async () => {
    const file = resolve(DIST, 'report-explorer.html');
    const html = readFileSync(file, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(meta, 'a CSP meta tag');
    assert.match(meta[1], /default-src 'none'/);
    assert.match(meta[1], /connect-src 'none'/);
    assert.doesNotMatch(meta[1], /unsafe-inline/);
    const { page, errors, violations } = await open(pathToFileURL(file).href);
    await exercise(page);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
