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
    // The export's own fields beside the scheme's.
    assert_eq!(
        inds[1]["sentence_text"],
        "全市地区生产总值增长6%，新建高标准农田38.2万亩。"
    );
    assert_eq!(inds[1]["value_signed"], 38.2);
    assert_eq!(
        (inds[1]["char_start"].as_u64(), inds[1]["char_end"].as_u64()),
        (Some(33), Some(39))
    );
    assert_eq!(inds[2]["status_label"], "目标");
    assert_eq!(inds[2]["sector_label"], "农业农村");
    assert_eq!(inds[2]["kind_label"], "总量");
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
        "city,level,report_year,review_year,report_id,source,id,sentence,sentence_text,raw,start,end,char_start,char_end,value,value_signed,value_high,unit,comparator,verb,period,status,status_label,direction,kind,kind_label,subject,subject_en,sector,sector_label,section"
    );
    // No place named, but 全市 says a city's report.
    let id = report_explorer::ingest::report_id(SAMPLE);
    assert_eq!(
        lines.next().unwrap(),
        format!(",city,2024,2023,{id},csv.txt,s1-1,s1,全市地区生产总值增长6%，新建高标准农田38.2万亩。,6%,57,59,23,25,6,6,,%,,,2023,actual,实绩,up,growth,增速,地区生产总值,GDP,macro,宏观经济,一、2023年工作回顾")
    );
    let rows = lines.filter(|l| !l.is_empty()).count();
    assert_eq!(rows, 2);
}

#[test]
fn lang_en_labels_in_english() {
    let path = temp_file("lang.txt", SAMPLE.as_bytes());
    let out = run(&[
        path.to_str().unwrap(),
        "--format",
        "csv",
        "--lang",
        "en",
        "--city",
        "某市",
    ]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let last = csv.split("\r\n").nth(3).expect("third row");
    let id = report_explorer::ingest::report_id(SAMPLE);
    assert_eq!(
        last,
        format!("某市,city,2024,2023,{id},lang.txt,s3-1,s3,粮食产量达到60亿斤以上。,60亿斤以上,149,163,63,69,60,60,,亿斤,>=,,2024,target,Target,,level,Level,粮食产量,Grain output,agriculture,Agriculture & rural,二、2024年重点工作任务")
    );
}

#[test]
fn a_falling_rate_is_negative_in_value_signed() {
    let text = "一、2023年工作回顾\n\n固定资产投资下降3.5%。\n";
    let path = temp_file("down.txt", text.as_bytes());
    let out = run(&[path.to_str().unwrap(), "--format", "csv"]);
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let row = csv.split("\r\n").nth(1).expect("one row");
    assert!(row.contains(",3.5%,"), "{row}");
    assert!(
        row.contains(",3.5,-3.5,,%,,,2023,actual,实绩,down,"),
        "{row}"
    );
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
    let all = report_explorer::export::all(&report);
    let json = report_explorer::export::json(&report, &all, report_explorer::i18n::Lang::Zh);
    let expected: serde_json::Value = serde_json::from_str(&json).unwrap();
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
fn what_is_not_a_report_says_why() {
    let png = temp_file("chart.png", b"\x89PNG\r\n\x1a\n0000");
    let p = png.to_str().unwrap();
    assert_error(
        &[p],
        &format!("{p}: this is a PNG file, not a report's text. Open a .txt, .html or .docx file."),
    );
    let latin1 = temp_file("latin1.txt", b"abc\xe9def caf\xe9s");
    let p = latin1.to_str().unwrap();
    assert_error(
        &[p],
        &format!("{p}: there is no Chinese in the file; it does not look like a work report."),
    );
}

#[test]
fn empty_and_blank_files() {
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b" \n\t\n"[..])] {
        let path = temp_file(name, bytes);
        let p = path.to_str().unwrap();
        assert_error(&[p], &format!("{p}: the file is empty."));
    }
}

