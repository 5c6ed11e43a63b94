//! Names for what leaves the page: a download's file name and a chart's
//! source line say which report, which view and which filters they show,
//! so a folder of downloads or a slide explains itself.

use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::Period;
use crate::query::Query;
use crate::report::Report;

/// Longest file name stem, in characters: well under every file system's
/// limit once an extension is added, and short enough to read.
const MAX_STEM: usize = 100;

/// `牡丹江市2024年政府工作报告-chart-agriculture+industry-q风电`: the
/// report, what is exported (`view` or a chart's name), then the filters
/// that are on, in the hash's order. Characters file systems refuse are
/// dropped.
pub fn file_stem(report: &Report, what: &str, query: &Query) -> String {
    let mut parts: Vec<String> = vec![report_label(report), what.to_owned()];
    let list = |ids: Vec<&str>| ids.join("+");
    if !query.sectors.is_empty() {
        parts.push(list(query.sectors.iter().map(|s| s.id()).collect()));
    }
    if !query.periods.is_empty() {
        let ids: Vec<String> = query.periods.iter().map(Period::to_string).collect();
        parts.push(list(ids.iter().map(String::as_str).collect()));
    }
    if !query.statuses.is_empty() {
        parts.push(list(query.statuses.iter().map(|s| s.id()).collect()));
    }
    if !query.kinds.is_empty() {
        parts.push(list(query.kinds.iter().map(|k| k.id()).collect()));
    }
    let text = query.text.trim();
    if !text.is_empty() {
        parts.push(format!("q{text}"));
    }
    let stem: String = parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| safe(p))
        .collect::<Vec<_>>()
        .join("-");
    stem.chars().take(MAX_STEM).collect()
}

/// What the report calls itself (`牡丹江市2024年政府工作报告`), else its
/// city and year, else a plain name.
pub fn report_label(report: &Report) -> String {
    let title = report.title().trim();
    if !title.is_empty() {
        return title.to_owned();
    }
    let year = report.meta.report_year.map(|y| y.to_string());
    let label: Vec<&str> = [Some(report.meta.city.as_str()), year.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    if label.is_empty() {
        "work-report".to_owned()
    } else {
        label.join("-")
    }
}

/// The line under a chart in a download: where the numbers come from.
pub fn source_line(report: &Report, lang: Lang) -> String {
    let label = report_label(report);
    tf(lang, Tpl::Credit, &[&label])
}

/// A chart's title in a download: the report, then the chart.
pub fn slide_title(report: &Report, chart_title: &str, lang: Lang) -> String {
    format!(
        "{}{}{chart_title}",
        report_label(report),
        t(lang, Msg::Colon)
    )
}

/// `s` without characters Windows, macOS or Linux refuse in a file name,
/// nor controls or spaces.
fn safe(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() && !"/\\:*?\"<>|".contains(*c))
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sector;

    #[test]
    fn a_stem_names_the_report_the_view_and_the_filters() {
        let report = crate::testing::mudanjiang();
        let mut q = Query::default();
        assert_eq!(
            file_stem(&report, "table", &q),
            "牡丹江市2024年政府工作报告-table"
        );
        q.sectors = [Sector::Industry, Sector::Agriculture].into();
        q.periods = [Period::Year(2024)].into();
        q.text = "风电 a/b:c".into();
        assert_eq!(
            file_stem(&report, "growth", &q),
            "牡丹江市2024年政府工作报告-growth-industry+agriculture-2024-q风电_abc"
        );
    }

    #[test]
    fn a_stem_is_capped() {
        let report = crate::extract::extract("增长6%。");
        let q = Query {
            text: "长".repeat(500),
            ..Query::default()
        };
        let stem = file_stem(&report, "table", &q);
        assert!(stem.starts_with("政府工作报告-table-q长"), "{stem}");
        assert_eq!(stem.chars().count(), MAX_STEM);
    }

    #[test]
    fn the_source_line_and_title_name_the_report() {
        let report = crate::testing::mudanjiang();
        assert_eq!(
            source_line(&report, Lang::Zh),
            "来源：牡丹江市2024年政府工作报告（政府工作报告数据浏览提取）"
        );
        assert_eq!(
            slide_title(&report, "Growth rates (%)", Lang::En),
            "牡丹江市2024年政府工作报告: Growth rates (%)"
        );
    }
}
