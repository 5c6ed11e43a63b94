//! Number forms and subject cuts of issue 14, on sentences written for
//! these tests (the corpus's patterns in other words and numbers): ranges,
//! governing words, Chinese-numeral amounts, streaks, ranks, ratios,
//! negative growth, units, size classes, and the subjects of five-year
//! reviews and `分别` lists.

#[path = "fixtures/expect.rs"]
mod expect;

use expect::{expect, plan, review};

/// A range (`4.5%至5%`, `3%—4%左右`) is one record: `value` its lower end, `value_high` its upper end; a bound written after the range is the range's.
#[test]
fn a_range_is_one_record_with_its_upper_end() {
    expect(
        &review("全县社会消费品零售总额增长4.5%至5%，外贸进出口总额增长3%—4%左右。"),
        &[
            "4.5%至5%|4.5|%||2023|actual|up|growth|社会消费品零售总额|macro|Total retail sales of consumer goods|high=5",
            "3%—4%左右|3|%|~|2023|actual|up|growth|外贸进出口总额|opening|Total foreign trade|high=4",
        ],
    );
}

/// A range whose unit is written once, after its upper end (`60至80家`,
/// `3—5个`), is one record too; a span of years or months (`2021—2025年`,
/// `1—11月`) is not.
#[test]
fn a_range_with_its_unit_written_once_is_one_record() {
    expect(
        &plan("全年新增规上工业企业60至80家，建设省级以上特色产业园区3—5个；2021—2025年累计投资，1—11月实际到位资金增长8%。"),
        &[
            "60至80家|60|家||2024|target||count|新增规上工业企业|industry|New industrial enterprises above designated size|high=80",
            "3—5个|3|个||2024|target||count|建设省级以上特色产业园区|investment|Specialty industry parks at provincial level or above built|high=5",
            "8%|8|%||2024|target|up|growth|1—11月实际到位资金|investment",
        ],
    );
}

/// `力争` governs the numbers of its clause (`、` joins them); a later `确保` takes over and ends its scope; `预计` opening a sentence governs all of it.
#[test]
fn a_governing_word_covers_its_clause_or_its_sentence() {
    expect(
        &plan("力争实现地区生产总值增长5.5%、规上工业增加值增长7%，确保新开工亿元以上项目40个，实施技改项目25个。"),
        &[
            "5.5%|5.5|%||2024|target|up|growth|地区生产总值|macro|GDP|verb=力争",
            "7%|7|%||2024|target|up|growth|规上工业增加值|macro|Value added of industry above designated size|verb=力争",
            "40个|40|个||2024|target||count|新开工亿元以上项目|investment|Newly started projects of 100 million yuan or more|verb=确保",
            "25个|25|个||2024|target||count|实施技改项目|industry",
        ],
    );
    expect(
        &review("预计全年地区生产总值达到980亿元，增长5.2%；一般公共预算收入61.3亿元，增长4.4%。"),
        &[
            "980亿元|980|亿元||2023|estimate||level|地区生产总值|macro|GDP|verb=预计",
            "5.2%|5.2|%||2023|estimate|up|growth|地区生产总值|macro|GDP|verb=预计",
            "61.3亿元|61.3|亿元||2023|estimate||level|一般公共预算收入|macro|General public budget revenue|verb=预计",
            "4.4%|4.4|%||2023|estimate|up|growth|一般公共预算收入|macro|General public budget revenue|verb=预计",
        ],
    );
}

/// `预期目标` names the list, not a verb; `预期` before a bound governs it; `争取` in a review is what was won (funds from higher government: `investment`, docs/scheme.md "Sectors"), `有望` an estimate.
#[test]
fn target_lists_and_won_funds_are_not_governed() {
    expect(
        &plan("全县主要预期目标是：地区生产总值增长6%左右；城镇调查失业率预期控制在5%以内。"),
        &[
            "6%左右|6|%|~|2024|target|up|growth|地区生产总值|macro|GDP",
            "控制在5%以内|5|%|<=|2024|target||share|城镇调查失业率|macro|Surveyed urban unemployment rate|verb=预期",
        ],
    );
    expect(
        &review("争取上级资金12.6亿元，农村居民人均可支配收入有望突破2.5万元。"),
        &[
            "12.6亿元|12.6|亿元||2023|actual||level|争取上级资金|investment|Funds from higher levels of government secured",
            "突破2.5万元|2.5|万元|>=|2023|estimate||level|农村居民人均可支配收入|macro|Per capita disposable income of rural residents|verb=有望",
        ],
    );
}

/// `突破千亿元` is 1000 亿元, as written; `百亿元企业` is a size class inside a subject; `十件` counts its noun.
#[test]
fn chinese_numeral_amounts_are_read_as_written() {
    expect(
        &review("新能源装备产业产值突破千亿元，县经济开发区营业收入突破百亿元，培育百亿元企业2家。"),
        &[
            // An industry's output is industry's (corpus README: `电子信息产业产值`).
            "突破千亿元|1000|亿元|>=|2023|actual||level|新能源装备产业产值|industry|Output value of the new energy equipment industry",
            "突破百亿元|100|亿元|>=|2023|actual||level|县经济开发区营业收入|investment",
            "2家|2|家||2023|actual||count|培育百亿元企业|macro",
        ],
    );
    expect(
        &plan("办好县政府确定的十件民生实事。"),
        &["十件|10|件||2024|target||count|民生实事|livelihood|Livelihood projects"],
    );
}

/// `连续7个季度` is a streak in 个季度 that spans years (history); `9年来首次` is a streak over years (history).
#[test]
fn streaks_of_quarters_and_first_in_years() {
    expect(
        &review("规上工业增加值增速连续7个季度居全市前列，粮食总产量达到12.3亿斤，9年来首次突破12亿斤。"),
        &[
            "连续7个季度|7|个季度||history|actual||streak|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "12.3亿斤|12.3|亿斤||2023|actual||level|粮食总产量|agriculture|Total grain output",
            "9年来首次|9|年||history|actual||streak|粮食总产量|agriculture|Total grain output",
            "突破12亿斤|12|亿斤|>=|2023|actual||level|粮食总产量|agriculture|Total grain output",
        ],
    );
}

/// `四区之首` is first; `20强` a place in a list of the strongest when the list's name ends there; `世界500强企业` names a kind of company; `百强县第57位` is one rank.
#[test]
fn ranks_among_places_and_lists_of_the_strongest() {
    expect(
        &review("地区生产总值增长6.3%，增速居全市四区之首，首次跻身全省县域经济20强。"),
        &[
            "6.3%|6.3|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "四区之首|1|||2023|actual||rank|地区生产总值增速|macro|GDP growth",
            "20强|20|强||2023|actual||rank|全省县域经济|macro",
        ],
    );
    expect(
        &review("地区生产总值增长5.1%，位列全国县域经济百强县第57位。"),
        &[
            "5.1%|5.1|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "第57位|57|位||2023|actual||rank|全国县域经济百强县|macro",
        ],
    );
    expect(
        &review("区内企业首次跻身中国民营企业500强，签约世界500强企业项目6个。"),
        &[
            "500强|500|强||2023|actual||rank|中国民营企业|macro",
            "6个|6|个||2023|actual||count|签约世界500强企业项目|investment",
        ],
    );
}

/// A streak is `history` when it is longer than a year (`连续2年`,
/// `连续5个季度`, `连续13个月`), the year's when it fits in one (`连续4个季度`,
/// `连续12个月`): docs/scheme.md, "Period and status", rule 2.
#[test]
fn a_streak_is_history_when_it_spans_years() {
    expect(
        &review("规上工业增加值增速连续4个季度居全市前列，出口额连续5个季度增长，工业用电量连续12个月增长，工业用电量连续13个月增长，粮食总产量连续2年增长。"),
        &[
            "连续4个季度|4|个季度||2023|actual||streak|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "连续5个季度|5|个季度||history|actual||streak|出口额|opening",
            "连续12个月|12|个月||2023|actual||streak|工业用电量|industry|Industrial electricity consumption",
            "连续13个月|13|个月||history|actual||streak|工业用电量|industry|Industrial electricity consumption",
            "连续2年|2|年||history|actual||streak|粮食总产量|agriculture|Total grain output",
        ],
    );
}

/// `12.1：40.3：47.6` (full- or half-width colons, the ratio sign `∶` or the
/// two-dot leader `︰` of typeset reports) gives three shares of the
/// structure it names.
#[test]
fn sector_ratios_are_shares() {
    let share = |raw: &str, year: &str| {
        format!("{raw}|{raw}|||{year}|actual||share|三次产业结构|macro|Structure of the three sectors of the economy")
    };
    let want: Vec<String> = ["24.6", "38.2", "37.2", "18.4", "36.9", "44.7"]
        .iter()
        .map(|raw| share(raw, "2023"))
        .collect();
    let want: Vec<&str> = want.iter().map(String::as_str).collect();
    expect(
        &review("三次产业结构由24.6∶38.2∶37.2调整为18.4︰36.9︰44.7。"),
        &want,
    );
    expect(
        &review("三次产业结构由12.1：40.3：47.6调整为10.2:38.5:51.3。"),
        &[
            "12.1|12.1|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "40.3|40.3|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "47.6|47.6|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "10.2|10.2|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "38.5|38.5|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "51.3|51.3|||2023|actual||share|三次产业结构|macro|Structure of the three sectors of the economy",
        ],
    );
}

/// `增长-7.3%`: the value stays positive, the direction is down, `raw` keeps the minus.
#[test]
fn negative_growth_is_a_fall() {
    expect(
        &review("固定资产投资增长-7.3%，社会消费品零售总额增长2.1%。"),
        &[
            "-7.3%|7.3|%||2023|actual|down|growth|固定资产投资|macro|Fixed-asset investment",
            "2.1%|2.1|%||2023|actual|up|growth|社会消费品零售总额|macro|Total retail sales of consumer goods",
        ],
    );
}

/// `场次`, `万美元` and `亿美元` are units of their own, not `场` or `万` before a noun.
#[test]
fn whole_units_of_events_and_dollars() {
    expect(
        &review("举办各类招商推介活动38场次，实际使用外资3120万美元，出口额2.35亿美元。"),
        &[
            "38场次|38|场次||2023|actual||count|各类招商推介活动|investment",
            "3120万美元|3120|万美元||2023|actual||level|实际使用外资|investment|Foreign capital actually used",
            "2.35亿美元|2.35|亿美元||2023|actual||level|出口额|opening",
        ],
    );
}

/// `4A级旅游景区`, `产值超5亿元企业` and `30万元以上的村` name what is counted.
#[test]
fn size_classes_inside_a_subject_are_not_records() {
    expect(
        &review("新增国家4A级旅游景区2家，培育产值超5亿元企业6家，集体经营性收入30万元以上的村达到88个。"),
        &[
            "2家|2|家||2023|actual||count|新增国家4A级旅游景区|consumption|New national 4A tourist attractions",
            "6家|6|家||2023|actual||count|培育产值超5亿元企业|macro",
            "88个|88|个||2023|actual||count|集体经营性收入30万元以上的村|macro",
        ],
    );
}

/// A baseline's year and `由`/`从`, `增加到`, `年均`, `两年平均`, `较上年` are not the metric.
#[test]
fn five_year_reviews_name_the_metric() {
    expect(
        &review("全市地区生产总值由2018年的870亿元增加到2022年的1240亿元，年均增长7.2%，两年平均增长5.6%。"),
        &[
            "870亿元|870|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "1240亿元|1240|亿元||2023|actual|up|level|地区生产总值|macro|GDP",
            "7.2%|7.2|%||history|actual|up|growth|地区生产总值|macro|GDP",
            "5.6%|5.6|%||history|actual|up|growth|地区生产总值|macro|GDP",
        ],
    );
    expect(
        &review("一般公共预算收入从41.5亿元提高到63.2亿元，高新技术企业数量较上年增长12.4%。"),
        &[
            "41.5亿元|41.5|亿元||2022|actual||level|一般公共预算收入|macro|General public budget revenue",
            "63.2亿元|63.2|亿元||2023|actual|up|level|一般公共预算收入|macro|General public budget revenue",
            "12.4%|12.4|%||2023|actual|up|growth|高新技术企业数量|innovation|Number of high-tech enterprises",
        ],
    );
}

/// `全县…完成`, `全区实现…`, `推动…`, `…预期` keep only the metric.
#[test]
fn reporting_verbs_scopes_and_governing_words_leave_the_subject() {
    expect(
        &review("全县地区生产总值完成126.7亿元，全区实现地区生产总值334.2亿元。"),
        &[
            "126.7亿元|126.7|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "334.2亿元|334.2|亿元||2023|actual||level|地区生产总值|macro|GDP",
        ],
    );
    expect(
        &plan("推动规上工业企业营业收入突破900亿元，城镇调查失业率预期控制在5.5%以内。"),
        &[
            "突破900亿元|900|亿元|>=|2024|target||level|规上工业企业营业收入|industry|Operating revenue of industrial enterprises above designated size",
            "控制在5.5%以内|5.5|%|<=|2024|target||share|城镇调查失业率|livelihood|Surveyed urban unemployment rate|verb=预期",
        ],
    );
}

/// `总数` after a count of new ones is the total of the same things; `占…比重` after an amount is that amount's share.
#[test]
fn an_aspect_or_share_takes_the_metric_before_it() {
    expect(
        &review("新认定高新技术企业54家，总数达到310家。"),
        &[
            "54家|54|家||2023|actual||count|新认定高新技术企业|innovation|Newly certified high-tech enterprises",
            "310家|310|家||2023|actual||count|高新技术企业总数|innovation|Total number of high-tech enterprises",
        ],
    );
    expect(
        &review("新材料产业产值增长22.5%，占规上工业比重达到28.7%。"),
        &[
            "22.5%|22.5|%||2023|actual|up|growth|新材料产业产值|industry|Output value of the new materials industry",
            "28.7%|28.7|%||2023|actual||share|新材料产业产值占规上工业比重|industry",
        ],
    );
}

