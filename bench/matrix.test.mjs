// The compare view's rows of the benchmark table: a collection the issue
// states a budget for is judged against it; one it states none for is
// printed with no verdict.
import test from 'node:test';
import assert from 'node:assert/strict';
import { matrixRows, KINDS } from './matrix.mjs';

function result(ms) {
  const samples = Array.from({ length: 20 }, () => ({ dom: ms, layout: ms, changed: true }));
  return Object.fromEntries([['reports', 20], ['rows', 25], ['total', 68], ['calibration', 4], ...KINDS.map(([kind]) => [kind, samples])]);
}

const judged = (rows) => rows.filter((r) => r.budget !== '').map((r) => [r.budget, r.pass]);

test('a collection with a stated budget is judged by its p95', () => {
  assert.deepEqual(judged(matrixRows(result(12), 16)), KINDS.map(() => ['p95 ≤ 16 ms', true]));
  assert.deepEqual(judged(matrixRows(result(17), 16)), KINDS.map(() => ['p95 ≤ 16 ms', false]));
});

test('a collection without one is printed for scale, neither passing nor failing', () => {
  assert.deepEqual(judged(matrixRows(result(40), null)), KINDS.map(() => ['none stated for this size', undefined]));
});

test('a sample whose check failed fails the budget however fast it was', () => {
  const r = result(5);
  r.sort[3] = { dom: 5, layout: 5, changed: false };
  assert.deepEqual(judged(matrixRows(r, 16))[0], ['p95 ≤ 16 ms', false]);
});

test('each p95 is also given in calibrations, measured in the same run', () => {
  const rows = matrixRows(result(12), 16);
  assert.match(rows[0].measure, /calibration/);
  assert.equal(rows[0].value, '4.0 ms');
  const laidOut = rows.filter((r) => r.budget !== '');
  assert.ok(laidOut.every((r) => r.value.endsWith('; p95 = 3.0 calibrations')), laidOut.map((r) => r.value).join('\n'));
});
