//! The compare view: which open reports to compare, the matrix of their
//! metrics (one column per report), the 完成情况 of each consecutive pair
//! of one place, and the research panel as one zip.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::compare::by_place_and_year;
use crate::compare::matrix::column_name;
use crate::compare::matrix::{self, Row};
use crate::compare::matrix_csv;
use crate::i18n::Lang;
use crate::library::describe;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::Sector;
use crate::panel;
use crate::report::Report;
use crate::set::Set;
use crate::state::{Action, CompareSort};
use crate::ui::components::button;
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
    pub sectors: Set<Sector>,
    pub on_action: Callback<Action>,
}

/// A column: the report's id as the state names it (`None`, the
/// embedded one) and the report.
pub type Column = (Option<String>, SharedReport);

/// A row of the matrix as written: its head and cells' markup (which name
/// their reports and records, so equal markup is an equal cell) and its
/// elements.
struct Written {
    head: String,
    cells: RefCell<Vec<(String, Element)>>,
    element: Element,
}

/// The rows of one set of reports, page of columns and language, each
/// written when first shown: a page is 25 rows of the hundreds a set of
/// reports gives, so a new set costs a page, not the whole matrix.
struct Rows {
    reports: Vec<SharedReport>,
    /// Each column's report, as its place among the open reports.
    at: Vec<usize>,
    rows: Rc<Vec<Row>>,
    cols: std::ops::Range<usize>,
    lang: Lang,
    written: RefCell<Vec<Option<Rc<Written>>>>,
}

impl Rows {
    fn new(
        (reports, at): (Vec<SharedReport>, Vec<usize>),
        rows: Rc<Vec<Row>>,
        cols: std::ops::Range<usize>,
        lang: Lang,
    ) -> Rows {
        let written = RefCell::new(vec![None; rows.len()]);
        Rows {
            reports,
            at,
            rows,
            cols,
            lang,
            written,
        }
    }
}

/// The matrix's `<tbody>`, the same element for every set of reports: a
/// sort or a page moves the rows already written into it, and a new set
/// of reports (or page of columns) keeps each row shown whose markup is
/// unchanged, and each cell of a row whose other cells change (a report
/// unticked: its cell goes, the next report's comes), so the browser lays
/// out again only what differs.
struct MatrixBody {
    tbody: Element,
    /// The rows in the `<tbody>` now, in order.
    shown: RefCell<Vec<Rc<Written>>>,
    /// Which rows are shown, kept across pages of columns.
    paging: Rc<Paging>,
    /// Whether rows not shown are being written while the page is idle.
    idle: Cell<bool>,
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
    fn new(paging: Rc<Paging>) -> MatrixBody {
        MatrixBody {
            tbody: body(""),
            shown: RefCell::default(),
            paging,
            idle: Cell::new(false),
        }
    }

    /// Writes the rows of `rows` not written yet, a page at a time while
    /// the page is idle: a sort or a sector then shows rows written
    /// already, and the change of reports that made `rows` paid only for
    /// its page. Stops once `rows` is no longer the view's (a newer set).
    fn write_rest(body: Rc<MatrixBody>, rows: Rc<Rows>) {
        if body.idle.replace(true) {
            return;
        }
        gloo::timers::callback::Timeout::new(40, move || {
            body.idle.set(false);
            let rest: Vec<usize> = (rows.written.borrow().iter().enumerate())
                .filter(|(_, w)| w.is_none())
                .map(|(i, _)| i)
                .take(matrix::PAGE)
                .collect();
            if rest.is_empty() || Rc::strong_count(&rows) == 1 {
                return;
            }
            body.write(&rows, &rest);
            MatrixBody::write_rest(body, rows);
        })
        .forget();
    }

    /// Shows the current page of `sorted` (every row, if `all`) of
    /// `rows`, and which positions of it those are.
    fn show(&self, rows: &Rows, sorted: &[usize], all: bool) -> std::ops::Range<usize> {
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
        let page = &sorted[range.clone()];
        self.write(rows, page);
        let written = rows.written.borrow();
        self.arrange(
            page.iter()
                .filter_map(|&i| written.get(i)?.clone())
                .collect(),
        );
        range
    }

