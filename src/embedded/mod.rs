//! The report the app ships with.
//!
//! The explorer must show its table within a couple of frames of the page
//! opening, so it does not run the extractor at start-up: the records and
//! the structure are read once, ahead of time, and committed as static
//! tables in `data.rs` (written by [`codegen`], checked by
//! `tests/embedded_data.rs`). Building the [`Report`] then borrows the
//! records' text from those tables (no allocation per field, see
//! [`crate::model::Text`]), and the app's WebAssembly carries neither the
//! extractor nor the JSON reader the corrections need.

use crate::corrections;
use crate::extract::{self, Options};
use crate::model::{Comparator, Direction, Indicator, Kind, Meta, Sector, Span, Status, Text};
use crate::report::Report;
use crate::structure::{Document, Marker, Paragraph, Section, Sentence};

pub mod codegen;
#[rustfmt::skip]
mod data;

/// The file the text was copied from, under `assets/data/`.
pub const SOURCE: &str = "mudanjiang-2024-work-report.txt";

/// The city whose report this is: the text itself only says "我市".
pub const CITY: &str = "牡丹江市";

/// The report text, as published.
pub const TEXT: &str = include_str!("../../assets/data/mudanjiang-2024-work-report.txt");

/// Reviewed fixes for what the extractor's rules still get wrong on [`TEXT`].
pub const CORRECTIONS: &str = include_str!("../../assets/data/corrections.json");

/// The embedded report: [`extracted`] as of the last `data.rs`, read from
/// its tables (and, in the benchmark's build only, replicated 100 times).
pub fn report() -> Report {
    let report = Report {
        meta: data::META.to_meta(),
        text: TEXT.to_owned(),
        document: Document {
            title: data::TITLE,
            sections: data::SECTIONS.to_vec(),
            paragraphs: data::PARAGRAPHS.to_vec(),
            sentences: data::SENTENCES.to_vec(),
        },
        indicators: data::INDICATORS
            .iter()
            .map(IndicatorRow::to_indicator)
            .collect(),
    };
    if cfg!(feature = "synthetic-100x") {
        // Only the benchmark's build: how the explorer copes with 100 reports.
        return crate::synthetic::replicate(&report, 100);
    }
    report
}

/// The embedded report as the extractor reads it, before corrections.
pub fn raw_report() -> Report {
    extract::extract_with(
        TEXT,
        &Options {
            report_year: None,
            city: Some(CITY.to_owned()),
            source: SOURCE.to_owned(),
            level: None,
        },
    )
}

/// The embedded report as the extractor reads it today, corrections
/// applied: what `data.rs` must hold. A correction that no longer applies
/// is skipped here; the test suite fails on it.
pub fn extracted() -> Report {
    let mut report = raw_report();
    if let Ok(list) = corrections::parse(CORRECTIONS) {
        corrections::apply(&mut report.indicators, &list);
    }
    report
}

/// [`Meta`] as a static table row.
pub struct MetaRow {
    pub city: &'static str,
    pub level: &'static str,
    pub report_year: Option<u16>,
    pub review_year: Option<u16>,
    pub title: &'static str,
    pub source: &'static str,
    pub id: &'static str,
}

impl MetaRow {
    fn to_meta(&self) -> Meta {
        Meta {
            city: self.city.to_owned(),
            level: self.level.to_owned(),
            id: self.id.to_owned(),
            report_year: self.report_year,
            review_year: self.review_year,
            title: self.title.to_owned(),
            source: self.source.to_owned(),
        }
    }
}

/// [`Indicator`] as a static table row: the same fields, borrowed.
pub struct IndicatorRow {
    pub id: &'static str,
    pub sentence: &'static str,
    pub raw: &'static str,
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: &'static str,
    pub value_high: Option<f64>,
    pub comparator: Comparator,
    pub verb: &'static str,
    pub period: &'static str,
    pub status: Status,
    pub direction: Direction,
    pub kind: Kind,
    pub subject: &'static str,
    pub subject_en: Option<&'static str>,
    pub sector: Sector,
    pub section: &'static str,
}

impl IndicatorRow {
    fn to_indicator(&self) -> Indicator {
        Indicator {
            id: Text::Borrowed(self.id),
            sentence: Text::Borrowed(self.sentence),
            raw: Text::Borrowed(self.raw),
            start: self.start,
            end: self.end,
            value: self.value,
            unit: Text::Borrowed(self.unit),
            value_high: self.value_high,
            comparator: self.comparator,
            verb: Text::Borrowed(self.verb),
            period: Text::Borrowed(self.period),
            status: self.status,
            direction: self.direction,
            kind: self.kind,
            subject: Text::Borrowed(self.subject),
            subject_en: self.subject_en.map(Text::Borrowed),
            sector: self.sector,
            section: Text::Borrowed(self.section),
        }
    }
}

// Short constructors keep the generated tables one line per entry.

const fn span(start: usize, end: usize) -> Span {
    Span { start, end }
}

const fn section(
    marker: Marker,
    number: u32,
    heading: Span,
    span: Span,
    parent: Option<usize>,
    depth: u8,
) -> Section {
    Section {
        marker,
        number,
        heading,
        span,
        parent,
        depth,
    }
}

const fn paragraph(span: Span, section: Option<usize>) -> Paragraph {
    Paragraph { span, section }
}

const fn sentence(span: Span, paragraph: usize, section: Option<usize>) -> Sentence {
    Sentence {
        span,
        paragraph,
        section,
    }
}
