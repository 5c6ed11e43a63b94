//! A saved web page to the text a reader sees: block elements become
//! paragraph breaks, what is never shown (head, scripts, styles) is dropped,
//! character references are decoded. Not a full HTML parser: a report page
//! is paragraphs of prose, and this reads those the way a browser shows them.

use super::entities;
use super::paragraphs::{Paragraphs, Spacing};

/// Elements whose content is never shown as text. `title` lives in the head
/// (dropped anyway) but pages without a `<head>` tag put it first.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "title", "svg", "math", "iframe",
    "object",
];

/// Elements that begin and end a line in a browser's rendering.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "address",
    "center",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "body",
    "html",
];

pub(super) fn to_text(html: &str) -> String {
    // ASCII lower-casing keeps every byte offset, so positions found in
    // `lower` index `html` too.
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut out = Paragraphs::new(Spacing::Collapse);
    let mut pre = 0usize;
    let mut head_unclosed = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => i = tag(&lower, i, &mut out, &mut pre, &mut head_unclosed),
            b'&' => match entities::decode(&html[i..]) {
                Some((c, taken)) => {
                    out.push(c);
                    i += taken;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            },
            _ => {
                let end = html[i..].find(['<', '&']).map_or(html.len(), |n| i + n);
                for c in html[i..end].chars() {
                    if pre > 0 && c == '\n' {
                        out.end();
                    } else {
                        out.push(c);
                    }
                }
                i = end;
            }
        }
    }
    out.finish()
}

/// Handles the markup at `i` (a `<`) and returns where text resumes.
/// `head_unclosed` remembers that a head had neither end, so a page of
/// repeated `<head>` tags is not searched to its end again and again.
fn tag(
    lower: &str,
    i: usize,
    out: &mut Paragraphs,
    pre: &mut usize,
    head_unclosed: &mut bool,
) -> usize {
    let rest = &lower[i..];
    if let Some(comment) = rest.strip_prefix("<!--") {
        return comment.find("-->").map_or(lower.len(), |n| i + 4 + n + 3);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return after_gt(lower, i + 2);
    }
    let closing = rest.starts_with("</");
    let name_at = i + if closing { 2 } else { 1 };
    let name_len = lower[name_at..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    if name_len == 0 || !lower.as_bytes()[name_at].is_ascii_alphabetic() {
        // `< 5` or `<>` in prose: a literal angle bracket.
        out.push('<');
        return i + 1;
    }
    let name = &lower[name_at..name_at + name_len];
    let end = tag_end(lower, name_at + name_len);
    if BLOCK.contains(&name) {
        out.end();
    } else if closing && matches!(name, "td" | "th") {
        out.cell();
    }
    if name == "pre" {
        *pre = if closing {
            pre.saturating_sub(1)
        } else {
            *pre + 1
        };
    }
    if closing {
        return end;
    }
    if name == "head" && !*head_unclosed {
        // The head's end tag is optional: the body's start ends it too.
        return match (
            find_from(lower, end, "</head"),
            find_from(lower, end, "<body"),
        ) {
            (Some(h), Some(b)) if b < h => b,
            (Some(h), _) => after_gt(lower, h),
            (None, Some(b)) => b,
            (None, None) => {
                *head_unclosed = true;
                end
            }
        };
    }
    if HIDDEN.contains(&name) && !lower[i..end].ends_with("/>") {
        let close = format!("</{name}");
        return find_from(lower, end, &close).map_or(lower.len(), |c| after_gt(lower, c));
    }
    end
}

/// Past the `>` that ends a tag whose attributes start at `from`, skipping
/// `>` inside quoted values. An unclosed quote falls back to the first `>`;
/// so does a tag longer than any real one, which keeps hostile input linear.
fn tag_end(lower: &str, from: usize) -> usize {
    const LONGEST_TAG: usize = 8 * 1024;
    let bytes = &lower.as_bytes()[..lower.len().min(from + LONGEST_TAG)];
    let mut quote = None;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    after_gt(lower, from)
}

fn after_gt(lower: &str, from: usize) -> usize {
    lower[from..]
        .find('>')
        .map_or(lower.len(), |n| from + n + 1)
}

fn find_from(hay: &str, from: usize, needle: &str) -> Option<usize> {
    hay[from..].find(needle).map(|n| from + n)
}
