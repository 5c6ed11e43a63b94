//! The extractor must read any place's report, so no rule may name a place,
//! a project or a company: a rule that only fires on one report's proper
//! nouns scores well on that report and nowhere else. This scans the string
//! literals of the rule code (extractor, text structure, ingest) for every
//! place the fixtures and the embedded report are about, and for the proper
//! nouns of the embedded report that a rule would be tempted to use.

use std::path::Path;

use report_explorer::ingest::read_native;

/// Rule code: where a proper noun would make a rule local.
const RULE_DIRS: [&str; 3] = [
    "crates/report-core/src/extract",
    "crates/report-core/src/structure",
    "crates/report-core/src/ingest",
];

/// Reports whose place the inference names (title or signature line).
const FIXTURE_DIRS: [&str; 4] = [
    "assets/data/reports",
    "tests/fixtures/corpus",
    "tests/fixtures/unseen",
    "tests/fixtures/compare",
];

/// Proper nouns in the embedded report that are not its own name: its
/// counties and districts, scenic areas, a partner city abroad, companies.
const EMBEDDED_PROPER_NOUNS: [&str; 14] = [
    "牡丹江",
    "穆棱",
    "绥芬河",
    "东宁",
    "海林",
    "宁安",
    "林口",
    "镜泊湖",
    "爱民区",
    "西安区",
    "阳明区",
    "东安区",
    "锦富集团",
    "国投公司",
];

/// Place-name suffixes, longest first, stripped to get the name itself.
const SUFFIXES: [&str; 10] = [
    "自治州",
    "自治县",
    "地区",
    "省",
    "市",
    "州",
    "县",
    "区",
    "旗",
    "盟",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `临江县` → `临江`; `禾云彝族自治州` → `禾云` (an autonomous place's
/// people are not its name); a name of one character once stripped stays
/// whole.
fn stem(place: &str) -> &str {
    for suffix in SUFFIXES {
        if let Some(s) = place.strip_suffix(suffix) {
            if s.chars().count() >= 2 {
                return match s.strip_suffix('族') {
                    Some(_) => &s[..s.char_indices().nth(2).map_or(s.len(), |(i, _)| i)],
                    None => s,
                };
            }
        }
    }
    place
}

fn places() -> Vec<String> {
    let mut names: Vec<String> = EMBEDDED_PROPER_NOUNS
        .iter()
        .map(|s| s.to_string())
        .collect();
    for dir in FIXTURE_DIRS {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let bytes = std::fs::read(&path).unwrap();
                let meta = read_native(&name, &bytes).unwrap().meta;
                if let Some(place) = meta.place.value {
                    names.push(stem(&place).to_owned());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The string literals of a source file, leaving out its `#[cfg(test)]`
/// module (tests may quote real-style sentences) and comments.
fn literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut parts = line.split('"');
        parts.next();
        while let Some(inside) = parts.next() {
            out.push(inside.to_owned());
            parts.next();
        }
    }
    out
}

fn rule_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for dir in RULE_DIRS {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn no_rule_names_a_place_a_project_or_a_company() {
    let places = places();
    // The inference names the fixtures' places: the list is not empty by
    // accident (the corpus alone has some twenty places).
    assert!(places.len() >= 25, "{places:?}");
    let files = rule_files();
    assert!(files.len() >= 20, "{files:?}");
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for literal in literals(&source) {
            for place in &places {
                if literal.contains(place.as_str()) {
                    found.push(format!("{}: \"{literal}\" names {place}", file.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_scan_would_see_a_place_in_a_rule() {
    let rule = "const WORDS: [&str; 2] = [\"全市\", \"穆棱市\"]; // 牡丹江 in a comment\n#[cfg(test)]\nmod t { const X: &str = \"林口\"; }";
    assert_eq!(literals(rule), ["全市", "穆棱市"]);
    assert_eq!(stem("临江县"), "临江");
    assert_eq!(stem("禾云彝族自治州"), "禾云");
    assert_eq!(stem("北原省"), "北原");
}
