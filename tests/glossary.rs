//! The glossary: how much of a report gets English, and exactly what a
//! composed name says. Coverage is printed (`cargo test --test glossary --
//! --nocapture`) for the README.

use std::path::Path;

use report_explorer::embedded;
use report_explorer::format::counted;
use report_explorer::glossary::{count_noun, english, heading, path, title};

#[test]
fn most_of_the_embedded_report_has_english() {
    let report = embedded::extracted();
    let total = report.indicators.len();
    let named = report
        .indicators
        .iter()
        .filter(|i| i.subject_en.is_some())
        .count();
    let share = named as f64 / total as f64;
    println!("embedded report: {named} of {total} subjects in English ({share:.3})");
    assert_eq!(
        total, 209,
        "the embedded report's subjects changed: recheck"
    );
    assert!(share >= 0.90, "{share:.3} < 0.90");
    // A corrected subject is named from the correction, not the original.
    let s120 = report.indicators.iter().find(|i| i.id == "s120-2").unwrap();
    assert_eq!(s120.subject, "政务服务事项");
    assert_eq!(s120.subject_en.as_deref(), Some("Government service items"));
}

/// The annotated subjects of the development and unseen excerpts: reports
/// the glossary was not written from line by line, so a fair test of
/// composition.
#[test]
fn most_subjects_of_other_reports_have_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut total = 0;
    let mut named = 0;
    for dir in ["corpus", "unseen"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("tsv");
            let mut lines = text.lines();
            let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
            let col = header
                .iter()
                .position(|h| *h == "subject")
                .expect("subject");
            for line in lines.filter(|l| !l.is_empty()) {
                let subject = line.split('\t').nth(col).unwrap_or("");
                total += 1;
                named += usize::from(english(subject).is_some());
            }
        }
    }
    let share = named as f64 / total as f64;
    println!("corpus and unseen excerpts: {named} of {total} subjects in English ({share:.3})");
    assert!(share >= 0.80, "{share:.3} < 0.80");
}

#[track_caller]
fn en(zh: &str, want: &str) {
    assert_eq!(english(zh).as_deref(), Some(want), "{zh}");
}

#[test]
fn whole_phrases_win_over_composition() {
    // Composition would say `value added of industry …` too, but `GDP` and
    // the reviewed wording stay.
    en("地区生产总值", "GDP");
    en("新建高标准农田", "New high-standard farmland");
    en("亿元以上项目", "Projects of 100 million yuan or more");
}

#[test]
fn shares_read_as_a_part_of_a_whole() {
    en(
        "战略性新兴产业增加值占地区生产总值比重",
        "Share of value added of strategic emerging industries in GDP",
    );
    en(
        "高技术制造业增加值占规上工业增加值比重",
        "Share of value added of high-tech manufacturing in value added of industry above designated size",
    );
    // A part or a whole without English: no name rather than half a name.
    assert_eq!(english("某某产业占地区生产总值比重"), None);
}

#[test]
fn qualifiers_compose_around_a_head() {
    en("企业", "Enterprises");
    en("新增创意设计企业", "New creative design enterprises");
    en(
        "新增省级现代农业科技示范基地",
        "New provincial-level modern agricultural science and technology demonstration bases",
    );
    en(
        "新增省级科技创新平台",
        "New provincial-level science and technology innovation platforms",
    );
    en(
        "新增省级以上科技创新平台",
        "New science and technology innovation platforms at provincial level or above",
    );
    en(
        "国家级绿色食品原料生产基地",
        "National-level green food raw material production bases",
    );
    en("专业园区", "Specialised parks");
    en(
        "省级以上开发区",
        "Development zones at provincial level or above",
    );
    en("万头牧场", "10,000-head ranches");
    en("省市重点项目", "Provincial and municipal key projects");
    en(
        "新认定高新技术企业",
        "Newly certified high-tech enterprises",
    );
    en(
        "新增限上商贸企业",
        "New trade enterprises above designated size",
    );
    en("签约项目", "Signed projects");
}

