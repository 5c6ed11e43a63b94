//! The development corpus and the blind set (issue 14, item 5): excerpts in
//! the style of other places' reports — provinces and an autonomous region,
//! prefecture cities (one at a province capital's rank, one a 计划单列市)
//! and autonomous prefectures, a league, counties (autonomous ones among
//! them), a banner and county-level cities, urban districts (one coastal),
//! development zones and new areas; 2016–2026;
//! review and plan parts, five-year reviews, excerpts without part
//! headings — each annotated by hand (tests/fixtures/corpus/annotate.py,
//! README.md).
//!
//! `cargo test --test extract_corpus -- --nocapture` prints recall,
//! precision and per-field accuracy for the dev excerpts and for the blind
//! ones, pooled and per excerpt. Only the dev excerpts' differences are
//! listed; set `CORPUS_BLIND_DIFFS=1` to list the blind ones too, and do not
//! change a rule because of them before the blind score is recorded. The
//! excerpts of `NEXT_BLIND` (the next blind set, written early) are scored by
//! neither test until they become `BLIND`.

#[path = "fixtures/eval.rs"]
mod eval;

use report_explorer::extract::extract;

macro_rules! excerpt {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("fixtures/corpus/", $name, ".txt")),
            include_str!(concat!("fixtures/corpus/", $name, ".tsv")),
        )
    };
}

