// assets/unlzma.js, the decoder of the single file's payload, against
// Python's lzma module (liblzma) packing as tools/singlefile.py does: byte
// for byte on what the build carries and on the cases a format has edges
// at, and an Error, never a hang or wrong bytes, on anything corrupt.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { ROOT } from './lib.mjs';

// In this realm: a function from vm.runInNewContext reads these arrays ten
// times slower.
const unlzma = vm.runInThisContext(`(() => { ${readFileSync(resolve(ROOT, 'assets/unlzma.js'), 'utf8')}; return unlzma; })()`);
const decode = (bytes) => Buffer.from(unlzma(new Uint8Array(bytes)));

// singlefile.lzma_best itself; `filter` overrides its LZMA_FILTER.
const PACK = `
import json, sys
sys.path.insert(0, sys.argv[1])
import singlefile
singlefile.LZMA_FILTER = dict(singlefile.LZMA_FILTER, **json.loads(sys.argv[2]))
sys.stdout.buffer.write(singlefile.lzma_best(sys.stdin.buffer.read()))
`;
function pack(data, filter = {}) {
  const args = ['-c', PACK, resolve(ROOT, 'tools'), JSON.stringify(filter)];
  return execFileSync('python3', args, { input: data, maxBuffer: 1 << 26 });
}

// Reproducible noise: xorshift32.
function noise(length, seed = 1) {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out[i] = seed;
  }
  return out;
}

const report = readFileSync(resolve(ROOT, 'assets/data/reports/mudanjiang-2024-work-report.txt'));

test('unlzma gives back what lzma packs: empty, a few bytes, noise, repetition, text', () => {
  const cases = [
    ['empty', Buffer.alloc(0)],
    ['one byte', Buffer.from([0x5a])],
    ['a few bytes', Buffer.from('黑土地 黑土地 黑土地')],
    ['1 MB of noise (stored as literals)', noise(1 << 20)],
    ['repetition (matches of the longest length)', Buffer.from('高标准农田 '.repeat(100_000))],
    ['a report', report],
  ];
  for (const [name, data] of cases) {
    const packed = pack(data);
    assert.ok(decode(packed).equals(data), name);
  }
});

test('unlzma reads other lc, lp and pb than the build\'s', () => {
  const data = Buffer.concat([report, noise(3000, 7), report.subarray(0, 5000)]);
  for (const [lc, lp, pb] of [[0, 0, 0], [3, 0, 2], [1, 2, 1], [0, 4, 4], [2, 1, 3]]) {
    assert.ok(decode(pack(data, { lc, lp, pb })).equals(data), `lc=${lc} lp=${lp} pb=${pb}`);
  }
});

// The build's own payload, when there is a build: LZMA unless RX_PAYLOAD=gzip.
const single = resolve(ROOT, 'dist/report-explorer.html');
const block = existsSync(single)
  ? readFileSync(single, 'utf8').match(/<script type="application\/octet-stream" id="report-explorer-wasm">([^<]*)<\/script>/)
  : null;
// The block is text7 (tools/singlefile.py, to_text7).
const fromText7 = vm.runInThisContext(`(() => { ${readFileSync(resolve(ROOT, 'assets/text7.js'), 'utf8')}; return fromText7; })()`);
const payload = block ? Buffer.from(fromText7(block[1])) : null;
const isLzma = payload && !(payload[0] === 0x1f && payload[1] === 0x8b);
test('unlzma gives back the wasm in dist/report-explorer.html as liblzma does', { skip: !isLzma && 'no LZMA build in dist/' }, () => {
  const wasm = decode(payload);
  assert.equal(wasm.subarray(0, 4).toString('binary'), '\0asm');
  // liblzma reads the same stream with "size unknown" in its header.
  const unknown = Buffer.concat([payload.subarray(0, 5), Buffer.alloc(8, 0xff), payload.subarray(13)]);
  const PY = 'import lzma, sys; sys.stdout.buffer.write(lzma.decompress(sys.stdin.buffer.read(), format=lzma.FORMAT_ALONE))';
  assert.ok(wasm.equals(execFileSync('python3', ['-c', PY], { input: unknown, maxBuffer: 1 << 26 })));
});

test('unlzma rejects a bad header with an Error that says so', () => {
  const packed = pack(report);
  const withByte = (at, value) => {
    const copy = Buffer.from(packed);
    copy[at] = value;
    return copy;
  };
  assert.throws(() => decode(Buffer.alloc(0)), /LZMA data too short/);
  assert.throws(() => decode(packed.subarray(0, 17)), /LZMA data too short/);
  assert.throws(() => decode(withByte(0, 225)), /LZMA data with bad properties/);
  assert.throws(() => decode(Buffer.concat([packed.subarray(0, 5), Buffer.alloc(8, 0xff), packed.subarray(13)])), /unknown size/);
  assert.throws(() => decode(withByte(13, 1)), /LZMA data corrupt at its start/);
  // A dictionary of 4 KiB, for matches 9 KB back.
  const far = Buffer.concat([report.subarray(0, 3000), noise(6000, 5), report.subarray(0, 3000)]);
  const small = pack(far);
  small.writeUInt32LE(4096, 1);
  assert.throws(() => decode(small), /LZMA data with a match beyond its dictionary/);
  // The size in the header, one too many or too few.
  const size = (n) => Buffer.concat([packed.subarray(0, 5), Buffer.from(new BigUint64Array([BigInt(n)]).buffer), packed.subarray(13)]);
  assert.throws(() => decode(size(report.length + 1)), /LZMA data shorter than its header says/);
  assert.throws(() => decode(size(report.length - 1)), /LZMA data longer than its header says/);
});

test('unlzma throws on a truncated stream, bytes after it, or any one byte changed', () => {
  const data = Buffer.concat([report.subarray(0, 6000), noise(500, 3), report.subarray(0, 2000)]);
  const packed = pack(data);
  for (const end of [14, 18, 100, packed.length >> 1, packed.length - 6, packed.length - 1]) {
    assert.throws(() => decode(packed.subarray(0, end)), /^Error: LZMA data /, `cut at ${end} of ${packed.length}`);
  }
  assert.throws(() => decode(Buffer.concat([packed, Buffer.from([0])])), /LZMA data followed by other bytes/);
  // Every byte but the dictionary size (bytes 1-4: a larger one is as
  // good), changed: decoding must fail rather than give other bytes.
  for (let at = 0; at < packed.length; at++) {
    if (at >= 1 && at <= 4) continue;
    for (const flip of [0x01, 0x80]) {
      const copy = Buffer.from(packed);
      copy[at] ^= flip;
      assert.throws(() => decode(copy), /^Error: LZMA data /, `byte ${at} of ${packed.length} ^ ${flip}`);
    }
  }
});
