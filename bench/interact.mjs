// Interaction latency, measured inside the page: t0 = performance.now() right
// before a click or keystroke is dispatched from page.evaluate, t1 after
// `await setTimeout(0)`. Yew renders on microtasks queued by the event
// handler, and chart panels draw their canvas in a use_effect run by the
// same scheduler pass, so by the time a zero-delay timer fires the DOM (and
// the canvas) are up to date. That claim is checked on every sample rather
// than assumed: the filter count text must have changed (clicks), and a
// MutationObserver plus counters on canvas drawing calls, started at t1,
// must see nothing more happen over the next two frames. t2 additionally
// forces style and layout (what the browser must do before it can paint),
// reported beside it for information.
import { launch, median, quantile, max, ms, row, layoutCalibration, calibrations, calibrationRow } from './lib.mjs';

export const BUDGETS = { embedded: 16, x100: 100 }; // p95, ms

// Counts canvas drawing calls and remembers when the last one happened, so a
// draw after t1 (e.g. a ResizeObserver redraw in the next frame) is caught.
// Wraps prototype methods; the app's calls go through them whatever closure
// the glue keeps.
const CANVAS_PROBE = () => {
  window.__rxDraws = 0;
  window.__rxLastDraw = 0;
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fillRect', 'strokeRect', 'clearRect', 'fill', 'stroke', 'fillText', 'strokeText', 'drawImage', 'putImageData']) {
    const original = proto[name];
    proto[name] = function (...args) {
      window.__rxDraws++;
      window.__rxLastDraw = performance.now();
      return original.apply(this, args);
    };
  }
};

/** Opens `url` (a report-explorer.html#view=…) in a fresh context and waits until it is usable. */
export async function openSession(browser, url, { initScripts = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(CANVAS_PROBE);
  for (const s of initScripts) await context.addInitScript(s);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const filters = page.getByRole('complementary', { name: '筛选' });
  await filters.getByText(/显示 \d+ \/ 共 \d+ 项/).waitFor({ timeout: 120_000 });
  if (url.includes('view=chart')) await page.getByRole('img').first().waitFor();
  else await page.getByRole('table').first().waitFor();
  // Sector checkboxes with something behind them (an empty one would not change the count).
  const group = filters.getByRole('group', { name: '领域' });
  const boxes = [];
  for (const box of await group.getByRole('checkbox').all()) {
    const name = (await box.evaluate((el) => el.closest('label').textContent)).trim();
    if (/^\S+\s*[1-9]\d*$/.test(name)) boxes.push(await box.elementHandle());
  }
  if (boxes.length === 0) throw new Error(`no sector checkbox on ${url}`);
  return {
    page, context, errors, boxes,
    aside: await filters.elementHandle(),
    search: await page.getByRole('searchbox').elementHandle(),
    close: () => context.close(),
  };
}

// Runs in the page. Dispatches one interaction and times it (see the top of the file).
async function measureInPage([target, aside, action]) {
  const countText = () => aside.querySelector('.rx-count')?.textContent ?? '';
  const before = countText();
  const drawsBefore = window.__rxDraws;
  const t0 = performance.now();
  if (action.kind === 'click') {
    target.click();
  } else {
    target.value = action.value;
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: action.inputType, data: action.data }));
  }
  await new Promise((r) => setTimeout(r, 0));
  const t1 = performance.now();
  document.body.getBoundingClientRect(); // forces style + layout
  const t2 = performance.now();
  const drawsAtT1 = window.__rxDraws;
  let late = 0;
  const observer = new MutationObserver((records) => { late += records.length; });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 20));
  observer.disconnect();
  const lateDraws = window.__rxDraws - drawsAtT1;
  return {
    dom: t1 - t0,
    layout: t2 - t0,
    changed: countText() !== before,
    draws: drawsAtT1 - drawsBefore,
    late,
    lateDraws,
    lastDraw: lateDraws > 0 ? window.__rxLastDraw - t0 : null,
  };
}

/** `n` sector-checkbox clicks, in rotation through the non-empty sectors. */
export function clicks(n) {
  return Array.from({ length: n }, (_, i) => ({ kind: 'click', box: i }));
}

