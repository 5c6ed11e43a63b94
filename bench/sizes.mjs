// Sizes of what a user downloads: the single file, each file of the served
// build, and the WebAssembly alone (decoded from the gzip + base64 that
// tools/singlefile.py inlines into report-explorer.js), raw and gzip -9.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipSize, bytes, row } from './lib.mjs';

export const SINGLE_GZIP_BUDGET = 400 * 1024; // 409,600 bytes

// The files index.html makes the browser fetch (report-explorer.csp.txt is
// for server operators, not loaded by the page).
const SERVED = ['index.html', 'page.css', 'report-explorer.js'];

export function wasmFromScript(js) {
  const m = js.match(/const WASM_GZIP_BASE64 = "([A-Za-z0-9+/=]*)";/);
  if (!m) throw new Error('report-explorer.js: no `const WASM_GZIP_BASE64 = "…";` (did assets/loader.js change?)');
  const wasm = gunzipSync(Buffer.from(m[1], 'base64'));
  if (wasm.subarray(0, 4).toString('binary') !== '\0asm') throw new Error('decoded payload is not a wasm module');
  return wasm;
}

export function sizes(dist, label = '') {
  const rows = [];
  const tag = label ? ` (${label})` : '';
  const single = readFileSync(resolve(dist, 'report-explorer.html'));
  const singleGz = gzipSize(single);
  rows.push(row('size', `report-explorer.html${tag}, raw`, bytes(single.length)));
  rows.push(row('size', `report-explorer.html${tag}, gzip -9`, bytes(singleGz), '≤ 409,600 B', singleGz <= SINGLE_GZIP_BUDGET));

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
  rows.push(row('size', `WASM alone (decoded, inflated)${tag}, raw / gzip -9`, `${bytes(wasm.length)} / ${bytes(gzipSize(wasm))}`));
  return rows;
}