const EXCERPTS: [(&str, &str, &str); 89] = [
    excerpt!("prov-beiyuan-2025"),
    excerpt!("city-dongchuan-2024"),
    excerpt!("city-ningchuan-2023"),
    excerpt!("city-lanzhou-2021"),
    excerpt!("city-qingyu-2025"),
    excerpt!("city-tongchuan-2022"),
    excerpt!("city-anlan-2025"),
    excerpt!("county-linjiang-2024"),
    excerpt!("county-xiping-2025"),
    excerpt!("county-shiqiao-2021"),
    excerpt!("cityc-fengxi-2022"),
    excerpt!("cityc-liutang-2023"),
    excerpt!("district-beihu-2024"),
    excerpt!("district-jiangbin-2023"),
    // Dev excerpts added on branch accuracy: a typeset county report
    // (full-width years, `︰` ratio), a district review marked `预计（下同）`
    // with `这一年，…` lead sentences, a province without headings, a city's
    // "十三五" review, a district's review with new units and shared units, a
    // county-level city's plan.
    excerpt!("county-songling-2023"),
    excerpt!("district-xiwan-2024"),
    excerpt!("prov-nanling-2024"),
    excerpt!("city-heyang-2021"),
    excerpt!("district-qiaodong-2025"),
    excerpt!("cityc-yunxi-2025"),
    // The second blind set (2026-12-06), dev since branch rules2: an
    // autonomous prefecture, a banner's 2026 report without headings
    // ("十四五" closing, "十五五" opening), a county-level city's plan, a
    // municipal district's review.
    excerpt!("zhou-heyun-2025"),
    excerpt!("banner-narenxile-2026"),
    excerpt!("cityc-liaobin-2024"),
    excerpt!("district-qiwu-2025"),
    // The third blind set (2026-12-06), dev since branch blind4: a
    // province's 2026 report ("十四五" close, "十五五" targets), a county's
    // 民生实事 list, a city's review in 同比/环比 with gaps to the average, a
    // district's 分别 lists and ranks without headings.
    excerpt!("prov-chengyuan-2026"),
    excerpt!("county-muxi-2025"),
    excerpt!("city-lingbo-2024"),
    excerpt!("district-yanqiao-2023"),
    // The fourth blind set (2026-12-06), dev since branch blind5: a
    // prefecture city's 2026 report without headings ("十四五" close,
    // "十五五" targets), a county-level city's 2020 report (预计 list,
    // 增长-N%), a development zone's 2024 report (规上工业总产值, 外资,
    // 进出口), a province's 2023 report with a three-year review.
    excerpt!("city-jiayuan-2026"),
    excerpt!("cityc-weitang-2020"),
    excerpt!("zone-lugang-2024"),
    excerpt!("prov-censhan-2023"),
    // Dev, added on branch rules3: a county's review with a rate's change of
    // pace, a completion rate and gaps to averages and to the first half.
    excerpt!("county-tanhe-2024"),
    // The fifth blind set (2026-12-06), dev since branch blind6: an
    // autonomous region's 2022 report
    // (过去五年 from 2016 to 2021, non-numeric targets), a county's 2023 plan
    // of key projects, an urban district's 2021 review (parts of the year,
    // gaps to the city, 百分之…, a fraction), a prefecture city's 2019 target
    // list with every bound.
    excerpt!("prov-talaqin-2022"),
    excerpt!("county-pugou-2023"),
    excerpt!("district-fenglin-2021"),
    excerpt!("city-shanpu-2019"),
    // The sixth blind set (2026-12-06), dev since branch blind7: a
    // province-capital city's 2024 review at 万亿 scale (战略性新兴产业
    // shares, 倍, 成, 余, 近/约/逾/超), a grain and forest county's 2025
    // report without headings (亩产 in 公斤, 万头/万只, 林下经济), a coastal
    // district's port and trade review (亿吨, 万标箱, 跨境电商, a range among
    // results), a county-level city's 2025 tourism report (万人次, 过夜游客,
    // A级景区, 星级酒店); numbers that are no records (dates, document and
    // phone numbers, addresses, 第N届).
    excerpt!("city-heting-2024"),
    excerpt!("county-yuyuan-2025"),
    excerpt!("district-chaoyu-2024"),
    excerpt!("cityc-xialing-2025"),
    // The seventh blind set (2026-12-06), dev since branch blind8: a coal
    // city's 2023 review of its transition (万吨, coal and non-coal shares,
    // 采煤沉陷区 in 平方公里, a slash fraction), a border autonomous county's 2024 review (易地搬迁 in
    // 户 and 人, 脱贫人口人均纯收入, 千余/万余, 近一成), a municipal district's
    // 2022 report (街道 and 社区, 一网通办, a numbered 民生实事 list), a
    // province's 2021 report ("十三五" review, "十四五" five-year targets).
    excerpt!("city-mochuan-2023"),
    excerpt!("county-qingkou-2024"),
    excerpt!("district-tingjing-2022"),
    excerpt!("prov-hengze-2021"),
    // The eighth blind set (2026-12-06), dev since branch blind9: ordinary
    // reports, as the external scoring uses: a prefecture city's 2023 review
    // in six （一） sections (新开工/竣工投产/签约 projects, 民生 in 所, 个, 张), a
    // county's 2024 plan (target list and eight task sections), a district's
    // 2025 review (招商引资, 城市更新, 社会事业), a county-level city's 2022
    // report (过去五年, 2021, targets).
    excerpt!("city-zheyang-2023"),
    excerpt!("county-huaiping-2024"),
    excerpt!("district-tangxi-2025"),
    excerpt!("cityc-zhiting-2022"),
    // The ninth blind set (2026-12-06), dev since branch rules10: ordinary
    // reports again: a prefecture
    // city's 2021 report (2020 opening with 疫情防控, the "十三五" close,
    // 五年来 totals with 新开工/续建 parts), a county's 2026 plan ("十五五"
    // line, opening-year targets, five task sections), a district's 2023
    // review of 稳住经济大盘 (留抵退税, 市场主体 in 万户, jobs, projects), a
    // prefecture city's 2025 plan with eight task sections.
    excerpt!("city-lishan-2021"),
    excerpt!("county-cibu-2026"),
    excerpt!("district-hexu-2023"),
    excerpt!("city-chunling-2025"),
    // The tenth blind set (2026-12-06), dev since branch rules11: ordinary
    // reports of kinds and years the corpus had little of: an autonomous prefecture's 2020 report
    // (脱贫攻坚 review of 2019, 贫困发生率 由X下降到Y, 坝区, the 2020 targets), a
    // county's 2022 review of agriculture and 乡村振兴 without headings (万亩,
    // 万吨, 万头, 十八连丰, a ratio, 防返贫监测), a district's 2026 plan ("十五五"
    // targets as a list, the opening year's list, task paragraphs), a
    // county-level city's 2019 report (百强县市 rank, 连续4年…第2位, 十件民生实事).
    excerpt!("zhou-yanwa-2020"),
    excerpt!("county-jifeng-2022"),
    excerpt!("district-zigang-2026"),
    excerpt!("cityc-zhenyuan-2019"),
    // The eleventh blind set (2026-12-06), dev since branch rules12.
    // A province's 2024 report (预计 headline, four sections, the target list
    // and tasks), a prefecture city's 2022 review of 2021 (制造业, 数字经济,
    // 科技创新: 研发投入强度, 高新技术企业, 专利), a new area's 2023 report
    // without headings (招商引资, 外贸 in 亿美元 and 万美元), a district's 2021
    // report without headings (城市更新, 教育, 医疗, 养老).
    excerpt!("prov-danning-2024"),
    excerpt!("city-dichuan-2022"),
    excerpt!("zone-qinwan-2023"),
    excerpt!("district-huadi-2021"),
    // The twelfth blind set (2026-12-06), dev since branch rules13.
    // A prefecture city's 2020 report (2019 review under four （一）–（四）
    // sections, a long 2020 target list in `；` items with 力争, 确保 and
    // 实际使用外资), a county's 2023 review of the 疫情 year (同比 / 环比,
    // 增速 ranks, a streak of quarters), a county-level city's 2024 plan
    // (ranges, 力争 / 争取 / 确保 / 预期 / 努力, a rank target) and a mountain
    // autonomous county's 2025 report (tourism, ecology, 民生, a `今年` line).
    excerpt!("city-tiaoyang-2020"),
    excerpt!("county-quping-2023"),
    excerpt!("cityc-dipu-2024"),
    excerpt!("county-wuxiu-2025"),
    // The thirteenth blind set (2026-12-06), dev since branch rules14.
    // A province's 2022 report (a 预计 headline with 两年平均, four sections,
    // the target list and a task sentence in `；` items), a prefecture city's
    // 2026 report (the "十四五" close in one sentence of 由X增加到Y and 年均,
    // the "十五五" targets, the 2026 list and tasks), a central urban
    // district's 2024 review (楼宇经济, 总部经济, 城市更新 and 社区) and a
    // county's 2021 report without headings (the "十三五" review, 脱贫 and
    // 易地扶贫搬迁, the 2020 疫情 year, the 2021 targets).
    excerpt!("prov-huichuan-2022"),
    excerpt!("city-xiangwu-2026"),
    excerpt!("district-tanqiao-2024"),
    excerpt!("county-panya-2021"),
    // The fourteenth blind set (2026-12-06), dev since branch rules15.
    // An autonomous region's 2019 report (a 预计 headline to its `。`, three
    // sections with 脱贫摘帽 and `从…降至…`, the 2019 target list in `；`
    // items), a county's 2020 report given after the epidemic's first months
    // (the 2019 review, a `今年以来` paragraph about 2020, the plan), a
    // high-tech zone's 2022 report without part headings (营业收入 headline,
    // 科创, 招商 in 场次 and 万美元, the 2022 list) and a county-level city's
    // 2026 plan ("十五五" targets, the 2026 list, four task sections).
    excerpt!("prov-cangrong-2019"),
    excerpt!("county-lupi-2020"),
    excerpt!("zone-jitai-2022"),
    excerpt!("cityc-zhimei-2026"),
    // The fifteenth blind set (2026-12-06), dev since branch rules16.
    // A border prefecture city's 2025 report (ports and 过货量, cross-border
    // trade, tourism, the 2025 list), a sub-provincial city's 2024 review
    // without part headings (a 预计 headline, 技术合同, 民营经济, debt), an
    // autonomous prefecture's 2023 review (tourism recovering, ecology,
    // 养老 and 医保) and a county's 2022 plan part (the list, tasks).
    excerpt!("city-linguan-2025"),
    excerpt!("city-hengjiang-2024"),
    excerpt!("zhou-ganduo-2023"),
    excerpt!("county-zhushan-2022"),
    // sixteenth set: BLIND (2026-12-06; NEXT_BLIND until branch rules16).
    // A municipality's district's 2025 report (数字 and 算力, city utilities,
    // 社保 and school places, the 2025 list), a province's 2020 report given
    // in May (energy and transport in the 2019 review, the 疫情 year's plan),
    // a resource-exhausted city's 2023 review of its transition, and a
    // county-level city's 2021 report without headings (the "十三五" close).
    excerpt!("district-huangxi-2025"),
    excerpt!("prov-jichuan-2020"),
    excerpt!("city-tanyu-2023"),
    excerpt!("cityc-fengzhu-2021"),
    // seventeenth set: NEXT_BLIND (2026-12-06).
    // A league's (盟) 2019 report (the 2018 review of farming and herding,
    // poverty relief and ecology; the 2019 list), a county's 2018 report of
    // a new congress (the five years 2013–2017, 2017, the 2018 list), a
    // district's 2024 plan part (the list, three task paragraphs, ten
    // 民生实事 in one sentence) and a new area's 2019 report (招商, 创新 and
    // city building in the 2018 review; the 2019 list and tasks).
    excerpt!("league-harnur-2019"),
    excerpt!("county-rongfan-2018"),
    excerpt!("district-jiaochuan-2024"),
    excerpt!("zone-pengyu-2019"),
    // eighteenth set: NEXT_BLIND after the seventeenth (2026-12-06).
    // An autonomous county's 2017 report (the 2016 review, poverty relief,
    // farm industries; the 2017 list and tasks), a 计划单列市's 2016 report
    // (the "十二五" review, 2015, opening up; the "十三五" targets and the
    // 2016 list), a district's 2022 report mostly on the business
    // environment, and a county-level city's 2023 report mostly on rural
    // revitalisation.
    excerpt!("county-maoshan-2017"),
    excerpt!("city-yinggang-2016"),
    excerpt!("district-shaogang-2022"),
    excerpt!("cityc-lintai-2023"),
];

