// A/B first render of two builds, loads strictly alternating so machine
// noise hits both alike (the same harness as the floor comparison):
//
//   node bench/compare.mjs DIR_A DIR_B [loads=15]
//
// Each DIR holds a report-explorer.html (e.g. dist/ and a build made with
// `trunk build --release --dist /tmp/b` from a changed tree). Prints both
// medians, B/A and its 95% bootstrap interval over the load pairs. Noise on
// a shared machine is several per cent: believe a difference only if the
// interval excludes 1, and again with A and B swapped.
import { median, ratioInterval, singleFileUrl } from './lib.mjs';
import { measureRender } from './render.mjs';

const [a, b, loads = '15'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare.mjs DIR_A DIR_B [loads]');
  process.exit(2);
}
const url = (dir) => `${singleFileUrl(dir, 'bench/compare')}#view=table`;
const r = await measureRender(url(a), url(b), { loads: Number(loads), mode: 'context' });
const [ma, mb] = [median(r.app), median(r.floor)];
console.log(`A ${a}: median ${ma.toFixed(1)} ms`);
console.log(`B ${b}: median ${mb.toFixed(1)} ms`);
const [lo, hi] = ratioInterval(r.floor, r.app);
console.log(`B/A ${(mb / ma).toFixed(3)} (n=${loads} each; 95% bootstrap interval ${lo.toFixed(3)}–${hi.toFixed(3)})`);
