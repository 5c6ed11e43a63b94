//! The sector of a fact: by the words of its clause where they are telling,
//! otherwise by the headings it sits under. Headline lists are all macro.

use std::sync::OnceLock;

use super::chars::{is_digit, mentions, starts};
use super::lexicon::Lexicon;
use crate::model::Sector;
use crate::structure::Document;

/// Clause words that name the topic whatever the section.
const CONTENT: &[(Sector, &[&str])] = &[
    // What is used or given off per unit of GDP (`单位地区生产总值能耗`,
    // `…二氧化碳排放`): energy and carbon, not the economy's size; first,
    // before the GDP it contains. A headline list keeps it macro.
    (Sector::Environment, &["单位地区生产总值", "单位GDP"]),
    (
        Sector::Macro,
        &[
            "地区生产总值",
            "一般公共预算收入",
            "人均可支配收入",
            // The price index, before the consumption words it contains.
            "居民消费价格",
            // The shares of the three sectors (`三次产业结构由…调整为…`).
            "三次产业",
            // A county's economy as a whole, in the rankings of it
            // (`跻身全省县域经济30强`), whatever section it closes.
            "县域经济",
        ],
    ),
    (
        Sector::Innovation,
        &[
            "研发",
            "科技创新平台",
            "专精特新",
            "高新技术企业",
            // Tech-based small firms (`科技型中小企业`), registered as
            // high-tech firms are.
            "科技型中小企业",
            "知识产权",
            "发明专利",
            // Incubators and labs (`新增孵化载体18个`, `省级重点实验室`).
            "孵化",
            "实验室",
            "创新能力",
        ],
    ),
    // New industries by name, before the whole they are a share of
    // (`战略性新兴产业增加值占地区生产总值比重`).
    (
        Sector::Industry,
        &["战略性新兴产业", "高技术制造业", "集成电路", "新兴产业"],
    ),
    // Foreign capital used or contracted (`合同外资`) is won by investment
    // attraction, not trade, and so are firms it sets up
    // (`新设外商投资企业`); an industry's investment (`制造业投资`) is the
    // project pipeline's, not the industry's.
    (
        Sector::Investment,
        &[
            "实际使用外资",
            "利用外资",
            "外商投资",
            "合同外资",
            "制造业投资",
        ],
    ),
    (
        Sector::Opening,
        &[
            "出口",
            "进口",
            "贸易额",
            "外贸",
            "口岸",
            "跨境",
            "自贸",
            "综保区",
            "俄粮",
            "对俄",
            "外资",
            // Ports and shipping: a coastal or river place's trade gate
            // (`港口货物吞吐量`, `集装箱吞吐量`, `国际集装箱航线`, `码头`).
            "吞吐量",
            "集装箱",
            "港口",
            "港航",
            "码头",
            "航线",
            "航运",
            "海铁联运",
            "多式联运",
            "班列",
            // Bonded and trade-mode zones (`保税物流中心`, `市场采购贸易`).
            "保税",
            "市场采购",
            // Trade across a land border (`边民互市贸易额`, `边境贸易经营主体`).
            "边境贸易",
            "边贸",
            "互市",
            "进出口实绩",
            "外贸",
            "外商",
            "海关",
            "通关",
        ],
    ),
    (
        Sector::Environment,
        &[
            "污染",
            "空气",
            "水质",
            "造林",
            "绿化",
            "水土流失",
            "侵蚀沟",
            "矿山",
            "粪污",
            "垃圾",
            "充电桩",
            "节能",
            "降碳",
            "环保",
            "绿地",
            // Urban parks (`新增口袋公园18个`).
            "公园",
            "河湖",
            "能耗",
            "碳排放",
            "森林覆盖",
            // Fine particles in the air (`PM2.5平均浓度`), also as typeset
            // reports write it (`PM２．５`): words are matched as written.
            "PM2.5",
            "PM２．５",
            "PM10",
            "PM１０",
            "细颗粒物",
            // Land sunk by mining made good again (`采煤沉陷区综合治理`,
            // `复垦土地`): ecological restoration.
            "沉陷区",
            "复垦",
        ],
    ),
    (
        Sector::Safety,
        &[
            "事故",
            // Deaths per million tonnes of coal mined: the mines' safety.
            "百万吨死亡率",
            "发案",
            "保交楼",
            "受灾",
            "因灾",
            "平安建设",
            "再融资",
            "逾期",
            "办证难",
            // Petitions and crime (`信访总量`, `刑事警情`).
            "信访",
            "警情",
            "刑事",
        ],
    ),
    // People who find work hard to get (`帮扶就业困难人员就业`) are helped by
    // the jobs policy, not poverty relief, whose `帮扶` follows.
    (Sector::Livelihood, &["就业困难"]),
    (
        Sector::Agriculture,
        &[
            "户厕",
            "粮食",
            "农林牧渔",
            "农田",
            "农业",
            "农产品",
            "农民",
            "精品村",
            "示范村",
            "乡村治理",
            "镇村",
            "农村公路",
            // Rural water supply is rural construction (`农村自来水普及率`).
            "农村自来水",
            // Agricultural leading firms (`省级农业产业化龙头企业`, often
            // written `省级龙头企业`).
            "龙头企业",
            // Crops grown (`茶叶、中药材种植面积`).
            "种植",
            // Villages' living conditions (`完成农村人居环境整治村212个`).
            "人居环境",
            // Poverty relief, whatever it funds (`扶贫产业项目`), the
            // watch against falling back (`防返贫监测对象`) and the workshops
            // that employ those relieved (`帮扶车间`).
            "扶贫",
            "返贫",
            "帮扶",
            // A village's own settlements (`抵边自然村硬化路通达率`,
            // `30户以上村民组通硬化路比例`).
            "自然村",
            "村民组",
            // Water supply works in the countryside (`新建农村集中供水工程`),
            // as rural tap water is, before the towns' `供水`.
            "农村集中供水",
            "农村供水",
            "农村饮水",
            // Farm work and its machines (`耕种收综合机械化率`).
            "机械化",
            "农机",
            "播种",
            "耕地",
            "亩产",
            "种业",
            // Livestock, poultry and fish raised (`肉牛养殖场`, `禽蛋产量`).
            "养殖",
            "肉牛",
            "肉羊",
            "奶牛",
            "生猪",
            "家禽",
            "禽蛋",
            "水产",
            "渔业",
            // The forest economy: what grows under the trees, and its
            // fungi and herbs (`林下经济产值`, `黑木耳产量`).
            "林下",
            "食用菌",
            "木耳",
            "中药材",
            // Villages and their collective economy (`覆盖行政村206个`).
            "行政村",
            "村集体",
            "合作社",
            "家庭农场",
            // Tea gardens, tea and vegetables grown (`茶园面积`, `干茶产量`,
            // `蔬菜产量`): crops, whatever heading of industries they sit
            // under (`特色产业加快壮大`).
            "茶园",
            "茶叶",
            "干茶",
            "蔬菜",
        ],
    ),
    (Sector::Livelihood, &["就业", "失业"]),
    // Parks before industry: a park's output is the park's (`开发区规上工业总产值`),
    // and an industrial park is a park (`省级以上工业园区由4个增加到7个`).
    (
        Sector::Investment,
        // Office buildings by the tax their firms pay (`税收亿元楼宇`): the
        // carriers firms are brought into, as parks are (docs/scheme.md).
        // Parks won and standard plant built for firms to move into
        // (`获批省级特色产业园`, `新建标准厂房`) are carriers too. Not any
        // `产业园`: a project named so (`…装备产业园等40个项目竣工投产`) is
        // its industry's.
        &[
            "开发区",
            "高新区",
            "产业园区",
            "特色产业园",
            "工业园区",
            "楼宇",
            "标准厂房",
        ],
    ),
    (
        Sector::Industry,
        &[
            "规上工业",
            "工业用电",
            "工业项目",
            "工业企业",
            "制造业",
            "工厂",
            "数字经济",
            // An industry's cluster or chain and its output.
            "产业集群",
            "产业链",
            "产业产值",
            "新能源汽车",
            // Upgrading plants (`重点技术改造项目`, `技改项目`).
            "技术改造",
            "技改",
            // Coal and its transition: output, mines closed, capacity cut,
            // the industries that are not coal (`原煤产量`, `煤炭行业`,
            // `关闭退出煤矿`, `化解过剩产能`, `非煤产业`).
            "原煤",
            "煤炭",
            "煤矿",
            "产能",
            "非煤",
        ],
    ),
    (
        Sector::Investment,
        &[
            "招商",
            "签约项目",
            "重点项目",
            // Projects of any industry, as county plans list them apart
            // from infrastructure and livelihood ones (`产业项目完成投资`).
            "产业项目",
            "亿元以上项目",
            "投资项目",
            "储备项目",
            "开工项目",
            "完成投资",
            "总投资",
            "到位内资",
            // Funds of projects brought in that arrived (`到位资金`).
            "到位资金",
            // Headquarters brought in (`新引进总部型企业11家`).
            "总部",
            // Infrastructure put in place (`五年累计完成交通投资1260亿元`).
            "交通投资",
            "基础设施投资",
            // An amount put in; the growth of 固定资产投资 is a headline figure.
            "完成固定资产投资",
            // Funds won from higher government (`专项债券资金`, `特别国债`).
            "专项债券",
            "特别国债",
            "上级资金",
            // Whatever kinds of funds are won from above (`争取上级各类资金`).
            "争取上级",
            // Relief funds won for firms (`争取纾困资金2.35亿元`).
            "纾困资金",
        ],
    ),
    (
        Sector::Consumption,
        &[
            "游客",
            "旅游",
            "消费券",
            "带动消费",
            "促消费",
            "网络零售",
            "电子商务",
            // Retail and wholesale firms above the size line (`限上商贸企业`).
            "限上",
            // Night-time consumption (`省级夜间消费集聚区`).
            "夜间消费",
            // Culture and tourism as an industry: scenic spots, hotels,
            // guesthouses, festivals and fairs (`文旅消费活动`, `星级酒店`).
            "文旅",
            "景区",
            "酒店",
            "饭店",
            "民宿",
            "节会",
            "会展",
            "餐饮",
        ],
    ),
    (Sector::Innovation, &["技术合同", "人才", "专利"]),
    (
        Sector::Reform,
        &[
            "减税降费",
            "首贷",
            "营商环境",
            "市场主体",
            "经营主体",
            "政务服务",
            // Services to firms and to the public in one place
            // (`受理企业诉求`, `涉企服务`, `一网通办`, `审批`).
            "企业诉求",
            "涉企",
            "通办",
            "审批",
            // The time and steps to start a firm (`企业开办时间缩短至1天`).
            "企业开办",
            // The private economy as a whole (`民营经济增加值`, its share of
            // GDP): ../shared/INDICATORS.md puts it under reform. Not a
            // private firm's rank (`中国民营企业500强`): its industry's.
            "民营经济",
        ],
    ),
    (Sector::Safety, &["债务"]),
    (
        Sector::Agriculture,
        // Livestock and its products (`牛奶产量`).
        &[
            "贫困", "脱贫", "存栏", "出栏", "林果", "畜牧", "牛奶", "奶业",
        ],
    ),
    // Greenways and wetlands, after the topics they may serve.
    (Sector::Environment, &["污水", "绿道", "湿地", "碳汇"]),
    (
        Sector::Livelihood,
        &[
            "中小学",
            "学校",
            "幼儿园",
            "学位",
            "养老",
            "床位",
            // Childcare places (`新增婴幼儿托位860个`, `托育机构`).
            "托位",
            "托育",
            "低保",
            "医疗保险",
            "医保",
            // Contracted family doctors (`家庭医生签约服务`): primary care.
            "家庭医生",
            "供水",
            "燃气",
            "管网",
            "老旧小区",
            // Shanty-town renewal (`棚户区改造`, `棚改`).
            "棚户区",
            "棚改",
            "城市更新",
            // Parking spaces built in town (`新增城区停车泊位3000个`).
            "停车",
            // Affordable housing (`保障性租赁住房`).
            "保障性",
            "保障房",
            // Jobs kept by refunds to firms (`发放稳岗返还资金`).
            "稳岗",
            // Health care: hospitals and where patients are treated, and
            // an epidemic's tests, sampling sites and vaccines
            // (`开展核酸检测218万人次`, `设置便民采样点…`, `疫苗全程接种率`).
            "医院",
            "核酸检测",
            "采样点",
            "疫苗",
            "卫生院",
            "就诊",
            "门急诊",
            // Spending on and promises of people's welfare (`民生支出`,
            // `十件民生实事`), last: a clause naming another topic is that
            // topic's. Not `民生` alone: `便民生活圈` runs 便民 into 生活.
            "民生支出",
            "民生实事",
            "民生工程",
            "民生投入",
            "民生领域",
            // Public culture and sport as a service (`新建城市书房15个`).
            "书房",
            "图书馆",
            "文化馆",
            "农家书屋",
            "全民健身",
            // People moved and housed (`搬迁安置受影响群众`, `安置住房`), after
            // poverty relief's relocation (`易地扶贫搬迁`: agriculture).
            "安置",
            // Allowances for living (`边民生活补助`), community services and
            // small renewals (`“家门口”服务站`, `社区卫生服务站`, `居民区
            // “微更新”`; not any 服务站: `“交邮供”服务站` is rural commerce),
            // meals for the elderly (`长者食堂`), old housing and buses.
            "生活补助",
            "家门口",
            "卫生服务站",
            "微更新",
            "长者食堂",
            "旧住房",
            "公交",
            // Back lanes put in order (`背街小巷整治`): urban renewal.
            "背街小巷",
        ],
    ),
    // Berths, after parking (`停车泊位` is livelihood): a port's
    // (`万吨级以上泊位`).
    (Sector::Opening, &["泊位"]),
    // The value added of services and of finance: accounts of the whole
    // economy, under a paragraph of headquarters or buildings too (not an
    // industry's own, `生物医药产业增加值`, which is its heading's).
    (Sector::Macro, &["服务业增加值", "金融业增加值"]),
];

