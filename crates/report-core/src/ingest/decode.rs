//! Bytes to text: UTF-8, UTF-16 with or without a byte-order mark, and the
//! legacy Chinese encoding (GB18030, a superset of GBK and GB2312) through a
//! decoder the caller supplies, so the page can use the browser's own.

use serde::Serialize;

use super::error::IngestError;
use super::sniff;

/// The encoding a text was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, which reads GBK and GB2312 as well.
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// A legacy decoder: the whole input as GB18030, or `None` if any byte
/// sequence is malformed (no replacement characters).
pub type Legacy<'a> = &'a dyn Fn(&[u8]) -> Option<String>;

#[derive(Debug)]
pub(super) struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    pub bom: bool,
}

/// Reads bytes as text, finding the encoding from the bytes alone:
/// a byte-order mark; else UTF-16 by its pattern of zero bytes; else, if
/// not UTF-8, UTF-16 whose code units are overwhelmingly CJK; else UTF-8;
/// else the legacy decoder. Binary content is refused before the guesses
/// that would accept almost anything.
pub(super) fn detect(bytes: &[u8], legacy: Legacy) -> Result<Decoded, IngestError> {
    if let Some((encoding, len)) = bom(bytes) {
        let body = &bytes[len..];
        let text = match encoding {
            Encoding::Utf8 => std::str::from_utf8(body).ok().map(str::to_owned),
            _ => utf16(body, encoding),
        };
        return text
            .map(|text| Decoded {
                text,
                encoding,
                bom: true,
            })
            .ok_or(IngestError::Undecodable);
    }
    if let Some(encoding) = utf16_by_zeros(bytes) {
        if let Some(text) = utf16(bytes, encoding) {
            return Ok(plain(text, encoding));
        }
    }
    let utf8 = std::str::from_utf8(bytes).ok();
    // Pure CJK UTF-16 has bytes below 0x20 everywhere, so it is told apart
    // before the binary check would refuse it.
    if utf8.is_none() {
        if let Some(encoding) = utf16_by_plausibility(bytes) {
            if let Some(text) = utf16(bytes, encoding) {
                return Ok(plain(text, encoding));
            }
        }
    }
    if sniff::is_binary(bytes) {
        return Err(IngestError::Binary);
    }
    if let Some(text) = utf8 {
        return Ok(plain(text.to_owned(), Encoding::Utf8));
    }
    legacy(bytes)
        .map(|text| plain(text, Encoding::Gb18030))
        .ok_or(IngestError::Undecodable)
}

/// Reads bytes in the encoding a web page declares, as the HTML standard
/// orders it: a byte-order mark first, then the declaration. Two kindnesses
/// where a browser would show mojibake: a page declared GBK whose bytes are
/// valid multi-byte UTF-8 was re-saved as UTF-8 with its old `<meta>` kept
/// (real GBK text is almost never valid UTF-8), and a declaration that does
/// not decode falls back to detection.
pub(super) fn declared(
    bytes: &[u8],
    charset: Option<Encoding>,
    legacy: Legacy,
) -> Result<Decoded, IngestError> {
    if bom(bytes).is_some() {
        return detect(bytes, legacy);
    }
    match charset {
        Some(Encoding::Gb18030) => {
            let utf8 = std::str::from_utf8(bytes).ok();
            if let Some(text) = utf8.filter(|t| !t.is_ascii()) {
                return Ok(plain(text.to_owned(), Encoding::Utf8));
            }
            if let Some(text) = legacy(bytes) {
                return Ok(plain(text, Encoding::Gb18030));
            }
        }
        Some(Encoding::Utf8) => {
            if let Ok(text) = std::str::from_utf8(bytes) {
                return Ok(plain(text.to_owned(), Encoding::Utf8));
            }
        }
        _ => {}
    }
    detect(bytes, legacy)
}

