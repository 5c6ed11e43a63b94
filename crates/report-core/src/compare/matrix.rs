//! The compare view's matrix: one row per metric, one column per report,
//! each cell the report's records of that metric (its result, estimate and
//! target told apart). Rows are matched as the overview pairs a result
//! with its target (`aggregate::metric_key`: glossary name or subject
//! without planning words, with kind and unit), so `GDP growth` and `GDP`
//! in 亿元 are two rows.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::set::Set;

use super::sort_by;
use crate::aggregate::{metric_key, names_a_metric};
use crate::chart::series::Titled;
use crate::chart::{ChartSpec, PairBar, PairValue, PairsOf};
use crate::i18n::Lang;
use crate::messages::{tf, Tpl};
use crate::model::{Period, Sector, Status};
use crate::query::signed;
use crate::report::Report;
use crate::row_name::{self, qualifiers, Qualify};

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
    /// What its name needs to be told from the other rows.
    pub name: Qualify,
}

/// The name of `row` in `lang`, told apart from the other rows' names.
pub fn name<'a, R: AsRef<Report>>(reports: &'a [R], row: &Row, lang: Lang) -> Cow<'a, str> {
    let (c, i) = row.label;
    row_name::name(&reports[c].as_ref().indicators[i], lang, row.name)
}

/// The rows for `reports` (the columns, in this order): headline metrics
/// that any report gives, in [`HEADLINE`] order, then every other metric
/// at least two reports give, in order of first appearance. Multi-year
/// facts (`history`) are left out: they are not one year's number.
pub fn matrix<R: AsRef<Report>>(reports: &[R]) -> Vec<Row> {
    // Every record that names one year's metric, in order, and its metric.
    let records: Vec<(usize, usize)> = (reports.iter().enumerate())
        .flat_map(|(c, report)| {
            (report.as_ref().indicators.iter().enumerate())
                .filter(|(_, ind)| ind.period != Period::History && names_a_metric(ind))
                .map(move |(i, _)| (c, i))
        })
        .collect();
    let record = |(c, i): (usize, usize)| &reports[c].as_ref().indicators[i];
    let keys: Vec<_> = records.iter().map(|&r| metric_key(record(r))).collect();
    // A metric's row is made at its first record.
    let firsts = crate::order::firsts(&keys);
    let mut rows: Vec<Row> = Vec::new();
    let mut row_at = vec![0; records.len()];
    for (k, &(c, i)) in records.iter().enumerate() {
        let ind = record((c, i));
        if firsts[k] == k {
            let name = ind.subject_en.as_deref();
            rows.push(Row {
                label: (c, i),
                headline: HEADLINE.iter().position(|h| Some(*h) == name),
                cells: vec![Vec::new(); reports.len()],
                name: Qualify::Alone,
            });
            row_at[k] = rows.len() - 1;
        }
        let r = row_at[firsts[k]];
        let rank_of = |j: &usize| rank(reports[c].as_ref().indicators[*j].status);
        let cell = &mut rows[r].cells[c];
        if cell.iter().all(|j| rank_of(j) != rank(ind.status)) {
            let at = cell.iter().position(|j| rank_of(j) > rank(ind.status));
            cell.insert(at.unwrap_or(cell.len()), i);
        }
    }
    rows.retain(|r| r.headline.is_some() || r.cells.iter().filter(|c| !c.is_empty()).count() > 1);
    let key = |r: &Row| r.headline.unwrap_or(HEADLINE.len());
    sort_by(&mut rows, |a, b| key(a).cmp(&key(b)));
    let names = qualifiers(
        rows.iter()
            .map(|r| &reports[r.label.0].as_ref().indicators[r.label.1]),
    );
    for (row, q) in rows.iter_mut().zip(names) {
        row.name = q;
    }
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
    // Names are made once (a qualified one is built, not borrowed), and
    // only for a sort by name.
    let names: Vec<Cow<str>> = match by {
        None => rows.iter().map(|r| name(reports, r, lang)).collect(),
        Some(_) => Vec::new(),
    };
    let value = |c: usize, r: &Row| r.cells[c].first().map(|&i| signed(ind(c, i)));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    sort_by(&mut order, |&a, &b| match by {
        None => flip(names[a].cmp(&names[b])),
        Some(c) => match (value(c, &rows[a]), value(c, &rows[b])) {
            (Some(x), Some(y)) => flip(x.total_cmp(&y)),
            (x, y) => x.is_none().cmp(&y.is_none()),
        },
    });
    order
}

