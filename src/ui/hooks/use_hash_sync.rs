//! Keeps the URL hash and the app state in step, both ways.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::hash;
use crate::state::{Action, AppState};
use crate::ui::app::Store;
use crate::ui::hooks::after_next_paint;
use crate::ui::shared::SharedReport;

/// Writes the state's hash whenever the state changes, and reads the hash
/// whenever the user changes it (back, forward, a hand edit).
///
/// Writing goes through the History API, which fires no `hashchange`, so
/// the two directions cannot feed each other; reading dispatches a whole
/// new state, which `use_reducer_eq` drops when nothing changed. Typing in
/// the search box replaces the history entry instead of adding one per
/// keystroke, so Back leaves the search rather than un-typing it.
/// With `enabled` false (an explorer embedded in a host page) it does nothing:
/// the host's hash is not ours.
#[hook]
pub fn use_hash_sync(store: &UseReducerHandle<Store>, report: &SharedReport, enabled: bool) {
    let previous = use_mut_ref(|| None::<AppState>);
    let state = store.0.clone();
    use_effect_with(state, move |state| {
        if !enabled {
            return;
        }
        let encoded = hash::encode(state);
        let typing = previous
            .borrow()
            .as_ref()
            .is_some_and(|p| p.only_text_differs(state));
        *previous.borrow_mut() = Some(state.clone());
        // The history write (1–5 ms from file://) waits until the updated
        // table and charts are on screen; writes stay in order.
        after_next_paint(move || write(&encoded, typing));
    });

    let dispatcher = store.dispatcher();
    let report = report.clone();
    use_effect_with(enabled, move |&enabled| {
        if !enabled {
            return Box::new(|| ()) as Box<dyn FnOnce()>;
        }
        // Back/forward over pushState entries fires popstate; a hand edit
        // fires hashchange. Either way the hash is the truth.
        let listeners: Vec<EventListener> = ["hashchange", "popstate"]
            .into_iter()
            .map(|event| {
                let dispatcher = dispatcher.clone();
                let report = report.clone();
                EventListener::new(&gloo::utils::window(), event, move |_| {
                    let raw = gloo::utils::window().location().hash().unwrap_or_default();
                    dispatcher.dispatch(Action::HashChanged {
                        state: hash::decode(&raw, &report),
                    });
                })
            })
            .collect();
        Box::new(move || drop(listeners))
    });
}

/// Puts `encoded` in the address bar, replacing the entry while typing.
fn write(encoded: &str, typing: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    if current == encoded || (current == "#" && encoded.is_empty()) {
        return;
    }
    // Clearing the hash needs the URL without its fragment: an empty
    // fragment argument would keep the old one.
    let url = if encoded.is_empty() {
        let href = location.href().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_owned()
    } else {
        encoded.to_owned()
    };
    if let Ok(history) = window.history() {
        let _ = if typing {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}
