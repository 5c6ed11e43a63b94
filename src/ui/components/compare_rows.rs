//! The compare view's table rows as markup, as indicator_rows.rs builds
//! the table view's: through the virtual DOM the matrix and 完成情况 rows
//! cost the single file several KB of gzip code; as text they are a few
//! `write!`s. Report text goes through `escape`. Each value is a button
//! naming its report and record (`data-c`, `data-i`), which one listener
//! on the view reads ([`clicked`]). The report is named by its place
//! among the open reports (`at`, for each column), not by its column:
//! so a value's markup is the same whichever other reports are compared,
//! and the view keeps a cell when the set of reports changes around it.

use std::fmt::Write;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::compare::matrix::{column_name, name, Row};
use crate::compare::Outcome;
use crate::format::{number, value_text};
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::Status;
use crate::row_name::{self, qualifiers};
use crate::ui::components::indicator_rows::escape;
use crate::ui::shared::SharedReport;

/// The report (its place among the open reports) and record of the value
/// button a click landed on.
pub fn clicked(e: &MouseEvent) -> Option<(usize, usize)> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let button = target.closest("button[data-i]").ok()??;
    let number = |name| button.get_attribute(name)?.parse().ok();
    Some((number("data-c")?, number("data-i")?))
}

/// A value button: record `i` of column `c` (written as the report's place
/// among the open reports, `at[c]`), named by `label` and the
/// value for a screen reader, since "6%" alone says nothing; `what` (its
/// status and year), if any, is its first line.
fn value(
    out: &mut String,
    reports: &[SharedReport],
    at: &[usize],
    (c, i): (usize, usize),
    what: Option<&str>,
    label: &str,
    lang: Lang,
) {
    let class = if what.is_some() {
        "rx-link rx-cell"
    } else {
        "rx-link"
    };
    let _ = write!(
        out,
        "<button type=\"button\" class=\"{class}\" data-c=\"{}\" data-i=\"{i}\" aria-label=\"",
        at[c]
    );
    let text = value_text(&reports[c].indicators[i], lang);
    escape(out, &format!("{label} {text}"));
    out.push_str("\">");
    if let Some(what) = what {
        escape(out, what);
        out.push('\n');
    }
    escape(out, &text);
    out.push_str("</button>");
}

/// A row's head, opening the row (the matrix's rows are opened by their
/// caller, which writes their cells one by one).
fn head(out: &mut String, text: &str) {
    out.push_str("<th scope=\"row\">");
    escape(out, text);
    out.push_str("</th>");
}

/// The matrix's row `row` as its head and its cells' markup: each cell a
/// report's values of the metric, each with its status and year (and the
/// verb of a target: 确保 / 力争). One element per value: every element of
/// every cell costs style and layout. Only the report columns `cols` (a
/// page of them, `matrix::columns`); `at` names each column's report.
pub fn matrix_row(
    reports: &[SharedReport],
    at: &[usize],
    row: &Row,
    cols: std::ops::Range<usize>,
    lang: Lang,
) -> (String, Vec<String>) {
    let metric = name(reports, row, lang);
    let mut th = String::new();
    head(&mut th, &metric);
    let shown = row.cells.iter().enumerate().skip(cols.start);
    let cells = shown.take(cols.len()).map(|(c, cell)| {
        // The cell names its report too, so an empty cell of one report is
        // not taken for another's when a row keeps its cells.
        let mut out = format!("<td class=\"rx-col-value\" data-c=\"{}\">", at[c]);
        for &i in cell {
            let ind = &reports[c].indicators[i];
            let verb = if ind.status == Status::Estimate {
                ""
            } else {
                &ind.verb
            };
            let what = format!(
                "{} {} {verb}",
                lang.status(ind.status),
                lang.period(ind.period)
            );
            let what = what.trim_end();
            let label = format!("{metric} {} {what}", column_name(&reports[c], lang));
            value(&mut out, reports, at, (c, i), Some(what), &label, lang);
        }
        out.push_str("</td>");
        out
    });
    (th, cells.collect())
}

/// The 完成情况 rows of columns `a` (targets) and `b` (results).
pub fn outcomes(
    reports: &[SharedReport],
    at: &[usize],
    (a, b): (usize, usize),
    list: &[Outcome],
    lang: Lang,
) -> String {
    let mut out = String::new();
    let names = qualifiers(list.iter().map(|o| &reports[a].indicators[o.target]));
    for (o, q) in list.iter().zip(names) {
        let metric = row_name::name(&reports[a].indicators[o.target], lang, q);
        out.push_str("<tr>");
        head(&mut out, &metric);
        out.push_str("<td class=\"rx-col-value\">");
        value(
            &mut out,
            reports,
            at,
            (a, o.target),
            None,
            &format!("{metric} {}", t(lang, Msg::Target)),
            lang,
        );
        out.push_str("</td><td class=\"rx-col-value\">");
        match o.result {
            Some(r) => value(
                &mut out,
                reports,
                at,
                (b, r),
                None,
                &format!("{metric} {}", t(lang, Msg::Result)),
                lang,
            ),
            None => out.push_str(t(lang, Msg::NoResult)),
        }
        let difference = o.difference.map(|d| {
            let sign = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "−"
            } else {
                ""
            };
            format!("{sign}{}", number((d.abs() * 100.0).round() / 100.0))
        });
        let _ = write!(
            out,
            "</td><td class=\"rx-col-value\">{}</td><td>{}</td></tr>",
            difference.unwrap_or_default(),
            o.verdict.name(lang)
        );
    }
    out
}
