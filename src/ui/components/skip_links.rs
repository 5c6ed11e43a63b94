//! "跳到结果 / Skip to results": the first focusable thing on the page,
//! shown only while it has the focus, so a keyboard user can pass the view
//! tabs, the 24 filter checkboxes and the reader's 50 outline buttons in
//! one key press. A button rather than a link: the URL hash is the
//! explorer's state, so a `#fragment` cannot be the target. The target is
//! looked up inside this explorer's own root (a page may hold several).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::messages::{t, Msg};
use crate::ui::context::use_explorer;

/// Where "results" are, in order of preference: the reader's text, else
/// the last block of the main column (the table, the charts, the overview).
const TARGETS: [&str; 2] = [".rx-reader", ".rx-main > :last-child"];

#[function_component]
pub fn SkipLinks() -> Html {
    let lang = use_explorer().lang;
    let node = use_node_ref();
    let onclick = {
        let node = node.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(target) = node.cast::<Element>().and_then(|el| target(&el)) {
                // Focusable by script only, so Tab does not stop there again.
                if !target.has_attribute("tabindex") {
                    let _ = target.set_attribute("tabindex", "-1");
                }
                let _ = target.focus();
            }
        })
    };
    html! {
        <div ref={node} class="rx-skip">
            <button type="button" class="rx-button rx-skip-link" {onclick}>
                { t(lang, Msg::SkipToResults) }
            </button>
        </div>
    }
}

fn target(from: &Element) -> Option<HtmlElement> {
    let root = from.closest(".rx").ok()??;
    TARGETS
        .iter()
        .find_map(|s| root.query_selector(s).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}
