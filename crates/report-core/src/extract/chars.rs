//! A sentence seen as chars with their byte offsets: rules look around by
//! char, and every span they report is still a byte span of the source.

use crate::model::Span;
use crate::structure::is_line_break;

pub struct Chars<'t> {
    text: &'t str,
    /// The chars, full-width digits and decimal points read as ASCII
    /// (`１６３．９` as `163.9`), so every rule that looks for digits sees
    /// them; spans still point into the text as written.
    pub cs: Vec<char>,
    /// Absolute byte offset of each char, plus one past the end.
    offs: Vec<usize>,
    /// For each char index (and one past the end), where its clause
    /// starts: rules ask for a number's clause start many times over, so
    /// each answer is one look-up, not a scan of the clause (its length per
    /// number) nor a binary search over the sentence's boundaries (a
    /// sentence of thousands of clauses paid a tenth of its time for
    /// those). `u32`: half the memory, and no sentence has four billion
    /// chars.
    clause_starts: Vec<u32>,
    /// Char indices of the clause boundaries, ascending, for the end of a
    /// number's clause (asked once per number): a binary search over the
    /// few boundaries of a sentence, not over all its chars.
    bounds: Vec<u32>,
    /// A bit per char the sentence holds (by code modulo 1024): a rule
    /// that looks for a rare char (`等`, a dash) in each number's words
    /// need not read them in a sentence without it, as most are.
    held: [u64; 16],
}

impl<'t> Chars<'t> {
    pub fn new(text: &'t str, span: Span) -> Chars<'t> {
        let mut c = Chars {
            text,
            cs: Vec::new(),
            offs: Vec::new(),
            clause_starts: Vec::new(),
            bounds: Vec::new(),
            held: [0; 16],
        };
        c.read(span);
        c
    }

    /// Reads another span of the same text in place, reusing the buffers:
    /// a text of many short sentences paid more for allocating them than
    /// for filling them.
    pub fn read(&mut self, span: Span) {
        let body = span.of(self.text);
        self.cs.clear();
        self.offs.clear();
        self.clause_starts.clear();
        self.bounds.clear();
        self.held = [0; 16];
        self.cs.reserve(body.len() / 3 + 1);
        self.offs.reserve(body.len() / 3 + 2);
        self.clause_starts.reserve(body.len() / 3 + 2);
        let mut clause = 0;
        for (i, c) in body.char_indices() {
            // A boundary belongs to the clause it ends.
            self.clause_starts.push(clause);
            if is_boundary(c) {
                self.bounds.push(self.cs.len() as u32);
                clause = self.cs.len() as u32 + 1;
            }
            let bit = c as usize % 1024;
            self.held[bit / 64] |= 1 << (bit % 64);
            self.cs.push(fold_width(c));
            self.offs.push(span.start + i);
        }
        self.clause_starts.push(clause);
        self.offs.push(span.end);
    }

    /// False when the sentence does not hold `ch` as written; true when
    /// it may.
    pub fn may_hold(&self, ch: char) -> bool {
        let bit = ch as usize % 1024;
        self.held[bit / 64] & (1 << (bit % 64)) != 0
    }

    pub fn len(&self) -> usize {
        self.cs.len()
    }

    pub fn get(&self, i: usize) -> Option<char> {
        self.cs.get(i).copied()
    }

    pub fn byte(&self, i: usize) -> usize {
        self.offs[i.min(self.cs.len())]
    }

    /// The text of chars `a..b` (clamped, so callers need no bounds checks).
    #[inline]
    pub fn str(&self, a: usize, b: usize) -> &'t str {
        let b = b.min(self.cs.len());
        let a = a.min(b);
        &self.text[self.offs[a]..self.offs[b]]
    }

    /// True when the chars from `i` on begin with `w`. Compared as UTF-8
    /// bytes, which match exactly when the chars do: rules ask this at
    /// every char for dozens of words, and decoding each word again was
    /// much of the extractor's time.
    pub fn starts_with(&self, i: usize, w: &str) -> bool {
        let Some(&from) = self.offs.get(i) else {
            return w.is_empty();
        };
        let rest = &self.text.as_bytes()[from..self.offs[self.cs.len()]];
        begins(rest, w.as_bytes())
    }

