//! A bounded fuzz run inside `cargo test`: random report-like text mixed
//! with hostile Unicode goes through the extractor (the CLI's entry), random
//! hashes through `hash::decode`, random text and terms through
//! `search::pieces`. Each target runs for a third of `FUZZ_SECONDS`
//! (default 10) from a seed derived from `FUZZ_SEED` (default fixed, printed
//! so a failure can be replayed). A panic is shrunk to a small input and
//! reported with the seed.

use std::panic::{self, AssertUnwindSafe};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use report_explorer::embedded;
use report_explorer::extract::{extract_with, Options};
use report_explorer::hash::{self, KEYS};
use report_explorer::i18n::Lang;
use report_explorer::notice::NoticeItem;
use report_explorer::report::Report;
use report_explorer::search::{fold, pieces};
use report_explorer::state::AppState;

const DEFAULT_SEED: u64 = 0x5eed_2024_0c1c_a5e5;
/// Generated text stays under this, so the extractor's known slow cases
/// (quadratic on some long inputs) do not turn the budget into a timeout.
const MAX_TEXT_BYTES: usize = 4096;
/// The longest a notice may read in either language: five short previews
/// and a few counted sentences.
const MAX_NOTICE_CHARS: usize = 600;

/// xorshift64*: small, fast and reproducible; quality is ample for fuzzing.
struct Rng(u64);

impl Rng {
    /// Seeds through splitmix64, so nearby seeds (1, 2, …) give unrelated runs.
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)).max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// Any scalar value, weighted towards the BMP where the scripts are.
    fn any_char(&mut self) -> char {
        let max = if self.chance(80) { 0xffff } else { 0x10ffff };
        loop {
            if let Some(c) = char::from_u32(self.below(max + 1) as u32) {
                return c;
            }
        }
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

/// Each target's share of the budget, and the run's seed.
fn budget() -> (Duration, u64) {
    let seconds = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .unwrap_or(10.0);
    let seed = env_u64("FUZZ_SEED").unwrap_or(DEFAULT_SEED);
    (Duration::from_secs_f64(seconds / 3.0), seed)
}

const NUMERALS: &[&str] = &[
    "一", "二", "三", "十", "百", "千", "万", "亿", "两", "零", "二十", "三百",
];
const UNITS: &[&str] = &[
    "万亩",
    "亿元",
    "%",
    "个",
    "家",
    "公里",
    "万吨",
    "亿斤",
    "万人",
    "倍",
    "项",
    "个百分点",
    "平方米",
    "千瓦",
    "户",
];
const PUNCTUATION: &[&str] = &["、", "，", "。", "；", "：", "！", "？", "…", "——", "·"];
const HEADINGS: &[&str] = &[
    "\n一、",
    "\n二、",
    "\n（一）",
    "\n（二）",
    "一是",
    "二是",
    "三是",
    "\n\n",
    "\n",
    "第一，",
];
const WORDS: &[&str] = &[
    "2023年",
    "2024年",
    "2025年",
    "以上",
    "左右",
    "以内",
    "约",
    "近",
    "超",
    "增长",
    "下降",
    "达到",
    "完成",
    "力争",
    "新建",
    "累计",
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "粮食产量",
    "工作回顾",
    "重点工作任务",
    "全市",
    "同比",
    "预计",
    "目标",
    "分别",
    "和",
];
const BRACKETS: &[&str] = &[
    "（", "）", "(", ")", "《", "》", "「", "」", "【", "】", "“", "”", "\"", "'", "‘", "’",
];
const HOSTILE: &[&str] = &[
    "\r",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{200f}",
    "\u{202e}",
    "\u{2066}",
    "\u{301}",
    "\u{308}\u{301}",
    "İ",
    "\u{212a}",
    "\u{2126}",
    "ẞ",
    "Σ",
    "😀",
    "👨\u{200d}👩\u{200d}👧",
    "\0",
    "\u{feff}",
    "\u{fffd}",
    "\t",
    "\u{3000}",
    "１２３",
    "．",
    "٣",
    "\u{1d7ce}",
];

/// A number as reports write them: `6`, `38.2`, `1,234`, `-3`, `0.`.
fn number(rng: &mut Rng) -> String {
    let mut s = String::new();
    if rng.chance(5) {
        s.push(if rng.chance(50) { '-' } else { '+' });
    }
    for _ in 0..1 + rng.below(6) {
        s.push(char::from(b'0' + rng.below(10) as u8));
        if rng.chance(5) {
            s.push(',');
        }
    }
    if rng.chance(30) {
        s.push('.');
        for _ in 0..rng.below(4) {
            s.push(char::from(b'0' + rng.below(10) as u8));
        }
    }
    s
}

/// Report-like text with hostile Unicode mixed in, under [`MAX_TEXT_BYTES`].
fn report_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    let target = rng.below(MAX_TEXT_BYTES);
    while s.len() < target {
        match rng.below(100) {
            0..=24 => s.push_str(&number(rng)),
            25..=34 => s.push_str(rng.pick(NUMERALS)),
            35..=49 => s.push_str(rng.pick(UNITS)),
            50..=59 => s.push_str(rng.pick(PUNCTUATION)),
            60..=66 => s.push_str(rng.pick(HEADINGS)),
            67..=81 => s.push_str(rng.pick(WORDS)),
            82..=86 => s.push_str(rng.pick(BRACKETS)),
            87..=93 => s.push_str(rng.pick(HOSTILE)),
            94..=96 => s.push(rng.any_char()),
            _ => {
                // A long run of one piece: repeated digits, marks or units.
                let piece = match rng.below(3) {
                    0 => rng.pick(HOSTILE).to_owned(),
                    1 => number(rng),
                    _ => rng.pick(UNITS).to_owned(),
                };
                for _ in 0..rng.below(300) {
                    s.push_str(&piece);
                }
            }
        }
    }
    let mut end = s.len().min(MAX_TEXT_BYTES);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// A percent-escape, well-formed or not.
fn escape(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => "%".to_owned(),
        1 => format!("%{:X}", rng.below(16)),
        2 => "%G1".to_owned(),
        3 => "%E9%A3".to_owned(),
        _ => format!("%{:02X}", rng.below(256)),
    }
}

