//! The panel download: a store-only zip that an independent reader
//! (Python's zipfile, which checks every CRC) opens, holding the long table
//! with the report columns on every row, the outcomes table and a README.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use report_explorer::extract::extract;
use report_explorer::i18n::Lang;
use report_explorer::panel;
use report_explorer::zip_store::{store, File};

/// Each entry of `zip` as `(name, text)`, read by Python's zipfile after
/// `testzip()` checked every CRC.
fn unzip(name: &str, zip: &[u8]) -> Vec<(String, String)> {
    // Tests run in parallel: each its own file.
    let path = std::env::temp_dir().join(format!("{name}-{}.zip", std::process::id()));
    std::fs::write(&path, zip).unwrap();
    let script = "import json,sys,zipfile\n\
                  z = zipfile.ZipFile(sys.argv[1])\n\
                  assert z.testzip() is None\n\
                  print(json.dumps([[i.filename, z.read(i).decode('utf-8')] for i in z.infolist()]))";
    let out = Command::new("python3")
        .args(["-c", script, path.to_str().unwrap()])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_store_only_zip_reads_back_with_utf8_names() {
    let zip = store(&[
        File {
            name: "说明.txt",
            bytes: "各位代表".as_bytes(),
        },
        File {
            name: "data/empty.csv",
            bytes: b"",
        },
    ])
    .unwrap();
    assert_eq!(
        unzip("names", &zip),
        [
            ("说明.txt".to_owned(), "各位代表".to_owned()),
            ("data/empty.csv".to_owned(), String::new())
        ]
    );
}

#[test]
fn the_panel_has_every_report_and_the_outcomes_of_consecutive_ones() {
    let reports = [
        extract(include_str!("fixtures/compare/qingyan-2023.txt")),
        extract(include_str!("fixtures/compare/qingyan-2024.txt")),
    ];
    let files = unzip("panel", &panel::zip(&reports, Lang::Zh).unwrap());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["README.txt", "panel.csv", "panel.json", "outcomes.csv"]
    );
    let csv = &files[1].1;
    assert!(csv.starts_with('\u{feff}'), "BOM for Excel");
    let rows: Vec<&str> = csv
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .collect();
    let total: usize = reports.iter().map(|r| r.indicators.len()).sum();
    assert_eq!(rows.len(), total);
    for (r, report) in reports.iter().enumerate() {
        let front = format!(
            "青岩市,city,{},{},{},",
            report.meta.report_year.unwrap(),
            report.meta.review_year.unwrap(),
            report.meta.id
        );
        let n = rows.iter().filter(|row| row.starts_with(&front)).count();
        assert_eq!(n, report.indicators.len(), "report {r}: {front}");
    }
    let json: serde_json::Value = serde_json::from_str(&files[2].1).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    let outcomes = &files[3].1;
    assert_eq!(
        outcomes.split("\r\n").filter(|l| !l.is_empty()).count(),
        1 + 11
    );
    assert!(
        files[0].1.contains("- 青岩市 2023 (city, "),
        "{}",
        files[0].1
    );
    assert!(files[0].1.contains("1 pair(s) of consecutive reports"));
}
