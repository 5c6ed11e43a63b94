//! Waiting in the browser tests (tests/web.rs, tests/web_chart.rs): for a
//! condition, never for a time, so a busy machine only makes them slower.

use std::time::Duration;

/// Waits until `ready` holds, checking every frame or so: Yew renders on
/// its own scheduler, part of the first screen comes a frame after the first
/// paint, a canvas is sized when its ResizeObserver reports, and history
/// writes wait for the next paint. Fails, naming `what`, after 10 s.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(
            js_sys::Date::now() - start < 10_000.0,
            "timed out waiting for {what}"
        );
        yew::platform::time::sleep(Duration::from_millis(16)).await;
    }
}
