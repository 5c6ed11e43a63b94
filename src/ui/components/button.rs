//! The plain button most panels have (`rx-button`, a label and a click),
//! made in one place: each `html!` element is its own construction code in
//! the wasm, so a dozen written out were a dozen copies of it.

use yew::prelude::*;

/// `<button type="button" class="rx-button" onclick>label</button>`.
pub fn button(label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="rx-button" {onclick}>{ label }</button>
    }
}
