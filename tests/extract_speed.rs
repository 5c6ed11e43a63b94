//! Throughput of the extractor on the embedded report. Ignored by default
//! (debug builds are slow); run it with
//! `cargo test --release --test extract_speed -- --ignored --nocapture`.

use std::time::Instant;

use report_explorer::embedded;
use report_explorer::extract::extract;

#[test]
#[ignore = "timing; run in release"]
fn extracts_at_least_20_mb_per_second() {
    let rounds = 200;
    let _ = extract(embedded::TEXT);
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        found += extract(embedded::TEXT).indicators.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (embedded::TEXT.len() * rounds) as f64 / 1e6;
    println!(
        "extract: {:.1} MB/s ({found} indicators in {rounds} rounds)",
        mb / secs
    );
    assert!(mb / secs >= 20.0, "{:.1} MB/s", mb / secs);
}
