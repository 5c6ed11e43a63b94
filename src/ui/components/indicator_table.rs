//! The table of filtered indicators: sortable by any column, search hits
//! marked, each row linked to its record and its sentence.
//!
//! The header is virtual DOM; the rows are one string of markup parsed by
//! the browser (see indicator_rows.rs), rebuilt only when the result, the
//! language or the search terms change, and clicks on their buttons reach
//! one listener on the table. Selecting a row only moves a class, so the
//! button that was clicked keeps the keyboard focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::query::{Column, Query};
use crate::state::Action;
use crate::ui::components::button;
use crate::ui::components::indicator_rows::{self, rows_html};
use crate::ui::context::{use_explorer, Explorer};
use crate::ui::hooks::{after_next_paint, use_printing};
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct IndicatorTableProps {
    pub rows: Rc<Vec<usize>>,
    pub query: Query,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

pub fn column_label(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Relevance => t(lang, Msg::Relevance),
        Column::Position => t(lang, Msg::Position),
        Column::Subject => t(lang, Msg::Indicator),
        Column::Value => t(lang, Msg::Value),
        Column::Period => t(lang, Msg::Period),
        Column::Status => t(lang, Msg::Status),
        Column::Sector => t(lang, Msg::Sector),
        Column::Kind => t(lang, Msg::Kind),
    }
}

#[function_component]
pub fn IndicatorTable(props: &IndicatorTableProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let total = report.indicators.len();
    let terms: Vec<String> = props.query.terms().collect();
    // Declared before the effect that grows the table, so the mark comes
    // before that growth.
    use_effect_with((), |_| after_next_paint(mark_painted));
    // Rendering tens of thousands of rows would make every filter click
    // slow; the table grows on demand instead. A new result starts with a
    // screenful (first_rows), painted at once, and fills its first page in the
    // next frame.
    let window = use_state_eq(|| Window::new(props.rows.clone()));
    // A printout has no "show more": it gets every row of the result.
    let printing = use_printing();
    let shown = if printing {
        props.rows.len()
    } else {
        window.shown(&props.rows)
    };
    {
        let (window, rows) = (window.clone(), props.rows.clone());
        use_effect_with((ByPtr(props.rows.clone()), shown), move |&(_, shown)| {
            if shown < PAGE && rows.len() > shown {
                after_next_paint(move || {
                    window.set(Window {
                        rows: ByPtr(rows),
                        shown: PAGE,
                    })
                });
            }
        });
    }
    let tbody = use_memo(
        (
            report.clone(),
            ByPtr(props.rows.clone()),
            shown,
            lang,
            terms.clone(),
        ),
        |(report, rows, shown, lang, terms)| {
            let end = (*shown).min(rows.0.len());
            body(&rows_html(report, &rows.0[..end], *lang, terms))
        },
    );
    {
        let selected = props.selected.map(|i| report.indicators[i].id.clone());
        use_effect_with((ByPtr(tbody.clone()), selected), |(tbody, selected)| {
            mark_selected(&tbody.0, selected.as_deref());
        });
    }
    let onclick = {
        let (report, dispatch) = (report.clone(), props.on_action.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = row_action(&report, &e) {
                dispatch.emit(action);
            }
        })
    };
    if props.rows.is_empty() {
        let clear = props.on_action.reform(|_: MouseEvent| Action::ClearFilters);
        return html! {
            <div class="rx-empty" role="status">
                <p>{ t(lang, Msg::NoMatch) }</p>
                { button(t(lang, Msg::ClearFilters), clear) }
            </div>
        };
    }
    // Ranked by relevance, no column is the order: none claims aria-sort.
    let sort = props.query.effective_sort();
    let header = |c: Column| {
        let current = sort.column == c;
        let aria_sort = current.then_some(if sort.descending {
            "descending"
        } else {
            "ascending"
        });
        let onclick = super::sends(&props.on_action, Action::SortBy(c));
        let arrow = match (current, sort.descending) {
            (false, _) => "↕",
            (true, false) => "↑",
            (true, true) => "↓",
        };
        html! {
            <th scope="col" role="columnheader" aria-sort={aria_sort} class={format!("rx-col-{}", c.id())}>
                <button type="button" class="rx-sort" {onclick}>
                    { column_label(c, lang) }<span class="rx-sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    html! {
        <div class="rx-table-wrap">
            <table class="rx-table rx-indicators" role="table" {onclick}>
                <caption>
                    { tf(lang, Tpl::TableCaption, &[&props.rows.len(), &total]) }
                    if sort.column == Column::Relevance {
                        { t(lang, Msg::ByRelevance) }
                    }
                </caption>
                <thead role="rowgroup">
                    <tr role="row">
                        { for Column::HEADERS.into_iter().map(header) }
                        <th scope="col" role="columnheader" class="rx-col-source">{ t(lang, Msg::Source) }</th>
                    </tr>
                </thead>
                { Html::VRef((*tbody).clone().into()) }
            </table>
            if props.rows.len() > shown {
                { more(&props.rows, shown, &window, lang) }
            }
        </div>
    }
}

