//! A report's id: the same for the same words, whichever file they came in.
//!
//! The id is the first 12 hex digits of the 64-bit FNV-1a hash of the text
//! reduced to its content: no byte-order mark, every kind of line break
//! read as one, all white space (ASCII, no-break and ideographic spaces,
//! which indent paragraphs differently in .txt, .html and .docx) removed,
//! empty lines dropped, lines joined with `\n`. So a .txt, a saved page and
//! a .docx of the same paragraphs share an id, and any change to a word
//! changes it. FNV-1a is fixed by its constants, needs no crate, and 48
//! bits make a collision among one user's reports vanishingly unlikely.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// The report id of a text: 12 lower-case hex digits.
pub fn report_id(text: &str) -> String {
    let mut hash = Fnv(OFFSET);
    let mut first = true;
    for line in text.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        let mut content = line
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
            .peekable();
        if content.peek().is_none() {
            continue;
        }
        if !first {
            hash.write(b"\n");
        }
        first = false;
        let mut buf = [0u8; 4];
        for c in content {
            hash.write(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    format!("{:016x}", hash.0)[..12].to_owned()
}

struct Fnv(u64);

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }
}