/// The blind set: excerpts annotated before any rule was changed for them.
/// Their first score is the blind score recorded in README; no extractor
/// rule may be changed because of them before it is.
/// The first set (prov-beiyuan-2025, city-anlan-2025, county-shiqiao-2021,
/// district-jiangbin-2023), the second (zhou-heyun-2025,
/// banner-narenxile-2026, cityc-liaobin-2024, district-qiwu-2025), the
/// third (prov-chengyuan-2026, county-muxi-2025, city-lingbo-2024,
/// district-yanqiao-2023; blind score recall 0.993, precision 1.000, period
/// 0.940, direction 0.962, kind 0.962, subject 0.917, sector 0.947) and the
/// fourth (city-jiayuan-2026, cityc-weitang-2020, zone-lugang-2024,
/// prov-censhan-2023; blind score at its first run recall 0.962, precision
/// 0.993, period 0.967, direction 0.993, kind 0.993, subject 0.907, sector
/// 0.940; after branch rules3 recall 0.962, precision 0.993, period 0.967,
/// direction 1.000, kind 1.000, subject 0.913, sector 0.940) and the fifth
/// (prov-talaqin-2022, county-pugou-2023, district-fenglin-2021,
/// city-shanpu-2019; blind score at its first run recall 0.942, precision
/// 0.985, unit 0.992, period 0.985, subject 0.916, sector 0.931; after
/// branch rules4 recall 0.950, precision 0.985, subject 0.924, sector 0.932)
/// and the sixth (city-heting-2024, county-yuyuan-2025, district-chaoyu-2024,
/// cityc-xialing-2025; blind score at its first run recall 0.902, precision
/// 0.963, period 0.992, direction 0.984, kind 0.992, subject 0.884, sector
/// 0.791; after branch rules5 identical) and the seventh
/// (city-mochuan-2023, county-qingkou-2024, district-tingjing-2022,
/// prov-hengze-2021; blind score at its first run recall 0.959, precision
/// 1.000, period 0.943, direction 0.986, subject 0.757, sector 0.779; after
/// branch rules6 recall 0.979, precision 1.000, period 0.944, direction
/// 0.986, subject 0.755, sector 0.797) and the eighth (city-zheyang-2023,
/// county-huaiping-2024, district-tangxi-2025, cityc-zhiting-2022; blind
/// score at its first run recall 0.989, precision 1.000, period 0.983,
/// subject 0.971, sector 0.971; after branches rules7 and rules8 recall
/// 0.989, precision 1.000, period 1.000, subject 0.966, sector 0.971)
/// and the ninth (city-lishan-2021, county-cibu-2026, district-hexu-2023,
/// city-chunling-2025: ordinary reports, a prefecture city's 2021 report
/// with the "十三五" close, a county's 2026 plan, a district's 2023 review of
/// 稳住经济大盘, a prefecture city's 2025 plan; blind score at its first run
/// recall 0.994, precision 1.000, period 0.988, subject 0.945, sector 0.951;
/// after branch rules9 recall 1.000, precision 1.000, period 0.988, subject
/// 0.952, sector 0.952; went to dev on branch rules10)
/// and the tenth (zhou-yanwa-2020, county-jifeng-2022, district-zigang-2026,
/// cityc-zhenyuan-2019: ordinary reports, an autonomous prefecture's 2020
/// report with the 脱贫攻坚 review, a county's 2022 review of agriculture and
/// 乡村振兴 without headings, a district's 2026 plan, a county-level city's
/// 2019 report without headings; blind score at its first run recall 0.994,
/// precision 1.000, period 0.982, subject 0.941, sector 0.953; after branch
/// rules10 recall 0.994, precision 1.000, period 0.982, subject 0.953,
/// sector 0.959; went to dev on branch rules11)
/// and the eleventh (prov-danning-2024, city-dichuan-2022,
/// zone-qinwan-2023, district-huadi-2021: a province's 2024 report, a
/// prefecture city's 2022 review of industry, 数字经济 and 科技创新, a new
/// area's 2023 review of 招商引资 and 外贸, a district's 2021 review of
/// 城市更新, 教育, 医疗 and 养老; blind score at its first run recall 0.994,
/// precision 1.000, period 1.000, subject 0.965, sector 0.947, every other
/// field 1.000; after branch rules11 identical; went to dev on branch
/// rules12)
/// and the twelfth (city-tiaoyang-2020, county-quping-2023,
/// cityc-dipu-2024, county-wuxiu-2025: a prefecture city's 2020 report with
/// a long target list, a county's 2023 review of the 疫情 year, a
/// county-level city's 2024 plan, a mountain autonomous county's 2025
/// report; blind score at its first run (main at 1ed581a) recall 0.984,
/// precision 0.995, direction 0.995, kind 0.995, subject 0.947, sector
/// 0.958, every other field 1.000; after branch rules11 subject 0.942, after
/// branch rules12 sector 0.963, the rest unchanged; went to dev on branch
/// rules13)
/// and the thirteenth (prov-huichuan-2022, city-xiangwu-2026,
/// district-tanqiao-2024, county-panya-2021: a province's 2022 report, a
/// prefecture city's 2026 report with the "十四五" close and the "十五五"
/// targets, a central urban district's 2024 review, a county's 2021 report
/// without headings; blind score at its first run (main at d7f9911) recall
/// 0.995, precision 1.000, period 0.981, subject 0.943, sector 0.962, every
/// other field 1.000; after branches rules12 and rules13 identical; went to
/// dev on branch rules14)
/// and the fourteenth (prov-cangrong-2019, county-lupi-2020,
/// zone-jitai-2022, cityc-zhimei-2026: an autonomous region's 2019 report,
/// a county's 2020 report given after the epidemic's first months, a
/// high-tech zone's 2022 report without part headings, a county-level
/// city's 2026 plan; blind score at its first run (main after branch
/// rules13) recall 0.981, precision 1.000, period 0.962, subject 0.962,
/// sector 0.943, every other field 1.000; after branch rules14 sector
/// 0.950, the rest unchanged; went to dev on branch rules15)
/// and the fifteenth (city-linguan-2025, city-hengjiang-2024,
/// zhou-ganduo-2023, county-zhushan-2022: a border prefecture city's 2025
/// report, a sub-provincial city's 2024 review without part headings, an
/// autonomous prefecture's 2023 review, a county's 2022 plan part; blind
/// score at its first run (main after branch rules14) recall 0.989,
/// precision 0.989, value 0.994, period 0.994, status 0.954, subject 0.942,
/// sector 0.965, every other field 1.000; after branch rules15 recall 0.994,
/// subject 0.943, sector 0.966, the rest unchanged; went to dev on branch
/// rules16)
/// had their scores recorded in README and are dev excerpts now
/// (tests/fixtures/corpus/README.md).
/// The blind set now is the sixteenth (2026-12-06; tests/fixtures/corpus/
/// README.md, "sixteenth set"): a municipality's district's 2025 report, a
/// province's 2020 report given in May, a resource-exhausted city's 2023
/// review of its transition, a county-level city's 2021 report without
/// headings; written on branch blind16 and annotated from docs/scheme.md
/// without running the extractor on them while the fifteenth set was
/// next. Its first run, recorded in README by swapping the two constants
/// for one run (main after branch rules15): 163 records, 158 extracted, 157
/// matched; recall 0.963, precision 0.994, unit 0.994, status 0.994,
/// direction 0.994, subject 0.936, sector 0.892, every other field 1.000;
/// after branch rules16 subject 0.943, the rest unchanged.
const BLIND: [&str; 4] = [
    "district-huangxi-2025",
    "prov-jichuan-2020",
    "city-tanyu-2023",
    "cityc-fengzhu-2021",
];