/// `城乡居民…分别` is urban and rural residents; `城乡低保标准` the city's and rural; `分别增长` after two amounts is each amount's change.
#[test]
fn respectively_gives_each_number_its_own_metric() {
    expect(
        &review("城乡居民人均可支配收入分别增长6.1%和7.4%，城乡低保标准分别提高到每人每月680元和520元。"),
        &[
            "6.1%|6.1|%||2023|actual|up|growth|城镇居民人均可支配收入|macro|Per capita disposable income of urban residents",
            "7.4%|7.4|%||2023|actual|up|growth|农村居民人均可支配收入|macro|Per capita disposable income of rural residents",
            "680元|680|元||2023|actual|up|level|城市低保标准|livelihood|Urban minimum living allowance standard",
            "520元|520|元||2023|actual|up|level|农村低保标准|livelihood|Rural minimum living allowance standard",
        ],
    );
    expect(
        &review("接待游客1860万人次、实现旅游收入152亿元，分别增长16.2%和13.8%。"),
        &[
            "1860万人次|1860|万人次||2023|actual||count|接待游客|consumption|Tourist arrivals",
            "152亿元|152|亿元||2023|actual||level|旅游收入|consumption|Tourism revenue",
            "16.2%|16.2|%||2023|actual|up|growth|接待游客|consumption|Tourist arrivals",
            "13.8%|13.8|%||2023|actual|up|growth|旅游收入|consumption|Tourism revenue",
        ],
    );
}

/// `首次`, `五年累计` say when and over how long, not what.
#[test]
fn first_time_and_spans_of_years_leave_the_subject() {
    expect(
        &review("规上工业企业营业收入首次突破1500亿元，五年累计完成固定资产投资3260亿元。"),
        &[
            "突破1500亿元|1500|亿元|>=|2023|actual||level|规上工业企业营业收入|industry|Operating revenue of industrial enterprises above designated size",
            "3260亿元|3260|亿元||history|actual||level|固定资产投资|investment|Fixed-asset investment",
        ],
    );
}

/// A streak measures what stands before it, not what follows; a place
/// within a list of the strongest names the list.
#[test]
fn streaks_places_in_lists_and_price_rises_keep_their_metric() {
    expect(
        &review("规上工业增加值增长8.2%，增速连续5个季度高于全省平均水平。"),
        &[
            "8.2%|8.2|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
            "连续5个季度|5|个季度||history|actual||streak|规上工业增加值增速|industry|Growth of value added of industry above designated size",
        ],
    );
    expect(
        &review("区内企业首次跻身中国民营企业500强，位列第412位。"),
        &[
            "500强|500|强||2023|actual||rank|中国民营企业|macro",
            "第412位|412|位||2023|actual||rank|中国民营企业500强|macro",
        ],
    );
}

/// Full-width digits and points (`５．２％`) read as their ASCII twins; `raw`, `start` and `end` stay those of the text as written, and `％` is the unit `%`.
#[test]
fn full_width_digits_are_numbers() {
    expect(
        &review("全县地区生产总值增长５．２％，新建高标准农田３８．２万亩，粮食产量达到６０亿斤以上，出口额增长１２％。"),
        &[
            "５．２％|5.2|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "３８．２万亩|38.2|万亩||2023|actual||level|新建高标准农田|agriculture|New high-standard farmland",
            "６０亿斤以上|60|亿斤|>=|2023|actual||level|粮食产量|agriculture|Grain output",
            "１２％|12|%||2023|actual|up|growth|出口额|opening",
        ],
    );
}

/// Every corpus excerpt and the embedded report, digits and decimal points
/// written full-width, give the same numbers: only the spelling of `raw`
/// changes (and the subject's), and each `raw` is still the text at its offsets. (Years in
/// headings and openings are read as ASCII only, so periods are not compared.)
#[test]
fn full_width_texts_give_the_same_numbers() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.push(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/data/reports/mudanjiang-2024-work-report.txt"
        )
        .into(),
    );
    let wide = |s: &str| -> String {
        let cs: Vec<char> = s.chars().collect();
        let digit = |k: usize| cs.get(k).is_some_and(char::is_ascii_digit);
        (0..cs.len())
            .map(|k| match cs[k] {
                d @ '0'..='9' => char::from_u32('０' as u32 + (d as u32 - '0' as u32)).unwrap(),
                '.' if k > 0 && digit(k - 1) && digit(k + 1) => '．',
                c => c,
            })
            .collect()
    };
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("text");
        let (narrow, folded) = (wide(&text), text.clone());
        let ascii = report_explorer::extract::extract(&folded).indicators;
        let full = report_explorer::extract::extract(&narrow).indicators;
        assert_eq!(ascii.len(), full.len(), "{}", path.display());
        for (a, f) in ascii.iter().zip(&full) {
            assert_eq!(&narrow[f.start..f.end], &*f.raw, "{}", path.display());
            assert_eq!(wide(&a.raw), &*f.raw, "{}", path.display());
            let facets = |i: &report_explorer::model::Indicator| {
                (
                    i.value,
                    i.value_high,
                    i.unit.to_string(),
                    i.comparator,
                    i.kind,
                    i.direction,
                    i.sector,
                )
            };
            assert_eq!(facets(a), facets(f), "{} {}", path.display(), a.raw);
            assert_eq!(
                wide(&a.subject),
                &*f.subject,
                "{} {}",
                path.display(),
                a.raw
            );
        }
    }
}

/// A five-year review: a sentence that goes on with the headline figures
/// after GDP is macro (`五年累计完成固定资产投资` there too); `五年新建…`
/// makes its `；` item's numbers totals (`history`), but not the baseline
/// and end of the item after; a count `全部出列` is a total.
#[test]
fn five_year_totals_and_headline_paragraphs() {
    let text = "一、“十三五”时期工作回顾\n\n过去五年，全县上下团结奋斗。\n\n——综合实力显著增强。预计2020年全县地区生产总值达到120.5亿元，年均增长6.1%。一般公共预算收入由2015年的5.2亿元增加到7.9亿元；五年累计完成固定资产投资560亿元。\n\n——城乡面貌焕然一新。五年新建农村公路420公里，建成美丽乡村示范村26个；森林覆盖率由41.2%提高到45.6%。全县21个贫困村全部出列。\n\n二、2021年工作安排\n\n做好工作。\n";
    expect(
        text,
        &[
            "120.5亿元|120.5|亿元||2020|estimate||level|地区生产总值|macro|GDP|verb=预计",
            "6.1%|6.1|%||history|estimate|up|growth|地区生产总值|macro|GDP|verb=预计",
            "5.2亿元|5.2|亿元||2015|actual||level|一般公共预算收入|macro|General public budget revenue",
            "7.9亿元|7.9|亿元||2020|actual|up|level|一般公共预算收入|macro|General public budget revenue",
            "560亿元|560|亿元||history|actual||level|固定资产投资|macro|Fixed-asset investment",
            "420公里|420|公里||history|actual||level|新建农村公路|agriculture|Newly built rural roads",
            "26个|26|个||history|actual||count|建成美丽乡村示范村|agriculture|Beautiful countryside demonstration villages completed",
            "41.2%|41.2|%||2015|actual||share|森林覆盖率|environment|Forest coverage",
            "45.6%|45.6|%||2020|actual|up|share|森林覆盖率|environment|Forest coverage",
            "21个|21|个||history|actual||count|贫困村|agriculture|Poor villages",
        ],
    );
}

/// In a plan's tasks a restated headline metric is the task's topic
/// (`固定资产投资` investment, `社会消费品零售总额` consumption; in the target
/// list they are macro); a share of a whole is its part's (`占地区生产总值比重`);
/// a word opening a `；` item governs the item to its end.
#[test]
fn plan_tasks_take_their_own_topics_and_item_verbs() {
    expect(
        &plan("重点抓好以下工作：确保新开工项目50个；力争全年固定资产投资增长7%，社会消费品零售总额增长6%。数字经济核心产业增加值占地区生产总值比重提高1个百分点。"),
        &[
            "50个|50|个||2024|target||count|新开工项目|investment|Newly started projects|verb=确保",
            "7%|7|%||2024|target|up|growth|固定资产投资|investment|Fixed-asset investment|verb=力争",
            "6%|6|%||2024|target|up|growth|社会消费品零售总额|consumption|Total retail sales of consumer goods|verb=力争",
            "1个百分点|1|个百分点||2024|target|up|growth|数字经济核心产业增加值占地区生产总值比重|industry|Share of core digital economy industries' value added in GDP",
        ],
    );
}

/// Words of topics a paragraph names without a heading word: petitions and
/// crime (safety, under `平安建设方面`), fine particles (environment), rural
/// tap water and agricultural leading firms (agriculture), funds won from
/// higher government (investment).
#[test]
fn topic_words_of_safety_air_villages_and_funds() {
    expect(
        &review("平安建设方面，信访总量下降10.2%，刑事警情下降7.5%。城市更新方面，PM2.5平均浓度为29微克/立方米。农村自来水普及率达到95.1%，新增省级龙头企业4家，争取专项债券资金6.2亿元。"),
        &[
            "10.2%|10.2|%||2023|actual|down|growth|信访总量|safety|Petitions",
            "7.5%|7.5|%||2023|actual|down|growth|刑事警情|safety|Criminal incidents reported",
            "29微克/立方米|29|微克/立方米||2023|actual||level|PM2.5平均浓度|environment|Average PM2.5 concentration",
            "95.1%|95.1|%||2023|actual||share|农村自来水普及率|agriculture|Rural tap water coverage",
            "4家|4|家||2023|actual||count|新增省级龙头企业|agriculture|New provincial-level leading enterprises",
            "6.2亿元|6.2|亿元||2023|actual||level|争取专项债券资金|investment|Special bond funds secured",
        ],
    );
}

/// Subjects that name the metric: an aspect takes its owner (`规模`,
/// `单产`; `增速高于…`), a run of harvests is of the production, a change
/// of a count after it says so (`较上年增加`), a run without accidents
/// keeps its negation, and a list's `新增` stops at an item that reaches a
/// stock (`达到`).
#[test]
fn aspects_harvests_changes_and_stocks_name_their_metric() {
    expect(
        &review("装备制造产业产值增长18.5%，规模突破三百亿元；粮食总产量达到36.4亿斤，单产提高2.6%，实现“十五连丰”。"),
        &[
            "18.5%|18.5|%||2023|actual|up|growth|装备制造产业产值|industry|Output value of the equipment manufacturing industry",
            "突破三百亿元|300|亿元|>=|2023|actual||level|装备制造产业规模|industry",
            "36.4亿斤|36.4|亿斤||2023|actual||level|粮食总产量|agriculture|Total grain output",
            "2.6%|2.6|%||2023|actual|up|growth|粮食单产|agriculture|Grain yield per unit area",
            "十五连丰|15|连丰||history|actual||streak|粮食生产|agriculture|Grain production",
        ],
    );
    expect(
        &review("高新技术企业达到96家，较上年增加17家。农村居民人均可支配收入增长7.1%，增速高于城镇居民1.8个百分点。全区连续6年未发生较大以上生产安全事故。"),
        &[
            "96家|96|家||2023|actual||count|高新技术企业|innovation|High-tech enterprises",
            "17家|17|家||2023|actual||count|高新技术企业较上年增加|innovation",
            "7.1%|7.1|%||2023|actual|up|growth|农村居民人均可支配收入|macro|Per capita disposable income of rural residents",
            "1.8个百分点|1.8|个百分点||2023|actual|up|growth|农村居民人均可支配收入增速高于城镇居民|macro",
            "连续6年|6|年||history|actual||streak|未发生较大以上生产安全事故|safety",
        ],
    );
    expect(
        &plan("力争新增规上工业企业40家、产值超亿元企业达到90家。"),
        &[
            "40家|40|家||2024|target||count|新增规上工业企业|industry|New industrial enterprises above designated size|verb=力争",
            "90家|90|家||2024|target||count|产值超亿元企业|industry|Enterprises with output value over 100 million yuan|verb=力争",
        ],
    );
}

/// A prefecture's or banner's scope (`全州`, `全旗`) is not the metric; a league's ranking (`位居全盟第2位`) ranks the metric before it; `稳居` and `净增` are no part of a subject, nor is the `排名` a move is made in.
#[test]
fn scopes_of_prefectures_banners_and_leagues_leave_the_metric() {
    expect(
        &review("全旗地区生产总值增长5.2%，增速位居全盟第3位。全州地区生产总值达到640亿元，总量稳居全省第4位。"),
        &[
            "5.2%|5.2|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "第3位|3|位||2023|actual||rank|地区生产总值增速|macro|GDP growth",
            "640亿元|640|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "第4位|4|位||2023|actual||rank|地区生产总值总量|macro|GDP",
        ],
    );
    expect(
        &review("净增科技型企业41家、总数达到530家，营商环境评价排名上升2位至全市第5位。"),
        &[
            "41家|41|家||2023|actual||count|净增科技型企业|macro",
            "530家|530|家||2023|actual||count|科技型企业总数|macro",
            "2位|2|位||2023|actual|up|rank|营商环境评价|reform|Business environment assessment",
            "第5位|5|位||2023|actual||rank|营商环境评价|reform|Business environment assessment",
        ],
    );
}

/// After a bound, Chinese numerals before 万 or 亿 are the value whatever the base (`突破三百万千瓦` 300 万千瓦, `突破千万人次` 1000 万人次); `位居全市前五` is a rank of 5, `前三季度` is not.
#[test]
fn bound_amounts_of_any_unit_and_top_n_ranks() {
    expect(
        &review(
            "新能源装机总量突破三百万千瓦，接待游客突破千万人次。科技创新指数连续4年位居全市前五。",
        ),
        &[
            "突破三百万千瓦|300|万千瓦|>=|2023|actual||level|新能源装机总量|industry",
            "突破千万人次|1000|万人次|>=|2023|actual||count|接待游客|consumption|Tourist arrivals",
            "连续4年|4|年||history|actual||streak|科技创新指数|macro",
            "前五|5|||2023|actual||rank|科技创新指数|macro",
        ],
    );
}

