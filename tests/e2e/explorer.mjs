// Shared e2e helpers: launching Debian's Chromium through playwright-core,
// the two ways to open the explorer, and a page object with intent methods.
import { chromium } from 'playwright-core';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../../dist');
export const SHOTS = resolve(here, 'shots');

// Flags that keep Chromium from calling out on this closed network.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/** The two ways users open the explorer; each test suite runs against both. */
export const TARGETS = [
  {
    name: 'served dist/',
    async start() {
      const server = await serve(DIST);
      return { url: server.url, local: (u) => u.startsWith(server.url), stop: server.close };
    },
  },
  {
    name: 'single file from file://',
    async start() {
      const url = pathToFileURL(resolve(DIST, 'report-explorer.html')).href;
      return { url, local: (u) => u.split('#')[0] === url, stop: async () => {} };
    },
  },
];

/** A browser page on the explorer that records requests and errors. */
export class ExplorerPage {
  static async open(browser, target, { hash = '', viewport = { width: 1280, height: 900 } } = {}) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const self = new ExplorerPage(page, context, target);
    await page.goto(target.url + hash);
    await self.outline.waitFor();
    return self;
  }

  constructor(page, context, target) {
    this.page = page;
    this.context = context;
    this.target = target;
    this.requests = [];
    this.errors = [];
    context.on('request', (r) => this.requests.push(r.url()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
  }

  get outline() { return this.page.getByRole('navigation', { name: '目录' }); }
  get reader() { return this.page.getByRole('article', { name: '报告原文' }); }
  section(name) { return this.outline.getByRole('button', { name, exact: true }); }

  async openSection(name) {
    await this.section(name).click();
  }

  /** Requests that went anywhere but the page's own origin (or its own file). */
  foreignRequests() {
    return this.requests.filter((u) => !this.target.local(u) && !u.startsWith('data:'));
  }

  async axeViolations() {
    const source = readFileSync(resolve(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await this.page.evaluate(source);
    return this.page.evaluate(async () => {
      const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    });
  }

  async close() { await this.context.close(); }
}
