//! Where and how the explorer mounts.
//!
//! - A page of its own (`dist/index.html`, the single file, an iframe):
//!   `#report-explorer` or `<body>`; the URL hash is the state.
//! - Inside a host page: every `data-report-explorer` element gets its own
//!   explorer in a Shadow DOM, so the host's CSS cannot reach in and ours
//!   cannot leak out. Its initial state comes from `data-*` attributes and
//!   it leaves the host's URL hash alone unless `data-hash="true"`; only
//!   the first such mount on a page follows the hash.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::hash;
use crate::ui::app::{App, AppProps, Mode};
use crate::ui::crash;

#[wasm_bindgen]
extern "C" {
    /// `assets/app.css` and `assets/chart.css`, minified, from the script
    /// that started us: `explorerCss` in `assets/loader.js`, a function in
    /// the glue's own scope (tools/singlefile.py fills it in: the text in
    /// `report-explorer.js`, the single file's `<style>` there). The
    /// stylesheets are carried once, by the script, not by the wasm: the
    /// single file needs them in its HTML before the wasm has started, to
    /// show its prerendered first frame.
    #[wasm_bindgen(js_name = explorerCss)]
    fn explorer_css() -> String;
}

/// The id of the `<style>` a page may already carry the explorer's
/// stylesheets in (the single file does); such a page does not get them
/// a second time.
const PAGE_STYLE_ID: &str = "report-explorer-css";

/// Our stylesheets as a shadow root (or a page without them) adopts them.
/// `all: initial` on the host stops the host page's inherited properties
/// (direction, letter-spacing, a transparent text fill, …) at the border;
/// `.rx` then sets every one the explorer depends on.
fn css() -> std::rc::Rc<str> {
    thread_local!(static CSS: std::rc::Rc<str> =
        format!(":host{{all:initial;display:block}}\n{}", explorer_css()).into());
    CSS.with(std::rc::Rc::clone)
}

/// Elements whose content may be a `<div>`: a wrapper goes inside them.
/// Any other element that cannot take a shadow root (`ul`, `table`, `img`,
/// …) gets its wrapper as its next sibling, which keeps the host page valid.
const WRAP_INSIDE: [&str; 11] = [
    "li", "dd", "dt", "td", "th", "caption", "figure", "fieldset", "form", "details", "dialog",
];

/// Mounts every explorer the page asks for, once the document is parsed.
pub fn start() {
    crash::install();
    let document = gloo::utils::document();
    if document.ready_state() == "loading" {
        gloo::events::EventListener::once(&document, "DOMContentLoaded", |_| mount_all()).forget();
    } else {
        mount_all();
    }
}

fn mount_all() {
    // Read before the explorer's DOM exists (see first_rows): the page is
    // empty, or holds the single file's first frame, already laid out.
    crate::ui::components::indicator_table::first_rows();
    let document = gloo::utils::document();
    let embeds = document.query_selector_all("[data-report-explorer]").ok();
    let count = embeds.as_ref().map_or(0, |list| list.length());
    if count == 0 {
        let root = document
            .get_element_by_id("report-explorer")
            .or_else(|| document.body().map(Element::from));
        if let Some(root) = root {
            style_document();
            crash::watch(&root);
            // The single file's prerendered first frame (`.rx-frame`, see
            // tools/prerender.mjs) is the root's first child. Yew's mount
            // empties the root, and the first render follows in a
            // microtask of this same task: the browser never paints the
            // page with both, or with neither.
            yew::Renderer::<App>::with_root_and_props(root, AppProps { mode: Mode::Page }).render();
        }
        return;
    }
    // Two explorers following one URL would each apply the other's Back
    // steps, so the hash has one owner per page: the first that asks.
    let mut hash_owned = false;
    for i in 0..count {
        if let Some(el) = embeds
            .as_ref()
            .and_then(|list| list.item(i))
            .and_then(|n| n.dyn_into::<Element>().ok())
        {
            mount_embedded(&el, &mut hash_owned);
        }
    }
}

fn mount_embedded(host: &Element, hash_owned: &mut bool) {
    // A second copy of the script must not mount a second explorer here.
    if host.has_attribute("data-report-explorer-mounted") {
        return;
    }
    let _ = host.set_attribute("data-report-explorer-mounted", "");
    // `data-*` attributes named like the hash keys set the initial state.
    let values: Vec<(&str, String)> = hash::KEYS
        .iter()
        .filter_map(|&key| {
            host.get_attribute(&format!("data-{key}"))
                .filter(|v| !v.is_empty())
                .map(|v| (key, v))
        })
        .collect();
    let initial = hash::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())));
    let mut use_hash = host.get_attribute("data-hash").as_deref() == Some("true");
    if use_hash && *hash_owned {
        use_hash = false;
        warn(&format!(
            "{} has data-hash=\"true\", but an earlier explorer on this page already follows \
             the URL hash; this one keeps its state to itself, since two explorers sharing \
             one hash would each apply the other's Back steps",
            describe(host)
        ));
    }
    *hash_owned |= use_hash;
    let mode = Mode::Embedded { initial, use_hash };
    let root = isolated_root(host).unwrap_or_else(|| light_root(host));
    crash::watch(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { mode }).render();
}

