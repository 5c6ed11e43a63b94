//! The overview's two tables as data: the headline indicators (every
//! headline target, with last year's result where the report gives one)
//! and every other metric with both. The app draws them and exports them
//! as CSV from here, so the download holds what the page shows.

use crate::aggregate::{self, Pair};
use crate::csv_export::{self, text_cell};
use crate::decimal;
use crate::model::{Indicator, Sector};
use crate::query::signed;
use crate::row_name::{qualifiers, Qualify};

/// A row of the overview: a target and, where the report gives one, last
/// year's result for the same metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// Index of the result in `Report::indicators`.
    pub result: Option<usize>,
    /// Index of the target.
    pub target: usize,
    pub sector: Sector,
    /// What its name needs to be told from the table's other rows.
    pub name: Qualify,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tables {
    /// Macro metrics: the pairs, then the targets without a result.
    pub headline: Vec<Row>,
    pub others: Vec<Row>,
}

/// The overview's tables from the report's result/target `pairs`.
pub fn tables(indicators: &[Indicator], pairs: &[Pair]) -> Tables {
    let row = |p: &Pair| Row {
        result: Some(p.result),
        target: p.target,
        sector: p.sector,
        name: Qualify::Alone,
    };
    let (headline, others): (Vec<&Pair>, Vec<&Pair>) =
        pairs.iter().partition(|p| p.sector == Sector::Macro);
    let headline_pairs: Vec<Pair> = headline.iter().map(|&p| p.clone()).collect();
    let alone = aggregate::unpaired_targets(indicators, &headline_pairs, Sector::Macro);
    let mut tables = Tables {
        headline: headline
            .into_iter()
            .map(row)
            .chain(alone.into_iter().map(|target| Row {
                result: None,
                target,
                sector: Sector::Macro,
                name: Qualify::Alone,
            }))
            .collect(),
        others: others.into_iter().map(row).collect(),
    };
    for table in [&mut tables.headline, &mut tables.others] {
        let names = qualifiers(table.iter().map(|r| &indicators[r.target]));
        for (row, q) in table.iter_mut().zip(names) {
            row.name = q;
        }
    }
    tables
}

/// The CSV's columns. Values are signed (a fall is negative) and their
/// comparators are the bounds of the signed value.
pub const HEADER: [&str; 11] = [
    "indicator",
    "indicator_en",
    "result",
    "result_comparator",
    "result_period",
    "result_status",
    "target",
    "target_comparator",
    "target_period",
    "unit",
    "note",
];

/// What `note` says of a headline target the report gives no result for.
pub const NO_RESULT: &str = "no result given";

/// The cells of one row, numbers as numbers, text guarded.
pub fn cells(indicators: &[Indicator], row: &Row) -> Vec<String> {
    let target = &indicators[row.target];
    let result = row.result.map(|r| &indicators[r]);
    let value = |i: &Indicator| decimal::shortest(signed(i));
    let comparator = |i: &Indicator| text_cell(i.comparator.signed(i.direction).id());
    vec![
        text_cell(&target.subject),
        text_cell(target.subject_en.as_deref().unwrap_or("")),
        result.map(value).unwrap_or_default(),
        result.map(comparator).unwrap_or_default(),
        result
            .map(|r| text_cell(&r.period.to_string()))
            .unwrap_or_default(),
        result.map(|r| text_cell(r.status.id())).unwrap_or_default(),
        value(target),
        comparator(target),
        text_cell(&target.period.to_string()),
        text_cell(&target.unit),
        text_cell(if result.is_none() { NO_RESULT } else { "" }),
    ]
}

/// Both tables in one CSV, the headline rows first.
pub fn csv(indicators: &[Indicator], tables: &Tables) -> String {
    let rows = tables.headline.iter().chain(&tables.others);
    csv_export::document(&HEADER, rows.map(|r| cells(indicators, r)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn embedded_rows() -> (crate::report::Report, Vec<String>) {
        let report = crate::testing::mudanjiang();
        let pairs = aggregate::pairs(&report.indicators);
        let csv = csv(&report.indicators, &tables(&report.indicators, &pairs));
        let lines = csv.split("\r\n").map(str::to_owned).collect();
        (report, lines)
    }

    #[test]
    fn the_headline_rows_of_the_embedded_report() {
        let (_, lines) = embedded_rows();
        assert_eq!(
            lines[0],
            "\u{feff}indicator,indicator_en,result,result_comparator,result_period,result_status,target,target_comparator,target_period,unit,note"
        );
        let row = |subject: &str| {
            lines
                .iter()
                .find(|l| l.starts_with(&format!("{subject},")))
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(
            row("地区生产总值"),
            "地区生产总值,GDP,6,,2023,estimate,6,,2024,%,"
        );
        assert_eq!(
            row("固定资产投资"),
            "固定资产投资,Fixed-asset investment,-3.5,,2023,estimate,8,,2024,%,"
        );
        assert_eq!(
            row("万元GDP综合能耗"),
            "万元GDP综合能耗,\"Energy consumption per 10,000 yuan of GDP\",,,,,-3.2,,2024,%,no result given"
        );
    }

    #[test]
    fn a_level_and_its_growth_are_two_rows_named_apart() {
        let report = crate::extract::extract(concat!(
            "一、2023年工作回顾\n\n全市地区生产总值达到1200亿元，增长5.2%。\n\n",
            "二、2024年工作安排\n\n全市地区生产总值达到1280亿元，增长6%左右。\n"
        ));
        let inds = &report.indicators;
        let t = tables(inds, &aggregate::pairs(inds));
        let names = |lang| -> Vec<String> {
            (t.headline.iter())
                .map(|r| crate::row_name::name(&inds[r.target], lang, r.name).into_owned())
                .collect()
        };
        assert_eq!(names(Lang::En), ["GDP (level)", "GDP (growth)"]);
        assert_eq!(
            names(Lang::Zh),
            ["地区生产总值（总量）", "地区生产总值（增速）"]
        );
        assert!(t.headline.iter().all(|r| r.result.is_some()));
    }

    #[test]
    fn headline_rows_come_first_then_the_other_metrics() {
        let (report, lines) = embedded_rows();
        let pairs = aggregate::pairs(&report.indicators);
        let t = tables(&report.indicators, &pairs);
        let macro_pairs = pairs.iter().filter(|p| p.sector == Sector::Macro).count();
        assert_eq!(t.headline.len(), macro_pairs + 1);
        assert_eq!(t.headline.last().map(|r| r.result), Some(None));
        assert!(t
            .others
            .iter()
            .all(|r| r.sector != Sector::Macro && r.result.is_some()));
        // Header, every row, and the empty string after the last CRLF.
        assert_eq!(lines.len(), 1 + t.headline.len() + t.others.len() + 1);
        assert!(lines.contains(
            &"新建高标准农田,New high-standard farmland,38.2,,2023,actual,50,>=,2024,万亩,"
                .to_owned()
        ));
    }
}
