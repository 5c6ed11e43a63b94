//! Whether the page is being printed, so views can lay out for paper.

use gloo::events::EventListener;
use yew::prelude::*;

/// True from the window's `beforeprint` to its `afterprint`. Yew renders
/// in the microtasks after the `beforeprint` handler returns, so what a
/// component draws for printing is in the page before the browser lays out
/// the printout.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listeners = [("beforeprint", true), ("afterprint", false)].map(|(event, on)| {
                let printing = printing.clone();
                EventListener::new(&window, event, move |_| printing.set(on))
            });
            move || drop(listeners)
        });
    }
    *printing
}
