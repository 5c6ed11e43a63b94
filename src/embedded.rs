//! The report the app ships with, embedded at compile time.

use crate::extract::{self, Options};
use crate::report::Report;

/// The file the text was copied from, under `assets/data/`.
pub const SOURCE: &str = "mudanjiang-2024-work-report.txt";

/// The city whose report this is: the text itself only says "我市".
pub const CITY: &str = "牡丹江市";

/// The report text, as published.
pub const TEXT: &str = include_str!("../assets/data/mudanjiang-2024-work-report.txt");

/// The embedded report, read by the same extractor the command-line tool uses.
pub fn report() -> Report {
    extract::extract_with(
        TEXT,
        &Options {
            report_year: None,
            city: Some(CITY.to_owned()),
            source: SOURCE.to_owned(),
        },
    )
}
