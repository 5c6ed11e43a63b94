// The single file's first frame, prerendered: opens the single file the
// build has just written (tools/singlefile.py runs this) from file:// in
// Chromium, with no hash (the default view, in Chinese: the language comes
// from the hash alone, never from the browser), and takes the explorer's
// markup as the app painted it in its first frame. Made static (see
// `sanitize`), the single file carries it inside <main> until the app
// replaces it, so the page shows its first screen before the wasm has even
// been decoded.
//
//   node tools/prerender.mjs dist/report-explorer.html
//
// Prints {"markup": "…", "css": "…"} (the frame's CSS: see `frameCss`).
// Exit status 3 when Node's packages (tests/e2e: playwright-core) or
// Chromium are missing, which the build notes and goes on without a frame.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the capture looks: the benchmark's and the e2e tests' window. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Makes `root`'s content a static frame, in place (a detached copy of the
 * explorer's DOM, in the page: run through `page.evaluate`, so it uses no
 * name from outside itself). Goes: every id and reference to one; style
 * attributes (the strict CSP of the single file blocks them, and they hold
 * sizes measured on the capturing machine); event handler attributes,
 * tabindex and autofocus (the frame is inert: nothing in it takes focus);
 * accessible names and descriptions (the frame is aria-hidden: nothing
 * reads them, and the overview's value buttons each carry one); test ids
 * (a test must only ever find the live app); comments. Each
 * <canvas> becomes an empty <div class="rx-chart-canvas rx-frame-chart-N">
 * (N counts from 0 in document order): its drawing is the wasm's, its
 * height the frame's CSS (`frameCss`). State attributes the stylesheets
 * read (aria-pressed, aria-sort, aria-current, hidden …) stay. Returns how
 * many charts it found.
 */
export function sanitize(root) {
  // Attributes that name another element by its id.
  const references = new Set([
    'id', 'for', 'headers', 'form', 'list', 'popovertarget', 'anchor',
    'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details',
    'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns',
  ]);
  const unread = new Set(['aria-label', 'aria-description', 'aria-roledescription']);
  const drop = (name) => references.has(name) || unread.has(name) || name === 'style'
    || name === 'tabindex' || name === 'autofocus' || name === 'data-testid' || name.startsWith('on');
  let charts = 0;
  for (const canvas of [...root.querySelectorAll('canvas')]) {
    const box = canvas.ownerDocument.createElement('div');
    box.className = `rx-chart-canvas rx-frame-chart-${charts++}`;
    canvas.replaceWith(box);
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of el.getAttributeNames()) {
      if (drop(name.toLowerCase())) el.removeAttribute(name);
    }
  }
  const comments = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const c of found) c.remove();
  return charts;
}

/**
 * The frame's CSS. Without scripts it is not shown: it stands in for an
 * app that will not come, and the page's <noscript> says why. Each chart's
 * box is as high as the app draws it, for the widths it was measured at:
 * `heights[n]` is a list of [viewport width, CSS px] for chart n, widths
 * ascending; a height holds from its width up (the first also below it),
 * so a change is one `min-width` rule.
 */
export function frameCss(heights) {
  const rules = ['@media (scripting:none){.rx-frame{display:none}}'];
  // The ground the app's charts are drawn on, so the box does not change
  // colour when the drawing arrives.
  if (heights.length) rules.push('.rx-frame .rx-chart-canvas{background:var(--rx-bg)}');
  heights.forEach((steps, n) => {
    const rule = (h) => `.rx-frame .rx-frame-chart-${n}{height:${h}px}`;
    steps.forEach(([width, h], i) => {
      if (i === 0) rules.push(rule(h));
      else if (h !== steps[i - 1][1]) rules.push(`@media (min-width:${width}px){${rule(h)}}`);
    });
  });
  return rules.join('');
}

// Widths the charts' heights are read at (a chart's legend wraps onto more
// lines when narrow): phones to wide screens; where two neighbours differ,
// halving finds the exact width of the change.
const PROBES = [320, 360, 400, 480, 560, 640, 720, 768, 800, 900, 1024, 1152, 1280, 1440, 1600, 1920, 2560];

class Missing extends Error {}

