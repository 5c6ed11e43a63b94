//! Period, status, direction, kind and sector read from the text itself
//! (issue 14; INDICATORS.md "Reports without headings, excerpts and
//! five-year reviews" and "Sectors belong to each number"). Each fixture is
//! reworded and renumbered from a pattern of the development corpus. Only
//! these fields are compared, so a better subject elsewhere leaves them be.

use report_explorer::extract::extract;

/// `raw|period|status|direction|kind|sector` for every record, in order.
#[track_caller]
fn expect(text: &str, review_year: Option<u16>, report_year: Option<u16>, want: &[&str]) {
    let report = extract(text);
    assert_eq!(
        (report.meta.review_year, report.meta.report_year),
        (review_year, report_year),
        "years"
    );
    let got: Vec<String> = report
        .indicators
        .iter()
        .map(|i| {
            let v = serde_json::to_value(i).unwrap();
            ["raw", "period", "status", "direction", "kind", "sector"]
                .map(|k| v[k].as_str().unwrap_or_default().to_owned())
                .join("|")
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn a_year_opening_line_and_a_target_list_without_headings_are_the_plan() {
    expect(
        "2026年全县经济社会发展的总体要求是：坚持稳中求进。\n\n\
         主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长4%。\n\n\
         今年，我们将新建高标准农田3万亩。\n",
        Some(2025),
        Some(2026),
        &[
            "5.5%左右|2026|target|up|growth|macro",
            "4%|2026|target|up|growth|macro",
            "3万亩|2026|target||level|agriculture",
        ],
    );
}

#[test]
fn a_signature_dates_the_report_and_a_first_part_may_be_numbered_two() {
    expect(
        "某县人民政府工作报告\n——2027年1月8日在某县第九届人民代表大会第三次会议上\n\n\
         二、2027年工作安排\n\n全年新增规上工业企业12家。\n",
        Some(2026),
        Some(2027),
        &["12家|2027|target||count|industry"],
    );
}

#[test]
fn a_dated_opening_and_past_year_paragraphs_are_the_review() {
    expect(
        "2026年，全市经济运行稳中有进。预计全年地区生产总值增长5%，两年平均增长4.5%。\n\n\
         过去一年，我们坚持稳就业，城镇新增就业1.2万人，城乡低保标准提高到每人每月800元。\n",
        Some(2026),
        Some(2027),
        &[
            "5%|2026|estimate|up|growth|macro",
            // An average over two years spans them.
            "4.5%|history|estimate|up|growth|macro",
            "1.2万人|2026|actual||count|livelihood",
            // A bare `提高到Y` is a rise.
            "800元|2026|actual|up|level|livelihood",
        ],
    );
}

#[test]
fn a_plan_period_review_dates_baselines_end_values_and_totals() {
    expect(
        "“十三五”时期，全县地区生产总值由2015年的200亿元增加到300亿元，年均增长8.4%；\
         服务业增加值占比提高5个百分点。\n\n\
         五年累计完成固定资产投资900亿元，实施亿元以上项目160个。全县4.2万贫困人口全部脱贫。\n\n\
         2020年，全县地区生产总值增长3%。\n",
        Some(2020),
        Some(2021),
        &[
            "200亿元|2015|actual||level|macro",
            "300亿元|2020|actual|up|level|macro",
            "8.4%|history|actual|up|growth|macro",
            "5个百分点|history|actual|up|growth|macro",
            // A paragraph that opens with a total is totals all through.
            "900亿元|history|actual||level|investment",
            "160个|history|actual||count|investment",
            "4.2万|history|actual||count|agriculture",
            "3%|2020|actual|up|growth|macro",
        ],
    );
}

#[test]
fn a_since_review_runs_to_the_review_year() {
    expect(
        "“十四五”以来，一般公共预算收入从50亿元提高到2024年的65亿元，总量居全省第6位。\
         四年来累计实施重点项目420个。\n\n\
         2024年，全区地区生产总值增长5%。\n",
        Some(2024),
        Some(2025),
        &[
            "50亿元|2020|actual||level|macro",
            "65亿元|2024|actual|up|level|macro",
            "第6位|2024|actual||rank|macro",
            "420个|history|actual||count|investment",
            "5%|2024|actual|up|growth|macro",
        ],
    );
}

#[test]
fn a_headline_paragraph_codes_each_clause_by_its_own_topic() {
    expect(
        "一、2030年工作回顾\n\n\
         2030年，全市地区生产总值达到980亿元，增长5.2%；全年实施重点项目140个、完成投资260亿元；\
         接待游客1500万人次，增长12%；粮食总产量达到18.5亿斤。\n",
        Some(2030),
        Some(2031),
        &[
            "980亿元|2030|actual||level|macro",
            "5.2%|2030|actual|up|growth|macro",
            "140个|2030|actual||count|investment",
            "260亿元|2030|actual||level|investment",
            "1500万人次|2030|actual||count|consumption",
            "12%|2030|actual|up|growth|consumption",
            "18.5亿斤|2030|actual||level|agriculture",
        ],
    );
}

#[test]
fn a_topic_line_or_an_aspect_opening_sets_the_paragraphs_topic() {
    expect(
        "一、2030年工作回顾\n\n\
         招商引资成效明显。举办推介活动20场，签约项目85个、总投资310亿元。\n\n\
         安全方面，全年化解隐性债务12.4亿元，事故起数下降9%。\n\n\
         民生保障更加有力。新建学校4所，新增学位2600个。\n",
        Some(2030),
        Some(2031),
        &[
            "20场|2030|actual||count|investment",
            "85个|2030|actual||count|investment",
            "310亿元|2030|actual||level|investment",
            "12.4亿元|2030|actual||level|safety",
            "9%|2030|actual|down|growth|safety",
            "4所|2030|actual||count|livelihood",
            "2600个|2030|actual||count|livelihood",
        ],
    );
}

#[test]
fn a_part_of_a_whole_keeps_the_wholes_topic() {
    expect(
        "一、2030年工作回顾\n\n\
         竣工投产工业项目64个，其中投资10亿元以上项目9个；新认定高新技术企业40家，总数达到310家。\n",
        Some(2030),
        Some(2031),
        &[
            "64个|2030|actual||count|industry",
            "9个|2030|actual||count|industry",
            "40家|2030|actual||count|innovation",
            "310家|2030|actual||count|innovation",
        ],
    );
}

#[test]
fn rate_targets_a_price_rise_a_jobless_rate_and_a_raised_aim() {
    expect(
        "二、2031年重点工作任务\n\n\
         主要预期目标是：地区生产总值增长6%以上，争取达到7%；居民消费价格涨幅2%左右；\
         城镇调查失业率5.5%以内。\n",
        Some(2030),
        Some(2031),
        &[
            "6%以上|2031|target|up|growth|macro",
            "7%|2031|target|up|growth|macro",
            "2%左右|2031|target|up|growth|macro",
            "5.5%以内|2031|target||share|macro",
        ],
    );
}

#[test]
fn a_title_dates_the_report() {
    expect(
        "某市2030年政府工作报告（节选）\n\n过去一年，全市城镇新增就业4.5万人。\n",
        Some(2029),
        Some(2030),
        &["4.5万人|2029|actual||count|livelihood"],
    );
}

#[test]
fn a_new_part_ends_a_five_year_review() {
    expect(
        "一、过去五年工作回顾\n\n过去五年，全市累计新增就业21万人。\n\n\
         二、2029年工作回顾\n\n城镇新增就业4.5万人，增长4%。\n",
        Some(2029),
        Some(2030),
        &[
            "21万人|history|actual||count|livelihood",
            // Under a one-year review's heading a rise is that year's.
            "4.5万人|2029|actual||count|livelihood",
            "4%|2029|actual|up|growth|livelihood",
        ],
    );
}

#[test]
fn a_span_opening_a_sentence_dates_end_values_and_each_total_word_counts() {
    expect(
        "一、“十四五”时期和2030年工作回顾\n\n\
         “十四五”时期，全市经济总量持续扩大。\n\n\
         五年间，数字经济核心产业增加值占比达到9.6%，专精特新企业由120家增加到310家。\
         五年累计建成重点项目640个；五年新建改建农村公路180公里，累计新增城镇就业42万人。\n",
        Some(2030),
        Some(2031),
        &[
            // `五年间` opens the sentence: end values are the last year's,
            // baselines the year before the first.
            "9.6%|2030|actual||share|industry",
            "120家|2025|actual||count|innovation",
            "310家|2030|actual|up|count|innovation",
            // `五年累计`, then `五年新建` after the `；`, then `累计`: all totals.
            "640个|history|actual||count|investment",
            "180公里|history|actual||level|agriculture",
            "42万人|history|actual||count|livelihood",
        ],
    );
}

#[test]
fn an_ordinal_item_line_and_welfare_words_name_livelihood() {
    expect(
        "一、2030年工作回顾\n\n\
         全年民生支出占一般公共预算支出比重达到78.6%，承诺的十件民生实事全部完成。\n\n\
         二是医疗服务更加便捷。建成标准化村卫生室38个，老年人免费体检1.9万人次。\n\n\
         四是住房保障持续加强。发放住房租赁补贴540万元。\n\n\
         六是文体服务更加丰富。送戏下乡演出260场次。\n",
        Some(2030),
        Some(2031),
        &[
            "78.6%|2030|actual||share|livelihood",
            "十件|2030|actual||count|livelihood",
            "38个|2030|actual||count|livelihood",
            "1.9万人次|2030|actual||count|livelihood",
            "540万元|2030|actual||level|livelihood",
            "260场次|2030|actual||count|livelihood",
        ],
    );
}
