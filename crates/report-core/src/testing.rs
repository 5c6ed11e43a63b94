//! The report the app ships with, read as its build reads it, for the
//! core's own tests (the app's `embedded` module holds the built one), and
//! where the workspace's shared fixtures are.

use std::path::PathBuf;

use crate::embed;
use crate::extract::extract;
use crate::report::Report;

/// The workspace root (the app's package), which holds `assets/` and `tests/`.
pub fn root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

pub fn mudanjiang() -> Report {
    let dir = root().join("assets/data/reports");
    let read = |ext: &str| {
        std::fs::read_to_string(dir.join(format!("mudanjiang-2024-work-report{ext}")))
            .expect("assets/data/reports/ holds the Mudanjiang report")
    };
    embed::prepare(
        "mudanjiang-2024-work-report.txt",
        &read(".txt"),
        Some(&read(".meta.json")),
        Some(&read(".corrections.json")),
    )
    .expect("the embedded report reads")
    .report
}

/// A record of `subject` with every other field at a plain default (a 2024
/// growth target of 1%, macro), for tests that set the fields they need.
pub fn indicator(subject: &str) -> crate::model::Indicator {
    use crate::model::{Comparator, Direction, Indicator, Kind, Period, Sector, Status};
    Indicator {
        id: "".into(),
        sentence: "".into(),
        raw: "".into(),
        start: 0,
        end: 0,
        value: 1.0,
        unit: "%".into(),
        value_high: None,
        comparator: Comparator::Exact,
        verb: "".into(),
        period: Period::Year(2024),
        status: Status::Target,
        direction: Direction::Up,
        kind: Kind::Growth,
        subject: subject.to_owned().into(),
        subject_en: None,
        sector: Sector::Macro,
        section: "".into(),
    }
}

/// The compare fixture of one year (`tests/fixtures/compare/qingyan-YEAR.txt`,
/// an invented city's consecutive reports), read by the extractor.
pub fn qingyan(year: u16) -> Report {
    fixture(&format!("compare/qingyan-{year}.txt"))
}

/// The fixture at `tests/fixtures/PATH`, read by the extractor.
pub fn fixture(path: &str) -> Report {
    let path = root().join("tests/fixtures").join(path);
    let text = std::fs::read_to_string(&path);
    extract(&text.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}
