//! The stylesheets as the page carries them: without their comments and
//! runs of white space. The sources keep their comments (they say why a
//! rule is there); the single file has a size budget and the browser parses
//! what it carries on every start, so the build script ships this form.
//!
//! Only what is certainly insignificant goes: comments, white space next to
//! `{ } ; ,`, and the length of any other run of white space (one space
//! stays, since `.a .b`, `a :hover` and `calc(1em + 2px)` need theirs).
//! Strings are copied as written.

/// `css` without comments and with white space cut down as above.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                // A comment between two words still parts them.
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() && !tight(out.chars().last()) && !tight(Some(c)) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    copy_string(c, &mut chars, &mut out);
                }
            }
        }
    }
    out
}

/// Characters white space next to means nothing.
fn tight(c: Option<char>) -> bool {
    matches!(c, Some('{' | '}' | ';' | ','))
}

/// The rest of a string opened by `quote`, escapes and all.
fn copy_string(quote: char, chars: &mut impl Iterator<Item = char>, out: &mut String) {
    let mut escaped = false;
    for c in chars {
        out.push(c);
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            c if c == quote => return,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn comments_and_white_space_go() {
        let css =
            "/* why */\n.rx  .rx-table th,\n.rx td {\n  padding: 0.4em   0.5em; /* and why */\n}\n";
        assert_eq!(
            minify(css),
            ".rx .rx-table th,.rx td{padding: 0.4em 0.5em;}"
        );
    }

    #[test]
    fn significant_spaces_stay() {
        assert_eq!(
            minify("a :hover{width: calc(1em + 2px)}"),
            "a :hover{width: calc(1em + 2px)}"
        );
        assert_eq!(
            minify("@media (min-width: 54em)  {\n .a{x:y}\n}"),
            "@media (min-width: 54em){.a{x:y}}"
        );
        // A comment between two words leaves a space, not nothing.
        assert_eq!(minify("a/* x */b{}"), "a b{}");
    }

    #[test]
    fn strings_are_copied_as_written() {
        let css = ".a::before { content: \"  ;{ /* not a comment */ \\\" }  \"; }\n.b::after{content:' ▸'}";
        assert_eq!(
            minify(css),
            ".a::before{content: \"  ;{ /* not a comment */ \\\" }  \";}.b::after{content:' ▸'}"
        );
    }

    #[test]
    fn the_app_stylesheets_keep_every_rule() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/");
        for name in ["app.css", "chart.css"] {
            let css = std::fs::read_to_string(format!("{root}{name}")).unwrap();
            let small = minify(&css);
            assert!(
                small.len() * 10 < css.len() * 8,
                "{name}: {} of {}",
                small.len(),
                css.len()
            );
            assert_eq!(
                minify(&small),
                small,
                "{name}: a second pass changes nothing"
            );
            assert!(!small.contains("/*"), "{name}");
            // Every block and declaration is still there.
            for c in ['{', '}', ';', ':'] {
                let count = |s: &str| s.matches(c).count();
                let without_comments = strip_comments(&css);
                assert_eq!(count(&small), count(&without_comments), "{name}: {c}");
            }
        }
    }

    fn strip_comments(css: &str) -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(at) = rest.find("/*") {
            out.push_str(&rest[..at]);
            rest = &rest[at + 2..];
            rest = &rest[rest.find("*/").map_or(rest.len(), |e| e + 2)..];
        }
        out.push_str(rest);
        out
    }
}