#[test]
fn quoted_names_keep_english_quotes() {
    en(
        "新增省级“专精特新”中小企业",
        "New provincial-level \"specialised and sophisticated\" small and medium-sized enterprises",
    );
    en("“保交楼”项目", "\"guaranteed housing delivery\" projects");
}

#[test]
fn size_and_deeds_follow_the_head_innermost_first() {
    en(
        "推进千万元以上工业项目",
        "Industrial projects of 10 million yuan or more under way",
    );
    en(
        "新签约亿元以上项目",
        "Newly signed projects of 100 million yuan or more",
    );
    en(
        "产值过亿元企业",
        "Enterprises with output value over 100 million yuan",
    );
    en("竣工投产项目", "Projects completed and in production");
    en("改造老旧小区", "Old residential compounds renovated");
    en("治理侵蚀沟", "Erosion gullies treated");
    en("市区新增绿地", "New green space in the city proper");
}

#[test]
fn a_metric_after_a_noun_reads_with_of() {
    en(
        "规上工业企业营业收入",
        "Operating revenue of industrial enterprises above designated size",
    );
    en(
        "国有企业资产总额",
        "Total assets of state-owned enterprises",
    );
    en("农产品网络零售额", "Online retail sales of farm products");
    en(
        "生物医药产业产值",
        "Output value of the biomedicine industry",
    );
    en("中药材面积", "Area of Chinese medicinal herbs");
    // A qualifier before a metric is not a noun: no `of`.
    en("新增蔬菜面积", "New vegetable area");
}

#[test]
fn lists_compose_when_every_item_does() {
    en("接待游客、旅游收入", "Tourist arrivals and tourism revenue");
    en(
        "财政总收入、一般公共预算收入",
        "Total fiscal revenue and general public budget revenue",
    );
}

#[test]
fn unknown_parts_leave_no_english() {
    // Names of places, firms and brands: no reviewed English.
    assert_eq!(english("北一半导体市值"), None);
    assert_eq!(english("中兴村景区"), None);
    assert_eq!(english("林海水库完成投资"), None);
    assert_eq!(english("新增XYZ企业"), None);
}

#[test]
fn counts_read_with_their_head_noun() {
    let noun = |s: &str| count_noun(s).map(|n| n.many);
    assert_eq!(noun("企业"), Some("enterprises"));
    assert_eq!(noun("新增省级现代农业科技示范基地"), Some("bases"));
    // A reviewed phrase names no head; a head of two or more characters
    // that ends it does.
    assert_eq!(noun("亿元以上项目"), Some("projects"));
    assert_eq!(noun("“黑土优品”区域品牌获批企业"), Some("enterprises"));
    // A metric is not counted.
    assert_eq!(noun("规上工业企业营业收入"), None);
    assert_eq!(noun("价格"), None);

    let c = |v: f64, unit: &str, subject: &str| counted(v, unit, subject);
    assert_eq!(c(22.0, "家", "企业").as_deref(), Some("22 enterprises"));
    assert_eq!(
        c(9.0, "个", "新增省级现代农业科技示范基地").as_deref(),
        Some("9 bases")
    );
    assert_eq!(
        c(179.0, "个", "亿元以上项目").as_deref(),
        Some("179 projects")
    );
    assert_eq!(c(1.0, "个", "项目").as_deref(), Some("1 project"));
    assert_eq!(
        c(4793.0, "套", "交付商品房").as_deref(),
        Some("4,793 commercial housing units")
    );
    assert_eq!(
        c(1.2, "万", "农村户厕").as_deref(),
        Some("12,000 household toilets")
    );
    assert_eq!(
        c(61.0, "种", "药品").as_deref(),
        Some("61 kinds of medicines")
    );
    // No head: the measure word stays, in brackets.
    assert_eq!(c(13.0, "家", "文化创意").as_deref(), Some("13 (家)"));
    assert_eq!(c(251.0, "项", "某某").as_deref(), Some("251 (项)"));
    assert_eq!(c(1.2, "万", "某某").as_deref(), Some("12,000"));
    // Units that are not measure words are `format::english`'s.
    assert_eq!(c(38.2, "万亩", "新建高标准农田"), None);
}

