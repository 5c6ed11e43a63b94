//! Every file that is not a report is refused with an error that names
//! what is wrong, in both languages.

mod ingest_support;

use ingest_support::{deflated_spaces, document_xml, docx, gb, zip, Method};
use report_explorer::i18n::Lang;
use report_explorer::ingest::{read, DocxFault, Foreign, IngestError, MAX_BYTES};

fn err(name: &str, bytes: &[u8]) -> IngestError {
    match read(name, bytes, &gb) {
        Ok(r) => panic!("{name} was read: {:?}", r.text),
        Err(e) => e,
    }
}

#[test]
fn empty_and_blank_files() {
    assert_eq!(err("r.txt", b""), IngestError::Empty);
    assert_eq!(err("r.txt", b" \r\n\t\n"), IngestError::Empty);
    assert_eq!(
        err("r.txt", "\u{feff}\u{3000}\n".as_bytes()),
        IngestError::Empty
    );
    assert_eq!(
        err(
            "r.html",
            b"<html><head><title>x</title></head><body> </body></html>"
        ),
        IngestError::Empty
    );
}

#[test]
fn a_file_over_the_limit() {
    let big = vec![b'a'; MAX_BYTES + 1];
    assert_eq!(
        err("r.txt", &big),
        IngestError::TooLarge {
            bytes: MAX_BYTES + 1
        }
    );
    assert_eq!(
        IngestError::TooLarge {
            bytes: MAX_BYTES + 1
        }
        .en(),
        "the file is too large (50.0 MB); the limit is 50.0 MB."
    );
}

#[test]
fn binary_bytes() {
    // Control bytes every few characters, no zero-byte pattern.
    let bytes: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 251) as u8).collect();
    assert_eq!(err("data.bin", &bytes), IngestError::Binary);
    let mut nul_heavy = "政府工作报告".repeat(50).into_bytes();
    for i in (0..nul_heavy.len()).step_by(3) {
        nul_heavy[i] = 0;
    }
    assert_eq!(err("r.txt", &nul_heavy), IngestError::Binary);
}

#[test]
fn known_formats_by_their_magic_numbers() {
    let cases: [(&[u8], Foreign); 10] = [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Foreign::Pdf),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Foreign::Png),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", Foreign::Jpeg),
        (b"GIF89a\x01\0\x01\0", Foreign::Gif),
        (b"RIFF\x24\0\0\0WEBPVP8 ", Foreign::Webp),
        (b"II*\0\x08\0\0\0", Foreign::Tiff),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", Foreign::OldOffice),
        (b"{\\rtf1\\ansi\\ansicpg936 ", Foreign::Rtf),
        (b"\x1f\x8b\x08\0\0\0\0\0", Foreign::Gzip),
        (b"Rar!\x1a\x07\x01\0", Foreign::Rar),
    ];
    for (bytes, kind) in cases {
        assert_eq!(err("report.txt", bytes), IngestError::Foreign(kind));
    }
    assert_eq!(
        IngestError::Foreign(Foreign::Pdf).zh(),
        "这是 PDF 文件，不是报告文本。请打开 .txt、.html 或 .docx 文件。"
    );
}

#[test]
fn a_zip_that_is_not_a_docx() {
    let bytes = zip(&[("data.csv", "地区,增速\n".as_bytes(), Method::Deflated)]);
    assert_eq!(err("data.zip", &bytes), IngestError::Foreign(Foreign::Zip));
    assert_eq!(err("report.docx", &bytes), IngestError::DocxNoDocument);
}

#[test]
fn a_docx_that_is_not_a_zip() {
    assert_eq!(
        err("report.docx", "政府工作报告".as_bytes()),
        IngestError::DocxNotZip
    );
    assert_eq!(err("REPORT.DOCX", b"%PDF-1.4"), IngestError::DocxNotZip);
}

#[test]
fn a_cut_or_damaged_docx() {
    let whole = docx(&document_xml(&["青石县"]), Method::Deflated);
    // Cut before the central directory: the end record is gone.
    let cut = &whole[..whole.len() / 2];
    assert_eq!(err("r.docx", cut), IngestError::Docx(DocxFault::Truncated));
    assert_eq!(err("r.zip", cut), IngestError::Foreign(Foreign::Zip));

    // Corrupt the DEFLATE stream of the document part (the last entry's data).
    let mut bad = whole.clone();
    let at = find(&bad, b"word/document.xml") + "word/document.xml".len();
    for b in &mut bad[at..at + 8] {
        *b = 0xff;
    }
    assert_eq!(err("r.docx", &bad), IngestError::Docx(DocxFault::Corrupt));
}

