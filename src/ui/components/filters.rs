//! The filter panel: search, sector / period / status / kind facets with
//! live counts, and one button that clears them all.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::query::{Facets, Query};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub query: Query,
    pub facets: Facets,
    pub shown: usize,
    pub total: usize,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// One checkbox of a facet.
struct Choice {
    key: String,
    label: String,
    count: usize,
    checked: bool,
    action: Action,
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let lang = props.lang;
    let q = &props.query;
    let f = &props.facets;
    let oninput = props.dispatch.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetText(input.value())
    });
    let clear = props.dispatch.reform(|_: MouseEvent| Action::ClearFilters);
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
        label: lang.pick(b.zh(), b.en()).to_owned(),
        count: n,
        checked: q.bounds.contains(&b),
        action: Action::ToggleBound(b),
    });
    let verbs = f.verbs.iter().map(|&(v, n)| Choice {
        key: v.id().to_owned(),
        label: lang.pick(v.zh(), v.en()).to_owned(),
        count: n,
        checked: q.verbs.contains(&v),
        action: Action::ToggleVerb(v),
    });

    html! {
        <aside class={classes!("rx-filters", (!*open).then_some("rx-filters-folded"))} aria-label={lang.pick("筛选", "Filters")}>
            <button type="button" class="rx-button rx-filters-toggle" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                { lang.pick(&format!("筛选（已选 {active} 项）"), &format!("Filters ({active} active)")) }
            </button>
            <label class="rx-search">
                <span class="rx-search-label">{ lang.pick("搜索", "Search") }</span>
                <input
                    type="search"
                    class="rx-search-input"
                    placeholder={lang.pick("指标、数值或原文，如 风电", "subject, value or text, e.g. GDP")}
                    value={q.text.clone()}
                    {oninput}
                />
            </label>
            <p class="rx-count" aria-live="polite">
                { lang.pick(&format!("显示 {} / 共 {} 项", props.shown, props.total), &format!("{} of {} shown", props.shown, props.total)) }
            </p>
            <button type="button" class="rx-button rx-clear" disabled={q.is_unfiltered()} onclick={clear}>
                { lang.pick("清除全部筛选", "Clear all filters") }
            </button>
            <div class="rx-facets">
                { facet(lang.pick("领域", "Sector"), "sector", sectors, &props.dispatch) }
                { facet(lang.pick("年份", "Period"), "period", periods, &props.dispatch) }
                { facet(lang.pick("状态", "Status"), "status", statuses, &props.dispatch) }
                { facet(lang.pick("类型", "Kind"), "kind", kinds, &props.dispatch) }
                { facet(lang.pick("上下限", "Bound"), "bound", bounds, &props.dispatch) }
                { facet(lang.pick("措辞", "Governing word"), "verb", verbs, &props.dispatch) }
            </div>
        </aside>
    }
}

fn facet(
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
