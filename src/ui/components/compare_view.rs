//! The compare view: which open reports to compare, the matrix of their
//! metrics (one column per report), the 完成情况 of each consecutive pair
//! of one place, and the research panel as one zip.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::compare::by_place_and_year;
use crate::compare::matrix::column_name;
use crate::compare::matrix::{self, Row};
use crate::compare::matrix_csv;
use crate::format;
use crate::i18n::Lang;
use crate::library::describe;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::Sector;
use crate::panel;
use crate::report::Report;
use crate::state::{Action, CompareSort};
use crate::ui::components::compare_rows::{self, clicked};
use crate::ui::components::filters::{facet, Choice};
use crate::ui::components::indicator_rows::escape;
use crate::ui::components::indicator_table::body;
use crate::ui::components::outcomes_table::outcomes_tables;
use crate::ui::components::{ChartExport, ChartPanel};
use crate::ui::context::use_explorer;
use crate::ui::download::download;
use crate::ui::hooks::use_printing;
use crate::ui::shared::SharedReport;
use crate::ui::shelf::Reports;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub reports: Rc<Reports>,
    /// `AppState::compare`: empty is every open report.
    pub chosen: Vec<String>,
    /// `AppState::compare_sort`.
    pub sort: Option<CompareSort>,
    /// `Query::sectors`: the matrix shows their metrics only.
    pub sectors: BTreeSet<Sector>,
    pub on_action: Callback<Action>,
}

/// A column: the report's id as the state names it (`None`, the
/// embedded one) and the report.
pub type Column = (Option<String>, SharedReport);

/// The matrix's rows, written once per choice of reports, page of
/// columns and language: a sort or a page puts the page's rows in its
/// `<tbody>` rather than writing them again, and a render that changes
/// neither leaves it alone (the same node each time).
struct MatrixBody {
    tbody: Element,
    /// The rows in the matrix's own order.
    rows: Vec<Element>,
    /// The rows in the `<tbody>` now (positions in the matrix's order).
    order: RefCell<Vec<usize>>,
    /// Which rows are shown, kept across pages of columns.
    paging: Rc<Paging>,
}

/// Every row in the order of the sort, and the page of it shown: a new
/// order starts from its first page, as a new result of the table starts
/// from its top (not in the state or the link, as the table's rows shown
/// are not).
#[derive(Default)]
struct Paging {
    sorted: RefCell<Vec<usize>>,
    page: Cell<usize>,
}

impl MatrixBody {
    /// Also writes the chart's metric `select`: one option per row, in the
    /// matrix's order, so a sort does not render hundreds of options again.
    fn new(
        reports: &[SharedReport],
        rows: &[Row],
        cols: std::ops::Range<usize>,
        lang: Lang,
        select: &Element,
        paging: Rc<Paging>,
    ) -> MatrixBody {
        let tbody = body(&compare_rows::matrix(reports, rows, cols, lang));
        let children = tbody.children();
        let rows_of = (0..children.length()).filter_map(|i| children.item(i));
        let mut options = String::new();
        for (i, row) in rows.iter().enumerate() {
            let _ = write!(options, "<option value=\"{i}\">");
            let ind = &reports[row.label.0].indicators[row.label.1];
            escape(&mut options, format::subject(ind, lang));
            options.push_str("</option>");
        }
        select.set_inner_html(&options);
        MatrixBody {
            rows: rows_of.collect(),
            order: RefCell::new((0..rows.len()).collect()),
            paging,
            tbody,
        }
    }

    /// Shows the current page of `sorted` (every row, if `all`), and
    /// which positions of it those are.
    fn show(&self, sorted: &[usize], all: bool) -> std::ops::Range<usize> {
        let paging = &self.paging;
        if *paging.sorted.borrow() != sorted {
            paging.page.set(0);
            *paging.sorted.borrow_mut() = sorted.to_vec();
        }
        let range = if all {
            0..sorted.len()
        } else {
            matrix::page(sorted.len(), paging.page.get())
        };
        self.arrange(&sorted[range.clone()]);
        range
    }

