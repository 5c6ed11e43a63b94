//! Metadata read from the text: years from the part headings, the city
//! from a title or signature line when the caller does not name it.

use report_explorer::extract::{extract, extract_with, Options};

#[test]
fn years_come_from_the_part_headings() {
    let r = extract("一、2030年工作回顾\n\n增长5%。\n\n二、2031年重点工作任务\n\n增长6%。\n");
    assert_eq!(
        (r.meta.review_year, r.meta.report_year),
        (Some(2030), Some(2031))
    );
    let periods: Vec<String> = r.indicators.iter().map(|i| i.period.to_string()).collect();
    assert_eq!(periods, ["2030", "2031"]);
}

#[test]
fn city_from_a_title_line() {
    let r = extract("某某市2024年政府工作报告\n\n一、2023年工作回顾\n\n增长5%。\n");
    assert_eq!(r.meta.city, "某某市");
}

#[test]
fn city_from_a_signature_line() {
    let r = extract("——2016年1月6日在某山市第十五届人民代表大会第五次会议上\n\n各位代表：\n");
    assert_eq!(r.meta.city, "某山市");
}

#[test]
fn the_callers_city_wins_and_we_dont_guess_from_wo_shi() {
    let r = extract("我市经济增长5%。\n");
    assert_eq!(r.meta.city, "");
    let r = extract_with(
        "某某市2024年政府工作报告\n",
        &Options {
            city: Some("别市".into()),
            ..Options::default()
        },
    );
    assert_eq!(r.meta.city, "别市");
}

#[test]
fn a_signature_in_the_title_paragraph_is_not_the_title() {
    // Paragraphs separated by blank lines: the signature line under the
    // title shares its paragraph, and still gives the year and the place.
    let text = "某川市人民政府工作报告\n——2026年1月13日在某川市第九届人民代表大会第五次会议上\n\n各位代表：\n\n全市地区生产总值增长5%。\n";
    let r = extract(text);
    assert_eq!(r.meta.title, "某川市人民政府工作报告");
    assert_eq!(r.title(), "某川市人民政府工作报告");
    assert_eq!(r.meta.report_year, Some(2026));
    assert_eq!(r.meta.city, "某川市");
    // One title line, the same as before.
    let r = extract("某川市2026年政府工作报告\n\n全市地区生产总值增长5%。\n");
    assert_eq!(r.title(), "某川市2026年政府工作报告");
}
