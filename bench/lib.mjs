// Small helpers shared by the bench modules: statistics, gzip sizes,
// formatting, and the browser launcher the e2e tests use (same flags, same
// Debian Chromium), imported rather than copied so both stay in step.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export { launch } from '../tests/e2e/explorer.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The file:// URL of DIR/report-explorer.html (the single file a build
 * writes); if it is missing, says so as `tool`, with `hint`, and exits 2.
 */
export function singleFileUrl(dir, tool, hint = '') {
  const file = resolve(dir, 'report-explorer.html');
  if (!existsSync(file)) {
    console.error(`${tool}: ${file} is missing${hint ? `; ${hint}` : ''}`);
    process.exit(2);
  }
  return pathToFileURL(file).href;
}

/** Sorted copy; quantile by nearest rank (no interpolation, so p95 of 50 is a measured value). */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (v) => Math.min(...v);
export const max = (v) => Math.max(...v);
/**
 * 95% interval of the ratio of medians median(a) / median(b) for paired
 * samples (a[i] and b[i] measured back to back), by bootstrap: the pairs
 * are resampled with replacement, so a burst of machine load that slowed
 * both loads of a pair moves together. Seeded, so the same samples always
 * give the same interval.
 */
export function ratioInterval(a, b, rounds = 4000) {
  if (a.length !== b.length || a.length === 0) return [NaN, NaN];
  let seed = 0x2545f491;
  const random = () => {
    // xorshift32: enough for resampling indices, and reproducible.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const n = a.length;
  const ratios = [];
  const ra = new Array(n);
  const rb = new Array(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      ra[i] = a[k];
      rb[i] = b[k];
    }
    ratios.push(median(ra) / median(rb));
  }
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

/** Interquartile range over the median: a noise measure that ignores one outlier. */
export const spread = (v) => (quantile(v, 0.75) - quantile(v, 0.25)) / median(v);

/**
 * `gzip -9` size of a buffer. Uses the gzip program itself (the budget is
 * stated in its terms and bench/size-check.sh uses it too); node's zlib
 * differs by a few bytes, so it is only the fallback.
 */
export function gzipSize(buf) {
  try {
    return execFileSync('gzip', ['-9', '-c', '-n'], { input: buf, maxBuffer: 1 << 30 }).length;
  } catch {
    return gzipSync(buf, { level: 9 }).length;
  }
}

export const bytes = (n) => `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(1)} KiB)`;
export const ms = (x) => `${x.toFixed(1)} ms`;
export const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;

/** One row of the report table. `pass` is true/false when a budget applies, else undefined. */
export function row(area, measure, value, budget = '', pass = undefined) {
  return { area, measure, value, budget, pass };
}

export function readText(path) {
  return readFileSync(path, 'utf8');
}

/**
 * The interaction figures' calibration, as the native extractor's is for
 * MB/s: a fixed piece of the work an interaction does, timed in a blank
 * page of the same browser in the same run. A table of 25 rows × 7 cells
 * of fixed text (a metric's name, then two values of two lines each, as
 * the compare matrix writes them) is put into the DOM and laid out, 41
 * times, each time a new table; the median in ms. Machines here differ up
 * to 4× in ms, much less in an interaction's time over this one.
 */
export async function layoutCalibration(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><body style="font: 16px/1.7 sans-serif"></body></html>');
    return await page.evaluate(() => {
      const cell = '<td><button type="button">实绩 2023年\n6.3%</button><button type="button">目标 2024年\n≥ 5.5%</button></td>';
      const rowHtml = `<tr><th scope="row">规模以上工业增加值</th>${cell.repeat(6)}</tr>`;
      const html = `<table style="table-layout: fixed; width: 100%"><tbody>${rowHtml.repeat(25)}</tbody></table>`;
      const style = document.createElement('style');
      style.textContent = 'button { display: block; width: 100%; white-space: pre-line; }';
      document.head.append(style);
      const times = [];
      for (let i = 0; i < 41; i++) {
        const holder = document.createElement('div');
        holder.innerHTML = html;
        const t0 = performance.now();
        document.body.replaceChildren(holder);
        document.body.getBoundingClientRect();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[20];
    });
  } finally {
    await context.close();
  }
}

/** The table's row for the calibration `c` ms measured beside the timings of `what`. */
export function calibrationRow(what, c) {
  return row('interaction', `${what}: calibration (lib.mjs layoutCalibration: a fixed 25-row table laid out in a blank page of the same browser, median of 41)`, ms(c));
}

/** `value` ms as a multiple of the calibration `c` ms, for the tables. */
export function calibrations(value, c) {
  return Number.isFinite(c) && c > 0 ? `${(value / c).toFixed(1)} calibrations` : 'no calibration';
}