    /// Puts the rows `order` in the `<tbody>`, and no other, moving only
    /// the rows that must move (`matrix::unmoved`): from the last row up,
    /// each is put before the one after it unless it may stay.
    fn arrange(&self, order: &[usize]) {
        let old = self.order.replace(order.to_vec());
        if old == order {
            return;
        }
        for i in old.iter().filter(|i| !order.contains(i)) {
            if let Some(row) = self.rows.get(*i) {
                row.remove();
            }
        }
        let mut next: Option<&Element> = None;
        for (&i, stays) in order.iter().zip(matrix::unmoved(&old, order)).rev() {
            let Some(row) = self.rows.get(i) else {
                continue;
            };
            if !stays {
                let _ = self.tbody.insert_before(row, next.map(|n| n.as_ref()));
            }
            next = Some(row);
        }
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
    let update = use_force_update();

    let shown = match sort {
        Some((by, descending)) => matrix::order(&rows, &reports, by, descending, lang),
        None => (0..rows.len()).collect(),
    };
    let shown = matrix::in_sectors(&rows, &reports, shown, &props.sectors);
    // The chart's metric: a row of the matrix in its own order, one the
    // sector filter shows (the first of them if it hides the one chosen).
    let metric = use_state(|| 0usize);
    let m = Some(*metric)
        .filter(|m| shown.contains(m))
        .or_else(|| shown.iter().min().copied());
    let chart = {
        let rows = rows.clone();
        use_memo((reports.clone(), m, lang), move |(reports, m, lang)| {
            rows.get((*m)?)
                .map(|row| Rc::new(matrix::chart(reports, row, *lang)))
        })
    };
    // The report boxes, written once per set of reports and language and
    // ticked in place: a sort does not render 100 checkboxes again.
    // Both elements stay the same across sets of reports, so the focus
    // and a handle on them do too.
    let boxes = use_memo((), |_| {
        let fieldset = parsed("fieldset", "");
        fieldset.set_class_name("rx-facet rx-compare-reports");
        fieldset
    });
    let select = use_memo((), |_| parsed("select", ""));
    let fieldset = boxes.clone();
    use_memo((props.reports.clone(), lang), move |(reports, lang)| {
        let mut out = format!("<legend>{}</legend>", t(*lang, Msg::ReportsToCompare));
        for e in reports.entries() {
            out.push_str("<label class=\"rx-choice\"><input type=\"checkbox\" data-id=\"");
            escape(&mut out, &e.id);
            out.push_str("\">");
            escape(&mut out, &describe(&e.report, *lang));
            out.push_str("</label>");
        }
        fieldset.set_inner_html(&out);
    });
    let inputs = boxes.get_elements_by_tag_name("input");
    for (i, e) in entries.iter().enumerate() {
        if let Some(input) = inputs.item(i as u32) {
            input
                .unchecked_into::<HtmlInputElement>()
                .set_checked(on(&e.id));
        }
    }
    // A box (by its report's id) or the chart's metric changed.
    let onchange = {
        let (on_action, metric) = (props.on_action.clone(), metric.clone());
        let ids: Vec<String> = chosen.iter().map(|e| e.id.clone()).collect();
        Callback::from(move |e: Event| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(id) = target.get_attribute("data-id") {
                let mut ids = ids.clone();
                match ids.iter().position(|i| *i == id) {
                    Some(p) => _ = ids.remove(p),
                    None => ids.push(id),
                }
                on_action.emit(Action::SetCompare(ids));
            } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
                metric.set(select.value().parse().unwrap_or(0));
            }
        })
    };
    // A printout has every row and column, as the table's has.
    let printing = use_printing();
    let column_page = use_state(|| 0usize);
    let cols = if printing {
        0..reports.len()
    } else {
        matrix::columns(reports.len(), *column_page)
    };
    let paging = use_memo((), |_| Rc::new(Paging::default()));
    let matrix_body = {
        let (rows, select, paging) = (rows.clone(), select.clone(), (*paging).clone());
        use_memo(
            (reports.clone(), cols.clone(), lang),
            move |(reports, cols, lang)| {
                MatrixBody::new(reports, &rows, cols.clone(), *lang, &select, paging)
            },
        )
    };
    let outcomes = use_memo((reports.clone(), lang), |(reports, lang)| {
        outcomes_tables(reports, *lang)
    });
    let export = Rc::new(ChartExport {
        file_stem: "report-compare".into(),
        ..Default::default()
    });
    let on_csv = {
        let (reports, rows, shown, error) =
            (reports.clone(), rows.clone(), shown.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = matrix_csv::csv(&reports, &rows, &shown, lang);
            let file = "report-compare.csv";
            error.set(download(file, "text/csv;charset=utf-8", csv.as_bytes()).err());
        })
    };
    let range = matrix_body.show(&shown, printing);
    let options = select.children();
    for i in 0..options.length() {
        if let Some(option) = options.item(i) {
            let hidden = !shown.contains(&(i as usize));
            option
                .unchecked_into::<web_sys::HtmlElement>()
                .set_hidden(hidden);
        }
    }
    select
        .unchecked_ref::<HtmlSelectElement>()
        .set_value(&m.unwrap_or(0).to_string());
    let counts = matrix::sectors(&rows, &reports, &props.sectors);
    let sector_choices = counts.into_iter().map(|(s, count)| Choice {
        key: s.id().to_owned(),
        label: lang.sector(s).to_owned(),
        count,
        checked: props.sectors.contains(&s),
        action: Action::ToggleSector(s),
    });
    let csv_label = if props.sectors.is_empty() {
        Msg::DownloadMatrix
    } else {
        Msg::DownloadMatrixShown
    };
    let row_pager = pager(&range, shown.len(), matrix::PAGE, Pages::Rows, lang, |p| {
        let (paging, update) = ((*paging).clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            paging.page.set(p);
            update.force_update();
        })
    });
    let column_pager = pager(
        &cols,
        reports.len(),
        matrix::COLUMNS,
        Pages::Reports,
        lang,
        |p| {
            let column_page = column_page.clone();
            Callback::from(move |_: MouseEvent| column_page.set(p))
        },
    );
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
        let reports = reports.clone();
        Callback::from(move |bar: usize| {
            let records = m
                .and_then(|m| rows.get(m))
                .map(|row| matrix::chart_records(&reports, row));
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
        <div class="rx-compare" {onclick} {onchange}>
            { Html::VRef(boxes.as_ref().clone().into()) }
            if columns.len() < 2 {
                <p role="status">{ t(lang, Msg::ChooseTwo) }</p>
            } else {
                { facet(t(lang, Msg::Sector), "sector", sector_choices, &props.on_action) }
                <div class="rx-export" role="group" aria-label={t(lang, Msg::Export)}>
                    <button type="button" class="rx-button" onclick={on_csv}>{ t(lang, csv_label) }</button>
                    <button type="button" class="rx-button" onclick={on_zip}>{ t(lang, Msg::DownloadPanel) }</button>
                    if let Some(e) = &*error {
                        <span class="rx-error" role="alert">{ t(lang, Msg::ExportFailed) }{ e.clone() }</span>
                    }
                </div>
                <h2>{ t(lang, Msg::SideBySide) }</h2>
                { column_pager }
                <div class="rx-table-wrap">
                    <table class="rx-table rx-matrix" aria-label={t(lang, Msg::CompareMatrix)}>
                        if !range.is_empty() {
                            <caption>{ tf(lang, Tpl::RowsOf, &[&(range.start + 1), &range.end, &shown.len()]) }</caption>
                        }
                        <thead><tr>
                            { header(None, t(lang, Msg::Indicator).to_owned()) }
                            { for reports.iter().enumerate().skip(cols.start).take(cols.len()).map(|(c, r)| header(Some(c), column_name(r, lang))) }
                        </tr></thead>
                        { matrix_body.html() }
                    </table>
                </div>
                { row_pager }
                <label class="rx-chart-metric">{ t(lang, Msg::ChartMetric) }{ Html::VRef(select.as_ref().clone().into()) }</label>
                if let Some(chart) = (*chart).clone() {
                    <ChartPanel name="compare" {chart} {export} {lang} {on_select} />
                }
                { (*outcomes).clone() }
            }
        </div>
    }
}

