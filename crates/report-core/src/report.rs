//! A report as data: its text, structure, metadata and indicators.

use std::borrow::Cow;

use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::{Indicator, Meta, Span};
use crate::structure::{Document, Sentence};

/// The longest sentence or clause, in characters, kept whole beside each
/// of its numbers ([`Report::around`]): by the exports, the search index
/// and the table's snippets. A report's sentences stay far below it (the
/// longest in the corpus has 442); a text without punctuation can be one
/// sentence of the whole file, and keeping all of it beside every number
/// grew with the square of the text (a paragraph of 400 KB: 5.4 GB of
/// JSON, and a search index the page could not hold).
pub const QUOTE_MAX: usize = 1000;

/// What a title line says besides the place: words every report's title
/// has, so a title of only these names no report (`2024年政府工作报告`).
const TITLE_WORDS: [&str; 5] = [
    "人民政府工作报告",
    "政府工作报告",
    "工作报告",
    "节选",
    "摘要",
];

/// Does `title` say more than [`TITLE_WORDS`], dates and brackets?
fn names_something(title: &str) -> bool {
    let rest = TITLE_WORDS
        .iter()
        .fold(title.to_owned(), |t, w| t.replace(w, ""));
    rest.chars()
        .any(|c| !(c.is_numeric() || c.is_whitespace() || "年月日（）()—-·".contains(c)))
}

/// One report, read. Immutable once built: the app derives every view from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub meta: Meta,
    pub text: String,
    pub document: Document,
    pub indicators: Vec<Indicator>,
}

impl Report {
    /// The text of a span of this report.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// The heading path of a section (see [`Document::path`]).
    pub fn path(&self, section: Option<usize>) -> String {
        self.document.path(&self.text, section)
    }

    /// The sentence an indicator stands in: what the reader lights up and
    /// the record quotes.
    pub fn sentence_of(&self, indicator: &Indicator) -> Option<&Sentence> {
        self.document
            .sentence_at(indicator.start)
            .map(|s| &self.document.sentences[s])
    }