/// The next blind sets, written while an earlier one is still blind: the
/// seventeenth (2026-12-06; tests/fixtures/corpus/README.md, "seventeenth
/// set"): a league's (盟) 2019 report, a county's 2018 five-year review, a
/// district's 2024 plan part, a new area's 2019 report; written on branch
/// blind17 while the sixteenth was next; and the eighteenth ("eighteenth
/// set"): an autonomous county's 2017 report, a 计划单列市's 2016 report, a
/// district's 2022 report on the business environment, a county-level
/// city's 2023 report on rural revitalisation; written on branch blind18
/// while the seventeenth was next. Each was annotated from docs/scheme.md
/// without running the extractor on it. Neither test scores them: dev
/// leaves them out as it leaves out `BLIND`; the seventeenth becomes
/// `BLIND` when the sixteenth set goes to dev, the eighteenth when the
/// seventeenth does. The thirteenth to sixteenth sets were such sets. The
/// seventeenth's first run, recorded by swapping the two constants for one
/// run (main at c4b6886, before branches speed7 and rules16): 173 records,
/// 173 extracted, 172 matched; recall 0.994, precision 0.994, subject
/// 0.895, sector 0.953, every other field 1.000. The eighteenth's,
/// recorded the same way by the lead (main at 9e05296 with blind18, the
/// sixteenth set out of both pools for that run, its differences not
/// listed): 158 records, 158 extracted, 153 matched; recall 0.968,
/// precision 0.968 (district-shaogang-2022 0.848, the others 1.000),
/// subject 0.954, sector 0.967, every other field 1.000.
const NEXT_BLIND: [&str; 8] = [
    "league-harnur-2019",
    "county-rongfan-2018",
    "district-jiaochuan-2024",
    "zone-pengyu-2019",
    "county-maoshan-2017",
    "city-yinggang-2016",
    "district-shaogang-2022",
    "cityc-lintai-2023",
];

