//! A report as data: its text, structure, metadata and indicators.

use crate::model::{Indicator, Meta, Span};
use crate::structure::{Document, Sentence};

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

    /// The clause an indicator stands in: its sentence cut at the clause
    /// punctuation (`，；。：、`) nearest either side of the number, without
    /// it. What search ranks by and the table shows as a snippet.
    pub fn clause_of(&self, indicator: &Indicator) -> Span {
        const CLAUSE_ENDS: [char; 5] = ['，', '；', '。', '：', '、'];
        let Some(sentence) = self.sentence_of(indicator) else {
            return indicator.span();
        };
        let (s, e) = (sentence.span.start, sentence.span.end);
        let (from, to) = (indicator.start.clamp(s, e), indicator.end.clamp(s, e));
        let start = self.text[s..from].rfind(CLAUSE_ENDS).map_or(s, |at| {
            s + at + self.text[s + at..].chars().next().map_or(0, char::len_utf8)
        });
        let end = self.text[to..e].find(CLAUSE_ENDS).map_or(e, |at| to + at);
        Span::new(start, end)
    }

    /// The title to show: the text's own title line, else the metadata's.
    pub fn title(&self) -> &str {
        match self.document.title {
            Some(span) => span.of(&self.text),
            None => &self.meta.title,
        }
    }
}

#[cfg(test)]
mod tests {
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
