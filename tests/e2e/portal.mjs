// Host pages (tests/e2e/hosts/) in a folder like a portal's, beside the two
// artifacts, opened both from a local server and from file://.
import { before, after, describe } from 'node:test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, DIST } from './explorer.mjs';
import { serve } from './serve.mjs';

function portal() {
  const dir = mkdtempSync(join(tmpdir(), 'rx-portal-'));
  cpSync(resolve(import.meta.dirname, 'hosts'), dir, { recursive: true });
  for (const f of ['report-explorer.js', 'report-explorer.html']) cpSync(resolve(DIST, f), join(dir, f));
  return dir;
}

const ORIGINS = [
  { name: 'served', start: async (dir) => { const s = await serve(dir); return { base: s.url, stop: s.close }; } },
  { name: 'file', start: async (dir) => ({ base: pathToFileURL(dir).href + '/', stop: async () => {} }) },
];

/**
 * Runs `body(ctx)` as a describe block per origin. `ctx.host(name, options)`
 * opens a host page in a fresh context and resolves to { page, context,
 * errors, warnings, requests }; `ctx.origin` is 'served' or 'file'.
 */
export function forEachOrigin(body) {
  let browser;
  let dir;
  before(async () => { browser = await launch(); dir = portal(); });
  after(async () => { await browser?.close(); rmSync(dir, { recursive: true, force: true }); });
  for (const origin of ORIGINS) {
    describe(`embedded, ${origin.name}`, () => {
      let o;
      before(async () => { o = await origin.start(dir); });
      after(async () => { await o.stop(); });
      body({
        origin: origin.name,
        async host(name, { viewport = { width: 1280, height: 900 }, acceptDownloads = false } = {}) {
          const context = await browser.newContext({ viewport, acceptDownloads });
          const page = await context.newPage();
          const errors = [];
          const warnings = [];
          const requests = [];
          page.on('pageerror', (e) => errors.push(String(e)));
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(m.text());
            if (m.type() === 'warning') warnings.push(m.text());
          });
          context.on('request', (r) => requests.push(r.url()));
          await page.goto(o.base + name);
          return { page, context, errors, warnings, requests };
        },
      });
    });
  }
}
