//! The `report-extract` binary end to end: output formats and every error.

use std::path::PathBuf;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_report-extract");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("binary runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("report-extract-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

const SAMPLE: &str = "一、2023年工作回顾\n\n全市地区生产总值增长6%，新建高标准农田38.2万亩。\n\n二、2024年重点工作任务\n\n粮食产量达到60亿斤以上。\n";

#[track_caller]
fn assert_error(args: &[&str], message: &str) {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "exit status for {args:?}");
    assert!(out.stdout.is_empty(), "no stdout on error");
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    assert_eq!(stderr, format!("report-extract: {message}\n"));
}

#[test]
fn json_of_a_file() {
    let path = temp_file("sample.txt", SAMPLE.as_bytes());
    let out = run(&[path.to_str().unwrap(), "--city", "某市"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["meta"]["city"], "某市");
    assert_eq!(v["meta"]["report_year"], 2024);
    assert_eq!(v["meta"]["source"], "sample.txt");
    let inds = v["indicators"].as_array().expect("array");
    let raws: Vec<&str> = inds.iter().map(|i| i["raw"].as_str().unwrap()).collect();
    assert_eq!(raws, ["6%", "38.2万亩", "60亿斤以上"]);
    assert_eq!(inds[2]["status"], "target");
    assert_eq!(inds[2]["comparator"], ">=");
    assert_eq!(inds[2]["period"], "2024");
}

#[test]
fn year_flag_overrides_the_headings() {
    let path = temp_file("year.txt", SAMPLE.as_bytes());
    let out = run(&[path.to_str().unwrap(), "--year", "2031"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["meta"]["report_year"], 2031);
    assert_eq!(v["indicators"][0]["period"], "2030");
}

#[test]
fn csv_has_bom_header_and_quoting() {
    let path = temp_file("csv.txt", SAMPLE.as_bytes());
    let out = run(&[path.to_str().unwrap(), "--format", "csv"]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    assert!(csv.starts_with('\u{feff}'), "BOM first");
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "id,sentence,raw,start,end,value,unit,comparator,period,status,direction,kind,subject,subject_en,sector,section"
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("s1-1,s1,6%,"), "{first}");
    assert!(first.contains(",GDP,macro,"), "{first}");
    let rows = lines.filter(|l| !l.is_empty()).count();
    assert_eq!(rows, 2);
}

#[test]
fn csv_quotes_cells_with_commas_and_quotes() {
    let text = "一、2023年工作回顾\n\n（一）创新,产业\"双轮\"驱动。新增企业5家。\n";
    let path = temp_file("quoting.txt", text.as_bytes());
    let out = run(&[path.to_str().unwrap(), "--format", "csv"]);
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let row = csv.split("\r\n").nth(1).expect("one row");
    assert!(
        row.ends_with(",\"一、2023年工作回顾 > （一）创新,产业\"\"双轮\"\"驱动\""),
        "{row}"
    );
}

#[test]
fn embedded_prints_the_apps_dataset() {
    let out = run(&["--embedded"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let report = report_explorer::embedded::report();
    let expected = serde_json::to_value(report.dataset()).unwrap();
    assert_eq!(v, expected);
    assert_eq!(v["meta"]["city"], "牡丹江市");
}

#[test]
fn missing_file() {
    assert_error(
        &["/no/such/report.txt"],
        "/no/such/report.txt: no such file",
    );
}

#[test]
fn not_utf8_names_the_offset() {
    let path = temp_file("latin1.txt", b"abc\xe9def");
    let p = path.to_str().unwrap();
    assert_error(
        &[p],
        &format!("{p}: not UTF-8 text (invalid byte at offset 3)"),
    );
}

#[test]
fn empty_and_blank_files() {
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b" \n\t\n"[..])] {
        let path = temp_file(name, bytes);
        let p = path.to_str().unwrap();
        assert_error(&[p], &format!("{p}: the file is empty"));
    }
}

#[test]
fn unknown_flag() {
    assert_error(&["--frobnicate"], "unknown flag '--frobnicate'");
}

#[test]
fn bad_year() {
    assert_error(
        &["x.txt", "--year", "24"],
        "bad --year '24' (a year such as 2024)",
    );
    assert_error(&["x.txt", "--year"], "--year needs a value");
}

#[test]
fn bad_format() {
    assert_error(
        &["x.txt", "--format", "xml"],
        "unknown format 'xml' (json or csv)",
    );
}

#[test]
fn missing_file_argument() {
    assert_error(&[], "missing FILE");
    assert_error(&["--format", "csv"], "missing FILE");
}