/// The sector a row is filed under: that of the record naming it.
fn sector_of<R: AsRef<Report>>(reports: &[R], row: &Row) -> Sector {
    reports[row.label.0].as_ref().indicators[row.label.1].sector
}

/// The positions of `order` whose metric is in one of `sectors` (all of
/// them when none is chosen): the matrix follows the explorer's sector
/// filter, as the table does.
pub fn in_sectors<R: AsRef<Report>>(
    rows: &[Row],
    reports: &[R],
    order: Vec<usize>,
    sectors: &Set<Sector>,
) -> Vec<usize> {
    if sectors.is_empty() {
        return order;
    }
    let keep = |&r: &usize| sectors.contains(&sector_of(reports, &rows[r]));
    order.into_iter().filter(keep).collect()
}

/// How many rows each sector files, in the sectors' order: the compare
/// view's sector facet. A sector with no row is no choice unless it is
/// `chosen` (a link may choose it), so it can be unticked.
pub fn sectors<R: AsRef<Report>>(
    rows: &[Row],
    reports: &[R],
    chosen: &Set<Sector>,
) -> Vec<(Sector, usize)> {
    let count = |s: Sector| rows.iter().filter(|r| sector_of(reports, r) == s).count();
    Sector::ALL
        .into_iter()
        .map(|s| (s, count(s)))
        .filter(|(s, n)| *n > 0 || chosen.contains(s))
        .collect()
}

/// Metric rows per page of the compare view's matrix: with every row in
/// the page, a sort at 20 reports spends longer on layout alone than its
/// 16 ms budget (a trace of 75 rows: 11.5 ms layout, 4.9 ms style).
pub const PAGE: usize = 25;

/// The positions (in the sorted order) that page `page` of `len` rows
/// shows; a page past the end is the last one.
pub fn page(len: usize, page: usize) -> std::ops::Range<usize> {
    window(len, page, PAGE)
}

/// Report columns per page of the matrix, about what 1280 px shows: a
/// sort lays out again every cell of the rows it moves, on screen or
/// not, so at 20 reports and more, columns off screen were most of its
/// time. The others are a page away (Previous / Next reports).
pub const COLUMNS: usize = 6;

/// The columns (positions among `len` reports) that column page `page`
/// shows; a page past the end is the last one.
pub fn columns(len: usize, page: usize) -> std::ops::Range<usize> {
    window(len, page, COLUMNS)
}

fn window(len: usize, page: usize, size: usize) -> std::ops::Range<usize> {
    let last = len.saturating_sub(1) / size;
    let start = page.min(last) * size;
    start..(start + size).min(len)
}

/// Which rows of `new` (a page of row numbers) can stay where they are in
/// a `<tbody>` that holds `old`: the longest run of `new` whose rows are in
/// `old` in the same order. Only the others need moving; a row taken out
/// and put back loses its layout, and laying rows out again is most of a
/// sort's time (a page shares about a third of its rows with the page
/// before it, in order).
pub fn unmoved(old: &[usize], new: &[usize]) -> Vec<bool> {
    // Each row's place in `old`, by search: a page is 25 rows, and a hash
    // map would cost the single file more than the search costs a sort.
    let at: Vec<Option<usize>> = new
        .iter()
        .map(|r| old.iter().position(|o| o == r))
        .collect();
    // Longest increasing run of old positions (patience sorting): `tails[k]`
    // ends the best run of length k + 1 found so far, `before[j]` is the
    // entry of `new` before `j` in the run it ends.
    let mut tails: Vec<usize> = Vec::new();
    let mut before = vec![None; new.len()];
    for (j, p) in at.iter().enumerate() {
        let Some(p) = *p else { continue };
        let k = tails.partition_point(|&t| at[t] < Some(p));
        before[j] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(j);
        } else {
            tails[k] = j;
        }
    }
    let mut keep = vec![false; new.len()];
    let mut last = tails.last().copied();
    while let Some(j) = last {
        keep[j] = true;
        last = before[j];
    }
    keep
}

/// For each item of `new`, an equal item of `old` it can take over (its
/// position), each of `old` taken at most once, the first free one first.
/// The compare view keeps what it wrote for one set of reports (a row's
/// markup, a metric's option) and takes it over for the next set where it
/// is the same, so choosing a report writes, and the browser lays out, only
/// what differs. Quadratic: a page of rows or a few hundred options.
pub fn claim<T: PartialEq>(old: &[T], new: &[T]) -> Vec<Option<usize>> {
    let mut taken = vec![false; old.len()];
    new.iter()
        .map(|n| {
            let p = (0..old.len()).find(|&p| !taken[p] && old[p] == *n)?;
            taken[p] = true;
            Some(p)
        })
        .collect()
}

