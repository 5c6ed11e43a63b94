//! The report the app ships with, embedded at compile time, with the
//! reviewed corrections of `assets/data/corrections.json` applied.

use crate::corrections;
use crate::extract::{self, Options};
use crate::report::Report;

/// The file the text was copied from, under `assets/data/`.
pub const SOURCE: &str = "mudanjiang-2024-work-report.txt";

/// The city whose report this is: the text itself only says "我市".
pub const CITY: &str = "牡丹江市";

/// The report text, as published.
pub const TEXT: &str = include_str!("../assets/data/mudanjiang-2024-work-report.txt");

/// Reviewed fixes for what the extractor's rules still get wrong on [`TEXT`].
pub const CORRECTIONS: &str = include_str!("../assets/data/corrections.json");

/// The embedded report as the extractor reads it, before corrections.
pub fn raw_report() -> Report {
    extract::extract_with(
        TEXT,
        &Options {
            report_year: None,
            city: Some(CITY.to_owned()),
            source: SOURCE.to_owned(),
        },
    )
}

/// The embedded report, corrections applied. A correction that no longer
/// applies is skipped here; the test suite fails on it.
pub fn report() -> Report {
    let mut report = raw_report();
    if let Ok(list) = corrections::parse(CORRECTIONS) {
        corrections::apply(&mut report.indicators, &list);
    }
    if cfg!(feature = "synthetic-100x") {
        // Only the benchmark's build: how the explorer copes with 100 reports.
        return crate::synthetic::replicate(&report, 100);
    }
    report
}
