//! The URL hash codec against the embedded report: round trips and lenient decoding.

use report_explorer::set::Set;
use std::sync::OnceLock;

use report_explorer::embedded;
use std::time::{Duration, Instant};

use report_explorer::hash::{decode, encode, MAX_HASH_BYTES, MAX_LIST_ITEMS, MAX_PAIRS};
use report_explorer::i18n::Lang;
use report_explorer::model::{Kind, Period, Sector, Status};
use report_explorer::notice::NoticeItem;
use report_explorer::query::{Column, Sort};
use report_explorer::report::Report;
use report_explorer::state::{AppState, View};

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(embedded::report)
}

#[test]
fn the_default_state_is_the_empty_hash() {
    assert_eq!(encode(&AppState::default(), report()), "");
    assert_eq!(decode("", report()), AppState::default());
    assert_eq!(decode("#", report()), AppState::default());
}

#[test]
fn a_full_state_round_trips() {
    let mut s = AppState::default();
    s.query.sectors = [Sector::Agriculture, Sector::Industry].into();
    s.query.periods = [Period::Year(2024)].into();
    s.query.statuses = [Status::Target].into();
    s.query.kinds = [Kind::Growth, Kind::Level].into();
    s.query.text = "风电 建设".into();
    s.query.sort = Sort {
        column: Column::Value,
        descending: true,
    };
    s.view = View::Chart;
    s.selected = Some(3);
    s.section = Some(2);
    s.lang = Lang::En;
    let hash = encode(&s, report());
    assert_eq!(
        hash,
        format!(
            "#sector=industry,agriculture&period=2024&status=target&kind=growth,level&q=%E9%A3%8E%E7%94%B5%20%E5%BB%BA%E8%AE%BE&sort=-value&view=chart&sel={}&section=2&lang=en",
            report().indicators[3].id
        )
    );
    assert_eq!(decode(&hash, report()), s);
}

#[test]
fn the_issue_example_decodes() {
    let s = decode(
        "#sector=agriculture,industry&period=2024&q=风电&view=chart",
        report(),
    );
    assert_eq!(
        s.query.sectors,
        [Sector::Agriculture, Sector::Industry].into()
    );
    assert_eq!(s.query.text, "风电");
    assert_eq!(s.view, View::Chart);
    assert!(s.notice.is_empty());
}

#[test]
fn bad_keys_and_values_are_dropped_and_reported() {
    let s = decode(
        "#sector=agriculture,mining&view=pie&sel=nope&section=999&colour=red&lang=fr&sort=zz",
        report(),
    );
    assert_eq!(s.query.sectors, [Sector::Agriculture].into());
    assert_eq!(s.view, View::Overview);
    assert_eq!(s.selected, None);
    assert_eq!(
        s.notice,
        [
            NoticeItem::unread("sector", "agriculture,mining"),
            NoticeItem::unread("view", "pie"),
            NoticeItem::unread("sel", "nope"),
            NoticeItem::unread("section", "999"),
            NoticeItem::unread("colour", "red"),
            NoticeItem::MoreUnread(2),
        ]
    );
    assert_eq!(
        words(&s, Lang::Zh),
        "sector=agriculture,mining view=pie sel=nope section=999 colour=red 另有 2 处无法识别"
    );
}

#[test]
fn broken_percent_encoding_is_reported_not_fatal() {
    let s = decode("#q=%E9%A3&view=table", report());
    assert_eq!(s.view, View::Table);
    assert_eq!(s.notice, [NoticeItem::unread("q", "%E9%A3")]);
}

/// The notice as the user reads it, items joined by spaces.
fn words(s: &AppState, lang: Lang) -> String {
    let items: Vec<String> = s.notice.iter().map(|i| lang.notice_item(i)).collect();
    items.join(" ")
}

/// Decodes `hash` within a generous bound (release builds take well under
/// a millisecond; debug builds on a shared machine must not flake) and
/// checks the notice stays short in both languages.
#[track_caller]
fn decode_bounded(hash: &str) -> AppState {
    let started = Instant::now();
    let s = decode(hash, report());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "decode took {took:?}");
    for lang in [Lang::Zh, Lang::En] {
        let notice = words(&s, lang);
        assert!(notice.chars().count() < 300, "{notice}");
    }
    s
}

#[test]
fn a_megabyte_hash_reads_its_first_4096_bytes() {
    let hash = format!("#view=table&sector={}", "agriculture,".repeat(90_000));
    assert!(hash.len() > 1_000_000);
    let s = decode_bounded(&hash);
    assert_eq!(s.view, View::Table);
    assert_eq!(s.query.sectors, [Sector::Agriculture].into());
    // 4,096 bytes less `view=table&sector=` hold 339 whole items and a cut one.
    let items_read = (MAX_HASH_BYTES - "view=table&sector=".len()).div_ceil("agriculture,".len());
    assert_eq!(
        s.notice,
        [
            NoticeItem::ItemsIgnored {
                key: "sector",
                count: items_read - MAX_LIST_ITEMS
            },
            NoticeItem::TooLong(MAX_HASH_BYTES),
        ]
    );
    assert_eq!(
        words(&s, Lang::En),
        "sector: 308 more items not read link longer than 4,096 characters: the rest was ignored"
    );
}

