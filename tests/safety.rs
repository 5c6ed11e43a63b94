//! Report text is data, never markup: a report carrying `<script>`,
//! `<img onerror>` or `javascript:` comes through the extractor and the
//! exports as the same characters. (The UI side is in tests/web.rs.)

use report_explorer::export;
use report_explorer::extract::extract;
use report_explorer::i18n::Lang;

const HOSTILE: &str = include_str!("fixtures/hostile.txt");

#[test]
fn markup_in_the_text_is_kept_verbatim_in_the_structure() {
    let r = extract(HOSTILE);
    let headings: Vec<&str> = r
        .document
        .sections
        .iter()
        .map(|s| s.heading.of(&r.text))
        .collect();
    assert_eq!(
        headings,
        [
            "一、2023年<i>工作</i>回顾",
            "一是<script>alert(1)</script>经济运行整体好转",
            "二、2024年重点工作任务",
            "（一）<b onmouseover=alert(4)>加快发展</b>",
        ]
    );
}

#[test]
fn numbers_between_tags_are_still_found_with_their_exact_offsets() {
    let r = extract(HOSTILE);
    let raws: Vec<&str> = r.indicators.iter().map(|i| &*i.raw).collect();
    assert_eq!(raws, ["6%", "12家", "5家"]);
    for i in &r.indicators {
        assert_eq!(&HOSTILE[i.start..i.end], i.raw);
    }
}

#[test]
fn exports_carry_markup_as_text() {
    let r = extract(HOSTILE);
    let json = export::json(&r, &export::all(&r), Lang::Zh);
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    let sections: Vec<&str> = back["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["section"].as_str().unwrap())
        .collect();
    assert!(
        sections[0].contains("<script>alert(1)</script>"),
        "{sections:?}"
    );
    let csv = export::csv(&r, &export::all(&r), Lang::Zh);
    assert!(
        csv.contains(
            ",一、2023年<i>工作</i>回顾 > 一是<script>alert(1)</script>经济运行整体好转\r\n"
        ),
        "{csv}"
    );
    // A subject holding a quote is quoted, its quotes doubled (RFC 4180).
    assert!(csv.contains(",\"alert(3)\"\">点击</a>新增企业\","), "{csv}");
}
