//! The 完成情况 table as an analyst takes it away: one CSV row or JSON
//! object per target, with both reports named, both numbers as written and
//! signed, the rule's tolerance, the verdict and both sentences.

use std::borrow::Cow;

use serde::Serialize;

use super::{outcomes, Outcome};
use crate::csv_export::{self, text_cell};
use crate::format;
use crate::i18n::Lang;
use crate::messages::{self, Msg};
use crate::query::signed;
use crate::report::Report;

/// The CSV's columns, in order.
pub const HEADER: [&str; 21] = [
    "city",
    "year",
    "planned_report_id",
    "reviewed_report_id",
    "metric",
    "metric_en",
    "kind",
    "unit",
    "target_raw",
    "target_comparator",
    "target_value_signed",
    "result_raw",
    "result_status",
    "result_value_signed",
    "difference",
    "tolerance",
    "verdict",
    "verdict_label",
    "target_sentence",
    "result_sentence",
    "note",
];

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row<'r> {
    pub city: &'r str,
    pub year: u16,
    pub planned_report_id: &'r str,
    pub reviewed_report_id: &'r str,
    pub metric: &'r str,
    pub metric_en: &'r str,
    pub kind: &'static str,
    pub unit: &'r str,
    pub target_raw: &'r str,
    pub target_comparator: &'static str,
    pub target_value_signed: f64,
    pub result_raw: &'r str,
    pub result_status: &'static str,
    pub result_value_signed: Option<f64>,
    pub difference: Option<f64>,
    pub tolerance: Option<f64>,
    pub verdict: &'static str,
    pub verdict_label: &'static str,
    pub target_sentence: Cow<'r, str>,
    pub result_sentence: Cow<'r, str>,
    pub note: &'static str,
}

/// The rows of `planned` (year `year`'s targets) against `reviewed`.
pub fn rows<'r>(planned: &'r Report, reviewed: &'r Report, year: u16, lang: Lang) -> Vec<Row<'r>> {
    let sentence = |report: &'r Report, i: usize| report.quote(&report.indicators[i]);
    outcomes(planned, reviewed, year)
        .iter()
        .map(|o: &Outcome| {
            let t = &planned.indicators[o.target];
            let r = o.result.map(|i| &reviewed.indicators[i]);
            Row {
                city: &planned.meta.city,
                year,
                planned_report_id: &planned.meta.id,
                reviewed_report_id: &reviewed.meta.id,
                metric: &t.subject,
                metric_en: t.subject_en.as_deref().unwrap_or(""),
                kind: t.kind.id(),
                unit: &t.unit,
                target_raw: &t.raw,
                target_comparator: t.comparator.signed(t.direction).id(),
                target_value_signed: signed(t),
                result_raw: r.map_or("", |r| &r.raw),
                result_status: r.map_or("", |r| r.status.id()),
                result_value_signed: r.map(signed),
                difference: o.difference,
                tolerance: o.tolerance,
                verdict: o.verdict.id(),
                verdict_label: o.verdict.name(lang),
                target_sentence: sentence(planned, o.target),
                result_sentence: o
                    .result
                    .map_or(Cow::Borrowed(""), |i| sentence(reviewed, i)),
                note: match (r, t.kind) {
                    (None, _) => messages::t(lang, Msg::NoNextResult),
                    (_, crate::model::Kind::Rank | crate::model::Kind::Streak) => {
                        messages::t(lang, Msg::RanksNotCompared)
                    }
                    _ => "",
                },
            }
        })
        .collect()
}

/// Several tables (one per pair of consecutive reports) as one CSV.
pub fn csv(tables: &[Vec<Row>]) -> String {
    let number = |v: Option<f64>| v.map(format::number).unwrap_or_default();
    let cells = tables.iter().flatten().map(|r| {
        vec![
            text_cell(r.city),
            r.year.to_string(),
            text_cell(r.planned_report_id),
            text_cell(r.reviewed_report_id),
            text_cell(r.metric),
            text_cell(r.metric_en),
            text_cell(r.kind),
            text_cell(r.unit),
            text_cell(r.target_raw),
            text_cell(r.target_comparator),
            format::number(r.target_value_signed),
            text_cell(r.result_raw),
            text_cell(r.result_status),
            number(r.result_value_signed),
            number(r.difference.map(|d| (d * 1e6).round() / 1e6)),
            number(r.tolerance),
            text_cell(r.verdict),
            text_cell(r.verdict_label),
            text_cell(&r.target_sentence),
            text_cell(&r.result_sentence),
            text_cell(r.note),
        ]
    });
    csv_export::document(&HEADER, cells)
}

/// Several tables as one JSON array of rows, pretty-printed.
pub fn json(tables: &[Vec<Row>]) -> String {
    let all: Vec<&Row> = tables.iter().flatten().collect();
    let mut out = serde_json::to_string_pretty(&all).expect("rows of plain data serialise");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    /// Qingyan's 2023 targets against its 2024 report, which here gives no
    /// project count, and with grain output made a rank in both.
    fn pair() -> (Report, Report) {
        let read = crate::testing::qingyan;
        let (mut planned, mut reviewed) = (read(2023), read(2024));
        reviewed.indicators.retain(|i| i.raw != "131个");
        let grain = |raw: &str| raw == "80亿斤以上" || raw == "79.2亿斤";
        let all = planned
            .indicators
            .iter_mut()
            .chain(&mut reviewed.indicators);
        for ind in all.filter(|i| grain(&i.raw)) {
            ind.kind = Kind::Rank;
        }
        (planned, reviewed)
    }

    #[test]
    fn the_verdict_and_the_note_in_each_language() {
        let (planned, reviewed) = pair();
        let said = |lang| -> Vec<(&str, &str, &str)> {
            rows(&planned, &reviewed, 2023, lang)
                .into_iter()
                .filter(|r| ["6%左右", "80亿斤以上", "120个"].contains(&r.target_raw))
                .map(|r| (r.target_raw, r.verdict_label, r.note))
                .collect()
        };
        assert_eq!(
            said(Lang::Zh),
            [
                ("6%左右", "完成", ""),
                ("80亿斤以上", "无法比较", "排名和连续纪录不作比较"),
                ("120个", "无法比较", "下一年的报告未给出结果"),
            ]
        );
        assert_eq!(
            said(Lang::En),
            [
                ("6%左右", "Met", ""),
                (
                    "80亿斤以上",
                    "Not comparable",
                    "ranks and streaks are not compared"
                ),
                ("120个", "Not comparable", "the next report gives no result"),
            ]
        );
    }
}
