//! Tells the host page how tall the explorer is, when it runs in an iframe.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The message a host page listens for (see README, "Embed it").
pub const MESSAGE_TYPE: &str = "report-explorer:height";

/// While `enabled`, posts `{type: "report-explorer:height", height}` to the
/// parent window whenever the document's height changes, so a host can size
/// the iframe to its content and no inner scrollbar appears. Only a number
/// leaves the frame, so any origin may hear it.
#[hook]
pub fn use_iframe_height(enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let observer = enabled.then(observe).flatten();
        move || {
            if let Some((observer, _closure)) = observer {
                observer.disconnect();
            }
        }
    });
}

type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

fn observe() -> Option<Observer> {
    let root = gloo::utils::document().document_element()?;
    let closure =
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post_height());
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some((observer, closure))
}

fn post_height() {
    let window = gloo::utils::window();
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &root.scroll_height().into());
    let _ = parent.post_message(&message, "*");
}
