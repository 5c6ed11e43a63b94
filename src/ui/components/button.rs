//! The plain button most panels have (`rx-button`, a label and a click),
//! made in one place: each `html!` element is its own construction code in
//! the wasm, so a dozen written out were a dozen copies of it.

use yew::prelude::*;

use crate::state::Action;

/// `<button type="button" class="rx-button" onclick>label</button>`.
pub fn button(label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="rx-button" {onclick}>{ label }</button>
    }
}

/// A click that sends `action`: one closure type for every such control
/// (a `reform` closure each was its own code, `Rc` and drop in the wasm).
pub fn sends(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| action.clone())
}
