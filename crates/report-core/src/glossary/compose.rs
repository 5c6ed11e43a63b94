//! Composition: a subject read as qualifiers around a head noun.
//!
//! English puts adjectives and noun modifiers before the head in the same
//! order as Chinese (`新增` `省级` `科技创新` `平台` → `new provincial-level
//! science and technology innovation platforms`); qualifiers that English
//! puts after the head (`规上` → `above designated size`, `改造` →
//! `renovated`) follow it, innermost first. A metric after a noun reads
//! with `of` (`规上工业企业` `营业收入` → `operating revenue of industrial
//! enterprises above designated size`).

use super::heads::{self, Head};
use super::qualifiers::{self, Pos};
use super::{phrases, Noun};

#[derive(Clone, Copy, Debug)]
enum Piece {
    Qualifier(&'static str, Pos),
    Head(&'static Head),
    /// A metric that reads `<metric> of <noun phrase>`.
    Metric(&'static str),
    /// A reviewed whole phrase standing in for a noun.
    Phrase(&'static str),
}

/// More splits than this and the subject is not one we can vouch for.
const MAX_SPLITS: usize = 256;

/// Quotation marks name things in Chinese; English keeps its own marks in
/// the table entries, so the Chinese ones are dropped before lookup.
pub fn unquoted(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '“' | '”' | '"' | '「' | '」' | '‘' | '’'))
        .collect()
}

/// The subject composed from known pieces, not yet capitalised.
pub fn phrase(s: &str) -> Option<String> {
    splits(s).iter().find_map(|pieces| render(pieces))
}

/// `A占B比重` (the form the extractor names every share in) when both A and
/// B have English: `Share of a in b`.
pub fn share(s: &str, name: impl Fn(&str) -> Option<String>) -> Option<String> {
    let inner = s.strip_suffix("比重")?;
    let (part, whole) = inner.split_once('占')?;
    let (part, whole) = (name(part)?, name(whole)?);
    Some(format!(
        "Share of {} in {}",
        lowered(&part),
        lowered(&whole)
    ))
}

/// `A、B、C` when every item has English: `A, B and C`.
pub fn list(s: &str) -> Option<String> {
    if !s.contains('、') {
        return None;
    }
    let items: Option<Vec<String>> = s
        .split('、')
        .map(|item| phrases::find(item).map(lowered).or_else(|| phrase(item)))
        .collect();
    let items = items?;
    let (last, rest) = items.split_last()?;
    Some(format!("{} and {last}", rest.join(", ")))
}

/// The noun a count of `subject` reads with (`22 enterprises`): the head
/// of its composition, or, for a whole phrase, a head of two or more
/// characters that ends it (one-character heads such as `村` end too many
/// other words).
pub fn count_noun(subject: &str) -> Option<Noun> {
    let plain = unquoted(subject);
    let composed = splits(&plain)
        .into_iter()
        .find(|pieces| render(pieces).is_some());
    if let Some(pieces) = composed {
        match pieces.last() {
            Some(Piece::Head(h)) if phrases::find(&plain).is_none() => return h.noun(),
            Some(Piece::Metric(_)) => return None,
            _ => {}
        }
    }
    heads::HEADS
        .iter()
        .filter(|h| h.zh.chars().count() >= 2 && plain.ends_with(h.zh))
        .max_by_key(|h| h.zh.len())
        .and_then(|h| h.noun())
}

/// First letter up, for a name standing alone. Every English entry starts
/// with an ASCII character (the test below holds the tables to it), so ASCII
/// upper-casing is exact here, and the page carries no Unicode upper-case
/// table for it (about 5 KB of the single file).
pub fn capitalised(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A reviewed name used inside a longer one: `Grain output` → `grain
/// output`, but `GDP` and `R&D` stay.
fn lowered(s: &str) -> String {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
            crate::case::lower(a).chain(s.chars().skip(1)).collect()
        }
        _ => s.to_owned(),
    }
}

/// Every way to cut `s` into known pieces, fewest pieces first; of two
/// as short, the one that reads a metric `of` a noun (`area of Chinese
/// medicinal herbs`, not `Chinese medicinal herb area`).
fn splits(s: &str) -> Vec<Vec<Piece>> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    walk(s, &mut path, &mut out);
    crate::order::sort_by_key(&mut out, |p| (p.len(), !of_form(p)));
    out
}

