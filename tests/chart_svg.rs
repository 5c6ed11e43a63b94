//! The charts drawn to SVG natively: real bars, labels and hit rectangles.
#![cfg(not(target_arch = "wasm32"))]

use report_explorer::aggregate::{Bar, SectorCounts};
use report_explorer::chart::{
    describe, draw, hit_at, preferred_height, svg, table, ChartSpec, PairBar, PairValue, PairsOf,
    Style, Target,
};
use report_explorer::i18n::Lang;
use report_explorer::model::{Comparator, Period, Sector, Status};
use report_explorer::palette::sector_hex;

use plotters::prelude::*;

const W: u32 = 640;

fn bar(indicator: usize, label: &str, value: f64, comparator: Comparator, sector: Sector) -> Bar {
    Bar {
        indicator,
        label: label.into(),
        value,
        high: None,
        comparator,
        sector,
        status: Status::Estimate,
    }
}

fn growth() -> ChartSpec {
    ChartSpec::Growth {
        bars: vec![
            bar(
                4,
                "规模以上工业增加值",
                7.0,
                Comparator::AtLeast,
                Sector::Industry,
            ),
            bar(1, "地区生产总值", 6.0, Comparator::Exact, Sector::Macro),
            bar(
                2,
                "固定资产投资",
                -3.5,
                Comparator::Exact,
                Sector::Investment,
            ),
        ],
    }
}

fn sectors() -> ChartSpec {
    ChartSpec::Sectors {
        counts: SectorCounts {
            periods: vec![Period::Year(2023), Period::Year(2024), Period::History],
            rows: vec![
                (Sector::Macro, vec![5, 3, 0]),
                (Sector::Agriculture, vec![2, 0, 1]),
            ],
        },
    }
}

fn pairs() -> ChartSpec {
    let pair =
        |label: &str, unit: &str, result: f64, target: f64, c: Comparator, r: usize, t: usize| {
            PairBar {
                label: label.into(),
                unit: unit.into(),
                result: Some(PairValue {
                    value: result,
                    high: None,
                    comparator: Comparator::Exact,
                    indicator: r,
                }),
                target: Some(PairValue {
                    value: target,
                    high: None,
                    comparator: c,
                    indicator: t,
                }),
                sector: Sector::Macro,
                noun: None,
            }
        };
    ChartSpec::Pairs {
        pairs: vec![
            pair("地区生产总值", "%", 6.0, 6.0, Comparator::AtLeast, 1, 10),
            pair("高标准农田", "万亩", 38.2, 40.0, Comparator::Exact, 3, 12),
        ],
        of: PairsOf::Years,
    }
}

/// Draws `spec` to SVG at its preferred height, returning the document and the hits.
#[track_caller]
fn render(spec: &ChartSpec, style: &Style) -> (String, Vec<report_explorer::chart::Hit>, u32) {
    let h = preferred_height(spec, W);
    let mut out = String::new();
    let hits = {
        let root =
            report_explorer::chart::SvgBackend::with_string(&mut out, (W, h)).into_drawing_area();
        draw(&root, spec, style).unwrap()
    };
    (out, hits, h)
}

/// `(x, y, width, height)` of every filled rect of colour `fill`.
fn rects(svg: &str, fill: &str) -> Vec<(i32, i32, i32, i32)> {
    boxes(svg, &format!("fill=\"{fill}\""))
}

/// `(x, y, width, height)` of every outlined (unfilled) rect of colour `stroke`.
fn outlines(svg: &str, stroke: &str) -> Vec<(i32, i32, i32, i32)> {
    boxes(svg, &format!("fill=\"none\" stroke=\"{stroke}\""))
}

/// `(x, y, width, height)` of every rect whose line contains `attrs`.
fn boxes(svg: &str, attrs: &str) -> Vec<(i32, i32, i32, i32)> {
    svg.lines()
        .filter(|l| l.starts_with("<rect") && l.contains(attrs))
        .map(|l| {
            (
                attr(l, "x"),
                attr(l, "y"),
                attr(l, "width"),
                attr(l, "height"),
            )
        })
        .collect()
}

