//! Search and highlighting on text whose lower case changes byte lengths:
//! `İ` grows, the Kelvin sign and `ẞ` shrink, a final `Σ` depends on context.
//! Highlighting must map hits back to whole chars, never panic, and agree
//! with the index on what matches.

use proptest::prelude::*;
use report_explorer::extract::extract;
use report_explorer::query::{rows, Query, MAX_TERMS};
use report_explorer::search::{fold, pieces, SearchIndex};

fn terms_of(text: &str) -> Vec<String> {
    Query {
        text: text.into(),
        ..Query::default()
    }
    .terms()
    .collect()
}

#[test]
fn terms_are_folded_deduplicated_and_capped() {
    assert_eq!(terms_of("GDP  gdp 风电 ΑΣ"), ["gdp", "风电", "ασ"]);
    let many: Vec<String> = (0..100).map(|n| format!("w{n}")).collect();
    let got = terms_of(&many.join(" "));
    assert_eq!(got.len(), MAX_TERMS);
    assert_eq!(got, many[..MAX_TERMS]);
    // Repeats do not use up the budget.
    let got = terms_of(&format!("{} a b", "x ".repeat(10_000)));
    assert_eq!(got, ["x", "a", "b"]);
}

/// `str::to_lowercase` writes `ΑΣ` typed alone as `ας` but `ΑΣΑ` in a
/// sentence as `ασα`, so the term missed its own text; folded per char,
/// the index, the query and the highlighter all agree.
#[test]
fn a_greek_sigma_matches_in_the_index_and_is_highlighted() {
    let report = extract("一、2023年工作回顾\n\nΑΣΑ道路新建38.2万亩。\n");
    assert_eq!(report.indicators.len(), 1, "{:?}", report.indicators);
    let index = SearchIndex::new(&report);
    let query = Query {
        text: "ΑΣ".into(),
        ..Query::default()
    };
    assert_eq!(rows(&report.indicators, &index, &query), [0]);
    let sentence = "ΑΣΑ道路新建38.2万亩。";
    assert_eq!(
        pieces(sentence, &terms_of("ΑΣ")),
        [("ΑΣ", true), ("Α道路新建38.2万亩。", false)]
    );
}

#[test]
fn the_index_matches_what_the_highlighter_marks_around_length_changing_chars() {
    let report = extract("一、2023年工作回顾\n\nİİ\u{212a}风电新建38.2万亩。\n");
    assert_eq!(report.indicators.len(), 1, "{:?}", report.indicators);
    let index = SearchIndex::new(&report);
    for term in ["\u{212a}风", "k风", "i̇k", "风电"] {
        let query = Query {
            text: term.into(),
            ..Query::default()
        };
        assert_eq!(rows(&report.indicators, &index, &query), [0], "{term}");
    }
    assert_eq!(
        pieces("İİ\u{212a}风电新建", &terms_of("k风")),
        vec![("İİ", false), ("\u{212a}风", true), ("电新建", false)]
    );
}

/// `１６３．９％` typed with a Chinese input method finds the `163.9%` the
/// report wrote, and the other way round, in the index and the highlights.
#[test]
fn full_width_terms_find_half_width_text_and_back() {
    let report = extract("一、2023年工作回顾\n\n旅游收入增长163.9%，新增ＡＢ类项目12个。\n");
    let raws: Vec<&str> = report.indicators.iter().map(|i| &*i.raw).collect();
    assert_eq!(raws, ["163.9%", "12个"]);
    let index = SearchIndex::new(&report);
    let found = |text: &str| {
        let query = Query {
            text: text.into(),
            ..Query::default()
        };
        rows(&report.indicators, &index, &query)
    };
    // Both rows share the sentence; the row whose clause holds the term leads.
    assert_eq!(found("163.9％"), [0, 1]);
    assert_eq!(found("１６３．９"), [0, 1]);
    assert_eq!(found("ab类　１２个"), [1, 0]);
    assert_eq!(found("１６３．８"), [] as [usize; 0]);
    assert_eq!(
        pieces("新增ＡＢ类项目12个", &terms_of("ab　１２")),
        [
            ("新增", false),
            ("ＡＢ", true),
            ("类项目", false),
            ("12", true),
            ("个", false)
        ]
    );
}

/// Characters whose lower case differs in length or depends on context,
/// mixed with Latin, CJK and combining marks, so random text hits them.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            'İ', 'i', 'I', '\u{212a}', 'k', 'K', '\u{2126}', 'ω', 'Ω', 'ẞ', 'ß', 'Σ', 'σ', 'ς',
            'Α', 'a', 'A', '\u{307}', '风', '电', '增', ' ', 'ǅ', 'ﬀ', 'Ⰰ', 'ſ', '\u{1e9e}',
            // Full-width forms fold to ASCII (3 bytes to 1), beside their twins.
            '０', '９', '0', '9', '％', '%', '．', '.', 'Ａ', 'ａ', '，', ',', '：', '\u{3000}',
            '\u{ff5e}', '\u{ff01}', '\u{ff00}', '\u{ff5f}',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn pieces_cover_the_text_and_hits_contain_a_term(
        text in tricky_string(40),
        raw_terms in prop::collection::vec(tricky_string(4), 0..4),
    ) {
        let terms: Vec<String> = raw_terms.iter().map(|t| fold(t)).collect();
        let got = pieces(&text, &terms);
        let joined: String = got.iter().map(|(p, _)| *p).collect();
        prop_assert_eq!(&joined, &text);
        for (piece, hit) in &got {
            prop_assert!(!piece.is_empty());
            let lowered = fold(piece);
            let has_term = terms.iter().any(|t| !t.is_empty() && lowered.contains(t.as_str()));
            // A hit holds a whole term; plain text never holds one whole.
            prop_assert_eq!(*hit, has_term, "{:?} in {:?}", piece, got);
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>(), term in any::<String>()) {
        let got = pieces(&text, &[fold(&term)]);
        let joined: String = got.iter().map(|(p, _)| *p).collect();
        prop_assert_eq!(joined, text);
    }
}
