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
        text_cell(i.comparator.code()),
        text_cell(&i.period),
        text_cell(i.status.id()),
        text_cell(i.direction.code()),
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

/// A text cell, quoted when it must be. A spreadsheet would run a cell that
/// starts with `=`, `+`, `@` or a tab as a formula, so such cells get a
/// leading apostrophe; numbers are written by [`row`] and never pass here,
/// so `-3.5` stays a number. The comparator `>=` starts with `>`, which is safe.
pub fn text_cell(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(['=', '+', '@', '\t']) {
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
    use super::text_cell;

    #[test]
    fn quotes_and_guards() {
        assert_eq!(text_cell("a,b"), "\"a,b\"");
        assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_cell("+1"), "'+1");
        assert_eq!(text_cell("-3.5"), "-3.5");
        assert_eq!(text_cell(">="), ">=");
    }
}
