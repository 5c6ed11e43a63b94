//! Indicators as CSV: UTF-8 with a BOM (so Excel reads the Chinese right),
//! RFC 4180 quoting, the scheme's field names as header. Shared by the
//! command-line tool and the app's CSV download.

use crate::model::Indicator;

/// Every field of an indicator, in the order the JSON export writes them.
pub const HEADER: [&str; 16] = [
    "id",
    "sentence",
    "raw",
    "start",
    "end",
    "value",
    "unit",
    "comparator",
    "period",
    "status",
    "direction",
    "kind",
    "subject",
    "subject_en",
    "sector",
    "section",
];

const BOM: char = '\u{feff}';

/// The whole CSV document, BOM and header included, lines ending in CRLF.
pub fn to_csv(indicators: &[&Indicator]) -> String {
    let mut out = String::with_capacity(64 + indicators.len() * 200);
    out.push(BOM);
    let header: Vec<String> = HEADER.iter().map(|h| text_cell(h)).collect();
    push_row(&mut out, &header);
    for i in indicators {
        push_row(&mut out, &row(i));
    }
    out
}

fn row(i: &Indicator) -> Vec<String> {
    vec![
        text_cell(&i.id),
        text_cell(&i.sentence),
        text_cell(&i.raw),
        i.start.to_string(),
        i.end.to_string(),
        i.value.to_string(),
        text_cell(&i.unit),
        text_cell(i.comparator.id()),
        text_cell(&i.period),
        text_cell(i.status.id()),
        text_cell(i.direction.id()),
        text_cell(i.kind.id()),
        text_cell(&i.subject),
        text_cell(i.subject_en.as_deref().unwrap_or("")),
        text_cell(i.sector.id()),
        text_cell(&i.section),
    ]
}

fn push_row(out: &mut String, cells: &[String]) {
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The first characters that make a spreadsheet read a cell as a formula
/// (OWASP's CSV injection list), and their full-width forms, which Excel
/// and WPS also accept in Chinese input modes.
const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A text cell, quoted when it must be. A cell that starts with a formula
/// character gets a leading apostrophe, so a spreadsheet shows the text
/// instead of running it; numbers are written by [`row`] and never pass
/// here, so `-3.5` stays a number. The comparator `>=` starts with `>`,
/// which is safe.
pub fn text_cell(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(FORMULA_STARTS) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{row, text_cell, to_csv, HEADER};

    #[test]
    fn quotes_and_guards() {
        assert_eq!(text_cell("a,b"), "\"a,b\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-3.5"), "'-3.5");
        assert_eq!(text_cell(">="), ">=");
        assert_eq!(text_cell(" a "), "\" a \"");
        assert_eq!(text_cell("增长6%"), "增长6%");
    }

    /// Every subject that a spreadsheet would run is guarded, quoted where
    /// the guarded text needs it; the numeric cells of the same rows stay
    /// plain numbers, negative ones included.
    #[test]
    fn formula_subjects_are_guarded_and_numbers_stay_numbers() {
        let report = crate::embedded::report();
        let subjects = [
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tTAB", "'\tTAB"),
            ("\rCR", "\"'\rCR\""),
            ("\u{ff1d}HYPERLINK(1)", "'\u{ff1d}HYPERLINK(1)"),
            ("\u{ff0b}1", "'\u{ff0b}1"),
            ("\u{ff0d}1", "'\u{ff0d}1"),
            ("\u{ff20}A1", "'\u{ff20}A1"),
            ("=A1,\"x\"", "\"'=A1,\"\"x\"\"\""),
        ];
        let rows: Vec<_> = subjects
            .iter()
            .map(|(subject, _)| {
                let mut ind = report.indicators[0].clone();
                ind.subject = (*subject).to_owned().into();
                ind.value = -3.5;
                ind
            })
            .collect();
        let csv = to_csv(&rows.iter().collect::<Vec<_>>());
        // Split on CRLF only: a guarded lone CR stays inside its quotes.
        let lines: Vec<&str> = csv
            .split("\r\n")
            .skip(1)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len(), subjects.len());
        let subject_col = HEADER.iter().position(|h| *h == "subject").unwrap();
        for (line, (_, want)) in lines.iter().zip(subjects) {
            let mut cells = row(&rows[0]);
            cells[subject_col] = want.to_owned();
            assert_eq!(cells[5], "-3.5");
            assert_eq!(*line, cells.join(","));
        }
    }
}
