// First render from file:// in headless Chromium, of the default view (no
// hash, as a double-click opens the file): the time from navigation start
// to two marks the page sets, each in a task queued from the first
// animation frame after its content is in the DOM (so after that frame's
// layout and paint):
//   - `rx-frame-painted`, the prerendered first frame (tools/prerender.mjs):
//     the first render the user sees, and the budget's measure;
//   - `rx-app-painted`, the live app's first render (src/ui/app.rs), for
//     the record.
// A build without a frame, or a load where the app replaced the frame
// before the browser painted it, sets only the second: its first render
// is then the app's. Next to them, the same kind of mark on a floor page:
// the report text as plain static HTML, the least any page showing this
// text can cost. Loads alternate (app, floor, app, floor …) so machine
// noise hits both alike.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, median, min, max, spread, ms, row, readText, ratioInterval, ROOT } from './lib.mjs';

export const RATIO_BUDGET = 2.0;
export const FRAME_MARK = 'rx-frame-painted';
export const APP_MARK = 'rx-app-painted';
export const FLOOR_MARK = 'rx-floor-painted';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the floor page into a temp dir; returns its file:// URL. */
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
<script>requestAnimationFrame(() => setTimeout(() => performance.mark('${FLOOR_MARK}'), 0));</script>
</body>
</html>
`;
  const dir = mkdtempSync(join(tmpdir(), 'rx-bench-floor-'));
  const file = join(dir, 'floor.html');
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

// Resolves with the marks' times once the page sets `done` (which comes
// last). Sent through the DevTools protocol as one plain expression:
// Playwright's own waiting (waitForFunction) injects its helper script and
// polls on every frame, work that would land in the middle of the app's
// start-up (which yields to the browser while it decodes its WebAssembly)
// and not the floor's.
const waitForMarks = (done) => `new Promise((resolve) => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const seen = () => {
    const t = at(${JSON.stringify(done)});
    if (t !== null) resolve({ done: t, frame: at(${JSON.stringify(FRAME_MARK)}) });
    return t !== null;
  };
  if (!seen()) new PerformanceObserver(seen).observe({ type: 'mark' });
})`;

/**
 * One load in a fresh context of `browser`, waiting for the mark `done`:
 * ms from navigation start to the first render (the frame's mark, else
 * `done`'s), to `done`, and FCP; and whether the frame's mark was set.
 */
async function loadOnce(browser, url, done) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${done} mark on ${url} within 60 s${errors.length ? `: ${errors.join('; ')}` : ''}`)), 60_000));
    const { result, exceptionDetails } = await Promise.race([
      cdp.send('Runtime.evaluate', { expression: waitForMarks(done), awaitPromise: true, returnByValue: true }),
      timeout,
    ]);
    if (exceptionDetails) throw new Error(`waiting for ${done} on ${url}: ${exceptionDetails.text}`);
    // FCP is reported at presentation, which can come after the mark.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000 }).catch(() => {});
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const { frame, done: live } = result.value;
    return { first: frame ?? live, live, framed: frame !== null, fcp };
  } finally {
    await context.close();
  }
}

/**
 * `loads` measured loads of each of `pages` ({name, url, done}: the mark
 * that ends a load), alternating, in one of two modes: 'context' (one
 * browser, a fresh context per load: no shared cache, but the browser
 * process and its compiled code stay warm) or 'browser' (a brand-new
 * Chromium per load: purer, but pays process start-up noise). One
 * unmeasured warm-up load of each first, so the first sample does not carry
 * disk-cache misses of the files and the browser binary. Returns, by page
 * name, {first, live, fcp} (ms, one per load) and `framed` (how many loads
 * set the frame's mark).
 */
export async function measureRender(pages, { loads = 15, mode = 'context' } = {}) {
  const out = Object.fromEntries(pages.map((p) => [p.name, { first: [], live: [], fcp: [], framed: 0 }]));
  const shared = mode === 'context' ? await launch() : null;
  try {
    for (let i = -1; i < loads; i++) {
      for (const { name, url, done } of pages) {
        const browser = shared ?? await launch();
        try {
          const load = await loadOnce(browser, url, done);
          if (i >= 0) {
            for (const k of ['first', 'live', 'fcp']) out[name][k].push(load[k]);
            out[name].framed += load.framed ? 1 : 0;
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

/** The app's single file (default view) against the floor. */
export function appAndFloor(appUrl, floorUrl) {
  return [{ name: 'app', url: appUrl, done: APP_MARK }, { name: 'floor', url: floorUrl, done: FLOOR_MARK }];
}

const stat = (v) => `median ${ms(median(v))} (min ${ms(min(v))}, max ${ms(max(v))}; IQR/median ${(spread(v) * 100).toFixed(0)}%)`;

/** Table rows for one mode; the ratio carries the budget only for the primary mode. */
export function renderRows(r, { mode, loads, primary }) {
  const how = mode === 'context' ? 'fresh context per load' : 'new browser per load';
  const { app, floor } = r;
  const ratio = (a) => {
    const [lo, hi] = ratioInterval(a, floor.first);
    return [median(a) / median(floor.first), `(${ms(median(a))} / ${ms(median(floor.first))}); ${lo.toFixed(2)}–${hi.toFixed(2)} ×`];
  };
  const [first, firstText] = ratio(app.first);
  const [live, liveText] = ratio(app.live);
  return [
    row('first render', `app, report-explorer.html (default view), first frame painted (${FRAME_MARK}; in ${app.framed} of ${loads} loads, else ${APP_MARK}), ${how}, n=${loads}`, stat(app.first)),
    row('first render', `app, the live app painted (${APP_MARK}), ${how}`, stat(app.live)),
    row('first render', `floor, static HTML of the report text, ${how}, n=${loads}`, stat(floor.first)),
    row('first render', `first-contentful-paint, app / floor (medians; for reference, not the budget), ${how}`, `${ms(median(app.fcp.filter(Number.isFinite)))} / ${ms(median(floor.fcp.filter(Number.isFinite)))}`),
    row('first render', `ratio first frame / floor (medians), ${how}; 95% bootstrap interval over the ${loads} load pairs`,
      `${first.toFixed(2)} × ${firstText}`,
      primary ? `≤ ${RATIO_BUDGET.toFixed(1)} ×` : `(info; ≤ ${RATIO_BUDGET.toFixed(1)} × on primary)`,
      primary ? first <= RATIO_BUDGET : undefined),
    row('first render', `ratio live app / floor (medians, for the record), ${how}`, `${live.toFixed(2)} × ${liveText}`),
  ];
}