/// The charset a web page declares in its first 4 KB: `<meta charset="gbk">`
/// or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
/// Only the encodings we can read are returned; others mean "detect".
pub(super) fn meta_charset(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = find(&lower, b"charset")?;
    let rest = &lower[at + b"charset".len()..];
    let rest = trim_ascii_start(rest);
    let rest = trim_ascii_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')))
        .unwrap_or(rest.len());
    match &rest[..end] {
        b"utf-8" | b"utf8" => Some(Encoding::Utf8),
        b"gb18030" | b"gbk" | b"gb2312" | b"x-gbk" | b"cp936" | b"euc-cn" | b"csgb2312" => {
            Some(Encoding::Gb18030)
        }
        _ => None,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_ascii_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn plain(text: String, encoding: Encoding) -> Decoded {
    Decoded {
        text,
        encoding,
        bom: false,
    }
}

fn bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        Some((Encoding::Utf8, 3))
    } else if bytes.starts_with(b"\xff\xfe") {
        Some((Encoding::Utf16Le, 2))
    } else if bytes.starts_with(b"\xfe\xff") {
        Some((Encoding::Utf16Be, 2))
    } else {
        None
    }
}

/// Strict UTF-16: an odd byte count or an unpaired surrogate is not UTF-16.
fn utf16(bytes: &[u8], encoding: Encoding) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|p| match encoding {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// The sample the UTF-16 guesses look at: the first 64 KB, an even count.
fn sample(bytes: &[u8]) -> &[u8] {
    let n = bytes.len().min(64 * 1024) & !1;
    &bytes[..n]
}

/// UTF-16 of mostly ASCII (or CJK with ASCII digits, punctuation and line
/// breaks) has its zero bytes on one side of each pair: the high byte of
/// `A` (U+0041). Text in one-byte encodings has no zero bytes at all.
fn utf16_by_zeros(bytes: &[u8]) -> Option<Encoding> {
    let s = sample(bytes);
    let pairs = s.len() / 2;
    if pairs == 0 {
        return None;
    }
    let even = s.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = s.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let regular = |many: usize, few: usize| many * 20 >= pairs && few * 10 <= many;
    if regular(odd, even) {
        Some(Encoding::Utf16Le)
    } else if regular(even, odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// UTF-16 of Chinese with no ASCII at all (not even a line break) has no
/// zero bytes. Read the right way round it is nearly all ideographs and
/// CJK or full-width punctuation, and much of it lies at U+8000 and above
/// or is punctuation. GBK or UTF-8 bytes read as UTF-16 land in Hangul,
/// the surrogates and the private use area; ASCII read in pairs can look
/// like ideographs (`<h` is U+683C) but never reaches U+8000 or the
/// punctuation blocks, which is why that share is required too.
fn utf16_by_plausibility(bytes: &[u8]) -> Option<Encoding> {
    let s = sample(bytes);
    if s.len() < 4 {
        return None;
    }
    let units = s.len() / 2;
    let score = |be: bool| {
        let (mut textual, mut telling) = (0, 0);
        for p in s.chunks_exact(2) {
            let u = if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            };
            if let Some(tells) = chinese_unit(u) {
                textual += 1;
                telling += usize::from(tells);
            }
        }
        (textual * 100 / units, telling * 100 / units)
    };
    let ((le, le_tell), (be, be_tell)) = (score(false), score(true));
    if le >= 90 && le_tell >= 10 && le > be {
        Some(Encoding::Utf16Le)
    } else if be >= 90 && be_tell >= 10 && be > le {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Whether a code unit belongs to Chinese prose without ASCII, and if so
/// whether it is one that ASCII read in pairs cannot produce.
fn chinese_unit(u: u16) -> Option<bool> {
    match u {
        0x3000..=0x303f | 0xff00..=0xffef | 0x8000..=0x9fff => Some(true),
        0x2000..=0x206f | 0x3400..=0x4dbf | 0x4e00..=0x7fff => Some(false),
        _ => None,
    }
}
