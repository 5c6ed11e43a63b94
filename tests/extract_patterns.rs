//! One behaviour per test, on real sentences of the embedded report.

#[path = "fixtures/expect.rs"]
mod expect;

use expect::{expect, plan, review};

#[test]
fn headline_list_opened_by_estimate_is_macro_growth() {
    expect(
        &review("预计全市地区生产总值增长6%，规上工业增加值增长7%以上，固定资产投资下降3.5%，城镇居民人均可支配收入保持全省第三位，农村居民人均可支配收入有望实现全省“二十一连冠”。"),
        &[
            "6%|6|%||2023|estimate|up|growth|地区生产总值|macro|GDP|verb=预计",
            "7%以上|7|%|>=|2023|estimate|up|growth|规上工业增加值|macro|Value added of industry above designated size|verb=预计",
            "3.5%|3.5|%||2023|estimate|down|growth|固定资产投资|macro|Fixed-asset investment|verb=预计",
            "第三位|3|位||2023|estimate||rank|城镇居民人均可支配收入|macro|Per capita disposable income of urban residents|verb=预计",
            "二十一连冠|21|连冠||history|estimate||streak|农村居民人均可支配收入|macro|Per capita disposable income of rural residents|verb=有望",
        ],
    );
}

#[test]
fn plan_target_list_is_macro_target() {
    expect(
        &plan("经济发展预期目标是：地区生产总值增长6%，一般公共预算收入增长6%以上，城乡居民人均可支配收入增长与经济增长基本同步，万元GDP综合能耗下降3.2%。"),
        &[
            "6%|6|%||2024|target|up|growth|地区生产总值|macro|GDP",
            "6%以上|6|%|>=|2024|target|up|growth|一般公共预算收入|macro|General public budget revenue",
            "3.2%|3.2|%||2024|target|down|growth|万元GDP综合能耗|macro|Energy consumption per 10,000 yuan of GDP",
        ],
    );
}

#[test]
fn levels_with_compound_units_and_a_shared_verb() {
    expect(
        &review("一是农业发展稳中有进。新建高标准农田38.2万亩、新增省级现代农业科技示范基地9个，新增蔬菜面积2万亩、林下经济6万亩。"),
        &[
            "38.2万亩|38.2|万亩||2023|actual||level|新建高标准农田|agriculture|New high-standard farmland",
            "9个|9|个||2023|actual||count|新增省级现代农业科技示范基地|agriculture|New provincial-level modern agricultural science and technology demonstration bases",
            "2万亩|2|万亩||2023|actual||level|新增蔬菜面积|agriculture|New vegetable area",
            "6万亩|6|万亩||2023|actual||level|新增林下经济|agriculture|New under-forest economy",
        ],
    );
}

#[test]
fn more_compound_units() {
    expect(
        &review("全年争取政策性资金239亿元、风电建设指标250万千瓦，改造老旧小区96万平方米，新增冷水鱼养殖面积3万亩、60万尾虹鳟鱼成功“盐化”。"),
        &[
            "239亿元|239|亿元||2023|actual||level|争取政策性资金|macro|Policy-based funds secured",
            "250万千瓦|250|万千瓦||2023|actual||level|风电建设指标|macro|Wind power construction quota",
            "96万平方米|96|万平方米||2023|actual||level|改造老旧小区|livelihood|Old residential compounds renovated",
            "3万亩|3|万亩||2023|actual||level|新增冷水鱼养殖面积|agriculture|New cold-water fish farming area",
            "60万尾|60|万尾||2023|actual||level|虹鳟鱼|agriculture|Rainbow trout",
        ],
    );
}

#[test]
fn counts_with_the_noun_after_the_number() {
    expect(
        &review("七是重大风险有效化解。17个“保交楼”项目建成交付商品房4793套，解决3000余户逾期未回迁问题，5万余户历史遗留“办证难”房产具备办证条件。"),
        &[
            "17个|17|个||2023|actual||count|“保交楼”项目|safety|\"guaranteed housing delivery\" projects",
            "4793套|4793|套||2023|actual||count|交付商品房|safety|Commercial housing units delivered",
            "3000余户|3000|户|>=|2023|actual||count|逾期未回迁问题|safety|Overdue resettlement cases",
            "5万余户|5|万户|>=|2023|actual||count|历史遗留“办证难”房产|safety|Properties with long-standing title-certificate problems",
        ],
    );
}