/// Words that name a topic only where no clause word does: power capacity
/// built is energy, industry (docs/scheme.md), but under a green-transition
/// heading it is that heading's ([`OUTRANK_FALLBACK`]).
/// (Only capacity installed: a quota won, `风电建设指标`, is a fund-like
/// win from higher government, investment.)
/// Power generated (`新能源发电量`) likewise.
const FALLBACK: &[(Sector, &[&str])] = &[(Sector::Industry, &["装机", "发电量"])];

/// The topics of a heading or opening that [`FALLBACK`] words give way
/// to: capacity built under a green-transition heading is that heading's
/// (`绿色低碳转型…`: 光伏 is environment), but under a heading of projects
/// (`抓基础设施项目`) it is still energy.
const OUTRANK_FALLBACK: [Sector; 1] = [Sector::Environment];

/// Subjects that name only the money spent on the things counted just
/// before (`…项目32个，完成投资64.3亿元`), not a topic of their own.
const SPENDING_ON_COUNTED: [&str; 1] = ["完成投资"];

pub fn is_spending_on_counted(subject: &str) -> bool {
    SPENDING_ON_COUNTED.contains(&subject)
}

/// Does the topic set before a clause (`prior`) win over its fallback words?
pub fn outranks_fallback(prior: Option<Sector>) -> bool {
    prior.is_some_and(|p| OUTRANK_FALLBACK.contains(&p))
}

