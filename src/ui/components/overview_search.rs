//! The overview's search field: the overview has no filter panel, so a
//! search typed here opens the table with it (one action sets both), where
//! the rows are ranked and the filters are at hand.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::messages::{t, Msg};
use crate::state::Action;
use crate::ui::context::use_explorer;

#[derive(Properties, PartialEq)]
pub struct OverviewSearchProps {
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn OverviewSearch(props: &OverviewSearchProps) -> Html {
    let lang = use_explorer().lang;
    let input = use_node_ref();
    // On submit, not per keystroke: switching views on the first character
    // would take the field, and the focus, away mid-word.
    let onsubmit = {
        let (input, dispatch) = (input.clone(), props.on_action.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let text = field.value();
            if !text.trim().is_empty() {
                dispatch.emit(Action::SearchTable(text));
            }
        })
    };
    html! {
        <form class="rx-overview-search" role="search" aria-label={t(lang, Msg::SearchIndicators)} {onsubmit}>
            <label class="rx-search">
                <span class="rx-search-label">{ t(lang, Msg::SearchEvery) }</span>
                <input
                    ref={input}
                    type="search"
                    class="rx-search-input"
                    placeholder={t(lang, Msg::SearchHint)}
                />
            </label>
            <button type="submit" class="rx-button">{ t(lang, Msg::ShowInTable) }</button>
        </form>
    }
}
