// Sizes of what a user downloads: the single file, each file of the served
// build, and the WebAssembly alone (decoded from the LZMA, or gzip, + base64
// that tools/singlefile.py inlines into report-explorer.js), raw and gzip -9.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { gzipSize, bytes, row, ROOT } from './lib.mjs';

// Issue 15's budget; CI's guard (bench/size-check.sh) is 320 KiB, to keep what was won.
export const SINGLE_GZIP_BUDGET = 300 * 1024; // 307,200 bytes

// The files index.html makes the browser fetch (report-explorer.csp.txt is
// for server operators, not loaded by the page).
const SERVED = ['index.html', 'page.css', 'report-explorer.js'];

// The payload is the one long string literal of base64 (gzip's magic bytes
// read "H4sI"; otherwise it is LZMA); the script is minified, so not found
// by its name.
export function wasmFromScript(js) {
  const m = js.match(/"([A-Za-z0-9+/=]{100000,})"/);
  if (!m) throw new Error('report-explorer.js: no string literal of base64 (did tools/singlefile.py change?)');
  const payload = Buffer.from(m[1], 'base64');
  const wasm = m[1].startsWith('H4sI') ? gunzipSync(payload) : Buffer.from(unlzma()(payload));
  if (wasm.subarray(0, 4).toString('binary') !== '\0asm') throw new Error('decoded payload is not a wasm module');
  return wasm;
}

const unlzma = () => vm.runInThisContext(`(() => { ${readFileSync(resolve(ROOT, 'assets/unlzma.js'), 'utf8')}; return unlzma; })()`);

export function sizes(dist, label = '') {
  const rows = [];
  const tag = label ? ` (${label})` : '';
  const single = readFileSync(resolve(dist, 'report-explorer.html'));
  const singleGz = gzipSize(single);
  rows.push(row('size', `report-explorer.html${tag}, raw`, bytes(single.length)));
  rows.push(row('size', `report-explorer.html${tag}, gzip -9`, bytes(singleGz), '≤ 307,200 B', singleGz <= SINGLE_GZIP_BUDGET));

  let raw = 0;
  let gz = 0;
  for (const name of SERVED) {
    const buf = readFileSync(resolve(dist, name));
    const g = gzipSize(buf);
    raw += buf.length;
    gz += g;
    rows.push(row('size', `served ${name}${tag}, raw / gzip -9`, `${bytes(buf.length)} / ${bytes(g)}`));
  }
  rows.push(row('size', `served total (${SERVED.length} files, each gzipped)${tag}, raw / gzip -9`, `${bytes(raw)} / ${bytes(gz)}`));

  const wasm = wasmFromScript(readFileSync(resolve(dist, 'report-explorer.js'), 'utf8'));
  rows.push(row('size', `WASM alone (decoded)${tag}, raw / gzip -9`, `${bytes(wasm.length)} / ${bytes(gzipSize(wasm))}`));
  return rows;
}

// What each built-in report beyond the first costs (issue 16: about its
// text's gzip size plus at most 10 KB). The collection build embeds the
// reports listed in its manifest (bench/run.sh writes it: the default
// report first, then the extra texts); the cost per extra report is the
// single file's growth less the extra texts' own gzip sizes, averaged.
export const PER_REPORT_BUDGET = 10 * 1024;

export function collectionCost(dist, collection) {
  const manifest = resolve(collection, 'collection.txt');
  if (!existsSync(manifest)) return [row('size', 'built-in collection', 'not built (bash bench/run.sh builds it)')];
  const extras = readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
  const base = gzipSize(readFileSync(resolve(dist, 'report-explorer.html')));
  const grown = gzipSize(readFileSync(resolve(collection, 'report-explorer.html')));
  const texts = extras.reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0);
  const per = (grown - base - texts) / extras.length;
  return [
    row('size', `built-in collection: ${extras.length} more reports, single file gzip -9`, `${bytes(grown)} (+${bytes(grown - base)}; their texts alone ${bytes(texts)})`),
    // Texts compressed in one stream share their vocabulary, so the growth
    // can be below the texts' own gzip sizes: the budget is on the growth
    // beyond them, which is then negative.
    row('size', 'built-in collection: growth of the single file per added report (its text alone, gzip -9)', `${bytes(Math.round((grown - base) / extras.length))} (${bytes(Math.round(texts / extras.length))}); beyond the text: ${Math.round(per)} B`, '≤ text + 10,240 B', per <= PER_REPORT_BUDGET),
  ];
}
