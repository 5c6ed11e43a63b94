//! A Word document's body text: the paragraphs (`<w:p>`) of
//! `word/document.xml`, each joined from its text runs (`<w:t>`).

use super::entities;
use super::error::{DocxFault, IngestError};
use super::paragraphs::{Paragraphs, Spacing};
use super::zip;

const DOCUMENT: &str = "word/document.xml";

/// The body text of a .docx archive.
pub(super) fn text(archive: &[u8]) -> Result<String, IngestError> {
    let entry = zip::find(archive, DOCUMENT)
        .map_err(IngestError::Docx)?
        .ok_or(IngestError::DocxNoDocument)?;
    let xml = zip::read(archive, &entry).map_err(IngestError::Docx)?;
    let xml = String::from_utf8(xml).map_err(|_| IngestError::Docx(DocxFault::NotUtf8))?;
    Ok(paragraphs(xml.trim_start_matches('\u{feff}')))
}

/// Whether an archive holds a Word body, i.e. is a .docx whatever its name.
pub(super) fn is_docx(archive: &[u8]) -> bool {
    matches!(zip::find(archive, DOCUMENT), Ok(Some(_)))
}

/// Walks the XML's tags. Only text inside `<w:t>` is text; everything else
/// Word writes (properties, field codes in `<w:instrText>`, deleted text in
/// `<w:delText>`) is markup. A line break (`<w:br/>`, `<w:cr/>`) starts a
/// new paragraph: in reports it separates the lines of a title block, and
/// the extractor reads a title only from a paragraph of its own.
fn paragraphs(xml: &str) -> String {
    let mut out = Paragraphs::new(Spacing::Keep);
    let mut in_text = false;
    let mut in_tab_stops = false;
    let mut i = 0;
    while i < xml.len() {
        let Some(lt) = xml[i..].find('<').map(|n| i + n) else {
            if in_text {
                push_text(&mut out, &xml[i..]);
            }
            break;
        };
        if in_text {
            push_text(&mut out, &xml[i..lt]);
        }
        let rest = &xml[lt..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(xml.len(), |n| lt + n + 3);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        i = lt + gt + 1;
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match (name, closing) {
            ("w:p", _) => out.end(),
            ("w:t", false) => in_text = !empty,
            ("w:t", true) => in_text = false,
            ("w:tabs", c) => in_tab_stops = !c && !empty,
            // Tab stops in paragraph properties are also `<w:tab>`.
            ("w:tab", false) if !in_tab_stops => out.push('\t'),
            ("w:br" | "w:cr", false) => out.end(),
            ("w:noBreakHyphen", false) => out.push('-'),
            // The fallback repeats a text box's content for old readers.
            ("mc:Fallback", false) if !empty => {
                i = xml[i..].find("</mc:Fallback>").map_or(xml.len(), |n| i + n);
            }
            _ => {}
        }
    }
    out.finish()
}

fn push_text(out: &mut Paragraphs, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        match entities::decode(&rest[amp..]) {
            Some((c, taken)) => {
                out.push(c);
                rest = &rest[amp + taken..];
            }
            None => {
                out.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    out.push_str(rest);
}
