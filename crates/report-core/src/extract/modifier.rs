//! Words around a number that bound it: 以上 / 突破 / 跨越 / 超 / 逾 / 余
//! (at least), 以内 / 控制在 (at most), 左右 / 约 / 近 (about).

use std::sync::OnceLock;

use super::chars::{clause_end, Chars};
use super::cues;
use super::lexicon::Lexicon;
use crate::model::Comparator;

/// Longest first where one ends another (`不超过` before `超过` before `超`).
const PREFIXES: [(&str, Comparator); 11] = [
    ("不低于", Comparator::AtLeast),
    ("不少于", Comparator::AtLeast),
    ("不超过", Comparator::AtMost),
    ("控制在", Comparator::AtMost),
    ("突破", Comparator::AtLeast),
    ("跨越", Comparator::AtLeast),
    ("超过", Comparator::AtLeast),
    // `总数超8600家`, `逾9500家`: the one-char forms of 超过.
    ("超", Comparator::AtLeast),
    ("逾", Comparator::AtLeast),
    ("约", Comparator::About),
    // `近19万人`: nearly, an approximate value (docs/scheme.md).
    ("近", Comparator::About),
];

const SUFFIXES: [(&str, Comparator); 4] = [
    ("以上", Comparator::AtLeast),
    ("以内", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("左右", Comparator::About),
];

/// A modifier ending right before char `i`: its start and meaning.
pub fn prefix(c: &Chars, i: usize) -> Option<(usize, Comparator)> {
    // Every number asks, several times: the char before it ends none of
    // the words for most, which a look-up of the words' last chars tells
    // without comparing strings (each comparison a call to memcmp).
    let last = c.get(i.checked_sub(1)?)?;
    if !prefix_ends().contains(&last) {
        return None;
    }
    PREFIXES
        .iter()
        .find(|(w, _)| c.ends_with(i, w))
        .map(|(w, m)| (i - w.chars().count(), *m))
}

/// The last char of each of [`PREFIXES`].
fn prefix_ends() -> &'static [char] {
    static ENDS: OnceLock<Vec<char>> = OnceLock::new();
    ENDS.get_or_init(|| {
        PREFIXES
            .iter()
            .filter_map(|(w, _)| w.chars().next_back())
            .collect()
    })
}

/// A modifier starting at char `i`: its length in chars and meaning.
pub fn suffix(c: &Chars, i: usize) -> Option<(usize, Comparator)> {
    SUFFIXES
        .iter()
        .find(|(w, _)| c.starts_with(i, w))
        .map(|(w, m)| (w.chars().count(), *m))
}

/// `余` / `多` between the number and its unit (3000余户, 5万余户).
pub fn is_infix(c: Option<char>) -> bool {
    matches!(c, Some('余' | '多'))
}

/// Words that govern a target or an estimate as written. `努力` before
/// `力争`: in `努力争取` the scan takes `努力`, then `争取` after it.
const GOVERNING: [&str; 7] = ["确保", "努力", "力争", "争取", "预期", "预计", "有望"];

/// [`GOVERNING`], indexed by first char: they are tried at every char of
/// every sentence.
fn governing_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::words(&GOVERNING))
}

/// Words that may stand before a governing word that opens a sentence.
const OPENERS: [&str; 8] = [
    "全年", "今年", "全市", "全县", "全区", "全省", "同时", "初步",
];

/// What may close an opener before the governing word (`今年，力争…`).
const OPENER_ENDS: [char; 2] = ['，', ','];

/// A governing word at char `i`, unless it is part of a name or means
/// something else there: `预期目标` names the target list, and `争取` in
/// a review is what was won (`争取上级资金18.7亿元`), not a goal.
fn governing_at(c: &Chars, i: usize, plan: bool) -> Option<&'static str> {
    let w = governing_words().word_at(c, i)?;
    let names_targets = w == "预期" && (c.starts_with(i + 2, "目标") || c.starts_with(i + 2, "性"));
    let won =
        w == "争取" && !plan && !c.starts_with(i + 2, "达到") && !c.starts_with(i + 2, "实现");
    (!names_targets && !won).then_some(w)
}

/// Marks that open a list item: a word right after one governs the item,
/// to the next [`ITEM_ENDS`] (`…；力争新增规上工业企业12家，规上工业增加值增长12%。`),
/// or, after a colon, to the end of the sentence.
const ITEM_OPENS: [char; 4] = ['；', ';', '：', ':'];
const ITEM_ENDS: [char; 2] = ['；', ';'];

