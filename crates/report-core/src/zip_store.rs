//! A zip archive of files stored as they are (no compression): what the
//! panel download needs to hand several files over as one, written in the
//! page. A store-only zip is a local header and the bytes per file, then a
//! central directory; every spreadsheet program and operating system opens
//! it.

/// One file of the archive: its name (UTF-8, `/` between folders) and bytes.
pub struct File<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

const LOCAL_HEADER: u32 = 0x0403_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
/// Version 2.0: what a stored entry needs.
const VERSION: u16 = 20;
/// General purpose flag bit 11: the names are UTF-8 (Chinese file names).
const UTF8_NAMES: u16 = 1 << 11;
/// 1980-01-01 00:00, the earliest DOS date: the archive is the same bytes
/// for the same files, whenever it is made.
const DOS_DATE: u16 = (1 << 5) | 1;

/// Why an archive cannot be written: the zip format without its 64-bit
/// extension counts in 16 and 32 bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    TooManyFiles,
    TooLarge,
}

/// The zip CRC-32 (reflected, polynomial 0xEDB88320). Its 256-entry table
/// is built on each call rather than shipped: crc32fast's 16 KB of tables
/// cost the single file about 12 KB gzip, and a panel is zipped once per
/// click.
pub fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |c, &b| {
        table[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// The archive of `files`, in their order.
pub fn store(files: &[File]) -> Result<Vec<u8>, ZipError> {
    let count = u16::try_from(files.len()).map_err(|_| ZipError::TooManyFiles)?;
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for file in files {
        let offset = u32::try_from(out.len()).map_err(|_| ZipError::TooLarge)?;
        let size = u32::try_from(file.bytes.len()).map_err(|_| ZipError::TooLarge)?;
        let name_len = u16::try_from(file.name.len()).map_err(|_| ZipError::TooLarge)?;
        let crc = crc32(file.bytes);
        // Shared by the local header and the directory entry, from "version
        // needed" to the name's length.
        let common = |b: &mut Vec<u8>| {
            put16(b, VERSION);
            put16(b, UTF8_NAMES);
            put16(b, 0); // stored
            put16(b, 0); // time
            put16(b, DOS_DATE);
            put32(b, crc);
            put32(b, size);
            put32(b, size);
            put16(b, name_len);
            put16(b, 0); // extra field length
        };
        put32(&mut out, LOCAL_HEADER);
        common(&mut out);
        out.extend_from_slice(file.name.as_bytes());
        out.extend_from_slice(file.bytes);

        put32(&mut directory, DIRECTORY_ENTRY);
        put16(&mut directory, VERSION); // made by
        common(&mut directory);
        put16(&mut directory, 0); // comment length
        put16(&mut directory, 0); // disk number
        put16(&mut directory, 0); // internal attributes
        put32(&mut directory, 0); // external attributes
        put32(&mut directory, offset);
        directory.extend_from_slice(file.name.as_bytes());
    }
    let directory_at = u32::try_from(out.len()).map_err(|_| ZipError::TooLarge)?;
    let directory_len = u32::try_from(directory.len()).map_err(|_| ZipError::TooLarge)?;
    out.extend_from_slice(&directory);
    put32(&mut out, END_OF_DIRECTORY);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // the directory's disk
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, directory_len);
    put32(&mut out, directory_at);
    put16(&mut out, 0); // comment length
    Ok(out)
}

fn put16(b: &mut Vec<u8>, v: u16) {
    b.extend_from_slice(&v.to_le_bytes());
}

fn put32(b: &mut Vec<u8>, v: u32) {
    b.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_of_the_check_string() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(super::crc32(b""), 0);
    }
}
