//! Targets against outcomes across two consecutive reports of one place
//! (tests/fixtures/compare/: a fictional city's 2023 and 2024 reports,
//! written for these tests in the style of real ones).
#![cfg(not(target_arch = "wasm32"))]

use report_explorer::compare::{consecutive, consecutive_pairs, outcomes, NotConsecutive, Verdict};
use report_explorer::extract::extract;
use report_explorer::report::Report;

fn reports() -> (Report, Report) {
    (
        extract(include_str!("fixtures/compare/qingyan-2023.txt")),
        extract(include_str!("fixtures/compare/qingyan-2024.txt")),
    )
}

#[test]
fn the_2023_targets_beside_the_2023_results() {
    let (a, b) = reports();
    assert_eq!(consecutive(&a, &b), Ok(2023));
    let got: Vec<(String, Option<String>, Verdict, Option<f64>)> = outcomes(&a, &b, 2023)
        .iter()
        .map(|o| {
            (
                a.indicators[o.target].raw.to_string(),
                o.result.map(|r| b.indicators[r].raw.to_string()),
                o.verdict,
                o.difference.map(|d| (d * 100.0).round() / 100.0),
            )
        })
        .collect();
    let want: Vec<(String, Option<String>, Verdict, Option<f64>)> = [
        ("6%左右", Some("5.8%"), Verdict::Met, Some(-0.2)),
        ("8%以上", Some("7.2%"), Verdict::Missed, Some(-0.8)),
        ("10%", Some("2.1%"), Verdict::Missed, Some(-12.1)),
        ("7%", Some("7.4%"), Verdict::Met, Some(0.4)),
        ("5%以上", Some("12.6%"), Verdict::Met, Some(7.6)),
        ("控制在5.5%以内", Some("5.1%"), Verdict::Met, Some(-0.4)),
        // A price rise of about 3% is a limit (控制在…): 0.3% meets it.
        ("3%左右", Some("0.3%"), Verdict::Met, Some(-2.7)),
        ("3%", Some("3.4%"), Verdict::Met, Some(-0.4)),
        ("20万亩", Some("21.5万亩"), Verdict::Exceeded, Some(1.5)),
        ("80亿斤以上", Some("79.2亿斤"), Verdict::Missed, Some(-0.8)),
        ("120个", Some("131个"), Verdict::Exceeded, Some(11.0)),
    ]
    .into_iter()
    .map(|(t, r, v, d)| (t.to_owned(), r.map(str::to_owned), v, d))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn reports_of_other_places_or_years_are_not_paired() {
    let (a, b) = reports();
    assert_eq!(consecutive(&b, &a), Err(NotConsecutive::NotTheNextYear));
    let mut elsewhere = b.clone();
    elsewhere.meta.city = "临江市".into();
    assert_eq!(
        consecutive(&a, &elsewhere),
        Err(NotConsecutive::DifferentPlaces)
    );
    let mut unnamed = b.clone();
    unnamed.meta.city.clear();
    assert_eq!(consecutive(&a, &unnamed), Err(NotConsecutive::UnknownPlace));
    // Given in any order, with a stranger among them: one pair, in order.
    assert_eq!(
        consecutive_pairs(&[b.clone(), elsewhere, a.clone()]),
        [(2, 0)]
    );
}

/// Two reports whose place was not read (a user's files without a title,
/// or with one that names nothing) are named by their files wherever the
/// compare view names a report, and are not one place to pair.
#[test]
fn reports_of_unknown_place_are_named_apart_and_not_paired() {
    use report_explorer::chart::ChartSpec;
    use report_explorer::compare::{matrix, matrix_csv};
    use report_explorer::i18n::Lang;
    use report_explorer::library::describe;

    let (mut a, mut b) = reports();
    for (r, file) in [(&mut a, "2023年报告.txt"), (&mut b, "qingyan 2024.docx")] {
        r.meta.city.clear();
        r.document.title = None;
        r.meta.source = file.to_owned();
    }
    assert_eq!(
        [
            matrix::column_name(&a, Lang::Zh),
            matrix::column_name(&b, Lang::En)
        ],
        ["2023年报告.txt · 2023年", "qingyan 2024.docx · 2024"]
    );
    assert_eq!(
        describe(&a, Lang::Zh),
        format!("2023年报告.txt 2023年 · {} 项指标", a.indicators.len())
    );
    let both = [a.clone(), b.clone()];
    let rows = matrix::matrix(&both);
    let csv = matrix_csv::csv(&both, &rows, &[], Lang::Zh);
    assert_eq!(
        csv.lines().next(),
        Some("\u{feff}指标,2023年报告.txt · 2023年,qingyan 2024.docx · 2024年")
    );
    let ChartSpec::Pairs { pairs, .. } = matrix::chart(&both, &rows[0], Lang::Zh).spec else {
        panic!("a compare chart is a pairs chart");
    };
    let labels: Vec<&str> = pairs.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        ["2023年报告.txt · 2023年", "qingyan 2024.docx · 2024年"]
    );
    assert_eq!(consecutive(&a, &b), Err(NotConsecutive::UnknownPlace));
    assert_eq!(consecutive_pairs(&both), []);
}