/// Lower bounds on recall, precision and each field's accuracy (in
/// `eval::FIELDS` order), set just below the scores of the extractor when
/// the corpus was written. Floors only ratchet up: raise one when a rule
/// change lifts its score, never lower one to let a change through.
struct Floors {
    recall: f64,
    precision: f64,
    fields: [f64; 9],
}

/// Seeded 2026-12-06 (dev: 297 records; recall 0.896, precision 0.943).
/// Raised 2026-12-06 by period, status and sector read from the text
/// (branch rules-period): period 1.000, status 1.000, direction 1.000,
/// kind 1.000, sector 0.996.
/// Raised for issue 14's number forms and subject cuts (recall 1.000,
/// precision 1.000, subject 0.970). Both together, merged: period 0.980,
/// status 1.000, direction 1.000, kind 1.000, subject 0.970, sector 0.997.
/// Raised on branch accuracy (four more dev excerpts, 420 records; full-width
/// years, typeset ratios, `预计（下同）`, asides, lead sentences, five-year
/// baselines and ranking moves): recall 1.000, period 0.986, subject 0.979,
/// sector 0.998. Then a fifth (437 records; shared units, 兆瓦/亿度/万株/公斤),
/// ratios dated as one: period 0.993, subject 0.979, sector 1.000. A sixth
/// (453 records): period 0.993, subject 0.980, sector 1.000. The governing
/// word left out of a plan's subject: subject 0.982.
/// Raised on branch rules (the four former blind excerpts joined dev, 583
/// records; ∶ ratios, streak periods, sector words, headline paragraphs,
/// five-year totals, item verbs, aspects and changes in subjects): recall
/// 1.000, precision 1.000, period 1.000, status 1.000, direction 0.998,
/// kind 1.000, subject 0.993, sector 1.000.
/// Raised on branch rules2 (the second blind set joined dev, 718 records;
/// league and banner scopes, bound amounts of any unit, top-N ranks, shared
/// measures, `降至`, fallback topic words): recall 1.000, precision 1.000,
/// direction 1.000, subject 0.994, every other field 1.000.
/// Re-seeded when the third blind set joined dev (852 records; the set
/// itself is not lower than when it was blind, dev now holds its misses):
/// recall 0.999, period 0.991, direction 0.994, kind 0.994, subject 0.982,
/// sector 0.992, each rounded down to 0.01. Raised on branch rules3 (its
/// rules written from the third set's misses, and county-tanhe-2024; 881
/// records): subject 0.997, every other field 1.000.
/// When the fourth blind set joined dev (branch blind5, 1037 records; no
/// floor lowered, dev now holds its misses) dev scored recall 0.994
/// (1031/1037), precision 0.999 (1031/1032), period 0.995, subject 0.984,
/// sector 0.991, below these floors until rules for them are written; with
/// branch rules4 merged (its rules written from the fourth set's misses):
/// subject 0.998, every other field 1.000.
/// When the fifth blind set joined dev (branch blind6, 1176 records; no
/// floor lowered, dev now holds its misses) dev scored recall 0.994
/// (1169/1176), precision 0.998 (1169/1171), unit 0.999 (1168/1169), period
/// 0.998 (1167/1169), subject 0.990 (1157/1169, below its 0.99), sector
/// 0.992 (1160/1169), below these floors until rules for them are written;
/// with branch rules5 merged: subject 0.998, every other field 1.000.
/// When the sixth blind set joined dev (branch blind7, 1319 records; no
/// floor lowered, dev now holds its misses) dev scored recall 0.989
/// (1305/1319), precision 0.996 (1305/1310), period 0.999 (1304/1305),
/// direction 0.998 (1303/1305), kind 0.999 (1304/1305), subject 0.987
/// (1288/1305, below its 0.99), sector 0.979 (1277/1305), below these
/// floors until rules for them are written. With branch rules6 merged:
/// period 0.999 (1318/1319: a one-year review's `由X延长至Y` baseline,
/// which the scheme dates only for several-year reviews; left for a
/// decision, see issue 14's notes), subject 0.991, every other field 1.000;
/// the period floor is 0.99 until that is decided. Decided on branch
/// rules7 (docs/scheme.md, rule 4 of "Period and status": a one-year
/// baseline is the year before): period 1.000, its floor back to 1.00.
/// When the seventh blind set joined dev (branch blind8, 1465 records; no
/// floor lowered, dev now holds its misses) dev scored recall 0.998
/// (1462/1465), precision 1.000, period 0.994 (1453/1462), direction 0.999
/// (1460/1462), subject 0.968 (1415/1462), sector 0.980 (1433/1462), verb
/// 0.999 (1460/1462) and every other field 1.000, below these floors
/// (recall, direction, subject, sector) until rules for them are written;
/// every dev difference in recall, direction and sector comes from the
/// seventh set, as do 8 of the 9 period and 35 of the 47 subject ones.
/// With branch rules7 merged (its rules written from the seventh set):
/// recall 0.998 (1462/1465: the fractions `超过3/4`, `3/5以上` and a bare
/// rate `0.021`), subject 0.988, every other field 1.000; recall and
/// subject floors at 0.99 and 0.98 until those are read (issue 14's notes).
/// When the eighth blind set joined dev (branch blind9, 1641 records; no
/// floor lowered, dev now holds its misses) dev scored recall 0.999
/// (1639/1641), sector 0.997 (1634/1639), subject 0.993 (1627/1639, above
/// its 0.99) and every other field 1.000, below these floors (recall by
/// 0.0012, sector by 0.0031) until rules for them are written; every dev
/// difference in recall and sector comes from the eighth set, as do 6 of
/// the 12 subject ones.
/// With branches rules9 and blind9 merged (the eighth set in dev, 1641
/// records): recall 1.000, subject 0.995, sector 0.998 (three headline and
/// heading sectors of the eighth set that need a scheme decision, issue
/// 14's notes), every other field 1.000; the sector floor is 0.99 until then.
/// When the ninth blind set joined dev (branch rules10, 1806 records; no
/// floor lowered) dev scored recall 1.000, precision 1.000, period 0.999,
/// subject 0.991, sector 0.994. With branch rules10's rules (the ninth
/// set's differences, the eighth set's three sectors decided in
/// docs/scheme.md, and earlier subject cuts): period 1.000, subject 0.999
/// (1804/1806: `保税物流中心…入驻企业` and `满意率`, whose owners stand in a
/// clause before without a number), sector 1.000, every other field 1.000;
/// the sector floor back to 1.00.
/// When the tenth blind set joined dev (branch rules11, 1976 records; no
/// floor lowered) dev scored recall 0.999 (1975/1976), precision 1.000,
/// period 0.998 (1972/1975), subject 0.995 (1965/1975), sector 0.996
/// (1968/1975), every difference but two subject ones from the tenth set.
/// With branch rules11's rules (and six `完成营造林` records re-annotated
/// `营造林`, docs/scheme.md): subject 0.999 (1974/1976, the same two as
/// after branch rules10), every other field 1.000; with two rules for
/// those (firms settled in a place the clause before names, a service's
/// bare rate after a count of its handling): every field 1.000, the
/// subject floor raised to 1.00.
/// When the eleventh blind set joined dev (branch rules12, 2147 records; no
/// floor lowered) dev scored recall 1.000 (2146/2147), precision 1.000,
/// subject 0.997 (2140/2146), sector 0.996 (2137/2146), every difference
/// from the eleventh set. With branch rules12's rules: every field 1.000.
/// When the twelfth blind set joined dev (branch rules13, 2339 records) dev
/// scored recall 0.999 (2336/2339), precision 1.000 (2336/2337, below 1.00),
/// direction and kind 1.000 (2335/2336, below 1.00), subject 0.995
/// (2325/2336), sector 0.997 (2328/2336), every difference from the twelfth
/// set; the dev set changed, so those six floors were set just below the
/// new pooled scores (0.99) until rules for them are written. With branch
/// rules13's rules (and one twelfth-set `完成营造林` re-annotated `营造林`):
/// every field 1.000 but sector 0.9996 (2338/2339: `实际使用外资` inside a
/// target list, annotated `investment` where docs/scheme.md makes a target
/// list all `macro`; left for a decision), so recall, precision, direction,
/// kind and subject back to 1.00 and sector at 0.99 until that is decided.
/// Decided by ../shared/INDICATORS.md ("a headline list … is all `macro`"):
/// the record re-annotated `macro`, every field 1.000, sector raised to 1.00.
/// When the thirteenth blind set joined dev (branch rules14, 2550 records)
/// dev scored recall 1.000 (2549/2550, below 1.00), precision 1.000, period
/// 0.998 (2545/2549), subject 0.995 (2537/2549), sector 0.997 (2541/2549),
/// every difference from the thirteenth set; the dev set changed, so those
/// four floors were set just below the new pooled scores (0.99) until rules
/// for them are written. With branch rules14's rules (and one
/// thirteenth-set `108个社区全部建成…` re-annotated `建成…的社区`, as the dev
/// corpus names such counts): every field 1.000 (2550/2550), the four
/// floors back to 1.00.
/// When the fourteenth blind set joined dev (branch rules15, 2712 records)
/// dev scored recall 0.999 (2709/2712), precision 1.000, period 0.998
/// (2703/2709), subject 0.998 (2703/2709), sector 0.997 (2701/2709), every
/// difference from the fourteenth set; the dev set changed, so those four
/// floors were set just below the new pooled scores (0.99) until rules for
/// them are written. With branch rules15's rules: recall 1.000, period
/// 0.9996 (2711/2712), subject 1.000 (2712/2712), sector 0.998 (2706/2712);
/// recall and subject back to 1.00, period and sector at 0.99 (one
/// written-year baseline in a one-year review, where docs/scheme.md and the
/// annotation differ, and sectors of ranks and a `今年以来` paragraph left).
/// When the fifteenth blind set joined dev (branch rules16, 2887 records)
/// dev scored recall 0.9997 (2886/2887), precision 0.9993 (2886/2888),
/// value 0.9997 (2885/2886), period 0.9993 (2884/2886), status 0.997
/// (2878/2886), subject 0.997 (2876/2886), sector 0.996 (2875/2886), verb
/// 0.997 (2878/2886); every difference but the six left after branch
/// rules15 from the fifteenth set. The dev set changed, so recall,
/// precision, value, status, subject and verb were set just below the new
/// pooled scores (0.99) until rules for them are written. With branch
/// rules16's rules (and one fifteenth-set value written `49.0` re-annotated
/// `49`, the number): every field 1.000 (2887/2887) but period 0.9997
/// (2886/2887, the written-year baseline left after branch rules15) and
/// sector 0.9986 (2883/2887: two industry figures in a `今年以来` paragraph
/// that also gives GDP, and a zone's place in an overall ranking of zones
/// and its move, `在国家高新区综合评价中位列第47位，较上年上升5位`, read as
/// investment by the park word); recall, precision, value, status,
/// subject and verb back to 1.00, period and sector at 0.99.
const DEV_FLOORS: Floors = Floors {
    recall: 1.00,
    precision: 1.00,
    // value, unit, comparator, period, status, direction, kind, subject, sector
    fields: [1.00, 1.00, 1.00, 0.99, 1.00, 1.00, 1.00, 1.00, 0.99],
};

