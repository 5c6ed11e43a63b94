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
use crate::numerals;

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
                if number == last_number[marker.rank()] + 1 {
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
    for p in &mut doc.paragraphs {
        p.section = innermost(&doc.sections, p.span.start);
    }
    for s in &mut doc.sentences {
        s.section = innermost(&doc.sections, s.span.start);
    }
    doc
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

fn innermost(sections: &[Section], offset: usize) -> Option<usize> {
    // Later sections nest inside earlier ones, so the last match is the deepest.
    sections
        .iter()
        .rposition(|s| s.span.start <= offset && offset < s.span.end)
}

/// Paragraphs are separated by blank lines; a text with no blank line at
/// all has one paragraph per line. Spans are trimmed of whitespace.
fn split_paragraphs(text: &str) -> Vec<Span> {
    let has_blank_line =
        text.split('\n').skip(1).any(|line| line.trim().is_empty()) && text.trim().contains('\n');
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let blank = line.trim().is_empty();
        if blank || !has_blank_line {
            if let Some(s) = start.take() {
                out.push(trimmed(text, Span::new(s, end)));
            }
            if blank {
                continue;
            }
        }
        if start.is_none() {
            start = Some(line_start);
        }
        end = line_start + line.trim_end().len();
        if !has_blank_line {
            out.push(trimmed(text, Span::new(line_start, end)));
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(trimmed(text, Span::new(s, end)));
    }
    out.retain(|s| !s.is_empty());
    out
}

fn trimmed(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

/// Sentences end after 。！？ (and ASCII !?), together with any closing
/// quotes or brackets that follow. Semicolons do not end a sentence.
fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let body = para.of(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '”' | '’' | '」' | '』' | '）' | ')' | '"') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            push_trimmed(text, para.start, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, para.start, start, body.len(), &mut out);
    out
}

fn push_trimmed(text: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = trimmed(text, Span::new(base + start, base + end));
    if !span.is_empty() {
        out.push(span);
    }
}

fn looks_like_title(s: &str) -> bool {
    s.chars().count() <= 60 && s.contains("报告") && !s.contains(['。', '，', '：', ':'])
}

/// The longest heading text we accept: real headings are short phrases.
const MAX_HEADING_CHARS: usize = 40;

/// A heading at the start of a paragraph: marker, number and the byte
/// length of the heading text (without a closing 。).
fn paragraph_heading(text: &str, para: Span, first: Span) -> Option<(Marker, u32, usize)> {
    let p = para.of(text);
    let s = first.of(text);
    if let Some(rest) = strip_numeral_then(p, &['、']) {
        // A part heading is a whole paragraph with no sentence in it.
        let (n, _) = rest;
        return (first == para && !p.contains('。') && short(p)).then_some((
            Marker::Part,
            n,
            p.len(),
        ));
    }
    if let Some(after) = s.strip_prefix('（').or_else(|| s.strip_prefix('(')) {
        if let Some((n, rest)) = numeral_prefix(after) {
            if let Some(r) = rest.strip_prefix('）').or_else(|| rest.strip_prefix(')')) {
                if !r.is_empty() {
                    let marker = if n.1 { Marker::Point } else { Marker::Chapter };
                    return heading_len(s).map(|len| (marker, n.0, len));
                }
            }
        }
    }
    if let Some((n, len)) = item_heading(s) {
        return Some((Marker::Item, n, len));
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &s[digits..];
        // The marker may be multi-byte (、), so skip it by its own length.
        let marker = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '、' | '．'));
        if marker.is_some_and(|m| !rest[m.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())) {
            let n = s[..digits].parse().ok()?;
            return heading_len(s).map(|len| (Marker::Point, n, len));
        }
    }
    None
}

/// `一是…。` heading at the start of a sentence.
fn item_heading(s: &str) -> Option<(u32, usize)> {
    let (n, rest) = strip_numeral_then(s, &['是'])?;
    if rest.is_empty() {
        return None;
    }
    heading_len(s).map(|len| (n, len))
}

/// The heading is the sentence up to its closing 。, if it is short and is
/// a phrase rather than prose with clauses separated by semicolons.
fn heading_len(s: &str) -> Option<usize> {
    let len = s.find('。').unwrap_or(s.len());
    let h = &s[..len];
    (short(h) && !h.contains(['；', ';', '：'])).then_some(len)
}

fn short(s: &str) -> bool {
    s.chars().count() <= MAX_HEADING_CHARS
}

/// `二十、…` → (20, "…") when the numeral is followed by one of `ends`.
fn strip_numeral_then<'s>(s: &'s str, ends: &[char]) -> Option<(u32, &'s str)> {
    let len: usize = s
        .chars()
        .take_while(|&c| numerals::is_numeral_char(c))
        .map(char::len_utf8)
        .sum();
    if len == 0 || len > 9 {
        return None;
    }
    let rest = &s[len..];
    let end = rest.chars().next()?;
    if !ends.contains(&end) {
        return None;
    }
    let n = numerals::parse(&s[..len])?;
    Some((u32::try_from(n).ok()?, &rest[end.len_utf8()..]))
}

/// A Chinese or Arabic numeral at the start of `s`: ((value, is_arabic), rest).
fn numeral_prefix(s: &str) -> Option<((u32, bool), &str)> {
    let arabic = s.bytes().take_while(u8::is_ascii_digit).count();
    if arabic > 0 {
        return Some(((s[..arabic].parse().ok()?, true), &s[arabic..]));
    }
    let len: usize = s
        .chars()
        .take_while(|&c| numerals::is_numeral_char(c))
        .map(char::len_utf8)
        .sum();
    let n = numerals::parse(&s[..len])?;
    Some(((u32::try_from(n).ok()?, false), &s[len..]))
}