    /// Writes the rows of `page` not written yet. A row shown now is taken
    /// over whole where its markup is the same, else by its head, keeping
    /// the cells that stay; the others are parsed at once.
    fn write(&self, rows: &Rows, page: &[usize]) {
        let mut written = rows.written.borrow_mut();
        let missing: Vec<usize> = page
            .iter()
            .copied()
            .filter(|&i| written.get(i).is_some_and(Option::is_none))
            .collect();
        if missing.is_empty() {
            return;
        }
        let markup: Vec<(String, Vec<String>)> = missing
            .iter()
            .map(|&i| {
                let (reports, at) = (&rows.reports, &rows.at);
                compare_rows::matrix_row(reports, at, &rows.rows[i], rows.cols.clone(), rows.lang)
            })
            .collect();
        // Rows shown now that this set has not taken over already.
        let mut free: Vec<Option<Rc<Written>>> = self
            .shown
            .borrow()
            .iter()
            .filter(|w| !written.iter().flatten().any(|o| Rc::ptr_eq(o, w)))
            .map(|w| Some(w.clone()))
            .collect();
        let whole = |w: &Rc<Written>| {
            let cells = w.cells.borrow();
            (
                w.head.clone(),
                cells.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
            )
        };
        let old: Vec<_> = free.iter().flatten().map(whole).collect();
        let mut taken: Vec<Option<Rc<Written>>> = matrix::claim(&old, &markup)
            .into_iter()
            .map(|p| free[p?].take())
            .collect();
        // The others by their head (a name can head two rows, a rate and a
        // level): the pairs with most cells in common first.
        let common = |w: &Rc<Written>, cells: &[String]| {
            let own = w.cells.borrow();
            cells
                .iter()
                .filter(|c| own.iter().any(|o| o.0 == **c))
                .count()
        };
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (k, (head, cells)) in markup.iter().enumerate() {
            for (p, w) in free.iter().enumerate() {
                if let Some(w) = w.as_ref().filter(|w| taken[k].is_none() && w.head == *head) {
                    pairs.push((common(w, cells), k, p));
                }
            }
        }
        crate::order::sort_by_key(&mut pairs, |&(n, k, p)| (std::cmp::Reverse(n), k, p));
        for (_, k, p) in pairs {
            if taken[k].is_some() {
                continue;
            }
            if let Some(w) = free[p].take() {
                w.patch(&markup[k].1);
                taken[k] = Some(w);
            }
        }
        let fresh: String = (taken.iter().zip(&markup))
            .filter(|(t, _)| t.is_none())
            .map(|(_, (head, cells))| format!("<tr>{head}{}</tr>", cells.concat()))
            .collect();
        let parsed = body(&fresh).children();
        let mut next = 0;
        for ((&i, t), (head, cells)) in missing.iter().zip(taken).zip(markup) {
            let row = match t {
                Some(row) => row,
                None => {
                    let Some(element) = parsed.item(next) else {
                        continue;
                    };
                    next += 1;
                    let tds = element.children();
                    let cells = (cells.into_iter().zip(1..))
                        .filter_map(|(m, k)| Some((m, tds.item(k)?)))
                        .collect();
                    Rc::new(Written {
                        head,
                        cells: RefCell::new(cells),
                        element,
                    })
                }
            };
            written[i] = Some(row);
        }
    }

    /// Puts the rows `order` in the `<tbody>`, and no other, moving only
    /// the rows that must move (`matrix::unmoved`): from the last row up,
    /// each is put before the one after it unless it may stay.
    fn arrange(&self, order: Vec<Rc<Written>>) {
        let old = self.shown.replace(order.clone());
        // Positions in `old` name the rows; a row not in it, a new number.
        let at = |w: &Rc<Written>| old.iter().position(|o| Rc::ptr_eq(o, w));
        let new: Vec<usize> = (order.iter().enumerate())
            .map(|(k, w)| at(w).unwrap_or(old.len() + k))
            .collect();
        if new.iter().copied().eq(0..old.len()) {
            return;
        }
        for (p, w) in old.iter().enumerate() {
            if !new.contains(&p) {
                w.element.remove();
            }
        }
        let elements: Vec<&Element> = order.iter().map(|w| &w.element).collect();
        place(
            &self.tbody,
            &elements,
            &(0..old.len()).collect::<Vec<_>>(),
            &new,
        );
    }

    fn html(&self) -> Html {
        Html::VRef(self.tbody.clone().into())
    }
}