fn of_form(pieces: &[Piece]) -> bool {
    matches!(
        pieces,
        [
            ..,
            Piece::Head(_) | Piece::Phrase(_) | Piece::Metric(_),
            Piece::Metric(_)
        ]
    )
}

fn walk(rest: &str, path: &mut Vec<Piece>, out: &mut Vec<Vec<Piece>>) {
    if out.len() >= MAX_SPLITS {
        return;
    }
    if rest.is_empty() {
        if !path.is_empty() {
            out.push(path.clone());
        }
        return;
    }
    for (len, piece) in pieces_at(rest) {
        path.push(piece);
        walk(&rest[len..], path, out);
        path.pop();
    }
}

/// The pieces `s` can start with, and their length in bytes.
fn pieces_at(s: &str) -> Vec<(usize, Piece)> {
    let mut out = Vec::new();
    for q in qualifiers::QUALIFIERS {
        if s.starts_with(q.0) {
            out.push((q.0.len(), Piece::Qualifier(q.1, q.2)));
        }
    }
    for h in heads::HEADS {
        if s.starts_with(h.zh) {
            out.push((h.zh.len(), Piece::Head(h)));
        }
    }
    for m in heads::METRICS {
        if s.starts_with(m.0) {
            out.push((m.0.len(), Piece::Metric(m.1)));
        }
    }
    for p in phrases::PHRASES {
        if s.starts_with(p.0) {
            out.push((p.0.len(), Piece::Phrase(p.1)));
        }
    }
    out
}

fn render(pieces: &[Piece]) -> Option<String> {
    let (last, rest) = pieces.split_last()?;
    match *last {
        Piece::Metric(en) => match rest.last() {
            None => Some(en.to_owned()),
            Some(Piece::Head(h)) if h.definite => Some(format!("{en} of the {}", render(rest)?)),
            Some(Piece::Head(_) | Piece::Phrase(_) | Piece::Metric(_)) => {
                Some(format!("{en} of {}", render(rest)?))
            }
            Some(Piece::Qualifier(..)) => around(rest, en),
        },
        Piece::Head(h) => around(rest, h.many()),
        Piece::Phrase(en) => around(rest, &lowered(en)),
        Piece::Qualifier(..) => None,
    }
}

/// `head` with the qualifiers `mods` before and after it.
fn around(mods: &[Piece], head: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut after: Vec<&str> = Vec::new();
    for m in mods {
        match *m {
            Piece::Qualifier(en, Pos::Pre) => words.push(en.to_owned()),
            Piece::Qualifier(en, Pos::Post) => after.push(en),
            Piece::Head(h) => words.push(h.one.to_owned()),
            Piece::Phrase(en) => words.push(lowered(en)),
            Piece::Metric(_) => return None,
        }
    }
    words.push(head.to_owned());
    words.extend(after.iter().rev().map(|s| (*s).to_owned()));
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_entry_starts_with_ascii() {
        let heads = heads::HEADS.iter().flat_map(|h| [h.one, h.plural]);
        let metrics = heads::METRICS.iter().map(|m| m.1);
        let qualifiers = qualifiers::QUALIFIERS.iter().map(|q| q.1);
        let phrases = phrases::PHRASES.iter().map(|p| p.1);
        let not_ascii: Vec<&str> = heads
            .chain(metrics)
            .chain(qualifiers)
            .chain(phrases)
            .filter(|en| en.chars().next().is_some_and(|c| !c.is_ascii()))
            .collect();
        assert_eq!(not_ascii, Vec::<&str>::new());
    }

    #[test]
    fn capitalised_raises_the_first_letter_only() {
        assert_eq!(
            capitalised("grain output of new enterprises"),
            "Grain output of new enterprises"
        );
        assert_eq!(capitalised("R&D spending"), "R&D spending");
        assert_eq!(capitalised("5G base stations"), "5G base stations");
        assert_eq!(capitalised(""), "");
    }
}
