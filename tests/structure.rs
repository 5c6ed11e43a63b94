//! The structure parser on real paragraphs: one behaviour per test.

#[path = "fixtures/adversarial.rs"]
mod adversarial;

use report_explorer::structure::{parse, Document, Marker};

/// (marker, heading text, depth, parent heading) of every section.
#[track_caller]
fn outline(text: &str, doc: &Document) -> Vec<(Marker, String, u8, Option<String>)> {
    doc.sections
        .iter()
        .map(|s| {
            (
                s.marker,
                s.heading.of(text).to_owned(),
                s.depth,
                s.parent
                    .map(|p| doc.sections[p].heading.of(text).to_owned()),
            )
        })
        .collect()
}

fn o(
    marker: Marker,
    heading: &str,
    depth: u8,
    parent: Option<&str>,
) -> (Marker, String, u8, Option<String>) {
    (marker, heading.to_owned(), depth, parent.map(str::to_owned))
}

const REVIEW: &str = "各位代表：\n\n一、2023年工作回顾\n\n过去一年，是全面贯彻党的二十大精神的开局之年。\n\n一是经济运行整体好转。全面落实国家和省促进经济运行整体好转政策。预计全市地区生产总值增长6%。\n\n二是农业发展稳中有进。坚持“藏粮于地、藏粮于技”，新建高标准农田38.2万亩。\n\n各位代表，去年我市遭遇有记录以来最大洪水。\n\n二、2024年重点工作任务\n\n（一）强化科技创新引领，加速推进产业振兴。坚持把振兴发展的基点放在创新上。一是加快传统产业转型升级。强化企业包联服务。二是加快培育战略性新兴产业。大力发展数字经济。\n\n（二）加快发展现代农业，建设特色农业强市。深入践行大农业观。一是抓好粮食和重要农产品生产。严格落实粮食安全。";

#[test]
fn parts_items_and_chapters_nest_by_marker() {
    let doc = parse(REVIEW);
    assert_eq!(
        outline(REVIEW, &doc),
        vec![
            o(Marker::Part, "一、2023年工作回顾", 1, None),
            o(
                Marker::Item,
                "一是经济运行整体好转",
                2,
                Some("一、2023年工作回顾")
            ),
            o(
                Marker::Item,
                "二是农业发展稳中有进",
                2,
                Some("一、2023年工作回顾")
            ),
            o(Marker::Part, "二、2024年重点工作任务", 1, None),
            o(
                Marker::Chapter,
                "（一）强化科技创新引领，加速推进产业振兴",
                2,
                Some("二、2024年重点工作任务")
            ),
            o(
                Marker::Item,
                "一是加快传统产业转型升级",
                3,
                Some("（一）强化科技创新引领，加速推进产业振兴")
            ),
            o(
                Marker::Item,
                "二是加快培育战略性新兴产业",
                3,
                Some("（一）强化科技创新引领，加速推进产业振兴")
            ),
            o(
                Marker::Chapter,
                "（二）加快发展现代农业，建设特色农业强市",
                2,
                Some("二、2024年重点工作任务")
            ),
            o(
                Marker::Item,
                "一是抓好粮食和重要农产品生产",
                3,
                Some("（二）加快发展现代农业，建设特色农业强市")
            ),
        ]
    );
}

#[test]
fn an_item_that_opens_a_paragraph_ends_with_it() {
    let doc = parse(REVIEW);
    let closing = doc
        .paragraphs
        .iter()
        .find(|p| p.span.of(REVIEW).starts_with("各位代表，去年"))
        .unwrap();
    assert_eq!(doc.path(REVIEW, closing.section), "一、2023年工作回顾");
}

#[test]
fn an_inline_item_ends_at_the_next_item() {
    let doc = parse(REVIEW);
    let item = &doc.sections[5];
    assert_eq!(
        item.span.of(REVIEW),
        "一是加快传统产业转型升级。强化企业包联服务。"
    );
}

#[test]
fn sentences_end_at_full_stops_and_carry_their_section() {
    let doc = parse(REVIEW);
    let s = doc
        .sentences
        .iter()
        .find(|s| s.span.of(REVIEW).contains("38.2万亩"))
        .unwrap();
    assert_eq!(
        s.span.of(REVIEW),
        "坚持“藏粮于地、藏粮于技”，新建高标准农田38.2万亩。"
    );
    assert_eq!(
        doc.path(REVIEW, s.section),
        "一、2023年工作回顾 > 二是农业发展稳中有进"
    );
}