/// A value for a hash key: known ids, years, junk, escapes, sometimes long.
fn hash_value(rng: &mut Rng) -> String {
    const IDS: &[&str] = &[
        "agriculture",
        "industry",
        "macro",
        "2023",
        "2024",
        "history",
        "target",
        "actual",
        "growth",
        "level",
        "-value",
        "subject",
        "chart",
        "table",
        "reader",
        "en",
        "zh",
        "s6-1",
        "s9-3",
        "0",
        "3",
        "999",
        "风电",
        "GDP",
    ];
    let mut v = String::new();
    for i in 0..rng.below(6) {
        if i > 0 {
            v.push(if rng.chance(80) { ',' } else { '+' });
        }
        match rng.below(10) {
            0..=4 => v.push_str(rng.pick(IDS)),
            5 | 6 => v.push_str(&escape(rng)),
            7 => v.push(rng.any_char()),
            8 => v.push_str(rng.pick(HOSTILE)),
            _ => {
                let piece = rng.pick(IDS);
                for _ in 0..rng.below(2000) {
                    v.push_str(piece);
                    v.push(',');
                }
            }
        }
    }
    v
}

fn random_hash(rng: &mut Rng) -> String {
    let mut h = String::new();
    if rng.chance(80) {
        h.push('#');
    }
    for i in 0..rng.below(80) {
        if i > 0 {
            h.push_str(if rng.chance(95) { "&" } else { "&&" });
        }
        match rng.below(10) {
            0..=6 => h.push_str(rng.pick(&KEYS)),
            7 => h.push_str(&escape(rng)),
            8 => h.push_str(rng.pick(HOSTILE)),
            _ => {
                for _ in 0..rng.below(40) {
                    h.push(rng.any_char());
                }
            }
        }
        if rng.chance(90) {
            h.push('=');
            h.push_str(&hash_value(rng));
        }
    }
    h
}