/// A container in a new, styled shadow root for `host`'s explorer: on
/// `host` itself when it can take one, otherwise on a `<div>` wrapper
/// (said on the console, since the page's markup is then not what its
/// author wrote). `None` only where shadow roots do not exist at all; the
/// explorer then mounts in the light DOM, where every rule is still scoped
/// under `.rx` and `.rx` resets what a host's styles would pass down.
fn isolated_root(host: &Element) -> Option<Element> {
    let document = gloo::utils::document();
    let probe = document.create_element("div").ok()?;
    let supported = js_sys::Reflect::get(&probe, &JsValue::from_str("attachShadow"))
        .is_ok_and(|f| f.is_function());
    if !supported {
        return None;
    }
    if let Some(existing) = host.shadow_root() {
        // Content put in `host`'s light DOM would not show without a slot,
        // and the existing root's styles would apply to ours: a wrapper in
        // that root, with a shadow root of its own, avoids both.
        let wrapper = document.create_element("div").ok()?;
        existing.append_child(&wrapper).ok()?;
        warn(&format!(
            "{} already has a shadow root; mounted in a <div> appended to it",
            describe(host)
        ));
        return styled_shadow(&wrapper);
    }
    if let Some(container) = styled_shadow(host) {
        return Some(container);
    }
    let tag = host.local_name();
    let wrapper = document.create_element("div").ok()?;
    let placed = if WRAP_INSIDE.contains(&tag.as_str()) {
        host.append_child(&wrapper).map(|_| "inside it")
    } else {
        let parent = host.parent_node()?;
        let next = host.next_sibling();
        parent
            .insert_before(&wrapper, next.as_ref())
            .map(|_| "right after it")
    };
    let placed = placed.ok()?;
    warn(&format!(
        "{} cannot take a shadow root (only some elements can, and not one that already has \
         a closed one); mounted in a <div> inserted {placed}",
        describe(host)
    ));
    styled_shadow(&wrapper)
}

/// A container inside a new open shadow root of `host`, with our
/// stylesheet; `None` if `host` cannot take one.
fn styled_shadow(host: &Element) -> Option<Element> {
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    add_stylesheet(&shadow)?;
    let container = gloo::utils::document().create_element("div").ok()?;
    shadow.append_child(&container).ok()?;
    Some(container)
}

/// `host` itself, where shadow roots do not exist: our stylesheet goes to
/// the whole page (every rule is under `.rx`, so it styles nothing of the
/// host's), once.
fn light_root(host: &Element) -> Element {
    style_document();
    warn(&format!(
        "{} is mounted without a Shadow DOM (this browser has none), so the page's own \
         styles can reach the explorer",
        describe(host)
    ));
    host.clone()
}

/// Our stylesheet on the whole document, once, unless the page has it.
fn style_document() {
    thread_local!(static STYLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if !STYLED.with(|styled| styled.replace(true)) {
        let document = gloo::utils::document();
        if document.get_element_by_id(PAGE_STYLE_ID).is_some() {
            return;
        }
        if let Some(head) = document.head() {
            add_stylesheet_to(&document, &head);
        }
    }
}

fn add_stylesheet(shadow: &web_sys::ShadowRoot) -> Option<()> {
    add_stylesheet_to(shadow, shadow).then_some(())
}

/// Adopts our stylesheet into `scope` (a shadow root or the document), or
/// appends a `<style>` to `parent` where constructed stylesheets do not exist.
/// A constructed stylesheet is not an inline <style>, so a strict
/// `style-src 'self'` on the host page still lets it apply.
fn add_stylesheet_to(scope: &JsValue, parent: &web_sys::Node) -> bool {
    let key = JsValue::from_str("adoptedStyleSheets");
    let css = css();
    let adopted = web_sys::CssStyleSheet::new().ok().and_then(|sheet| {
        sheet.replace_sync(&css).ok()?;
        let list: js_sys::Array = js_sys::Reflect::get(scope, &key)
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| a.slice(0, a.length()))?;
        list.push(&sheet);
        js_sys::Reflect::set(scope, &key, &list).ok()
    });
    if adopted.is_some() {
        return true;
    }
    let Ok(style) = gloo::utils::document().create_element("style") else {
        return false;
    };
    style.set_text_content(Some(&css));
    parent.append_child(&style).is_ok()
}

/// `<ul id="x">`: enough for a page author to find the element.
fn describe(host: &Element) -> String {
    let id = host.id();
    let id = if id.is_empty() {
        String::new()
    } else {
        format!(" id=\"{id}\"")
    };
    format!("<{}{id} data-report-explorer>", host.local_name())
}

fn warn(message: &str) {
    gloo::console::warn!(format!("report explorer: {message}"));
}
