// The benchmark's statistics (node --test bench/): the figures README keeps
// are only as good as these.
import test from 'node:test';
import assert from 'node:assert/strict';
import { median, quantile, ratioInterval, spread } from './lib.mjs';

test('median and nearest-rank quantiles are measured values', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  const v = Array.from({ length: 50 }, (_, i) => i + 1);
  assert.equal(quantile(v, 0.95), 48);
  assert.equal(quantile(v, 0.5), 25);
  assert.equal(quantile([], 0.5), NaN);
  assert.equal(spread([10, 10, 10, 10]), 0);
});

test('a constant ratio has an interval of width zero', () => {
  const floor = [50, 61, 70, 82, 90, 55, 64];
  const app = floor.map((x) => 2 * x);
  assert.deepEqual(ratioInterval(app, floor), [2, 2]);
});

test('the interval holds the ratio of medians, and is the same on every run', () => {
  // Load pairs as a shared machine gives them: a common drift plus noise.
  const floor = [];
  const app = [];
  for (let i = 0; i < 41; i++) {
    const drift = 1 + 0.3 * Math.sin(i / 5);
    floor.push(70 * drift + ((i * 37) % 17));
    app.push(125 * drift + ((i * 53) % 29));
  }
  const point = median(app) / median(floor);
  const [lo, hi] = ratioInterval(app, floor);
  assert.ok(lo < point && point < hi, `${lo} < ${point} < ${hi}`);
  assert.ok(hi - lo < 0.5, `a 41-pair interval this wide is suspect: ${lo}–${hi}`);
  assert.deepEqual(ratioInterval(app, floor), [lo, hi]);
  // Fewer pairs, wider interval.
  const [lo15, hi15] = ratioInterval(app.slice(0, 15), floor.slice(0, 15));
  assert.ok(hi15 - lo15 > hi - lo);
});

test('unpaired or empty samples give no interval', () => {
  assert.deepEqual(ratioInterval([1, 2], [1]), [NaN, NaN]);
  assert.deepEqual(ratioInterval([], []), [NaN, NaN]);
});
