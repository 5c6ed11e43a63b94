//! `src/embedded/data.rs` holds what the extractor reads from the embedded
//! report today, corrections applied, and reads back to exactly that.
//!
//! When the extractor, the corrections or the text change, this test
//! rewrites the file and fails once, so the change shows up in review as a
//! diff of the data (rerun it, then commit data.rs).

use std::path::Path;

use report_explorer::embedded::{self, codegen};

#[test]
fn data_rs_is_what_the_extractor_reads_today() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/embedded/data.rs");
    let want = codegen::rust_source(&embedded::extracted());
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        std::fs::write(&path, &want).expect("write src/embedded/data.rs");
        panic!(
            "src/embedded/data.rs was stale and has been rewritten: \
             review the diff (git diff src/embedded/data.rs), rerun the tests and commit it"
        );
    }
}

#[cfg(not(feature = "synthetic-100x"))]
#[test]
fn the_tables_read_back_to_the_extracted_report() {
    assert_eq!(embedded::report(), embedded::extracted());
}