#[test]
fn a_cut_search_reads_up_to_the_cut_even_inside_an_escape() {
    // A long search meets both caps: the length cut falls inside the
    // escapes of 风 (%E9%A3%8E), the text cap keeps 200 chars of it.
    let pad = "x".repeat(MAX_HASH_BYTES - "q=".len() - 9 - "%E9%A".len());
    let hash = format!("#q={pad}%E9%A3%8E%E9%A3%8E");
    let s = decode(&hash, report());
    assert_eq!(s.query.text.chars().count(), 200);
    assert!(s.query.text.chars().all(|c| c == 'x'));
    assert_eq!(
        s.notice,
        [
            NoticeItem::TextCut(200),
            NoticeItem::TooLong(MAX_HASH_BYTES)
        ]
    );
    // A search cut by the length cap inside `%E9%A` keeps the whole chars
    // before it rather than failing as broken UTF-8.
    let hash = format!("#{}&q=%E9%A3%8E%E9%A3", "&".repeat(MAX_HASH_BYTES - 16));
    let s = decode(&hash, report());
    assert_eq!(s.query.text, "风");
    assert_eq!(s.notice, [NoticeItem::TooLong(MAX_HASH_BYTES)]);
}

#[test]
fn a_quarter_million_unknown_keys_are_counted_not_listed() {
    let pairs: Vec<String> = (0..262_144).map(|n| format!("k{n}=1")).collect();
    let hash = format!("#{}", pairs.join("&"));
    let s = decode_bounded(&hash);
    let in_cap = hash[1..=MAX_HASH_BYTES].split('&').count();
    let unread = |k: &str| NoticeItem::unread(k, "1");
    assert_eq!(
        s.notice,
        [
            unread("k0"),
            unread("k1"),
            unread("k2"),
            unread("k3"),
            unread("k4"),
            NoticeItem::MoreUnread(MAX_PAIRS - 5),
            NoticeItem::PairsIgnored(in_cap - MAX_PAIRS),
            NoticeItem::TooLong(MAX_HASH_BYTES),
        ]
    );
    assert_eq!(
        AppState {
            notice: vec![],
            ..s
        },
        AppState::default()
    );
}

#[test]
fn a_hundred_thousand_search_terms_are_cut_to_200_chars_and_16_terms() {
    let terms: Vec<String> = (0..100_000).map(|n| format!("w{n}")).collect();
    let hash = format!("#q={}", terms.join("+"));
    let s = decode_bounded(&hash);
    let expected: String = terms.join(" ").chars().take(200).collect();
    assert_eq!(s.query.text, expected);
    let used: Vec<String> = s.query.terms().collect();
    assert_eq!(used, terms[..16]);
    // w0 … w9 and w10 … w51 fill 198 chars, then the cut `w5` repeats a word.
    let total = 52;
    assert!(expected.ends_with(" w51 w5"));
    assert_eq!(
        s.notice,
        [
            NoticeItem::TextCut(200),
            NoticeItem::TermsIgnored { used: 16, total },
            NoticeItem::TooLong(MAX_HASH_BYTES),
        ]
    );
}

/// The item cap counts a key's items over all its pairs, so repeating the
/// key cannot add up to thousands of periods.
#[test]
fn list_items_are_capped_per_key_across_pairs() {
    let years: Vec<String> = (2000..2040).map(|y| y.to_string()).collect();
    let hash = format!(
        "#period={}&period={}&kind=growth",
        years[..20].join(","),
        years[20..].join(",")
    );
    let s = decode_bounded(&hash);
    let expected: Set<Period> = (2000..2000 + MAX_LIST_ITEMS as u16)
        .map(Period::Year)
        .collect();
    assert_eq!(s.query.periods, expected);
    assert_eq!(s.query.kinds, [Kind::Growth].into());
    assert_eq!(
        s.notice,
        [NoticeItem::ItemsIgnored {
            key: "period",
            count: 40 - MAX_LIST_ITEMS
        }]
    );
}

#[test]
fn many_pairs_within_the_length_cap() {
    let hash = format!("#{}view=chart", "lang=en&".repeat(100));
    let s = decode_bounded(&hash);
    assert_eq!(s.lang, Lang::En);
    // The 65th pair onwards is not read, so the view stays the default.
    assert_eq!(s.view, View::Overview);
    assert_eq!(s.notice, [NoticeItem::PairsIgnored(101 - MAX_PAIRS)]);
    assert_eq!(words(&s, Lang::En), "37 more keys not read");
}

/// A link's own text is shown only as a short preview, with controls and
/// bidi overrides removed, so a crafted link cannot write a message of its
/// own in the notice.
#[test]
fn the_notice_does_not_speak_for_the_link() {
    let spoof = "%E2%80%AE%0A%C2%85Your%20account%20is%20locked.%20Call%20%2B1%20555%200100%20now%20to%20restore%20it";
    let key = format!("{}%E2%80%8F", "K".repeat(40));
    let s = decode_bounded(&format!("#view={spoof}&{key}=1"));
    assert_eq!(
        s.notice,
        [
            NoticeItem::Unread {
                key: "view".into(),
                value: "Your account is locked. Call +1 …".into()
            },
            NoticeItem::Unread {
                key: format!("{}…", "K".repeat(24)),
                value: "1".into()
            },
        ]
    );
}