#[test]
fn an_encrypted_or_oddly_compressed_docx() {
    let whole = docx(&document_xml(&["青石县"]), Method::Deflated);
    let directory = directory_entry(&whole);
    assert_eq!(&whole[directory..directory + 4], b"PK\x01\x02");
    let mut encrypted = whole.clone();
    encrypted[directory + 8] |= 1;
    assert_eq!(
        err("r.docx", &encrypted),
        IngestError::Docx(DocxFault::Encrypted)
    );
    let mut bzip2 = whole.clone();
    bzip2[directory + 10] = 12;
    assert_eq!(
        err("r.docx", &bzip2),
        IngestError::Docx(DocxFault::Compression(12))
    );
    assert_eq!(
        IngestError::Docx(DocxFault::Compression(12)).en(),
        "this .docx cannot be read: unsupported compression method 12."
    );
}

#[test]
fn a_docx_that_inflates_beyond_the_limit() {
    let small = zip(&[("word/document.xml", &deflated_spaces(1000), Method::Raw)]);
    assert_eq!(err("r.docx", &small), IngestError::Empty);
    let spaces = deflated_spaces(MAX_BYTES + 1);
    let bomb = zip(&[("word/document.xml", &spaces, Method::Raw)]);
    assert!(bomb.len() < 1024 * 1024);
    assert_eq!(err("r.docx", &bomb), IngestError::Docx(DocxFault::TooLarge));
}

#[test]
fn a_docx_whose_body_is_not_utf8() {
    let bytes = zip(&[("word/document.xml", b"<w:t>\xb0\xa1</w:t>", Method::Stored)]);
    assert_eq!(err("r.docx", &bytes), IngestError::Docx(DocxFault::NotUtf8));
}

#[test]
fn a_docx_without_text_is_empty() {
    let bytes = docx(&document_xml(&[]), Method::Deflated);
    assert_eq!(err("r.docx", &bytes), IngestError::Empty);
}

#[test]
fn undecodable_text() {
    // 0xFF is never valid in GB18030, and the bytes are neither UTF-8 nor UTF-16.
    let bytes = b"\xd5\xfe\xb8\xae\xff\xff\xff report 2024";
    assert_eq!(err("r.txt", bytes), IngestError::Undecodable);
    // A UTF-16 byte-order mark on an odd number of bytes.
    assert_eq!(err("r.txt", b"\xff\xfeA\0B"), IngestError::Undecodable);
}

#[test]
fn a_text_without_chinese() {
    let english = "Government Work Report 2024\n\nGDP grew 5.2%.\n";
    assert_eq!(err("r.txt", english.as_bytes()), IngestError::NoChinese);
    assert_eq!(
        err("r.html", b"<p>Only English &amp; numbers: 2024</p>"),
        IngestError::NoChinese
    );
}

#[test]
fn messages_name_the_file_in_either_language() {
    let e = IngestError::NoChinese;
    assert_eq!(
        e.message("报告.pdf", Lang::Zh),
        "无法打开“报告.pdf”：文件里没有中文，不像是政府工作报告。"
    );
    assert_eq!(
        e.message("report.txt", Lang::En),
        "Cannot open “report.txt”: there is no Chinese in the file; it does not look like a work report."
    );
    assert_eq!(e.to_string(), e.en());
    let every = [
        IngestError::Empty,
        IngestError::TooLarge { bytes: 1 },
        IngestError::Binary,
        IngestError::Foreign(Foreign::Zip),
        IngestError::DocxNotZip,
        IngestError::DocxNoDocument,
        IngestError::Docx(DocxFault::TooLarge),
        IngestError::Undecodable,
        IngestError::NoChinese,
    ];
    let codes: Vec<&str> = every.iter().map(IngestError::code).collect();
    assert_eq!(
        codes,
        [
            "empty",
            "too-large",
            "binary",
            "foreign",
            "docx-not-zip",
            "docx-no-document",
            "docx-broken",
            "undecodable",
            "no-chinese"
        ]
    );
    for e in every {
        assert!(!e.zh().is_empty() && !e.en().is_empty());
    }
}

fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).position(|w| w == needle).unwrap()
}

/// Where the central directory's entry for the body part starts: its name
/// follows 46 bytes of header, and the directory comes after the data.
fn directory_entry(zip: &[u8]) -> usize {
    let name = b"word/document.xml";
    zip.windows(name.len()).rposition(|w| w == name).unwrap() - 46
}

#[test]
fn latin1_text_read_as_gb18030_is_not_taken_for_chinese() {
    // `é` before an ASCII letter is a valid GBK pair: one "Chinese"
    // character, which is not a report.
    assert_eq!(
        err("latin1.txt", b"abc\xe9def caf\xe9s r\xe9sum\xe9s"),
        IngestError::NoChinese
    );
}