/// GBK and UTF-16 files read as the same report as UTF-8, as the page does.
#[test]
fn encodings_are_detected() {
    let utf8 = run(&[temp_file("u8.txt", SAMPLE.as_bytes()).to_str().unwrap()]);
    let (gbk, _, _) = encoding_rs::GBK.encode(SAMPLE);
    let mut utf16: Vec<u8> = vec![0xff, 0xfe];
    utf16.extend(SAMPLE.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes) in [("gbk.txt", gbk.to_vec()), ("u16.txt", utf16)] {
        let out = run(&[temp_file(name, &bytes).to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{name}: {:?}", out.stderr);
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_slice(&utf8.stdout).unwrap(),
            serde_json::from_slice(&out.stdout).unwrap(),
        );
        assert_eq!(a["indicators"], b["indicators"], "{name}");
        assert_eq!(a["meta"]["id"], b["meta"]["id"], "{name}");
    }
}

/// Several files: one long CSV with each report's columns on its rows, or a
/// JSON array with one object per report; `-` reads standard input; a file
/// that cannot be read is reported and the others are still printed.
#[test]
fn several_files_and_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let a = temp_file("a.txt", SAMPLE.as_bytes());
    let other = SAMPLE.replace("6%", "7%");
    let mut child = Command::new(BIN)
        .args([a.to_str().unwrap(), "-", "/no/such.txt", "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(other.as_bytes())
        .unwrap();
    let out = child.wait_with_output().expect("binary ends");
    assert_eq!(out.status.code(), Some(2), "one file failed");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "report-extract: /no/such.txt: no such file\n"
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(rows.len(), 6);
    let (ida, idb) = (
        report_explorer::ingest::report_id(SAMPLE),
        report_explorer::ingest::report_id(&other),
    );
    assert!(rows[..3]
        .iter()
        .all(|r| r.starts_with(&format!(",city,2024,2023,{ida},a.txt,"))));
    assert!(rows[3..]
        .iter()
        .all(|r| r.starts_with(&format!(",city,2024,2023,{idb},stdin,"))));
    assert!(rows[3].contains(",7%,"), "{}", rows[3]);

    let b = temp_file("b.txt", other.as_bytes());
    let out = run(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let reports = v.as_array().expect("an array of reports");
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[1]["meta"]["source"], "b.txt");
    assert_eq!(reports[1]["indicators"][0]["raw"], "7%");
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
fn bad_lang() {
    assert_error(
        &["x.txt", "--lang", "fr"],
        "unknown language 'fr' (zh or en)",
    );
}

#[test]
fn missing_file_argument() {
    assert_error(&[], "missing FILE (see --help)");
    assert_error(&["--format", "csv"], "missing FILE (see --help)");
}

#[test]
fn help_goes_to_stdout_with_status_0() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag]);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(out.stderr.is_empty(), "{flag}: nothing on stderr");
        let help = String::from_utf8(out.stdout).expect("utf-8 help");
        assert!(
            help.starts_with("usage: report-extract FILE... [--format json|csv] [--lang zh|en] [--year YYYY] [--city NAME]\n"),
            "{help}"
        );
        assert!(
            help.contains("Exit status: 0 on success; 2 on any error"),
            "{help}"
        );
    }
    // Help wins over the rest of the line, even a bad flag after it.
    assert_eq!(run(&["x.txt", "--help", "--bogus"]).status.code(), Some(0));
}

#[test]
fn an_error_message_stays_on_one_line() {
    assert_error(&["a\nb.txt"], "a\\nb.txt: no such file");
}