/// The topic [`FALLBACK`] words name in `text`.
pub fn by_fallback(text: &str) -> Option<Sector> {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    let words = WORDS.get_or_init(|| Lexicon::new(FALLBACK.iter().map(|(_, w)| *w)));
    first(FALLBACK, words, text)
}

/// Headline metrics a plan's tasks restate (`力争全年固定资产投资增长6%`,
/// `确保社会消费品零售总额增长5.5%以上`): there they are the task's topic.
/// In the review and the target list they stay macro, the headline figures.
const TASK_TOPICS: &[(Sector, &[&str])] = &[
    (Sector::Investment, &["固定资产投资"]),
    (Sector::Consumption, &["社会消费品零售总额", "社零"]),
];

/// The topic of a plan task's clause that names no other
/// ([`TASK_TOPICS`]).
pub fn in_task(clause: &str) -> Option<Sector> {
    TASK_TOPICS
        .iter()
        .find(|(_, words)| words.iter().any(|w| clause.contains(w)))
        .map(|(sector, _)| *sector)
}

/// The headline metrics: in a headline sentence a number is macro when the
/// first topic word of its clause is one of these.
const HEADLINE_METRICS: [&str; 16] = [
    "地区生产总值",
    "生产总值",
    "一般公共预算收入",
    "规上工业增加值",
    "规模以上工业增加值",
    // Districts give industry's output where cities give its value added.
    "规上工业产值",
    "规上工业总产值",
    "固定资产投资",
    "社会消费品零售总额",
    "进出口总额",
    "人均可支配收入",
    "居民消费价格",
    "城镇新增就业",
    // The same metric in the order some reports write it.
    "新增城镇就业",
    "城镇调查失业率",
    "税收收入",
];

