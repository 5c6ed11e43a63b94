//! The whole embedded report against a hand-annotated gold file.
//! `cargo test --test extract_gold -- --nocapture` prints the scores.

#[path = "fixtures/eval.rs"]
mod eval;

use report_explorer::embedded;
use report_explorer::extract::{self, Options};

const GOLD: &str = include_str!("fixtures/gold/mudanjiang-2024.tsv");
const CORRECTIONS: &str =
    include_str!("../assets/data/reports/mudanjiang-2024-work-report.corrections.json");

fn raw_report() -> report_explorer::report::Report {
    // Built here rather than via embedded::raw_report so the score is of the
    // extractor alone, told only the city (the text says only 我市).
    extract::extract_with(
        embedded::text(),
        &Options {
            city: Some("牡丹江市".to_owned()),
            source: "mudanjiang-2024-work-report.txt".to_owned(),
            ..Options::default()
        },
    )
}

#[test]
fn raw_extractor_scores_against_gold() {
    let gold = eval::load(GOLD);
    let report = raw_report();
    let score = eval::score(&gold, &report.indicators);
    score.print("gold (raw extractor)");
    assert!(score.recall() >= 0.98, "recall {:.3}", score.recall());
    assert!(
        score.precision() >= 0.98,
        "precision {:.3}",
        score.precision()
    );
    for (k, field) in eval::FIELDS.iter().enumerate() {
        let acc = score.accuracy(k);
        assert!(acc >= 0.95, "{field} accuracy {acc:.3}");
    }
}

#[test]
fn corrections_apply_cleanly() {
    let list = report_explorer::corrections::parse(CORRECTIONS).expect("valid json");
    let mut indicators = raw_report().indicators;
    let problems = report_explorer::corrections::apply(&mut indicators, &list);
    assert!(
        problems.is_empty(),
        "stale corrections (fix the rule or the entry):\n{}",
        problems.join("\n")
    );
}

#[test]
fn embedded_report_matches_gold_exactly() {
    let gold = eval::load(GOLD);
    let report = embedded::report();
    let score = eval::score(&gold, &report.indicators);
    score.print("gold (embedded, corrected)");
    assert!(
        score.diffs.is_empty(),
        "embedded report differs from gold:\n{}",
        score.diffs.join("\n")
    );
}

#[test]
fn embedded_ids_offsets_and_sections_are_consistent() {
    let report = embedded::report();
    for i in &report.indicators {
        assert_eq!(&report.text[i.start..i.end], i.raw, "{}", i.id);
        let s = report.document.sentence_at(i.start).expect("in a sentence");
        assert_eq!(i.sentence, format!("s{s}"), "{}", i.id);
        assert!(i.id.starts_with(&format!("{}-", i.sentence)), "{}", i.id);
        assert_eq!(i.section, report.path(report.document.sentences[s].section));
    }
    let mut ids: Vec<&str> = report.indicators.iter().map(|i| &*i.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), report.indicators.len(), "ids are unique");
}