#[test]
fn titles_and_part_headings_translate_their_generic_words() {
    assert_eq!(
        title("2024年政府工作报告").as_deref(),
        Some("2024 Government Work Report")
    );
    // No reviewed table of place names: the city stays as written.
    assert_eq!(
        title("牡丹江市2024年政府工作报告").as_deref(),
        Some("牡丹江市 2024 Government Work Report")
    );
    assert_eq!(title("关于某事的报告"), None);
    assert_eq!(
        heading("一、2023年工作回顾").as_deref(),
        Some("1. Review of work in 2023")
    );
    assert_eq!(
        heading("二、2024年重点工作任务").as_deref(),
        Some("2. Key tasks for 2024")
    );
    assert_eq!(
        heading("三、加强政府自身建设").as_deref(),
        Some("3. Strengthening the government's own work")
    );
    assert_eq!(heading("（一）强化科技创新引领，加速推进产业振兴"), None);
    assert_eq!(
        path("一、2023年工作回顾 > 二、2024年重点工作任务").as_deref(),
        Some("1. Review of work in 2023 > 2. Key tasks for 2024")
    );
    // One heading without English keeps the whole path Chinese.
    assert_eq!(path("一、2023年工作回顾 > 二是农业发展稳中有进"), None);
}

/// The record's "Section" in English: each heading the glossary names in
/// English, the others whole and in Chinese, each tagged with its language.
#[test]
fn a_section_path_in_english_names_what_it_can_and_keeps_the_rest_whole() {
    use report_explorer::glossary::path_in;
    use report_explorer::i18n::Lang::{En, Zh};
    let shown = |zh: &str, lang| {
        path_in(zh, lang)
            .into_iter()
            .map(|(t, l)| format!("{t} [{}]", l.id()))
            .collect::<Vec<_>>()
            .join(" > ")
    };
    assert_eq!(
        shown("一、2023年工作回顾 > 二是农业发展稳中有进", En),
        "1. Review of work in 2023 [en] > 二是农业发展稳中有进 [zh]"
    );
    assert_eq!(
        shown("二、2024年重点工作任务 > （一）强化科技创新引领，加速推进产业振兴 > 一是加快传统产业转型升级", En),
        "2. Key tasks for 2024 [en] > （一）强化科技创新引领，加速推进产业振兴 [zh] > 一是加快传统产业转型升级 [zh]"
    );
    assert_eq!(
        shown("三、加强政府自身建设", En),
        "3. Strengthening the government's own work [en]"
    );
    assert_eq!(
        shown("一、2023年工作回顾 > 二是农业发展稳中有进", Zh),
        "一、2023年工作回顾 [zh] > 二是农业发展稳中有进 [zh]"
    );
    // Every section of the embedded report opens with an English part heading.
    let report = report_explorer::embedded::report();
    for i in &report.indicators {
        assert_eq!(path_in(&i.section, En)[0].1, En, "{}", i.section);
    }
}

/// Project stages, levels of key projects and urban-renewal counts compose
/// like the other qualifiers and heads (tenth corpus set, 2026-12-06).
#[test]
fn project_stages_and_renewal_counts_compose() {
    en("竣工项目", "Completed projects");
    en("续建项目", "Continuing projects");
    en("实施省重点项目", "Provincial key projects implemented");
    en("建成投产项目", "Projects completed and in production");
    en("加装电梯", "Lifts installed");
    en("新增公共停车泊位", "New public parking spaces");
    en("新登记市场主体", "Newly registered market entities");
}