/// Heading words, checked from the innermost heading outwards.
const HEADINGS: &[(Sector, &[&str])] = &[
    (Sector::Consumption, &["消费", "旅游", "文化", "文旅"]),
    (
        Sector::Agriculture,
        &[
            "农业", "农村", "粮食", "乡村", "畜牧", "养殖", "林下", "渔业", "农民",
            // Poverty relief and its results (`脱贫成果持续巩固`).
            "脱贫", "扶贫",
        ],
    ),
    (Sector::Innovation, &["科技", "创新能力", "创新动能"]),
    // `抓产业项目`: a heading of projects, whatever industry they are of.
    (Sector::Investment, &["产业项目"]),
    // The digital economy (`数字经济加快发展`): 5G base stations, smart
    // factories, the digital upgrading of plants.
    (
        Sector::Industry,
        &["工业", "产业", "制造", "实体经济", "数字经济"],
    ),
    (Sector::Reform, &["改革", "营商", "民营", "市场活力"]),
    (
        Sector::Opening,
        &[
            "开放",
            "外贸",
            "对外",
            "区域合作",
            "港航",
            "港口",
            "口岸",
            "航运",
        ],
    ),
    // The economies of office buildings and of headquarters
    // (`楼宇经济提质扩能。`, `总部经济加速集聚。`): firms brought into
    // carriers, as parks are.
    (
        Sector::Investment,
        &[
            "招商",
            "项目",
            "园区",
            "对上争取",
            "有效投资",
            "楼宇",
            "总部",
        ],
    ),
    (
        Sector::Environment,
        // Land sunk by mining (`采煤沉陷区治理`): its restoration, before
        // the safety of `治理`.
        &["生态", "绿色", "污染", "环保", "低碳", "沉陷"],
    ),
    (Sector::Safety, &["风险", "安全", "治理", "平安"]),
    (
        Sector::Livelihood,
        &[
            "民生",
            "就业",
            "社保",
            "人居",
            "人口",
            "教育",
            "医疗",
            "卫生",
            "健康",
            "住房",
            // Urban renewal (`城市更新加快推进`): housing and networks; and
            // the quality of town life (`城市品质持续提升`), the same work.
            "城市更新",
            "城市品质",
            // Care of the elderly (`养老服务体系不断完善`).
            "养老",
            // Public culture and sport as a service (`文体服务更加丰富`).
            "文体",
        ],
    ),
    (Sector::Government, &["政府"]),
    (Sector::Macro, &["经济运行"]),
];