/// `茶叶、蔬菜、食用菌种植面积` shares its measure; `城乡常住居民` splits into 城镇 and 农村 residents; `年均浓度` is that year's mean, and `降至` lowers it.
#[test]
fn shared_measures_residents_and_yearly_means() {
    expect(
        &review("茶叶、水果、食用菌种植面积分别达到12万亩、8万亩和3万亩；城乡常住居民人均可支配收入分别增长5.1%和7.2%；PM2.5年均浓度降至31微克/立方米。"),
        &[
            "12万亩|12|万亩||2023|actual||level|茶叶种植面积|agriculture|Tea plantation area",
            "8万亩|8|万亩||2023|actual||level|水果种植面积|agriculture",
            "3万亩|3|万亩||2023|actual||level|食用菌种植面积|agriculture",
            "5.1%|5.1|%||2023|actual|up|growth|城镇常住居民人均可支配收入|macro|Per capita disposable income of permanent urban residents",
            "7.2%|7.2|%||2023|actual|up|growth|农村常住居民人均可支配收入|macro|Per capita disposable income of permanent rural residents",
            "31微克/立方米|31|微克/立方米||2023|actual|down|level|PM2.5年均浓度|environment",
        ],
    );
}

/// A gap to a benchmark in points (`比全省平均高0.4个百分点`, `增速高于全国平均水平`)
/// is a change the benchmark's way, of the metric before it.
#[test]
fn gaps_to_a_benchmark_are_changes_of_the_metric_before() {
    expect(
        &review("网络零售额增长18.5%，增速比全国平均高2.1个百分点、比全省平均高0.4个百分点；城镇调查失业率4.9%，比全省平均低0.2个百分点。"),
        &[
            "18.5%|18.5|%||2023|actual|up|growth|网络零售额|consumption|Online retail sales",
            "2.1个百分点|2.1|个百分点||2023|actual|up|growth|网络零售额增速比全国平均高|consumption",
            "0.4个百分点|0.4|个百分点||2023|actual|up|growth|网络零售额增速比全省平均高|consumption",
            "4.9%|4.9|%||2023|actual||share|城镇调查失业率|livelihood|Surveyed urban unemployment rate",
            "0.2个百分点|0.2|个百分点||2023|actual|down|growth|城镇调查失业率比全省平均低|livelihood",
        ],
    );
    expect(
        &review("居民人均可支配收入增长6.2%，增速高于全省城镇平均水平0.5个百分点。"),
        &[
            "6.2%|6.2|%||2023|actual|up|growth|居民人均可支配收入|macro|Per capita disposable income of residents",
            "0.5个百分点|0.5|个百分点||2023|actual|up|growth|居民人均可支配收入增速高于全省城镇平均水平|macro",
        ],
    );
}

/// `一季度环比增长1.6%` after a year-on-year change is that quarter's
/// change of the same metric; `列第N位` after a ranking entered is the place
/// in it; `较上年前移N位` is the ranked metric's move.
#[test]
fn quarters_places_in_a_ranking_and_moves_keep_the_metric() {
    expect(
        &review("规上工业增加值同比增长8.2%，一季度环比增长1.6%。全区连续2年入选全国创新百强区，列第35位。营商环境评价居全省第3位，较上年前移4位。"),
        &[
            "8.2%|8.2|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
            "1.6%|1.6|%||2023|actual|up|growth|一季度规上工业增加值|industry",
            "连续2年|2|年||history|actual||streak|全国创新百强区|macro",
            "第35位|35|位||2023|actual||rank|全国创新百强区|macro",
            "第3位|3|位||2023|actual||rank|营商环境评价|reform|Business environment assessment",
            "4位|4|位||2023|actual|up|rank|营商环境评价|reform|Business environment assessment",
        ],
    );
}

/// `三大产业产值分别增长…` gives each listed industry its own metric, and
/// items sharing a noun share what the last one measures of it.
#[test]
fn a_counted_head_and_a_shared_measure_go_to_every_item() {
    expect(
        &review("装备制造、食品加工、纺织服装三大产业产值分别增长9.1%、6.4%和5.2%；交通事故和火灾事故死亡人数分别下降12.5%和8.3%。"),
        &[
            "9.1%|9.1|%||2023|actual|up|growth|装备制造产业产值|industry|Output value of the equipment manufacturing industry",
            "6.4%|6.4|%||2023|actual|up|growth|食品加工产业产值|industry",
            "5.2%|5.2|%||2023|actual|up|growth|纺织服装产业产值|industry",
            "12.5%|12.5|%||2023|actual|down|growth|交通事故死亡人数|safety",
            "8.3%|8.3|%||2023|actual|down|growth|火灾事故死亡人数|safety",
        ],
    );
}

/// Chinese-numeral counts written after their noun at a clause's end
/// (`两家`, `三个`, `十个`, `百家以上`) and moves in a ranking (`前移三位`)
/// are records; a part after `其中` shares its whole's verb (`签约`) unless
/// it names its own measure (`投资5亿元以上项目`).
#[test]
fn chinese_counts_after_their_noun_and_parts_of_a_signed_whole() {
    expect(
        &plan("力争新增规上工业企业40家以上、培育产值超百亿元企业两家；新增省级绿色工厂三个。"),
        &[
            "40家以上|40|家|>=|2024|target||count|新增规上工业企业|industry|New industrial enterprises above designated size|verb=力争",
            "两家|2|家||2024|target||count|培育产值超百亿元企业|industry|verb=力争",
            "三个|3|个||2024|target||count|新增省级绿色工厂|industry|New provincial-level green factories|verb=力争",
        ],
    );
    expect(
        &review("全年签约亿元以上项目36个，其中20亿元以上项目4个；新开工亿元以上项目30个，其中投资5亿元以上项目7个。新增国家级专精特新“小巨人”企业两家，省级创新平台十个。"),
        &[
            "36个|36|个||2023|actual||count|签约亿元以上项目|investment|Signed projects of 100 million yuan or more",
            "4个|4|个||2023|actual||count|签约20亿元以上项目|investment",
            "30个|30|个||2023|actual||count|新开工亿元以上项目|investment|Newly started projects of 100 million yuan or more",
            "7个|7|个||2023|actual||count|投资5亿元以上项目|investment",
            "两家|2|家||2023|actual||count|新增国家级专精特新“小巨人”企业|innovation|New national-level \"specialised and sophisticated\" \"little giant\" enterprises",
            "十个|10|个||2023|actual||count|省级创新平台|innovation",
        ],
    );
}

/// A ratio has no unit (`城乡居民收入比由2.56缩小到2.27`: a share, the end
/// value down); a place in a ranking `在全市的位次` is the metric's
/// (`总量` after GDP), one `在全国百强区中` is the list's.
#[test]
fn named_ratios_and_places_in_a_ranking() {
    expect(
        &review("城乡居民收入比由2.56缩小到2.27。全县地区生产总值增长6.1%，总量在全市的位次前移三位、居第4位。综合实力在全国百强区中排名第72位，比上年前移5位。"),
        &[
            "2.56|2.56|||2023|actual||share|城乡居民收入比|macro|Urban-rural income ratio",
            "2.27|2.27|||2023|actual|down|share|城乡居民收入比|macro|Urban-rural income ratio",
            "6.1%|6.1|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "三位|3|位||2023|actual|up|rank|地区生产总值总量|macro|GDP",
            "第4位|4|位||2023|actual||rank|地区生产总值总量|macro|GDP",
            "第72位|72|位||2023|actual||rank|全国百强区|macro",
            "5位|5|位||2023|actual|up|rank|全国百强区|macro",
        ],
    );
}

/// How a figure was counted (`扣除…因素后同口径`) and a harvest's gain
/// (`增产`) are of the metric before; a share of the city (`占全市比重`)
/// is GDP's; a part of a headline figure (`其中出口`) is headline; a
/// group's grade (`两大主导产业`) is not each item's name.
#[test]
fn counting_bases_gains_shares_of_the_city_and_graded_groups() {
    expect(
        &review("一般公共预算收入18.2亿元，增长-2.1%，扣除留抵退税因素后同口径增长5.4%。粮食总产量达到98.6万吨，增产2.3万吨。"),
        &[
            "18.2亿元|18.2|亿元||2023|actual||level|一般公共预算收入|macro|General public budget revenue",
            "-2.1%|2.1|%||2023|actual|down|growth|一般公共预算收入|macro|General public budget revenue",
            "5.4%|5.4|%||2023|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
            "98.6万吨|98.6|万吨||2023|actual||level|粮食总产量|agriculture|Total grain output",
            "2.3万吨|2.3|万吨||2023|actual||level|粮食总产量|agriculture|Total grain output",
        ],
    );
    expect(
        &review("全区实现地区生产总值318.5亿元，增长6.4%，占全市比重提高到18.2%；外贸进出口总额92.3亿元，其中出口61.7亿元、增长-4.1%。新材料、生物医药两大主导产业产值分别达到210亿元和96亿元。"),
        &[
            "318.5亿元|318.5|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "6.4%|6.4|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "18.2%|18.2|%||2023|actual|up|share|地区生产总值占全市比重|macro",
            "92.3亿元|92.3|亿元||2023|actual||level|外贸进出口总额|macro|Total foreign trade",
            "61.7亿元|61.7|亿元||2023|actual||level|出口|macro|Exports",
            "-4.1%|4.1|%||2023|actual|down|growth|出口|macro|Exports",
            "210亿元|210|亿元||2023|actual||level|新材料产业产值|industry|Output value of the new materials industry",
            "96亿元|96|亿元||2023|actual||level|生物医药产业产值|industry|Output value of the biomedicine industry",
        ],
    );
}

/// `过去三年` opens a review of three years (baseline the year before
/// them); a gap in points after a growth rate is the rate's (`增速`); a
/// three-year total and `三年新增城镇就业` go on with the headline; a
/// multiple of a written year's figure spans the years. Power generated,
/// villages' living conditions and parking name their topics.
#[test]
fn reviews_of_three_years_and_their_totals() {
    expect(
        &review("过去三年，我们砥砺前行。全县地区生产总值从2020年的210亿元增加到2023年的268亿元，三年年均增长6.3%，高于全省平均水平0.9个百分点；一般公共预算收入累计完成52亿元。三年新增城镇就业2.6万人，农村居民人均可支配收入年均增长7.1%。工业用电量达到18.4亿千瓦时，是2020年的1.3倍。\n\n2023年，全县粮食总产量增长2.1%，新能源发电量突破20亿千瓦时；完成农村人居环境整治村46个，新增城区停车泊位1200个。"),
        &[
            "210亿元|210|亿元||2020|actual||level|地区生产总值|macro|GDP",
            "268亿元|268|亿元||2023|actual|up|level|地区生产总值|macro|GDP",
            "6.3%|6.3|%||history|actual|up|growth|地区生产总值|macro|GDP",
            "0.9个百分点|0.9|个百分点||history|actual|up|growth|地区生产总值增速高于全省平均水平|macro",
            "52亿元|52|亿元||history|actual||level|一般公共预算收入|macro|General public budget revenue",
            "2.6万人|2.6|万人||history|actual||count|新增城镇就业|macro|New urban jobs",
            "7.1%|7.1|%||history|actual|up|growth|农村居民人均可支配收入|macro|Per capita disposable income of rural residents",
            "18.4亿千瓦时|18.4|亿千瓦时||2023|actual||level|工业用电量|industry|Industrial electricity consumption",
            "1.3倍|1.3|倍||history|actual||share|工业用电量|industry|Industrial electricity consumption",
            "2.1%|2.1|%||2023|actual|up|growth|粮食总产量|agriculture|Total grain output",
            "突破20亿千瓦时|20|亿千瓦时|>=|2023|actual||level|新能源发电量|industry",
            "46个|46|个||2023|actual||count|农村人居环境整治村|agriculture",
            "1200个|1200|个||2023|actual||count|新增城区停车泊位|livelihood",
        ],
    );
}

/// Units per head (`万元/人`, `元/人`), percentages in words
/// (`百分之八十一`, with the bounds written around them) and fractions
/// (`五分之一`: the quotient, no unit, a share). A share written
/// `占…的N%` or `占…的比重` is named `A占B比重`; a rank among a scope's
/// members (`居全市各县第3位`) is the metric's before it.
#[test]
fn per_head_units_percent_words_and_fractions() {
    expect(
        &review("全员劳动生产率达到21.3万元/人，居全市各县第3位。义务教育生均公用经费标准提高到980元/人。建成区绿化覆盖率达到百分之四十五，民生支出占一般公共预算支出的百分之八十一，城乡居民医保参保率稳定在百分之九十六以上。光伏年发电量约610万千瓦时、占全县公共机构用电量的五分之一，清洁能源装机占电力总装机的比重超过四分之一。"),
        &[
            "21.3万元/人|21.3|万元/人||2023|actual||level|全员劳动生产率|macro|Overall labour productivity",
            "第3位|3|位||2023|actual||rank|全员劳动生产率|macro|Overall labour productivity",
            "980元/人|980|元/人||2023|actual|up|level|义务教育生均公用经费标准|macro",
            "百分之四十五|45|%||2023|actual||share|建成区绿化覆盖率|environment",
            "百分之八十一|81|%||2023|actual||share|民生支出占一般公共预算支出比重|livelihood|Share of livelihood spending in general public budget expenditure",
            "百分之九十六以上|96|%|>=|2023|actual||share|城乡居民医保参保率|livelihood|Enrolment rate of urban and rural residents' medical insurance",
            "约610万千瓦时|610|万千瓦时|~|2023|actual||level|光伏年发电量|industry",
            "五分之一|0.2|||2023|actual||share|光伏年发电量占全县公共机构用电量比重|industry",
            "超过四分之一|0.25||>=|2023|actual||share|清洁能源装机占电力总装机比重|industry",
        ],
    );
}

/// A part of the year goes before its metric in the subject
/// (`地区生产总值一季度` → `一季度地区生产总值`), a clause naming only a
/// part takes the metric before, and the whole year's figure (`全年…`) is
/// the metric's own; a part compared with (`增速比上半年`) stays a benchmark.
/// (The second sentence goes on with the headline: macro.)
#[test]
fn parts_of_the_year_lead_their_metric() {
    expect(
        &review("全县地区生产总值一季度增长3.2%，上半年增长4.1%，前三季度增长4.8%，全年实现268.4亿元、增长5.3%，增速高于全市0.6个百分点。规上工业增加值下半年增长6.2%、全年增长7.4%，增速比上半年回升1.2个百分点。"),
        &[
            "3.2%|3.2|%||2023|actual|up|growth|一季度地区生产总值|macro|GDP in the first quarter",
            "4.1%|4.1|%||2023|actual|up|growth|上半年地区生产总值|macro",
            "4.8%|4.8|%||2023|actual|up|growth|前三季度地区生产总值|macro",
            "268.4亿元|268.4|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "5.3%|5.3|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "0.6个百分点|0.6|个百分点||2023|actual|up|growth|地区生产总值增速高于全市|macro",
            "6.2%|6.2|%||2023|actual|up|growth|下半年规上工业增加值|macro",
            "7.4%|7.4|%||2023|actual|up|growth|规上工业增加值|macro|Value added of industry above designated size",
            "1.2个百分点|1.2|个百分点||2023|actual|up|growth|规上工业增加值增速比上半年|macro",
        ],
    );
}

