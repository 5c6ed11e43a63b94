//! The compare view's matrix: one row per metric, one column per report,
//! each cell the report's records of that metric (its result, estimate and
//! target told apart). Rows are matched as the overview pairs a result
//! with its target (`aggregate::metric_key`: glossary name or subject
//! without planning words, with kind and unit), so `GDP growth` and `GDP`
//! in 亿元 are two rows.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::sort_by;
use crate::aggregate::{metric_key, names_a_metric};
use crate::chart::series::Titled;
use crate::chart::{ChartSpec, PairBar};
use crate::i18n::Lang;
use crate::messages::{tf, Tpl};
use crate::model::{Period, Status};
use crate::query::signed;
use crate::report::Report;

/// The headline indicators, by glossary name, in the order the matrix
/// shows them: the macro metrics a panel of local targets needs first.
pub const HEADLINE: [&str; 8] = [
    "GDP",
    "General public budget revenue",
    "Fixed-asset investment",
    "Value added of industry above designated size",
    "Total retail sales of consumer goods",
    "Consumer prices",
    "Surveyed urban unemployment rate",
    "Registered urban unemployment rate",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// `(report, indicator)` of the record that names the row.
    pub label: (usize, usize),
    /// Its place in [`HEADLINE`], if it is a headline metric.
    pub headline: Option<usize>,
    /// For each report, its records of the metric: at most one of each
    /// status, results first, then estimates, then targets.
    pub cells: Vec<Vec<usize>>,
}

/// The rows for `reports` (the columns, in this order): headline metrics
/// that any report gives, in [`HEADLINE`] order, then every other metric
/// at least two reports give, in order of first appearance. Multi-year
/// facts (`history`) are left out: they are not one year's number.
pub fn matrix<R: AsRef<Report>>(reports: &[R]) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    let mut found = BTreeMap::new();
    for (c, report) in reports.iter().enumerate() {
        for (i, ind) in report.as_ref().indicators.iter().enumerate() {
            if ind.period == Period::History || !names_a_metric(ind) {
                continue;
            }
            let r = *found.entry(metric_key(ind)).or_insert_with(|| {
                let name = ind.subject_en.as_deref();
                rows.push(Row {
                    label: (c, i),
                    headline: HEADLINE.iter().position(|h| Some(*h) == name),
                    cells: vec![Vec::new(); reports.len()],
                });
                rows.len() - 1
            });
            let rank_of = |j: &usize| rank(report.as_ref().indicators[*j].status);
            let cell = &mut rows[r].cells[c];
            if cell.iter().all(|j| rank_of(j) != rank(ind.status)) {
                let at = cell.iter().position(|j| rank_of(j) > rank(ind.status));
                cell.insert(at.unwrap_or(cell.len()), i);
            }
        }
    }
    rows.retain(|r| r.headline.is_some() || r.cells.iter().filter(|c| !c.is_empty()).count() > 1);
    let key = |r: &Row| r.headline.unwrap_or(HEADLINE.len());
    sort_by(&mut rows, |a, b| key(a).cmp(&key(b)));
    rows
}

fn rank(status: Status) -> u8 {
    match status {
        Status::Actual => 0,
        Status::Estimate => 1,
        Status::Target => 2,
    }
}

/// Sorts `rows` by column `by`: `None` the metric's name in `lang`,
/// `Some(c)` the signed value of report `c`'s first record. Rows without
/// a value in the column stay last either way.
pub fn sort<R: AsRef<Report>>(
    rows: &mut [Row],
    reports: &[R],
    by: Option<usize>,
    descending: bool,
    lang: Lang,
) {
    let sorted: Vec<Row> = order(rows, reports, by, descending, lang)
        .into_iter()
        .map(|i| rows[i].clone())
        .collect();
    rows.clone_from_slice(&sorted);
}

/// The positions of `rows` in the order [`sort`] puts them, without
/// moving them: the compare view keeps one row of markup per metric and
/// only moves those rows when the sort changes.
pub fn order<R: AsRef<Report>>(
    rows: &[Row],
    reports: &[R],
    by: Option<usize>,
    descending: bool,
    lang: Lang,
) -> Vec<usize> {
    let ind = |c: usize, i: usize| &reports[c].as_ref().indicators[i];
    let flip = |o: Ordering| if descending { o.reverse() } else { o };
    let name = |r: &Row| crate::format::subject(ind(r.label.0, r.label.1), lang);
    let value = |c: usize, r: &Row| r.cells[c].first().map(|&i| signed(ind(c, i)));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_by(&mut order, |&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        match by {
            None => flip(name(a).cmp(name(b))),
            Some(c) => match (value(c, a), value(c, b)) {
                (Some(x), Some(y)) => flip(x.total_cmp(&y)),
                (x, y) => x.is_none().cmp(&y.is_none()),
            },
        }
    });
    order
}

/// Metric rows per page of the compare view's matrix: with every row in
/// the page, a sort at 20 reports spends longer on layout alone than its
/// 16 ms budget (a trace of 75 rows: 11.5 ms layout, 4.9 ms style).
pub const PAGE: usize = 25;

