/* The single file's payload as text (tools/singlefile.py, to_text7): each
 * character, of printable ASCII but "<" (which could end the block), stands
 * for 7 bits, or, the last 34 of those 94, for 6 bits, most significant
 * first. gzip codes each in exactly the bits it stands for; base64's 6 bits
 * a character cost 1.4 KB more gzip: more chance repeats to code as matches.
 * No control character, tab or line break: nothing an editor, a mail
 * gateway or an HTML validator would touch. */
function fromText7(text) {
  const bytes = new Uint8Array((text.length * 7) >> 3);
  let bits = 0;
  let count = 0;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c - 32 - (c > 60);
    if (c < 32 || c > 126 || c === 60) throw new Error("the payload is not text7 data (character " + c + " at " + i + ")");
    if (v < 60) {
      bits = (bits << 7) | v;
      count += 7;
    } else {
      bits = (bits << 6) | (v - 30);
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
