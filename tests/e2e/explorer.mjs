// Shared e2e helpers: launching Debian's Chromium through playwright-core,
// the two ways to open the explorer, and a page object with intent methods.
import { chromium } from 'playwright-core';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(process.env.DIST ?? resolve(here, '../../dist'));
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

const EXCERPTS = ['city-dongchuan-2024', 'city-lanzhou-2021', 'city-ningchuan-2023', 'city-qingyu-2025', 'city-tongchuan-2022',
  'cityc-fengxi-2022', 'cityc-liutang-2023', 'county-shiqiao-2021', 'county-xiping-2025', 'district-jiangbin-2023'];

/** About `kb` KB of report text: the corpus excerpts one after another (the
 * opening test and bench/open.mjs time a report of this size). */
export function reportText(kb) {
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < kb * 1024; i++) {
    text += readFileSync(resolve(here, `../fixtures/corpus/${EXCERPTS[i % EXCERPTS.length]}.txt`), 'utf8') + '\n\n';
  }
  return text;
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
  static async open(browser, target, { hash = '', viewport = { width: 1280, height: 900 }, colorScheme = 'light', acceptDownloads = false } = {}) {
    const context = await browser.newContext({ viewport, colorScheme, acceptDownloads });
    const page = await context.newPage();
    const self = new ExplorerPage(page, context, target);
    await page.goto(target.url + hash);
    await page.getByRole('heading', { level: 1 }).waitFor();
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
  get views() { return this.page.getByRole('navigation', { name: /视图|Views/ }); }
  get filters() { return this.page.getByRole('complementary', { name: /筛选|Filters/ }); }
  get search() { return this.page.getByRole('searchbox'); }
  get table() { return this.page.getByRole('table').first(); }
  get record() { return this.page.getByRole('region', { name: /指标详情|Indicator record/ }); }
  section(name) { return this.outline.getByRole('button', { name, exact: true }); }
  sector(name) { return this.filters.getByRole('checkbox', { name: new RegExp(`^${name}\\s*\\d+$`) }); }

  async openSection(name) {
    await this.section(name).click();
  }

  async openView(name) {
    await this.views.getByRole('button', { name, exact: true }).click();
  }

  /** The text of every body row's cell in a column (1-based, as the table shows it). */
  async column(n) {
    return this.table.locator(`tbody tr td:nth-child(${n})`).allInnerTexts();
  }

  /** "显示 N / 共 M 项" → N. */
  async shownCount() {
    const text = await this.filters.getByText(/显示 \d+ \/ 共 \d+ 项|\d+ of \d+ shown/).textContent();
    return Number(text.match(/\d+/)[0]);
  }

  async hash() { return this.page.evaluate(() => decodeURIComponent(location.hash)); }

  /**
   * Waits until the view's whole first screen is there: the filter panel's
   * controls (they come a frame after the first paint), the fonts, and two
   * more frames so whatever those frames draw (charts) is on screen.
   */
  async settled() {
    await this.page.waitForFunction(() => !document.querySelector('.rx-filters[aria-busy="true"]'));
    await this.page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => {
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
    })));
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
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    });
  }

  async close() { await this.context.close(); }
}

/**
 * Runs `body(ctx)` as a describe block once per target, with a shared
 * browser; `ctx.open(options)` opens an ExplorerPage on that target.
 */
export async function forEachTarget(body) {
  const { before, after, describe } = await import('node:test');
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });
  for (const target of TARGETS) {
    describe(target.name, () => {
      let t;
      before(async () => { t = await target.start(); });
      after(async () => { await t.stop(); });
      body({
        target,
        open: (options) => ExplorerPage.open(browser, t, options),
      });
    });
  }
}