/// The positions (in the sorted order) that page `page` of `len` rows
/// shows; a page past the end is the last one.
pub fn page(len: usize, page: usize) -> std::ops::Range<usize> {
    let last = len.saturating_sub(1) / PAGE;
    let start = page.min(last) * PAGE;
    start..(start + PAGE).min(len)
}

/// A report's column as the matrix, its chart and its CSV name it:
/// `青岩市 · 2023年`.
pub fn column_name(report: &Report, lang: Lang) -> String {
    let year = report
        .meta
        .report_year
        .map(|y| lang.period(Period::Year(y)));
    format!("{} · {}", report.meta.city, year.unwrap_or_default())
}

/// The reports of `row` that give both a result (or estimate) and a
/// target, as `(column, result, target)`: the pairs the chart draws.
fn chart_pairs<R: AsRef<Report>>(reports: &[R], row: &Row) -> Vec<(usize, usize, usize)> {
    row.cells
        .iter()
        .enumerate()
        .filter_map(|(c, cell)| {
            let ind = |i: usize| &reports[c].as_ref().indicators[i];
            let result = *cell.iter().find(|&&i| ind(i).status != Status::Target)?;
            let target = *cell.iter().find(|&&i| ind(i).status == Status::Target)?;
            Some((c, result, target))
        })
        .collect()
}

/// Row `row` across `reports` as the pairs chart draws it: for each report
/// that gives both, its result (or estimate) beside its target, labelled
/// with the report's place and year; so one metric's promises and outcomes
/// read across places and years in the existing chart.
///
/// The records come from several reports, so a bar's indicator is not an
/// index into one report: bar `2p` is pair `p`'s result and `2p + 1` its
/// target, which [`chart_records`] resolves.
pub fn chart<R: AsRef<Report>>(reports: &[R], row: &Row, lang: Lang) -> Titled {
    let named = &reports[row.label.0].as_ref().indicators[row.label.1];
    let metric = crate::format::subject(named, lang);
    let pairs = chart_pairs(reports, row)
        .into_iter()
        .enumerate()
        .map(|(p, (c, result, target))| {
            let report = reports[c].as_ref();
            let (r, t) = (&report.indicators[result], &report.indicators[target]);
            PairBar {
                label: column_name(report, lang),
                unit: t.unit.to_string(),
                result: signed(r),
                target: signed(t),
                result_comparator: r.comparator.signed(r.direction),
                target_comparator: t.comparator.signed(t.direction),
                result_indicator: 2 * p,
                target_indicator: 2 * p + 1,
                sector: t.sector,
                noun: crate::glossary::count_noun(&t.subject),
            }
        })
        .collect();
    Titled {
        title: tf(lang, Tpl::CompareChart, &[&metric]),
        spec: ChartSpec::Pairs { pairs },
    }
}