/// Lower bounds on the dev accuracy of the fields only the corpus
/// annotates (`eval::OPTIONAL` order: value_high, verb), set when the
/// extractor began to read them (issue 14: 1.000 and 0.997). Raised on
/// branch rules (583 records): 1.000 and 1.000.
/// With the sixth set in dev (branch rules6): verb 0.998, its two misses a
/// `力争` at a sentence's head not reaching past `、`/`，` (issue 14's notes).
/// Branch rules8 (an opener in a clause of its own, `今年，力争…`): 1.000.
/// With the fifteenth set in dev (branch rules16): verb 0.997 (2878/2886,
/// the eight records of a `预计` headline), its floor 0.99 until read; with
/// a year in a clause of its own read as an opener (`2023年，预计…`): 1.000.
const DEV_OPTIONAL_FLOORS: [f64; 2] = [1.00, 1.00];

/// Seeded from the sixteenth blind set's first run (2026-12-06, main after
/// branch rules15: 163 records, 158 extracted, 157 matched; recall 0.963,
/// precision 0.994, unit 0.994, status 0.994, direction 0.994, subject
/// 0.936, sector 0.892, every other field 1.000), each rounded down to 0.01.
/// The fifteenth set's floors (recall 0.98, precision 0.98, value 0.99,
/// period 0.99, status 0.95, subject 0.94, sector 0.96) went with it to dev
/// (branch rules16). A regression guard only: rules are never tuned on
/// these excerpts while they are blind.
const BLIND_FLOORS: Floors = Floors {
    recall: 0.96,
    precision: 0.99,
    // value, unit, comparator, period, status, direction, kind, subject, sector
    fields: [1.00, 0.99, 1.00, 1.00, 0.99, 0.99, 1.00, 0.93, 0.89],
};

