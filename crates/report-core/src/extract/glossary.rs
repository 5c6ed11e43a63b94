//! The extractor names subjects in English from the crate's glossary
//! (`crate::glossary`), which the interface shares for counts and headings.

pub use crate::glossary::english;
