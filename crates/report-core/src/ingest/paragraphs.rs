//! Building the text the extractor reads from markup: paragraphs separated
//! by blank lines ("\n\n"), each trimmed, empty ones dropped.

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Spacing {
    /// HTML: runs of white space are one space, as a browser renders them.
    Collapse,
    /// Word: every character in a run is meant.
    Keep,
}

pub(super) struct Paragraphs {
    spacing: Spacing,
    out: String,
    current: String,
}

impl Paragraphs {
    pub fn new(spacing: Spacing) -> Self {
        Paragraphs {
            spacing,
            out: String::new(),
            current: String::new(),
        }
    }

    pub fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c);
        }
    }

    pub fn push(&mut self, c: char) {
        if self.spacing == Spacing::Collapse && is_html_space(c) {
            if !self.current.ends_with([' ', '\t']) {
                self.current.push(' ');
            }
        } else {
            self.current.push(c);
        }
    }

    /// Separates table cells with a tab, which no collapsing removes: two
    /// cells of Chinese must not run together into one phrase.
    pub fn cell(&mut self) {
        let open = self.current.trim_end_matches(' ');
        if !open.is_empty() && !open.ends_with('\t') {
            self.current.truncate(open.len());
            self.current.push('\t');
        }
    }

    /// Closes the paragraph being built, if it has any text.
    pub fn end(&mut self) {
        let para = std::mem::take(&mut self.current);
        let para = if self.spacing == Spacing::Collapse {
            drop_spaces_between_wide(&para)
        } else {
            para
        };
        let para = para.trim();
        if para.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        self.out.push_str(para);
    }

    /// The text, ending with one line feed.
    pub fn finish(mut self) -> String {
        self.end();
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

/// A no-break space counts as space here: saved pages indent paragraphs
/// with `&nbsp;` runs.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0c}' | '\u{a0}')
}

/// A line break in the page's source between two Chinese characters is not
/// a space in what a reader sees, and a space inside a Chinese phrase would
/// split the extractor's subjects.
fn drop_spaces_between_wide(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_wide = c == ' '
            && i > 0
            && chars.get(i + 1).is_some_and(|&n| is_wide(n))
            && is_wide(chars[i - 1]);
        if !between_wide {
            out.push(c);
        }
    }
    out
}

/// Ideographs and the CJK and full-width punctuation set among them.
pub(super) fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{303f}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff00}'..='\u{ffef}'
        | '\u{20000}'..='\u{3134f}'
        | '“' | '”' | '‘' | '’' | '—' | '…'
    )
}
