//! Read a Chinese city government work report (政府工作报告) as data.
//!
//! The workspace has two crates. The **core** (`crates/report-core`,
//! re-exported here whole, so `report_explorer::extract` and
//! `crate::model` name the same things) is plain Rust with no browser
//! dependency: the model, the parser and extractor, ingest, queries,
//! aggregation, chart specs, the state and its hash codec, exports. This
//! crate adds the reports built into the app ([`embedded`], written by
//! `build.rs`), the `report-extract` command-line tool, and the **UI**
//! (`ui`), a Yew app that exists only on `wasm32`: its crates are
//! wasm32-only dependencies, so the core cannot reach the browser even by
//! accident.

pub use report_core::*;

pub mod embedded;

#[cfg(target_arch = "wasm32")]
pub mod ui;
