//! The whole embedded report against a hand-annotated gold file.
//! `cargo test --test extract_gold -- --nocapture` prints the scores.

#[path = "fixtures/eval.rs"]
mod eval;

use report_explorer::embedded;
use report_explorer::extract::{self, Options};

const GOLD: &str = include_str!("fixtures/gold/mudanjiang-2024.tsv");

fn raw_report() -> report_explorer::report::Report {
    extract::extract_with(
        embedded::TEXT,
        &Options {
            city: Some(embedded::CITY.to_owned()),
            source: embedded::SOURCE.to_owned(),
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
