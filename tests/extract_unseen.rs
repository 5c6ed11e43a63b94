//! Excerpts in the style of other cities' reports, which the rules were not
//! written against (see tests/fixtures/unseen/annotate.py for provenance).
//! `cargo test --test extract_unseen -- --nocapture` prints the scores.

#[path = "fixtures/eval.rs"]
mod eval;

use report_explorer::extract::extract;

const EXCERPTS: [(&str, &str, &str); 5] = [
    (
        "city-a",
        include_str!("fixtures/unseen/city-a.txt"),
        include_str!("fixtures/unseen/city-a.tsv"),
    ),
    (
        "city-b",
        include_str!("fixtures/unseen/city-b.txt"),
        include_str!("fixtures/unseen/city-b.tsv"),
    ),
    (
        "city-c",
        include_str!("fixtures/unseen/city-c.txt"),
        include_str!("fixtures/unseen/city-c.tsv"),
    ),
    (
        "city-d",
        include_str!("fixtures/unseen/city-d.txt"),
        include_str!("fixtures/unseen/city-d.tsv"),
    ),
    (
        "city-e",
        include_str!("fixtures/unseen/city-e.txt"),
        include_str!("fixtures/unseen/city-e.tsv"),
    ),
];

#[test]
fn unseen_excerpts_score_reasonably() {
    let mut gold_all = Vec::new();
    let mut got_all = Vec::new();
    for (name, text, tsv) in EXCERPTS {
        // Offsets are per file, so keep records of different files apart.
        let shift = gold_all.len() * 1_000_000;
        let gold = eval::load(tsv);
        let got = extract(text).indicators;
        eval::score(&gold, &got).print(&format!("unseen {name}"));
        gold_all.extend(gold.into_iter().map(|mut g| {
            g.start += shift;
            g
        }));
        got_all.extend(got.into_iter().map(|mut i| {
            i.start += shift;
            i
        }));
    }
    let total = eval::score(&gold_all, &got_all);
    total.print("unseen (all)");
    assert!(total.recall() >= 0.85, "recall {:.3}", total.recall());
    assert!(
        total.precision() >= 0.85,
        "precision {:.3}",
        total.precision()
    );
    for (k, field) in eval::FIELDS.iter().enumerate() {
        let acc = total.accuracy(k);
        assert!(acc >= 0.85, "{field} accuracy {acc:.3}");
    }
}
