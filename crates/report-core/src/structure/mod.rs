//! The report's structure, read from its own headings: parts (`一、…`),
//! chapters (`（一）…`), items (`一是…`), numbered points (`1.…`),
//! paragraphs and sentences, each with byte spans into the text.
//!
//! Nothing here knows any particular report. Headings are recognised by
//! their markers and by numbering that runs in order (一, 二, 三 … under the
//! same parent), which keeps prose such as "三是" inside a sentence, or a
//! stray "二、" in a list, from being taken for a heading.

use serde::{Deserialize, Serialize};

use crate::model::Span;

mod headings;
mod split;

use headings::{item_heading, looks_like_title, paragraph_heading};
pub use split::is_line_break;
use split::{split_paragraphs, split_sentences};

/// A report's text cut into its parts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// A title line before the first heading (`…政府工作报告`), if the text has one.
    pub title: Option<Span>,
    /// Headings in document order; a section's parent always comes first.
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// The kinds of heading marker, from the outermost in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Marker {
    /// `一、2023年工作回顾`: a part of the report, a paragraph of its own.
    Part,
    /// `（一）强化科技创新引领…。`
    Chapter,
    /// `一是经济运行整体好转。`
    Item,
    /// `1.` / `1、` / `（1）` at the start of a paragraph.
    Point,
}

const MARKERS: usize = 4;

impl Marker {
    fn rank(self) -> usize {
        self as usize
    }
}

/// One heading and the text it governs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub marker: Marker,
    /// The heading's own number: 2 for `二是`.
    pub number: u32,
    /// The heading text with its marker, without the closing `。`.
    pub heading: Span,
    /// Everything the heading governs, the heading included.
    pub span: Span,
    pub parent: Option<usize>,
    /// 1 for a top-level section.
    pub depth: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// The innermost section the paragraph starts in.
    pub section: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// The innermost section the sentence starts in.
    pub section: Option<usize>,
}

impl Sentence {
    /// The sentence's id as indicators cite it: `s0`, `s1`, …
    pub fn id(index: usize) -> String {
        format!("s{index}")
    }
}

impl Document {
    /// The title as a reader names the report: the first line of the title
    /// paragraph. Where paragraphs are separated by blank lines, the dated
    /// signature under a title (`——2026年1月13日在…会议上`) shares its
    /// paragraph; it is not part of the name, though the span keeps it,
    /// since the report's year and place are read from it too.
    pub fn title_line<'t>(&self, text: &'t str) -> Option<&'t str> {
        let title = self.title?.of(text);
        title
            .split(is_line_break)
            .map(str::trim)
            .find(|l| !l.is_empty())
    }

    /// The heading path of a section, outermost first, joined with ` > `:
    /// `一、2023年工作回顾 > 二是农业发展稳中有进`.
    pub fn path(&self, text: &str, section: Option<usize>) -> String {
        let mut labels = Vec::new();
        let mut at = section;
        while let Some(i) = at {
            labels.push(self.sections[i].heading.of(text));
            at = self.sections[i].parent;
        }
        labels.reverse();
        labels.join(" > ")
    }

    /// The index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The sections that are `section` itself or lie inside it.
    pub fn is_within(&self, mut section: Option<usize>, ancestor: usize) -> bool {
        while let Some(i) = section {
            if i == ancestor {
                return true;
            }
            section = self.sections[i].parent;
        }
        false
    }
}

