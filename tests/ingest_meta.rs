//! What a report is, from openings of every level, each value with where
//! it was read. The openings are written for these tests in the manner of
//! real reports' title blocks; names and numbers are invented.

use report_explorer::ingest::{infer, level_of, Inferred, InferredMeta, Level, Origin};

fn at<T>(value: T, origin: Origin) -> Inferred<T> {
    Inferred {
        value: Some(value),
        origin,
    }
}

fn none<T>() -> Inferred<T> {
    Inferred {
        value: None,
        origin: Origin::None,
    }
}

fn meta(
    title: Inferred<&str>,
    place: Inferred<&str>,
    level: Inferred<Level>,
    report: Inferred<u16>,
    review: Inferred<u16>,
) -> InferredMeta {
    let owned = |f: Inferred<&str>| Inferred {
        value: f.value.map(str::to_owned),
        origin: f.origin,
    };
    InferredMeta {
        title: owned(title),
        place: owned(place),
        level,
        report_year: report,
        review_year: review,
    }
}

use Origin::{Cue, Heading, Signature, Title};

#[test]
fn a_province_names_everything_in_its_title() {
    let text = "北原省2025年政府工作报告\n\n——2025年1月15日在北原省第十四届人民代表大会第三次会议上\n\n省长　林远舟\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作，请予审议。\n\n一、2024年工作回顾\n\n过去一年，全省地区生产总值增长5.3%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("北原省2025年政府工作报告", Title),
            at("北原省", Title),
            at(Level::Province, Title),
            at(2025, Title),
            at(2024, Title),
        )
    );
}

#[test]
fn an_autonomous_region_is_a_province_and_its_year_is_signed() {
    let text = "云岭壮族自治区人民政府工作报告\n\n——2024年1月22日在云岭壮族自治区第十四届人民代表大会第二次会议上\n\n各位代表：\n\n现在，我代表自治区人民政府，向大会报告工作。\n\n一、2023年工作回顾\n\n全区经济增长5%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("云岭壮族自治区人民政府工作报告", Title),
            at("云岭壮族自治区", Title),
            at(Level::Province, Title),
            at(2024, Signature),
            at(2023, Signature),
        )
    );
}

#[test]
fn a_city_named_only_in_its_signature() {
    let text = "政府工作报告\n\n——2023年1月10日在松河市第十六届人民代表大会第二次会议上\n\n松河市市长　周明远\n\n各位代表：\n\n一、2022年工作回顾\n\n全市地区生产总值增长4.6%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("政府工作报告", Title),
            at("松河市", Signature),
            at(Level::City, Signature),
            at(2023, Signature),
            at(2022, Signature),
        )
    );
}

#[test]
fn a_county_dated_in_its_title() {
    let text = "临溪县人民政府工作报告（2024年1月）\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议。\n\n一、2023年工作回顾\n\n全县地区生产总值增长6.8%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("临溪县人民政府工作报告（2024年1月）", Title),
            at("临溪县", Title),
            at(Level::County, Title),
            at(2024, Title),
            at(2023, Title),
        )
    );
}

#[test]
fn a_district_signed_in_the_short_form() {
    let text = "政府工作报告\n\n2024年1月18日在区六届人大四次会议上\n\n区长　唐思远\n\n各位代表：\n\n过去一年，全区地区生产总值增长5.9%。\n\n二、2024年工作安排\n\n全区要抓好项目建设。\n";
    assert_eq!(
        infer(text),
        meta(
            at("政府工作报告", Title),
            none(),
            at(Level::District, Signature),
            at(2024, Signature),
            at(2023, Signature),
        )
    );
}

#[test]
fn an_autonomous_prefecture_is_a_city() {
    let text = "青岚藏族自治州2025年政府工作报告\n\n各位代表：\n\n现在，我代表州人民政府，向大会报告工作。\n\n一、2024年工作回顾\n\n全州经济增长6%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("青岚藏族自治州2025年政府工作报告", Title),
            at("青岚藏族自治州", Title),
            at(Level::City, Title),
            at(2025, Title),
            at(2024, Title),
        )
    );
}

