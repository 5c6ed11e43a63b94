//! The root component: owns the one reducer, derives the rows once per
//! query, and lays out the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::embedded;
use crate::query::{self, Facets};
use crate::state::{Action, AppState, View};
use crate::ui::components::{
    ChartsView, ExportBar, Filters, Header, IndicatorTable, Notice, Overview, Reader, Record,
};
use crate::ui::hooks::use_hash_sync;
use crate::ui::shared::SharedReport;

/// `yew::Reducible` for the pure `AppState::apply`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store(pub AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

/// The rows that pass the query, in its order, and the facet counts.
#[derive(PartialEq)]
pub struct Derived {
    pub rows: Rc<Vec<usize>>,
    pub facets: Facets,
}

#[function_component]
pub fn App() -> Html {
    let report = use_memo((), |_| SharedReport::new(embedded::report()));
    let report: SharedReport = (*report).clone();
    let initial = report.clone();
    let store = use_reducer_eq(move || Store(crate::hash::decode(&current_hash(), &initial)));
    use_hash_sync(&store, &report);
    let dispatch = {
        let d = store.dispatcher();
        use_callback((), move |a: Action, _| d.dispatch(a))
    };

    let state = &store.0;
    let derived = {
        let report = report.clone();
        use_memo(state.query.clone(), move |q| Derived {
            rows: Rc::new(query::rows(&report.indicators, report.index(), q)),
            facets: query::facets(&report.indicators, report.index(), q),
        })
    };
    let lang = state.lang;
    let selected = state
        .selected
        .as_ref()
        .and_then(|id| report.indicators.iter().position(|i| &i.id == id));

    let body = match state.view {
        View::Overview => {
            html! { <Overview report={report.clone()} {lang} dispatch={dispatch.clone()} /> }
        }
        View::Table => html! {
            <IndicatorTable report={report.clone()} rows={derived.rows.clone()} query={state.query.clone()} {lang} {selected} dispatch={dispatch.clone()} />
        },
        View::Chart => html! {
            <ChartsView report={report.clone()} rows={derived.rows.clone()} {lang} {selected} dispatch={dispatch.clone()} />
        },
        View::Reader => html! {
            <Reader report={report.clone()} rows={derived.rows.clone()} query={state.query.clone()} section={state.section} {lang} {selected} dispatch={dispatch.clone()} />
        },
    };
    let filtered = state.view != View::Overview;

    html! {
        <div class="rx" lang={lang.tag()}>
            <Header report={report.clone()} view={state.view} {lang} dispatch={dispatch.clone()} />
            <Notice items={state.notice.clone()} {lang} dispatch={dispatch.clone()} />
            <div class={classes!("rx-body", filtered.then_some("rx-body-filtered"))}>
                if filtered {
                    <Filters query={state.query.clone()} facets={derived.facets.clone()} shown={derived.rows.len()} total={report.indicators.len()} {lang} dispatch={dispatch.clone()} />
                }
                <div class="rx-main">
                    if filtered {
                        <ExportBar report={report.clone()} rows={derived.rows.clone()} {lang} />
                    }
                    { body }
                </div>
            </div>
            if let Some(i) = selected {
                <Record report={report.clone()} index={i} query={state.query.clone()} view={state.view} {lang} dispatch={dispatch.clone()} />
            }
        </div>
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
