//! What the build embeds: every report in `assets/data/reports/`, read by
//! `build.rs`. Each must read as the build read it (the count of records
//! it wrote), and its records match a reviewable JSON snapshot, so a change to the extractor shows up in review as a diff of
//! the data. When the change is meant, rewrite the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test --test embedded_data` and commit them.

use std::path::PathBuf;

use report_explorer::embedded;

fn snapshot_path(source: &str) -> PathBuf {
    let stem = source.strip_suffix(".txt").unwrap_or(source);
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/snapshots/{stem}.json"))
}

#[test]
fn every_embedded_report_matches_its_snapshot() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for e in embedded::all() {
        let report = e.report();
        let mut want = serde_json::to_string_pretty(&serde_json::json!({
            "meta": report.meta,
            "indicators": report.indicators,
        }))
        .expect("a report serialises");
        want.push('\n');
        let path = snapshot_path(e.meta.source);
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if update {
                std::fs::create_dir_all(path.parent().expect("under tests/")).expect("mkdir");
                std::fs::write(&path, &want).expect("write the snapshot");
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "the embedded data changed; if that is meant, run \
         `UPDATE_SNAPSHOTS=1 cargo test --test embedded_data`, review `git diff tests/snapshots` \
         and commit it. Stale: {stale:?}"
    );
}

#[test]
fn the_first_report_is_the_mudanjiang_report() {
    let first = &embedded::all()[0];
    assert_eq!(first.meta.city, "牡丹江市");
    assert_eq!(first.meta.report_year, Some(2024));
    assert_eq!(first.indicators, 209);
    assert_eq!(first.fixes.len(), 3, "one per reviewed correction");
}

#[cfg(not(feature = "synthetic-100x"))]
#[test]
fn the_page_opens_on_the_first_report_as_built() {
    assert_eq!(embedded::report(), embedded::extracted());
}

#[test]
fn every_report_reads_as_its_build_did() {
    for e in embedded::all() {
        let read = e.report();
        assert_eq!(read.indicators.len(), e.indicators, "{}", e.meta.source);
        assert_eq!(read.meta.source, e.meta.source);
        if !e.fixes.is_empty() {
            assert_ne!(e.raw(), read, "{}: its fixes apply", e.meta.source);
        }
    }
}