/// What names a target list: the year's (`主要预期目标`) or a plan
/// period's (`"十四五"时期…的主要目标是`).
const TARGET_LISTS: [&str; 2] = ["预期目标", "主要目标是"];

/// The plan's target list: macro all the way through.
pub fn is_target_list(sentence: &str) -> bool {
    TARGET_LISTS.iter().any(|w| mentions(sentence, w))
}

/// Words of jobs (the livelihood topic `就业`, `失业`), and of people moved
/// and housed (`安置`), livelihood's only outside poverty relief
/// (docs/scheme.md, "Sectors").
const JOBS: [&str; 3] = ["就业", "失业", "安置"];

/// What towns' jobs figures say they are.
const URBAN: &str = "城镇";

/// Jobs under poverty relief (`搬迁家庭劳动力就业率`, `帮扶车间吸纳就业`, in
/// a paragraph or section on it) are that relief's: the topic set before
/// the clause wins over jobs words, when it is agriculture; so are people
/// moved and housed there (`搬迁安置群众3862户`).
/// Towns' jobs and unemployment (`城镇新增就业`, `城镇登记失业率`) are no
/// relief's, in a paragraph led by `农业和民生` too.
pub fn jobs_of(clause: &str, prior: Option<Sector>) -> Option<Sector> {
    prior
        .filter(|p| *p == Sector::Agriculture && JOBS.iter().any(|w| clause.contains(w)))
        .filter(|_| !clause.contains(URBAN))
        .filter(|_| by_content(clause) == Some(Sector::Livelihood))
}