#[test]
fn shares_and_one_number_for_two_subjects() {
    expect(
        &review("空气优良天数比例93.7%，国控断面水质优良比例和城市水源地水质达标率均为100%，居民医保乙类费用个人负担率降至15%。"),
        &[
            "93.7%|93.7|%||2023|actual||share|空气优良天数比例|environment|Share of days with good air quality",
            "100%|100|%||2023|actual||share|国控断面水质优良比例和城市水源地水质达标率|environment|Share of state-monitored sections with good water quality and compliance of urban drinking water sources",
            "15%|15|%||2023|actual|down|share|居民医保乙类费用个人负担率|livelihood|Out-of-pocket share of Category B costs under residents' medical insurance",
        ],
    );
}

#[test]
fn ranks() {
    expect(
        &review("规上工业增加值增速连续8个月居全省首位，中兴村景区晋升4A级，第十五届省运会我市金牌总数居全省第二位。"),
        &[
            "连续8个月|8|个月||2023|actual||streak|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "首位|1|位||2023|actual||rank|规上工业增加值增速|industry|Growth of value added of industry above designated size",
            "4A级|4|A级||2023|actual||rank|中兴村景区|consumption",
            "第二位|2|位||2023|actual||rank|金牌总数|macro|Total gold medals",
        ],
    );
    expect(
        &plan("确保全年新签约亿元以上项目140个，实际利用内资增速保持全省第一方阵。"),
        &[
            "140个|140|个||2024|target||count|新签约亿元以上项目|investment|Newly signed projects of 100 million yuan or more|verb=确保",
            "第一方阵|1|方阵||2024|target||rank|实际利用内资增速|macro|Growth of domestic capital actually utilised|verb=确保",
        ],
    );
}

#[test]
fn streaks_over_years_are_history() {
    expect(
        &review("粮食生产实现“二十连丰”，城乡低保保障标准实现“十七连增”，连续四年获评污染防治攻坚战省级优秀，连续12年荣获全省平安建设优秀地市。"),
        &[
            "二十连丰|20|连丰||history|actual||streak|粮食生产|agriculture|Grain production",
            "十七连增|17|连增||history|actual||streak|城乡低保保障标准|livelihood|Urban and rural minimum living allowance standard",
            "连续四年|4|年||history|actual||streak|污染防治攻坚战省级优秀|environment|Rated excellent in the province's pollution control campaign",
            "连续12年|12|年||history|actual||streak|全省平安建设优秀地市|safety|Rated excellent in the province's public safety campaign",
        ],
    );
    expect(
        &plan("争创全国双拥模范城“九连冠”。"),
        &["九连冠|9|连冠||history|target||streak|全国双拥模范城|macro|National model city for mutual support between the military and civilians"],
    );
}

#[test]
fn modifiers_before_and_after() {
    expect(
        &plan("粮食产量达到60亿斤以上，力争食用菌鲜品产量突破120万吨、蔬菜产量保持在110万吨以上，全年新增限上商贸企业30家以上。"),
        &[
            "60亿斤以上|60|亿斤|>=|2024|target||level|粮食产量|agriculture|Grain output",
            "突破120万吨|120|万吨|>=|2024|target||level|食用菌鲜品产量|agriculture|Output of fresh edible fungi|verb=力争",
            "110万吨以上|110|万吨|>=|2024|target||level|蔬菜产量|agriculture|Vegetable output|verb=力争",
            "30家以上|30|家|>=|2024|target||count|新增限上商贸企业|consumption|New trade enterprises above designated size",
        ],
    );
}

#[test]
fn two_numbers_joined_by_he() {
    expect(
        &review("新能源汽车保有量、充电桩数量增长74%和105%。刑事、治安发案率下降29.7%和24.5%。"),
        &[
            "74%|74|%||2023|actual|up|growth|新能源汽车保有量|environment|New energy vehicles in use",
            "105%|105|%||2023|actual|up|growth|充电桩数量|environment|Number of charging piles",
            "29.7%|29.7|%||2023|actual|down|growth|刑事发案率|safety|Criminal case rate",
            "24.5%|24.5|%||2023|actual|down|growth|治安发案率|safety|Public order case rate",
        ],
    );
}

