//! The text → indicator extractor: `extract(text) -> Report`, the one
//! function behind both the command-line tool and the app.
//!
//! One pass per sentence: find number tokens (`number`), drop those that
//! are names or time references (`exclude`), give each its subject
//! (`subject`, `list`), then code kind, direction, status, period
//! (`classify`) and sector (`sector`). Nothing here knows a particular city.

mod chars;
mod classify;
mod exclude;
mod glossary;
mod lexicon;
mod list;
mod meta;
mod modifier;
mod number;
mod sector;
mod subject;
mod trim;
mod unit;

use chars::{clause_end, clause_start, Chars};
use classify::{Hedges, Part};

use crate::model::{Indicator, Meta, Sector};
use crate::report::Report;
use crate::structure::{self, Document, Marker, Sentence};

/// What the caller knows that the text may not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The year the report plans for; read from the headings when `None`.
    pub report_year: Option<u16>,
    /// The city; guessed from the text when `None`.
    pub city: Option<String>,
    /// Where the text came from (a file name).
    pub source: String,
    /// The level of government; read from the place's name when `None`.
    pub level: Option<crate::ingest::Level>,
}

/// Reads a report with no outside knowledge.
pub fn extract(text: &str) -> Report {
    extract_with(text, &Options::default())
}

/// Reads a report. Never panics, whatever the text. Lines may end in LF,
/// CRLF, CR, NEL, U+2028 or U+2029; every offset, the indicators' `start`
/// and `end` included, is a byte offset into `text` as given, which the
/// report keeps unchanged.
pub fn extract_with(text: &str, options: &Options) -> Report {
    let document = structure::parse(text);
    let meta: Meta = meta::read(text, &document, options);
    let indicators = indicators(text, &document, &meta);
    Report {
        meta,
        text: text.to_owned(),
        document,
        indicators,
    }
}

/// Where the planning part begins: the first part heading that is not a
/// review and names the report year or its tasks.
fn plan_start(text: &str, doc: &Document, meta: &Meta) -> Option<usize> {
    let year = meta.report_year.map(|y| y.to_string());
    doc.sections
        .iter()
        .filter(|s| s.marker == Marker::Part)
        .find(|s| {
            let h = s.heading.of(text);
            let review = h.contains("回顾") || h.contains("总结");
            let names_year = year.as_deref().is_some_and(|y| h.contains(y));
            let tasks = ["任务", "安排", "计划"].iter().any(|w| h.contains(w));
            !review && (names_year || tasks)
        })
        .map(|s| s.span.start)
}

fn indicators(text: &str, doc: &Document, meta: &Meta) -> Vec<Indicator> {
    let plan = plan_start(text, doc, meta);
    let mut out = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let c = Chars::new(text, sentence.span);
        let toks = number::scan(&c);
        if toks.is_empty() {
            continue;
        }
        let mut subs = Vec::with_capacity(toks.len());
        for k in 0..toks.len() {
            let s = subject::compute(&c, &toks, &subs, k);
            subs.push(s);
        }
        let leads = list::leads(&c, &toks, &subs);
        list::split_subjects(&leads, &mut subs);

        let part = match plan {
            Some(p) if sentence.span.start >= p => Part::Plan,
            _ => Part::Review,
        };
        let year = match part {
            Part::Review => meta.review_year,
            Part::Plan => meta.report_year,
        };
        let year = year.map(|y| y.to_string()).unwrap_or_default();
        let starts: Vec<usize> = toks.iter().map(|t| t.a).collect();
        let verbs = modifier::governing(&c, &starts, part == Part::Plan);
        let body = sentence.span.of(text);
        let estimate = classify::opens_with_estimate(body);
        let headline = sector::is_headline(body, toks.len());
        let prior = sector::by_heading(text, doc, sentence.section);
        let path = doc.path(text, sentence.section);
        let sid = Sentence::id(si);
        out.reserve(toks.len());
        let hedges = Hedges::new(&c);
        // Numbers of one clause share its topic: read it once per clause.
        let mut topic: Option<(usize, usize, Option<Sector>)> = None;
        for (k, (t, s)) in toks.iter().zip(&subs).enumerate() {
            let lead = leads[k];
            let la = toks[lead].a;
            let mut from = clause_start(&c, la).max(la.saturating_sub(6));
            if lead > 0 {
                from = from.max(toks[lead - 1].b.min(la));
            }
            let (kind, direction) = number::as_written(t, classify::kind(t, c.str(from, la)));
            let cs = clause_start(&c, t.a);
            let ce = clause_end(&c, t.b);
            let sector = if headline {
                Sector::Macro
            } else {
                let by_clause = match topic {
                    Some((a, b, found)) if (a, b) == (cs, ce) => found,
                    _ => {
                        let found = sector::by_content(c.str(cs, ce));
                        topic = Some((cs, ce, found));
                        found
                    }
                };
                // An inherited subject (`…610亿元，增长9.4%`) carries its topic.
                by_clause
                    .or_else(|| sector::by_content(&s.text))
                    .or(prior)
                    .unwrap_or(Sector::Macro)
            };
            out.push(Indicator {
                id: number_id(&sid, k + 1).into(),
                sentence: sid.clone().into(),
                raw: c.str(t.a, t.b).to_owned().into(),
                start: c.byte(t.a),
                end: c.byte(t.b),
                value: t.value,
                unit: t.unit.clone(),
                value_high: t.value_high,
                comparator: t.comparator,
                verb: verbs[k].into(),
                period: classify::period(t, &year),
                status: classify::status(part, estimate, hedges.within(cs, t.a)),
                direction,
                kind,
                subject_en: glossary::english(&s.text),
                subject: s.text.clone().into(),
                sector,
                section: path.clone().into(),
            });
        }
    }
    out
}

/// `s42-3`: the id of the `n`th number of sentence `s42`. Written by hand:
/// `format!` cost more than the rest of a number's id and record together
/// on a text dense with numbers.
fn number_id(sentence: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(sentence.len() + 1 + digits.len() - at);
    id.push_str(sentence);
    id.push('-');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

#[cfg(test)]
mod tests {
    use super::number_id;

    #[test]
    fn number_ids_read_like_format() {
        for n in [1, 9, 10, 42, 100, 12_345, usize::MAX] {
            assert_eq!(number_id("s7", n), format!("s7-{n}"));
        }
    }
}