/// Words that name a topic only where nothing else does, neither a clause
/// word nor a heading: a bare `项目` (`实施兴边富民行动项目34个`) is the
/// project pipeline's, but under a heading it is the heading's.
const LAST_RESORT: &[(Sector, &[&str])] = &[(Sector::Investment, &["项目"])];

/// The topic [`LAST_RESORT`] words name in `text`.
pub fn by_last_resort(text: &str) -> Option<Sector> {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    let words = WORDS.get_or_init(|| Lexicon::new(LAST_RESORT.iter().map(|(_, w)| *w)));
    first(LAST_RESORT, words, text)
}

/// A headline sentence of the review: GDP and at least three more numbers.
/// It may run on from the headline figures to projects, tourism or grain,
/// so each number is coded by its own clause ([`in_headline`]).
pub fn is_headline(sentence: &str, numbers: usize) -> bool {
    numbers >= 4 && (gives_gdp(sentence) || opens_with_zone_total(sentence))
}

/// A development zone's headline opens with its firms' total revenue
/// (`全年实现营业收入…亿元`), as a place's opens with GDP: a zone has none.
fn opens_with_zone_total(sentence: &str) -> bool {
    let s = super::trim::strip_all(sentence, &["全年", "实现"], true);
    s.starts_with(ZONE_TOTAL)
}

/// What a zone's headline gives first.
const ZONE_TOTAL: &str = "营业收入";

/// What GDP is named after when it is only the whole of a share
/// (`战略性新兴产业增加值占地区生产总值比重`): the sentence is about the part.
const WHOLE_OF: char = '占';

/// A number's topic in a headline sentence: the first topic word of `text`
/// (its clause, then its subject), by position: a headline metric makes it
/// macro (`规上工业增加值`), another topic word its own sector
/// (`重点项目`, `游客`, `粮食`, `规上工业企业`).
pub fn in_headline(text: &str) -> Option<Sector> {
    // The earliest word; of two starting together the longer. Group 0 is
    // the headline metrics, the rest are [`CONTENT`]'s.
    let (at, len, g) = headline_words().earliest_at(text)?;
    let Some(topic) = g.checked_sub(1) else {
        return Some(Sector::Macro);
    };
    // A topic word that runs into a headline metric only qualifies it
    // (`外贸进出口总额`, `完成固定资产投资`): the metric's.
    let metric_inside = text[at..]
        .char_indices()
        .take_while(|&(k, _)| k <= len)
        .any(|(k, _)| {
            HEADLINE_METRICS
                .iter()
                .any(|w| text[at + k..].starts_with(w))
        });
    Some(if metric_inside {
        Sector::Macro
    } else {
        CONTENT[topic].0
    })
}

/// [`HEADLINE_METRICS`], then [`CONTENT`], indexed: one pass over a clause
/// finds its first topic word, not a search per word.
fn headline_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| {
        Lexicon::new(std::iter::once(&HEADLINE_METRICS[..]).chain(CONTENT.iter().map(|(_, w)| *w)))
    })
}

/// A sentence that goes on with the headline figures after a sentence of
/// its paragraph gave GDP: it opens with a headline metric
/// (`一般公共预算收入由2015年的8.6亿元增加到14.2亿元…；五年累计完成固定资产投资…`),
/// and its numbers are coded as a headline sentence's ([`in_headline`]).
pub fn continues_headline(sentence: &str) -> bool {
    let s = ["全市", "全县", "全区", "全省"]
        .iter()
        .fold(
            sentence,
            |s, w| if starts(s, w) { &s[w.len()..] } else { s },
        );
    // `五年累计完成固定资产投资…`, `三年新增城镇就业…`: a span and the words
    // of reporting before the metric.
    let s = super::trim::strip_span_of_years(s);
    let s = super::trim::strip_all(s, REPORTING, true);
    HEADLINE_METRICS.iter().any(|m| s.starts_with(m))
}

/// Words of reporting that may open a headline sentence before its metric.
const REPORTING: &[&str] = &["累计", "完成", "实现"];

/// Does a sentence give GDP (so that the next ones of its paragraph may go
/// on with the headline figures)?
pub fn gives_gdp(sentence: &str) -> bool {
    const GDP: &str = "地区生产总值";
    sentence
        .match_indices(GDP)
        .any(|(i, _)| !sentence[..i].ends_with(WHOLE_OF))
}

