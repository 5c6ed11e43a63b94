//! Interface strings live in one table (`report_core::messages`). These
//! scans keep them from drifting back: no `lang.pick("中文", "English")` in
//! the components or the core, and no Chinese string literal in a component.

use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut stack: Vec<PathBuf> = vec![root.join(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            found.push((name, fs::read_to_string(&path).unwrap()));
        }
    }
    assert!(!found.is_empty(), "no sources under {dir}");
    found
}

/// A line's code: up to a `//` that is not inside a string literal.
fn code(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i..].starts_with("//") => return &line[..i],
            _ => {}
        }
    }
    line
}

/// The string literals on a line of code.
fn literals(code: &str) -> Vec<&str> {
    code.split('"').skip(1).step_by(2).collect()
}

fn is_chinese(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn lines_where(dir: &str, bad: impl Fn(&str) -> bool) -> Vec<String> {
    let mut hits = Vec::new();
    for (name, text) in sources(dir) {
        for (n, line) in text.lines().enumerate() {
            if bad(code(line)) {
                hits.push(format!("{name}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    hits
}

#[test]
fn no_inline_pick_of_two_strings() {
    for dir in ["src/ui", "crates/report-core/src"] {
        let hits = lines_where(dir, |code| code.contains(".pick("));
        assert!(
            hits.is_empty(),
            "use messages::t / tf instead:\n{}",
            hits.join("\n")
        );
    }
}

#[test]
fn no_chinese_literal_in_a_component() {
    let hits = lines_where("src/ui", |code| {
        literals(code).iter().any(|l| l.chars().any(is_chinese))
    });
    assert!(
        hits.is_empty(),
        "interface strings belong in messages.rs:\n{}",
        hits.join("\n")
    );
}

#[test]
fn the_scan_sees_what_it_looks_for() {
    assert_eq!(code(r#"let a = "x//y"; // 中文"#), r#"let a = "x//y"; "#);
    assert_eq!(
        literals(r#"lang.pick("知道了", "Dismiss")"#),
        ["知道了", "Dismiss"]
    );
    assert_eq!(code(r#"f("a\"b") // c"#), r#"f("a\"b") "#);
}
