//! The URL hash codec against the embedded report: round trips and lenient decoding.

use std::sync::OnceLock;

use report_explorer::embedded;
use report_explorer::hash::{decode, encode};
use report_explorer::i18n::Lang;
use report_explorer::model::{Kind, Sector, Status};
use report_explorer::query::{Column, Sort};
use report_explorer::report::Report;
use report_explorer::state::{AppState, View};

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(embedded::report)
}

#[test]
fn the_default_state_is_the_empty_hash() {
    assert_eq!(encode(&AppState::default()), "");
    assert_eq!(decode("", report()), AppState::default());
    assert_eq!(decode("#", report()), AppState::default());
}

#[test]
fn a_full_state_round_trips() {
    let mut s = AppState::default();
    s.query.sectors = [Sector::Agriculture, Sector::Industry].into();
    s.query.periods = ["2024".to_owned()].into();
    s.query.statuses = [Status::Target].into();
    s.query.kinds = [Kind::Growth, Kind::Level].into();
    s.query.text = "风电 建设".into();
    s.query.sort = Sort {
        column: Column::Value,
        descending: true,
    };
    s.view = View::Chart;
    s.selected = Some(report().indicators[3].id.to_string());
    s.section = Some(2);
    s.lang = Lang::En;
    let hash = encode(&s);
    assert_eq!(
        hash,
        format!(
            "#sector=industry,agriculture&period=2024&status=target&kind=growth,level&q=%E9%A3%8E%E7%94%B5%20%E5%BB%BA%E8%AE%BE&sort=-value&view=chart&sel={}&section=2&lang=en",
            report().indicators[3].id
        )
    );
    assert_eq!(decode(&hash, report()), s);
}

#[test]
fn the_issue_example_decodes() {
    let s = decode(
        "#sector=agriculture,industry&period=2024&q=风电&view=chart",
        report(),
    );
    assert_eq!(
        s.query.sectors,
        [Sector::Agriculture, Sector::Industry].into()
    );
    assert_eq!(s.query.text, "风电");
    assert_eq!(s.view, View::Chart);
    assert!(s.notice.is_empty());
}

#[test]
fn bad_keys_and_values_are_dropped_and_reported() {
    let s = decode(
        "#sector=agriculture,mining&view=pie&sel=nope&section=999&colour=red&lang=fr&sort=zz",
        report(),
    );
    assert_eq!(s.query.sectors, [Sector::Agriculture].into());
    assert_eq!(s.view, View::Overview);
    assert_eq!(s.selected, None);
    assert_eq!(
        s.notice,
        vec![
            "sector=agriculture,mining",
            "view=pie",
            "sel=nope",
            "section=999",
            "colour=red",
            "lang=fr",
            "sort=zz"
        ]
    );
}

#[test]
fn broken_percent_encoding_is_reported_not_fatal() {
    let s = decode("#q=%E9%A3&view=table", report());
    assert_eq!(s.view, View::Table);
    assert_eq!(s.notice, vec!["q=%E9%A3"]);
}