/// Search terms as `Query::terms` gives them: folded, non-empty, often
/// taken from the text itself so that hits happen.
fn random_terms(rng: &mut Rng, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..rng.below(4))
        .map(|_| {
            let t: String = if !chars.is_empty() && rng.chance(70) {
                let at = rng.below(chars.len());
                let len = 1 + rng.below(4);
                chars[at..(at + len).min(chars.len())].iter().collect()
            } else {
                (0..1 + rng.below(3)).map(|_| rng.any_char()).collect()
            };
            fold(&t)
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// Runs `check` on inputs from `generate` until the budget is spent; on a
/// panic, shrinks the input and fails with it and the seed.
fn fuzz<T: Clone + std::fmt::Debug>(
    name: &str,
    target: u64,
    mut generate: impl FnMut(&mut Rng) -> T,
    shrink: impl Fn(&T) -> Vec<T>,
    check: impl Fn(&T),
) {
    let (budget, seed) = budget();
    println!("fuzz {name}: FUZZ_SEED={seed:#x}, {budget:?}");
    let mut rng = Rng::new(seed ^ target.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let started = Instant::now();
    let mut runs = 0u64;
    while started.elapsed() < budget || runs == 0 {
        let input = generate(&mut rng);
        runs += 1;
        if panics(&check, &input) {
            let small = shrunk(input, &shrink, &check);
            panic!("fuzz {name}: panic after {runs} runs (FUZZ_SEED={seed:#x}) on {small:?}");
        }
    }
    println!("fuzz {name}: {runs} inputs, no failure");
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether `check` panics on `input`, without printing the panic: the
/// hook is process-wide and tests run in parallel, so it is installed once
/// and stays quiet only on the thread that is probing.
fn panics<T>(check: &impl Fn(&T), input: &T) -> bool {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                default(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let failed = panic::catch_unwind(AssertUnwindSafe(|| check(input))).is_err();
    QUIET.with(|q| q.set(false));
    failed
}

/// Greedy shrinking: keeps any smaller candidate that still panics.
fn shrunk<T: Clone>(mut input: T, shrink: &impl Fn(&T) -> Vec<T>, check: &impl Fn(&T)) -> T {
    let deadline = Instant::now() + Duration::from_secs(20);
    'outer: while Instant::now() < deadline {
        for candidate in shrink(&input) {
            if panics(check, &candidate) {
                input = candidate;
                continue 'outer;
            }
        }
        break;
    }
    input
}

/// Smaller strings: halves, then chunks of decreasing size removed.
fn shrink_text(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut size = chars.len() / 2;
    while size > 0 {
        for at in (0..chars.len()).step_by(size) {
            let mut c = chars.clone();
            c.drain(at..(at + size).min(chars.len()));
            out.push(c.into_iter().collect());
        }
        size /= 2;
    }
    out
}

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(embedded::report)
}

fn check_extract(text: &str) {
    for year in [None, Some(2024)] {
        let options = Options {
            report_year: year,
            city: None,
            source: "fuzz.txt".into(),
            level: None,
            review_year: None,
        };
        let report = extract_with(text, &options);
        for i in &report.indicators {
            assert!(i.start < i.end, "{i:?}");
            assert_eq!(text.get(i.start..i.end), Some(&*i.raw), "{i:?}");
            assert!(i.value.is_finite(), "{i:?}");
        }
    }
}

fn check_decode(hash: &str) {
    let state = hash::decode(hash, report());
    let unread = state
        .notice
        .iter()
        .filter(|i| matches!(i, NoticeItem::Unread { .. }))
        .count();
    assert!(unread <= 5, "{:?}", state.notice);
    for lang in [Lang::Zh, Lang::En] {
        let words: usize = state
            .notice
            .iter()
            .map(|i| lang.notice_item(i).chars().count() + 1)
            .sum();
        assert!(words <= MAX_NOTICE_CHARS, "{words}: {:?}", state.notice);
    }
    // What was read encodes to a hash that reads back the same, silently.
    let clean = AppState {
        notice: Vec::new(),
        ..state
    };
    assert_eq!(
        hash::decode(&hash::encode(&clean, report()), report()),
        clean
    );
}

fn check_pieces((text, terms): &(String, Vec<String>)) {
    let got = pieces(text, terms);
    let joined: String = got.iter().map(|(p, _)| *p).collect();
    assert_eq!(&joined, text);
    for (piece, hit) in &got {
        assert!(!piece.is_empty());
        if *hit {
            let lowered = fold(piece);
            assert!(
                terms.iter().any(|t| lowered.contains(t.as_str())),
                "{piece:?}"
            );
        }
    }
}

#[test]
fn extractor_on_report_like_and_hostile_text() {
    fuzz(
        "extract",
        1,
        report_text,
        |s| shrink_text(s),
        |s| check_extract(s),
    );
}

#[test]
fn hash_decode_on_random_hashes() {
    fuzz(
        "hash",
        2,
        random_hash,
        |s| shrink_text(s),
        |s| check_decode(s),
    );
}

#[test]
fn search_pieces_on_random_text_and_terms() {
    fuzz(
        "search",
        3,
        |rng| {
            let text = report_text(rng);
            let text: String = text.chars().take(400).collect();
            let terms = random_terms(rng, &text);
            (text, terms)
        },
        |(text, terms)| {
            let mut out: Vec<(String, Vec<String>)> = shrink_text(text)
                .into_iter()
                .map(|t| (t, terms.clone()))
                .collect();
            for i in 0..terms.len() {
                let mut fewer = terms.clone();
                fewer.remove(i);
                out.push((text.clone(), fewer));
            }
            out
        },
        check_pieces,
    );
}
