//! The charts view's series and titles, built in the core from a report.
#![cfg(not(target_arch = "wasm32"))]

use report_explorer::aggregate;
use report_explorer::chart::series::{chart_set, headline, MAX_BARS};
use report_explorer::chart::ChartSpec;
use report_explorer::extract::extract;
use report_explorer::i18n::Lang;
use report_explorer::model::Comparator;

/// A review part and a plan part that name the same two metrics.
const TEXT: &str = "一、2023年工作回顾\n\n\
一是经济运行整体好转。地区生产总值增长6%，固定资产投资下降3.5%。\n\n\
二是农业发展稳中有进。新建高标准农田38.2万亩。\n\n\
二、2024年重点工作任务\n\n\
（一）主要预期目标。地区生产总值增长6%以上，固定资产投资增长8%。";

#[test]
fn growth_bars_are_signed_sorted_and_labelled_by_period_and_status() {
    let report = extract(TEXT);
    let rows: Vec<usize> = (0..report.indicators.len()).collect();
    let pairs = aggregate::pairs(&report.indicators);
    let set = chart_set(&report.indicators, &pairs, &rows, Lang::Zh);
    assert_eq!(set.growth.title, "增速（%）");
    let ChartSpec::Growth { bars } = &set.growth.spec else {
        panic!("not a growth chart")
    };
    let got: Vec<(&str, f64, Comparator)> = bars
        .iter()
        .map(|b| (b.label.as_str(), b.value, b.comparator))
        .collect();
    assert_eq!(
        got,
        [
            ("固定资产投资（2024年目标）", 8.0, Comparator::Exact),
            ("地区生产总值（2023年）", 6.0, Comparator::Exact),
            ("地区生产总值（2024年目标）", 6.0, Comparator::AtLeast),
            ("固定资产投资（2023年）", -3.5, Comparator::Exact),
        ]
    );
}

#[test]
fn pairs_keep_the_sign_and_the_target_comparator() {
    let report = extract(TEXT);
    let rows: Vec<usize> = (0..report.indicators.len()).collect();
    let pairs = aggregate::pairs(&report.indicators);
    let set = chart_set(&report.indicators, &pairs, &rows, Lang::En);
    assert_eq!(
        set.pairs.title,
        "Last year's result vs this year's target (each row to its own scale)"
    );
    let ChartSpec::Pairs { pairs: bars, .. } = &set.pairs.spec else {
        panic!("not a pairs chart")
    };
    let got: Vec<(&str, f64, f64, Comparator)> = bars
        .iter()
        .map(|p| {
            let (r, t) = (p.result.unwrap(), p.target.unwrap());
            (p.label.as_str(), r.value, t.value, t.comparator)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("GDP", 6.0, 6.0, Comparator::AtLeast),
            ("Fixed-asset investment", -3.5, 8.0, Comparator::Exact),
        ]
    );
    // The overview's chart draws the same pairs under its own title.
    let top = headline(&report.indicators, &pairs, Lang::En);
    assert_eq!(top.spec, set.pairs.spec);
    assert!(
        top.title.starts_with("Headline indicators"),
        "{}",
        top.title
    );
}

#[test]
fn a_filter_keeps_pairs_with_either_side_shown_and_counts_per_period() {
    let report = extract(TEXT);
    let pairs = aggregate::pairs(&report.indicators);
    // Only the plan part's rows: both pairs still have their target shown.
    let plan: Vec<usize> = (0..report.indicators.len())
        .filter(|&i| report.indicators[i].period == "2024")
        .collect();
    let set = chart_set(&report.indicators, &pairs, &plan, Lang::Zh);
    assert_eq!(set.pairs.spec.rows(), 2);
    let ChartSpec::Sectors { counts } = &set.sectors.spec else {
        panic!("not a sectors chart")
    };
    assert_eq!(counts.periods, ["2024"]);
    assert_eq!(set.sectors.title, "各领域指标数（按时期）");
}

#[test]
fn the_growth_title_says_when_only_the_ends_are_shown() {
    let report = report_explorer::synthetic::replicate(&report_explorer::embedded::report(), 3);
    let rows: Vec<usize> = (0..report.indicators.len()).collect();
    let set = chart_set(&report.indicators, &[], &rows, Lang::Zh);
    assert_eq!(set.growth.spec.rows(), MAX_BARS);
    assert!(
        set.growth
            .title
            .starts_with("增速（%）：最高与最低各 25 项，共 "),
        "{}",
        set.growth.title
    );
}

#[test]
fn an_english_count_pair_reads_with_what_it_counts() {
    let report = extract(
        "一、2023年工作回顾\n\n新增省级现代农业科技示范基地9个。\n\n\
         二、2024年重点工作任务\n\n新增省级现代农业科技示范基地3个。",
    );
    let pairs = aggregate::pairs(&report.indicators);
    let bars = report_explorer::chart::series::pair_bars(&report.indicators, &pairs, Lang::En);
    let (_, rows) = report_explorer::chart::table(
        &ChartSpec::Pairs {
            pairs: bars,
            of: Default::default(),
        },
        Lang::En,
    );
    assert_eq!(
        rows,
        [[
            "New provincial-level modern agricultural science and technology demonstration bases",
            "Agriculture & rural",
            "9 bases",
            "3 bases"
        ]]
    );
}