fn attr(line: &str, name: &str) -> i32 {
    let start = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].parse().unwrap()
}

/// The text of every `<text>` element, unescaped.
fn texts(svg: &str) -> Vec<String> {
    let lines: Vec<&str> = svg.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("<text"))
        .map(|w| {
            w[1].replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn growth_draws_one_bar_per_rate_in_its_sector_colour() {
    let titled = Style::default().with_title("增速（%）");
    let (svg, hits, _) = render(&growth(), &titled);
    // Each sector: one legend swatch and one bar.
    for s in [Sector::Industry, Sector::Macro, Sector::Investment] {
        assert_eq!(rects(&svg, sector_hex(s)).len(), 2, "{s:?}");
    }
    let texts = texts(&svg);
    for t in [
        "增速（%）",
        "招商项目",
        "规模以上工业增加值",
        "地区生产总值",
        "固定资产投资",
        "≥7%",
        "+6%",
        "−3.5%",
    ] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
    assert_eq!(hits.len(), 3);
}

#[test]
fn falls_lie_left_of_the_zero_line_and_rises_right() {
    let (svg, _, _) = render(&growth(), &Style::default());
    // The zero line is the last polyline, in the foreground colour.
    let zero = svg
        .lines()
        .rfind(|l| l.contains("stroke=\"#1B1F24\""))
        .unwrap();
    let points = &zero[zero.find("points=\"").unwrap() + 8..];
    let zero_x: i32 = points.split(',').next().unwrap().parse().unwrap();
    let (x, _, w, _) = rects(&svg, sector_hex(Sector::Investment))[1];
    assert_eq!(x + w, zero_x);
    assert!(w > 0);
    let (x, _, w, _) = rects(&svg, sector_hex(Sector::Macro))[1];
    assert_eq!(x, zero_x);
    assert!(w > 0);
}

#[test]
fn one_hit_per_bar_inside_the_area_and_over_its_bar() {
    let (svg, hits, h) = render(&growth(), &Style::default());
    let targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    assert_eq!(
        targets,
        [
            Target::Indicator(4),
            Target::Indicator(1),
            Target::Indicator(2)
        ]
    );
    for hit in &hits {
        assert!(
            0 <= hit.x0 && hit.x0 < hit.x1 && hit.x1 < W as i32,
            "{hit:?}"
        );
        assert!(
            0 <= hit.y0 && hit.y0 < hit.y1 && hit.y1 < h as i32,
            "{hit:?}"
        );
    }
    for (i, s) in [Sector::Industry, Sector::Macro, Sector::Investment]
        .into_iter()
        .enumerate()
    {
        let (x, y, w, rh) = rects(&svg, sector_hex(s))[1];
        assert_eq!(hit_at(&hits, x + w / 2, y + rh / 2), Some(i));
    }
    assert_eq!(hits[1].tooltip, "地区生产总值：+6%（宏观经济 · 预计）");
    assert_eq!(hit_at(&hits, 0, 0), None);
}

#[test]
fn sectors_stack_one_rect_per_nonzero_period_with_a_legend() {
    let (svg, hits, _) = render(&sectors(), &Style::default());
    // Each colour: one legend swatch plus its non-empty segments.
    assert_eq!(rects(&svg, "#4477AA").len(), 1 + 2);
    assert_eq!(rects(&svg, "#CCBB44").len(), 1 + 1);
    assert_eq!(rects(&svg, "#EE6677").len(), 1 + 1);
    let texts = texts(&svg);
    for t in ["宏观经济", "农业农村", "2023年", "2024年", "多年", "8", "3"] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
    assert_eq!(
        hits.iter().map(|h| h.target).collect::<Vec<_>>(),
        [
            Target::Sector(Sector::Macro),
            Target::Sector(Sector::Agriculture)
        ]
    );
    assert_eq!(hits[0].tooltip, "宏观经济：2023年 5，2024年 3，合计 8");
}

#[test]
fn sectors_speak_english_when_asked() {
    let (svg, hits, _) = render(&sectors(), &Style::new(1.0, false, Lang::En));
    let texts = texts(&svg);
    for t in ["Macroeconomy", "Agriculture & rural", "Multi-year"] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
    assert_eq!(
        hits[1].tooltip,
        "Agriculture & rural: 2023 2, Multi-year 1, Total 3"
    );
}

#[test]
fn pairs_draw_result_and_target_with_the_comparator() {
    let (svg, hits, _) = render(&pairs(), &Style::default());
    assert_eq!(rects(&svg, "#4477AA").len(), 1 + 2);
    assert_eq!(rects(&svg, "#CCBB44").len(), 1 + 2);
    let texts = texts(&svg);
    for t in [
        "上年完成",
        "今年目标",
        "地区生产总值",
        "≥ 6%",
        "6%",
        "38.2万亩",
        "40万亩",
    ] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
    let targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    assert_eq!(targets, [1, 10, 3, 12].map(Target::Indicator));
    assert_eq!(hits[1].tooltip, "地区生产总值 — 今年目标：≥ 6%");
}

/// The embedded report's headline: GDP 6% → 6%, fixed-asset investment
/// −3.5% → 8%, public budget revenue 20.8% → ≥ 6%.
fn headline() -> ChartSpec {
    let pair = |label: &str, result: f64, target: f64, c: Comparator| PairBar {
        label: label.into(),
        unit: "%".into(),
        result: Some(PairValue {
            value: result,
            high: None,
            comparator: Comparator::Exact,
            indicator: 0,
        }),
        target: Some(PairValue {
            value: target,
            high: None,
            comparator: c,
            indicator: 1,
        }),
        sector: Sector::Macro,
        noun: None,
    };
    ChartSpec::Pairs {
        pairs: vec![
            pair("地区生产总值", 6.0, 6.0, Comparator::Exact),
            pair("固定资产投资", -3.5, 8.0, Comparator::Exact),
            pair("一般公共预算收入", 20.8, 6.0, Comparator::AtLeast),
        ],
        of: PairsOf::Years,
    }
}

#[test]
fn a_fall_is_drawn_left_of_its_rows_zero_and_a_rise_right_of_it() {
    let (svg, _, _) = render(&headline(), &Style::default());
    // Row 2: the result (−3.5) ends where the target (8) starts: at zero.
    let results = rects(&svg, "#4477AA");
    let targets = rects(&svg, "#CCBB44");
    let (rx, _, rw, _) = results[1 + 1];
    let (tx, _, tw, _) = targets[1 + 1];
    assert_eq!(
        rx + rw,
        tx,
        "the fall ends at the zero the rise starts from"
    );
    // −3.5 and 8 to one scale: the rise is 8/3.5 times as long.
    let ratio = f64::from(tw) / f64::from(rw);
    assert!((ratio - 8.0 / 3.5).abs() < 0.1, "{ratio}");
    // Rows with no fall start at the labels' edge, as before.
    assert_eq!(results[1].0, results[1 + 2].0);
    assert_eq!(results[1].0, targets[1].0);
    assert_eq!(rx, results[1].0, "the fall reaches the labels' edge");
    assert!(
        tx > targets[1].0,
        "the fall's row has its zero further right"
    );
}

#[test]
fn the_description_ranks_rate_targets_by_their_step_from_last_year() {
    assert_eq!(
        describe(&headline(), Lang::Zh),
        "上年完成与今年目标对比条形图，共3项指标。增速目标比上年提高最多：固定资产投资（−3.5% → 8%，+11.5个百分点）；最少：一般公共预算收入（20.8% → ≥ 6%，−14.8个百分点）。"
    );
    assert_eq!(
        describe(&headline(), Lang::En),
        "Bar chart of last year's results against this year's targets, 3 metrics. The rate target furthest above last year: 固定资产投资 (−3.5% → 8%, +11.5 points); the least: 一般公共预算收入 (20.8% → ≥ 6%, −14.8 points)."
    );
}

#[test]
fn an_empty_chart_says_so() {
    for (spec, lang, message) in [
        (ChartSpec::Growth { bars: vec![] }, Lang::Zh, "无数据"),
        (
            ChartSpec::Pairs {
                pairs: vec![],
                of: PairsOf::Years,
            },
            Lang::En,
            "No data",
        ),
        (
            ChartSpec::Sectors {
                counts: SectorCounts::default(),
            },
            Lang::Zh,
            "无数据",
        ),
    ] {
        let (svg, hits, _) = render(&spec, &Style::new(1.0, false, lang));
        assert_eq!(texts(&svg), [message]);
        assert!(hits.is_empty());
    }
}

#[test]
fn a_zero_sized_area_draws_nothing_and_does_not_fail() {
    assert!(svg(&growth(), 0, 0, &Style::default()).is_ok());
    assert!(svg(&growth(), 40, 30, &Style::default()).is_ok());
}

#[test]
fn selection_and_focus_add_outlines_dark_mode_changes_the_ground() {
    let mut style = Style::default();
    let plain = svg(&growth(), W, 200, &style).unwrap();
    style.selected = Some(1);
    style.focus = Some(2);
    let marked = svg(&growth(), W, 200, &style).unwrap();
    assert_eq!(
        marked.matches("fill=\"none\" stroke=\"#1B1F24\"").count(),
        1
    );
    assert_eq!(
        marked.matches("fill=\"none\" stroke=\"#C2410C\"").count(),
        1
    );
    assert_eq!(plain.matches("fill=\"none\" stroke=").count(), 0);
    let dark = svg(&growth(), W, 200, &Style::new(1.0, true, Lang::Zh)).unwrap();
    assert!(dark.contains("fill=\"#0D1117\""));
}

#[test]
fn scale_multiplies_every_size() {
    let one = svg(&growth(), W, 200, &Style::default()).unwrap();
    let two = svg(&growth(), 2 * W, 400, &Style::new(2.0, false, Lang::Zh)).unwrap();
    let (_, _, w1, h1) = rects(&one, sector_hex(Sector::Macro))[1];
    let (_, _, w2, h2) = rects(&two, sector_hex(Sector::Macro))[1];
    assert!(
        (w2 - 2 * w1).abs() <= 2 && (h2 - 2 * h1).abs() <= 2,
        "{w1}x{h1} vs {w2}x{h2}"
    );
}

#[test]
fn taller_for_more_bars() {
    let one = ChartSpec::Growth {
        bars: vec![bar(1, "a", 1.0, Comparator::Exact, Sector::Macro)],
    };
    assert!(preferred_height(&growth(), W) > preferred_height(&one, W));
    assert_eq!(
        preferred_height(&growth(), W) - preferred_height(&one, W),
        2 * 28
    );
}

#[test]
fn a_narrow_chart_makes_room_for_its_wrapped_legend() {
    assert_eq!(
        preferred_height(&growth(), 200) - preferred_height(&growth(), W),
        2 * 22
    );
    let (svg, _, _) = {
        let mut out = String::new();
        let h = preferred_height(&growth(), 200);
        let root =
            report_explorer::chart::SvgBackend::with_string(&mut out, (200, h)).into_drawing_area();
        let hits = draw(&root, &growth(), &Style::new(1.0, false, Lang::En)).unwrap();
        drop(root);
        (out, hits, h)
    };
    // Three legend lines, one swatch each, stacked.
    let swatches: Vec<i32> = [Sector::Macro, Sector::Industry, Sector::Investment]
        .map(|s| rects(&svg, sector_hex(s))[0].1)
        .to_vec();
    assert!(
        swatches[0] < swatches[1] && swatches[1] < swatches[2],
        "{swatches:?}"
    );
}

#[test]
fn describe_names_count_highest_and_lowest() {
    assert_eq!(
        describe(&growth(), Lang::Zh),
        "增速条形图，共3个指标。最高：规模以上工业增加值 ≥7%；最低：固定资产投资 −3.5%。"
    );
    assert_eq!(
        describe(&growth(), Lang::En),
        "Bar chart of growth rates, 3 indicators. Highest: 规模以上工业增加值 ≥7%; lowest: 固定资产投资 −3.5%."
    );
    assert_eq!(
        describe(&sectors(), Lang::Zh),
        "各领域指标数堆叠条形图，共2个领域、11个指标。最多：宏观经济 8个；最少：农业农村 3个。"
    );
    assert_eq!(
        describe(&pairs(), Lang::Zh),
        "上年完成与今年目标对比条形图，共2项指标。目标比上年：高标准农田（38.2万亩 → 40万亩，+4.71%）。"
    );
    assert_eq!(
        describe(&ChartSpec::Growth { bars: vec![] }, Lang::En),
        "No data."
    );
}

#[test]
fn table_has_the_numbers_the_bars_show() {
    let (headers, rows) = table(&growth(), Lang::Zh);
    assert_eq!(headers, ["指标", "领域", "状态", "增速"]);
    assert_eq!(rows[2], ["固定资产投资", "招商项目", "预计", "−3.5%"]);
    let (headers, rows) = table(&sectors(), Lang::En);
    assert_eq!(headers, ["Sector", "2023", "2024", "Multi-year", "Total"]);
    assert_eq!(
        rows,
        [
            ["Macroeconomy", "5", "3", "0", "8"],
            ["Agriculture & rural", "2", "0", "1", "3"]
        ]
    );
    let (headers, rows) = table(&pairs(), Lang::Zh);
    assert_eq!(headers, ["指标", "领域", "上年完成", "今年目标"]);
    assert_eq!(rows[0], ["地区生产总值", "宏观经济", "6%", "≥ 6%"]);
}

#[test]
fn long_labels_of_one_metric_keep_the_words_that_tell_them_apart() {
    let va = "Value added of industry above designated size";
    let spec = ChartSpec::Growth {
        bars: vec![
            bar(
                1,
                &format!("{va} (2023 estimate)"),
                7.0,
                Comparator::AtLeast,
                Sector::Industry,
            ),
            bar(
                2,
                &format!("{va} (2024 target)"),
                6.0,
                Comparator::Exact,
                Sector::Industry,
            ),
            bar(
                3,
                &format!("{va}, result"),
                5.0,
                Comparator::Exact,
                Sector::Industry,
            ),
            bar(
                4,
                &format!("{va}, target"),
                4.0,
                Comparator::Exact,
                Sector::Industry,
            ),
        ],
    };
    let (svg, _, _) = render(&spec, &Style::new(1.0, false, Lang::En));
    let texts = texts(&svg);
    // 40 % of 640 px leaves 256 px, 32 letters at 13 px: the ends stay.
    for t in [
        "Value added of… (2023 estimate)",
        "Value added of… (2024 target)",
        "Value added of industry… result",
        "Value added of industry… target",
    ] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
}

/// A compare chart of one metric across three reports, each `(label,
/// result, target)`: the bars numbered in drawing order, as the compare
/// view numbers them.
fn across(rows: &[(&str, Option<f64>, Option<f64>)]) -> ChartSpec {
    let mut bar = 0..;
    let mut value = |v: Option<f64>, comparator| {
        v.map(|value| PairValue {
            value,
            high: None,
            comparator,
            indicator: bar.next().unwrap(),
        })
    };
    let pairs = rows
        .iter()
        .map(|&(label, result, target)| PairBar {
            label: label.into(),
            unit: "%".into(),
            result: value(result, Comparator::Exact),
            target: value(target, Comparator::AtLeast),
            sector: Sector::Macro,
            noun: None,
        })
        .collect();
    ChartSpec::Pairs {
        pairs,
        of: PairsOf::Years,
    }
}

/// Results only (no report gives a target): one lane per row, the legend
/// names the results alone, and the words and the table say so.
#[test]
fn a_chart_of_results_only_draws_them_and_names_only_them() {
    let spec = across(&[
        ("甲市 · 2024年", Some(8.1), None),
        ("乙市 · 2024年", Some(12.6), None),
    ]);
    let (svg, hits, h) = render(&spec, &Style::default());
    // A swatch and two bars in the results' colour, none in the targets'.
    assert_eq!(rects(&svg, "#4477AA").len(), 1 + 2);
    assert_eq!(rects(&svg, "#CCBB44").len(), 0);
    let texts = texts(&svg);
    assert!(texts.iter().any(|t| t == "上年完成"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t == "今年目标" || t == "无数据"),
        "{texts:?}"
    );
    for t in ["8.1%", "12.6%"] {
        assert!(texts.iter().any(|x| x == t), "{t} missing from {texts:?}");
    }
    let targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    assert_eq!(targets, [0, 1].map(Target::Indicator));
    assert_eq!(hits[1].tooltip, "乙市 · 2024年 — 上年完成：12.6%");
    // One lane a row: as tall as a growth chart of two bars, not a pairs chart's.
    let both = across(&[
        ("甲市 · 2024年", Some(8.1), Some(6.0)),
        ("乙市 · 2024年", Some(12.6), Some(6.0)),
    ]);
    assert!(h < preferred_height(&both, W), "{h}");
    assert_eq!(
        describe(&spec, Lang::Zh),
        "上年完成条形图，共2项，均无今年目标。"
    );
    assert_eq!(
        describe(&spec, Lang::En),
        "Bar chart of last year's results, 2 metrics, none with a target."
    );
    let (headers, rows) = table(&spec, Lang::Zh);
    assert_eq!(headers, ["指标", "领域", "上年完成"]);
    assert_eq!(rows[1], ["乙市 · 2024年", "宏观经济", "12.6%"]);
}

#[test]
fn a_chart_of_targets_only_draws_them_and_names_only_them() {
    let spec = across(&[
        ("甲市 · 2023年", None, Some(3.0)),
        ("乙市 · 2024年", None, Some(3.0)),
    ]);
    let (svg, hits, _) = render(&spec, &Style::default());
    assert_eq!(rects(&svg, "#4477AA").len(), 0);
    assert_eq!(rects(&svg, "#CCBB44").len(), 1 + 2);
    let texts = texts(&svg);
    assert!(!texts.iter().any(|t| t == "上年完成"), "{texts:?}");
    assert_eq!(
        texts.iter().filter(|t| *t == "≥ 3%").count(),
        2,
        "{texts:?}"
    );
    let targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    assert_eq!(targets, [0, 1].map(Target::Indicator));
    assert_eq!(
        describe(&spec, Lang::Zh),
        "今年目标条形图，共2项，均无上年完成。"
    );
    assert_eq!(
        table(&spec, Lang::En),
        (
            vec![
                "Indicator".to_owned(),
                "Sector".into(),
                "This year's target".into()
            ],
            vec![
                vec![
                    "甲市 · 2023年".to_owned(),
                    "Macroeconomy".into(),
                    "≥ 3%".into()
                ],
                vec![
                    "乙市 · 2024年".to_owned(),
                    "Macroeconomy".into(),
                    "≥ 3%".into()
                ],
            ]
        )
    );
}

/// Both series, but not in every row: a missing value is a dash, with no
/// bar and nothing to click; the words rank only the rows that have both.
#[test]
fn a_missing_value_in_a_chart_of_both_is_a_dash_without_a_bar() {
    let spec = across(&[
        ("甲市 · 2023年", None, Some(3.0)),
        ("乙市 · 2024年", Some(5.0), Some(5.5)),
        ("丙市 · 2024年", Some(0.3), None),
        ("丁市 · 2024年", Some(4.6), Some(6.0)),
    ]);
    let (svg, hits, _) = render(&spec, &Style::default());
    assert_eq!(rects(&svg, "#4477AA").len(), 1 + 3);
    assert_eq!(rects(&svg, "#CCBB44").len(), 1 + 3);
    let texts = texts(&svg);
    assert_eq!(texts.iter().filter(|t| *t == "—").count(), 2, "{texts:?}");
    let targets: Vec<Target> = hits.iter().map(|h| h.target).collect();
    assert_eq!(targets, [0, 1, 2, 3, 4, 5].map(Target::Indicator));
    // Each hit is its own lane: the second row's target is under its result.
    assert!(hits[2].y0 > hits[1].y1, "{hits:?}");
    assert_eq!(hits[0].tooltip, "甲市 · 2023年 — 今年目标：≥ 3%");
    assert_eq!(
        describe(&spec, Lang::Zh),
        "上年完成与今年目标对比条形图，共4项指标。增速目标比上年提高最多：丁市 · 2024年（4.6% → ≥ 6%，+1.4个百分点）；最少：乙市 · 2024年（5% → ≥ 5.5%，+0.5个百分点）。"
    );
    let (headers, rows) = table(&spec, Lang::Zh);
    assert_eq!(headers, ["指标", "领域", "上年完成", "今年目标"]);
    assert_eq!(rows[0], ["甲市 · 2023年", "宏观经济", "—", "≥ 3%"]);
    assert_eq!(rows[2], ["丙市 · 2024年", "宏观经济", "0.3%", "—"]);
}

#[test]
fn a_range_is_solid_to_its_low_end_and_outlined_on_to_its_high_end() {
    // 增长5.5%—6% beside a plain 6%: the range's outline ends where the 6% bar does.
    let mut range = bar(1, "地区生产总值", 5.5, Comparator::Exact, Sector::Macro);
    range.high = Some(6.0);
    let spec = ChartSpec::Growth {
        bars: vec![
            bar(
                2,
                "固定资产投资",
                6.0,
                Comparator::Exact,
                Sector::Investment,
            ),
            range,
        ],
    };
    let (svg, _, _) = render(&spec, &Style::default());
    let (px, _, pw, _) = rects(&svg, sector_hex(Sector::Investment))[1];
    let (lx, _, lw, _) = rects(&svg, sector_hex(Sector::Macro))[1];
    let outline = outlines(&svg, sector_hex(Sector::Macro));
    assert_eq!(outline.len(), 1, "{svg}");
    let (ox, _, ow, _) = outline[0];
    assert_eq!(
        (lx, ox),
        (px, lx + lw),
        "from the zero line, then on from the low end"
    );
    assert!(
        (ox + ow - (px + pw)).abs() <= 1,
        "{ox}+{ow} against {px}+{pw}"
    );
    assert!(lw < pw);
    let texts = texts(&svg);
    assert!(texts.iter().any(|t| t == "+5.5–6%"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "+5.5%"), "{texts:?}");
}

#[test]
fn a_range_target_in_a_pairs_chart_reads_with_both_ends() {
    let ChartSpec::Pairs { mut pairs, of } = headline() else {
        unreachable!()
    };
    pairs[0].target.as_mut().unwrap().value = 5.5;
    pairs[0].target.as_mut().unwrap().high = Some(6.0);
    let spec = ChartSpec::Pairs { pairs, of };
    let (svg, hits, _) = render(&spec, &Style::default());
    let chinese = texts(&svg);
    assert!(chinese.iter().any(|t| t == "5.5%—6%"), "{chinese:?}");
    assert_eq!(hits[1].tooltip, "地区生产总值 — 今年目标：5.5%—6%");
    assert_eq!(outlines(&svg, "#CCBB44").len(), 1);
    let english = render(
        &spec,
        &Style {
            lang: Lang::En,
            ..Style::default()
        },
    )
    .0;
    assert!(texts(&english).iter().any(|t| t == "5.5–6%"));
}
