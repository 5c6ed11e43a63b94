//! Extractor throughput, native, for bench/run.sh. Ignored by default
//! (timing; meaningless in debug builds). Run it with
//! `cargo test --release --test bench_native -- --ignored --nocapture`.
//! Prints one machine-readable line for the calibration,
//! `bench-native-calibration <ms>`, then one per input:
//! `bench-native <input> <bytes> <MB/s> <indicators> <calibration ms> <ratio>`
//! (MB = 10^6 bytes of UTF-8 input; the median of several timed batches).
//! The calibration is a fixed native workload timed in the same process
//! ([`calibration`]); the ratio, MB/s × the calibration's seconds, is the
//! MB extracted in one calibration's time: machines differ up to 4× in
//! MB/s, much less in that ratio.
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

/// One round of the calibration: a fixed pseudo-random buffer (xorshift,
/// fixed seed) sorted and hashed (FNV-1a), which neither the extractor nor
/// the compiler's changes to it can move. Returns the hash, checked so the
/// work cannot be optimised away.
fn calibration_round() -> u64 {
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut words: Vec<u64> = (0..1 << 18)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
        .collect();
    words.sort_unstable();
    words.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, w| {
        w.to_le_bytes()
            .iter()
            .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
    })
}

/// The calibration's median time per round in milliseconds, over batches
/// timed as the texts are.
fn calibration(batches: usize, min_batch_secs: f64) -> f64 {
    let want = calibration_round(); // warm-up
    let mut times = Vec::with_capacity(batches);
    for _ in 0..batches {
        let start = Instant::now();
        let mut rounds = 0usize;
        while start.elapsed().as_secs_f64() < min_batch_secs {
            assert_eq!(std::hint::black_box(calibration_round()), want);
            rounds += 1;
        }
        times.push(start.elapsed().as_secs_f64() * 1e3 / rounds as f64);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

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
    let calibration_ms = calibration(7, 0.3);
    println!("bench-native-calibration {calibration_ms:.3}");
    for (name, text) in &inputs {
        let (mb_s, found) = throughput(text, 7, 0.3);
        let ratio = mb_s * calibration_ms / 1e3;
        println!(
            "bench-native {name} {} {mb_s:.2} {found} {calibration_ms:.3} {ratio:.4}",
            text.len()
        );
    }
}