/// `…会议以来的五年` opens a review of the government's term: a baseline
/// (`由X增加到Y`) is the year before it, the end value the review year.
#[test]
fn a_term_since_a_congress_is_a_review_of_its_years() {
    expect(
        &review("省十三届人大一次会议以来的五年，是砥砺奋进的五年。全省一般公共预算收入由2150亿元增加到2890亿元。"),
        &[
            "2150亿元|2150|亿元||2018|actual||level|一般公共预算收入|macro|General public budget revenue",
            "2890亿元|2890|亿元||2023|actual|up|level|一般公共预算收入|macro|General public budget revenue",
        ],
    );
}

/// A sentence of parts (`其中，…项目45个、…`) shares the whole's sector; a
/// heading of projects (`抓产业项目`) is investment, but power capacity under
/// it is still energy; an item's lead (`二是壮大实体经济。`) names the topic
/// of the sentences after it; the headline runs on only through sentences
/// that continue it; shanty towns, milk and poverty relief name topics.
#[test]
fn parts_project_headings_and_item_leads_set_sectors() {
    expect(
        &plan("全年安排县级重点项目80个，总投资320亿元。其中，产业项目45个、基础设施项目20个、社会民生项目15项。\n\n——抓产业项目。竣工投产项目12个以上；新增风电装机容量15万千瓦。\n\n围绕目标抓好工作。一是扩大有效投资。完成投资120亿元。二是壮大实体经济。培育营业收入超20亿元企业4家。"),
        &[
            "80个|80|个||2024|target||count|县级重点项目|investment|County key projects",
            "320亿元|320|亿元||2024|target||level|总投资|investment|Total investment",
            "45个|45|个||2024|target||count|产业项目|investment|Industrial projects",
            "20个|20|个||2024|target||count|基础设施项目|investment",
            "15项|15|项||2024|target||count|社会民生项目|investment",
            "12个以上|12|个|>=|2024|target||count|竣工投产项目|investment|Projects completed and in production",
            "15万千瓦|15|万千瓦||2024|target||level|新增风电装机容量|industry",
            "120亿元|120|亿元||2024|target||level|完成投资|investment|Investment completed",
            "4家|4|家||2024|target||count|培育营业收入超20亿元企业|industry",
        ],
    );
    expect(
        &review("2023年，全县地区生产总值完成150亿元，增长5%；一般公共预算收入8亿元，增长3%。全年实施扶贫产业项目60个，完成棚户区改造1200户。城镇新增就业2100人，牛奶产量居全省首位。"),
        &[
            "150亿元|150|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "5%|5|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "8亿元|8|亿元||2023|actual||level|一般公共预算收入|macro|General public budget revenue",
            "3%|3|%||2023|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
            "60个|60|个||2023|actual||count|实施扶贫产业项目|agriculture|Poverty-alleviation industrial projects implemented",
            "1200户|1200|户||2023|actual||count|棚户区改造|livelihood",
            "2100人|2100|人||2023|actual||count|城镇新增就业|livelihood|New urban jobs",
            "首位|1|位||2023|actual||rank|牛奶产量|agriculture",
        ],
    );
}

/// Bounds before a number written in one char: `超`/`逾` are at least
/// (`>=`), `近` about (`~`), in `raw` as `约` is; counts in Chinese
/// numerals with `余` after their noun (`九百余家`); a change in tenths
/// (`增长三成以上`: 3, unit 成); a place among a scope's members
/// (`居全市各区县第三`).
#[test]
fn one_char_bounds_tenths_and_counts_with_more() {
    expect(
        &review("全区地区生产总值增长5.8%，增速居全市各区县第三。新增规上工业企业九百余家，总数超5200家；高新技术企业逾3100家，技术合同成交额增长三成以上；城镇新增就业近8万人，农产品网络零售额增长一成。"),
        &[
            "5.8%|5.8|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "第三|3|||2023|actual||rank|地区生产总值增速|macro|GDP growth",
            "九百余家|900|家|>=|2023|actual||count|新增规上工业企业|industry|New industrial enterprises above designated size",
            "超5200家|5200|家|>=|2023|actual||count|规上工业企业总数|industry|Total number of industrial enterprises above designated size",
            "逾3100家|3100|家|>=|2023|actual||count|高新技术企业|innovation|High-tech enterprises",
            "三成以上|3|成|>=|2023|actual|up|growth|技术合同成交额|innovation|Value of technology contracts",
            "近8万人|8|万人|~|2023|actual||count|城镇新增就业|livelihood|New urban jobs",
            "一成|1|成||2023|actual|up|growth|农产品网络零售额|agriculture|Online retail sales of farm products",
        ],
    );
}

/// Topic words of ports (`吞吐量`, `航线`, `泊位` after parking's),
/// livestock and farm machines, culture and tourism as an industry, and
/// services to firms; a share named after the last verb of change is a
/// share (`增长…，占…比重为28.4%`); GDP named only as a share's whole
/// (`占地区生产总值比重`) does not make a headline sentence.
#[test]
fn ports_livestock_tourism_and_shares_name_their_topics() {
    expect(
        &review("港航建设提速。全区港口货物吞吐量达到1.8亿吨，增长6.1%；新开通集装箱航线5条，新增万吨级泊位2个，新增停车泊位900个。\n\n畜牧业稳步发展。肉羊存栏30万只，新建千头以上养殖场4个，耕种收综合机械化率达到90%。\n\n全年举办文旅消费活动120场次，受理企业诉求1800件。全市高技术制造业增加值增长12.1%，占规上工业增加值比重为28.4%；战略性新兴产业增加值占地区生产总值比重达到19.5%，较上年提高0.6个百分点。"),
        &[
            "1.8亿吨|1.8|亿吨||2023|actual||level|港口货物吞吐量|opening|Port cargo throughput",
            "6.1%|6.1|%||2023|actual|up|growth|港口货物吞吐量|opening|Port cargo throughput",
            "5条|5|条||2023|actual||count|新开通集装箱航线|opening",
            "2个|2|个||2023|actual||count|新增万吨级泊位|opening",
            "900个|900|个||2023|actual||count|新增停车泊位|livelihood|New parking spaces",
            "30万只|30|万只||2023|actual||level|肉羊存栏|agriculture",
            "4个|4|个||2023|actual||count|新建千头以上养殖场|agriculture",
            "90%|90|%||2023|actual||share|耕种收综合机械化率|agriculture",
            "120场次|120|场次||2023|actual||count|文旅消费活动|consumption|Culture and tourism consumption events",
            "1800件|1800|件||2023|actual||count|受理企业诉求|reform",
            "12.1%|12.1|%||2023|actual|up|growth|高技术制造业增加值|industry|Value added of high-tech manufacturing",
            "28.4%|28.4|%||2023|actual||share|高技术制造业增加值占规上工业增加值比重|industry|Share of value added of high-tech manufacturing in value added of industry above designated size",
            "19.5%|19.5|%||2023|actual||share|战略性新兴产业增加值占地区生产总值比重|industry|Share of value added of strategic emerging industries in GDP",
            "0.6个百分点|0.6|个百分点||2023|actual|up|growth|战略性新兴产业增加值占地区生产总值比重|industry|Share of value added of strategic emerging industries in GDP",
        ],
    );
}

/// A mark reached (`迈上…新台阶`) and a change to a new value (`扩大到`,
/// `延长至`, `缩短至`: the end value takes the verb's direction) are not the
/// metric; `辖区` is a scope of the whole place, like `全区`; the time to
/// start a firm (`企业开办`) is the business environment's.
#[test]
fn marks_reached_and_lengthened_values_name_the_metric() {
    expect(
        &review("全区地区生产总值迈上800亿元新台阶，增长5.1%。辖区港口货物吞吐量达到9200万吨；小麦种植面积扩大到26万亩，游客人均停留天数延长至2.4天，企业开办时间缩短至1天。"),
        &[
            "800亿元|800|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "5.1%|5.1|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "9200万吨|9200|万吨||2023|actual||level|港口货物吞吐量|opening|Port cargo throughput",
            "26万亩|26|万亩||2023|actual|up|level|小麦种植面积|agriculture",
            "2.4天|2.4|天||2023|actual|up|level|游客人均停留天数|consumption|Tourist average length of stay",
            "1天|1|天||2023|actual|down|level|企业开办时间|reform",
        ],
    );
}

/// A number inside an aside opened after its metric (`（同比增长4.8%）`)
/// is that metric's; list numbering (`1.`) and a target's year (`到2030年`)
/// are not the metric; `依次` gives a list's numbers to the metrics before
/// them as `分别` does, and `两大接续产业` grades its items as `两大主导产业`
/// does; `回升至`/`回落到` are changes to a new value; a rank among the
/// members of a scope (`在…中位列第3`) is of the metric before; a change of
/// an amount since last year (`较上年增加860元`) is the amount's; a baseline
/// `由上年的…` has no year word in its subject; a light verb (`开展`) is
/// not the metric.
#[test]
fn asides_numbering_and_changes_leave_the_metric() {
    expect(
        &review("全区地区生产总值完成560.2亿元（同比增长5.2%），总量在全市各区中位列第3。钢铁、化工两大接续产业产值分别为86亿元、42亿元，依次增长9.1%、7.4%。\n\n居民人均可支配收入达到32600元，较上年增加860元，增幅2.7%；口岸出入境人员回升至12.6万人次，煤炭增加值占规上工业增加值的比重回落到38.2%。森林覆盖率由上年的41%提升至43%。\n\n1.新增养老床位300张；\n\n民生保障持续加强。开展农村劳动力技能培训6000人次。"),
        &[
            "560.2亿元|560.2|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "5.2%|5.2|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "第3|3|||2023|actual||rank|地区生产总值总量|macro|GDP",
            "86亿元|86|亿元||2023|actual||level|钢铁产业产值|industry",
            "42亿元|42|亿元||2023|actual||level|化工产业产值|industry",
            "9.1%|9.1|%||2023|actual|up|growth|钢铁产业产值|industry",
            "7.4%|7.4|%||2023|actual|up|growth|化工产业产值|industry",
            "32600元|32600|元||2023|actual||level|居民人均可支配收入|macro|Per capita disposable income of residents",
            "860元|860|元||2023|actual||level|居民人均可支配收入|macro|Per capita disposable income of residents",
            "2.7%|2.7|%||2023|actual|up|growth|居民人均可支配收入|macro|Per capita disposable income of residents",
            "12.6万人次|12.6|万人次||2023|actual|up|count|口岸出入境人员|opening",
            "38.2%|38.2|%||2023|actual|down|share|煤炭增加值占规上工业增加值比重|industry",
            "41%|41|%||2022|actual||share|森林覆盖率|environment|Forest coverage",
            "43%|43|%||2023|actual|up|share|森林覆盖率|environment|Forest coverage",
            "300张|300|张||2023|actual||count|新增养老床位|livelihood|New elderly care beds",
            "6000人次|6000|人次||2023|actual||count|农村劳动力技能培训|livelihood",
        ],
    );
}

/// Topic families: coal and its transition (industry), land sunk by mining
/// and its reclamation (environment, also as a paragraph's lead of eleven
/// chars), people moved and housed (livelihood), poverty relief and the
/// jobs under it (agriculture), border trade (opening), community services
/// and small renewals (livelihood), and a bare `项目` where nothing else
/// names a topic (investment).
#[test]
fn coal_subsidence_poverty_and_border_topics() {
    expect(
        &review("转型发展步伐加快。原煤产量5200万吨，关闭退出煤矿3座，化解过剩产能150万吨，非煤产业增加值增长9.8%。\n\n采煤沉陷区治理稳步推进。完成采煤沉陷区治理12.5平方公里，累计治理面积达到96平方公里；搬迁安置群众1260户，复垦土地0.6万亩。\n\n脱贫成果持续巩固。防返贫监测对象820户，新建帮扶车间4个，搬迁家庭劳动力就业率保持在95%以上。\n\n边疆民族地区团结。实施兴边富民项目21个，边民互市贸易额完成9.6亿元，抵边自然村通硬化路比例达到100%，边民生活补助提高到每人每年2800元。新建社区“家门口”服务站42个，完成居民区微更新项目18个，改建长者食堂6家，新辟公交线路5条。"),
        &[
            "5200万吨|5200|万吨||2023|actual||level|原煤产量|industry|Raw coal output",
            "3座|3|座||2023|actual||count|关闭退出煤矿|industry",
            "150万吨|150|万吨||2023|actual||level|化解过剩产能|industry",
            "9.8%|9.8|%||2023|actual|up|growth|非煤产业增加值|industry|Value added of non-coal industries",
            "12.5平方公里|12.5|平方公里||2023|actual||level|采煤沉陷区治理|environment",
            "96平方公里|96|平方公里||history|actual||level|采煤沉陷区治理面积|environment",
            "1260户|1260|户||2023|actual||count|搬迁安置群众|livelihood",
            "0.6万亩|0.6|万亩||2023|actual||level|复垦土地|environment",
            "820户|820|户||2023|actual||count|防返贫监测对象|agriculture|People monitored against a return to poverty",
            "4个|4|个||2023|actual||count|新建帮扶车间|agriculture",
            "95%以上|95|%|>=|2023|actual||share|搬迁家庭劳动力就业率|agriculture",
            "21个|21|个||2023|actual||count|实施兴边富民项目|investment",
            "9.6亿元|9.6|亿元||2023|actual||level|边民互市贸易额|opening|Border residents' trade volume",
            "100%|100|%||2023|actual||share|抵边自然村通硬化路比例|agriculture",
            "2800元|2800|元||2023|actual|up|level|边民生活补助|livelihood",
            "42个|42|个||2023|actual||count|新建社区“家门口”服务站|livelihood",
            "18个|18|个||2023|actual||count|居民区微更新项目|livelihood",
            "6家|6|家||2023|actual||count|改建长者食堂|livelihood",
            "5条|5|条||2023|actual||count|新辟公交线路|livelihood",
        ],
    );
}

