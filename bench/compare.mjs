// A/B first render of two builds, loads strictly alternating so machine
// noise hits both alike (the same harness as the floor comparison):
//
//   node bench/compare.mjs DIR_A DIR_B [loads=15]
//
// Each DIR holds a report-explorer.html (e.g. dist/ and a build made with
// `trunk build --release --dist /tmp/b` from a changed tree). Prints both
// medians and B/A. Noise on a shared machine is several per cent: repeat
// with A and B swapped before believing a small difference.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './lib.mjs';
import { measureRender } from './render.mjs';

const [a, b, loads = '15'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare.mjs DIR_A DIR_B [loads]');
  process.exit(2);
}
const url = (dir) => {
  const file = resolve(dir, 'report-explorer.html');
  if (!existsSync(file)) {
    console.error(`bench/compare: ${file} is missing`);
    process.exit(2);
  }
  return `${pathToFileURL(file).href}#view=table`;
};
const r = await measureRender(url(a), url(b), { loads: Number(loads), mode: 'context' });
const [ma, mb] = [median(r.app), median(r.floor)];
console.log(`A ${a}: median ${ma.toFixed(1)} ms`);
console.log(`B ${b}: median ${mb.toFixed(1)} ms`);
console.log(`B/A ${(mb / ma).toFixed(3)} (n=${loads} each)`);
