//! The filter panel: search, sector / period / status / kind facets with
//! live counts, and one button that clears them all.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::messages::{t, tf, Msg, Tpl};
use crate::query::{Facets, Query};
use crate::state::Action;
use crate::ui::context::use_explorer;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub query: Query,
    pub facets: Facets,
    pub shown: usize,
    pub total: usize,
    pub on_action: Callback<Action>,
}

/// One checkbox of a facet.
pub(crate) struct Choice {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
    pub action: Action,
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let lang = use_explorer().lang;
    let q = &props.query;
    let f = &props.facets;
    let oninput = props.on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetText(input.value())
    });
    let clear = props.on_action.reform(|_: MouseEvent| Action::ClearFilters);
    // On a phone the panel would push the results off the first screen, so
    // it starts folded there; the toggle is hidden on wider screens by CSS.
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let active = [
        q.sectors.len(),
        q.periods.len(),
        q.statuses.len(),
        q.kinds.len(),
        q.bounds.len(),
        q.verbs.len(),
        usize::from(!q.text.trim().is_empty()),
    ]
    .iter()
    .sum::<usize>();

    let sectors = f.sectors.iter().map(|&(s, n)| Choice {
        key: s.id().to_owned(),
        label: lang.sector(s).to_owned(),
        count: n,
        checked: q.sectors.contains(&s),
        action: Action::ToggleSector(s),
    });
    let periods = f.periods.iter().map(|&(p, n)| Choice {
        key: p.to_string(),
        label: lang.period(p),
        count: n,
        checked: q.periods.contains(&p),
        action: Action::TogglePeriod(p),
    });
    let statuses = f.statuses.iter().map(|&(s, n)| Choice {
        key: s.id().to_owned(),
        label: lang.status(s).to_owned(),
        count: n,
        checked: q.statuses.contains(&s),
        action: Action::ToggleStatus(s),
    });
    let kinds = f.kinds.iter().map(|&(k, n)| Choice {
        key: k.id().to_owned(),
        label: lang.kind(k).to_owned(),
        count: n,
        checked: q.kinds.contains(&k),
        action: Action::ToggleKind(k),
    });
    let bounds = f.bounds.iter().map(|&(b, n)| Choice {
        key: b.id().to_owned(),
        label: b.name(lang).to_owned(),
        count: n,
        checked: q.bounds.contains(&b),
        action: Action::ToggleBound(b),
    });
    let verbs = f.verbs.iter().map(|&(v, n)| Choice {
        key: v.id().to_owned(),
        label: v.name(lang).to_owned(),
        count: n,
        checked: q.verbs.contains(&v),
        action: Action::ToggleVerb(v),
    });

    html! {
        <aside class={classes!("rx-filters", (!*open).then_some("rx-filters-folded"))} aria-label={t(lang, Msg::Filters)}>
            <button type="button" class="rx-button rx-filters-toggle" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                { tf(lang, Tpl::FiltersActive, &[&active]) }
            </button>
            <label class="rx-search">
                <span class="rx-search-label">{ t(lang, Msg::Search) }</span>
                <input
                    type="search"
                    class="rx-search-input"
                    placeholder={t(lang, Msg::SearchHint)}
                    value={q.text.clone()}
                    {oninput}
                />
            </label>
            <p class="rx-count" aria-live="polite">
                { tf(lang, Tpl::ShownOf, &[&props.shown, &props.total]) }
            </p>
            <button type="button" class="rx-button rx-clear" disabled={q.is_unfiltered()} onclick={clear}>
                { t(lang, Msg::ClearFilters) }
            </button>
            <div class="rx-facets">
                { facet(t(lang, Msg::Sector), "sector", sectors, &props.on_action) }
                { facet(t(lang, Msg::Period), "period", periods, &props.on_action) }
                { facet(t(lang, Msg::Status), "status", statuses, &props.on_action) }
                { facet(t(lang, Msg::Kind), "kind", kinds, &props.on_action) }
                { facet(t(lang, Msg::Bound), "bound", bounds, &props.on_action) }
                { facet(t(lang, Msg::GoverningWord), "verb", verbs, &props.on_action) }
            </div>
        </aside>
    }
}

/// A facet's fieldset of checkboxes; the compare view's sector facet too.
pub(crate) fn facet(
    legend: &str,
    name: &str,
    choices: impl Iterator<Item = Choice>,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <fieldset class="rx-facet">
            <legend>{ legend.to_owned() }</legend>
            { for choices.map(|c| {
                let action = c.action.clone();
                let onchange = dispatch.reform(move |_: Event| action.clone());
                let empty = c.count == 0 && !c.checked;
                html! {
                    <label class={classes!("rx-choice", format!("rx-{name}-{}", c.key), empty.then_some("rx-choice-empty"))}>
                        <input type="checkbox" checked={c.checked} {onchange} />
                        <span class="rx-choice-label">{ c.label }</span>
                        <span class="rx-choice-count">{ c.count }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