/// Cuts `text` into paragraphs, sentences and sections. Never fails: text
/// without headings is one flat run of paragraphs.
pub fn parse(text: &str) -> Document {
    let paragraphs = split_paragraphs(text);
    let mut doc = Document::default();
    let mut headings: Vec<Heading> = Vec::new();
    let mut last_number = [0u32; MARKERS];
    for (pi, &para) in paragraphs.iter().enumerate() {
        let sentences = split_sentences(text, para);
        if pi == 0 && sentences.len() == 1 && looks_like_title(para.of(text)) {
            doc.title = Some(para);
        }
        for (si, &sentence) in sentences.iter().enumerate() {
            let found = if si == 0 {
                paragraph_heading(text, para, sentence)
            } else {
                item_heading(sentence.of(text)).map(|(n, h)| (Marker::Item, n, h))
            };
            if let Some((marker, number, heading_len)) = found {
                if continues(marker, number, last_number[marker.rank()]) {
                    last_number[marker.rank()] = number;
                    last_number[marker.rank() + 1..].fill(0);
                    let heading = Span::new(sentence.start, sentence.start + heading_len);
                    let standalone = sentences.len() == 1;
                    headings.push(Heading {
                        marker,
                        number,
                        heading,
                        paragraph_end: para.end,
                        standalone,
                    });
                }
            }
            doc.sentences.push(Sentence {
                span: sentence,
                paragraph: pi,
                section: None,
            });
        }
        doc.paragraphs.push(Paragraph {
            span: para,
            section: None,
        });
    }
    doc.sections = nest(&headings, text.len());
    let mut sections = Innermost::new(&doc.sections);
    for p in &mut doc.paragraphs {
        p.section = sections.at(p.span.start);
    }
    let mut sections = Innermost::new(&doc.sections);
    for s in &mut doc.sentences {
        s.section = sections.at(s.span.start);
    }
    doc
}

/// Headings number on from the last of their kind (一, 二, 三 …), except
/// that the first part may carry any number: an excerpt that begins at
/// `二、2023年工作安排` still has a part.
fn continues(marker: Marker, number: u32, last: u32) -> bool {
    number == last + 1 || (marker == Marker::Part && last == 0 && number > 0)
}

struct Heading {
    marker: Marker,
    number: u32,
    heading: Span,
    paragraph_end: usize,
    standalone: bool,
}

/// Gives each heading its parent and extent. A heading that is a paragraph
/// of its own governs the paragraphs after it until the next heading of the
/// same or an outer kind; a heading that opens a paragraph of prose
/// (`一是…。全面落实…`) governs only the rest of that paragraph, so closing
/// remarks after the last item belong to the part, not to the item.
fn nest(headings: &[Heading], text_end: usize) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::with_capacity(headings.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        while let Some(&top) = stack.last() {
            let closed =
                sections[top].marker >= h.marker || sections[top].span.end <= h.heading.start;
            if !closed {
                break;
            }
            stack.pop();
        }
        let parent = stack.last().copied();
        let parent_end = parent.map_or(text_end, |p| sections[p].span.end);
        let next_peer = headings[i + 1..]
            .iter()
            .find(|n| n.marker <= h.marker)
            .map_or(text_end, |n| n.heading.start);
        let mut end = next_peer.min(parent_end);
        if !h.standalone {
            end = end.min(h.paragraph_end);
        }
        let depth = parent.map_or(1, |p| sections[p].depth + 1);
        sections.push(Section {
            marker: h.marker,
            number: h.number,
            heading: h.heading,
            span: Span::new(h.heading.start, end),
            parent,
            depth,
        });
        stack.push(i);
    }
    sections
}

/// The innermost section at each of a run of ascending offsets, in one
/// pass: searching every section for every paragraph and sentence grew
/// with the square of the headings.
struct Innermost<'s> {
    sections: &'s [Section],
    /// Sections before this one start at or before the last offset asked.
    next: usize,
    /// Those of them that may still contain a later offset, in index order.
    open: Vec<usize>,
}

impl<'s> Innermost<'s> {
    fn new(sections: &'s [Section]) -> Innermost<'s> {
        Innermost {
            sections,
            next: 0,
            open: Vec::new(),
        }
    }

    /// Later sections nest inside earlier ones, so the deepest section at
    /// `offset` is the last one started that has not ended. One that has
    /// ended before `offset` has ended before every later offset too, so it
    /// is dropped for good.
    fn at(&mut self, offset: usize) -> Option<usize> {
        while self
            .sections
            .get(self.next)
            .is_some_and(|s| s.span.start <= offset)
        {
            self.open.push(self.next);
            self.next += 1;
        }
        while let Some(&top) = self.open.last() {
            if offset < self.sections[top].span.end {
                return Some(top);
            }
            self.open.pop();
        }
        None
    }
}
