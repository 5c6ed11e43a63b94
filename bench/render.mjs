// First meaningful render from file:// in headless Chromium: the time from
// navigation start to the `rx-table-painted` mark (set by the app in a task
// queued from the first animation frame after the indicator table renders,
// so after that frame's layout and paint), next to the
// same mark on a floor page: the report text as plain static HTML, which is
// the least any page showing this text can cost. App and floor loads
// alternate (app, floor, app, floor …) so machine noise hits both alike.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, median, min, max, spread, ms, row, readText, ratioInterval, ROOT } from './lib.mjs';

export const RATIO_BUDGET = 2.0;
const MARK = 'rx-table-painted';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the floor page into a temp dir; returns its file:// URL (same hash as the app's). */
export function writeFloor() {
  const text = readText(resolve(ROOT, 'assets/data/reports/mudanjiang-2024-work-report.txt'));
  const paragraphs = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escape(l)}</p>`);
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>floor</title>
<link rel="icon" href="data:," />
</head>
<body>
${paragraphs.join('\n')}
<script>requestAnimationFrame(() => setTimeout(() => performance.mark('${MARK}'), 0));</script>
</body>
</html>
`;
  const dir = mkdtempSync(join(tmpdir(), 'rx-bench-floor-'));
  const file = join(dir, 'floor.html');
  writeFileSync(file, html);
  return pathToFileURL(file).href + '#view=table';
}

// Resolves with the mark's time once the page sets it. Sent through the
// DevTools protocol as one plain expression: Playwright's own waiting
// (waitForFunction) injects its helper script and polls on every frame,
// work that would land in the middle of the app's start-up (which yields
// to the browser while it inflates its WebAssembly) and not the floor's.
const WAIT_FOR_MARK = `new Promise((resolve) => {
  const seen = () => {
    const m = performance.getEntriesByName('${MARK}')[0];
    if (m) resolve(m.startTime);
    return !!m;
  };
  if (!seen()) new PerformanceObserver(seen).observe({ type: 'mark' });
})`;

/** One load in a fresh context of `browser`: ms from navigation start to the mark, and FCP. */
async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${MARK} mark on ${url} within 60 s${errors.length ? `: ${errors.join('; ')}` : ''}`)), 60_000));
    const { result, exceptionDetails } = await Promise.race([
      cdp.send('Runtime.evaluate', { expression: WAIT_FOR_MARK, awaitPromise: true, returnByValue: true }),
      timeout,
    ]);
    if (exceptionDetails) throw new Error(`waiting for ${MARK} on ${url}: ${exceptionDetails.text}`);
    // FCP is reported at presentation, which can come after the mark.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000 }).catch(() => {});
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    return { mark: result.value, fcp };
  } finally {
    await context.close();
  }
}

/**
 * `loads` measured loads of each page, alternating, in one of two modes:
 * 'context' (one browser, a fresh context per load: no shared cache, but the
 * browser process and its compiled code stay warm) or 'browser' (a brand-new
 * Chromium per load: purer, but pays process start-up noise). One unmeasured
 * warm-up load of each first, so the first sample does not carry disk-cache
 * misses of the files and the browser binary.
 */
export async function measureRender(appUrl, floorUrl, { loads = 15, mode = 'context' } = {}) {
  const pages = [['app', appUrl], ['floor', floorUrl]];
  const out = { app: [], floor: [], appFcp: [], floorFcp: [] };
  let shared = mode === 'context' ? await launch() : null;
  try {
    for (let i = -1; i < loads; i++) {
      for (const [name, url] of pages) {
        const browser = shared ?? await launch();
        try {
          const { mark, fcp } = await loadOnce(browser, url);
          if (i >= 0) {
            out[name].push(mark);
            out[`${name}Fcp`].push(fcp);
          }
        } finally {
          if (!shared) await browser.close();
        }
      }
    }
  } finally {
    await shared?.close();
  }
  return out;
}

const stat = (v) => `median ${ms(median(v))} (min ${ms(min(v))}, max ${ms(max(v))}; IQR/median ${(spread(v) * 100).toFixed(0)}%)`;

/** Table rows for one mode; the ratio carries the budget only for the primary mode. */
export function renderRows(r, { mode, loads, primary }) {
  const how = mode === 'context' ? 'fresh context per load' : 'new browser per load';
  const ratio = median(r.app) / median(r.floor);
  const [lo, hi] = ratioInterval(r.app, r.floor);
  return [
    row('first render', `app, report-explorer.html#view=table, ${how}, n=${loads}`, stat(r.app)),
    row('first render', `floor, static HTML of the report text, ${how}, n=${loads}`, stat(r.floor)),
    row('first render', `first-contentful-paint, app / floor (medians; for reference, not the budget), ${how}`, `${ms(median(r.appFcp.filter(Number.isFinite)))} / ${ms(median(r.floorFcp.filter(Number.isFinite)))}`),
    row('first render', `ratio app / floor (medians), ${how}; 95% bootstrap interval over the ${loads} load pairs`,
      `${ratio.toFixed(2)} × (${ms(median(r.app))} / ${ms(median(r.floor))}); ${lo.toFixed(2)}–${hi.toFixed(2)} ×`,
      primary ? `≤ ${RATIO_BUDGET.toFixed(1)} ×` : `(info; ≤ ${RATIO_BUDGET.toFixed(1)} × on primary)`,
      primary ? ratio <= RATIO_BUDGET : undefined),
  ];
}
