//! The development corpus's excerpts (tests/fixtures/corpus), whose file
//! names say their level and year, read by the inference: titled reports,
//! signed ones, and excerpts with neither.

use report_explorer::ingest::{read_native, Level};

#[test]
fn every_corpus_excerpt_by_its_file_name() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 14, "{names:?}");
    for name in names {
        // `county-linjiang-2024.txt`; `cityc` is a county-level city, `zhou`
        // an autonomous prefecture and `league` a 盟 (both a prefecture-level
        // city's rank) and
        // `banner` a 旗 (a county's); a `zone` (开发区, 新区) is no level of
        // government, so none is read (`place::level_of`).
        let parts: Vec<&str> = name.trim_end_matches(".txt").split('-').collect();
        let level = match parts[0] {
            "prov" => Some(Level::Province),
            "city" | "cityc" | "zhou" | "league" => Some(Level::City),
            "county" | "banner" => Some(Level::County),
            "district" => Some(Level::District),
            "zone" => None,
            other => panic!("{name}: unknown level {other}"),
        };
        let year: u16 = parts[2].parse().unwrap();
        let bytes = std::fs::read(format!("{dir}/{name}")).unwrap();
        let m = read_native(&name, &bytes).unwrap().meta;
        assert_eq!(m.level.value, level, "{name}");
        assert_eq!(m.report_year.value, Some(year), "{name}");
        assert_eq!(m.review_year.value, Some(year - 1), "{name}");
        if let Some(place) = &m.place.value {
            assert!(
                m.title
                    .value
                    .as_ref()
                    .is_some_and(|t| t.contains(place.as_str())),
                "{name}"
            );
        }
    }
}

#[test]
fn the_embedded_report() {
    let text = report_explorer::embedded::text();
    let r = read_native("mudanjiang-2024-work-report.txt", text.as_bytes()).unwrap();
    assert_eq!(r.text, text);
    let m = r.meta;
    assert_eq!(
        (m.level.value, m.report_year.value, m.review_year.value),
        (Some(Level::City), Some(2024), Some(2023))
    );
    assert_eq!(m.place.value, None);
}
