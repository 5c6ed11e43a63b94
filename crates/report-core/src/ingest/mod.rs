//! Any file a user opens, read as a report's text: the format and encoding
//! detected from the bytes (the name is only a hint), the text the
//! extractor reads, what the report is (place, level, years, title, each
//! with where it was read) and a stable id.
//!
//! Formats: plain text (UTF-8 with or without BOM, UTF-16 with or without
//! BOM, GB18030/GBK), a saved web page, a Word .docx. Everything else is a
//! typed [`IngestError`] whose message names what is wrong, in Chinese and
//! English.
//!
//! The legacy Chinese encoding is decoded by a function the caller passes:
//! natively [`gb18030`] (encoding_rs, a native-only dependency); in the page
//! the browser's `new TextDecoder('gb18030', { fatal: true })`, which costs
//! the app nothing. Either must return `None` rather than replace a
//! malformed sequence, so that a file in some other encoding is refused, not
//! shown as mojibake.
//!
//! Line ends are left as the file has them (the extractor reads CR, CRLF
//! and LF alike); text made from markup has LF paragraphs separated by a
//! blank line, which is how the extractor finds paragraphs.

mod decode;
mod docx;
mod entities;
mod error;
mod html;
mod id;
mod meta;
mod paragraphs;
mod place;
mod sniff;
mod years;
mod zip;

use serde::Serialize;

pub use decode::{Encoding, Legacy};
pub use error::{DocxFault, Foreign, IngestError, MAX_BYTES};
pub use id::report_id;
pub use meta::{infer, infer_from, Inferred, InferredMeta, Origin};
pub use place::{level_of, Level};

use crate::coded::coded;
use crate::report::Report;

coded! {
    /// The kind of file the text was read from.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Format {
        Text = ("text", "纯文本", "plain text"),
        Html = ("html", "网页", "web page"),
        Docx = ("docx", "Word 文档", "Word document"),
    }
}

/// A file read as a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ingested {
    /// The text the extractor reads, without a byte-order mark.
    pub text: String,
    pub format: Format,
    /// The encoding of the file's text; UTF-8 for a .docx, whose XML is.
    pub encoding: Encoding,
    /// Whether the file began with a byte-order mark.
    pub bom: bool,
    pub meta: InferredMeta,
    /// See [`report_id`].
    pub id: String,
}

/// Reads one file. `name` is the file's name, a hint only: a .docx is
/// recognised by its content whatever it is called, but a file named
/// `.docx` that is not one is refused as such, and a `.html` name makes a
/// page of markup read as one even when it does not open like a page.
pub fn read(name: &str, bytes: &[u8], legacy: Legacy) -> Result<Ingested, IngestError> {
    read_with_report(name, bytes, legacy).map(|(ingested, _)| ingested)
}

/// [`read`], with the extractor's reading of the text with no options
/// (`extract::extract`), which inferring the metadata needs anyway: the
/// page reuses it rather than reading a report twice.
pub fn read_with_report(
    name: &str,
    bytes: &[u8],
    legacy: Legacy,
) -> Result<(Ingested, Report), IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(IngestError::TooLarge { bytes: bytes.len() });
    }
    let ext = sniff::extension(name);
    if sniff::is_zip(bytes) {
        return if ext == "docx" || docx::is_docx(bytes) {
            let text = docx::text(bytes)?;
            finish(text, Format::Docx, Encoding::Utf8, false)
        } else {
            Err(IngestError::Foreign(Foreign::Zip))
        };
    }
    if ext == "docx" {
        return Err(IngestError::DocxNotZip);
    }
    if let Some(kind) = sniff::foreign(bytes) {
        return Err(IngestError::Foreign(kind));
    }
    let named_html = matches!(ext.as_str(), "html" | "htm" | "xhtml" | "shtml");
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
    let decoded = if named_html || sniff::looks_like_html(&head) {
        decode::declared(bytes, decode::meta_charset(bytes), legacy)?
    } else {
        decode::detect(bytes, legacy)?
    };
    if control_heavy(&decoded.text) {
        return Err(IngestError::Binary);
    }
    // UTF-16 pages only show that they are pages once decoded.
    if named_html || sniff::looks_like_html(&decoded.text) {
        let text = html::to_text(&decoded.text);
        finish(text, Format::Html, decoded.encoding, decoded.bom)
    } else {
        finish(decoded.text, Format::Text, decoded.encoding, decoded.bom)
    }
}

/// The native legacy decoder: GB18030 (which reads GBK and GB2312), strict.
#[cfg(not(target_arch = "wasm32"))]
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(std::borrow::Cow::into_owned)
}

/// [`read`] with the native GB18030 decoder: what the command-line tool calls.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_native(name: &str, bytes: &[u8]) -> Result<Ingested, IngestError> {
    read(name, bytes, &gb18030)
}

/// Are two Chinese characters next to each other anywhere in `text`?
fn has_han_pair(text: &str) -> bool {
    let mut previous = false;
    text.chars().any(|c| {
        let han = is_han(c);
        let pair = previous && han;
        previous = han;
        pair
    })
}

fn finish(
    text: String,
    format: Format,
    encoding: Encoding,
    bom: bool,
) -> Result<(Ingested, Report), IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    // Latin-1 or Windows-1252 text read as GB18030 turns each accented
    // letter and the letter after it into one lone "Chinese" character
    // (`café s` has one); Chinese writes characters side by side.
    if !has_han_pair(&text) {
        return Err(IngestError::NoChinese);
    }
    let base = crate::extract::extract(&text);
    let ingested = Ingested {
        meta: meta::infer_from(&text, &base),
        id: report_id(&text),
        text,
        format,
        encoding,
        bom,
    };
    Ok((ingested, base))
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{20000}'..='\u{3134f}')
}

/// Decoded text that is still mostly control characters came from binary
/// bytes that happened to decode (UTF-16 is any even run of bytes).
fn control_heavy(text: &str) -> bool {
    let (mut controls, mut all) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        all += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}' | '\u{1b}');
        controls += usize::from(control);
    }
    controls > 8 && controls * 100 > all
}
