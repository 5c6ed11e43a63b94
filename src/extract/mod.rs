//! The text → indicator extractor: `extract(text) -> Report`, the one
//! function behind both the command-line tool and the app.

mod meta;

use crate::model::Meta;
use crate::report::Report;
use crate::structure;

/// What the caller knows that the text may not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The year the report plans for; read from the headings when `None`.
    pub report_year: Option<u16>,
    /// The city; guessed from the text when `None`.
    pub city: Option<String>,
    /// Where the text came from (a file name).
    pub source: String,
}

/// Reads a report with no outside knowledge.
pub fn extract(text: &str) -> Report {
    extract_with(text, &Options::default())
}

/// Reads a report. Never panics, whatever the text.
pub fn extract_with(text: &str, options: &Options) -> Report {
    let document = structure::parse(text);
    let meta: Meta = meta::read(text, &document, options);
    Report {
        meta,
        text: text.to_owned(),
        document,
        indicators: Vec::new(),
    }
}
