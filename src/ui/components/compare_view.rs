//! The compare view: which open reports to compare, the matrix of their
//! metrics (one column per report), the 完成情况 of each consecutive pair
//! of one place, and the research panel as one zip.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

use crate::compare::by_place_and_year;
use crate::compare::matrix::column_name;
use crate::compare::matrix::{self, Row};
use crate::compare::matrix_csv;
use crate::format;
use crate::i18n::Lang;
use crate::library::describe;
use crate::messages::{t, Msg};
use crate::panel;
use crate::report::Report;
use crate::state::{Action, CompareSort};
use crate::ui::components::compare_rows::{self, clicked};
use crate::ui::components::indicator_table::body;
use crate::ui::components::outcomes_table::outcomes_tables;
use crate::ui::components::{ChartExport, ChartPanel};
use crate::ui::context::use_explorer;
use crate::ui::download::download;
use crate::ui::shared::SharedReport;
use crate::ui::shelf::Reports;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub reports: Rc<Reports>,
    /// `AppState::compare`: empty is every open report.
    pub chosen: Vec<String>,
    /// `AppState::compare_sort`.
    pub sort: Option<CompareSort>,
    pub on_action: Callback<Action>,
}

/// A column: the report's id as the state names it (`None`, the
/// embedded one) and the report.
pub type Column = (Option<String>, SharedReport);

/// The matrix's `<tbody>`, written once per choice of reports and
/// language: a sort moves its rows rather than writing them again, and a
/// render that changes neither leaves it alone (the same node each time).
struct MatrixBody {
    tbody: Element,
    /// The rows in the matrix's own order.
    rows: Vec<Element>,
    /// The order the rows stand in now.
    order: RefCell<Vec<usize>>,
    /// Each row's metric, for the chart's select.
    names: Vec<String>,
}

impl MatrixBody {
    fn new(reports: &[SharedReport], rows: &[Row], lang: Lang) -> MatrixBody {
        let tbody = body(&compare_rows::matrix(reports, rows, lang));
        let children = tbody.children();
        let rows_of = (0..children.length()).filter_map(|i| children.item(i));
        let names = rows.iter().map(|row| {
            format::subject(&reports[row.label.0].indicators[row.label.1], lang).to_owned()
        });
        MatrixBody {
            rows: rows_of.collect(),
            order: RefCell::new((0..rows.len()).collect()),
            names: names.collect(),
            tbody,
        }
    }

    /// Puts the rows in `order` (positions in the matrix's own order).
    fn arrange(&self, order: Vec<usize>) {
        if *self.order.borrow() == order {
            return;
        }
        for &i in &order {
            if let Some(row) = self.rows.get(i) {
                let _ = self.tbody.append_child(row);
            }
        }
        *self.order.borrow_mut() = order;
    }

    fn html(&self) -> Html {
        Html::VRef(self.tbody.clone().into())
    }
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = use_explorer().lang;
    let entries = props.reports.entries();
    let embedded = &entries[0].id;
    let on = |id: &String| props.chosen.is_empty() || props.chosen.contains(id);
    let chosen: Vec<_> = entries.iter().filter(|e| on(&e.id)).collect();
    // Columns by place then year, so a place's reports stand side by side.
    let order = by_place_and_year(&chosen.iter().map(|e| &*e.report).collect::<Vec<_>>());
    let columns: Rc<Vec<Column>> = Rc::new(
        order
            .iter()
            .map(|&i| {
                let e = chosen[i];
                ((e.id != *embedded).then(|| e.id.clone()), e.report.clone())
            })
            .collect(),
    );
    let reports: Vec<SharedReport> = columns.iter().map(|c| c.1.clone()).collect();
    let column_ids: Vec<&String> = order.iter().map(|&i| &chosen[i].id).collect();
    let rows = use_memo(reports.clone(), |r| matrix::matrix(r));
    // The sort as columns of this view: `None` is the matrix's own order
    // (headline metrics first), as is a sort by a report not shown.
    let sort = props.sort.as_ref().and_then(|s| match &s.by {
        None => Some((None, s.descending)),
        Some(id) => column_ids
            .iter()
            .position(|c| *c == id)
            .map(|c| (Some(c), s.descending)),
    });
    let error = use_state(|| None::<String>);