#[test]
fn a_closing_quote_stays_with_its_sentence() {
    let text = "城乡低保保障标准实现“十七连增。”争创全国双拥模范城。";
    let doc = parse(text);
    let got: Vec<&str> = doc.sentences.iter().map(|s| s.span.of(text)).collect();
    assert_eq!(
        got,
        ["城乡低保保障标准实现“十七连增。”", "争创全国双拥模范城。"]
    );
}

#[test]
fn an_item_word_inside_prose_is_not_a_heading() {
    // "三是" without 一是/二是 before it, and a long clause, are prose.
    let text = "一、工作回顾\n\n三是这样。一是推进改革，完善体制机制，强化要素保障，优化营商环境，激发市场活力，增强发展动力，推动高质量发展；二是稳就业。";
    let doc = parse(text);
    let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.of(text)).collect();
    assert_eq!(headings, ["一、工作回顾"]);
}

#[test]
fn numbered_points_nest_under_items() {
    let text = "一、主要任务\n\n（一）稳增长\n\n1.扩大有效投资。新开工项目200个。\n\n2.提振消费。社零增长7%。";
    let doc = parse(text);
    assert_eq!(
        outline(text, &doc),
        vec![
            o(Marker::Part, "一、主要任务", 1, None),
            o(Marker::Chapter, "（一）稳增长", 2, Some("一、主要任务")),
            o(Marker::Point, "1.扩大有效投资", 3, Some("（一）稳增长")),
            o(Marker::Point, "2.提振消费", 3, Some("（一）稳增长")),
        ]
    );
    // A standalone chapter heading governs the paragraphs after it.
    assert_eq!(doc.sections[1].span.end, text.len());
}

#[test]
fn a_title_line_is_recognised() {
    let text = "2024年某市人民政府工作报告\n\n各位代表：\n\n一、2023年工作回顾";
    let doc = parse(text);
    assert_eq!(
        doc.title.map(|t| t.of(text)),
        Some("2024年某市人民政府工作报告")
    );
}

#[test]
fn text_without_blank_lines_has_one_paragraph_per_line() {
    let text = "一、回顾\n经济增长6%。\n二、任务\n增长7%。";
    let doc = parse(text);
    assert_eq!(doc.paragraphs.len(), 4);
    assert_eq!(doc.sections.len(), 2);
}

#[test]
fn empty_and_odd_text_parse_without_panicking() {
    for text in [
        "",
        "\n\n\n",
        "。。。",
        "（",
        "一是",
        "一、",
        "1.",
        "\r\n\r\n一、回顾\r\n\r\n增长6%。\r\n",
    ] {
        let doc = parse(text);
        for s in &doc.sentences {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}

#[test]
fn the_embedded_report_has_its_three_parts() {
    let text = report_explorer::embedded::text();
    let doc = parse(text);
    let parts: Vec<&str> = doc
        .sections
        .iter()
        .filter(|s| s.marker == Marker::Part)
        .map(|s| s.heading.of(text))
        .collect();
    assert_eq!(
        parts,
        [
            "一、2023年工作回顾",
            "二、2024年重点工作任务",
            "三、加强政府自身建设"
        ]
    );
    assert_eq!(doc.sections.len(), 55);
    assert_eq!(
        doc.sections
            .iter()
            .filter(|s| s.marker == Marker::Chapter)
            .count(),
        9
    );
}

/// The deepest section containing `offset`, by looking at every section.
fn deepest(doc: &Document, offset: usize) -> Option<usize> {
    doc.sections
        .iter()
        .rposition(|s| s.span.start <= offset && offset < s.span.end)
}

#[test]
fn paragraphs_and_sentences_carry_their_deepest_section() {
    let texts = [
        report_explorer::embedded::text().to_owned(),
        REVIEW.to_owned(),
        adversarial::headings(300),
        include_str!("fixtures/unseen/city-a.txt").to_owned(),
        include_str!("fixtures/unseen/city-c.txt").to_owned(),
    ];
    for text in &texts {
        let doc = parse(text);
        assert!(!doc.sections.is_empty());
        for p in &doc.paragraphs {
            assert_eq!(
                p.section,
                deepest(&doc, p.span.start),
                "{}",
                p.span.of(text)
            );
        }
        for s in &doc.sentences {
            assert_eq!(
                s.section,
                deepest(&doc, s.span.start),
                "{}",
                s.span.of(text)
            );
        }
    }
}