async function browser() {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new Missing(`Chromium is not installed at ${chromiumPath} (bash tools/setup.sh installs it)`);
  let launch;
  try {
    ({ launch } = await import('../tests/e2e/explorer.mjs'));
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw new Missing('playwright-core is not installed (bash tools/setup.sh installs it in tests/e2e)');
    throw e;
  }
  return launch();
}

/** The canvases' CSS heights in the live app, once the frames after a resize are painted. */
async function canvasHeights(page) {
  return page.evaluate(() => new Promise((done) => {
    // A resize reaches the charts through a ResizeObserver, which runs in
    // the next frame's rendering; they are redrawn in that frame, so after
    // the one after it the heights are final.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(
      [...document.querySelectorAll('#report-explorer canvas')].map((c) => parseFloat(c.style.height)),
    ))));
  }));
}

async function heightsByWidth(page, charts) {
  const at = new Map();
  const measure = async (width) => {
    if (!at.has(width)) {
      await page.setViewportSize({ width, height: VIEWPORT.height });
      const h = await canvasHeights(page);
      if (h.length !== charts || h.some((v) => !Number.isFinite(v))) {
        throw new Error(`at ${width} px the app shows ${h.length} drawn charts (heights ${h.join(', ')}), not ${charts}`);
      }
      at.set(width, h);
    }
    return at.get(width);
  };
  const same = (a, b) => a.every((v, i) => v === b[i]);
  // Halves every stretch whose ends differ down to the width of the change.
  const refine = async (lo, hi) => {
    if (hi - lo <= 1 || same(await measure(lo), await measure(hi))) return;
    const mid = (lo + hi) >> 1;
    await refine(lo, mid);
    await refine(mid, hi);
  };
  for (const w of PROBES) await measure(w);
  for (let i = 1; i < PROBES.length; i++) await refine(PROBES[i - 1], PROBES[i]);
  const widths = [...at.keys()].sort((a, b) => a - b);
  return Array.from({ length: charts }, (_, n) => widths.map((w) => [w, at.get(w)[n]]));
}

/** {markup, css} of the first frame of the single file at `file`. */
export async function prerender(file) {
  const b = await browser();
  try {
    const context = await b.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // A copy of the explorer's DOM in the first animation frame after the
    // app's first render: what that frame paints (the app draws its charts
    // and sizes them in the same task as the render).
    await page.addInitScript(() => {
      // A form control's state is a property the app set, which a copy of
      // the element may not carry and markup never does: written out as
      // attributes on the copy, or the frame would show the defaults.
      const copy = (root) => {
        const clone = root.cloneNode(true);
        const controls = (el) => el.querySelectorAll('input, textarea, option');
        const live = controls(root);
        controls(clone).forEach((el, i) => {
          const from = live[i];
          if (el.localName === 'option') el.toggleAttribute('selected', from.selected);
          else if (el.localName === 'textarea') el.textContent = from.value;
          else if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', from.checked);
          else if (el.type !== 'file' && from.value) el.setAttribute('value', from.value);
        });
        return clone;
      };
      new MutationObserver((_, observer) => {
        const root = document.getElementById('report-explorer');
        if (!root?.querySelector(':scope > .rx')) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__rxFirstFrame = copy(root); });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.waitForFunction(() => window.__rxFirstFrame, null, { timeout: 60_000 }).catch((e) => {
      throw new Error(`the app did not render (${errors.join('; ') || e.message})`);
    });
    const { markup, charts } = await page.evaluate(`(() => {
      const root = window.__rxFirstFrame;
      const charts = (${sanitize})(root);
      return { markup: root.innerHTML, charts };
    })()`);
    const css = frameCss(charts ? await heightsByWidth(page, charts) : []);
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    await context.close();
    return { markup, css };
  } finally {
    await b.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node tools/prerender.mjs DIST/report-explorer.html');
    process.exit(2);
  }
  try {
    process.stdout.write(JSON.stringify(await prerender(file)));
  } catch (e) {
    console.error(e instanceof Missing ? e.message : `prerender: ${e.stack ?? e}`);
    process.exit(e instanceof Missing ? 3 : 1);
  }
}
