//! Just enough of the zip format to take one file out of a .docx: the
//! central directory names the entries and where they are; an entry is
//! stored or DEFLATE-compressed. Every offset is checked against the bytes
//! we have, so a cut or forged archive is an error, never a panic.

use super::error::{DocxFault, MAX_BYTES};

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

/// One entry as the central directory describes it.
pub(super) struct Entry {
    flags: u16,
    method: u16,
    compressed: usize,
    local_header: usize,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The entry named `name`, if the archive has it. Backslashes count as
/// slashes: some Windows tools wrote them.
pub(super) fn find(zip: &[u8], name: &str) -> Result<Option<Entry>, DocxFault> {
    let end = end_of_directory(zip).ok_or(DocxFault::Truncated)?;
    let count = usize::from(u16_at(zip, end + 10).ok_or(DocxFault::Truncated)?);
    let mut at = u32_at(zip, end + 16).ok_or(DocxFault::Truncated)? as usize;
    for _ in 0..count {
        if u32_at(zip, at) != Some(DIRECTORY_ENTRY) {
            return Err(DocxFault::Truncated);
        }
        let field = |off| u16_at(zip, at + off).ok_or(DocxFault::Truncated);
        let name_len = usize::from(field(28)?);
        let extra_len = usize::from(field(30)?);
        let comment_len = usize::from(field(32)?);
        let entry_name = zip
            .get(at + 46..at + 46 + name_len)
            .ok_or(DocxFault::Truncated)?;
        let matches = entry_name.len() == name.len()
            && entry_name
                .iter()
                .zip(name.bytes())
                .all(|(&a, b)| a == b || (a == b'\\' && b == b'/'));
        if matches {
            return Ok(Some(Entry {
                flags: field(8)?,
                method: field(10)?,
                compressed: u32_at(zip, at + 20).ok_or(DocxFault::Truncated)? as usize,
                local_header: u32_at(zip, at + 42).ok_or(DocxFault::Truncated)? as usize,
            }));
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(None)
}

/// The end-of-central-directory record: 22 bytes, followed by a comment of
/// at most 65,535 bytes, so it is searched for backwards from the end.
fn end_of_directory(zip: &[u8]) -> Option<usize> {
    let last = zip.len().checked_sub(22)?;
    let first = last.saturating_sub(u16::MAX as usize);
    (first..=last)
        .rev()
        .find(|&at| u32_at(zip, at) == Some(END_OF_DIRECTORY))
}

/// The entry's bytes, inflated. A zip64 archive (sizes of 0xFFFFFFFF) is
/// reported as truncated: a report's .docx is far below 4 GB, and the
/// sizes we would need are not where this reader looks.
pub(super) fn read(zip: &[u8], entry: &Entry) -> Result<Vec<u8>, DocxFault> {
    if entry.flags & 1 != 0 {
        return Err(DocxFault::Encrypted);
    }
    let at = entry.local_header;
    if u32_at(zip, at) != Some(LOCAL_HEADER) {
        return Err(DocxFault::Truncated);
    }
    let name_len = usize::from(u16_at(zip, at + 26).ok_or(DocxFault::Truncated)?);
    let extra_len = usize::from(u16_at(zip, at + 28).ok_or(DocxFault::Truncated)?);
    let start = at + 30 + name_len + extra_len;
    let data = start
        .checked_add(entry.compressed)
        .and_then(|end| zip.get(start..end))
        .ok_or(DocxFault::Truncated)?;
    match entry.method {
        0 if data.len() > MAX_BYTES => Err(DocxFault::TooLarge),
        0 => Ok(data.to_vec()),
        8 => {
            miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_BYTES).map_err(|e| match e
                .status
            {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => DocxFault::TooLarge,
                _ => DocxFault::Corrupt,
            })
        }
        m => Err(DocxFault::Compression(m)),
    }
}
