//! Extractor throughput, native, for bench/run.sh. Ignored by default
//! (timing; meaningless in debug builds). Run it with
//! `cargo test --release --test bench_native -- --ignored --nocapture`.
//! Prints one machine-readable line per input:
//! `bench-native <input> <bytes> <MB/s> <indicators>`
//! (MB = 10^6 bytes of UTF-8 input; the median of several timed batches).
//! Besides the report, texts built to punish work that grows with the
//! square of the numbers in a clause, list, sentence or paragraph, or of
//! the headings (tests/fixtures/adversarial.rs): any text, not only a
//! well-formed report, must keep to the budget.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fixtures/adversarial.rs"]
mod adversarial;

use std::time::Instant;

use report_explorer::embedded::text;
use report_explorer::extract::extract;

/// Times `extract(text)` in batches of at least `min_batch_secs` each and
/// returns the median throughput and the indicator count. Batches, not
/// single calls, so the clock's resolution never matters; a median of
/// several batches, because other processes share this machine.
fn throughput(text: &str, batches: usize, min_batch_secs: f64) -> (f64, usize) {
    let found = extract(text).indicators.len(); // warm-up (page faults, caches)
    let mut rates = Vec::with_capacity(batches);
    for _ in 0..batches {
        let start = Instant::now();
        let mut rounds = 0usize;
        while start.elapsed().as_secs_f64() < min_batch_secs {
            std::hint::black_box(extract(std::hint::black_box(text)));
            rounds += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        rates.push((text.len() * rounds) as f64 / 1e6 / secs);
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    (rates[rates.len() / 2], found)
}

#[test]
#[ignore = "timing; run in release"]
fn bench_native() {
    let inputs = [
        ("report", text().to_owned()),
        ("report-x100", text().repeat(100)),
        ("clause-8000-numbers", adversarial::growth_run(8000)),
        ("list-88kb", adversarial::count_list(88_000)),
        ("headings-40000", adversarial::headings(40_000)),
        (
            "paragraph-400kb-unpunctuated",
            adversarial::unpunctuated(400_000),
        ),
        ("sentence-20000-numbers", adversarial::comma_run(20_000)),
    ];
    for (name, text) in &inputs {
        let (mb_s, found) = throughput(text, 7, 0.3);
        println!("bench-native {name} {} {mb_s:.2} {found}", text.len());
    }
}
