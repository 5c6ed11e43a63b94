/* The single file's payload as text (tools/singlefile.py, to_text7): each
 * character, of ASCII 1-127 but CR (which HTML reads as LF) and "<" (which
 * could end the block), stands for 7 bits, or, the last three of those 125,
 * for 6 bits, most significant first. Base64's 6 bits a character cost 2 KB
 * more gzip: more chance repeats for gzip to code as matches. */
function fromText7(text) {
  const bytes = new Uint8Array((text.length * 7) >> 3);
  let bits = 0;
  let count = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c - 1 - (c > 13) - (c > 60);
    if (v < 0 || v > 124 || c === 13 || c === 60) throw new Error("the payload is not text7 data (character " + c + " at " + i + ")");
    if (v < 122) {
      bits = (bits << 7) | v;
      count += 7;
    } else {
      bits = (bits << 6) | (v - 61);
      count += 6;
    }
    if (count >= 8) {
      count -= 8;
      bytes[size++] = bits >> count;
      bits &= (1 << count) - 1;
    }
  }
  return bytes.subarray(0, size);
}
