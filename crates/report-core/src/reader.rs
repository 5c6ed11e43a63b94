//! The reader's view of a report: the paragraphs of one section, each cut
//! into segments of plain text, heading text and indicator numbers.
//!
//! Deriving this natively keeps the UI a plain loop over segments, and lets
//! tests check exactly what the reader will mark.

use crate::model::Span;
use crate::report::Report;

/// What a segment of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Plain,
    /// Heading text of this section index.
    Heading(usize),
    /// The number of this indicator index.
    Indicator(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub mark: Mark,
    /// Inside the focused sentence (the selected indicator's).
    pub focus: bool,
}

/// One paragraph (or the part of it inside the section) as the reader shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub paragraph: usize,
    /// The section whose heading is this whole block (`一、…` on its own line).
    pub heading_of: Option<usize>,
    pub segments: Vec<Segment>,
}

/// The blocks of `section`, or of the whole report for `None`; segments
/// inside `focus` (a sentence) are flagged so the reader can light it up.
pub fn blocks(report: &Report, section: Option<usize>, focus: Option<Span>) -> Vec<Block> {
    let doc = &report.document;
    let range = match section {
        Some(i) => doc.sections[i].span,
        None => Span::new(0, report.text.len()),
    };
    let mut marks: Vec<Segment> = doc
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| Segment {
            span: s.heading,
            mark: Mark::Heading(i),
            focus: false,
        })
        .chain(
            report
                .indicators
                .iter()
                .enumerate()
                .map(|(i, ind)| Segment {
                    span: ind.span(),
                    mark: Mark::Indicator(i),
                    focus: false,
                }),
        )
        .filter(|m| range.contains(m.span))
        .collect();
    crate::order::sort_by_key(&mut marks, |m| {
        (m.span.start, std::cmp::Reverse(m.span.end))
    });

    doc.paragraphs
        .iter()
        .enumerate()
        .filter_map(|(pi, p)| {
            let span = Span::new(p.span.start.max(range.start), p.span.end.min(range.end));
            if span.is_empty() {
                return None;
            }
            let heading_of = doc.sections.iter().position(|s| {
                s.heading == span
                    || (s.heading.start == span.start && s.heading.end + "。".len() == span.end)
            });
            Some(Block {
                paragraph: pi,
                heading_of,
                segments: focused(segment(span, &marks), focus),
            })
        })
        .collect()
}

/// Cuts `span` at the marks inside it; a mark overlapping an earlier one is skipped.
fn segment(span: Span, marks: &[Segment]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = span.start;
    let first = marks.partition_point(|m| m.span.start < span.start);
    for m in marks[first..]
        .iter()
        .take_while(|m| m.span.start < span.end)
    {
        if m.span.start < at || !span.contains(m.span) {
            continue;
        }
        if m.span.start > at {
            out.push(Segment {
                span: Span::new(at, m.span.start),
                mark: Mark::Plain,
                focus: false,
            });
        }
        out.push(*m);
        at = m.span.end;
    }
    if at < span.end {
        out.push(Segment {
            span: Span::new(at, span.end),
            mark: Mark::Plain,
            focus: false,
        });
    }
    out
}

/// Splits plain segments at the edges of `focus` and flags what lies inside.
fn focused(segments: Vec<Segment>, focus: Option<Span>) -> Vec<Segment> {
    let Some(f) = focus else {
        return segments;
    };
    let mut out = Vec::with_capacity(segments.len() + 2);
    for seg in segments {
        let mut cuts = vec![seg.span.start];
        if seg.mark == Mark::Plain {
            cuts.extend(
                [f.start, f.end]
                    .into_iter()
                    .filter(|&c| seg.span.start < c && c < seg.span.end),
            );
        }
        cuts.push(seg.span.end);
        for w in cuts.windows(2) {
            out.push(Segment {
                span: Span::new(w[0], w[1]),
                focus: f.start <= w[0] && w[0] < f.end,
                ..seg
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    const TEXT: &str = "一、2023年工作回顾\n\n一是经济运行整体好转。全面落实政策。二是农业稳中有进。粮食丰收。\n\n各位代表，谢谢。";

    fn texts(report: &Report, blocks: &[Block]) -> Vec<Vec<(String, Mark)>> {
        blocks
            .iter()
            .map(|b| {
                b.segments
                    .iter()
                    .map(|s| (report.slice(s.span).to_owned(), s.mark))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn whole_report_marks_headings() {
        let mut r = extract(TEXT);
        r.indicators.clear();
        let b = blocks(&r, None, None);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].heading_of, Some(0));
        assert_eq!(
            texts(&r, &b)[1],
            vec![
                ("一是经济运行整体好转".to_owned(), Mark::Heading(1)),
                ("。全面落实政策。".to_owned(), Mark::Plain),
                ("二是农业稳中有进".to_owned(), Mark::Heading(2)),
                ("。粮食丰收。".to_owned(), Mark::Plain),
            ]
        );
    }

    #[test]
    fn the_focused_sentence_is_flagged() {
        let mut r = extract(TEXT);
        r.indicators.clear();
        let start = TEXT.find("全面落实").unwrap();
        let focus = Span::new(start, start + "全面落实政策。".len());
        let b = blocks(&r, Some(1), Some(focus));
        let got: Vec<(&str, bool)> = b[0]
            .segments
            .iter()
            .map(|s| (r.slice(s.span), s.focus))
            .collect();
        assert_eq!(
            got,
            vec![
                ("一是经济运行整体好转", false),
                ("。", false),
                ("全面落实政策。", true)
            ]
        );
    }

    #[test]
    fn an_inline_section_shows_only_its_own_text() {
        let mut r = extract(TEXT);
        r.indicators.clear();
        let b = blocks(&r, Some(2), None);
        assert_eq!(
            texts(&r, &b),
            vec![vec![
                ("二是农业稳中有进".to_owned(), Mark::Heading(2)),
                ("。粮食丰收。".to_owned(), Mark::Plain),
            ]]
        );
    }
}
