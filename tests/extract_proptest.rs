//! The extractor never panics and keeps its spans honest, whatever the text.

use proptest::prelude::*;
use report_explorer::extract::{extract, extract_with, Options};

/// Text built from the characters the rules look at, so random input
/// actually reaches them (numbers, units, quotes, modifiers, headings).
fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "二、",
        "2023年",
        "工作回顾",
        "重点工作任务",
        "\n\n",
        "\n",
        "（一）",
        "一是",
        "。",
        "，",
        "、",
        "；",
        "：",
        "“",
        "”",
        "\"",
        "增长",
        "下降",
        "达到",
        "突破",
        "以上",
        "以内",
        "左右",
        "余",
        "约",
        "万",
        "亿",
        "元",
        "亩",
        "%",
        "个",
        "户",
        "平方米",
        "连续",
        "年",
        "个月",
        "第",
        "位",
        "首位",
        "方阵",
        "连冠",
        "连丰",
        "两位数",
        "二十",
        "十七",
        "九",
        "1",
        "38",
        ".",
        "2",
        "0",
        "5G",
        "A级",
        "等",
        "和",
        "全省",
        "居",
        "预计",
        "有望",
        "项目",
        "企业",
        "的",
        "我市",
        "全市",
        ",",
        "1,000",
        "🙂",
        " ",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let report = extract(text);
    for i in &report.indicators {
        assert!(i.start < i.end && i.end <= text.len(), "{i:?}");
        assert!(text.is_char_boundary(i.start) && text.is_char_boundary(i.end));
        assert_eq!(&text[i.start..i.end], i.raw);
        assert!(i.value.is_finite());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn lossy_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn report_like_text(text in report_like()) {
        check(&text);
    }

    #[test]
    fn any_year_option(text in report_like(), year in any::<u16>()) {
        let _ = extract_with(&text, &Options { report_year: Some(year), ..Options::default() });
    }
}

#[test]
fn text_without_headings_still_yields_a_report() {
    let report = extract("新建高标准农田38.2万亩。");
    assert_eq!(report.indicators.len(), 1);
    assert_eq!(report.indicators[0].section, "");
    assert_eq!(report.indicators[0].period, "");
    let empty = extract("");
    assert!(empty.indicators.is_empty());
}