/// A plan period ahead (`"十五五"时期…的主要目标是` in a 2026 report) gives
/// targets dated as a several-year review's numbers: a level for the
/// period's last year, a change `history`, all `macro` as a target list;
/// in a five-year review that opens with a total (`五年来，累计…`) a value
/// reached in a clause of its own is the period's last year's.
#[test]
fn plan_periods_and_values_reached_after_totals() {
    expect(
        "一、“十四五”时期和2025年工作回顾\n\n五年来，累计新增城镇就业60万人；粮食产量达到320亿斤，比2020年增加12亿斤；森林覆盖率提高到46.1%。\n\n二、“十五五”时期主要目标和2026年工作安排\n\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右，到2030年人均地区生产总值超过12万元；研发经费投入年均增长8%以上；单位地区生产总值能耗降低12%。\n\n2026年全省经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n",
        &[
            "60万人|60|万人||history|actual||count|新增城镇就业|livelihood|New urban jobs",
            "320亿斤|320|亿斤||2025|actual||level|粮食产量|agriculture|Grain output",
            "12亿斤|12|亿斤||history|actual||level|粮食产量|agriculture|Grain output",
            "46.1%|46.1|%||2025|actual|up|share|森林覆盖率|environment|Forest coverage",
            "5%左右|5|%|~|history|target|up|growth|地区生产总值|macro|GDP",
            "超过12万元|12|万元|>=|2030|target||level|人均地区生产总值|macro|GDP per capita",
            "8%以上|8|%|>=|history|target|up|growth|研发经费投入|macro|R&D spending",
            "12%|12|%||history|target|down|growth|单位地区生产总值能耗|macro|Energy consumption per unit of GDP",
            "5%以上|5|%|>=|2026|target|up|growth|地区生产总值|macro|GDP",
        ],
    );
}

/// Fractions with a slash (`超过3/4`, `3/5以上`) are quotients with no unit,
/// shares, as in words; a rate written bare after its name (`死亡率…0.021`)
/// is read as a ratio is; `A覆盖B的N` names the rate of coverage.
#[test]
fn slash_fractions_bare_rates_and_coverage() {
    expect(
        &review("尾矿综合利用量占产生量的比重超过2/3。煤矿百万吨死亡率下降到0.035。家庭医生签约服务覆盖老年人的4/5以上，日期3/12/2023不是分数。"),
        &[
            "超过2/3|0.6666666666666666||>=|2023|actual||share|尾矿综合利用量占产生量比重|macro",
            "0.035|0.035|||2023|actual|down|share|煤矿百万吨死亡率|safety",
            "4/5以上|0.8||>=|2023|actual||share|家庭医生签约服务老年人覆盖率|livelihood",
        ],
    );
}

/// Counts whose subject needs the words around it: a place's units that
/// all did something (`全部建成…`, `…全覆盖`), a total's `共` before the verb,
/// an outcome with no owner (`吸纳就业`) after the things counted, the extent
/// of work (`治理面积`) after the work, a measure shared across `和`, and a
/// count of new ones written after its noun (`净增`).
#[test]
fn subjects_that_need_the_words_around_a_count() {
    expect(
        &review("全区8个街道全部建成社区养老服务中心，52个社区实现“一站式”服务全覆盖。全县12个集中安置点共安置搬迁群众1860户。新建就业帮扶车间9个，吸纳就业620人。完成矿区沉陷地综合治理12.5平方公里，累计治理面积达到96平方公里。单位地区生产总值能耗和二氧化碳排放分别降低3%、4%。全市规上工业企业净增86家，总数达到1520家。"),
        &[
            "8个|8|个||2023|actual||count|建成社区养老服务中心的街道|livelihood",
            "52个|52|个||2023|actual||count|实现“一站式”服务全覆盖的社区|livelihood",
            "12个|12|个||2023|actual||count|集中安置点|livelihood",
            "1860户|1860|户||2023|actual||count|安置搬迁群众|livelihood",
            "9个|9|个||2023|actual||count|新建就业帮扶车间|agriculture",
            "620人|620|人||2023|actual||count|就业帮扶车间吸纳就业|livelihood",
            "12.5平方公里|12.5|平方公里||2023|actual||level|矿区沉陷地综合治理|macro",
            "96平方公里|96|平方公里||history|actual||level|矿区沉陷地治理面积|macro",
            "3%|3|%||2023|actual|down|growth|单位地区生产总值能耗|environment|Energy consumption per unit of GDP",
            "4%|4|%||2023|actual|down|growth|单位地区生产总值二氧化碳排放|environment",
            "86家|86|家||2023|actual||count|净增规上工业企业|industry|Net new industrial enterprises above designated size",
            "1520家|1520|家||2023|actual||count|规上工业企业总数|industry|Total number of industrial enterprises above designated size",
        ],
    );
}

/// `今年，力争…`: an opener in a clause of its own still lets the governing
/// word govern the whole sentence, past `、` and `，`.
#[test]
fn a_governing_word_after_an_opener_clause_covers_the_sentence() {
    expect(
        &plan("今年，力争接待游客增长10%、旅游收入增长12%，新增星级民宿20家；确保过夜游客占比提高到25%。"),
        &[
            "10%|10|%||2024|target|up|growth|接待游客|consumption|Tourist arrivals|verb=力争",
            "12%|12|%||2024|target|up|growth|旅游收入|consumption|Tourism revenue|verb=力争",
            "20家|20|家||2024|target||count|新增星级民宿|consumption|verb=力争",
            "25%|25|%||2024|target|up|share|过夜游客占比|consumption|verb=确保",
        ],
    );
}

/// Lifts counted in `部` (not `12部门`), childcare places as livelihood,
/// and the money spent on projects just counted as of their topic.
#[test]
fn lifts_childcare_places_and_spending_on_counted_projects() {
    expect(
        &review("改造城镇老旧小区40个，加装电梯132部，新增婴幼儿托位620个，12部门联合出台配套文件。实施城市更新项目25个，完成投资41.6亿元。"),
        &[
            "40个|40|个||2023|actual||count|改造城镇老旧小区|livelihood|Urban old residential compounds renovated",
            "132部|132|部||2023|actual||count|加装电梯|livelihood|Lifts installed",
            "620个|620|个||2023|actual||count|新增婴幼儿托位|livelihood|New infant childcare places",
            "25个|25|个||2023|actual||count|实施城市更新项目|livelihood|Urban renewal projects implemented",
            "41.6亿元|41.6|亿元||2023|actual||level|完成投资|livelihood|Investment completed",
        ],
    );
}

/// A part after `、其中` shares its whole's verb (`新落地`, `新签约`); a bare
/// `净增` after a stock counts new ones of the same things.
#[test]
fn parts_after_a_list_mark_and_bare_net_additions() {
    expect(
        &review("全年开展招商推介活动30场次，新签约项目96个、其中30亿元以上项目3个；新落地项目70个、其中亿元以上产业项目28个。科技型中小企业达到820家，净增65家。"),
        &[
            "30场次|30|场次||2023|actual||count|招商推介活动|investment|Investment promotion events",
            "96个|96|个||2023|actual||count|新签约项目|investment|Newly signed projects",
            "3个|3|个||2023|actual||count|新签约30亿元以上项目|investment",
            "70个|70|个||2023|actual||count|新落地项目|investment|Newly landed projects",
            "28个|28|个||2023|actual||count|新落地亿元以上产业项目|investment|Newly landed industrial projects of 100 million yuan or more",
            "820家|820|家||2023|actual||count|科技型中小企业|innovation",
            "65家|65|家||2023|actual||count|净增科技型中小企业|innovation",
        ],
    );
}

/// `排名由第92位上升到第77位`: the place reached is a rank that went up,
/// dated as an end value; the place left is the baseline.
#[test]
fn a_ranking_moved_up_to_a_place() {
    expect(
        &review("县域综合实力排名由第92位上升到第77位。"),
        &[
            "第92位|92|位||2022|actual||rank|县域综合实力|macro",
            "第77位|77|位||2023|actual|up|rank|县域综合实力|macro",
        ],
    );
    expect(
        &review("过去五年，地区生产总值年均增长6.2%；全国县域经济百强县排名由第64位上升到第48位。"),
        &[
            "6.2%|6.2|%||history|actual|up|growth|地区生产总值|macro|GDP",
            "第64位|64|位||2018|actual||rank|全国县域经济百强县|macro",
            "第48位|48|位||2023|actual|up|rank|全国县域经济百强县|macro",
        ],
    );
}

/// Every verb of change to a new value ends a subject, as the one word
/// list (`lexicon::TRAILING`) says: `增长到`, `增长至` and `降到` gave a value
/// its direction but stayed in its subject while the two lists were apart.
#[test]
fn every_verb_of_change_to_a_value_leaves_the_subject() {
    expect(
        &review("全县森林覆盖率增长到44.6%，城乡居民收入比降到2.05，规上工业企业增长至312家。"),
        &[
            "44.6%|44.6|%||2023|actual|up|share|森林覆盖率|environment|Forest coverage",
            "2.05|2.05|||2023|actual|down|share|城乡居民收入比|macro|Urban-rural income ratio",
            "312家|312|家||2023|actual|up|count|规上工业企业|industry|Industrial enterprises above designated size",
        ],
    );
}

/// A part after `其中` shares the verb of the whole named before `其中`, not
/// of a part listed beside it (`续建项目` is not `新开工续建项目`); a part with
/// its own verb (`培育`) keeps it; a part of the stock (`总数达到…，其中…`)
/// is not one of the new ones.
#[test]
fn parts_share_only_their_wholes_verb() {
    expect(
        &review("全年实施市级重点项目520个，其中新开工项目300个、续建项目220个。新增规上工业企业15家，其中培育产值超5亿元企业2家。新增经营主体0.9万户，总数达到5.2万户，其中企业类经营主体1.7万户。"),
        &[
            "520个|520|个||2023|actual||count|实施市级重点项目|investment|City-level key projects implemented",
            "300个|300|个||2023|actual||count|新开工项目|investment|Newly started projects",
            "220个|220|个||2023|actual||count|续建项目|investment|Continuing projects",
            "15家|15|家||2023|actual||count|新增规上工业企业|industry|New industrial enterprises above designated size",
            "2家|2|家||2023|actual||count|培育产值超5亿元企业|industry",
            "0.9万户|0.9|万户||2023|actual||count|新增经营主体|reform|New business entities",
            "5.2万户|5.2|万户||2023|actual||count|经营主体总数|reform|Total number of business entities",
            "1.7万户|1.7|万户||2023|actual||count|企业类经营主体|reform",
        ],
    );
}

/// `36个县重点项目完成投资…`: the count's noun stops at what the projects
/// did; the money is `完成投资`, and the plan it met is the projects'.
#[test]
fn counted_projects_their_spending_and_its_plan() {
    expect(
        &review("全县36个县重点项目完成投资88.5亿元，完成年度计划的112.4%。"),
        &[
            "36个|36|个||2023|actual||count|县重点项目|investment",
            "88.5亿元|88.5|亿元||2023|actual||level|完成投资|investment|Investment completed",
            "112.4%|112.4|%||2023|actual||share|县重点项目完成年度计划|investment",
        ],
    );
}

/// `、到2030年突破900亿元`: a target year with nothing after it names no
/// metric; the item's metric is the one before. An adverb after an amount
/// (`及时惠及…`) opens what was done, not a counted noun.
#[test]
fn a_bare_target_year_and_an_adverb_after_an_amount() {
    expect(
        &plan("“十五五”时期，力争全市地区生产总值年均增长6%以上、到2030年突破900亿元。"),
        &[
            "6%以上|6|%|>=|history|target|up|growth|地区生产总值|macro|GDP|verb=力争",
            "突破900亿元|900|亿元|>=|2030|target||level|地区生产总值|macro|GDP|verb=力争",
        ],
    );
    expect(
        &review("增值税留抵退税5.1亿元、新增减税降费2.6亿元及时惠及市场主体。"),
        &[
            "5.1亿元|5.1|亿元||2023|actual||level|增值税留抵退税|reform",
            "2.6亿元|2.6|亿元||2023|actual||level|新增减税降费|reform|New tax and fee cuts",
        ],
    );
}

/// Livelihood topics: an epidemic's tests, jobs kept by refunds to firms
/// (and the firms they reached), help for people who find work hard to get
/// (not poverty relief's `帮扶`); the first item of a `、` list is judged by
/// its own subject, as the later ones are.
#[test]
fn tests_job_refunds_hard_to_employ_and_a_lists_first_item() {
    expect(
        &review("全年开展核酸检测120万人次。发放稳岗返还资金2100万元，惠及企业1600余家。"),
        &[
            "120万人次|120|万人次||2023|actual||count|核酸检测|livelihood|Nucleic acid tests",
            "2100万元|2100|万元||2023|actual||level|发放稳岗返还资金|livelihood|Job-retention refunds issued",
            "1600余家|1600|家|>=|2023|actual||count|惠及企业|livelihood|Enterprises benefiting",
        ],
    );
    expect(
        &plan("帮扶就业困难人员就业2000人以上，力争签约引进亿元以上产业项目20个、带动新增就业岗位5000个以上。"),
        &[
            "2000人以上|2000|人|>=|2024|target||count|帮扶就业困难人员就业|livelihood",
            "20个|20|个||2024|target||count|签约引进亿元以上产业项目|investment|Signed industrial projects of 100 million yuan or more attracted|verb=力争",
            "5000个以上|5000|个|>=|2024|target||count|带动新增就业岗位|livelihood|verb=力争",
        ],
    );
}

/// A five-year review that opens with a total: a baseline in a clause of
/// its own (`由3个增加到5个`) is the year before the period, as its end value
/// is the last year; a part after `其中` is dated as its whole. Industrial
/// parks are parks (`investment`).
#[test]
fn a_baseline_and_a_part_after_a_total_opening() {
    expect(
        &review("五年来，累计新增高新技术企业210家，省级以上工业园区由3个增加到5个，其中国家级高新区1个。"),
        &[
            "210家|210|家||history|actual||count|新增高新技术企业|innovation|New high-tech enterprises",
            "3个|3|个||2018|actual||count|省级以上工业园区|investment|Industrial parks at provincial level or above",
            "5个|5|个||2023|actual|up|count|省级以上工业园区|investment|Industrial parks at provincial level or above",
            "1个|1|个||2023|actual||count|国家级高新区|investment|National-level high-tech zones",
        ],
    );
}