/// The record each bar of [`chart`]`(reports, row, …)` stands for, as
/// `(column, index into that report's indicators)`, in the chart's own
/// numbering of its bars (a hit's `Target::Indicator`).
pub fn chart_records<R: AsRef<Report>>(reports: &[R], row: &Row) -> Vec<(usize, usize)> {
    chart_pairs(reports, row)
        .into_iter()
        .flat_map(|(c, result, target)| [(c, result), (c, target)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qingyan() -> [Report; 2] {
        [crate::testing::qingyan(2023), crate::testing::qingyan(2024)]
    }

    /// Each row as its subject and each report's cell as `raw/status`.
    fn table(reports: &[Report], rows: &[Row]) -> Vec<(String, Vec<String>)> {
        rows.iter()
            .map(|r| {
                let label = &reports[r.label.0].indicators[r.label.1];
                let cells = r
                    .cells
                    .iter()
                    .enumerate()
                    .map(|(c, cell)| {
                        let ind = |&i: &usize| &reports[c].indicators[i];
                        cell.iter()
                            .map(|i| format!("{}/{}", ind(i).raw, ind(i).status.id()))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                (label.subject.to_string(), cells)
            })
            .collect()
    }

    #[test]
    fn headline_metrics_first_then_those_of_both_reports() {
        let reports = qingyan();
        let got = table(&reports, &matrix(&reports));
        let row = |s: &str, a: &str, b: &str| (s.to_owned(), vec![a.to_owned(), b.to_owned()]);
        assert_eq!(
            got,
            [
                row(
                    "地区生产总值",
                    "4.6%/actual 6%左右/target",
                    "5.8%/estimate 5.5%左右/target"
                ),
                row(
                    "一般公共预算收入",
                    "3.3%/actual 5%以上/target",
                    "12.6%/estimate"
                ),
                row(
                    "固定资产投资",
                    "9.2%/actual 10%/target",
                    "2.1%/estimate 6%/target"
                ),
                row(
                    "规上工业增加值",
                    "6.1%/actual 8%以上/target",
                    "7.2%/estimate"
                ),
                row(
                    "社会消费品零售总额",
                    "1.4%/actual 7%/target",
                    "7.4%/estimate"
                ),
                row("居民消费价格", "3%左右/target", "0.3%/estimate"),
                row("城镇调查失业率", "控制在5.5%以内/target", "5.1%/estimate"),
                row("万元GDP能耗", "3%/target", "3.4%/estimate"),
                row("新建高标准农田", "20万亩/target", "21.5万亩/actual"),
                row("粮食产量", "80亿斤以上/target", "79.2亿斤/actual"),
                row("新签约亿元以上项目", "120个/target", "131个/actual"),
            ]
        );
    }

    #[test]
    fn the_chart_of_gdp_growth_across_the_two_reports() {
        let reports = qingyan();
        let rows = matrix(&reports);
        let chart = chart(&reports, &rows[0], Lang::Zh);
        assert_eq!(chart.title, "地区生产总值：各报告的结果与目标");
        assert_eq!(
            super::chart(&reports, &rows[0], Lang::En).title,
            "GDP: result and target by report"
        );
        let ChartSpec::Pairs { pairs } = chart.spec else {
            panic!("a pairs chart")
        };
        let got: Vec<(&str, f64, f64)> = pairs
            .iter()
            .map(|p| (p.label.as_str(), p.result, p.target))
            .collect();
        assert_eq!(
            got,
            [("青岩市 · 2023年", 4.6, 6.0), ("青岩市 · 2024年", 5.8, 5.5)]
        );
        // 一般公共预算收入: the 2024 report gives no target, so one pair.
        let ChartSpec::Pairs { pairs } = super::chart(&reports, &rows[1], Lang::Zh).spec else {
            panic!("a pairs chart")
        };
        assert_eq!(pairs.len(), 1);
    }

    /// A click on a bar of the drawn chart (its middle, in the geometry
    /// `chart::draw` returns) names the record of the report it stands for.
    #[test]
    fn a_click_on_a_bar_names_its_report_and_record() {
        use crate::chart::{draw, hit_at, preferred_height, Style, Target};
        use plotters::prelude::*;
        let reports = qingyan();
        let rows = matrix(&reports);
        let chart = chart(&reports, &rows[0], Lang::Zh);
        let mut svg = String::new();
        let hits = {
            let height = preferred_height(&chart.spec, 640);
            let root = SVGBackend::with_string(&mut svg, (640, height)).into_drawing_area();
            draw(&root, &chart.spec, &Style::default()).unwrap()
        };
        let records = chart_records(&reports, &rows[0]);
        let clicked: Vec<(usize, String)> = hits
            .iter()
            .map(|h| {
                let at = hit_at(&hits, (h.x0 + h.x1) / 2, (h.y0 + h.y1) / 2);
                let Some(Target::Indicator(bar)) = at.map(|k| hits[k].target) else {
                    panic!("a bar of a record")
                };
                let (c, i) = records[bar];
                let ind = &reports[c].indicators[i];
                (c, format!("{}/{}", ind.raw, ind.status.id()))
            })
            .collect();
        let row = |c: usize, s: &str| (c, s.to_owned());
        assert_eq!(
            clicked,
            [
                row(0, "4.6%/actual"),
                row(0, "6%左右/target"),
                row(1, "5.8%/estimate"),
                row(1, "5.5%左右/target"),
            ]
        );
    }

    #[test]
    fn a_metric_of_one_report_only_is_left_out_unless_headline() {
        let reports = qingyan();
        let rows = matrix(&reports[1..]);
        // One report: only the headline rows, 新开工项目 has no partner.
        assert_eq!(rows.len(), 7);
        assert!(rows.iter().all(|r| r.headline.is_some()));
    }

    #[test]
    fn sorted_by_a_report_column_with_empty_cells_last() {
        let reports = qingyan();
        let mut rows = matrix(&reports);
        sort(&mut rows, &reports, Some(0), true, Lang::Zh);
        let first: Vec<String> = table(&reports, &rows)
            .into_iter()
            .map(|(s, c)| format!("{s} {}", c[0]))
            .collect();
        assert_eq!(first[0], "新签约亿元以上项目 120个/target");
        assert_eq!(first[1], "粮食产量 80亿斤以上/target");
        sort(&mut rows, &reports, Some(0), false, Lang::Zh);
        // Signed values: a planned 3% fall in energy use before a 1.4% fall in sales.
        let low: Vec<String> = table(&reports, &rows).into_iter().map(|r| r.0).collect();
        assert_eq!(low[..2], ["万元GDP能耗", "社会消费品零售总额"]);
        sort(&mut rows, &reports, None, false, Lang::En);
        let en = &reports[rows[0].label.0].indicators[rows[0].label.1];
        assert_eq!(en.subject_en.as_deref(), Some("Consumer prices"));
    }

    #[test]
    fn pages_of_the_matrix_cover_every_row_once() {
        assert_eq!(page(75, 0), 0..25);
        assert_eq!(page(75, 2), 50..75);
        assert_eq!(page(76, 3), 75..76);
        // Past the end: the last page, never an empty one.
        assert_eq!(page(60, 9), 50..60);
        assert_eq!(page(10, 1), 0..10);
        assert_eq!(page(0, 0), 0..0);
    }
}