/// Rows in the first frame of a new result: what fits in the window below
/// the page header at the usual row height (one line of text is 35 px,
/// two are 54). Every row in that frame costs style, layout and paint
/// (about 0.2 ms each on the benchmark machine) before anything shows; the
/// rest arrive one frame later. The window's height is read once, and a
/// later, taller window only sees its last rows a frame later. Chromium
/// lays the page out to answer `innerHeight` when the DOM has changed, so
/// `mount` asks before the explorer's DOM exists (an empty page's layout),
/// not in the first render.
pub fn first_rows() -> usize {
    const ABOVE_TABLE_PX: f64 = 260.0;
    const ROW_PX: f64 = 40.0;
    thread_local!(static FIRST: usize = {
        let height = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(900.0);
        (((height - ABOVE_TABLE_PX) / ROW_PX).ceil().max(0.0) as usize).clamp(10, PAGE)
    });
    FIRST.with(|n| *n)
}

/// Rows shown once the first frame is up, and added per "show more".
const PAGE: usize = 50;

/// How many rows of which result the table shows. Keyed by the result, so
/// a new result starts from first_rows() in the same render that shows it (an
/// effect resetting a counter would render the new rows twice).
#[derive(Clone, PartialEq)]
struct Window {
    rows: ByPtr<Vec<usize>>,
    shown: usize,
}

impl Window {
    fn new(rows: Rc<Vec<usize>>) -> Window {
        Window {
            rows: ByPtr(rows),
            shown: first_rows(),
        }
    }

    fn shown(&self, rows: &Rc<Vec<usize>>) -> usize {
        if Rc::ptr_eq(&self.rows.0, rows) {
            self.shown
        } else {
            first_rows()
        }
    }
}

fn more(rows: &Rc<Vec<usize>>, shown: usize, window: &UseStateHandle<Window>, lang: Lang) -> Html {
    let hidden = rows.len() - shown;
    let set = |shown: usize| {
        let (window, rows) = (window.clone(), rows.clone());
        Callback::from(move |_: MouseEvent| {
            window.set(Window {
                rows: ByPtr(rows.clone()),
                shown,
            })
        })
    };
    let next = set(shown + PAGE);
    let all = set(rows.len());
    html! {
        <p class="rx-more">
            { tf(lang, Tpl::RowsHidden, &[&hidden]) }
            { button(&tf(lang, Tpl::ShowMore, &[&PAGE.min(hidden)]), next) }
            { button(t(lang, Msg::ShowAll), all) }
        </p>
    }
}

/// Marks the first paint of the table for the benchmark
/// (`performance.getEntriesByName("rx-table-painted")`).
fn mark_painted() {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("rx-table-painted");
    }
}

/// Compares by identity: a new result with the same rows is still a new
/// result, and holding the `Rc` keeps its address from being reused.
#[derive(Clone)]
struct ByPtr<T>(Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &ByPtr<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A `<tbody>` holding `rows` (markup from [`rows_html`]).
pub fn body(rows: &str) -> Element {
    let tbody = gloo::utils::document()
        .create_element("tbody")
        .expect("tbody is a valid tag name");
    // Explicit roles throughout: on a narrow screen the rows are laid out
    // as cards (CSS display: block), which must not undo the table's
    // semantics for screen readers.
    let _ = tbody.set_attribute("role", "rowgroup");
    tbody.set_inner_html(rows);
    tbody
}

/// Puts `rx-row-selected` on the row of record `id`, and on no other.
fn mark_selected(tbody: &Element, id: Option<&str>) {
    let rows = tbody.children();
    for i in 0..rows.length() {
        if let Some(row) = rows.item(i) {
            let on = id.is_some() && row.get_attribute("data-id").as_deref() == id;
            let _ = row.class_list().toggle_with_force("rx-row-selected", on);
        }
    }
}

/// The action of a row button a click landed in, if any.
fn row_action(report: &SharedReport, e: &MouseEvent) -> Option<Action> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let button = target.closest("button[data-rx]").ok()??;
    let id = button
        .closest("tr[data-id]")
        .ok()??
        .get_attribute("data-id")?;
    let index = report.indicators.iter().position(|ind| ind.id == id)?;
    match button.get_attribute("data-rx")?.as_str() {
        indicator_rows::SELECT => Some(Action::Select(Some(index))),
        indicator_rows::SHOW => Some(Action::show_in_reader(report, index)),
        _ => None,
    }
}
