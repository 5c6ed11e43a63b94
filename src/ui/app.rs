//! The root component: owns the one reducer and lays out the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::embedded;
use crate::state::{Action, AppState};
use crate::ui::components::{Notice, Outline, ReaderView};
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

#[function_component]
pub fn App() -> Html {
    let report = use_memo((), |_| SharedReport(Rc::new(embedded::report())));
    let report: SharedReport = (*report).clone();
    let sections = report.document.sections.len();
    let store = use_reducer_eq(move || Store(crate::hash::decode(&current_hash(), sections)));
    use_hash_sync(&store, sections);

    let state = &store.0;
    let on_select = {
        let store = store.clone();
        Callback::from(move |s: Option<usize>| store.dispatch(Action::SelectSection(s)))
    };
    let on_dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissNotice))
    };
    let meta = &report.meta;
    let subtitle = [meta.city.as_str(), meta.source.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");

    html! {
        <div class="rx" lang="zh-CN">
            <header class="rx-header">
                <h1 class="rx-title">{ report.title().to_owned() }</h1>
                <p class="rx-subtitle">{ subtitle }</p>
            </header>
            <Notice items={state.notice.clone()} {on_dismiss} />
            <div class="rx-layout">
                <Outline report={report.clone()} selected={state.section} {on_select} />
                <ReaderView report={report.clone()} section={state.section} />
            </div>
        </div>
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}
