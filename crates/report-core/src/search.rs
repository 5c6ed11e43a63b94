//! Substring search over indicators, built once per report.
//!
//! Chinese has no spaces between words, so a tokenizer would miss most
//! queries; plain substring matching over a lower-cased haystack finds
//! `风电` inside `风电建设指标` and `gdp` inside `GDP`.
//!
//! Haystacks, terms and highlighted text are all folded by [`fold`], one
//! character at a time (full-width forms to their ASCII twins, then lower
//! case), so a term matches the same way wherever it stands, `１６３．９％`
//! finds `163.9%`, and a hit in the folded text maps back to the original's
//! chars.

use std::ops::Range;

use crate::report::Report;

/// Two folded haystacks per indicator: what is near the number (its
/// subject, English name and own clause, which holds the raw value) and
/// the whole sentence it sits in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    near: Vec<String>,
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// An index of nothing: only a query without search terms passes it.
    pub const fn empty() -> SearchIndex {
        SearchIndex {
            near: Vec::new(),
            haystacks: Vec::new(),
        }
    }

    pub fn new(report: &Report) -> SearchIndex {
        let (near, haystacks) = report
            .indicators
            .iter()
            .map(|ind| {
                let sentence = report.quote(ind);
                let en = ind.subject_en.as_deref().unwrap_or("");
                let clause = report.clause_quote(ind);
                let near = fold(&format!("{}\u{1f}{}\u{1f}{}", ind.subject, en, clause));
                // The raw value stays in the sentence's haystack too: a
                // sentence the structure did not find still has its number.
                let haystack = format!("{near}\u{1f}{}\u{1f}{}", fold(&ind.raw), fold(&sentence));
                (near, haystack)
            })
            .unzip();
        SearchIndex { near, haystacks }
    }

    /// Does indicator `i` contain every term (already [`fold`]ed)?
    pub fn matches(&self, i: usize, terms: &[String]) -> bool {
        terms.is_empty()
            || self
                .haystacks
                .get(i)
                .is_some_and(|h| terms.iter().all(|t| h.contains(t.as_str())))
    }

    /// How far indicator `i` is from the terms: how many of them are not
    /// in its subject or its own clause (0 when all are near the number).
    pub fn distance(&self, i: usize, terms: &[String]) -> usize {
        self.near.get(i).map_or(terms.len(), |near| {
            terms.iter().filter(|t| !near.contains(t.as_str())).count()
        })
    }
}

/// `text` cut at the search hits, in order: `(piece, is_hit)`, with no
/// empty piece. What both the table's markup and the virtual DOM mark up.
pub fn pieces<'t>(text: &'t str, terms: &[String]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in highlights(text, terms) {
        if r.start > at {
            out.push((&text[at..r.start], false));
        }
        out.push((&text[r.clone()], true));
        at = r.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

/// Folds `s` one character at a time (see [`fold_char`]).
/// `str::to_lowercase` looks at context (a final `Σ` becomes `ς`), so a
/// term lowered on its own could miss the same word lowered inside a
/// sentence; per character, both agree.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(fold_char).collect()
}

/// One character as search compares it: a full-width form (`０`–`９`,
/// `Ａ`–`ｚ`, `％`, `．`, `，`, `：` … U+FF01–U+FF5E) as its ASCII twin and
/// the ideographic space as a space, because Chinese input methods type
/// either width and a reader cannot tell them apart; then lower case.
/// Chinese punctuation with no ASCII twin (`。`, `、`) stays as it is.
pub fn fold_char(c: char) -> impl Iterator<Item = char> {
    let narrow = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        c => c,
    };
    crate::case::lower(narrow)
}

/// `text` folded by [`fold`], knowing where each folded byte came from.
struct Folded {
    lower: String,
    /// For each byte of `lower`, the byte offset in the original text of the
    /// char it was folded from; empty when every char folds to the same
    /// number of bytes (ASCII, CJK), so offsets are the same in both.
    origin: Vec<usize>,
}

impl Folded {
    fn new(text: &str) -> Folded {
        let lower = fold(text);
        let folded_len = |c: char| fold_char(c).map(char::len_utf8).sum::<usize>();
        let same_lengths = text.chars().all(|c| folded_len(c) == c.len_utf8());
        let mut origin = Vec::new();
        if !same_lengths {
            // `İ` grows to `i̇`, the Kelvin sign U+212A shrinks to `k`, `％`
            // to `%`: lengths can even cancel out over a text, so offsets
            // are always mapped.
            origin.reserve(lower.len());
            for (at, c) in text.char_indices() {
                origin.extend(std::iter::repeat_n(at, folded_len(c)));
            }
        }
        Folded { lower, origin }
    }

    /// The range of whole original chars that lowered bytes `r` came from.
    fn original(&self, text: &str, r: Range<usize>) -> Range<usize> {
        if self.origin.is_empty() {
            return r;
        }
        let start = self.origin[r.start];
        let last = self.origin[r.end - 1];
        let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        start..end
    }
}