/// The longest opening that can name a topic: `对外开放方面`, `招商引资成效明显`.
const ASPECT_CHARS: usize = 10;

/// The longest sentence without numbers or commas that heads a paragraph
/// as a heading would (`采煤沉陷区治理扎实推进。`: eleven chars).
const LINE_CHARS: usize = 12;

/// The longest lead sentence without numbers read as a paragraph's topic
/// (`这一年，我们攻坚招商引项目。`: a district's review names each
/// paragraph's topic in a sentence of its own, after `这一年，`).
const LEAD_CHARS: usize = 20;

/// Time openers of such a lead sentence. Only these: an inline heading
/// (`（一）强化科技创新引领，加速推进产业振兴。`) names several topics.
const LEAD_OPENERS: [&str; 3] = ["这一年", "一年来", "过去一年"];

/// A topic a sentence opens with, for its numbers that name none: an
/// opening `…方面，` (`工业方面，…`), read with the heading words.
pub fn opening_topic(sentence: &str) -> Option<Sector> {
    // Only an opening of at most ASPECT_CHARS + `方面` can name the topic, so
    // the comma is looked for in the first chars, not the whole sentence.
    let mut first = sentence;
    for (n, (i, c)) in sentence.char_indices().enumerate() {
        if matches!(c, '，' | ',') {
            first = &sentence[..i];
            break;
        }
        if n > ASPECT_CHARS + 2 {
            return None;
        }
    }
    first
        .strip_suffix("方面")
        .filter(|t| t.chars().count() <= ASPECT_CHARS)
        .and_then(first_in_heading)
}

/// The topic a paragraph's first sentence sets for the whole paragraph:
/// an opening `…方面，`, or a short sentence without numbers that heads it
/// as a heading would (`民生保障更加有力。`).
pub fn paragraph_topic(first_sentence: &str) -> Option<Sector> {
    let body = first_sentence.trim_end_matches(['。', '！']);
    let line = at_most_chars(body, LINE_CHARS) && !has_digit_or(body, &CLAUSE_MARKS);
    // A short lead sentence after a time opener, without a number: its topic.
    let lead = at_most_chars(body, LEAD_CHARS)
        && LEAD_OPENERS.iter().any(|o| {
            body.strip_prefix(o)
                .is_some_and(|r| r.starts_with(['，', ',']) && !r[3..].contains(['，', ',']))
        })
        && !has_digit_or(body, &CLAUSE_MARKS[2..]);
    // `二是医疗服务更加便捷。`: an item of a list of achievements, headed
    // by its ordinal, as a heading would be.
    let item =
        at_most_chars(body, LEAD_CHARS) && ordinal_item(body) && !has_digit_or(body, &CLAUSE_MARKS);
    if line || lead || item {
        first_in_heading(body)
    } else {
        opening_topic(first_sentence)
    }
}

/// A short sentence without numbers that opens an item of a numbered list
/// mid-paragraph (`二是壮大实体经济。`): `Some` of the topic it names
/// (`None` inside when it names none, ending the item before's).
pub fn item_topic(sentence: &str) -> Option<Option<Sector>> {
    let body = sentence.trim_end_matches(['。', '！']);
    let item =
        ordinal_item(body) && at_most_chars(body, LEAD_CHARS) && !has_digit_or(body, &CLAUSE_MARKS);
    item.then(|| first_in_heading(body))
}

/// Marks between the clauses of a sentence: commas first, then the rest.
const CLAUSE_MARKS: [char; 6] = ['，', ',', '；', ';', '：', ':'];

/// Does `s` hold a digit or one of `marks`? Asked of the first sentence of
/// every paragraph, which may be the whole text: a char compared with a few
/// others, not searched for in a string of them.
fn has_digit_or(s: &str, marks: &[char]) -> bool {
    s.contains(|c: char| is_digit(c) || marks.contains(&c))
}

/// `s.chars().count() <= n`, reading at most `n + 1` chars of a sentence
/// that may run on for the whole text.
fn at_most_chars(s: &str, n: usize) -> bool {
    s.chars().nth(n).is_none()
}

/// `一是…`, `十二是…`: a sentence opening an item of a numbered list.
fn ordinal_item(s: &str) -> bool {
    let rest = s.trim_start_matches(crate::numerals::is_numeral_char);
    rest.len() < s.len() && rest.starts_with('是')
}

