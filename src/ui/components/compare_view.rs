//! The compare view: which open reports to compare, the matrix of their
//! metrics (one column per report), the 完成情况 of each consecutive pair
//! of one place, and the research panel as one zip.

use std::rc::Rc;

use yew::prelude::*;

use crate::compare::matrix::{self, Row};
use crate::format::{self, value_text};
use crate::i18n::Lang;
use crate::library::describe;
use crate::model::Status;
use crate::panel;
use crate::state::Action;
use crate::ui::components::OutcomesTable;
use crate::ui::download::download;
use crate::ui::shared::SharedReport;
use crate::ui::shelf::Reports;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub reports: Rc<Reports>,
    /// `AppState::compare`: empty is every open report.
    pub chosen: Vec<String>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A column: the report's id as the state names it (`None`, the
/// embedded one) and the report.
pub type Column = (Option<String>, SharedReport);

/// Opens record `index` of column `c`'s report.
pub fn opener(
    dispatch: &Callback<Action>,
    columns: &Rc<Vec<Column>>,
    c: usize,
    index: usize,
) -> Callback<MouseEvent> {
    let report = columns[c].0.clone();
    dispatch.reform(move |_| Action::OpenRecord {
        report: report.clone(),
        index,
    })
}

pub fn column_name(report: &SharedReport, lang: Lang) -> String {
    let year = report.meta.report_year.map(|y| lang.period(&y.to_string()));
    [report.meta.city.clone(), year.unwrap_or_default()].join(" · ")
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = props.lang;
    let entries = props.reports.entries();
    let embedded = entries[0].id.clone();
    let on = |id: &String| props.chosen.is_empty() || props.chosen.contains(id);
    // Columns by place then year, so a place's reports stand side by side.
    let mut columns: Vec<Column> = entries
        .iter()
        .filter(|e| on(&e.id))
        .map(|e| ((e.id != embedded).then(|| e.id.clone()), e.report.clone()))
        .collect();
    columns.sort_by_key(|(_, r)| (r.meta.city.clone(), r.meta.report_year));
    let columns = Rc::new(columns);
    let reports: Vec<SharedReport> = columns.iter().map(|c| c.1.clone()).collect();
    let rows = use_memo(reports.clone(), |r| matrix::matrix(r));
    // `None`: the matrix's own order, headline metrics first.
    let sort = use_state(|| None::<(Option<usize>, bool)>);
    let error = use_state(|| None::<String>);

    let choose = {
        let all: Vec<String> = entries
            .iter()
            .filter(|e| on(&e.id))
            .map(|e| e.id.clone())
            .collect();
        move |id: String| {
            let mut ids = all.clone();
            match ids.iter().position(|i| *i == id) {
                Some(p) => _ = ids.remove(p),
                None => ids.push(id),
            }
            props
                .dispatch
                .reform(move |_: Event| Action::SetCompare(ids.clone()))
        }
    };
    let chooser = html! {
        <fieldset class="rx-facet">
            <legend>{ lang.pick("比较的报告（至少两份）", "Reports to compare (two or more)") }</legend>
            { for entries.iter().map(|e| html! {
                <label class="rx-choice">
                    <input type="checkbox" checked={on(&e.id)} onchange={choose(e.id.clone())} />
                    { describe(&e.report, lang) }
                </label>
            }) }
        </fieldset>
    };
    if columns.len() < 2 {
        return html! {
            <div class="rx-compare">
                { chooser }
                <p role="status">{ lang.pick("请选择至少两份报告；用“打开报告”添加。", "Choose at least two reports; add more with “Open report”.") }</p>
            </div>
        };
    }

    let mut rows: Vec<Row> = (*rows).clone();
    if let Some((by, descending)) = *sort {
        matrix::sort(&mut rows, &reports, by, descending, lang);
    }
    let header = |by: Option<usize>, name: String| {
        let current = sort.map(|(b, d)| (b == by).then_some(d)).flatten();
        let aria = current.map(|d| if d { "descending" } else { "ascending" });
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| sort.set(Some((by, current == Some(false)))))
        };
        let arrow = match current {
            None => "↕",
            Some(false) => "↑",
            Some(true) => "↓",
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="rx-sort" {onclick}>{ name }<span class="rx-sort-arrow" aria-hidden="true">{ arrow }</span></button>
            </th>
        }
    };
    let cell = |c: usize, row: &Row| {
        let report = &reports[c];
        let metric = format::subject(&reports[row.label.0].indicators[row.label.1], lang);
        html! {
            <td class="rx-col-value">
                { for row.cells[c].iter().map(|&i| {
                    let ind = &report.indicators[i];
                    let status = lang.status(ind.status);
                    let period = lang.period(&ind.period);
                    let verb = (ind.status != Status::Estimate && !ind.verb.is_empty()).then(|| ind.verb.to_string());
                    let value = value_text(ind, lang);
                    let label = format!("{metric} {} {status} {period} {value}", column_name(report, lang));
                    html! {
                        <div class={format!("rx-cmp-{}", ind.status.id())}>
                            <span class="rx-raw">{ format!("{status} {period}") }</span>{ " " }
                            if let Some(v) = verb { <span class="rx-raw" lang="zh-CN">{ v }</span>{ " " } }
                            <button type="button" class="rx-link" aria-label={label} onclick={opener(&props.dispatch, &columns, c, i)}>{ value }</button>
                        </div>
                    }
                }) }
            </td>
        }
    };
    let on_zip = {
        let (reports, error) = (reports.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let owned: Vec<_> = reports.iter().map(|r| (**r).clone()).collect();
            let result = panel::zip(&owned, lang)
                .map_err(|e| format!("{e:?}"))
                .and_then(|zip| download("report-panel.zip", "application/zip", &zip));
            error.set(result.err());
        })
    };
    html! {
        <div class="rx-compare">
            { chooser }
            <div class="rx-export" role="group" aria-label={lang.pick("导出", "Export")}>
                <button type="button" class="rx-button" onclick={on_zip}>{ lang.pick("下载数据面板（.zip）", "Download panel (.zip)") }</button>
                if let Some(e) = &*error {
                    <span class="rx-error" role="alert">{ lang.pick("导出失败：", "Export failed: ") }{ e.clone() }</span>
                }
            </div>
            <section aria-labelledby="rx-matrix-title">
                <h2 id="rx-matrix-title">{ lang.pick("指标对照", "Metrics side by side") }</h2>
                <div class="rx-table-wrap">
                    <table class="rx-table rx-matrix">
                        <thead><tr>
                            { header(None, lang.pick("指标", "Indicator").to_owned()) }
                            { for reports.iter().enumerate().map(|(c, r)| header(Some(c), column_name(r, lang))) }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr>
                                    <th scope="row">{ format::subject(&reports[row.label.0].indicators[row.label.1], lang).to_owned() }</th>
                                    { for (0..reports.len()).map(|c| cell(c, row)) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <OutcomesTable {columns} {lang} dispatch={props.dispatch.clone()} />
        </div>
    }
}
