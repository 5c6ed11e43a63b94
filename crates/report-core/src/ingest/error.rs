//! Why a file could not be read as a report, in words the page can show.

use std::fmt;

use crate::decimal;
use crate::i18n::Lang;
use crate::messages::{tf, Tpl};

/// The largest file we read. A report is tens to hundreds of KB as text and
/// a few MB as a .docx with pictures; 50 MB leaves room for a saved page
/// with inline images while keeping the page's memory bounded.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// A kind of file that is recognisably not a report text, by its magic number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foreign {
    Pdf,
    Png,
    Jpeg,
    Gif,
    Webp,
    Tiff,
    /// A zip archive that is not a .docx (no `word/document.xml`).
    Zip,
    /// The Word 97–2003 `.doc` (and `.xls`, `.ppt`): an OLE2 compound file.
    OldOffice,
    Rtf,
    Gzip,
    SevenZip,
    Rar,
}

impl Foreign {
    pub fn name(self) -> &'static str {
        match self {
            Foreign::Pdf => "PDF",
            Foreign::Png => "PNG",
            Foreign::Jpeg => "JPEG",
            Foreign::Gif => "GIF",
            Foreign::Webp => "WebP",
            Foreign::Tiff => "TIFF",
            Foreign::Zip => "ZIP",
            Foreign::OldOffice => "Word 97–2003 (.doc)",
            Foreign::Rtf => "RTF",
            Foreign::Gzip => "gzip",
            Foreign::SevenZip => "7z",
            Foreign::Rar => "RAR",
        }
    }
}

/// What is wrong with a .docx that is a zip but cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocxFault {
    /// The zip's directory is cut short or points outside the file.
    Truncated,
    /// The document part is encrypted (a password-protected file).
    Encrypted,
    /// Compressed with something other than stored or DEFLATE.
    Compression(u16),
    /// The DEFLATE stream is corrupt.
    Corrupt,
    /// The document part inflates beyond [`MAX_BYTES`] (a zip bomb, or not a report).
    TooLarge,
    /// The document part is not UTF-8 XML.
    NotUtf8,
}

/// Why a file was not read. Every variant names what is wrong; `zh` and
/// `en` say it in a sentence the page prefixes with the file's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not text: many NUL or control bytes, and not UTF-16.
    Binary,
    Foreign(Foreign),
    /// Named .docx but not a zip archive.
    DocxNotZip,
    /// A zip without `word/document.xml`.
    DocxNoDocument,
    Docx(DocxFault),
    /// Neither UTF-8, UTF-16 nor GB18030 (nor the page's declared charset).
    Undecodable,
    /// Decoded, but not one Chinese character in it.
    NoChinese,
}

impl IngestError {
    /// A stable id for tests and logs.
    pub fn code(&self) -> &'static str {
        match self {
            IngestError::Empty => "empty",
            IngestError::TooLarge { .. } => "too-large",
            IngestError::Binary => "binary",
            IngestError::Foreign(_) => "foreign",
            IngestError::DocxNotZip => "docx-not-zip",
            IngestError::DocxNoDocument => "docx-no-document",
            IngestError::Docx(_) => "docx-broken",
            IngestError::Undecodable => "undecodable",
            IngestError::NoChinese => "no-chinese",
        }
    }

    pub fn zh(&self) -> String {
        match self {
            IngestError::Empty => "文件是空的。".into(),
            IngestError::TooLarge { bytes } => format!(
                "文件太大（{}），上限为 {}。",
                megabytes(*bytes),
                megabytes(MAX_BYTES)
            ),
            IngestError::Binary => "这不是文本文件（含大量二进制字节）。".into(),
            IngestError::Foreign(kind) => format!(
                "这是 {} 文件，不是报告文本。请打开 .txt、.html 或 .docx 文件。",
                kind.name()
            ),
            IngestError::DocxNotZip => {
                "文件名是 .docx，但内容不是 Word 文档（不是 zip 压缩包）。".into()
            }
            IngestError::DocxNoDocument => {
                "这个 .docx 压缩包里没有正文（缺少 word/document.xml）。".into()
            }
            IngestError::Docx(fault) => format!("无法读取这个 .docx：{}。", docx_zh(*fault)),
            IngestError::Undecodable => {
                "无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）。".into()
            }
            IngestError::NoChinese => "文件里没有中文，不像是政府工作报告。".into(),
        }
    }

    pub fn en(&self) -> String {
        match self {
            IngestError::Empty => "the file is empty.".into(),
            IngestError::TooLarge { bytes } => format!(
                "the file is too large ({}); the limit is {}.",
                megabytes(*bytes),
                megabytes(MAX_BYTES)
            ),
            IngestError::Binary => "this is not a text file (it is full of binary bytes).".into(),
            IngestError::Foreign(kind) => format!(
                "this is a {} file, not a report's text. Open a .txt, .html or .docx file.",
                kind.name()
            ),
            IngestError::DocxNotZip => {
                "the name says .docx but the content is not a Word document (not a zip archive)."
                    .into()
            }
            IngestError::DocxNoDocument => {
                "this .docx archive has no body text (word/document.xml is missing).".into()
            }
            IngestError::Docx(fault) => format!("this .docx cannot be read: {}.", docx_en(*fault)),
            IngestError::Undecodable => {
                "the text encoding is not recognised (not UTF-8, UTF-16 or GB18030/GBK).".into()
            }
            IngestError::NoChinese => {
                "there is no Chinese in the file; it does not look like a work report.".into()
            }
        }
    }

    /// The sentence the page shows: the file's name, then what is wrong.
    pub fn message(&self, file: &str, lang: Lang) -> String {
        let why = match lang {
            Lang::Zh => self.zh(),
            Lang::En => self.en(),
        };
        tf(lang, Tpl::CannotOpen, &[&file, &why])
    }
}

fn docx_zh(fault: DocxFault) -> String {
    match fault {
        DocxFault::Truncated => "压缩包不完整或已损坏".into(),
        DocxFault::Encrypted => "文档已加密".into(),
        DocxFault::Compression(m) => format!("不支持的压缩方式（{m}）"),
        DocxFault::Corrupt => "压缩数据已损坏".into(),
        DocxFault::TooLarge => format!("正文解压后超过 {}", megabytes(MAX_BYTES)),
        DocxFault::NotUtf8 => "正文不是 UTF-8 编码的 XML".into(),
    }
}

fn docx_en(fault: DocxFault) -> String {
    match fault {
        DocxFault::Truncated => "the archive is cut short or damaged".into(),
        DocxFault::Encrypted => "the document is encrypted".into(),
        DocxFault::Compression(m) => format!("unsupported compression method {m}"),
        DocxFault::Corrupt => "the compressed data is damaged".into(),
        DocxFault::TooLarge => format!("the body inflates beyond {}", megabytes(MAX_BYTES)),
        DocxFault::NotUtf8 => "the body is not UTF-8 XML".into(),
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{} MB", decimal::fixed(bytes as f64 / (1024.0 * 1024.0), 1))
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for IngestError {}
