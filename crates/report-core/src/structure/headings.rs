//! Recognising headings by their markers: `一、`, `（一）`, `一是`, `1.`.

use super::Marker;
use crate::model::Span;
use crate::numerals;

pub(super) fn looks_like_title(s: &str) -> bool {
    s.chars().count() <= 60 && s.contains("报告") && !s.contains(['。', '，', '：', ':'])
}

/// The longest heading text we accept: real headings are short phrases.
const MAX_HEADING_CHARS: usize = 40;

/// A heading at the start of a paragraph: marker, number and the byte
/// length of the heading text (without a closing 。).
pub(super) fn paragraph_heading(
    text: &str,
    para: Span,
    first: Span,
) -> Option<(Marker, u32, usize)> {
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
pub(super) fn item_heading(s: &str) -> Option<(u32, usize)> {
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