#[test]
fn three_numbers_for_an_enumeration() {
    expect(
        &plan("力争市场采购、互市贸易、跨境电商贸易额达到15亿元、20亿元和30亿元。"),
        &[
            "15亿元|15|亿元||2024|target||level|市场采购|opening|Market procurement trade|verb=力争",
            "20亿元|20|亿元||2024|target||level|互市贸易|opening|Border trade|verb=力争",
            "30亿元|30|亿元||2024|target||level|跨境电商贸易额|opening|Cross-border e-commerce trade|verb=力争",
        ],
    );
}

#[test]
fn all_grow_by_is_one_record() {
    expect(
        &plan("确保全市接待游客、旅游收入均增长20%以上，确保电子商务交易额实现两位数增长。"),
        &[
            "20%以上|20|%|>=|2024|target|up|growth|接待游客、旅游收入|consumption|Tourist arrivals and tourism revenue|verb=确保",
            "两位数|10|%|>=|2024|target|up|growth|电子商务交易额|consumption|Transaction volume of e-commerce|verb=确保",
        ],
    );
}

#[test]
fn names_slogans_and_time_references_are_not_indicators() {
    for body in [
        "制定出台“促好转30条”“稳就业32条”“振兴民营经济45条”等政策措施。",
        "2024年是中华人民共和国成立75周年，是实施“十四五”规划的关键一年。",
        "聚焦“4321”目标，构建“1+3”国资国企产业架构体系，深化“八五”普法。",
        "坚决扛起维护国家“五大安全”政治责任，全面落实党的二十大精神。",
        "加快北一半导体晶圆项目建设，北方5G物联网智能应用云平台投入运营，远东商旅文小镇一期投入运营。",
        "群众期盼多年的21中迁建项目如期投用，第五次全国经济普查工作有序推进。",
        "稳慎推进承包地延包30年，始终把政治建设摆在首位，第一时间恢复国际经贸交流。",
    ] {
        expect(&review(body), &[]);
    }
}

#[test]
fn size_thresholds_stay_in_the_subject() {
    expect(
        &plan("全年推进500万元以上项目800个、完成投资200亿元。"),
        &[
            "800个|800|个||2024|target||count|推进500万元以上项目|investment|Projects of 5 million yuan or more under way",
            "200亿元|200|亿元||2024|target||level|完成投资|investment|Investment completed",
        ],
    );
    expect(
        &review("全市新引进高端碳化硅陶瓷等亿元以上项目179个，1946文创园入驻企业87家。"),
        &[
            "179个|179|个||2023|actual||count|亿元以上项目|investment|Projects of 100 million yuan or more",
            "87家|87|家||2023|actual||count|1946文创园入驻企业|macro",
        ],
    );
}

#[test]
fn estimate_governs_only_its_clause() {
    expect(
        &review("全市民生支出比重达到85.4%，农村居民人均可支配收入有望增长8%。"),
        &[
            "85.4%|85.4|%||2023|actual||share|民生支出比重|livelihood|Share of livelihood spending in the budget",
            "8%|8|%||2023|estimate|up|growth|农村居民人均可支配收入|macro|Per capita disposable income of rural residents|verb=有望",
        ],
    );
}

#[test]
fn sector_follows_the_heading_unless_the_clause_names_a_topic() {
    expect(
        &review("一是工业经济高速增长。全市产值过亿元企业达到61家，全社会研发投入增长38.3%。"),
        &[
            "61家|61|家||2023|actual||count|产值过亿元企业|industry|Enterprises with output value over 100 million yuan",
            "38.3%|38.3|%||2023|actual|up|growth|全社会研发投入|innovation|R&D expenditure",
        ],
    );
}

#[test]
fn list_with_fenbie() {
    // Not in the embedded report; phrased as other reports write it.
    expect(
        &review("财政总收入、一般公共预算收入分别达到1068.5亿元和632.4亿元。"),
        &[
            "1068.5亿元|1068.5|亿元||2023|actual||level|财政总收入|macro|Total fiscal revenue",
            "632.4亿元|632.4|亿元||2023|actual||level|一般公共预算收入|macro|General public budget revenue",
        ],
    );
}

#[test]
fn population_size_is_a_level_and_people_served_a_count() {
    expect(
        &plan("加快打造50万人口规模边境城市，全年新增城镇就业2.4万人。"),
        &[
            "50万人口|50|万人口||2024|target||level|边境城市|macro|Border city",
            "2.4万人|2.4|万人||2024|target||count|新增城镇就业|livelihood|New urban jobs",
        ],
    );
}
