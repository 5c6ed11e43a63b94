//! The root component: owns the one reducer, derives the rows once per
//! query, and lays out the page.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::embedded;
use crate::library::Entry;
use crate::messages::{tf, Tpl};
use crate::query::{self, Facets};
use crate::state::{Action, AppState, View};
use crate::ui::components::{
    use_drop_zone, ChartsView, CompareView, ExportBar, Filters, Header, IndicatorTable,
    LibraryPanel, Notice, OpenReports, Opener, Overview, Reader, Record,
};
use crate::ui::context::Explorer;
use crate::ui::hooks::{
    after_next_paint, use_follow_removals, use_hash_sync, use_iframe_height, use_painted,
    when_idle, HashUse,
};
use crate::ui::reducer::UiState;
use crate::ui::shared::SharedReport;
use crate::ui::shelf::{reread, use_shared_shelf, Shelf, ShelfAction};
use crate::ui::{files, storage};

/// Where the explorer lives, which decides who owns the URL hash.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A page of its own (or an iframe): the URL hash is the state.
    Page,
    /// Mounted inside a host page: `initial` is a hash built from the
    /// element's `data-*` attributes; the host's hash is left alone unless
    /// `use_hash`, and then only the explorer's own keys in it are read and
    /// written (one mount per page gets `use_hash`: see `mount.rs`).
    Embedded { initial: String, use_hash: bool },
}

#[derive(Properties, Clone, Debug, PartialEq)]
pub struct AppProps {
    pub mode: Mode,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps { mode: Mode::Page }
    }
}

/// The rows that pass the query, in its order, and the facet counts.
#[derive(PartialEq)]
pub struct Derived {
    pub rows: Rc<Vec<usize>>,
    pub facets: Facets,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let embedded = use_memo((), |_| SharedReport::new(embedded::report()));
    let report: SharedReport = (*embedded).clone();
    // The reports in the page, beside the state: the embedded one, then
    // those kept in this browser (read once the page is up) and opened.
    let shelf = use_reducer(|| Shelf::new(report.clone()));
    let reports = shelf.reports.clone();
    use_shared_shelf(&shelf);
    {
        let shelf = shelf.clone();
        // After the first paint: opening IndexedDB and reading what it
        // keeps costs a few milliseconds that would otherwise come before
        // the table is on screen.
        use_effect_with((), move |_| {
            after_next_paint(move || {
                // The benchmark's mark of the live app's first paint, in
                // any view (bench/render.mjs; the table sets its own).
                mark_painted();
                spawn_local(async move {
                    // The rest of the built-in collection, read once the first
                    // report is on screen, one at a time so the page stays live.
                    for built in embedded::all().iter().skip(1) {
                        files::pause().await;
                        let report = SharedReport::new(built.report());
                        shelf.dispatch(ShelfAction::Add(Entry::built_in(built.meta.id, report)));
                    }
                    match storage::load().await {
                        Ok(kept) => {
                            for stored in kept {
                                files::pause().await;
                                shelf.dispatch(ShelfAction::Add(reread(stored)));
                            }
                            shelf.dispatch(ShelfAction::Loaded { kept: true });
                        }
                        Err(e) => {
                            gloo::console::warn!(format!(
                                "report explorer: opened reports cannot be kept here: {e}"
                            ));
                            shelf.dispatch(ShelfAction::Loaded { kept: false });
                        }
                    }
                })
            })
        });
    }
    let hash_use = {
        let report = report.clone();
        use_memo(props.mode.clone(), move |mode| match mode {
            Mode::Page => HashUse::Whole,
            Mode::Embedded {
                initial,
                use_hash: true,
            } => HashUse::Shared {
                initial: crate::hash::encode(&crate::hash::decode(initial, &report), &report),
            },
            Mode::Embedded { .. } => HashUse::Off,
        })
    };
    let store = {
        let reports = reports.clone();
        let mode = props.mode.clone();
        let hash_use = hash_use.clone();
        // A mount's attributes set where it starts unless the URL already
        // says something to it.
        use_reducer_eq(move || {
            let raw = current_hash();
            let state = match &mode {
                // A page opened with no link at all.
                Mode::Page if raw.trim_start_matches('#').is_empty() => opening_state(),
                Mode::Page => hash_use.read(&raw, &reports).unwrap_or_default(),
                Mode::Embedded { initial, .. } => hash_use
                    .read(&raw, &reports)
                    .unwrap_or_else(|| reports.decode(initial)),
            };
            UiState(state)
        })
    };
    use_hash_sync(&store, &reports, (*hash_use).clone());
    use_follow_removals(&store, &reports);
    let report: SharedReport = reports.current(store.report.as_deref()).report.clone();
    // Idle time before the first frame is not free: a task that starts in
    // it can push the frame back, so the idle wait starts after the paint.
    use_effect_with(report.clone(), move |report| {
        let report = report.clone();
        after_next_paint(move || when_idle(move || report.prepare()))
    });
    let framed = use_memo((), |_| in_iframe());
    let root = use_node_ref();
    use_iframe_height(props.mode == Mode::Page && *framed, root.clone());
    // A record panel fixed to the viewport suits a page of its own; embedded
    // or in an iframe that grows to its content, it goes in the flow.
    let floating = props.mode == Mode::Page && !*framed;
    let dispatch = {
        let d = store.dispatcher();
        use_callback((), move |a: Action, _| d.dispatch(a))
    };