#[test]
fn a_banner_is_a_county() {
    let text = "白音旗人民政府工作报告\n——2025年1月8日在白音旗第十八届人民代表大会第四次会议上\n\n各位代表：\n\n全旗经济增长6%。\n";
    assert_eq!(
        infer(text),
        meta(
            at("白音旗人民政府工作报告", Title),
            at("白音旗", Title),
            at(Level::County, Title),
            at(2025, Signature),
            at(2024, Signature),
        )
    );
}

#[test]
fn a_new_area_has_no_level_whatever_it_calls_itself() {
    let text = "滨江新区2024年政府工作报告\n\n各位代表：\n\n过去一年，全区地区生产总值增长7%，我区经济总量再上台阶。\n";
    assert_eq!(
        infer(text),
        meta(
            at("滨江新区2024年政府工作报告", Title),
            at("滨江新区", Title),
            none(),
            at(2024, Title),
            at(2023, Title),
        )
    );
}

#[test]
fn a_zone_reports_through_its_committee_and_has_no_level() {
    // A zone's report is its administrative committee's, and it compares
    // itself with the province's zones (`在全省高新区中`), no level of its own.
    let text = "某台高新技术产业开发区管理委员会工作报告\n——2022年1月20日在某台高新区2022年工作会议上\n\n2021年，高新区营业收入增长16.8%，在全省高新区中位居前列。\n";
    assert_eq!(
        infer(text),
        meta(
            at("某台高新技术产业开发区管理委员会工作报告", Title),
            at("某台高新技术产业开发区", Title),
            none(),
            at(2022, Signature),
            at(2021, Signature),
        )
    );
}

#[test]
fn an_excerpt_that_opens_with_the_plan() {
    let text = "2025年全县经济社会发展的总体要求是：坚持稳中求进工作总基调，推动高质量发展。\n\n主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n";
    assert_eq!(
        infer(text),
        meta(
            none(),
            none(),
            at(Level::County, Cue),
            at(2025, Cue),
            at(2024, Cue),
        )
    );
}

#[test]
fn an_excerpt_that_opens_with_the_review() {
    let text = "2021年，全市经济社会发展实现良好开局。预计全年地区生产总值达到1568亿元，增长8.6%。\n\n工业方面，全市新增规上工业企业120家，全省排名第3位。\n";
    assert_eq!(
        infer(text),
        meta(
            none(),
            none(),
            at(Level::City, Cue),
            at(2022, Cue),
            at(2021, Cue),
        )
    );
}

/// A zone's report compares itself with its city (`高于全市平均`,
/// `占全市比重`): neither speaks for the report's own level, so none is read.
#[test]
fn a_share_of_the_level_above_names_no_level() {
    let text = "2022年，新区地区生产总值增长6.8%，增速高于全市平均水平2.9个百分点，占全市比重提高到17.4%。\n";
    assert_eq!(infer(text).level, none());
}

#[test]
fn a_review_paragraph_is_told_from_a_plan_paragraph() {
    let review = "2024年，全市主要经济指标稳中有进。\n";
    assert_eq!(infer(review).review_year, at(2024, Cue));
    let plan = "2025年，全市将力争地区生产总值增长5%。\n\n2024年是攻坚之年。\n";
    assert_eq!(infer(plan).report_year, at(2024, Cue));
}

#[test]
fn unnumbered_part_headings() {
    let text = "各位代表：\n\n2023年工作回顾\n\n过去一年，全市经济稳中向好，地区生产总值1980亿元。\n\n2024年工作安排\n\n全市要抓好项目。\n";
    assert_eq!(
        infer(text),
        meta(
            none(),
            none(),
            at(Level::City, Cue),
            at(2024, Heading),
            at(2023, Heading),
        )
    );
}

