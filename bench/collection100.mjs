// Writes the texts of the benchmark's 100-report collection: the compare
// view's budget for 100 reports needs that many reports, and the
// repository holds two dozen. Each generated report is a fixture's text
// under an invented place name (a title line `某某市YYYY年政府工作报告`,
// which the extractor reads as its place and year) with its years shifted
// by −2…+2, so the collection has many places over several years, as a
// province's portal would. Deterministic: the same inputs give the same
// files.
//
//   node bench/collection100.mjs OUT_DIR COUNT SOURCE.txt…
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const FIRST = [...'青白金云松柳石安河东'];
const SECOND = [...'川溪阳山原平江宁州林'];

/** The `k`th invented place name (100 of them before any repeats). */
export function placeName(k) {
  return `${FIRST[Math.floor(k / SECOND.length) % FIRST.length]}${SECOND[k % SECOND.length]}`;
}

/** Source text `text` (of report year `year`) as generated report `k`. */
export function generated(text, year, k) {
  const shift = (k % 5) - 2;
  const body = text.replace(/(20\d\d)(?=年)/g, (y) => String(Number(y) + shift));
  return `${placeName(k)}市${year + shift}年政府工作报告\n\n${body}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [out, count, ...sources] = process.argv.slice(2);
  if (!out || !(Number(count) > 0) || sources.length === 0) {
    console.error('usage: node bench/collection100.mjs OUT_DIR COUNT SOURCE.txt…');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (let k = 0; k < Number(count); k++) {
    const source = sources[k % sources.length];
    const year = Number(basename(source).match(/(20\d\d)/)?.[1] ?? 2024);
    const name = `zz-gen-${String(k).padStart(3, '0')}-${basename(source)}`;
    writeFileSync(resolve(out, name), generated(readFileSync(source, 'utf8'), year, k));
  }
}