    /// The sentence the exports quote beside an indicator, as [`around`]
    /// gives it.
    ///
    /// [`around`]: Report::around
    pub fn quote(&self, indicator: &Indicator) -> Cow<'_, str> {
        self.sentence_of(indicator)
            .map_or(Cow::Borrowed(""), |s| self.around(s.span, indicator))
    }

    /// The text of `span` (a sentence or clause holding `indicator`): whole,
    /// unless it is longer than [`QUOTE_MAX`] characters; then the
    /// [`QUOTE_MAX`] / 2 either side of the number, with `…` where it was
    /// cut. Read in time bounded by [`QUOTE_MAX`], not by the span, so what
    /// is kept or shown per number stays bounded on any text.
    pub fn around(&self, span: Span, indicator: &Indicator) -> Cow<'_, str> {
        let whole = span.of(&self.text);
        if whole.char_indices().nth(QUOTE_MAX).is_none() {
            return Cow::Borrowed(whole);
        }
        let half = QUOTE_MAX / 2;
        let (s, e) = (span.start, span.end);
        let (from, to) = (indicator.start.clamp(s, e), indicator.end.clamp(s, e));
        let start = chars_back(&self.text, s, from, half);
        let end = chars_ahead(&self.text, to, e, half);
        let mut out = String::with_capacity(end - start + 6);
        if start > s {
            out.push('…');
        }
        out.push_str(&self.text[start..end]);
        if end < e {
            out.push('…');
        }
        Cow::Owned(out)
    }

    /// The clause an indicator stands in: its sentence cut at the clause
    /// punctuation (`，；。：、`) nearest either side of the number, without
    /// it.
    pub fn clause_of(&self, indicator: &Indicator) -> Span {
        self.clause_within(indicator, usize::MAX)
    }

    /// The clause an indicator stands in as [`around`] quotes it: what
    /// search ranks by and the table shows as a snippet. The clause marks
    /// are looked for at most [`QUOTE_MAX`] + 1 characters either side of
    /// the number, which quotes the same (a clause that reaches further is
    /// cut either way) in time bounded by [`QUOTE_MAX`]: on a text without
    /// punctuation, looking to the sentence's ends for every number took
    /// 17 s of a 400 KB file's opening in the page.
    ///
    /// [`around`]: Report::around
    pub fn clause_quote(&self, indicator: &Indicator) -> Cow<'_, str> {
        self.around(self.clause_within(indicator, QUOTE_MAX + 1), indicator)
    }

    /// [`clause_of`](Report::clause_of), the marks looked for at most
    /// `reach` characters either side of the number.
    fn clause_within(&self, indicator: &Indicator, reach: usize) -> Span {
        const CLAUSE_ENDS: [char; 5] = ['，', '；', '。', '：', '、'];
        let Some(sentence) = self.sentence_of(indicator) else {
            return indicator.span();
        };
        let (s, e) = (sentence.span.start, sentence.span.end);
        let (from, to) = (indicator.start.clamp(s, e), indicator.end.clamp(s, e));
        let lo = chars_back(&self.text, s, from, reach);
        let hi = chars_ahead(&self.text, to, e, reach);
        let start = self.text[lo..from].rfind(CLAUSE_ENDS).map_or(lo, |at| {
            lo + at
                + self.text[lo + at..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8)
        });
        let end = self.text[to..hi].find(CLAUSE_ENDS).map_or(hi, |at| to + at);
        Span::new(start, end)
    }

    /// What to call the report wherever a place would name it (a compare
    /// column, the report boxes and switcher, a chart's bar, the panel's
    /// list): its place, else its own title line if that says more than
    /// `政府工作报告`, else the file it was opened from. Never empty, so
    /// reports whose place was not read still read apart.
    pub fn name(&self, lang: Lang) -> Cow<'_, str> {
        let meta = &self.meta;
        let title = self.document.title_line(&self.text);
        if !meta.city.trim().is_empty() {
            Cow::Borrowed(meta.city.trim())
        } else if let Some(title) = title.filter(|t| names_something(t)) {
            Cow::Borrowed(title)
        } else if !meta.source.trim().is_empty() {
            Cow::Borrowed(meta.source.trim())
        } else {
            Cow::Borrowed(t(lang, Msg::UnknownPlace))
        }
    }

    /// The title to show: the text's own title line, else the metadata's.
    pub fn title(&self) -> &str {
        (self.document.title_line(&self.text)).unwrap_or(&self.meta.title)
    }
}

/// The byte index `n` characters before `at` in `text`, or `floor` if
/// fewer lie between them: read in time bounded by `n`.
fn chars_back(text: &str, floor: usize, at: usize, n: usize) -> usize {
    match n.checked_sub(1) {
        None => at,
        Some(k) => (text[floor..at].char_indices().rev().nth(k)).map_or(floor, |(i, _)| floor + i),
    }
}