/// What a pager pages through: the matrix's rows or its report columns.
#[derive(Clone, Copy)]
enum Pages {
    Rows,
    Reports,
}

/// Previous and next page (of `size`) of the matrix's rows or report
/// columns, and which it shows, said politely when a page changes. The
/// buttons stay focusable at either end (`aria-disabled`), so a keyboard
/// paging through keeps its place.
fn pager(
    range: &std::ops::Range<usize>,
    len: usize,
    size: usize,
    pages: Pages,
    lang: Lang,
    to: impl Fn(usize) -> Callback<MouseEvent>,
) -> Html {
    if len <= size || range.len() == len {
        return Html::default();
    }
    let (of, previous, next) = match pages {
        Pages::Rows => (Tpl::RowsOf, Msg::PreviousPage, Msg::NextPage),
        Pages::Reports => (Tpl::ReportsOf, Msg::PreviousReports, Msg::NextReports),
    };
    let page = range.start / size;
    let first = page == 0;
    let last = range.end == len;
    html! {
        <p class="rx-more">
            <span aria-live="polite">{ tf(lang, of, &[&(range.start + 1), &range.end, &len]) }</span>
            <button type="button" class="rx-button" aria-disabled={first.then_some("true")} onclick={to(page.saturating_sub(1))}>{ t(lang, previous) }</button>
            <button type="button" class="rx-button" aria-disabled={last.then_some("true")} onclick={to(page + usize::from(!last))}>{ t(lang, next) }</button>
        </p>
    }
}

/// An element `tag` holding `markup`.
fn parsed(tag: &str, markup: &str) -> Element {
    let element = gloo::utils::document()
        .create_element(tag)
        .expect("a valid tag name");
    element.set_inner_html(markup);
    element
}
