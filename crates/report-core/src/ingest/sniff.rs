//! What a file is, from its first bytes and, as a hint only, its name.

use super::error::Foreign;

/// A zip's local file header, or the end record of an empty zip.
pub(super) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// A file format that is certainly not text, by its magic number. Zips are
/// left to the caller, which looks inside for a .docx first.
pub(super) fn foreign(bytes: &[u8]) -> Option<Foreign> {
    const MAGIC: &[(&[u8], Foreign)] = &[
        (b"%PDF-", Foreign::Pdf),
        (b"\x89PNG\r\n\x1a\n", Foreign::Png),
        (b"\xff\xd8\xff", Foreign::Jpeg),
        (b"GIF87a", Foreign::Gif),
        (b"GIF89a", Foreign::Gif),
        (b"II*\x00", Foreign::Tiff),
        (b"MM\x00*", Foreign::Tiff),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Foreign::OldOffice),
        (b"{\\rtf", Foreign::Rtf),
        (b"\x1f\x8b", Foreign::Gzip),
        (b"7z\xbc\xaf\x27\x1c", Foreign::SevenZip),
        (b"Rar!\x1a\x07", Foreign::Rar),
    ];
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some(Foreign::Webp);
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

/// The file name's extension, lower-cased: `docx` for `报告.DOCX`.
pub(super) fn extension(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// Whether decoded text opens like an HTML document: a doctype or one of
/// the tags a saved page starts with, after whitespace and comments.
pub(super) fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // An XML declaration or comments may come first (XHTML, saved pages).
    loop {
        if rest.starts_with("<?xml") || rest.starts_with("<!--") {
            let close = if rest.starts_with("<!--") {
                "-->"
            } else {
                "?>"
            };
            match rest.find(close) {
                Some(i) => rest = rest[i + close.len()..].trim_start(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let head: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<meta",
        "<body",
        "<title",
    ]
    .iter()
    .any(|t| head.starts_with(t))
}

/// Bytes that no text file has in number: NUL and the C0 controls other
/// than tab, line feed, form feed, carriage return and escape. Counted over
/// the first 64 KB, which decides for any real file.
pub(super) fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | 0x1b))
        .count();
    // One stray control in a text is common (a form feed, a ^Z at the end);
    // binary formats have them every few bytes.
    controls > 8 && controls * 100 > sample.len()
}
