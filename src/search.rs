//! Substring search over indicators, built once per report.
//!
//! Chinese has no spaces between words, so a tokenizer would miss most
//! queries; plain substring matching over a lower-cased haystack finds
//! `风电` inside `风电建设指标` and `gdp` inside `GDP`.

use std::ops::Range;

use crate::report::Report;

/// One lower-cased haystack per indicator: subject, English name, raw value
/// and the sentence it sits in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// An index of nothing: only a query without search terms passes it.
    pub const fn empty() -> SearchIndex {
        SearchIndex {
            haystacks: Vec::new(),
        }
    }

    pub fn new(report: &Report) -> SearchIndex {
        let haystacks = report
            .indicators
            .iter()
            .map(|ind| {
                let sentence = report
                    .sentence_of(ind)
                    .map_or("", |s| s.span.of(&report.text));
                let en = ind.subject_en.as_deref().unwrap_or("");
                format!(
                    "{}\u{1f}{}\u{1f}{}\u{1f}{}",
                    ind.subject, en, ind.raw, sentence
                )
                .to_lowercase()
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// Does indicator `i` contain every term (already lower-cased)?
    pub fn matches(&self, i: usize, terms: &[String]) -> bool {
        terms.is_empty()
            || self
                .haystacks
                .get(i)
                .is_some_and(|h| terms.iter().all(|t| h.contains(t.as_str())))
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

/// The byte ranges of `text` where any term occurs (case-insensitive),
/// merged and in order: what the UI highlights.
pub fn highlights(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths (rarely, outside ASCII/CJK); then
    // offsets would not map back, so highlight nothing rather than garbage.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .filter(|t| !t.is_empty())
        .flat_map(|t| {
            lower
                .match_indices(t.as_str())
                .map(|(at, m)| at..at + m.len())
        })
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
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
    use super::{highlights, pieces};

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
