//! Progressive first render: what is needed to read the page first, the
//! rest one frame later, and what is only needed later when the page is idle.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `false` until the component's first render has been painted, then
/// `true`. Lets a component leave out what the first screen can do without
/// (the filter panel's controls), so the table appears one frame sooner.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| after_next_paint(move || painted.set(true)));
    }
    *painted
}

/// Runs `f` in a task queued from the next animation frame: after that
/// frame's style, layout and paint (a frame callback itself runs before them).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(callback.unchecked_ref());
}

/// Runs `f` when the browser has nothing else to do (`requestIdleCallback`),
/// or after a short delay where there is no such thing (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    if js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        let callback = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        gloo::timers::callback::Timeout::new(300, f).forget();
    }
}