    /// The bytes of the sentence from char `i` on (none past its end).
    pub fn bytes_from(&self, i: usize) -> &'t [u8] {
        let end = self.offs[self.cs.len()];
        let from = self.offs.get(i).map_or(end, |&f| f);
        &self.text.as_bytes()[from..end]
    }

    /// True when the chars before `i` end with `w`.
    pub fn ends_with(&self, i: usize, w: &str) -> bool {
        // Compared as bytes back from char `i`: a valid UTF-8 word that
        // ends there starts on a char boundary, so the answer is the same
        // as counting its chars back, without the count.
        // In line, as `begins`: `<[u8]>::ends_with` calls memcmp.
        match self.offs.get(i) {
            Some(&to) => {
                let (hay, w) = (&self.text.as_bytes()[self.offs[0]..to], w.as_bytes());
                hay.len() >= w.len() && begins(&hay[hay.len() - w.len()..], w)
            }
            None => w.is_empty(),
        }
    }

    /// The first of `words` that the chars from `i` begin with.
    pub fn word_at(&self, i: usize, words: &[&'static str]) -> Option<&'static str> {
        // The rest of the text is found once, not once per word.
        let Some(&from) = self.offs.get(i) else {
            return words.iter().copied().find(|w| w.is_empty());
        };
        let rest = &self.text.as_bytes()[from..self.offs[self.cs.len()]];
        words.iter().copied().find(|w| begins(rest, w.as_bytes()))
    }
}

/// True when `hay` begins with `word`, compared byte by byte in line:
/// the words are a few bytes, most differ within the first three, and a
/// call to memcmp (what `starts_with` makes) costs more than that.
pub fn begins(hay: &[u8], word: &[u8]) -> bool {
    hay.len() >= word.len() && hay.iter().zip(word).all(|(a, b)| a == b)
}

/// `a == b`, compared in line as [`begins`]: `==` on strs calls memcmp
/// when the lengths agree, as they often do for the short words a rule
/// compares at every number.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && begins(a.as_bytes(), b.as_bytes())
}

/// `hay.starts_with(word)`, compared in line: with a word from a list
/// (whose length the compiler does not know) `starts_with` calls memcmp,
/// which costs more than the few bytes compared.
pub fn starts(hay: &str, word: &str) -> bool {
    begins(hay.as_bytes(), word.as_bytes())
}

/// `hay.ends_with(word)`, compared in line as [`starts`].
pub fn ends(hay: &str, word: &str) -> bool {
    hay.len() >= word.len() && begins(&hay.as_bytes()[hay.len() - word.len()..], word.as_bytes())
}

/// The longest text [`mentions`] reads byte by byte.
const SHORT_BYTES: usize = 64;

/// `hay.contains(word)`. Rules ask it of the few chars around every
/// number, where setting up a substring search cost more than reading
/// them: a short `hay` is read in line, a longer one searched. A valid
/// word matches only where a char starts (UTF-8 resynchronises), so
/// the answer is the same.
pub fn mentions(hay: &str, word: &str) -> bool {
    if hay.len() > SHORT_BYTES {
        return hay.contains(word);
    }
    position(hay, word).is_some()
}

/// `hay.find(word)`, read in line for a short `hay` as [`mentions`] is.
pub fn position(hay: &str, word: &str) -> Option<usize> {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    if h.len() > SHORT_BYTES {
        return hay.find(word);
    }
    let Some(&first) = w.first() else {
        return Some(0);
    };
    if h.len() < w.len() {
        return None;
    }
    (0..=h.len() - w.len()).find(|&i| h[i] == first && begins(&h[i..], w))
}

/// A full-width digit or decimal point as its ASCII twin. Not `％`: units
/// are matched against the text as written, where `％` is a unit word.
pub fn fold_width(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' => '.',
        _ => c,
    }
}

/// A digit, ASCII or full-width.
pub fn is_digit(c: char) -> bool {
    fold_width(c).is_ascii_digit()
}

/// Clause boundaries: a subject never reaches across one.
pub fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?'
    ) || is_line_break(c)
}

pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// The char index where the clause containing `i` starts.
pub fn clause_start(c: &Chars, i: usize) -> usize {
    c.clause_starts[i.min(c.len())] as usize
}

/// The char index of the boundary that ends the clause containing `i`.
pub fn clause_end(c: &Chars, i: usize) -> usize {
    let at = c.bounds.partition_point(|&k| (k as usize) < i);
    c.bounds.get(at).map_or(c.len(), |&k| k as usize)
}

#[cfg(test)]
mod tests {
    use super::{begins, ends, mentions, position, same, starts, Chars};
    use crate::model::Span;

    #[test]
    fn words_at_and_before_a_char_answer_as_counted_by_chars() {
        let text = "比上年增长５%，增加";
        let c = Chars::new(text, Span::new(0, text.len()));
        let from = |i: usize| text.chars().skip(i).collect::<String>();
        let words = ["增长", "长", "５%", "上年增", "增加", "加x"];
        for i in 0..=c.len() + 1 {
            for w in words.iter().chain(&[""]) {
                let n = w.chars().count();
                let want = w.is_empty() || (i >= n && i <= c.len() && from(i - n).starts_with(w));
                assert_eq!(c.ends_with(i, w), want, "ends_with({i}, {w})");
            }
            let want = words.iter().copied().find(|w| from(i).starts_with(w));
            assert_eq!(c.word_at(i, &words), want, "word_at({i})");
            assert_eq!(c.bytes_from(i), from(i).as_bytes(), "bytes_from({i})");
        }
    }

    #[test]
    fn a_char_held_is_never_missed() {
        let text = "新建项目等5个（含续建）－𠀀";
        let c = Chars::new(text, Span::new(0, text.len()));
        for ch in text.chars() {
            assert!(c.may_hold(ch), "{ch}");
        }
        // A char of no bit the text set, and one read again after a
        // sentence that held it.
        assert!(!c.may_hold('在'));
        let mut c = c;
        c.read(Span::new(0, "新建".len()));
        assert!(!c.may_hold('等'));
    }

    #[test]
    fn clauses_looked_up_answer_as_scanned() {
        // Boundaries first, last, doubled, a line break, none at all.
        for text in [
            "，增长5%，，提高到6%\n共3个；",
            "增长5%",
            "",
            "，",
            "。增长",
        ] {
            let c = Chars::new(text, Span::new(0, text.len()));
            let n = c.len();
            for i in 0..=n + 2 {
                let start = (0..i.min(n))
                    .rev()
                    .find(|&k| super::is_boundary(c.cs[k]))
                    .map_or(0, |k| k + 1);
                let end = (i..n).find(|&k| super::is_boundary(c.cs[k])).unwrap_or(n);
                assert_eq!(super::clause_start(&c, i), start, "{text} start {i}");
                assert_eq!(super::clause_end(&c, i), end, "{text} end {i}");
            }
        }
    }

    #[test]
    fn begins_answers_as_starts_with() {
        for (hay, word) in [
            ("增长", "增"),
            ("增", "增长"),
            ("", ""),
            ("x", ""),
            ("下降", "增"),
        ] {
            assert_eq!(
                begins(hay.as_bytes(), word.as_bytes()),
                hay.starts_with(word)
            );
            assert_eq!(same(hay, word), hay == word);
            assert_eq!(mentions(hay, word), hay.contains(word));
            assert_eq!(starts(hay, word), hay.starts_with(word));
            assert_eq!(ends(hay, word), hay.ends_with(word));
        }
    }

    #[test]
    fn mentions_answers_as_contains() {
        let long = "全年累计接待游客".repeat(10);
        for hay in [
            "",
            "累",
            "累计",
            "全年累计",
            "计累",
            "全年累计接待",
            long.as_str(),
            "增长5%",
        ] {
            for word in ["", "累计", "计", "全年", "接待游客", "增长5%以上"] {
                assert_eq!(mentions(hay, word), hay.contains(word), "{hay} {word}");
                assert_eq!(position(hay, word), hay.find(word), "{hay} {word}");
            }
        }
    }
}
