//! Extractor throughput in WebAssembly (headless Chromium), for bench/run.sh:
//! the same measurement as tests/bench_native.rs, compiled to wasm32.
//! Run it with
//! `WASM_BINDGEN_TEST_WEBDRIVER_JSON=$PWD/tests/webdriver.json cargo test --profile wasm-release --target wasm32-unknown-unknown --test bench_wasm -- --nocapture`.
//! With `--nocapture` the runner prints the page's console, so each input
//! gives one line: `bench-wasm <input> <bytes> <MB/s> <indicators>`
//! (MB = 10^6 bytes; the median of several timed batches). Without it the
//! runner only shows a test's console when the test fails.
#![cfg(target_arch = "wasm32")]

use report_explorer::embedded::text;
use report_explorer::extract::extract;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Milliseconds from `performance.now()` (microsecond-ish resolution; the
/// test page is a window, so `performance` is there). `web_sys::Performance`
/// is not among the crate's enabled web-sys features, hence the reflection.
fn now_ms() -> f64 {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).unwrap();
    let now: js_sys::Function = js_sys::Reflect::get(&performance, &"now".into())
        .unwrap()
        .into();
    now.call0(&performance).unwrap().as_f64().unwrap()
}

/// Median throughput in MB/s of batches lasting at least `min_batch_ms`
/// each (as in the native bench), and the indicator count.
fn throughput(text: &str, batches: usize, min_batch_ms: f64) -> (f64, usize) {
    let found = extract(text).indicators.len(); // warm-up: tier-up, memory growth
    let mut rates = Vec::with_capacity(batches);
    for _ in 0..batches {
        let start = now_ms();
        let mut rounds = 0usize;
        while now_ms() - start < min_batch_ms {
            std::hint::black_box(extract(std::hint::black_box(text)));
            rounds += 1;
        }
        let secs = (now_ms() - start) / 1000.0;
        rates.push((text.len() * rounds) as f64 / 1e6 / secs);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    (rates[rates.len() / 2], found)
}

#[wasm_bindgen_test]
fn bench_wasm() {
    let big = text().repeat(100);
    for (name, text) in [("report", text()), ("report-x100", big.as_str())] {
        let (mb_s, found) = throughput(text, 5, 300.0);
        console_log!("bench-wasm {name} {} {mb_s:.2} {found}", text.len());
    }
}