/// The byte index `n` characters after `at` in `text`, or `ceiling` if
/// fewer lie between them: read in time bounded by `n`.
fn chars_ahead(text: &str, at: usize, ceiling: usize, n: usize) -> usize {
    (text[at..ceiling].char_indices().nth(n)).map_or(ceiling, |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    /// A report's sentence is quoted whole; one longer than `QUOTE_MAX`
    /// characters (a text without punctuation) as the `QUOTE_MAX / 2`
    /// either side of the number, cut with `…`.
    #[test]
    fn the_exports_quote_a_sentence_whole_or_around_its_number() {
        let text = "全年地区生产总值增长6%，粮食产量增长2.1%。";
        let report = crate::extract::extract(text);
        assert_eq!(report.indicators.len(), 2);
        for ind in &report.indicators {
            assert_eq!(
                report.quote(ind),
                "全年地区生产总值增长6%，粮食产量增长2.1%。"
            );
        }

        let filler = |n: usize| "稳".repeat(n);
        let half = super::QUOTE_MAX / 2;
        let long = format!("{}增长6%{}增长7%{}", filler(2000), filler(20), filler(2000));
        let report = crate::extract::extract(&long);
        let raws: Vec<&str> = report.indicators.iter().map(|i| i.raw.as_ref()).collect();
        assert_eq!(raws, ["6%", "7%"]);
        let first = &report.indicators[0];
        assert_eq!(
            report.quote(first),
            format!(
                "…{}增长6%{}增长7%{}…",
                filler(half - 2),
                filler(20),
                filler(half - 24)
            )
        );
        // At the text's start or end, only the other side is cut.
        let edge = format!("增长6%{}", filler(3000));
        let report = crate::extract::extract(&edge);
        let quoted = report.quote(&report.indicators[0]);
        assert_eq!(quoted, format!("增长{}…", &edge[6..6 + 2 + 3 * half]));
        // Exactly `QUOTE_MAX` characters is still whole.
        let whole = format!("增长6%{}", filler(super::QUOTE_MAX - 4));
        let report = crate::extract::extract(&whole);
        assert_eq!(report.quote(&report.indicators[0]), whole);
    }

    /// Looking for a clause's marks only `QUOTE_MAX + 1` characters either
    /// side quotes the same as looking to the sentence's ends: marks near
    /// the number, far from it, at the edge of the reach, or none.
    #[test]
    fn a_clause_is_quoted_the_same_however_far_its_marks_are_looked_for() {
        let filler = |n: usize| "稳".repeat(n);
        let max = super::QUOTE_MAX;
        for (before, after) in [
            (10, 10),
            (700, 10),
            (max - 6, 3),
            (max, 0),
            (max + 1, 5),
            (max + 2, max + 2),
            (3000, 40),
        ] {
            let text = format!(
                "开头，{}增长6%{}，结尾。新增项目{}个，{}增长7%。",
                filler(before),
                filler(after),
                before + after,
                filler(before)
            );
            let report = crate::extract::extract(&text);
            assert!(report.indicators.len() >= 2, "{before}/{after}");
            for ind in &report.indicators {
                assert_eq!(
                    report.clause_quote(ind),
                    report.around(report.clause_of(ind), ind),
                    "{before}/{after}: {}",
                    ind.raw
                );
            }
        }
    }

    /// The place, else a title that names something, else the file, else
    /// a word for not knowing: never empty.
    #[test]
    fn a_report_is_named_by_its_place_title_or_file() {
        let name = |text: &str, city: &str, source: &str| {
            let mut report = crate::extract::extract(text);
            report.meta.city = city.to_owned();
            report.meta.source = source.to_owned();
            report.name(Lang::Zh).into_owned()
        };
        let titled = "鹭港经济技术开发区2024年工作报告（节选）\n\n一、2023年工作回顾\n\n地区生产总值增长6%。\n";
        let generic = "2024年政府工作报告\n\n一、2023年工作回顾\n\n地区生产总值增长6%。\n";
        let untitled = "一、2023年工作回顾\n\n地区生产总值增长6%。\n";
        assert_eq!(name(titled, "鹭港区", "a.txt"), "鹭港区");
        assert_eq!(
            name(titled, "", "a.txt"),
            "鹭港经济技术开发区2024年工作报告（节选）"
        );
        assert_eq!(name(generic, "", "a.txt"), "a.txt");
        assert_eq!(name(untitled, " ", "b.docx"), "b.docx");
        assert_eq!(name(untitled, "", ""), "未知地区");
        let mut report = crate::extract::extract(untitled);
        report.meta.city.clear();
        assert_eq!(report.name(Lang::En), "unknown place");
    }

    /// A clause runs from the clause mark before the number to the one
    /// after it, within the sentence; the sentence's start or end bounds a
    /// clause that has no mark on that side.
    #[test]
    fn a_clause_is_cut_at_the_clause_marks_around_the_number() {
        let report = crate::extract::extract(
            "一、2023年工作回顾\n\n新增龙头企业10家，22家企业获批“黑土优品”使用权、旅游收入增长12%。\n",
        );
        let clauses: Vec<&str> = report
            .indicators
            .iter()
            .map(|i| report.slice(report.clause_of(i)))
            .collect();
        assert_eq!(
            clauses,
            [
                "新增龙头企业10家",
                "22家企业获批“黑土优品”使用权",
                "旅游收入增长12%"
            ]
        );
    }
}