/// Scores a set of excerpts one by one and pooled; returns the pooled score.
fn run(label: &str, names: &[&str], show_diffs: bool) -> eval::Score {
    let mut gold_all = Vec::new();
    let mut got_all = Vec::new();
    for (k, (name, text, tsv)) in EXCERPTS
        .iter()
        .filter(|(n, _, _)| names.contains(n))
        .enumerate()
    {
        // Offsets are per file, so keep records of different files apart.
        let shift = (k + 1) * 1_000_000;
        let gold = eval::load(tsv);
        let got = extract(text).indicators;
        let mut s = eval::score(&gold, &got);
        if !show_diffs {
            s.diffs.clear();
        }
        s.print(&format!("{label} {name}"));
        gold_all.extend(gold.into_iter().map(|mut g| {
            g.start += shift;
            g
        }));
        got_all.extend(got.into_iter().map(|mut i| {
            i.start += shift;
            i
        }));
    }
    let mut total = eval::score(&gold_all, &got_all);
    total.diffs.clear();
    total.print(&format!("{label} (all)"));
    total
}

fn assert_floors(label: &str, s: &eval::Score, floors: &Floors) {
    let mut low = Vec::new();
    if s.recall() < floors.recall {
        low.push(format!("recall {:.3} < {}", s.recall(), floors.recall));
    }
    if s.precision() < floors.precision {
        low.push(format!(
            "precision {:.3} < {}",
            s.precision(),
            floors.precision
        ));
    }
    for (k, field) in eval::FIELDS.iter().enumerate() {
        if s.accuracy(k) < floors.fields[k] {
            low.push(format!(
                "{field} {:.3} < {}",
                s.accuracy(k),
                floors.fields[k]
            ));
        }
    }
    assert!(
        low.is_empty(),
        "{label} below its floors: {}",
        low.join(", ")
    );
}