#[test]
fn numbered_headings_are_read_by_the_extractor_and_kept() {
    let text = "各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n一、2030年工作回顾\n\n增长5%。\n\n二、2031年重点工作任务\n\n增长6%。\n";
    let m = infer(text);
    assert_eq!(
        (m.report_year, m.review_year),
        (at(2031, Heading), at(2030, Heading))
    );
    assert_eq!(m.level, at(Level::City, Cue));
}

#[test]
fn the_title_outranks_a_heading() {
    let text = "东岭市2025年政府工作报告\n\n一、2023年工作回顾\n\n全市增长5%。\n";
    let m = infer(text);
    assert_eq!(
        (m.report_year, m.review_year),
        (at(2025, Title), at(2024, Title))
    );
}

#[test]
fn a_title_and_signature_in_one_paragraph() {
    let text = "柳塘市人民政府工作报告\n——2023年1月8日在柳塘市第十七届人民代表大会第二次会议上\n\n各位代表：\n\n全市增长5%。\n";
    let m = infer(text);
    assert_eq!(m.title, at("柳塘市人民政府工作报告".to_owned(), Title));
    assert_eq!(m.report_year, at(2023, Signature));
}

#[test]
fn the_level_by_which_words_the_text_uses_most() {
    // A city report ranks itself in the province but speaks of the city.
    let text = "全市经济增长5%，居全省第3位；全市新增企业200家，我市排名上升。\n";
    assert_eq!(infer(text).level, at(Level::City, Cue));
    // A tie is left to the user; so is a text that never says.
    assert_eq!(infer("全县增长5%，全区增长6%。\n").level, none());
    assert_eq!(infer("经济增长5%。\n").level, none());
    // 全市场 is a market, 全区域 an area.
    assert_eq!(
        infer("全市场覆盖，全区域推进，全县增长。\n").level,
        at(Level::County, Cue)
    );
}

#[test]
fn amounts_are_not_years() {
    let text = "地区生产总值达到1980亿元，财政收入2024亿元。\n";
    let m = infer(text);
    assert_eq!((m.report_year, m.review_year), (none(), none()));
}

#[test]
fn levels_by_suffix() {
    let cases = [
        ("重庆市", Some(Level::Province)),
        ("某某省", Some(Level::Province)),
        ("某某回族自治区", Some(Level::Province)),
        ("某某市", Some(Level::City)),
        ("某某朝鲜族自治州", Some(Level::City)),
        ("某某地区", Some(Level::City)),
        ("某某盟", Some(Level::City)),
        ("某某县", Some(Level::County)),
        ("某某自治县", Some(Level::County)),
        ("某某旗", Some(Level::County)),
        ("某某区", Some(Level::District)),
        ("某某新区", None),
        ("某某经济技术开发区", None),
        ("某某高新区", None),
        ("某某特别行政区", None),
        ("某某", None),
    ];
    for (name, level) in cases {
        assert_eq!(level_of(name), level, "{name}");
    }
}

#[test]
fn the_extractors_options_from_the_form() {
    let m = infer("临溪县人民政府工作报告（2024年1月）\n\n各位代表：\n");
    let o = m.options("临溪.docx");
    assert_eq!(
        (o.report_year, o.city.as_deref(), o.source.as_str()),
        (Some(2024), Some("临溪县"), "临溪.docx")
    );
}

#[test]
fn origins_and_levels_have_ids_and_names() {
    assert_eq!(
        Origin::ALL.map(Origin::id),
        ["title", "signature", "heading", "cue", "none"]
    );
    assert_eq!(Origin::Signature.zh(), "署名行");
    assert_eq!(
        Level::ALL.map(Level::id),
        ["province", "city", "county", "district"]
    );
    assert_eq!(
        serde_json::to_string(&at(Level::County, Cue)).unwrap(),
        r#"{"value":"county","origin":"cue"}"#
    );
}