/**
 * `n` keystrokes into the search box: type 风电项目 one character at a time
 * and erase it again, then 万亩 the same way, and so on. Each step is one
 * input event carrying the box's new value, as typing would.
 */
export function keystrokes(n) {
  const steps = [];
  while (steps.length < n) {
    for (const word of ['风电项目', '万亩']) {
      const chars = [...word];
      for (let i = 1; i <= chars.length; i++) steps.push({ kind: 'key', value: chars.slice(0, i).join(''), inputType: 'insertText', data: chars[i - 1] });
      for (let i = chars.length - 1; i >= 0; i--) steps.push({ kind: 'key', value: chars.slice(0, i).join(''), inputType: 'deleteContentBackward', data: null });
    }
  }
  return steps.slice(0, n);
}

export async function step(session, action) {
  const target = action.kind === 'click' ? session.boxes[action.box % session.boxes.length] : session.search;
  return session.page.evaluate(measureInPage, [target, session.aside, action]);
}

/**
 * Latency of `n` clicks and `n` keystrokes on `url` (one build) in one view,
 * each kind on a fresh page so one does not start from the other's filters.
 * A few unmeasured interactions first let V8 tier up the glue; the very
 * first is reported on its own (it pays for whatever is built on first use).
 */
export async function measureInteractions(url, view, n = 50, warmup = 4) {
  const browser = await launch();
  const results = {};
  try {
    for (const [kind, actions] of [['click', clicks(n + warmup)], ['key', keystrokes(n + warmup)]]) {
      const session = await openSession(browser, `${url}#view=${view}`);
      try {
        const samples = [];
        for (const action of actions) samples.push(await step(session, action));
        if (session.errors.length) throw new Error(`page errors: ${session.errors.join('; ')}`);
        results[kind] = samples.slice(warmup);
        results[kind].first = samples[0];
      } finally {
        await session.close();
      }
    }
    results.calibration = await layoutCalibration(browser);
  } finally {
    await browser.close();
  }
  return results;
}

const KIND = { click: 'sector clicks', key: 'search keystrokes' };

/** Rows for one build and view: latency with its budget, then the checks behind it. */
export function interactionRows(results, { build, view, budget }) {
  const rows = [];
  const { calibration, ...kinds } = results;
  rows.push(calibrationRow(`${build}, ${view} view`, calibration));
  for (const [kind, s] of Object.entries(kinds)) {
    const dom = s.map((x) => x.dom);
    const layout = s.map((x) => x.layout);
    const p95 = quantile(dom, 0.95);
    const what = `${build}, ${view} view, ${s.length} ${KIND[kind]}`;
    rows.push(row('interaction', `${what}: to DOM updated (median / p95 / max)`,
      `${ms(median(dom))} / ${ms(p95)} / ${ms(max(dom))}; p95 = ${calibrations(p95, calibration)}`, `p95 ≤ ${budget} ms`, p95 <= budget));
    rows.push(row('interaction', `${what}: + forced style/layout (median / p95)`, `${ms(median(layout))} / ${ms(quantile(layout, 0.95))}`));
    if (s.first) rows.push(row('interaction', `${what}: the first one after load (a warm-up, not in the figures above)`, ms(s.first.dom)));
    const changed = s.filter((x) => x.changed).length;
    const late = s.filter((x) => x.late > 0).length;
    const lateDraws = s.filter((x) => x.lateDraws > 0);
    const drew = s.filter((x) => x.draws > 0).length;
    let check = `count text changed ${changed}/${s.length}; DOM mutations after t1: ${late}/${s.length}`;
    if (view === 'chart') {
      check += `; canvas drawn before t1: ${drew}/${s.length}; canvas drawn after t1: ${lateDraws.length}/${s.length}`;
      if (lateDraws.length) check += ` (last late draw median ${ms(median(lateDraws.map((x) => x.lastDraw)))} after t0)`;
    }
    rows.push(row('interaction', `${what}: checks`, check));
  }
  return rows;
}
