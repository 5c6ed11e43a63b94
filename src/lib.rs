//! Read a Chinese city government work report (政府工作报告) as data.
//!
//! The crate has two halves. The **core** (every module below except `ui`)
//! is plain Rust: the data model, the text → structure parser, the
//! text → indicator extractor, queries and exports. It builds and tests
//! natively and is shared by the `report-extract` command-line tool and the
//! browser app. The **UI** (`ui`) is a Yew app that exists only on `wasm32`;
//! its crates are wasm32-only dependencies, so the core cannot reach the
//! browser even by accident.

pub mod aggregate;
pub mod chart;
mod coded;
pub mod compare;
pub mod corrections;
pub mod csv_export;
pub mod embedded;
pub mod export;
pub mod export_name;
pub mod extract;
pub mod format;
pub mod glossary;
pub mod hash;
pub mod host_hash;
pub mod i18n;
pub mod ingest;
pub mod library;
pub mod model;
pub mod notice;
pub mod numerals;
pub mod overview;
pub mod palette;
pub mod panel;
pub mod query;
pub mod reader;
pub mod report;
pub mod search;
pub mod state;
pub mod structure;
pub mod synthetic;
pub mod zip_store;

#[cfg(target_arch = "wasm32")]
pub mod ui;