/// A clause that only goes on about the metric before (`…，增长3.2%`) takes
/// that record's sector, not the topic an earlier clause named
/// (`规上工业…`); retail sales under a heading on the economy as a whole
/// are macro (docs/scheme.md, "Sectors").
#[test]
fn a_clause_going_on_about_the_metric_before_keeps_its_sector() {
    expect(
        &review("（一）经济运行稳中有进。规上工业增加值增长6.1%，增速居全省第5位；社会消费品零售总额完成420.5亿元，增长3.2%。"),
        &[
            "6.1%|6.1|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
            "第5位|5|位||2023|actual||rank|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "420.5亿元|420.5|亿元||2023|actual||level|社会消费品零售总额|macro|Total retail sales of consumer goods",
            "3.2%|3.2|%||2023|actual|up|growth|社会消费品零售总额|macro|Total retail sales of consumer goods",
        ],
    );
}

/// A `、` list of nouns whose first item carries the shared verb and scope
/// (`新建和改造城市燃气、供水、排水管网`) is one subject, not its last item;
/// a phone number in a subject is dropped with the plan words after it.
#[test]
fn a_noun_list_with_its_verb_and_a_phone_number_in_a_subject() {
    expect(
        &review("新建和改造城镇燃气、供水、排水管网210公里。文旅咨询热线0571-87654321全年受理来电3.6万件。"),
        &[
            "210公里|210|公里||2023|actual||level|新建和改造城镇燃气、供水、排水管网|livelihood",
            "3.6万件|3.6|万件||2023|actual||count|文旅咨询热线受理来电|consumption",
        ],
    );
}

/// `…营业收入实现翻番，达到386亿元`: the doubling gives no record, and the
/// value after it is of the metric that doubled; a stock named by a bare
/// head noun (`航线总数`) is of the things just counted, qualifiers and all.
#[test]
fn a_value_after_a_doubling_and_a_stock_by_its_head_noun() {
    expect(
        &review("工业机器人产量增长18%；新能源汽车产业营业收入实现翻番，达到386亿元。新开通国际货运航线6条，航线总数达到42条。"),
        &[
            "18%|18|%||2023|actual|up|growth|工业机器人产量|macro",
            "386亿元|386|亿元||2023|actual||level|新能源汽车产业营业收入|industry|Operating revenue of the new energy vehicle industry",
            "6条|6|条||2023|actual||count|新开通国际货运航线|opening",
            "42条|42|条||2023|actual||count|国际货运航线总数|opening",
        ],
    );
}

/// A run of years that opens a later sentence of a paragraph (`今年是…起步之年。
/// “十五五”时期…的主要目标是：…`) dates the rest of it as a plan period ahead:
/// changes and averages `history`, levels the period's last year; a step
/// reached (`迈上…台阶`) is the metric's before it, not a counted noun.
#[test]
fn a_plan_period_opening_a_later_sentence_and_a_step_reached() {
    expect(
        "二、2026年工作安排\n\n今年是“十五五”规划的起步之年。“十五五”时期全县发展的主要目标是：地区生产总值年均增长6%左右，到2030年迈上600亿元台阶；常住人口城镇化率提高到62%。\n",
        &[
            "6%左右|6|%|~|history|target|up|growth|地区生产总值|macro|GDP",
            "600亿元|600|亿元||2030|target||level|地区生产总值|macro|GDP",
            "62%|62|%||2030|target|up|share|常住人口城镇化率|macro|Urbanisation rate of the resident population",
        ],
    );
}

/// A cause before a change (`受非洲猪瘟影响同比下降…`) is not the metric: the
/// change is of the figure before; `全面` after a count ends its noun as
/// `全部` does; `完成` before work done goes (`完成造林` → `造林`), before
/// `投资` it names the metric and stays.
#[test]
fn a_cause_an_adverb_after_a_count_and_work_completed() {
    expect(
        &review("生猪出栏96万头，受非洲猪瘟影响同比下降8.4%。十二件民生实事全面完成。完成造林2.3万亩，完成营造林3.1万亩；实施重点项目40个，完成投资66亿元。"),
        &[
            "96万头|96|万头||2023|actual||level|生猪出栏|agriculture|Hogs slaughtered",
            "8.4%|8.4|%||2023|actual|down|growth|生猪出栏|agriculture|Hogs slaughtered",
            "十二件|12|件||2023|actual||count|民生实事|livelihood|Livelihood projects",
            "2.3万亩|2.3|万亩||2023|actual||level|造林|environment|Afforestation",
            "3.1万亩|3.1|万亩||2023|actual||level|营造林|environment|Afforestation",
            "40个|40|个||2023|actual||count|实施重点项目|investment|Key projects implemented",
            "66亿元|66|亿元||2023|actual||level|完成投资|investment|Investment completed",
        ],
    );
}

/// What became of counted things written after them (`4个贫困县脱贫摘帽`,
/// `126个贫困村退出`) names the year's flow verb first, as `新增…` does; with
/// `全部` the count is the whole stock (`23个贫困村全部出列`: 贫困村). People
/// brought under a watch are the metric, not the bringing (`纳入`).
#[test]
fn counts_of_what_left_poverty_and_people_under_the_watch() {
    expect(
        &review("全年减少贫困人口3.8万人，4个贫困县脱贫摘帽，126个贫困村退出。五年来23个贫困村全部出列。纳入防返贫监测对象830户2950人。"),
        &[
            "3.8万人|3.8|万人||2023|actual||count|减少贫困人口|agriculture|Reduction in the poor population",
            "4个|4|个||2023|actual||count|脱贫摘帽贫困县|agriculture|Poor counties lifted out of poverty",
            "126个|126|个||2023|actual||count|退出贫困村|agriculture|Poor villages lifted out of poverty",
            "23个|23|个||history|actual||count|贫困村|agriculture|Poor villages",
            "830户|830|户||2023|actual||count|防返贫监测对象|agriculture|People monitored against a return to poverty",
            "2950人|2950|人||2023|actual||count|防返贫监测对象|agriculture|People monitored against a return to poverty",
        ],
    );
}

/// Tea gardens, tea and vegetables are crops under a heading of industries;
/// rural water works and a village's groups (`村民组`) are rural
/// construction; buildings counted by their tax (`栋`, a counting unit) are
/// carriers of firms brought in, as parks are (docs/scheme.md).
#[test]
fn crops_rural_works_and_tax_buildings_take_their_sectors() {
    expect(
        &review("特色产业稳步发展。茶园面积达到8.4万亩，干茶产量5200吨；蔬菜产量28.6万吨。新建农村集中供水工程86处，20户以上村民组通硬化路比例达到98%。"),
        &[
            "8.4万亩|8.4|万亩||2023|actual||level|茶园面积|agriculture",
            "5200吨|5200|吨||2023|actual||level|干茶产量|agriculture|Dry tea output",
            "28.6万吨|28.6|万吨||2023|actual||level|蔬菜产量|agriculture|Vegetable output",
            "86处|86|处||2023|actual||count|新建农村集中供水工程|agriculture",
            "98%|98|%||2023|actual||share|20户以上村民组通硬化路比例|agriculture",
        ],
    );
    expect(
        &plan("楼宇经济提质增效。税收亿元楼宇达到12栋。"),
        &["12栋|12|栋||2024|target||count|税收亿元楼宇|investment|Buildings paying 100 million yuan or more in tax"],
    );
}

/// Firms settled in (`入驻企业`) with no place named are in the place the
/// clause before names, without its aside; a bare rate of a service's work
/// (`满意率`) after a count of its handling is the service's.
#[test]
fn firms_settled_in_a_place_and_a_services_rate() {
    expect(
        &review("创新创业孵化基地（二期）投入使用，入驻企业63家。政务服务热线受理来电12.8万件，满意率97.6%。"),
        &[
            "63家|63|家||2023|actual||count|创新创业孵化基地入驻企业|innovation",
            "12.8万件|12.8|万件||2023|actual||count|政务服务热线受理来电|reform",
            "97.6%|97.6|%||2023|actual||share|政务服务热线满意率|reform",
        ],
    );
}

/// A `分别` list of amounts in different magnitudes (`万亿元`, `亿元`) is
/// one list; items naming only an industry share the last item's head from
/// `产业` on (`装备制造产业集群产值`).
#[test]
fn industries_listed_share_the_head_from_their_industry_word() {
    expect(
        &review("工业经济稳中向好。汽车、生物医药产业营业收入分别达到1.05万亿元和3120亿元。纺织、新能源产业集群产值分别增长9.6%和24.1%。"),
        &[
            "1.05万亿元|1.05|万亿元||2023|actual||level|汽车产业营业收入|industry",
            "3120亿元|3120|亿元||2023|actual||level|生物医药产业营业收入|industry|Operating revenue of the biomedicine industry",
            "9.6%|9.6|%||2023|actual|up|growth|纺织产业集群产值|industry",
            "24.1%|24.1|%||2023|actual|up|growth|新能源产业集群产值|industry",
        ],
    );
}

/// Trains run are counted in `列`.
#[test]
fn trains_are_counted_in_lie() {
    expect(
        &review("开放平台提档升级。中欧班列开行量2150列，增长18%。"),
        &[
            "2150列|2150|列||2023|actual||count|中欧班列开行量|opening",
            "18%|18|%||2023|actual|up|growth|中欧班列开行量|opening",
        ],
    );
}

/// Foreign-invested firms set up, funds arrived, an industry's investment,
/// parks won and standard plant built are investment attraction's, whatever
/// the heading (docs/scheme.md); a new area's report names itself (`新区`)
/// as a city's says `全市`.
#[test]
fn firms_funds_parks_and_plant_brought_in_are_investment() {
    expect(
        &review("产业平台加快建设。新区获批省级特色产业园3个，新建标准厂房62万平方米，新设外商投资企业18家。"),
        &[
            "3个|3|个||2023|actual||count|获批省级特色产业园|investment",
            "62万平方米|62|万平方米||2023|actual||level|新建标准厂房|investment",
            "18家|18|家||2023|actual||count|新设外商投资企业|investment",
        ],
    );
    expect(
        &plan("确保工业技改投资增长9%，制造业投资增长7%以上，到位资金增长12%。"),
        &[
            "9%|9|%||2024|target|up|growth|工业技改投资|industry|verb=确保",
            "7%以上|7|%|>=|2024|target|up|growth|制造业投资|investment|Manufacturing investment|verb=确保",
            "12%|12|%||2024|target|up|growth|到位资金|investment|Funds in place|verb=确保",
        ],
    );
}

/// A running total after a count of new ones (`新建5G基站…，累计达到…`) is
/// the stock of those things (a `history` total, docs/scheme.md); a clause
/// naming only the whole of a share (`占地区生产总值比重…`) takes the topic
/// of the part before it; a digital-economy lead sets its paragraph's topic.
#[test]
fn a_running_total_is_the_stock_and_a_share_is_its_parts() {
    expect(
        &review("数字经济提速发展。数字经济核心产业增加值达到412亿元，占地区生产总值比重提高到9.3%；新建5G基站2180个，累计达到6420个。"),
        &[
            "412亿元|412|亿元||2023|actual||level|数字经济核心产业增加值|industry|Value added of the core digital economy industry",
            "9.3%|9.3|%||2023|actual|up|share|数字经济核心产业增加值占地区生产总值比重|industry|Share of core digital economy industries' value added in GDP",
            "2180个|2180|个||2023|actual||count|新建5G基站|industry",
            "6420个|6420|个||history|actual||count|5G基站|industry",
        ],
    );
}

/// A compound verb opening a `、` list (`新建改造`) carries over whole; a
/// paragraph led by the care of the elderly (`养老`) is livelihood's.
#[test]
fn compound_verbs_carry_and_elderly_care_is_livelihood() {
    expect(
        &review("养老服务能力持续提升。新建改造社区养老服务站9个、老年助餐点14个，完成困难老年人家庭适老化改造1800户。"),
        &[
            "9个|9|个||2023|actual||count|新建改造社区养老服务站|livelihood",
            "14个|14|个||2023|actual||count|新建改造老年助餐点|livelihood",
            "1800户|1800|户||2023|actual||count|困难老年人家庭适老化改造|livelihood",
        ],
    );
}

/// A count of people after a verb of what was done for them
/// (`带动…名…就业`) keeps the verb, as a count after them does; funds won
/// for someone (`为…争取…资金`) are the funds won.
#[test]
fn driven_counts_keep_their_verb_and_won_funds_lose_their_beneficiary() {
    expect(
        &review("建成扶贫车间26个，带动2100余名留守妇女就近就业；为中小企业争取纾困资金1.8亿元。"),
        &[
            "26个|26|个||2023|actual||count|建成扶贫车间|agriculture",
            "2100余名|2100|名|>=|2023|actual||count|带动留守妇女就近就业|livelihood",
            "1.8亿元|1.8|亿元||2023|actual||level|争取纾困资金|investment",
        ],
    );
}

/// A part's investment after `其中…个、完成投资` is the part's; a gap to a
/// benchmark is not part of the metric a later aspect (`增速`) measures.
#[test]
fn a_parts_investment_and_an_aspect_after_a_benchmark() {
    expect(
        &review("全年186个县重点项目完成投资412亿元，其中产业项目63个、完成投资158亿元。全县规上工业增加值增长7.2%，高于全省平均水平1.1个百分点，增速居全省第5位。"),
        &[
            "186个|186|个||2023|actual||count|县重点项目|investment",
            "412亿元|412|亿元||2023|actual||level|完成投资|investment|Investment completed",
            "63个|63|个||2023|actual||count|产业项目|investment|Industrial projects",
            "158亿元|158|亿元||2023|actual||level|产业项目完成投资|investment|Investment completed of industrial projects",
            "7.2%|7.2|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
            "1.1个百分点|1.1|个百分点||2023|actual|up|growth|规上工业增加值增速高于全省平均水平|industry",
            "第5位|5|位||2023|actual||rank|规上工业增加值增速|industry|Growth of value added of industry above designated size",
        ],
    );
}

