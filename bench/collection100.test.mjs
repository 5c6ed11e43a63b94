// The 100-report collection's generator (bench/collection100.mjs): an
// invented place per report and its years shifted, title line first.
import test from 'node:test';
import assert from 'node:assert/strict';
import { generated, placeName } from './collection100.mjs';

test('a hundred distinct invented place names', () => {
  const names = Array.from({ length: 100 }, (_, k) => placeName(k));
  assert.equal(new Set(names).size, 100);
  assert.deepEqual([names[0], names[1], names[99]], ['青川', '青溪', '东林']);
});

test('a generated report: title with the place and shifted year, years in the text shifted alike', () => {
  assert.equal(generated('2022年增长5%，2415亿元', 2023, 0), '青川市2021年政府工作报告\n\n2020年增长5%，2415亿元');
  assert.equal(generated('2022年', 2023, 4), '青原市2025年政府工作报告\n\n2024年');
});
