//! Cutting text into paragraphs and sentences, as trimmed byte spans.

use crate::model::Span;

/// A line break in any of the conventions a text file may use: LF, CR
/// (CRLF counts as one break), NEL, and Unicode's line and paragraph
/// separators. The text is read with its breaks where they stand, not
/// rewritten to LF, so spans stay byte offsets into the text as given
/// (INDICATORS.md: `start` and `end` index the source text).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The lines of `text`, each as the span of its content without its
/// break. Like `str::split`, `n` breaks give `n + 1` lines.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        out.push(Span::new(start, i));
        start = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
            start += 1;
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

/// Paragraphs are separated by blank lines; a text with no blank line at
/// all has one paragraph per line. Spans are trimmed of whitespace.
pub(super) fn split_paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let has_blank_line = lines.iter().skip(1).any(|l| l.of(text).trim().is_empty())
        && text.trim().contains(is_line_break);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for span in lines {
        let line = span.of(text);
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
            start = Some(span.start);
        }
        end = span.start + line.trim_end().len();
        if !has_blank_line {
            out.push(trimmed(text, Span::new(span.start, end)));
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
pub(super) fn split_sentences(text: &str, para: Span) -> Vec<Span> {
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