/// A bare measure after another of the same owner (`…面积…，综合产值…`), a
/// deal's value after the deal (`…交易…，交易额…`), the beds of lodgings
/// counted just before (`…家、床位…张`), and `新签约` carried over `、` to
/// projects only.
#[test]
fn measures_values_and_beds_of_what_the_clause_before_named() {
    expect(
        &review("全县油茶种植面积达到18万亩，综合产值9.6亿元；完成林业碳汇交易3.2万吨，交易额达到215万元。乡村民宿达到92家、床位1500余张。"),
        &[
            "18万亩|18|万亩||2023|actual||level|油茶种植面积|agriculture",
            "9.6亿元|9.6|亿元||2023|actual||level|油茶种植综合产值|agriculture",
            "3.2万吨|3.2|万吨||2023|actual||level|林业碳汇交易|environment",
            "215万元|215|万元||2023|actual||level|林业碳汇交易额|environment",
            "92家|92|家||2023|actual||count|乡村民宿|consumption",
            "1500余张|1500|张|>=|2023|actual||count|乡村民宿床位|consumption",
        ],
    );
    expect(
        &plan("力争新签约3亿元以上项目30个、20亿元以上项目4个。"),
        &[
            "30个|30|个||2024|target||count|新签约3亿元以上项目|investment|verb=力争",
            "4个|4|个||2024|target||count|新签约20亿元以上项目|investment|verb=力争",
        ],
    );
    // Signing is of projects: the signed ones' measures are not signed.
    expect(
        &review("全年新签约亿元以上项目26个、协议投资186亿元。"),
        &[
            "26个|26|个||2023|actual||count|新签约亿元以上项目|investment|Newly signed projects of 100 million yuan or more",
            "186亿元|186|亿元||2023|actual||level|协议投资|investment|Contracted investment",
        ],
    );
}

/// Towns' jobs in a paragraph led by agriculture and livelihood together
/// are livelihood's (only relief's jobs are agriculture's); an epidemic's
/// sampling sites and vaccination rates are health care's, livelihood.
#[test]
fn towns_jobs_and_epidemic_care_are_livelihood() {
    expect(
        &review("农业和民生持续改善。粮食总产量31.2万吨，增长0.8%；城镇新增就业3900人，城镇登记失业率控制在3.8%以内。\n\n疫情防控有力有效。设置核酸采样点86个，老年人新冠病毒疫苗接种率达到90.2%。"),
        &[
            "31.2万吨|31.2|万吨||2023|actual||level|粮食总产量|agriculture|Total grain output",
            "0.8%|0.8|%||2023|actual|up|growth|粮食总产量|agriculture|Total grain output",
            "3900人|3900|人||2023|actual||count|城镇新增就业|livelihood|New urban jobs",
            "控制在3.8%以内|3.8|%|<=|2023|actual||share|城镇登记失业率|livelihood|Registered urban unemployment rate",
            "86个|86|个||2023|actual||count|设置核酸采样点|livelihood",
            "90.2%|90.2|%||2023|actual||share|老年人新冠病毒疫苗接种率|livelihood",
        ],
    );
}

/// A `；` item that names its metric in a clause without a number
/// (`外贸进出口总额确保正增长，力争增长4%`) gives that metric to the bare
/// change after it, not the item's before.
#[test]
fn a_metric_named_without_a_number_owns_the_change_after_it() {
    expect(
        &plan("全年主要预期目标是：地区生产总值增长6%；社会消费品零售总额增长7%；外贸进出口总额确保正增长，力争增长4%。"),
        &[
            "6%|6|%||2024|target|up|growth|地区生产总值|macro|GDP",
            "7%|7|%||2024|target|up|growth|社会消费品零售总额|macro|Total retail sales of consumer goods",
            "4%|4|%||2024|target|up|growth|外贸进出口总额|macro|Total foreign trade|verb=力争",
        ],
    );
}

/// A bound written after the first number of a `分别` list (`12%左右和16%`)
/// is that number's, not a size class inside a subject.
#[test]
fn a_bound_before_a_join_is_the_numbers() {
    expect(
        &plan("全年接待游客2100万人次、旅游收入240亿元，分别增长12%左右和16%。"),
        &[
            "2100万人次|2100|万人次||2024|target||count|接待游客|consumption|Tourist arrivals",
            "240亿元|240|亿元||2024|target||level|旅游收入|consumption|Tourism revenue",
            "12%左右|12|%|~|2024|target|up|growth|接待游客|consumption|Tourist arrivals",
            "16%|16|%||2024|target|up|growth|旅游收入|consumption|Tourism revenue",
        ],
    );
}

/// A move in a ranking with a bound (`前移2位以上`) is one record; a place
/// among the first N written in digits (`进入前60位`) is a rank of N; when
/// overall strength (`综合实力`) moves `在…中`, the ranking names both.
#[test]
fn a_bounded_move_and_a_top_place_in_a_ranking() {
    expect(
        &plan("全县综合实力力争在全国百强县中前移2位以上，努力进入前60位。"),
        &[
            "2位以上|2|位|>=|2024|target|up|rank|全国百强县|macro|verb=力争",
            "前60位|60|位||2024|target||rank|全国百强县|macro|verb=努力",
        ],
    );
}

/// A running total after a count of new ones joined by `、`
/// (`新增…45家、累计达到612家`) is the stock, as after `，`; a part of it after
/// `其中` is dated as the total, `history`, in a one-year review too.
#[test]
fn a_running_total_after_a_list_mark_and_its_part() {
    expect(
        &review("全县新增规上工业企业45家、累计达到612家，其中产值超亿元企业88家。"),
        &[
            "45家|45|家||2023|actual||count|新增规上工业企业|industry|New industrial enterprises above designated size",
            "612家|612|家||history|actual||count|规上工业企业|industry|Industrial enterprises above designated size",
            "88家|88|家||history|actual||count|产值超亿元企业|industry|Enterprises with output value over 100 million yuan",
        ],
    );
}

/// A paragraph led by the economy of office buildings or of headquarters
/// (`楼宇经济…。`, `总部经济…。`) is investment's, carriers firms are brought
/// into; the value added of finance there stays macro. Back lanes put in
/// order are urban renewal, livelihood, and so is a paragraph led by the
/// quality of town life (`城市品质…。`).
#[test]
fn buildings_headquarters_and_back_lanes_by_their_words() {
    expect(
        &review("楼宇经济稳步发展。新建成商务写字楼3栋，新增商务面积18万平方米。\n\n总部经济加快集聚。新增持牌金融机构5家，金融业增加值增长6.1%。\n\n城市品质不断提升。完成背街小巷整治22条，全区36个社区全部建成“十五分钟便民生活圈”。"),
        &[
            "3栋|3|栋||2023|actual||count|新建成商务写字楼|investment",
            "18万平方米|18|万平方米||2023|actual||level|新增商务面积|investment",
            "5家|5|家||2023|actual||count|新增持牌金融机构|investment",
            "6.1%|6.1|%||2023|actual|up|growth|金融业增加值|macro",
            "22条|22|条||2023|actual||count|背街小巷整治|livelihood",
            "36个|36|个||2023|actual||count|建成“十五分钟便民生活圈”的社区|livelihood",
        ],
    );
}

/// A verb carried over `、` (`新增`) stops at an item with its own verb
/// (`引进`) and at a rate (`…营业收入增长18%`: no new thing made); a part
/// after `其中` named by the whole's qualifier (`…区域总部` of `引进总部企业`)
/// shares the whole's verb.
#[test]
fn a_carried_verb_stops_at_own_verbs_and_rates() {
    expect(
        &plan("全年力争新增规上工业企业12家、引进区域总部企业6家、县经济开发区营业收入增长18%。"),
        &[
            "12家|12|家||2024|target||count|新增规上工业企业|industry|New industrial enterprises above designated size|verb=力争",
            "6家|6|家||2024|target||count|引进区域总部企业|investment|verb=力争",
            "18%|18|%||2024|target|up|growth|县经济开发区营业收入|investment|verb=力争",
        ],
    );
    expect(
        &review("全年引进总部企业15家，其中中国500强企业区域总部4家。"),
        &[
            "15家|15|家||2023|actual||count|引进总部企业|investment|Headquarters enterprises attracted",
            "4家|4|家||2023|actual||count|引进中国500强企业区域总部|investment",
        ],
    );
}

/// In a five-year review opened without `累计` (`五年来，…`), new things
/// made or added (`新建改建…`, `新增…`) are totals over the years,
/// `history`; a value reached in a clause of its own (`达到`, `突破`) is the
/// period's last year's.
#[test]
fn new_things_over_five_years_are_totals() {
    expect(
        "一、“十三五”时期工作回顾\n\n五年来，新建改建农村公路860公里，行政村通客车率达到100%；新增规上工业企业52家，县经济开发区营业收入突破80亿元。\n\n二、2021年重点工作任务\n\n做好工作。\n",
        &[
            "860公里|860|公里||history|actual||level|新建改建农村公路|agriculture|Newly built or rebuilt rural roads",
            "100%|100|%||2020|actual||share|行政村通客车率|agriculture",
            "52家|52|家||history|actual||count|新增规上工业企业|industry|New industrial enterprises above designated size",
            "突破80亿元|80|亿元|>=|2020|actual||level|县经济开发区营业收入|investment",
        ],
    );
}

/// People moved and housed (`搬迁安置群众…户…人`) under poverty relief are
/// that relief's, agriculture, as its jobs are; elsewhere livelihood.
#[test]
fn people_housed_under_poverty_relief_are_its() {
    expect(
        &review("脱贫成果持续巩固。建成易地扶贫搬迁安置点6个，搬迁安置群众1280户5120人。\n\n城市建设加快推进。完成征收安置群众860户。"),
        &[
            "6个|6|个||2023|actual||count|建成易地扶贫搬迁安置点|agriculture",
            "1280户|1280|户||2023|actual||count|搬迁安置群众|agriculture",
            "5120人|5120|人||2023|actual||count|搬迁安置群众|agriculture",
            "860户|860|户||2023|actual||count|征收安置群众|livelihood",
        ],
    );
}

/// Firms settled in (`入驻企业`) right after a count of the places they move
/// into (`商务楼宇达到96栋`) are those places' firms, as after a place named
/// without a number.
#[test]
fn firms_settled_in_the_places_counted_before() {
    expect(
        &review("全区商务楼宇达到96栋，入驻企业8600家；产业园区入驻企业420家。"),
        &[
            "96栋|96|栋||2023|actual||count|商务楼宇|investment",
            "8600家|8600|家||2023|actual||count|商务楼宇入驻企业|investment",
            "420家|420|家||2023|actual||count|产业园区入驻企业|investment",
        ],
    );
}

/// Households counted right before their people (`2.1万户6.8万名…`) share
/// the noun after the people's count; the watch's people whose risk of
/// falling back was removed are named by that event first, as
/// `脱贫摘帽贫困县` is.
#[test]
fn households_before_their_people_share_the_noun_after() {
    expect(
        &review("全市2.1万户6.8万名建档立卡贫困人口全部脱贫，1320户4100人监测对象消除返贫风险。"),
        &[
            "2.1万户|2.1|万户||2023|actual||count|建档立卡贫困人口|agriculture|Registered poor population",
            "6.8万名|6.8|万名||2023|actual||count|建档立卡贫困人口|agriculture|Registered poor population",
            "1320户|1320|户||2023|actual||count|消除返贫风险监测对象|agriculture",
            "4100人|4100|人||2023|actual||count|消除返贫风险监测对象|agriculture",
        ],
    );
}

/// A change since a written year before the one before the review year
/// (`比2021年增长12.3%` in a review of 2023) spans the years between,
/// `history`; since the year before (`比2022年`) it is the year's own.
#[test]
fn a_change_since_an_earlier_written_year_spans_the_years() {
    expect(
        &review("一般公共预算收入218亿元，增长9.6%，比2021年增长12.3%；规上工业增加值比2022年增长6.1%。"),
        &[
            "218亿元|218|亿元||2023|actual||level|一般公共预算收入|macro|General public budget revenue",
            "9.6%|9.6|%||2023|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
            "12.3%|12.3|%||history|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
            "6.1%|6.1|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
        ],
    );
}

/// A place among a city's central or main districts (`居主城区首位`,
/// `居中心城区第2位`) is a rank: those districts are the members ranked, as
/// `各区` are, and the metric stands before them.
#[test]
fn a_rank_among_central_districts() {
    expect(
        &review("全区一般公共预算收入增长8.4%，增速连续三年居主城区首位；固定资产投资增长6.2%，居中心城区第2位。"),
        &[
            "8.4%|8.4|%||2023|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
            "连续三年|3|年||history|actual||streak|一般公共预算收入增速|macro|Growth of general public budget revenue",
            "首位|1|位||2023|actual||rank|一般公共预算收入增速|macro|Growth of general public budget revenue",
            "6.2%|6.2|%||2023|actual|up|growth|固定资产投资|macro|Fixed-asset investment",
            "第2位|2|位||2023|actual||rank|固定资产投资|macro|Fixed-asset investment",
        ],
    );
}

/// Things counted by a ranking they entered (`进入全国百强县的县市`,
/// `入围全省民营企业100强的企业`) keep the verb and the ranking's scope:
/// the ranking qualifies what is counted, it is no rank of its own.
#[test]
fn things_counted_by_a_ranking_they_entered_keep_it() {
    expect(
        &review("进入全国百强县的县市由2个增加到4个；入围全省民营企业100强的企业达到15家。"),
        &[
            "2个|2|个||2022|actual||count|进入全国百强县的县市|macro",
            "4个|4|个||2023|actual|up|count|进入全国百强县的县市|macro",
            "15家|15|家||2023|actual||count|入围全省民营企业100强的企业|macro",
        ],
    );
}

/// A fall to a new level written `降至` / `降到` (`从2022年底的8.1%降至2.9%`)
/// is a verb after the baseline, not a noun the baseline counts; a year's
/// end (`年末`, `年底`) before the baseline's `的` is its year.
#[test]
fn a_fall_to_a_level_from_a_year_end() {
    expect(
        &review("农村贫困发生率从2022年底的8.1%降至2.9%，城镇登记失业率由4.6%降到4.1%。"),
        &[
            "8.1%|8.1|%||2022|actual||share|农村贫困发生率|agriculture|Rural poverty incidence",
            "2.9%|2.9|%||2023|actual|down|share|农村贫困发生率|agriculture|Rural poverty incidence",
            "4.6%|4.6|%||2022|actual||share|城镇登记失业率|livelihood|Registered urban unemployment rate",
            "4.1%|4.1|%||2023|actual|down|share|城镇登记失业率|livelihood|Registered urban unemployment rate",
        ],
    );
}

