//! CSV as Excel and WPS read it: UTF-8 with a BOM (so they read the
//! Chinese right), RFC 4180 quoting, lines ending in CRLF, and every text
//! cell guarded against formulas. The columns are the exports' own
//! (`export` for indicators, `overview` for the overview's tables).

const BOM: char = '\u{feff}';

/// The whole CSV document: BOM, `header` (text cells), then `rows`, whose
/// cells are already written: text through [`text_cell`], numbers as they are.
pub fn document(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::with_capacity(4096);
    out.push(BOM);
    let header: Vec<String> = header.iter().map(|h| text_cell(h)).collect();
    push_row(&mut out, &header);
    for row in rows {
        push_row(&mut out, &row);
    }
    out
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
/// instead of running it; numbers are written by the exports as they are and never pass
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
    use super::{document, text_cell};

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

    #[test]
    fn a_document_is_bom_header_and_crlf_rows() {
        let rows = vec![vec!["-3.5".to_owned(), text_cell("=1")]];
        assert_eq!(
            document(&["value", "note"], rows),
            "\u{feff}value,note\r\n-3.5,'=1\r\n"
        );
    }
}
