//! What the reader sees when the app panics: without this, a panic after
//! start leaves a page that looks alive and answers nothing (the wasm
//! instance has trapped; `panic = "abort"` runs the hook first).

use std::cell::RefCell;

use web_sys::Element;

use crate::i18n::Lang;
use crate::messages::{t, Msg};

thread_local! {
    /// Every element an explorer was rendered into, to put the message in.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// The message, in both languages: a panic can come before the state (and
/// its language) is known, and after it nothing can be trusted to read it.
pub fn message() -> String {
    [Lang::Zh, Lang::En]
        .map(|lang| t(lang, Msg::Crashed))
        .concat()
}

/// Sets the panic hook. Through Yew, since `Renderer::render` replaces any
/// hook not set this way with its own (which only logs).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| on_panic(&info.to_string())));
}

/// Remembers `root` as a place to show the message.
pub fn watch(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
}

fn on_panic(detail: &str) {
    // An Error, not a string: the console then shows where it happened.
    gloo::console::error!(js_sys::Error::new(&format!(
        "report explorer panicked: {detail}"
    )));
    ROOTS.with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            for root in roots.iter() {
                show_crash(root, detail);
            }
        }
    });
}

/// Puts a visible `role="alert"` with [`message`] and `detail` at the top of
/// the explorer in `root` (once), as text.
pub fn show_crash(root: &Element, detail: &str) {
    if root
        .query_selector("[data-rx-crash]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let document = gloo::utils::document();
    let make = |tag: &str, text: Option<&str>| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(text);
        Some(el)
    };
    let (Some(alert), Some(message), Some(code)) = (
        make("div", None),
        make("p", Some(&message())),
        make("code", Some(detail)),
    ) else {
        return;
    };
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("class", "rx-notice");
    let _ = alert.set_attribute("data-rx-crash", "");
    let _ = alert.append_child(&message);
    let _ = alert.append_child(&code);
    // Inside the explorer's `.rx` root its styles apply; before it renders
    // anything, the root itself will do.
    let target = root
        .query_selector(".rx")
        .ok()
        .flatten()
        .unwrap_or_else(|| root.clone());
    let _ = target.insert_before(&alert, target.first_child().as_ref());
}
