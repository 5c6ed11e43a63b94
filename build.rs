//! Reads every report in `assets/data/reports/` ahead of time and writes
//! them as statics for the app (`$OUT_DIR/embedded.rs`, included by
//! `src/embedded/mod.rs`).
//!
//! A report is `NAME.txt` (UTF-8), with two optional sidecars:
//! `NAME.meta.json` (`place`, `level`, `report_year` over what the text
//! says, and a `why`) and `NAME.corrections.json` (reviewed fixes, see
//! `report_core::corrections`). Reports are embedded in file-name order;
//! the first is the one the page opens on. A sidecar that does not parse or
//! a correction that no longer applies stops the build with its reason.
//!
//! `REPORT_EXPLORER_REPORTS=DIR` embeds the reports in DIR instead (a
//! portal's own collection, the benchmark's collection build).
//!
//! The stylesheets are not the wasm's: tools/singlefile.py puts them in
//! the script and in the single file's HTML.

use std::path::{Path, PathBuf};

use report_core::embed::{self, codegen};

const DIR: &str = "assets/data/reports";

fn main() {
    println!("cargo:rerun-if-env-changed=REPORT_EXPLORER_REPORTS");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let dir = match std::env::var_os("REPORT_EXPLORER_REPORTS") {
        Some(dir) => root.join(dir),
        None => root.join(DIR),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", dir.display())))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    if texts.is_empty() {
        fail(&format!("{} holds no report (NAME.txt)", dir.display()));
    }

    let prepared: Vec<(String, embed::Prepared)> = texts
        .iter()
        .map(|path| (path_literal(path), prepare(path)))
        .collect();
    let fixes: Vec<_> = prepared
        .iter()
        .map(|(_, p)| embed::fixes_between(&p.raw.indicators, &p.report.indicators))
        .collect();
    let entries: Vec<codegen::Entry> = prepared
        .iter()
        .zip(&fixes)
        .map(|((path, p), fixes)| codegen::Entry {
            path,
            options: &p.options,
            report: &p.report,
            fixes,
        })
        .collect();

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    write(
        &out_dir.join("embedded.rs"),
        &codegen::rust_source(&entries),
    );
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn prepare(path: &Path) -> embed::Prepared {
    println!("cargo:rerun-if-changed={}", path.display());
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_else(|| fail(&format!("{} is not a UTF-8 name", path.display())));
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("cannot read {name} as UTF-8 text: {e}")));
    let sidecar = |ext: &str| {
        let side = path.with_extension(ext);
        println!("cargo:rerun-if-changed={}", side.display());
        std::fs::read_to_string(&side).ok()
    };
    let meta = sidecar("meta.json");
    let corrections = sidecar("corrections.json");
    embed::prepare(name, &text, meta.as_deref(), corrections.as_deref())
        .unwrap_or_else(|e| fail(&format!("{name}: {e}")))
}

/// The path as `include_str!` takes it from anywhere: absolute.
fn path_literal(path: &Path) -> String {
    path.to_str()
        .unwrap_or_else(|| fail(&format!("{} is not a UTF-8 path", path.display())))
        .to_owned()
}

fn fail(message: &str) -> ! {
    eprintln!("build.rs: {message}");
    std::process::exit(1)
}
