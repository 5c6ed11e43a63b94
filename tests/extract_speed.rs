//! How the extractor's cost grows. The growth tests compare the time of a
//! text with that of one four times its size, in the same run: linear
//! work gives a ratio near 4, work that grows with the square of the
//! numbers in a clause, sentence or paragraph near 16. A ratio, not a
//! wall-clock budget, so they hold on a loaded machine and in debug builds.
//! The throughput test is ignored by default (debug builds are slow); run
//! it with `cargo test --release --test extract_speed -- --ignored --nocapture`.

#[path = "fixtures/adversarial.rs"]
mod adversarial;

use std::sync::Mutex;
use std::time::Instant;

use report_explorer::embedded;
use report_explorer::extract::extract;

/// Halfway between linear (4) and quadratic (16) growth.
const MAX_RATIO: f64 = 8.0;
const RUNS: usize = 3;

/// The fastest of [`RUNS`] runs of `work` on each input, the two
/// interleaved so that a burst of load on the machine hits both alike.
fn fastest<T>(small: &T, large: &T, work: impl Fn(&T)) -> (f64, f64) {
    let time = |input: &T| {
        let start = cpu::now();
        work(std::hint::black_box(input));
        cpu::now() - start
    };
    let (mut a, mut b) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..RUNS {
        a = a.min(time(small));
        b = b.min(time(large));
    }
    (a, b)
}

/// Seconds of CPU time this thread has used: other processes on a shared
/// machine take turns on its cores, which stretches wall-clock time (by
/// ten times under load, here) but not the thread's own CPU time.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod cpu {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }

    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }

    pub fn now() -> f64 {
        let mut t = Timespec { sec: 0, nsec: 0 };
        // SAFETY: `t` is a valid, writable timespec of the C layout of
        // 64-bit Linux, and the clock id is a constant Linux defines.
        let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
        assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
        t.sec as f64 + t.nsec as f64 * 1e-9
    }
}

/// Elsewhere, wall-clock time: noisier under load, the same on an idle machine.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
mod cpu {
    use std::sync::OnceLock;
    use std::time::Instant;

    pub fn now() -> f64 {
        static ORIGIN: OnceLock<Instant> = OnceLock::new();
        ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64()
    }
}

/// One measurement at a time: the test harness runs tests on parallel
/// threads, and a large text timed while another test hogs the cores
/// looks slower than it is.
static SERIAL: Mutex<()> = Mutex::new(());

#[track_caller]
fn grows_linearly(make: impl Fn(usize) -> String, size: usize) {
    let (small, large) = (make(size), make(4 * size));
    let what = format!("{} → {} bytes", small.len(), large.len());
    takes_linear_time(&small, &large, &what, |text| {
        std::hint::black_box(extract(text));
    });
}

/// Asserts that `work` on `large` (four times `small`) takes less than
/// [`MAX_RATIO`] times as long, timed alone.
#[track_caller]
fn takes_linear_time<T>(small: &T, large: &T, what: &str, work: impl Fn(&T)) {
    let _alone = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let (a, b) = fastest(small, large, work);
    let ratio = b / a;
    println!("{what}: {:.1} ms → {:.1} ms, ×{ratio:.1}", a * 1e3, b * 1e3);
    assert!(
        ratio < MAX_RATIO,
        "4× the text took {ratio:.1}× the time ({:.1} ms → {:.1} ms)",
        a * 1e3,
        b * 1e3
    );
}

#[test]
fn numbers_in_one_clause() {
    grows_linearly(adversarial::growth_run, 2000);
}

#[test]
fn an_enumeration_of_counts() {
    grows_linearly(adversarial::count_list, 20_000);
}

#[test]
fn many_headings() {
    grows_linearly(adversarial::headings, 2000);
}

#[test]
fn one_paragraph_without_punctuation() {
    grows_linearly(adversarial::unpunctuated, 20_000);
}

