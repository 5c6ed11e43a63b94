//! Tells the host page how tall the explorer is, when it runs in an iframe.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The message a host page listens for (see README, "In an iframe").
pub const MESSAGE_TYPE: &str = "report-explorer:height";

/// While `enabled`, posts `{type: "report-explorer:height", height}` to the
/// parent window whenever the explorer's root (`content`) changes size, so a
/// host can size the iframe to its content and no inner scrollbar appears.
/// Only a number leaves the frame, so any origin may hear it (a sandboxed
/// frame's origin is opaque anyway).
///
/// The height is the content's own, not the document's: a document's
/// `scrollHeight` never drops below the frame it is in, so a frame sized
/// once to the long reader would stay that tall on the short overview.
#[hook]
pub fn use_iframe_height(enabled: bool, content: NodeRef) {
    use_effect_with(enabled, move |&enabled| {
        let observer = enabled
            .then(|| content.cast::<Element>())
            .flatten()
            .and_then(|root| observe(&root));
        move || {
            if let Some((observer, _closure)) = observer {
                observer.disconnect();
            }
        }
    });
}

type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

fn observe(root: &Element) -> Option<Observer> {
    let target = root.clone();
    let closure = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        post_height(&target)
    });
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(root);
    Some((observer, closure))
}

/// Where `root`'s bottom margin edge lies in the document: the height of
/// everything from the top of the page down to the end of the explorer.
fn content_height(root: &Element) -> f64 {
    let window = gloo::utils::window();
    let bottom = root.get_bounding_client_rect().bottom() + window.scroll_y().unwrap_or(0.0);
    let margin = window
        .get_computed_style(root)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("margin-bottom").ok())
        // JavaScript's parseFloat: Rust's float parser adds ~20 KB to the wasm.
        .map(|m| js_sys::parse_float(&m))
        .filter(|m| m.is_finite())
        .unwrap_or(0.0);
    bottom + margin
}

fn post_height(root: &Element) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &content_height(root).into());
    let _ = parent.post_message(&message, "*");
}
