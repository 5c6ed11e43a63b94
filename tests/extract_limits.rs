//! How far the extractor reads around a number for its subject. Real
//! subjects are short noun phrases; a text with no punctuation must not
//! make them as long as the text (each number that inherits a subject
//! copies it, so its cost would grow with the square of the text).

#[path = "fixtures/expect.rs"]
mod expect;

use expect::{expect, plan, review};

#[test]
fn a_subject_before_its_number_is_at_most_100_chars() {
    let subject = format!("{}粮食产量", "农".repeat(94));
    expect(
        &review(&format!("{}粮食产量增长5%增长6%。", "农".repeat(500))),
        &[
            &format!("5%|5|%||2023|actual|up|growth|{subject}|agriculture"),
            &format!("6%|6|%||2023|actual|up|growth|{subject}|agriculture"),
        ],
    );
}

#[test]
fn a_counted_noun_after_its_number_is_at_most_100_chars() {
    let subject = "农".repeat(100);
    expect(
        &plan(&format!("建成5个{}。", "农".repeat(500))),
        &[&format!("5个|5|个||2024|target||count|{subject}|macro")],
    );
}