impl Written {
    /// Gives the row the cells `cells` (markup), keeping each of its own
    /// that is among them and parsing the others.
    fn patch(&self, cells: &[String]) {
        let mut own = self.cells.borrow_mut();
        let old: Vec<&str> = own.iter().map(|c| c.0.as_str()).collect();
        let new: Vec<&str> = cells.iter().map(String::as_str).collect();
        let taken = matrix::claim(&old, &new);
        for (p, (_, td)) in own.iter().enumerate() {
            if !taken.contains(&Some(p)) {
                td.remove();
            }
        }
        let fresh: String = (taken.iter().zip(cells))
            .filter(|(t, _)| t.is_none())
            .map(|(_, m)| m.as_str())
            .collect();
        let parsed = body(&format!("<tr>{fresh}</tr>"));
        let tds = parsed.first_element_child().map(|tr| tr.children());
        let mut next = 0;
        let mut now: Vec<(String, Element)> = Vec::with_capacity(cells.len());
        for (t, m) in taken.iter().zip(cells) {
            let td = match t {
                Some(p) => own[*p].1.clone(),
                None => {
                    let Some(td) = tds.as_ref().and_then(|tds| tds.item(next)) else {
                        continue;
                    };
                    next += 1;
                    td
                }
            };
            now.push((m.clone(), td));
        }
        // The fresh cells are still `parsed`'s; `place` moves them in.
        let after: Vec<usize> = (taken.iter().enumerate())
            .map(|(k, t)| t.unwrap_or(own.len() + k))
            .collect();
        let elements: Vec<&Element> = now.iter().map(|c| &c.1).collect();
        place(
            &self.element,
            &elements,
            &(0..own.len()).collect::<Vec<_>>(),
            &after,
        );
        *own = now;
    }
}

/// Puts `elements` (numbered `new`, where a number in `old` is an element
/// already in `parent` in that order) in `parent` in this order, moving
/// only those that must move (`matrix::unmoved`): from the last up, each
/// is put before the one after it unless it may stay. Elements of
/// `parent` not among them stay where they are.
fn place(parent: &Element, elements: &[&Element], old: &[usize], new: &[usize]) {
    let mut next: Option<&Element> = None;
    for (&e, stays) in elements.iter().zip(matrix::unmoved(old, new)).rev() {
        if !stays {
            let _ = parent.insert_before(e, next.map(|n| n.as_ref()));
        }
        next = Some(e);
    }
}

/// The chart's metric `<select>`: an option per row of the matrix, in its
/// order. Adding, removing or renaming options makes the browser measure
/// every one again (a few ms at a few hundred), hiding one does not: so a
/// new set of reports takes over the options whose label it still needs,
/// hides the others and adds only the labels that are new. An option's
/// value is its own number, never changed; `row` reads it as a row.
struct MetricOptions {
    select: Element,
    /// Every option in the `<select>`, in its order.
    all: RefCell<Vec<Rc<MetricOption>>>,
    /// The option of each row of the current set.
    rows: RefCell<Vec<Rc<MetricOption>>>,
    made: Cell<usize>,
}

struct MetricOption {
    id: usize,
    label: String,
    element: Element,
    hidden: Cell<bool>,
}

impl MetricOption {
    fn hide(&self, hidden: bool) {
        if self.hidden.replace(hidden) != hidden {
            set_hidden(&self.element, hidden);
        }
    }
}

impl MetricOptions {
    /// Options beyond the rows before the list is written anew: hidden
    /// options of sets gone by cost the browser's measure too.
    const SPARE: usize = 64;

    fn new() -> MetricOptions {
        MetricOptions {
            select: parsed("select", ""),
            all: RefCell::default(),
            rows: RefCell::default(),
            made: Cell::new(0),
        }
    }

    /// Gives row `i` of `labels` an option, in this order.
    fn set_rows(&self, labels: &[String]) {
        let mut all = self.all.take();
        if all.len() > labels.len() + Self::SPARE {
            self.select.set_inner_html("");
            all.clear();
        }
        let old: Vec<&str> = all.iter().map(|o| o.label.as_str()).collect();
        let new: Vec<&str> = labels.iter().map(String::as_str).collect();
        let taken = matrix::claim(&old, &new);
        let rows: Vec<Rc<MetricOption>> = (taken.iter().zip(labels))
            .map(|(t, label)| match t {
                Some(p) => all[*p].clone(),
                None => Rc::new(self.option(label)),
            })
            .collect();
        for (p, o) in all.iter().enumerate() {
            if !taken.contains(&Some(p)) {
                o.hide(true);
            }
        }
        // The options taken over in their old order stay; the others go
        // before the option of the row after them (here and in `all`).
        let after: Vec<usize> = (taken.iter().enumerate())
            .map(|(k, t)| t.unwrap_or(all.len() + k))
            .collect();
        let before: Vec<usize> = (0..all.len()).collect();
        let mut next: Option<&Rc<MetricOption>> = None;
        for (o, stays) in rows.iter().zip(matrix::unmoved(&before, &after)).rev() {
            if !stays {
                let element = next.map(|n| n.element.as_ref());
                let _ = self.select.insert_before(&o.element, element);
                all.retain(|a| a.id != o.id);
                let at = next.and_then(|n| all.iter().position(|a| a.id == n.id));
                all.insert(at.unwrap_or(all.len()), o.clone());
            }
            next = Some(o);
        }
        *self.all.borrow_mut() = all;
        *self.rows.borrow_mut() = rows;
    }

