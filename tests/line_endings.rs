//! A report reads the same whatever its line endings: CRLF, a lone CR,
//! NEL, or Unicode's line and paragraph separators break lines as LF does,
//! and every span stays a byte offset into the text as given.

use report_explorer::embedded;
use report_explorer::extract::extract;
use report_explorer::model::Indicator;
use report_explorer::report::Report;

const ENDINGS: [(&str, &str); 5] = [
    ("CRLF", "\r\n"),
    ("CR", "\r"),
    ("NEL", "\u{85}"),
    ("LS", "\u{2028}"),
    ("PS", "\u{2029}"),
];

/// Everything but the offsets, which move with the longer line breaks.
fn record(i: &Indicator) -> Indicator {
    Indicator {
        start: 0,
        end: 0,
        ..i.clone()
    }
}

fn outline(r: &Report) -> Vec<(String, u8)> {
    let doc = &r.document;
    (0..doc.sections.len())
        .map(|s| (r.path(Some(s)), doc.sections[s].depth))
        .collect()
}

#[test]
fn the_embedded_report_reads_the_same_with_every_line_ending() {
    let lf = extract(embedded::text());
    // 3 parts, 9 chapters and 43 items.
    assert_eq!(lf.document.sections.len(), 55);
    for (name, ending) in ENDINGS {
        let text = embedded::text().replace('\n', ending);
        let r = extract(&text);
        assert_eq!(r.meta, lf.meta, "{name}");
        assert_eq!(outline(&r), outline(&lf), "{name}");
        assert_eq!(
            r.document.paragraphs.len(),
            lf.document.paragraphs.len(),
            "{name}"
        );
        assert_eq!(
            r.document.sentences.len(),
            lf.document.sentences.len(),
            "{name}"
        );
        assert_eq!(r.indicators.len(), lf.indicators.len(), "{name}");
        for (got, want) in r.indicators.iter().zip(&lf.indicators) {
            assert_eq!(record(got), record(want), "{name}");
            assert_eq!(&text[got.start..got.end], &*got.raw, "{name}: {}", got.id);
        }
    }
}

#[test]
fn mixed_line_endings_in_one_text() {
    let text = "一、2023年工作回顾\r\n\r\n一是经济运行整体好转。地区生产总值增长6%。\r\r二、2024年重点工作任务\u{2029}\u{2029}新建高标准农田50万亩。\n";
    let r = extract(text);
    let paragraphs: Vec<&str> = r
        .document
        .paragraphs
        .iter()
        .map(|p| p.span.of(text))
        .collect();
    assert_eq!(
        paragraphs,
        [
            "一、2023年工作回顾",
            "一是经济运行整体好转。地区生产总值增长6%。",
            "二、2024年重点工作任务",
            "新建高标准农田50万亩。",
        ]
    );
    assert_eq!(
        outline(&r),
        [
            ("一、2023年工作回顾".to_owned(), 1),
            ("一、2023年工作回顾 > 一是经济运行整体好转".to_owned(), 2),
            ("二、2024年重点工作任务".to_owned(), 1),
        ]
    );
    let found: Vec<(&str, String, &str)> = r
        .indicators
        .iter()
        .map(|i| (&*i.raw, i.period.to_string(), &text[i.start..i.end]))
        .collect();
    assert_eq!(
        found,
        [
            ("6%", "2023".to_owned(), "6%"),
            ("50万亩", "2024".to_owned(), "50万亩")
        ]
    );
}

#[test]
fn a_line_break_inside_a_paragraph_ends_a_clause() {
    // Blank lines separate the paragraphs, so the single breaks inside the
    // first one are not paragraph breaks; each still closes a clause, so
    // the second number's subject does not reach back across it.
    for ending in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}"] {
        let text =
            format!("粮食产量增长5%{ending}新建高标准农田38.2万亩。{ending}{ending}做好工作。");
        let r = extract(&text);
        assert_eq!(r.document.paragraphs.len(), 2, "{ending:?}");
        let subjects: Vec<&str> = r.indicators.iter().map(|i| &*i.subject).collect();
        assert_eq!(subjects, ["粮食产量", "新建高标准农田"], "{ending:?}");
    }
}
