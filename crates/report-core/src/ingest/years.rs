//! The report year and the review year from what the text says outside its
//! numbered part headings (which `extract` already reads): the extractor's
//! own year cues (`extract::cues`), so the two cannot drift apart.

pub use crate::extract::cues::{first_year, in_heading, in_prose, Named};