fn first_in_heading(text: &str) -> Option<Sector> {
    first(HEADINGS, heading_words(), text)
}

/// The first sector of `table` with a word in `text`.
fn first(table: &[(Sector, &[&'static str])], words: &Lexicon, text: &str) -> Option<Sector> {
    words.first_group(text).map(|g| table[g].0)
}

fn content_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::new(CONTENT.iter().map(|(_, w)| *w)))
}

fn heading_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::new(HEADINGS.iter().map(|(_, w)| *w)))
}

/// The topic a clause's words name. A share of a whole
/// (`数字经济核心产业增加值占地区生产总值比重`) is about its part, the words
/// before `占`, when they name one.
pub fn by_content(clause: &str) -> Option<Sector> {
    // Most subjects of a run of numbers are empty, and each asks.
    if clause.is_empty() {
        return None;
    }
    match clause.find('占') {
        // `…，占地区生产总值比重提高到8.7%`: a clause naming only the whole
        // of a share names no topic; its part is named before it.
        Some(0) => None,
        Some(i) => first(CONTENT, content_words(), &clause[..i])
            .or_else(|| first(CONTENT, content_words(), clause)),
        None => first(CONTENT, content_words(), clause),
    }
}

pub fn by_heading(text: &str, doc: &Document, section: Option<usize>) -> Option<Sector> {
    let mut at = section;
    while let Some(i) = at {
        let heading = doc.sections.get(i)?.heading.of(text);
        if let Some(s) = first(HEADINGS, heading_words(), heading) {
            return Some(s);
        }
        at = doc.sections[i].parent;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{
        at_most_chars, has_digit_or, opening_topic, paragraph_topic, CLAUSE_MARKS, CONTENT,
        FALLBACK, HEADINGS, LAST_RESORT,
    };
    use crate::model::Sector;

    #[test]
    fn short_sentences_and_their_marks_are_read_as_counted() {
        for s in [
            "",
            "农业",
            "民生保障更加有力",
            "１２",
            "增长，5%",
            "一是：好",
        ] {
            for n in 0..10 {
                assert_eq!(at_most_chars(s, n), s.chars().count() <= n, "{s} {n}");
            }
            let digit = s
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            assert_eq!(
                has_digit_or(s, &CLAUSE_MARKS),
                digit || s.contains(['，', ',', '；', ';', '：', ':']),
                "{s}"
            );
            assert_eq!(
                has_digit_or(s, &CLAUSE_MARKS[2..]),
                digit || s.contains(['；', ';', '：', ':']),
                "{s}"
            );
        }
    }

    #[test]
    fn a_lead_sentence_after_a_time_opener_names_the_paragraph() {
        assert_eq!(
            paragraph_topic("这一年，我们攻坚招商引项目。"),
            Some(Sector::Investment)
        );
        assert_eq!(
            paragraph_topic("这一年，我们用心办好民生事。"),
            Some(Sector::Livelihood)
        );
        // An inline heading names several topics: none is the paragraph's.
        assert_eq!(
            paragraph_topic("（一）强化科技创新引领，加速推进产业振兴。"),
            None
        );
    }

    #[test]
    fn an_opening_topic_is_read_from_the_first_clause_only() {
        assert_eq!(
            opening_topic("工业方面，规上工业增加值增长5%"),
            Some(Sector::Industry)
        );
        assert_eq!(
            opening_topic("对外开放工作方面,进出口增长"),
            Some(Sector::Opening)
        );
        assert_eq!(opening_topic("工业方面"), Some(Sector::Industry));
        // Eleven chars before 方面: too long for an opening.
        assert_eq!(opening_topic("一二三四五六七八九十工业方面，增长5%"), None);
        assert_eq!(opening_topic("一二三四五六七八九十工业方面"), None);
        assert_eq!(opening_topic("规上工业增加值增长5%，工业方面，"), None);
    }

    #[test]
    fn no_word_is_empty() {
        for (sector, words) in CONTENT
            .iter()
            .chain(HEADINGS)
            .chain(FALLBACK)
            .chain(LAST_RESORT)
        {
            assert!(words.iter().all(|w| !w.is_empty()), "{sector:?}");
        }
    }
}