/// A report's column as the matrix, its chart and its CSV name it:
/// `青岩市 · 2023年` (`Report::name`, then the year if known).
pub fn column_name(report: &Report, lang: Lang) -> String {
    let year = report
        .meta
        .report_year
        .map(|y| lang.period(Period::Year(y)));
    let name = report.name(lang);
    match year {
        Some(year) => format!("{name} · {year}"),
        None => name.into_owned(),
    }
}

/// The reports of `row` that give a result (or estimate), a target or
/// both, as `(column, result, target)`: the pairs the chart draws. A
/// metric that no report gives both for is still a chart, of the one.
fn chart_pairs<R: AsRef<Report>>(
    reports: &[R],
    row: &Row,
) -> Vec<(usize, Option<usize>, Option<usize>)> {
    row.cells
        .iter()
        .enumerate()
        .filter_map(|(c, cell)| {
            let ind = |i: usize| &reports[c].as_ref().indicators[i];
            let result = cell
                .iter()
                .copied()
                .find(|&i| ind(i).status != Status::Target);
            let target = cell
                .iter()
                .copied()
                .find(|&i| ind(i).status == Status::Target);
            (result.is_some() || target.is_some()).then_some((c, result, target))
        })
        .collect()
}

/// Row `row` across `reports` as the pairs chart draws it: for each report
/// that gives it, its result (or estimate) beside its target, labelled
/// with the report's place and year; so one metric's promises and outcomes
/// read across places and years in the existing chart.
///
/// The records come from several reports, so a bar's indicator is not an
/// index into one report: the bars are numbered in the order they are
/// drawn (each report's result, then its target, where given), which
/// [`chart_records`] resolves.
pub fn chart<R: AsRef<Report>>(reports: &[R], row: &Row, lang: Lang) -> Titled {
    let metric = name(reports, row, lang);
    let mut bar = 0..;
    let pairs = chart_pairs(reports, row)
        .into_iter()
        .map(|(c, result, target)| {
            let report = reports[c].as_ref();
            let mut value = |i: Option<usize>| {
                let i = i?;
                Some(PairValue::of(&report.indicators[i], bar.next()?))
            };
            let (r, t) = (value(result), value(target));
            let ind = &report.indicators[target.or(result).unwrap_or(row.label.1)];
            PairBar {
                label: column_name(report, lang),
                unit: ind.unit.to_string(),
                result: r,
                target: t,
                sector: ind.sector,
                noun: crate::glossary::count_noun(&ind.subject),
            }
        })
        .collect();
    Titled {
        title: tf(lang, Tpl::CompareChart, &[&metric]),
        spec: ChartSpec::Pairs {
            pairs,
            of: PairsOf::Reports,
        },
    }
}

