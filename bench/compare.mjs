// A/B first render of two builds, loads strictly alternating so machine
// noise hits both alike (the same harness as the floor comparison):
//
//   node bench/compare.mjs DIR_A DIR_B [loads=15]
//
// Each DIR holds a report-explorer.html (e.g. dist/ and a build made with
// `trunk build --release --dist /tmp/b` from a changed tree), opened on its
// default view. For the first render the user sees (the prerendered
// frame's mark, or the app's where a build has no frame) and for the live
// app's first paint: both medians, B/A and its 95% bootstrap interval over
// the load pairs. Noise on a shared machine is several per cent: believe a
// difference only if the interval excludes 1, and again with A and B swapped.
import { median, ratioInterval, singleFileUrl } from './lib.mjs';
import { APP_MARK, FRAME_MARK, measureRender } from './render.mjs';

const [a, b, loads = '15'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/compare.mjs DIR_A DIR_B [loads]');
  process.exit(2);
}
const page = (name, dir) => ({ name, url: singleFileUrl(dir, 'bench/compare'), done: APP_MARK });
const r = await measureRender([page('a', a), page('b', b)], { loads: Number(loads), mode: 'context' });
for (const [what, key] of [[`first render (${FRAME_MARK}, else ${APP_MARK})`, 'first'], [`live app (${APP_MARK})`, 'live']]) {
  const [ma, mb] = [median(r.a[key]), median(r.b[key])];
  const [lo, hi] = ratioInterval(r.b[key], r.a[key]);
  console.log(`${what}:`);
  console.log(`  A ${a}: median ${ma.toFixed(1)} ms${key === 'first' ? ` (frame painted in ${r.a.framed} of ${loads} loads)` : ''}`);
  console.log(`  B ${b}: median ${mb.toFixed(1)} ms${key === 'first' ? ` (frame painted in ${r.b.framed} of ${loads} loads)` : ''}`);
  console.log(`  B/A ${(mb / ma).toFixed(3)} (n=${loads} each; 95% bootstrap interval ${lo.toFixed(3)}–${hi.toFixed(3)})`);
}
