//! A research panel of several reports in one download: every indicator
//! of every report as one long table (CSV, UTF-8 with BOM, and JSON), the
//! targets-against-outcomes table of each pair of consecutive reports of
//! one place, and a README saying what the columns are and where the
//! numbers came from, in one store-only zip made in the page.

use crate::compare;
use crate::export;
use crate::i18n::Lang;
use crate::report::Report;
use crate::zip_store::{self, File, ZipError};

/// The file names inside the archive.
pub const PANEL_CSV: &str = "panel.csv";
pub const PANEL_JSON: &str = "panel.json";
pub const OUTCOMES_CSV: &str = "outcomes.csv";
pub const README: &str = "README.txt";

/// The panel of `reports` as a zip archive.
pub fn zip(reports: &[Report], lang: Lang) -> Result<Vec<u8>, ZipError> {
    let panel_csv = export::csv_many(reports, lang);
    let panel_json = export::json_many(reports, lang);
    let tables: Vec<_> = compare::consecutive_pairs(reports)
        .into_iter()
        .filter_map(|(a, b)| {
            let year = compare::consecutive(&reports[a], &reports[b]).ok()?;
            Some(compare::export::rows(&reports[a], &reports[b], year, lang))
        })
        .collect();
    let outcomes = compare::export::csv(&tables);
    let readme = readme(reports, tables.len());
    zip_store::store(&[
        File {
            name: README,
            bytes: readme.as_bytes(),
        },
        File {
            name: PANEL_CSV,
            bytes: panel_csv.as_bytes(),
        },
        File {
            name: PANEL_JSON,
            bytes: panel_json.as_bytes(),
        },
        File {
            name: OUTCOMES_CSV,
            bytes: outcomes.as_bytes(),
        },
    ])
}

/// What the panel is, in both languages: the reports it holds, the
/// columns, the units, the rule of "met" and how the numbers were read.
pub fn readme(reports: &[Report], pairs: usize) -> String {
    let list: Vec<String> = reports
        .iter()
        .map(|r| {
            let m = &r.meta;
            let year = m.report_year.map(|y| y.to_string()).unwrap_or_default();
            // The report as the page names it; the city column stays the
            // place read, empty when none was (a fact, not a label).
            format!(
                "- {} {} ({}, {}): {} indicators, id {}",
                r.name(crate::i18n::Lang::En),
                year,
                m.level,
                m.source,
                r.indicators.len(),
                m.id
            )
        })
        .collect();
    format!(
        "Government work report panel / 政府工作报告数据面板\n\
         \n\
         Reports / 报告 ({n}):\n{list}\n\
         \n\
         {panel_csv} and {panel_json}: one row (object) per indicator, every report.\n\
         The report's columns come first: city, level (province / city / county /\n\
         district), report_year (the year the report plans for), review_year (the\n\
         year it reviews), report_id (the same for the same text in any file),\n\
         source (the file). Then the coding scheme's fields: the number as written\n\
         (raw, value, unit, comparator >= floor / <= ceiling / ~ about), the year\n\
         it is about (period, or history for multi-year facts), status (actual,\n\
         estimate, target), direction, kind, subject, sector, and beside them the\n\
         sentence's text, value_signed (negative for a fall), labels and\n\
         character offsets. Values are as written: 38.2 with unit 万亩 is 382,000\n\
         mu; % is percent (a growth rate or a share, see kind).\n\
         \n\
         {outcomes} ({pairs} pair(s) of consecutive reports of one place): each\n\
         target a report sets for its year beside the result the next report of\n\
         the same place gives for that year. Met: a floor when the result is at or\n\
         above it; a ceiling when at or below; an approximate or plain target\n\
         when within 0.5 percentage points (rates) or 2% of the target (levels,\n\
         counts); beyond that in the target's own direction it is exceeded, short\n\
         of it missed. Consumer prices and unemployment about a value are limits:\n\
         met at or below the target plus that tolerance. Ranks and streaks are not compared; a target the next\n\
         report gives no result for is not comparable.\n\
         \n\
         How the numbers were read: by the work report explorer's extractor, a\n\
         rule-based reader of the report's text, in the browser that made this\n\
         file (no text left it). Each row names its sentence: check a number there\n\
         before relying on it. The full scheme: docs/scheme.md in the project.\n",
        n = reports.len(),
        list = list.join("\n"),
        panel_csv = PANEL_CSV,
        panel_json = PANEL_JSON,
        outcomes = OUTCOMES_CSV,
    )
}
