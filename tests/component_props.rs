//! Components' callback props are named one way: `on_` and what happened
//! (`on_select`, `on_sector`, `on_action`), so a reader of a component's
//! props tells its events from its data at a glance.

use std::fs;
use std::path::Path;

/// `name: Callback<…>` fields of the `#[derive(Properties…)]` structs in `text`.
fn callback_props(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_props = false;
    let mut derive_seen = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("#[derive(") && line.contains("Properties") {
            derive_seen = true;
        } else if derive_seen && line.contains("struct ") && line.ends_with('{') {
            in_props = true;
            derive_seen = false;
        } else if in_props && line == "}" {
            in_props = false;
        } else if in_props {
            let field = line.trim_start_matches("pub ");
            if let Some((name, ty)) = field.split_once(':') {
                if ty.trim().starts_with("Callback<") {
                    found.push(name.trim().to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn every_callback_prop_is_named_on_something() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/components");
    let mut seen = 0;
    let mut wrong = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for name in callback_props(&fs::read_to_string(&path).unwrap()) {
            seen += 1;
            if !name.starts_with("on_") {
                wrong.push(format!("{file}: {name}"));
            }
        }
    }
    assert!(
        seen >= 10,
        "found only {seen} callback props: is the scan blind?"
    );
    assert!(wrong.is_empty(), "callback props not named on_…: {wrong:?}");
}

#[test]
fn the_scan_reads_a_props_struct() {
    let text = "#[derive(Properties, PartialEq)]\npub struct P {\n    pub lang: Lang,\n    pub dispatch: Callback<Action>,\n    #[prop_or_default]\n    pub on_select: Callback<usize>,\n}\npub struct Q {\n    pub go: Callback<()>,\n}\n";
    assert_eq!(callback_props(text), ["dispatch", "on_select"]);
}