/// The reader goes away before the output is written: the tool must say so
/// and fail, not exit 0 as if the whole dataset had been delivered. The
/// embedded JSON (about 100 KB) is larger than a pipe's buffer, so the
/// write cannot complete before the reader is dropped.
#[test]
fn a_closed_pipe_is_an_error() {
    use std::process::Stdio;
    let mut child = Command::new(BIN)
        .arg("--embedded")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("binary ends");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    assert!(
        stderr.starts_with("report-extract: cannot write output: "),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(unix)]
mod non_utf8_arguments {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    use super::*;

    fn run_os(args: &[&OsStr]) -> Output {
        Command::new(BIN).args(args).output().expect("binary runs")
    }

    #[test]
    fn a_city_that_is_not_utf8_is_refused() {
        let path = temp_file("city.txt", SAMPLE.as_bytes());
        let out = run_os(&[
            path.as_os_str(),
            OsStr::new("--city"),
            OsStr::from_bytes(b"Mu\xffdan"),
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            "report-extract: --city value 'Mu\u{fffd}dan' is not UTF-8\n"
        );
    }

    /// A file name is an OS path, not text: one that is not UTF-8 but
    /// exists is read; only meta.source, which is text, shows U+FFFD.
    #[test]
    fn a_file_name_that_is_not_utf8_is_still_read() {
        let path = temp_file("placeholder.txt", b"");
        let name = path.with_file_name(OsStr::from_bytes(b"report-\xe9.txt"));
        std::fs::write(&name, SAMPLE).expect("write non-UTF-8 name");
        let out = run_os(&[name.as_os_str()]);
        assert_eq!(out.status.code(), Some(0), "{:?}", out.stderr);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["meta"]["source"], "report-\u{fffd}.txt");
        assert_eq!(v["indicators"].as_array().unwrap().len(), 3);
    }

    #[test]
    fn a_missing_file_that_is_not_utf8_is_one_line() {
        let out = run_os(&[OsStr::from_bytes(b"/no/such/r\xe9port.txt")]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            "report-extract: /no/such/r\u{fffd}port.txt: no such file\n"
        );
    }

    #[test]
    fn an_unknown_flag_that_is_not_utf8() {
        let out = run_os(&[OsStr::from_bytes(b"--fo\xffrmat")]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            "report-extract: unknown flag '--fo\u{fffd}rmat'\n"
        );
    }
}

/// `--compare`: the 完成情况 table of two consecutive reports of one place,
/// given in any order; reports that are not consecutive say so.
#[test]
fn compare_prints_targets_against_outcomes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/compare");
    let (a, b) = (
        format!("{dir}/qingyan-2023.txt"),
        format!("{dir}/qingyan-2024.txt"),
    );
    let out = run(&["--compare", &b, &a, "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{:?}", out.stderr);
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "city,year,planned_report_id,reviewed_report_id,metric,metric_en,kind,unit,target_raw,target_comparator,target_value_signed,result_raw,result_status,result_value_signed,difference,tolerance,verdict,verdict_label,target_sentence,result_sentence,note"
    );
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 11);
    let fixed_assets = rows
        .iter()
        .find(|r| r.contains(",固定资产投资,"))
        .expect("a fixed-asset investment row");
    assert!(
        fixed_assets.contains(",10%,,10,2.1%,estimate,-2.1,-12.1,0.5,missed,未完成,"),
        "{fixed_assets}"
    );
    let out = run(&["--compare", &a, &a]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().starts_with(
        "report-extract: --compare: no two FILEs are one place's consecutive reports"
    ));
    assert_error(&["--compare", &a], "--compare needs two or more FILEs");
}

#[test]
fn explain_says_what_became_of_every_number() {
    let text = "一、2023年工作回顾\n\n3月15日，全市地区生产总值增长6%，出台“稳经济20条”，建成5G基站120个。\n\n1.服务热线0453-6917000。\n";
    let path = temp_file("explain.txt", text.as_bytes());
    let out = run(&["--explain", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some(format!("# {}", path.display()).as_str()));
    // Offset, number, outcome: the excerpt and the reason's words aside.
    let rows: Vec<(usize, &str, &str)> = lines
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "{l}");
            (f[0].parse().expect("offset"), f[1], f[2])
        })
        .collect();
    assert_eq!(
        rows,
        [
            (6, "2023", "year"),
            (27, "3", "date"),
            (31, "15", "date"),
            (69, "6%", "record"),
            (92, "20", "quoted"),
            (109, "5", "name-or-code"),
            (117, "120个", "record"),
            (128, "1", "list-number"),
            (142, "0453", "code-number"),
            (147, "6917000", "code-number"),
        ]
    );
    for (offset, raw, _) in &rows {
        assert_eq!(&text[*offset..offset + raw.len()], *raw);
    }
    assert!(stdout
        .contains("69\t6%\trecord\tkind=growth status=actual period=2023 subject=地区生产总值\t"));
    assert!(stdout.contains("稳经济[20]条”"));
    assert_error(
        &["--explain", "--embedded"],
        "--explain reads FILEs: not with --embedded or --compare",
    );
    assert_error(&["--explain"], "missing FILE (see --help)");
    let help = String::from_utf8(run(&["--help"]).stdout).expect("utf-8");
    assert!(help.contains("report-extract --explain FILE..."));
}