    let ids: Vec<String> = chosen.iter().map(|e| e.id.clone()).collect();
    let choose = |id: &String| {
        let mut ids = ids.clone();
        match ids.iter().position(|i| i == id) {
            Some(p) => _ = ids.remove(p),
            None => ids.push(id.clone()),
        }
        props
            .on_action
            .reform(move |_: Event| Action::SetCompare(ids.clone()))
    };
    // The chart's metric: a row of the matrix in its own order.
    let metric = use_state(|| 0usize);
    let chart = {
        let (rows, m) = (rows.clone(), *metric);
        use_memo((reports.clone(), m, lang), move |(reports, m, lang)| {
            rows.get(*m)
                .map(|row| Rc::new(matrix::chart(reports, row, *lang)))
        })
    };
    let pick = {
        let metric = metric.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse().ok());
            metric.set(value.unwrap_or(0));
        })
    };
    let matrix_body = {
        let rows = rows.clone();
        use_memo((reports.clone(), lang), move |(reports, lang)| {
            MatrixBody::new(reports, &rows, *lang)
        })
    };
    let outcomes = use_memo((reports.clone(), lang), |(reports, lang)| {
        outcomes_tables(reports, *lang)
    });
    let options = matrix_body.names.iter().enumerate().map(|(i, name)| {
        html! { <option value={i.to_string()} selected={i == *metric}>{ name.clone() }</option> }
    });
    let export = Rc::new(ChartExport {
        file_stem: "report-compare".into(),
        ..Default::default()
    });
    let shown = match sort {
        Some((by, descending)) => matrix::order(&rows, &reports, by, descending, lang),
        None => (0..rows.len()).collect(),
    };
    let on_csv = {
        let (reports, rows, shown, error) =
            (reports.clone(), rows.clone(), shown.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = matrix_csv::csv(&reports, &rows, &shown, lang);
            let file = "report-compare.csv";
            error.set(download(file, "text/csv;charset=utf-8", csv.as_bytes()).err());
        })
    };
    matrix_body.arrange(shown);
    let header = |by: Option<usize>, name: String| {
        let current = sort.and_then(|(b, d)| (b == by).then_some(d));
        let id = by.map(|c| column_ids[c].clone());
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SortCompare(id.clone()));
        let (aria, arrow) = match current {
            None => (None, "↕"),
            Some(false) => (Some("ascending"), "↑"),
            Some(true) => (Some("descending"), "↓"),
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="rx-sort" {onclick}>{ name }<span class="rx-sort-arrow" aria-hidden="true">{ arrow }</span></button>
            </th>
        }
    };
    let onclick = {
        let (on_action, columns) = (props.on_action.clone(), columns.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some((c, index)) = clicked(&e).filter(|&(c, _)| c < columns.len()) {
                let report = columns[c].0.clone();
                on_action.emit(Action::OpenRecord { report, index });
            }
        })
    };
    // A bar (clicked, or Enter on the focused bar) opens its record.
    let on_select = {
        let (on_action, columns, rows) = (props.on_action.clone(), columns.clone(), rows.clone());
        let (reports, m) = (reports.clone(), *metric);
        Callback::from(move |bar: usize| {
            let records = rows.get(m).map(|row| matrix::chart_records(&reports, row));
            if let Some(&(c, index)) = records.as_ref().and_then(|r| r.get(bar)) {
                let report = columns[c].0.clone();
                on_action.emit(Action::OpenRecord { report, index });
            }
        })
    };
    let on_zip = {
        let (reports, error) = (reports.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let owned: Vec<Report> = reports.iter().map(|r| (**r).clone()).collect();
            let result = panel::zip(&owned, lang)
                .map_err(|e| format!("{e:?}"))
                .and_then(|zip| download("report-panel.zip", "application/zip", &zip));
            error.set(result.err());
        })
    };
    html! {
        <div class="rx-compare" {onclick}>
            <fieldset class="rx-facet">
                <legend>{ t(lang, Msg::ReportsToCompare) }</legend>
                { for entries.iter().map(|e| html! {
                    <label class="rx-choice">
                        <input type="checkbox" checked={on(&e.id)} onchange={choose(&e.id)} />
                        { describe(&e.report, lang) }
                    </label>
                }) }
            </fieldset>
            if columns.len() < 2 {
                <p role="status">{ t(lang, Msg::ChooseTwo) }</p>
            } else {
                <div class="rx-export" role="group" aria-label={t(lang, Msg::Export)}>
                    <button type="button" class="rx-button" onclick={on_csv}>{ t(lang, Msg::DownloadMatrix) }</button>
                    <button type="button" class="rx-button" onclick={on_zip}>{ t(lang, Msg::DownloadPanel) }</button>
                    if let Some(e) = &*error {
                        <span class="rx-error" role="alert">{ t(lang, Msg::ExportFailed) }{ e.clone() }</span>
                    }
                </div>
                <h2>{ t(lang, Msg::SideBySide) }</h2>
                <div class="rx-table-wrap">
                    <table class="rx-table rx-matrix">
                        <thead><tr>
                            { header(None, t(lang, Msg::Indicator).to_owned()) }
                            { for reports.iter().enumerate().map(|(c, r)| header(Some(c), column_name(r, lang))) }
                        </tr></thead>
                        { matrix_body.html() }
                    </table>
                </div>
                <label class="rx-chart-metric">{ t(lang, Msg::ChartMetric) }<select onchange={pick}>{ for options }</select></label>
                if let Some(chart) = (*chart).clone() {
                    <ChartPanel name="compare" {chart} {export} {lang} {on_select} />
                }
                { (*outcomes).clone() }
            }
        </div>
    }
}