#[test]
fn numbers_in_one_sentence() {
    grows_linearly(adversarial::comma_run, 1000);
}

#[test]
fn a_long_number() {
    grows_linearly(adversarial::long_number, 20_000);
}

#[test]
#[ignore = "timing; run in release"]
fn extracts_at_least_20_mb_per_second() {
    let rounds = 200;
    let _ = extract(embedded::text());
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        found += extract(embedded::text()).indicators.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (embedded::text().len() * rounds) as f64 / 1e6;
    println!(
        "extract: {:.1} MB/s ({found} indicators in {rounds} rounds)",
        mb / secs
    );
    assert!(mb / secs >= 20.0, "{:.1} MB/s", mb / secs);
}

/// The texts are as hard as they claim: every number is read, in one
/// clause, list or sentence, and every heading is a section.
#[test]
fn the_adversarial_texts_are_what_they_say() {
    let clause = extract(&adversarial::growth_run(500));
    assert_eq!(clause.indicators.len(), 500);
    assert_eq!(clause.document.sentences.len(), 1);
    let list = extract(&adversarial::count_list(1000));
    let items = list.text.split('、').count();
    assert_eq!(list.indicators.len(), items);
    let outline = extract(&adversarial::headings(500));
    assert_eq!(outline.document.sections.len(), 500);
    assert_eq!(outline.indicators.len(), 500);
    let sentence = extract(&adversarial::comma_run(500));
    assert_eq!(sentence.indicators.len(), 500);
    assert_eq!(sentence.document.sentences.len(), 1);
    let paragraph = extract(&adversarial::unpunctuated(10_000));
    assert_eq!(paragraph.document.paragraphs.len(), 1);
    assert_eq!(paragraph.document.sentences.len(), 1);
}

/// The exports quote each number's sentence: a text without punctuation is
/// one sentence, and quoting it whole beside every number grew the JSON and
/// the CSV with the square of the text (64 KB of `增长5%`: 516 MB of JSON).
/// Sizes, not times: four times the text gives about four times the
/// export, and never more than the quoted window per number.
#[test]
fn the_exports_grow_linearly_with_the_text() {
    use report_explorer::export;
    use report_explorer::i18n::Lang;
    use report_explorer::report::QUOTE_MAX;

    for make in [adversarial::growth_run, adversarial::unpunctuated] {
        let sizes = [2000, 8000].map(|n| {
            let report = extract(&make(n));
            let all = export::all(&report);
            let json = export::json(&report, &all, Lang::Zh).len();
            let csv = export::csv(&report, &all, Lang::Zh).len();
            // Each row: its fields, and a quote of at most QUOTE_MAX + 2
            // characters of at most three bytes each.
            let bound = report.indicators.len() * (2000 + 3 * (QUOTE_MAX + 2));
            assert!(
                json <= bound && csv <= bound,
                "{n}: json {json}, csv {csv}, bound {bound}"
            );
            (json, csv)
        });
        let ratio = |a: usize, b: usize| b as f64 / a as f64;
        let (json, csv) = (ratio(sizes[0].0, sizes[1].0), ratio(sizes[0].1, sizes[1].1));
        assert!(
            json < MAX_RATIO && csv < MAX_RATIO,
            "ratios json {json:.1}, csv {csv:.1}"
        );
    }
}

/// What the page builds for a report it opens beyond the extraction: the
/// search index, which reads each number's clause and sentence. Looking
/// for a clause's ends to the sentence's ends for every number took 17 s
/// of a 400 KB paragraph's opening in the page.
#[test]
fn the_search_index_of_one_paragraph_without_punctuation() {
    let reports = [8_000, 32_000].map(|n| extract(&adversarial::unpunctuated(n)));
    let what = "search index, 8,000 → 32,000 bytes";
    takes_linear_time(&reports[0], &reports[1], what, |report| {
        std::hint::black_box(report_explorer::search::SearchIndex::new(report));
    });
}
