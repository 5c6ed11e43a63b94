/* unlzma(bytes): the data inside an .lzma file ("LZMA alone": a 13-byte
 * header, then one LZMA stream), as a Uint8Array.
 *
 * The explorer's WebAssembly travels LZMA-compressed (tools/singlefile.py),
 * a fifth smaller than gzip, and no browser decodes LZMA. This decoder is
 * written from the format as the LZMA SDK's reference decoder (LzmaSpec.cpp,
 * public domain) defines it, and arranged for a cold V8, since it runs once
 * per page load: the output, allocated once at the size the header gives,
 * is also the dictionary; the range coder's state stays in local int32
 * variables; and the bit decoder is written out where it is used rather
 * than called, since a call per bit costs until V8 has inlined it. Its
 * eight copies are the same text, which gzip carries almost for free.
 *
 * The header must give the size (tools/singlefile.py writes it; liblzma
 * writes "unknown" and an end marker, which may follow the data). Throws an
 * Error on anything that is not such a stream: truncated, too long or too
 * short for its header, a match reaching before the start, bytes left over.
 * bench/unlzma.test.mjs checks it against Python's lzma module. */
function unlzma(src) {
  const fail = (why) => {
    throw new Error("LZMA data " + why);
  };
  const n = src.length;
  if (n < 18) fail("too short");
  let d = src[0];
  if (d >= 225) fail("with bad properties");
  const lc = d % 9;
  d = (d / 9) | 0;
  const lp = d % 5;
  const lpMask = (1 << lp) - 1;
  const pbMask = (1 << ((d / 5) | 0)) - 1;
  // How far back a match may reach (LzmaSpec: at least 4 KiB).
  const dict = Math.max(4096, (src[1] | (src[2] << 8) | (src[3] << 16) | (src[4] << 24)) >>> 0);
  if (src[9] | src[10] | src[11] | src[12]) fail("of unknown size, or over 4 GB");
  const size = (src[5] | (src[6] << 8) | (src[7] << 16) | (src[8] << 24)) >>> 0;
  if (src[13] !== 0) fail("corrupt at its start");

  // The probabilities (of a 0, out of 2048), all models in one array:
  const IS_MATCH = 0; // [state][posState]
  const IS_REP0_LONG = 192; // [state][posState]
  const IS_REP = 384; // [state], then IS_REP_G0, G1, G2 at +12, +24, +36
  const POS_SLOT = 432; // 4 trees of 6 bits, by length
  const SPEC_POS = 688; // the reverse trees of distances under 128
  const ALIGN = 802; // a reverse tree of 4 bits
  const LEN = 818; // choice, choice2, 16 low trees of 3 bits, 16 mid, 1 high of 8
  const REP_LEN = 1332;
  const LITERAL = 1846; // 0x300 per literal state
  const probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024);
  const out = new Uint8Array(size);

  // The range decoder. `range` and `code` are unsigned 32-bit values kept in
  // int32 variables, which V8 keeps unboxed; comparisons flip their sign
  // bits to compare them as unsigned.
  let range = -1;
  let code = (src[14] << 24) | (src[15] << 16) | (src[16] << 8) | src[17];
  let ip = 18;
  let i = 0; // the probability a bit is decoded with
  let p = 0;
  let bound = 0;
  let b = 0; // the bit decoded

  let pos = 0;
  let state = 0; // what the last symbols were (LzmaSpec's 12 states)
  let rep0 = 0; // the last four distances, minus 1
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  for (;;) {
    // At the header's size the stream may end without a marker (LzmaSpec:
    // when the coder's code is 0); otherwise only the marker may follow.
    if (pos === size && code === 0) break;
    const posState = pos & pbMask;
    i = IS_MATCH + (state << 4) + posState;
    p = probs[i]; // bit b, with the probability at i, which it updates
    bound = Math.imul(range >>> 11, p);
    if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
    else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
    if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }

    if (b === 0) {
      // A literal: 8 bits through a tree chosen by the position and the
      // previous byte's high bits.
      if (pos === size) fail("longer than its header says");
      const base = LITERAL + 0x300 * (((pos & lpMask) << lc) + (pos > 0 ? out[pos - 1] >> (8 - lc) : 0));
      let m = 1;
      if (state >= 7) {
        // Just after a match, the byte at the last distance predicts this
        // one, bit by bit, until a bit differs from it.
        let match = out[pos - rep0 - 1];
        let mb = 0;
        do {
          mb = (match >> 7) & 1;
          match <<= 1;
          i = base + 256 + (mb << 8) + m;
          p = probs[i]; // bit b, with the probability at i, which it updates
          bound = Math.imul(range >>> 11, p);
          if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
          else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
          if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
          m = (m << 1) | b;
        } while (m < 256 && b === mb);
      }
      while (m < 256) {
        i = base + m;
        p = probs[i]; // bit b, with the probability at i, which it updates
        bound = Math.imul(range >>> 11, p);
        if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
        else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
        if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
        m = (m << 1) | b;
      }
      out[pos++] = m; // the Uint8Array keeps the low 8 bits
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }

    // A match. Which kind is a path of up to four bits, read here as a
    // number from 1: IS_REP 0 gives 2, a new distance; IS_REP 1 then
    // IS_REP_G0 0 gives 6, then IS_REP0_LONG 0 gives 12, the byte at the
    // last distance, and 1 gives 13, rep0; IS_REP_G0 1 then IS_REP_G1 0
    // gives 14, rep1; IS_REP_G1 1 then IS_REP_G2 0 or 1, 30 rep2 or 31 rep3.
    let kind = 1;
    do {
      i = kind === 6 ? IS_REP0_LONG + (state << 4) + posState : IS_REP + state + 12 * (kind === 1 ? 0 : kind === 3 ? 1 : kind === 7 ? 2 : 3);
      p = probs[i]; // bit b, with the probability at i, which it updates
      bound = Math.imul(range >>> 11, p);
      if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
      else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
      if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
      kind = (kind << 1) | b;
    } while (kind === 3 || kind === 6 || kind === 7 || kind === 15);

    if (kind !== 2 && (pos === 0 || pos === size)) fail(pos ? "longer than its header says" : "with a match before its start");
    if (kind === 12) {
      state = state < 7 ? 9 : 11;
      out[pos] = out[pos - rep0 - 1];
      pos++;
      continue;
    }
    if (kind === 2) {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
    } else if (kind !== 13) {
      const dist = kind === 14 ? rep1 : kind === 30 ? rep2 : rep3;
      if (kind === 31) rep3 = rep2;
      if (kind !== 14) rep2 = rep1;
      rep1 = rep0;
      rep0 = dist;
    }

    // The length, 2 to 273: a 3-bit tree for 2–9 (by posState), another for
    // 10–17, or an 8-bit one, after one or two choice bits.
    const lenBase = kind === 2 ? LEN : REP_LEN;
    let choice = 0;
    do {
      i = lenBase + choice;
      p = probs[i]; // bit b, with the probability at i, which it updates
      bound = Math.imul(range >>> 11, p);
      if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
      else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
      if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
    } while (b === 1 && ++choice < 2);
    let base = choice === 2 ? lenBase + 258 : lenBase + 2 + (choice << 7) + (posState << 3);
    let bits = choice === 2 ? 8 : 3;
    let m = 1;
    do {
      i = base + m;
      p = probs[i]; // bit b, with the probability at i, which it updates
      bound = Math.imul(range >>> 11, p);
      if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
      else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
      if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
      m = (m << 1) | b;
    } while (--bits > 0);
    const len = 2 + (choice << 3) + m - (choice === 2 ? 256 : 8);

    if (kind === 2) {
      state = state < 7 ? 7 : 10;
      // The distance: a 6-bit slot (by length), then for slots 4 and up its
      // low bits, from a reverse tree under 128 or else as direct bits and
      // a reverse tree for the lowest four.
      base = POS_SLOT + ((len < 5 ? len - 2 : 3) << 6);
      m = 1;
      do {
        i = base + m;
        p = probs[i]; // bit b, with the probability at i, which it updates
        bound = Math.imul(range >>> 11, p);
        if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
        else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
        if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
        m = (m << 1) | b;
      } while (m < 64);
      const slot = m - 64;
      if (slot < 4) rep0 = slot;
      else {
        bits = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << bits; // int32: the end marker's 0xFFFFFFFF is -1
        if (slot < 14) base = SPEC_POS + rep0 - slot;
        else {
          // Direct bits, each with probability 1/2.
          for (bits -= 4; bits > 0; bits--) {
            range >>>= 1;
            b = (code ^ -0x80000000) >= (range ^ -0x80000000) ? 1 : 0;
            code = (code - (range & -b)) | 0;
            rep0 |= b << (bits + 3);
            if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
          }
          base = ALIGN;
          bits = 4;
        }
        m = 1;
        for (let k = 0; k < bits; k++) {
          i = base + m;
          p = probs[i]; // bit b, with the probability at i, which it updates
          bound = Math.imul(range >>> 11, p);
          if ((code ^ -0x80000000) < (bound ^ -0x80000000)) { range = bound; probs[i] = p + ((2048 - p) >> 5); b = 0; }
          else { range = (range - bound) | 0; code = (code - bound) | 0; probs[i] = p - (p >> 5); b = 1; }
          if ((range & -0x1000000) === 0) { range <<= 8; code = (code << 8) | src[ip++]; }
          m = (m << 1) | b;
          rep0 |= b << k;
        }
      }
      if (rep0 === -1) {
        // The end marker.
        if (code !== 0) fail("corrupt at its end");
        if (pos !== size) fail("shorter than its header says");
        break;
      }
      if (rep0 < 0 || rep0 >= pos) fail("with a match before its start");
      if (rep0 >= dict) fail("with a match beyond its dictionary");
    } else state = state < 7 ? 8 : 11;

    if (size - pos < len) fail("longer than its header says");
    for (const end = pos + len; pos < end; pos++) out[pos] = out[pos - rep0 - 1];
  }
  if (ip !== n) fail(ip > n ? "truncated" : "followed by other bytes");
  return out;
}
