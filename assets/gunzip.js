/* inflate(bytes): a promise of the data inside a gzip member, as a
 * Uint8Array; gunzip(bytes): the same, synchronously.
 *
 * With RX_PAYLOAD=gzip (tools/singlefile.py), the explorer's WebAssembly
 * travels gzip-compressed and is inflated with the browser's own
 * DecompressionStream. gunzip is the fallback for browsers without one
 * (Chrome < 80, Firefox < 113, Safari < 16.4): a plain RFC 1951 decoder
 * after puff.c, slow but only ever run on those. Throws an Error on
 * anything that is not valid gzip. tests/e2e/loader.test.mjs checks it
 * against node's zlib. */
function inflate(gz) {
  if (typeof DecompressionStream !== "function") return Promise.resolve().then(() => gunzip(gz));
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  // A corrupt payload rejects these as well; the read below reports it.
  writer.write(gz).catch(() => {});
  writer.close().catch(() => {});
  return readAll(stream.readable.getReader()).catch(() => gunzip(gz));
}

/* Chunk by chunk: two to three times faster in Chromium than handing the
 * stream to new Response(stream).arrayBuffer(). */
function readAll(reader) {
  const parts = [];
  let length = 0;
  const next = () =>
    reader.read().then(({ done, value }) => {
      if (!done) {
        parts.push(value);
        length += value.length;
        return next();
      }
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      return bytes;
    });
  return next();
}

function gunzip(gz) {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new Error("not gzip data");
  const flags = gz[3];
  let p = 10;
  if (flags & 4) p += 2 + (gz[p] | (gz[p + 1] << 8)); // FEXTRA
  if (flags & 8) while (gz[p++]); // FNAME
  if (flags & 16) while (gz[p++]); // FCOMMENT
  if (flags & 2) p += 2; // FHCRC
  const n = gz.length;
  const out = new Uint8Array((gz[n - 4] | (gz[n - 3] << 8) | (gz[n - 2] << 16) | (gz[n - 1] << 24)) >>> 0);
  let o = 0;
  let buf = 0;
  let cnt = 0;

  // Deflate packs bits from the least significant end; at most 13 are asked
  // for at once, so `buf` never holds more than 20.
  function bits(k) {
    while (cnt < k) {
      if (p >= n) throw new Error("gzip data ends early");
      buf |= gz[p++] << cnt;
      cnt += 8;
    }
    const v = buf & ((1 << k) - 1);
    buf >>>= k;
    cnt -= k;
    return v;
  }

  // A canonical Huffman code as counts per length and symbols in code order.
  function code(lengths) {
    const count = new Uint16Array(16);
    const offs = new Uint16Array(16);
    const symbol = new Uint16Array(lengths.length);
    for (let i = 0; i < lengths.length; i++) count[lengths[i]]++;
    count[0] = 0;
    for (let i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
    for (let i = 0; i < lengths.length; i++) if (lengths[i]) symbol[offs[lengths[i]]++] = i;
    return { count, symbol };
  }

  function decode(h) {
    let c = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      c |= bits(1);
      const k = h.count[len];
      if (c - k < first) return h.symbol[index + (c - first)];
      index += k;
      first = (first + k) << 1;
      c <<= 1;
    }
    throw new Error("bad Huffman code in gzip data");
  }

  const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function fixed() {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    return [code(l), code(new Uint8Array(30).fill(5))];
  }

  function dynamic() {
    const nlen = bits(5) + 257;
    const ndist = bits(5) + 1;
    const ncode = bits(4) + 4;
    const cl = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) cl[ORDER[i]] = bits(3);
    const clcode = code(cl);
    const lengths = new Uint8Array(nlen + ndist);
    for (let i = 0; i < nlen + ndist; ) {
      const sym = decode(clcode);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let len = 0;
      let rep;
      if (sym === 16) {
        if (i === 0) throw new Error("bad code lengths in gzip data");
        len = lengths[i - 1];
        rep = 3 + bits(2);
      } else if (sym === 17) {
        rep = 3 + bits(3);
      } else {
        rep = 11 + bits(7);
      }
      if (i + rep > nlen + ndist) throw new Error("bad code lengths in gzip data");
      while (rep--) lengths[i++] = len;
    }
    return [code(lengths.subarray(0, nlen)), code(lengths.subarray(nlen))];
  }

  let last;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      buf = 0; // a stored block starts at the next byte
      cnt = 0;
      const len = gz[p] | (gz[p + 1] << 8);
      p += 4;
      if (p + len > n || o + len > out.length) throw new Error("bad stored block in gzip data");
      out.set(gz.subarray(p, p + len), o);
      p += len;
      o += len;
    } else if (type === 1 || type === 2) {
      const [lit, dist] = type === 1 ? fixed() : dynamic();
      for (;;) {
        let s = decode(lit);
        if (s < 256) {
          if (o >= out.length) throw new Error("gzip data longer than its stated size");
          out[o++] = s;
        } else if (s === 256) {
          break;
        } else {
          s -= 257;
          if (s >= 29) throw new Error("bad length code in gzip data");
          const len = LBASE[s] + bits(LEXT[s]);
          const ds = decode(dist);
          if (ds >= 30) throw new Error("bad distance code in gzip data");
          const d = DBASE[ds] + bits(DEXT[ds]);
          if (d > o || o + len > out.length) throw new Error("bad back-reference in gzip data");
          for (let i = 0; i < len; i++, o++) out[o] = out[o - d];
        }
      }
    } else {
      throw new Error("bad block type in gzip data");
    }
  } while (!last);
  if (o !== out.length) throw new Error("gzip data shorter than its stated size");
  return out;
}