fn dev_names() -> Vec<&'static str> {
    EXCERPTS
        .iter()
        .map(|(n, _, _)| *n)
        .filter(|n| !BLIND.contains(n) && !NEXT_BLIND.contains(n))
        .collect()
}

#[test]
fn dev_excerpts_score_above_their_floors() {
    let total = run("dev", &dev_names(), true);
    assert_floors("dev", &total, &DEV_FLOORS);
    for (k, field) in eval::OPTIONAL.iter().enumerate() {
        let got = total.optional_accuracy(k);
        assert!(
            got >= DEV_OPTIONAL_FLOORS[k],
            "dev below its floors: {field} {got:.3} < {}",
            DEV_OPTIONAL_FLOORS[k]
        );
    }
}

#[test]
fn blind_excerpts_score_above_their_floors() {
    if BLIND.is_empty() {
        println!("blind: no blind excerpts (the next set is being written); skipped");
        return;
    }
    let show = std::env::var_os("CORPUS_BLIND_DIFFS").is_some();
    let total = run("blind", &BLIND, show);
    assert_floors("blind", &total, &BLIND_FLOORS);
}

#[test]
fn corpus_files_are_consistent() {
    // Every excerpt on disk is scored, every blind name is an excerpt, and
    // every annotated record sits where its TSV says (annotate.py writes
    // the offsets; this catches a text edited without re-running it).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| {
            let p = e.expect("entry").path();
            (p.extension()? == "txt").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = EXCERPTS.iter().map(|(n, _, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "EXCERPTS must list every corpus excerpt");
    for b in BLIND {
        assert!(listed.iter().any(|n| n == b), "blind {b} is not an excerpt");
    }
    for b in NEXT_BLIND {
        assert!(
            listed.iter().any(|n| n == b),
            "next blind {b} is not an excerpt"
        );
        assert!(!BLIND.contains(&b), "{b} is in both BLIND and NEXT_BLIND");
    }
    for (name, text, tsv) in EXCERPTS {
        let gold = eval::load(tsv);
        assert!(!gold.is_empty(), "{name}: no records");
        for g in &gold {
            assert_eq!(
                text.get(g.start..g.start + g.raw.len()),
                Some(g.raw.as_str()),
                "{name}: {} is not at {}",
                g.raw,
                g.start
            );
            assert!(
                g.optional.iter().all(Option::is_some),
                "{name}: value_high and verb columns expected"
            );
        }
    }
}