    let state: &AppState = &store.0;
    let opener = Opener {
        shelf: shelf.clone(),
        dispatch: dispatch.clone(),
    };
    let derived = {
        use_memo((state.query.clone(), report.clone()), move |(q, report)| {
            Derived {
                rows: Rc::new(query::rows(&report.indicators, report.index_for(q), q)),
                facets: query::facets(&report.indicators, report.index_for(q), q),
            }
        })
    };
    let lang = state.lang;
    let selected = state.selected.filter(|&i| i < report.indicators.len());

    let body = match state.view {
        View::Overview => {
            html! { <Overview on_action={dispatch.clone()} /> }
        }
        View::Table => html! {
            <IndicatorTable rows={derived.rows.clone()} query={state.query.clone()} {selected} on_action={dispatch.clone()} />
        },
        View::Chart => html! {
            <ChartsView rows={derived.rows.clone()} query={state.query.clone()} {selected} on_action={dispatch.clone()} />
        },
        View::Reader => html! {
            <Reader rows={derived.rows.clone()} query={state.query.clone()} section={state.section} {selected} on_action={dispatch.clone()} />
        },
        View::Compare => html! {
            <CompareView reports={reports.clone()} chosen={state.compare.clone()} sort={state.compare_sort.clone()} sectors={state.query.sectors.clone()} on_action={dispatch.clone()} />
        },
    };
    let filtered = !matches!(state.view, View::Overview | View::Compare);
    // The filter panel's controls come one frame after the first paint:
    // the table is what the first screen is for.
    let painted = use_painted();

    let record = selected.map(|i| {
        html! { <Record index={i} query={state.query.clone()} view={state.view} {floating} on_action={dispatch.clone()} /> }
    });
    let embedded = matches!(props.mode, Mode::Embedded { .. });
    // Files dropped anywhere on the explorer open like chosen ones.
    let zone = use_drop_zone(&opener, root.clone());
    let current = state.report.clone();
    let explorer = Explorer {
        report: report.clone(),
        lang,
    };
    html! {
        <ContextProvider<Explorer> context={explorer}>
            <div ref={root} class={classes!("rx", embedded.then_some("rx-embedded"), zone.dragging.then_some("rx-dragging"))} lang={lang.tag()}
                ondragenter={zone.enter.clone()} ondragover={zone.enter.clone()} ondragleave={zone.leave.clone()} ondrop={zone.drop.clone()}>
                { zone.status(lang) }
                <crate::ui::components::SkipLinks />
                <Header view={state.view} on_action={dispatch.clone()}>
                    <OpenReports opener={opener.clone()} current={current.clone()} />
                </Header>
                <Notice items={state.notice.clone()} on_action={dispatch.clone()} />
                <LibraryPanel opener={opener.clone()} {current} />
                <div class={classes!("rx-body", filtered.then_some("rx-body-filtered"))}>
                    if filtered && painted {
                        <Filters query={state.query.clone()} facets={derived.facets.clone()} shown={derived.rows.len()} total={report.indicators.len()} on_action={dispatch.clone()} />
                    } else if filtered {
                        <aside class="rx-filters" aria-busy="true"></aside>
                    }
                    <div class="rx-main">
                        if filtered {
                            // Paper has no filter panel: a printout says what it shows.
                            <p class="rx-print-only">
                                { tf(lang, Tpl::ShownOfIndicators, &[&derived.rows.len(), &report.indicators.len()]) }
                                { state.query.summary(lang) }
                            </p>
                        }
                        if !floating {
                            { record.clone().unwrap_or_default() }
                        }
                        if filtered {
                            <ExportBar rows={derived.rows.clone()} file_stem={crate::export_name::file_stem(&report, state.view.id(), &state.query)} />
                        }
                        { body }
                    </div>
                </div>
                if floating {
                    { record.unwrap_or_default() }
                }
            </div>
        </ContextProvider<Explorer>>
    }
}

/// `performance.getEntriesByName("rx-app-painted")`: set in a task queued
/// from the first animation frame after the first render, so after that
/// frame's style, layout and paint.
fn mark_painted() {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark("rx-app-painted");
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

fn in_iframe() -> bool {
    let window = gloo::utils::window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// Where a page with no link opens: on the table, or, in a build with a
/// collection of reports (a portal's districts, one city's years), on
/// comparing them.
fn opening_state() -> AppState {
    let mut state = AppState::default();
    if embedded::all().len() > 1 {
        state.view = View::Compare;
    }
    state
}