    fn option(&self, label: &str) -> MetricOption {
        let id = self.made.get();
        self.made.set(id + 1);
        let element = gloo::utils::document()
            .create_element("option")
            .expect("option is a tag name");
        element.set_text_content(Some(label));
        let _ = element.set_attribute("value", &id.to_string());
        MetricOption {
            id,
            label: label.to_owned(),
            element,
            hidden: Cell::new(false),
        }
    }

    /// Hides the options of rows not in `shown` (a sector filter), shows
    /// the others, touching only those that change; and selects row `m`.
    fn show(&self, shown: &[usize], m: usize) {
        let rows = self.rows.borrow();
        let mut on = vec![false; rows.len()];
        for &i in shown {
            if let Some(o) = on.get_mut(i) {
                *o = true;
            }
        }
        for (option, on) in rows.iter().zip(on) {
            option.hide(!on);
        }
        let value = rows.get(m).map(|o| o.id.to_string());
        let select = self.select.unchecked_ref::<HtmlSelectElement>();
        select.set_value(value.as_deref().unwrap_or(""));
    }

    /// The row whose option has the value `value`.
    fn row(&self, value: &str) -> Option<usize> {
        let id: usize = value.parse().ok()?;
        self.rows.borrow().iter().position(|o| o.id == id)
    }
}

fn set_hidden(option: &Element, hidden: bool) {
    option
        .unchecked_ref::<web_sys::HtmlElement>()
        .set_hidden(hidden);
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = use_explorer().lang;
    let entries = props.reports.entries();
    let embedded = &entries[0].id;
    let on = |id: &String| props.chosen.is_empty() || props.chosen.contains(id);
    let picked: Vec<usize> = (0..entries.len()).filter(|&k| on(&entries[k].id)).collect();
    let chosen: Vec<_> = picked.iter().map(|&k| &entries[k]).collect();
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
    // Each column's report as its place among the open reports: how the
    // matrix's and 完成情况's value buttons name it (`compare_rows`).
    let at: Vec<usize> = order.iter().map(|&i| picked[i]).collect();
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
    let metrics = use_memo((), |_| MetricOptions::new());
    {
        let (metrics, rows) = (metrics.clone(), rows.clone());
        use_memo((reports.clone(), lang), move |(reports, lang)| {
            let labels: Vec<String> = (rows.iter())
                .map(|row| matrix::name(reports, row, *lang).into_owned())
                .collect();
            metrics.set_rows(&labels);
        });
    }
    let select = metrics.select.clone();
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
        let metrics = metrics.clone();
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
                metric.set(metrics.row(&select.value()).unwrap_or(0));
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
        let paging = (*paging).clone();
        use_memo((), move |_| MatrixBody::new(paging))
    };
    let written = {
        let rows = rows.clone();
        use_memo(
            (reports.clone(), at.clone(), cols.clone(), lang),
            move |(reports, at, cols, lang)| {
                Rows::new((reports.clone(), at.clone()), rows, cols.clone(), *lang)
            },
        )
    };
    let tables = use_memo((), |_| RefCell::default());
    let outcomes = use_memo(
        (reports.clone(), at.clone(), lang),
        |(reports, at, lang)| outcomes_tables(reports, at, *lang, &tables),
    );
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
    let range = matrix_body.show(&written, &shown, printing);
    {
        let (body, rows) = (matrix_body.clone(), written.clone());
        use_effect(move || MatrixBody::write_rest(body, rows));
    }
    metrics.show(&shown, m.unwrap_or(0));
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
        let onclick = super::sends(&props.on_action, Action::SortCompare(id.clone()));
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
        let (on_action, open) = (props.on_action.clone(), props.reports.clone());
        Callback::from(move |e: MouseEvent| {
            let entries = open.entries();
            if let Some((entry, index)) = clicked(&e).and_then(|(k, i)| Some((entries.get(k)?, i)))
            {
                // As the columns name it: `None`, the embedded report.
                let report = (entry.id != entries[0].id).then(|| entry.id.clone());
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
                    { button(t(lang, csv_label), on_csv) }
                    { button(t(lang, Msg::DownloadPanel), on_zip) }
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
                <label class="rx-chart-metric">{ t(lang, Msg::ChartMetric) }{ Html::VRef(select.clone().into()) }</label>
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
