//! The reports kept in this browser: each with its place, year and count,
//! removable (the embedded report always stays); and, for the open report
//! if it was opened here, what it is (place, level, years) as read from
//! the text, with where each was read, in a form the reader can correct.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ingest::Level;
use crate::library::{self, Change, Corrected, Entry, Stored};
use crate::messages::{t, tf, Msg, Tpl};
use crate::ui::components::open_reports::Opener;
use crate::ui::context::use_explorer;
use crate::ui::shared::SharedReport;
use crate::ui::shelf::{publish, reread, Keeping, Message, ShelfAction};
use crate::ui::storage;

#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    pub opener: Opener,
    pub current: Option<String>,
}

#[function_component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let lang = use_explorer().lang;
    let shelf = &props.opener.shelf;
    // Where focus goes when a report's remove button goes with it.
    let summary = use_node_ref();
    let entries = shelf.reports.entries();
    let current = shelf.reports.current(props.current.as_deref());
    let keeping = match shelf.keeping {
        Keeping::Kept => t(lang, Msg::KeptHere),
        Keeping::PageOnly => t(lang, Msg::PageOnly),
        Keeping::Checking => "",
    };
    html! {
        <details class="rx-library">
            <summary ref={summary.clone()}>{ tf(lang, Tpl::OpenReports, &[&entries.len()]) }</summary>
            if !keeping.is_empty() {
                <p class="rx-subtitle">{ keeping }</p>
            }
            <ul class="rx-library-list">
                { for entries.iter().map(|e| item(props, e, &summary, lang)) }
            </ul>
            if let (Some(stored), Some(_)) = (&current.stored, &current.inferred) {
                <MetaForm key={current.id.clone()} opener={props.opener.clone()} stored={stored.clone()} entry_id={current.id.clone()} />
            }
        </details>
    }
}

fn item(props: &LibraryPanelProps, e: &Entry<SharedReport>, summary: &NodeRef, lang: Lang) -> Html {
    let label = library::describe(&e.report, lang);
    let Some(stored) = &e.stored else {
        return html! { <li>{ label }{ t(lang, Msg::BuiltInAlways) }</li> };
    };
    let name = stored.name.clone();
    let remove = {
        let opener = props.opener.clone();
        let id = e.id.clone();
        let name = name.clone();
        let summary = summary.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(summary) = summary.cast::<web_sys::HtmlElement>() {
                let _ = summary.focus();
            }
            let shelf = opener.shelf.clone();
            // The explorer showing it goes back to the built-in report
            // (`use_follow_removals`), here as in any other on the page.
            publish(&shelf, Change::Remove(id.clone()));
            let keep = shelf.keeping == Keeping::Kept;
            let (id, name) = (id.clone(), name.clone());
            spawn_local(async move {
                if keep && storage::delete(&id).await.is_err() {
                    shelf.dispatch(ShelfAction::Tell(Message::NotForgotten { name }));
                }
            });
        })
    };
    let remove_label = tf(lang, Tpl::RemoveNamed, &[&label, &name]);
    html! {
        <li>
            <span>{ format!("{label} · {name}") }</span>
            { " " }
            <button type="button" class="rx-button rx-remove" aria-label={remove_label} onclick={remove}>
                { t(lang, Msg::Remove) }
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct MetaFormProps {
    opener: Opener,
    stored: Stored,
    entry_id: String,
}

/// What the report is, as read, each field with where it was read; the
/// reader's corrections are kept and the report read again with them.
#[function_component]
fn MetaForm(props: &MetaFormProps) -> Html {
    let lang = use_explorer().lang;
    let shelf = &props.opener.shelf;
    let error = use_state(|| None::<&'static str>);
    let place = use_node_ref();
    let level = use_node_ref();
    let year = use_node_ref();
    let review = use_node_ref();
    let Some(entry) = shelf.reports.get(&props.entry_id) else {
        return html! {};
    };
    let Some(inferred) = entry.inferred.clone() else {
        return html! {};
    };
    let meta = &entry.report.meta;
    let corrected = &props.stored.corrected;
    let submit = {
        let (place, level, year, review) =
            (place.clone(), level.clone(), year.clone(), review.clone());
        let opener = props.opener.clone();
        let stored = props.stored.clone();
        let error = error.clone();
        let inferred = inferred.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let level = level
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            match Corrected::from_form(
                &inferred,
                &value(&place),
                &level,
                &value(&year),
                &value(&review),
            ) {
                Err(e) => error.set(Some(e.message(lang))),
                Ok(corrected) => {
                    error.set(None);
                    let stored = Stored {
                        corrected,
                        ..stored.clone()
                    };
                    let Opener { shelf, .. } = opener.clone();
                    publish(&shelf, Change::Replace(reread(stored.clone())));
                    let keep = shelf.keeping == Keeping::Kept;
                    spawn_local(async move {
                        if keep && storage::put(&stored).await.is_err() {
                            shelf.dispatch(ShelfAction::Tell(Message::NotKept {
                                name: stored.name.clone(),
                            }));
                        }
                    });
                }
            }
        })
    };
    let from = |origin, corrected: bool| {
        let label = library::origin_label(origin, corrected, lang);
        html! { <span class="rx-origin">{ t(lang, Msg::From) }{ label }</span> }
    };
    let level_now = Level::from_id(&meta.level);
    html! {
        <form class="rx-meta-form" aria-label={t(lang, Msg::AboutReport)} onsubmit={submit}>
            <h2 class="rx-meta-title">{ t(lang, Msg::AboutReport) }</h2>
            <div class="rx-field">
                <label for="rx-meta-place">{ t(lang, Msg::Place) }</label>
                <input id="rx-meta-place" ref={place} type="text" value={meta.city.clone()} />
                { from(inferred.place.origin, corrected.place.is_some()) }
            </div>
            <div class="rx-field">
                <label for="rx-meta-level">{ t(lang, Msg::Level) }</label>
                <select id="rx-meta-level" ref={level}>
                    <option value="" selected={level_now.is_none()}>{ t(lang, Msg::NotKnown) }</option>
                    { for Level::ALL.into_iter().map(|l| html! {
                        <option value={l.id()} selected={level_now == Some(l)}>{ l.name(lang) }</option>
                    }) }
                </select>
                { from(inferred.level.origin, corrected.level.is_some()) }
            </div>
            <div class="rx-field">
                <label for="rx-meta-year">{ t(lang, Msg::ReportYear) }</label>
                <input id="rx-meta-year" ref={year} type="text" inputmode="numeric" value={meta.report_year.map(|y| y.to_string()).unwrap_or_default()} />
                { from(inferred.report_year.origin, corrected.report_year.is_some()) }
            </div>
            <div class="rx-field">
                <label for="rx-meta-review">{ t(lang, Msg::ReviewYear) }</label>
                <input id="rx-meta-review" ref={review} type="text" inputmode="numeric" aria-describedby="rx-meta-review-hint"
                    value={corrected.review_year.map(|y| y.to_string()).unwrap_or_default()}
                    placeholder={meta.review_year.map(|y| y.to_string()).unwrap_or_default()} />
                <span class="rx-origin" id="rx-meta-review-hint">{ if corrected.review_year.is_some() {
                    t(lang, Msg::Corrected)
                } else {
                    t(lang, Msg::ReviewYearHint)
                } }</span>
            </div>
            if let Some(message) = *error {
                <p class="rx-form-error" role="alert">{ message }</p>
            }
            <button type="submit" class="rx-button">{ t(lang, Msg::SaveCorrections) }</button>
        </form>
    }
}