/// The byte ranges of `text` where any term occurs (case-insensitive, terms
/// already [`fold`]ed), widened to whole chars of `text`, merged and in
/// order: what the UI highlights.
pub fn highlights(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .filter(|t| !t.is_empty())
        .flat_map(|t| {
            folded
                .lower
                .match_indices(t.as_str())
                .map(|(at, m)| folded.original(text, at..at + m.len()))
        })
        .collect();
    crate::order::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::{fold, highlights, pieces};

    fn terms(ts: &[&str]) -> Vec<String> {
        ts.iter().map(|t| fold(t)).collect()
    }

    /// A text without punctuation is one sentence and one clause: each
    /// number's haystack keeps the words around it (`QUOTE_MAX / 2` either
    /// side), not the whole text, so the index grows with the text rather
    /// than with its square, and a word far from a number does not find it.
    #[test]
    fn a_number_in_an_unpunctuated_text_is_found_by_the_words_near_it() {
        use super::SearchIndex;
        use crate::report::QUOTE_MAX;
        let filler = "稳".repeat(3000);
        let text = format!("首段词{filler}粮食产量增长5%{filler}末段词");
        let report = crate::extract::extract(&text);
        assert_eq!(report.indicators.len(), 1);
        let index = SearchIndex::new(&report);
        assert!(index.matches(0, &terms(&["粮食产量"])));
        assert!(!index.matches(0, &terms(&["首段词"])));
        assert!(!index.matches(0, &terms(&["末段词"])));
        let kept = index.haystacks[0].len() + index.near[0].len();
        assert!(
            kept < 4 * 3 * (QUOTE_MAX + 2),
            "{kept} bytes kept for one number"
        );
    }

    /// Two `İ` (each one byte longer lowered) and one Kelvin sign (two bytes
    /// shorter) keep the total length: the old length check let the shifted
    /// offsets through and `pieces` sliced inside the Kelvin sign, a panic.
    #[test]
    fn shifted_offsets_with_an_unchanged_total_length() {
        let text = "İİ\u{212a}风";
        assert_eq!(fold(text).len(), text.len());
        assert_eq!(highlights(text, &terms(&["k"])), vec![4..7]);
        assert_eq!(
            pieces(text, &terms(&["k"])),
            vec![("İİ", false), ("\u{212a}", true), ("风", false)]
        );
        assert_eq!(
            pieces(text, &terms(&["风"])),
            vec![("İİ\u{212a}", false), ("风", true)]
        );
    }

    #[test]
    fn chars_whose_lower_case_changes_length_are_highlighted() {
        // `İ` lowers to `i` + U+0307: a text with it is no longer skipped.
        assert_eq!(
            pieces("İstanbul GDP增长6%", &terms(&["gdp"])),
            vec![("İstanbul ", false), ("GDP", true), ("增长6%", false)]
        );
        // A term matching part of a char's lowered form marks the whole char.
        assert_eq!(
            pieces("İzmir", &terms(&["i"])),
            vec![("İ", true), ("zm", false), ("i", true), ("r", false)]
        );
        assert_eq!(
            pieces("İzmir", &terms(&["İz"])),
            vec![("İz", true), ("mir", false)]
        );
        // Ohm sign U+2126 lowers to ω (3 bytes to 2).
        assert_eq!(
            pieces("电阻10\u{2126}值", &terms(&["ω"])),
            vec![("电阻10", false), ("\u{2126}", true), ("值", false)]
        );
        // Capital sharp s lowers to ß (3 bytes to 2); Latin and CJK around it.
        assert_eq!(
            pieces("STRAẞE风电KM", &terms(&["straße", "km"])),
            vec![("STRAẞE", true), ("风电", false), ("KM", true)]
        );
    }

    #[test]
    fn full_and_half_width_fold_to_the_same_text() {
        assert_eq!(fold("１６３．９％"), "163.9%");
        assert_eq!(fold("ＧＤＰ　增长，ｋｍ：５"), "gdp 增长,km:5");
        // Chinese punctuation without an ASCII twin is left alone.
        assert_eq!(fold("。、"), "。、");
    }

    #[test]
    fn a_hit_in_either_width_marks_the_original_chars() {
        assert_eq!(
            pieces("增长１６３．９％和", &terms(&["163.9%"])),
            vec![("增长", false), ("１６３．９％", true), ("和", false)]
        );
        assert_eq!(
            pieces("增长163.9%和", &terms(&["１６３．９"])),
            vec![("增长", false), ("163.9", true), ("%和", false)]
        );
        assert_eq!(highlights("ＧＤＰ增长", &terms(&["gdp"])), vec![0..9]);
    }

    #[test]
    fn a_final_sigma_matches_the_term_typed_alone() {
        assert_eq!(fold("ΟΔΟΣ"), "οδοσ");
        assert_eq!(highlights("ΟΔΟΣ 1", &terms(&["ΟΔΟΣ"])), vec![0..8]);
        assert_eq!(highlights("ΟΔΟΣ 1", &terms(&["οδος"])), vec![]);
    }

    #[test]
    fn highlights_chinese_substrings_and_merges_overlaps() {
        let t = vec!["风电".to_owned(), "电项".to_owned()];
        assert_eq!(highlights("3个风电项目", &t), vec![4..13]);
    }

    #[test]
    fn highlights_ignore_case() {
        assert_eq!(highlights("万元GDP能耗", &["gdp".to_owned()]), vec![6..9]);
    }

    #[test]
    fn pieces_alternate_plain_text_and_hits() {
        let t = vec!["风电".to_owned()];
        assert_eq!(
            pieces("新增风电项目和风电", &t),
            vec![
                ("新增", false),
                ("风电", true),
                ("项目和", false),
                ("风电", true)
            ]
        );
        assert_eq!(pieces("增长6%", &[]), vec![("增长6%", false)]);
        assert!(pieces("", &t).is_empty());
    }

    #[test]
    fn no_terms_no_highlights() {
        assert!(highlights("增长6%", &[]).is_empty());
    }
}