/// The governing word of each number at `starts` (char indices), or "".
/// A word governs the numbers after it to the end of its clause
/// (`力争新增规上工业企业30家、产值超亿元企业达到120家`); one that opens
/// the sentence governs the whole sentence (`预计全年地区生产总值达到…，增长…；
/// 一般公共预算收入…`), one that opens a `；` item the item. A later word
/// ends the scope of an earlier one.
pub fn governing(c: &Chars, starts: &[usize], plan: bool) -> Vec<&'static str> {
    // Most sentences hold none of the words: the look-up at every char
    // (several per number on a text dense with numbers) is left out when
    // the sentence holds none of their first chars.
    let held = GOVERNING
        .iter()
        .any(|w| w.chars().next().is_some_and(|ch| c.may_hold(ch)));
    let end = if held { c.len() } else { 0 };
    let mut found: Vec<(usize, &'static str, usize)> = Vec::new();
    // Where the sentence's `；` items end, found once.
    let item_ends: Vec<usize> = (0..end).filter(|&i| ITEM_ENDS.contains(&c.cs[i])).collect();
    let mut i = 0;
    while i < end {
        match governing_at(c, i, plan) {
            Some(w) => {
                // `今年，力争…`: the opener may stand in a clause of its own.
                let opens = OPENERS
                    .iter()
                    .fold(cues::past_year_opener(c.str(0, i)), |s, o| {
                        s.strip_prefix(o)
                            .unwrap_or(s)
                            .trim_start_matches(OPENER_ENDS)
                    })
                    .trim()
                    .is_empty();
                let mark = item_mark(c, i);
                let until = if opens || mark.is_some_and(|m| !ITEM_ENDS.contains(&m)) {
                    c.len()
                } else if mark.is_some() {
                    let k = item_ends.partition_point(|&e| e <= i);
                    item_ends.get(k).copied().unwrap_or(c.len())
                } else {
                    clause_end(c, i)
                };
                // A new governing word ends the scope of the one before it
                // (and so of all before: each ended at its successor).
                if let Some(last) = found.last_mut() {
                    last.2 = last.2.min(i);
                }
                found.push((i, w, until));
                i += 2;
            }
            None => i += 1,
        }
    }
    starts
        .iter()
        .map(|&a| {
            // Scopes do not overlap: only the last word before `a` can govern it.
            let k = found.partition_point(|f| f.0 < a);
            k.checked_sub(1)
                .map(|k| found[k])
                .filter(|&(_, _, until)| a < until)
                .map_or("", |(_, w, _)| w)
        })
        .collect()
}

/// The item mark (`；`, `：`) right before char `i`, past the openers
/// that may stand between (`；全年力争…`).
fn item_mark(c: &Chars, i: usize) -> Option<char> {
    let mut at = i;
    loop {
        let before = c.str(at.saturating_sub(2), at);
        match OPENERS.iter().find(|o| before.ends_with(*o)) {
            Some(o) if at >= o.chars().count() => at -= o.chars().count(),
            _ => break,
        }
    }
    let m = c.get(at.checked_sub(1)?)?;
    ITEM_OPENS.contains(&m).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::{governing, prefix, PREFIXES};
    use crate::extract::chars::Chars;
    use crate::model::Span;

    /// A sentence without any governing word has none for its numbers,
    /// and one that holds a word's first char elsewhere (`有`, `预`) or a
    /// word is still read as before.
    #[test]
    fn governing_words_only_where_a_sentence_holds_them() {
        for (text, plan, want) in [
            ("增长5%，增长6%", true, ["", ""]),
            ("有3个，预备5个", true, ["", ""]),
            ("力争增长5%，预计增长6%", true, ["力争", "预计"]),
            ("增长5%，有望增长6%", false, ["", "有望"]),
        ] {
            let c = Chars::new(text, Span::new(0, text.len()));
            let starts: Vec<usize> = (0..c.len()).filter(|&i| c.cs[i].is_ascii_digit()).collect();
            assert_eq!(governing(&c, &starts, plan), want, "{text}");
        }
    }

    /// [`prefix`] looks at the last char first; the answer must be the
    /// first of [`PREFIXES`] that ends there, as trying each word gives.
    #[test]
    fn prefix_answers_as_trying_every_word() {
        let text = "不低于5%，超过3个，超8600家，逾9500家，约2亿元，近19万人，增长5%，控制在3%";
        let c = Chars::new(text, Span::new(0, text.len()));
        let before = |i: usize| c.str(0, i);
        for i in 0..=c.len() + 1 {
            let want = PREFIXES
                .iter()
                .find(|(w, _)| i <= c.len() && before(i).ends_with(w))
                .map(|(w, m)| (i - w.chars().count(), *m));
            assert_eq!(prefix(&c, i), want, "at {i}");
        }
    }
}
