//! The browser-free core of the report explorer (政府工作报告 as data).
//!
//! Plain Rust: the data model, the text → structure parser, the text →
//! indicator extractor, reading files (encodings, HTML, .docx), queries,
//! aggregation, chart specs, the app's state and its URL-hash codec, and
//! exports. It has no browser dependency at all, so it builds and tests
//! natively, serves the `report-extract` command-line tool, and runs in the
//! app's build script, which reads the embedded reports ahead of time.

pub mod aggregate;
pub mod case;
pub mod chart;
mod coded;
pub mod compare;
pub mod corrections;
pub mod csv_export;
pub mod decimal;
pub mod embed;
pub mod export;
pub mod export_name;
pub mod extract;
pub mod format;
pub mod glossary;
pub mod hash;
pub mod host_hash;
pub mod i18n;
pub mod ingest;
pub mod json;
pub mod library;
pub mod messages;
pub mod model;
pub mod notice;
pub mod numerals;
pub mod order;
pub mod overview;
pub mod palette;
pub mod panel;
pub mod query;
pub mod reader;
pub mod report;
pub mod row_name;
pub mod search;
pub mod set;
pub mod state;
pub mod structure;
pub mod synthetic;
pub mod text;
pub mod zip_store;

#[cfg(test)]
pub(crate) mod testing;