/// A figure since an event (`精准扶贫以来累计投入…`) names what was put in,
/// not since when; contracted foreign capital (`合同外资`) is won by
/// investment attraction, as capital used is.
#[test]
fn since_an_event_and_contracted_foreign_capital() {
    expect(
        &review(
            "精准扶贫以来累计投入财政衔接资金9.6亿元。新设外商投资企业9家，合同外资6200万美元。",
        ),
        &[
            "9.6亿元|9.6|亿元||history|actual||level|投入财政衔接资金|agriculture",
            "9家|9|家||2023|actual||count|新设外商投资企业|investment",
            "6200万美元|6200|万美元||2023|actual||level|合同外资|investment",
        ],
    );
}

/// A place among peers named at length after `居` (`居东部省份第4位`,
/// `居全省同类城市首位`) is a rank of the metric before `居`; a place among
/// the first N held (`排名稳定在前30位`) is one too.
#[test]
fn ranks_among_peers_named_at_length() {
    expect(
        &review("规上工业增加值增长7.4%，增速居东部省份第4位。每万人口高价值发明专利拥有量达到21.5件，居全省同类城市首位。"),
        &[
            "7.4%|7.4|%||2023|actual|up|growth|规上工业增加值|industry|Value added of industry above designated size",
            "第4位|4|位||2023|actual||rank|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "21.5件|21.5|件||2023|actual||count|每万人口高价值发明专利拥有量|innovation",
            "首位|1|位||2023|actual||rank|每万人口高价值发明专利拥有量|innovation",
        ],
    );
    expect(
        &plan("全国县域经济百强县排名稳定在前30位。"),
        &["前30位|30|位||2024|target||rank|全国县域经济百强县|macro"],
    );
}

/// A paragraph opened by `今年以来` inside a review part
/// (`一、2023年和今年以来工作回顾`) is about the report year so far: its
/// numbers are that year's and `actual`, the review year's stay before it.
#[test]
fn this_year_so_far_inside_a_review() {
    expect(
        "一、2023年和今年以来工作回顾\n\n全年地区生产总值增长5.6%。\n\n今年以来，全区上下攻坚克难。截至5月底，重点项目开工率达到91.2%；新登记市场主体3200户。\n\n二、2024年重点工作任务\n\n做好工作。\n",
        &[
            "5.6%|5.6|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "91.2%|91.2|%||2024|actual||share|重点项目开工率|investment",
            "3200户|3200|户||2024|actual||count|新登记市场主体|reform|Newly registered market entities",
        ],
    );
}

/// `签约引进` carries over `、` to each listed kind of project, as `新签约`
/// does, and not to the projects' measures (`协议投资`).
#[test]
fn signed_and_brought_in_carries_over_to_projects() {
    expect(
        &plan("确保签约引进5亿元以上项目30个、20亿元以上项目6个、协议投资120亿元。"),
        &[
            "30个|30|个||2024|target||count|签约引进5亿元以上项目|investment|verb=确保",
            "6个|6|个||2024|target||count|签约引进20亿元以上项目|investment|verb=确保",
            "120亿元|120|亿元||2024|target||level|协议投资|investment|Contracted investment|verb=确保",
        ],
    );
}

/// What is left of a whole, written with `的` before the counts
/// (`剩余的…户…名建档立卡贫困人口`), names the counted noun of both.
#[test]
fn the_remaining_ones_counted() {
    expect(
        &plan("今年要确保剩余的1260户3410名建档立卡贫困人口全部脱贫。"),
        &[
            "1260户|1260|户||2024|target||count|剩余建档立卡贫困人口|agriculture|verb=确保",
            "3410名|3410|名||2024|target||count|剩余建档立卡贫困人口|agriculture|verb=确保",
        ],
    );
}

/// A development zone's headline opens with its firms' total revenue
/// (`全年实现营业收入…`), as a place's opens with GDP: its figures are the
/// headline's, `macro`, industry's output among them.
#[test]
fn a_zone_headline_opens_with_revenue() {
    expect(
        &review("全年实现营业收入926.5亿元，同比增长11.2%；规上工业总产值612.8亿元，同比增长9.6%；一般公共预算收入31.4亿元，同比增长6.8%。"),
        &[
            "926.5亿元|926.5|亿元||2023|actual||level|营业收入|macro|Operating revenue",
            "11.2%|11.2|%||2023|actual|up|growth|营业收入|macro|Operating revenue",
            "612.8亿元|612.8|亿元||2023|actual||level|规上工业总产值|macro|Gross industrial output value above designated size",
            "9.6%|9.6|%||2023|actual|up|growth|规上工业总产值|macro|Gross industrial output value above designated size",
            "31.4亿元|31.4|亿元||2023|actual||level|一般公共预算收入|macro|General public budget revenue",
            "6.8%|6.8|%||2023|actual|up|growth|一般公共预算收入|macro|General public budget revenue",
        ],
    );
}

/// A year in a clause of its own before `预计` (`2023年，预计…`) only dates
/// the sentence, as `今年，` does: `预计` still opens it and governs its
/// whole list, not only its first clause.
#[test]
fn an_estimate_after_a_year_opener_governs_the_sentence() {
    expect(
        &review("2023年，预计全市地区生产总值达到1200亿元，增长5.8%；一般公共预算收入86.4亿元，增长6.4%。"),
        &[
            "1200亿元|1200|亿元||2023|estimate||level|地区生产总值|macro|GDP|verb=预计",
            "5.8%|5.8|%||2023|estimate|up|growth|地区生产总值|macro|GDP|verb=预计",
            "86.4亿元|86.4|亿元||2023|estimate||level|一般公共预算收入|macro|General public budget revenue|verb=预计",
            "6.4%|6.4|%||2023|estimate|up|growth|一般公共预算收入|macro|General public budget revenue|verb=预计",
        ],
    );
}

/// A change of a ratio written `优化为` is named by the ratio, as `调整为`
/// is; levels come back to part of an earlier year's (`分别恢复到2019年的…`)
/// are each the metric before them, in order, with no direction.
#[test]
fn ratios_optimised_and_levels_recovered() {
    expect(
        &plan("三次产业结构优化为12.5:41.8:45.7。"),
        &[
            "12.5|12.5|||2024|target||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "41.8|41.8|||2024|target||share|三次产业结构|macro|Structure of the three sectors of the economy",
            "45.7|45.7|||2024|target||share|三次产业结构|macro|Structure of the three sectors of the economy",
        ],
    );
    expect(
        &review("全年接待游客2146万人次、实现旅游综合收入218.6亿元，分别恢复到2019年的71.2%和68.5%。"),
        &[
            "2146万人次|2146|万人次||2023|actual||count|接待游客|consumption|Tourist arrivals",
            "218.6亿元|218.6|亿元||2023|actual||level|旅游综合收入|consumption|Total tourism revenue",
            "71.2%|71.2|%||2023|actual||share|接待游客|consumption|Tourist arrivals",
            "68.5%|68.5|%||2023|actual||share|旅游综合收入|consumption|Total tourism revenue",
        ],
    );
}

/// The span of the years just past (`近三年年均增长`) says over how long, as
/// `五年` does: the rate is of the metric before, over the years; a part
/// after it (`其中…`) is of the year's amount, not of the rate.
#[test]
fn a_rate_over_the_recent_years_and_a_part_after_it() {
    expect(
        &review("技术合同成交额达到618.7亿元，增长24.6%，近三年年均增长21.4%，其中吸纳外地技术成交额126.4亿元。"),
        &[
            "618.7亿元|618.7|亿元||2023|actual||level|技术合同成交额|innovation|Value of technology contracts",
            "24.6%|24.6|%||2023|actual|up|growth|技术合同成交额|innovation|Value of technology contracts",
            "21.4%|21.4|%||history|actual|up|growth|技术合同成交额|innovation|Value of technology contracts",
            "126.4亿元|126.4|亿元||2023|actual||level|吸纳外地技术成交额|innovation",
        ],
    );
}

/// The whole year inside a subject (`口岸全年过货量`) says when, as `全年`
/// opening one does; before a plan's name (`完成全年目标任务的`) it says
/// which plan and stays.
#[test]
fn the_whole_year_inside_a_subject() {
    expect(
        &review(
            "全市口岸全年过货量达到1268万吨，同比增长21.5%。固定资产投资完成全年目标任务的108.2%。",
        ),
        &[
            "1268万吨|1268|万吨||2023|actual||level|口岸过货量|opening",
            "21.5%|21.5|%||2023|actual|up|growth|口岸过货量|opening",
            "108.2%|108.2|%||2023|actual||share|固定资产投资完成全年目标任务|macro",
        ],
    );
}

/// A number right after `每` is the base of a rate (`每千名老年人`,
/// `每10万人口`): no record, and the rate's subject keeps it, as it keeps
/// `每万人口`.
#[test]
fn the_base_of_a_rate_is_its_subject() {
    expect(
        &review("新增养老床位860张，每千名老年人拥有养老床位达到36张；每1000名儿童拥有托位4.5个。"),
        &[
            "860张|860|张||2023|actual||count|新增养老床位|livelihood|New elderly care beds",
            "36张|36|张||2023|actual||count|每千名老年人拥有养老床位|livelihood",
            "4.5个|4.5|个||2023|actual||count|每1000名儿童拥有托位|livelihood",
        ],
    );
}

/// How many peers a ranking has (`居15个副省级城市第9位`) names the ranking,
/// as `全市各区` does: no record, and the place after them is the rank of
/// the metric before `居`.
#[test]
fn a_ranking_among_counted_peers() {
    expect(
        &review("全市地区生产总值达到10386.2亿元，增长5.8%，总量居15个副省级城市第9位。"),
        &[
            "10386.2亿元|10386.2|亿元||2023|actual||level|地区生产总值|macro|GDP",
            "5.8%|5.8|%||2023|actual|up|growth|地区生产总值|macro|GDP",
            "第9位|9|位||2023|actual||rank|地区生产总值总量|macro|GDP",
        ],
    );
}

/// A part named by what its members are (`其中境外上市2家`) leaves out the
/// counted noun; it is the whole's (`新增境外上市公司`).
#[test]
fn a_part_named_by_what_its_members_are() {
    expect(
        &review("新增上市公司5家，其中境外上市2家。"),
        &[
            "5家|5|家||2023|actual||count|新增上市公司|macro",
            "2家|2|家||2023|actual||count|新增境外上市公司|macro",
        ],
    );
}

/// What is used or given off per unit of GDP (`单位地区生产总值二氧化碳排放`)
/// is energy and carbon, `environment`, not the economy's size; inside a
/// headline target list it stays `macro`, as the whole list is.
#[test]
fn intensities_per_unit_of_gdp_are_environment() {
    expect(
        &review("（一）生态屏障更加牢固。森林覆盖率提高到46.9%。单位地区生产总值二氧化碳排放下降4.1%，林业碳汇交易额1860万元。"),
        &[
            "46.9%|46.9|%||2023|actual|up|share|森林覆盖率|environment|Forest coverage",
            "4.1%|4.1|%||2023|actual|down|growth|单位地区生产总值二氧化碳排放|environment",
            "1860万元|1860|万元||2023|actual||level|林业碳汇交易额|environment",
        ],
    );
    expect(
        &plan("全年经济社会发展的主要预期目标是：地区生产总值增长6%左右；单位地区生产总值能耗下降2.5%左右。"),
        &[
            "6%左右|6|%|~|2024|target|up|growth|地区生产总值|macro|GDP",
            "2.5%左右|2.5|%|~|2024|target|down|growth|单位地区生产总值能耗|macro|Energy consumption per unit of GDP",
        ],
    );
}

/// The private economy as a whole (`民营经济增加值`, its share of GDP) is
/// `reform`, where ../shared/INDICATORS.md puts it, whatever the section.
#[test]
fn the_private_economy_is_reform() {
    expect(
        &review("民营经济增加值占地区生产总值比重提高到56.8%。"),
        &["56.8%|56.8|%||2023|actual|up|share|民营经济增加值占地区生产总值比重|reform"],
    );
    expect(
        &plan("确保新登记经营主体20万户以上，民营经济增加值增长6%。"),
        &[
            "20万户以上|20|万户|>=|2024|target||count|新登记经营主体|reform|Newly registered business entities|verb=确保",
            "6%|6|%||2024|target|up|growth|民营经济增加值|reform|verb=确保",
        ],
    );
}

/// Funds of whatever kinds won from above (`争取上级各类资金`) are
/// `investment`, as `上级资金` are, and so is a part of them (`其中…`), under
/// a heading of public finance and debt.
#[test]
fn funds_of_all_kinds_won_from_above() {
    expect(
        &plan("（二）守牢财政和债务底线。全年争取上级各类资金15亿元以上，其中地方政府专项债券资金6亿元。"),
        &[
            "15亿元以上|15|亿元|>=|2024|target||level|上级各类资金|investment|Funds of all kinds from higher levels of government|verb=争取",
            "6亿元|6|亿元||2024|target||level|地方政府专项债券资金|investment|verb=争取",
        ],
    );
}

/// A county's economy as a whole ranked (`跻身全省县域经济30强`) is `macro`,
/// whatever section the sentence closes (here one of the private economy).
#[test]
fn the_county_economy_ranked_is_macro() {
    expect(
        &plan("（一）激发民营经济活力。培育年纳税500万元以上的民营企业10家，力争跻身全省县域经济30强。"),
        &[
            "10家|10|家||2024|target||count|培育年纳税500万元以上的民营企业|reform",
            "30强|30|强||2024|target||rank|全省县域经济|macro|verb=力争",
        ],
    );
}

/// The peers a place is ranked among (`居全省高新区首位`) name the ranking,
/// not its topic: the rank is of the metric before it, and of its sector.
#[test]
fn the_peers_of_a_ranking_name_no_topic() {
    expect(
        &review("每万人口发明专利拥有量达到68.4件，居全省高新区首位。"),
        &[
            "68.4件|68.4|件||2023|actual||count|每万人口发明专利拥有量|innovation",
            "首位|1|位||2023|actual||rank|每万人口发明专利拥有量|innovation",
        ],
    );
}
