//! Keeps the URL hash and the app state in step, both ways.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::hash;
use crate::state::Action;
use crate::ui::app::Store;

/// Writes the state's hash whenever the state changes, and reads the hash
/// whenever the user changes it (back, forward, a hand edit).
///
/// Writing goes through `history.pushState`, which fires no `hashchange`,
/// so the two directions cannot feed each other. Reading dispatches a whole
/// new state; `use_reducer_eq` drops it when nothing changed.
#[hook]
pub fn use_hash_sync(store: &UseReducerHandle<Store>, sections: usize) {
    let encoded = hash::encode(&store.0);
    use_effect_with(encoded, |encoded| {
        let window = gloo::utils::window();
        let location = window.location();
        let current = location.hash().unwrap_or_default();
        if current != *encoded && !(current == "#" && encoded.is_empty()) {
            // Clearing the hash needs the full URL without its fragment: an
            // empty URL argument would keep the old fragment.
            let url = if encoded.is_empty() {
                let href = location.href().unwrap_or_default();
                href.split('#').next().unwrap_or_default().to_owned()
            } else {
                encoded.clone()
            };
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    });

    let dispatcher = store.dispatcher();
    use_effect_with((), move |_| {
        // Back/forward over pushState entries fires popstate; a hand edit
        // fires hashchange. Either way the hash is the truth.
        let listeners: Vec<EventListener> = ["hashchange", "popstate"]
            .into_iter()
            .map(|event| {
                let dispatcher = dispatcher.clone();
                EventListener::new(&gloo::utils::window(), event, move |_| {
                    let raw = gloo::utils::window().location().hash().unwrap_or_default();
                    dispatcher.dispatch(Action::HashChanged {
                        state: hash::decode(&raw, sections),
                    });
                })
            })
            .collect();
        move || drop(listeners)
    });
}