/// The record each bar of [`chart`]`(reports, row, …)` stands for, as
/// `(column, index into that report's indicators)`, in the chart's own
/// numbering of its bars (a hit's `Target::Indicator`).
pub fn chart_records<R: AsRef<Report>>(reports: &[R], row: &Row) -> Vec<(usize, usize)> {
    chart_pairs(reports, row)
        .into_iter()
        .flat_map(|(c, result, target)| [result, target].into_iter().flatten().map(move |i| (c, i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

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

    /// Each bar pair of a compare chart as its label and two values.
    fn values(pairs: &[PairBar]) -> Vec<(&str, Option<f64>, Option<f64>)> {
        pairs
            .iter()
            .map(|p| {
                let v = |v: Option<PairValue>| v.map(|v| v.value);
                (p.label.as_str(), v(p.result), v(p.target))
            })
            .collect()
    }

    /// The row of `reports`' matrix named `subject` (as a rate: `%`), its
    /// chart and the records its bars stand for, as `column raw/status`.
    fn chart_of(reports: &[Report], subject: &str) -> (Vec<PairBar>, Vec<String>) {
        let rows = matrix(reports);
        let row = rows
            .iter()
            .find(|r| {
                let ind = &reports[r.label.0].indicators[r.label.1];
                ind.subject == subject && ind.unit == "%"
            })
            .expect("the metric is a row");
        let ChartSpec::Pairs { pairs, .. } = chart(reports, row, Lang::Zh).spec else {
            panic!("a pairs chart")
        };
        let records = chart_records(reports, row)
            .into_iter()
            .map(|(c, i)| {
                let ind = &reports[c].indicators[i];
                format!("{c} {}/{}", ind.raw, ind.status.id())
            })
            .collect();
        (pairs, records)
    }

    /// Two reports that give 一般公共预算收入's growth but no target for
    /// it: a chart of the two results, not 无数据.
    #[test]
    fn the_chart_of_a_metric_with_results_only() {
        let reports = [
            crate::testing::fixture("corpus/city-lingbo-2024.txt"),
            crate::testing::qingyan(2024),
        ];
        let (pairs, records) = chart_of(&reports, "一般公共预算收入");
        assert_eq!(
            values(&pairs),
            [
                ("泠波市 · 2024年", Some(8.1), None),
                ("青岩市 · 2024年", Some(12.6), None)
            ]
        );
        assert_eq!(records, ["0 8.1%/actual", "1 12.6%/estimate"]);
        let bars: Vec<usize> = pairs
            .iter()
            .filter_map(|p| p.result)
            .map(|v| v.indicator)
            .collect();
        assert_eq!(bars, [0, 1]);
    }

    /// Two reports that set a CPI target and give no result for it.
    #[test]
    fn the_chart_of_a_metric_with_targets_only() {
        let reports = [
            crate::testing::qingyan(2023),
            crate::testing::fixture("compare/baize-2024.txt"),
        ];
        let (pairs, records) = chart_of(&reports, "居民消费价格");
        assert_eq!(
            values(&pairs),
            [
                ("青岩市 · 2023年", None, Some(3.0)),
                ("白泽市 · 2024年", None, Some(3.0))
            ]
        );
        assert_eq!(records, ["0 3%左右/target", "1 3%左右/target"]);
    }

    /// One report gives a target, the other a result, a third both: each
    /// bar numbered in drawing order, and the numbers name its record.
    #[test]
    fn the_chart_of_a_metric_with_results_and_targets_in_different_reports() {
        let reports = qingyan();
        let (pairs, records) = chart_of(&reports, "万元GDP能耗");
        assert_eq!(
            values(&pairs),
            [
                ("青岩市 · 2023年", None, Some(-3.0)),
                ("青岩市 · 2024年", Some(-3.4), None)
            ]
        );
        assert_eq!(records, ["0 3%/target", "1 3.4%/estimate"]);
        let (pairs, records) = chart_of(&reports, "一般公共预算收入");
        assert_eq!(
            values(&pairs),
            [
                ("青岩市 · 2023年", Some(3.3), Some(5.0)),
                ("青岩市 · 2024年", Some(12.6), None)
            ]
        );
        assert_eq!(
            records,
            ["0 3.3%/actual", "0 5%以上/target", "1 12.6%/estimate"]
        );
        let numbers = |p: &PairBar| [p.result, p.target].map(|v| v.map(|v| v.indicator));
        assert_eq!(
            pairs.iter().map(numbers).collect::<Vec<_>>(),
            [[Some(0), Some(1)], [Some(2), None]]
        );
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
    fn two_rows_of_one_name_say_their_kind() {
        // GDP in 亿元 and its growth are two metrics: two rows, which the
        // reader tells apart by name, in the table, the metric list, the
        // CSV and a row's chart title alike (all read `name`).
        let text = |year: u16, level: &str, growth: &str| {
            let last = year - 1;
            extract(&format!(
                "一、{last}年工作回顾\n\n全市地区生产总值达到{level}亿元，增长{growth}%。\n\n二、{year}年工作安排\n\n地区生产总值增长6%左右。\n"
            ))
        };
        let reports = [text(2024, "1200", "5.2"), text(2025, "1280", "5.6")];
        let rows = matrix(&reports);
        let names = |lang| -> Vec<String> {
            let order = order(&rows, &reports, None, false, lang);
            order
                .iter()
                .map(|&r| name(&reports, &rows[r], lang).into_owned())
                .collect()
        };
        assert_eq!(
            names(Lang::Zh),
            ["地区生产总值（增速）", "地区生产总值（总量）"]
        );
        assert_eq!(names(Lang::En), ["GDP (growth)", "GDP (level)"]);
        let level = rows
            .iter()
            .find(|r| reports[r.label.0].indicators[r.label.1].unit == "亿元");
        assert_eq!(
            chart(&reports, level.expect("a level row"), Lang::En).title,
            "GDP (level): result and target by report"
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
        let ChartSpec::Pairs { pairs, .. } = chart.spec else {
            panic!("a pairs chart")
        };
        assert_eq!(
            values(&pairs),
            [
                ("青岩市 · 2023年", Some(4.6), Some(6.0)),
                ("青岩市 · 2024年", Some(5.8), Some(5.5))
            ]
        );
    }

    /// A compare chart sets each report's own result beside its own
    /// target, not one report's last year beside its this year: its
    /// legend, table, tooltips and words say so.
    #[test]
    fn the_compare_chart_names_each_reports_result_and_target() {
        use crate::chart::{describe, draw, preferred_height, table, Style};
        use plotters::prelude::*;
        let reports = qingyan();
        let rows = matrix(&reports);
        let spec = |lang| chart(&reports, &rows[0], lang).spec;
        assert_eq!(
            table(&spec(Lang::Zh), Lang::Zh).0,
            ["指标", "领域", "完成值", "目标值"]
        );
        assert_eq!(
            table(&spec(Lang::En), Lang::En).0,
            ["Indicator", "Sector", "Achieved", "Target set"]
        );
        assert_eq!(
            describe(&spec(Lang::Zh), Lang::Zh),
            "各报告完成值与目标值对比条形图，共2份报告。增速目标比完成值提高最多：青岩市 · 2023年（4.6% → ≈ 6%，+1.4个百分点）；最少：青岩市 · 2024年（5.8% → ≈ 5.5%，−0.3个百分点）。"
        );
        assert_eq!(
            describe(&spec(Lang::En), Lang::En),
            "Bar chart of each report's result against its target, 2 reports. The rate target furthest above the result: 青岩市 · 2023 (4.6% → ≈ 6%, +1.4 points); the least: 青岩市 · 2024 (5.8% → ≈ 5.5%, −0.3 points)."
        );
        let mut svg = String::new();
        let hits = {
            let height = preferred_height(&spec(Lang::Zh), 640);
            let root =
                crate::chart::SvgBackend::with_string(&mut svg, (640, height)).into_drawing_area();
            draw(&root, &spec(Lang::Zh), &Style::default()).unwrap()
        };
        let tips: Vec<&str> = hits.iter().map(|h| h.tooltip.as_str()).collect();
        assert_eq!(
            tips,
            [
                "青岩市 · 2023年 — 完成值：4.6%",
                "青岩市 · 2023年 — 目标值：≈ 6%",
                "青岩市 · 2024年 — 完成值：5.8%",
                "青岩市 · 2024年 — 目标值：≈ 5.5%"
            ]
        );
        // The words drawn: each `<text>` element's content is on its next line.
        let lines: Vec<&str> = svg.lines().collect();
        let drawn: Vec<&str> = lines
            .windows(2)
            .filter(|w| w[0].starts_with("<text"))
            .map(|w| w[1].trim())
            .collect();
        assert_eq!(
            ["完成值", "目标值", "上年完成", "今年目标"].map(|w| drawn.contains(&w)),
            [true, true, false, false]
        );
    }

    /// A click on the middle of each bar of `row`'s drawn chart (in the
    /// geometry `chart::draw` returns), as the record it names.
    fn clicks(reports: &[Report], row: &Row) -> Vec<(usize, String)> {
        use crate::chart::{draw, hit_at, preferred_height, Style, Target};
        use plotters::prelude::*;
        let chart = chart(reports, row, Lang::Zh);
        let mut svg = String::new();
        let hits = {
            let height = preferred_height(&chart.spec, 640);
            let root =
                crate::chart::SvgBackend::with_string(&mut svg, (640, height)).into_drawing_area();
            draw(&root, &chart.spec, &Style::default()).unwrap()
        };
        let records = chart_records(reports, row);
        hits.iter()
            .map(|h| {
                let at = hit_at(&hits, (h.x0 + h.x1) / 2, (h.y0 + h.y1) / 2);
                let Some(Target::Indicator(bar)) = at.map(|k| hits[k].target) else {
                    panic!("a bar of a record")
                };
                let (c, i) = records[bar];
                let ind = &reports[c].indicators[i];
                (c, format!("{}/{}", ind.raw, ind.status.id()))
            })
            .collect()
    }

    #[test]
    fn a_click_on_a_bar_names_its_report_and_record() {
        let reports = qingyan();
        let rows = matrix(&reports);
        let row = |c: usize, s: &str| (c, s.to_owned());
        assert_eq!(
            clicks(&reports, &rows[0]),
            [
                row(0, "4.6%/actual"),
                row(0, "6%左右/target"),
                row(1, "5.8%/estimate"),
                row(1, "5.5%左右/target"),
            ]
        );
        // 一般公共预算收入: no target in 2024, so no bar (and no hit) for it.
        assert_eq!(
            clicks(&reports, &rows[1]),
            [
                row(0, "3.3%/actual"),
                row(0, "5%以上/target"),
                row(1, "12.6%/estimate"),
            ]
        );
        // 万元GDP能耗: a target in one report, a result in the other.
        assert_eq!(
            clicks(&reports, &rows[7]),
            [row(0, "3%/target"), row(1, "3.4%/estimate")]
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

    /// Each shown row's subject, for `sectors`.
    fn rows_in(reports: &[Report], sectors: &[Sector]) -> Vec<String> {
        let rows = matrix(reports);
        let set = sectors.iter().copied().collect();
        let all = (0..rows.len()).collect();
        in_sectors(&rows, reports, all, &set)
            .into_iter()
            .map(|r| {
                reports[rows[r].label.0].indicators[rows[r].label.1]
                    .subject
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn the_matrix_narrowed_to_a_sector() {
        let reports = qingyan();
        assert_eq!(
            rows_in(&reports, &[Sector::Agriculture]),
            ["新建高标准农田", "粮食产量"]
        );
        assert_eq!(
            rows_in(&reports, &[Sector::Agriculture, Sector::Investment]),
            ["新建高标准农田", "粮食产量", "新签约亿元以上项目"]
        );
        assert_eq!(rows_in(&reports, &[]).len(), 11);
        assert_eq!(rows_in(&reports, &[Sector::Safety]), [] as [&str; 0]);
        use Sector::*;
        assert_eq!(
            sectors(&matrix(&reports), &reports, &Set::new()),
            [(Macro, 8), (Agriculture, 2), (Investment, 1)]
        );
        assert_eq!(
            sectors(&matrix(&reports), &reports, &[Safety].into()),
            [(Macro, 8), (Agriculture, 2), (Investment, 1), (Safety, 0)]
        );
    }

    #[test]
    fn rows_in_the_same_order_on_both_pages_stay_put() {
        // 7 and 9 keep their order, 3 moves before them, 2 and 8 are new.
        assert_eq!(
            unmoved(&[7, 3, 9, 4], &[3, 7, 2, 9, 8]),
            [false, true, false, true, false]
        );
        // The same page: nothing moves; reversed: all but one.
        assert_eq!(unmoved(&[1, 2, 3], &[1, 2, 3]), [true; 3]);
        assert_eq!(
            unmoved(&[1, 2, 3], &[3, 2, 1])
                .iter()
                .filter(|&&k| k)
                .count(),
            1
        );
        // Nothing shared, or nothing before.
        assert_eq!(unmoved(&[1, 2], &[5, 6]), [false, false]);
        assert_eq!(unmoved(&[], &[5, 6]), [false, false]);
        assert_eq!(unmoved(&[5, 6], &[]), [] as [bool; 0]);
        // The longest run wins over the first one found: 1 2 3, not 5.
        assert_eq!(
            unmoved(&[1, 2, 3, 5], &[5, 1, 2, 3]),
            [false, true, true, true]
        );
    }

    #[test]
    fn what_was_written_is_taken_over_where_it_is_the_same() {
        // Each new item takes the first free equal old one; the rest are new.
        assert_eq!(
            claim(&["a", "b", "c", "d"], &["b", "x", "d", "a"]),
            [Some(1), None, Some(3), Some(0)]
        );
        // Repeated items (two rows named 地区生产总值) are taken once each.
        assert_eq!(
            claim(&["g", "h", "g"], &["g", "g", "g"]),
            [Some(0), Some(2), None]
        );
        assert_eq!(claim::<&str>(&[], &["a"]), [None]);
        assert_eq!(claim(&["a"], &[]), [] as [Option<usize>; 0]);
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

    #[test]
    fn column_pages_of_the_matrix_cover_every_report_once() {
        assert_eq!(COLUMNS, 6);
        assert_eq!(columns(2, 0), 0..2);
        assert_eq!(columns(6, 1), 0..6);
        assert_eq!(columns(49, 0), 0..6);
        assert_eq!(columns(49, 7), 42..48);
        assert_eq!(columns(49, 8), 48..49);
        assert_eq!(columns(49, 99), 48..49);
    }
}
