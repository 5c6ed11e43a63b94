// The extractor rows of the benchmark table: native figures carry the
// calibration measured in the same run, wasm figures have none.
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractRows } from './extract.mjs';

test('a native row gives MB/s beside the calibration and the ratio', () => {
  const native = { lines: [{ input: 'report', bytes: 40152, mbs: 24.8, found: 209, calibrationMs: 12.345, ratio: 0.3061 }] };
  const wasm = { lines: [{ input: 'report-x100', bytes: 4015200, mbs: 13.9, found: 20900, calibrationMs: null, ratio: null }], browser: 'Chrome' };
  const rows = extractRows([['native', native, 20], ['wasm in Chromium', wasm, null]]);
  assert.deepEqual(rows.map((r) => [r.measure, r.value, r.pass]), [
    ['native, the report (0.04 MB, 209 indicators)', '24.8 MB/s (calibration 12.3 ms; ratio 0.306 MB per calibration)', true],
    ['wasm (runner: Chrome), the report × 100 (concatenated) (4.02 MB, 20900 indicators)', '13.9 MB/s', undefined],
  ]);
});
