//! The reports the app ships with: every report in `assets/data/reports/`,
//! read by `build.rs` with the extractor and its reviewed corrections, in
//! file-name order, the first opening by default (see
//! [`report_core::embed`] for the shape, and why the page reads each one
//! again rather than carry its records).

use report_core::embed::Embedded;
use report_core::report::Report;

#[rustfmt::skip]
mod data {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
use data::REPORTS;

/// Every embedded report, as the build wrote it.
pub fn all() -> &'static [Embedded] {
    &REPORTS
}

/// The report the page opens on (in the benchmark's build only,
/// replicated 100 times).
pub fn report() -> Report {
    let report = extracted();
    if cfg!(feature = "synthetic-100x") {
        // Only the benchmark's build: how the explorer copes with 100 reports.
        return report_core::synthetic::replicate(&report, 100);
    }
    report
}

/// The first report's text, as published (tests and benchmarks read it).
pub fn text() -> &'static str {
    REPORTS[0].text
}

/// The first report as the extractor reads it, before its corrections.
pub fn raw_report() -> Report {
    REPORTS[0].raw()
}

/// The first report read now, its corrections applied (never replicated).
pub fn extracted() -> Report {
    REPORTS[0].report()
}
