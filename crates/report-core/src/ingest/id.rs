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

/// Every kind of line break, read as one.
const LINE_BREAKS: [char; 5] = ['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'];

/// A char the id reads: not white space, not a byte-order mark.
fn is_content(c: char) -> bool {
    !c.is_whitespace() && c != '\u{feff}'
}

/// The report id of a text: 12 lower-case hex digits.
pub fn report_id(text: &str) -> String {
    let mut hash = Fnv(OFFSET);
    // One pass over the chars, not a split into lines and a pass over each
    // (every extraction names its report, so this reads every text twice
    // over otherwise): a line's first content char is preceded by `\n`
    // exactly when content came before and a break since.
    let (mut any, mut broken) = (false, false);
    for (i, c) in text.char_indices() {
        // No break nor white space comes after U+3000: most chars of a
        // report (CJK) skip those look-ups.
        let content = if c > '\u{3000}' {
            c != '\u{feff}'
        } else if LINE_BREAKS.contains(&c) {
            broken = true;
            continue;
        } else {
            is_content(c)
        };
        if !content {
            continue;
        }
        if any && broken {
            hash.write(b"\n");
        }
        (any, broken) = (true, false);
        // Hashed as the bytes it is in `text`, read in place rather than
        // encoded again.
        hash.write(&text.as_bytes()[i..i + c.len_utf8()]);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The id as the module's opening defines it: the content reduced to
    /// a string first, then hashed.
    fn by_definition(text: &str) -> String {
        let lines: Vec<String> = text
            .split(LINE_BREAKS)
            .map(|l| l.chars().filter(|&c| is_content(c)).collect::<String>())
            .filter(|l| !l.is_empty())
            .collect();
        let mut hash = Fnv(OFFSET);
        hash.write(lines.join("\n").as_bytes());
        format!("{:016x}", hash.0)[..12].to_owned()
    }

    #[test]
    fn hashes_the_content_as_defined() {
        for text in [
            "",
            "\u{feff}",
            " \n\r\n ",
            "一、工作回顾\r\n\r\n\u{3000}\u{3000}全县地区生产总值增长5.2%。\n",
            "\u{feff}a b\u{a0}c\u{2028}\u{2028}d\u{85}é\u{2029}\t",
            "x\n\ny",
            // Breaks of every kind between, before and after content, and
            // lines of white space alone.
            "\n\na\u{2029} \u{85}\r\n\u{3000}b\rc\n",
            "a\u{2028}\u{a0}\n\u{feff}b",
            // Around the bound of the CJK short cut.
            "\u{3000}\u{3001}\u{feff}\u{3001}\n\u{3000}\u{fffd}\u{10ffff}",
        ] {
            assert_eq!(report_id(text), by_definition(text), "{text:?}");
        }
        assert_eq!(report_id("a\r\n\r\nb"), report_id(" a\n\u{3000}b "));
        assert_ne!(report_id("ab"), report_id("a\nb"));
    }

    #[test]
    fn no_break_nor_white_space_comes_after_the_ideographic_space() {
        // What the short cut in `report_id` relies on.
        let mut after = (0x3001..=0x10ffff).filter_map(char::from_u32);
        assert_eq!(
            after.find(|c| c.is_whitespace() || LINE_BREAKS.contains(c)),
            None
        );
    }
}
