//! Applying corrections: clean fixes apply, stale ones are reported and skipped.

use report_explorer::corrections::{apply, parse};
use report_explorer::extract::extract;

const TEXT: &str = "一、2023年工作回顾\n\n新建高标准农田38.2万亩，新增企业5家。\n";

#[test]
fn field_drop_and_add() {
    let mut inds = extract(TEXT).indicators;
    let start = inds[0].start;
    let mut added = inds[1].clone();
    added.start = 0;
    added.end = 3;
    added.raw = "一、2".into();
    let json = serde_json::json!({"corrections": [
        {"start": start, "raw": "38.2万亩", "field": "subject", "from": "新建高标准农田", "to": "高标准农田", "why": "test"},
        {"start": inds[1].start, "raw": "5家", "drop": true, "why": "test"},
        {"add": added, "why": "test"},
    ]});
    let list = parse(&json.to_string()).expect("parses");
    let problems = apply(&mut inds, &list);
    assert!(problems.is_empty(), "{problems:?}");
    let raws: Vec<&str> = inds.iter().map(|i| &*i.raw).collect();
    assert_eq!(raws, ["一、2", "38.2万亩"], "sorted by start");
    assert_eq!(inds[1].subject, "高标准农田");
}

#[test]
fn stale_corrections_are_reported_not_applied() {
    let mut inds = extract(TEXT).indicators;
    let before = inds.clone();
    let json = serde_json::json!({"corrections": [
        {"start": inds[0].start, "raw": "38.2万亩", "field": "subject", "from": "别的", "to": "x", "why": "from no longer matches"},
        {"start": 1, "raw": "9个", "field": "unit", "from": "个", "to": "家", "why": "target gone"},
        {"start": inds[0].start, "raw": "38.2万亩", "field": "nope", "from": 1, "to": 2, "why": "no such field"},
        {"start": inds[0].start, "raw": "38.2万亩", "field": "kind", "from": "level", "to": "bogus", "why": "invalid value"},
    ]});
    let problems = apply(&mut inds, &parse(&json.to_string()).expect("parses"));
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert_eq!(inds, before);
}

#[test]
fn unknown_keys_are_rejected() {
    assert!(parse(r#"{"corrections": [{"strat": 1, "why": "typo"}]}"#).is_err());
}
