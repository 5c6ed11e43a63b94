//! Head nouns: what a subject counts or measures. A count noun has both
//! numbers (`企业` enterprise / enterprises); a mass noun has one form.
//! Metrics read `<metric> of <what>` after a noun.

use super::Noun;

#[derive(Debug)]
pub struct Head {
    pub zh: &'static str,
    pub one: &'static str,
    /// Empty for a mass noun.
    pub plural: &'static str,
    /// One of a kind, read with `the` after `of`: `output value of the
    /// biomedicine industry`.
    pub definite: bool,
}

impl Head {
    pub fn many(&self) -> &'static str {
        if self.plural.is_empty() {
            self.one
        } else {
            self.plural
        }
    }

    pub fn noun(&self) -> Option<Noun> {
        (!self.plural.is_empty()).then_some(Noun {
            one: self.one,
            many: self.plural,
        })
    }
}

const fn count(zh: &'static str, one: &'static str, plural: &'static str) -> Head {
    Head {
        zh,
        one,
        plural,
        definite: false,
    }
}

const fn industry(zh: &'static str, one: &'static str) -> Head {
    Head {
        zh,
        one,
        plural: "",
        definite: true,
    }
}

const fn mass(zh: &'static str, one: &'static str) -> Head {
    Head {
        zh,
        one,
        plural: "",
        definite: false,
    }
}

pub const HEADS: &[Head] = &[
    // Organisations
    count("企业", "enterprise", "enterprises"),
    count(
        "中小企业",
        "small and medium-sized enterprise",
        "small and medium-sized enterprises",
    ),
    count("龙头企业", "leading enterprise", "leading enterprises"),
    count(
        "单项冠军企业",
        "single champion enterprise",
        "single champion enterprises",
    ),
    count(
        "高新技术企业",
        "high-tech enterprise",
        "high-tech enterprises",
    ),
    count(
        "知识产权优势企业",
        "IP advantage enterprise",
        "IP advantage enterprises",
    ),
    count(
        "国有企业",
        "state-owned enterprise",
        "state-owned enterprises",
    ),
    count("经营主体", "business entity", "business entities"),
    count(
        "金融机构",
        "financial institution",
        "financial institutions",
    ),
    count("合作社", "cooperative", "cooperatives"),
    count(
        "农民合作社示范社",
        "model farmers' cooperative",
        "model farmers' cooperatives",
    ),
    count("家庭农场", "family farm", "family farms"),
    count("智能工厂", "smart factory", "smart factories"),
    count("绿色工厂", "green factory", "green factories"),
    count(
        "小巨人企业",
        "\"little giant\" enterprise",
        "\"little giant\" enterprises",
    ),
    // Projects and events
    count("项目", "project", "projects"),
    count("重点项目", "key project", "key projects"),
    count(
        "省重点项目",
        "provincial key project",
        "provincial key projects",
    ),
    count("市重点项目", "city key project", "city key projects"),
    count("县级重点项目", "county key project", "county key projects"),
    count(
        "区重点项目",
        "district key project",
        "district key projects",
    ),
    count(
        "招商推介活动",
        "investment promotion event",
        "investment promotion events",
    ),
    count("电梯", "lift", "lifts"),
    count("停车泊位", "parking space", "parking spaces"),
    count(
        "公共停车泊位",
        "public parking space",
        "public parking spaces",
    ),
    count("市场主体", "market entity", "market entities"),
    count("活动", "event", "events"),
    count("节会活动", "festival and fair", "festivals and fairs"),
    count("场景", "scenario", "scenarios"),
    count("事项", "item", "items"),
    count("问题", "problem", "problems"),
    count("提案", "proposal", "proposals"),
    count(
        "议案、建议",
        "motion or suggestion",
        "motions and suggestions",
    ),
    // Places and facilities
    count("基地", "base", "bases"),
    count("生产基地", "production base", "production bases"),
    count("平台", "platform", "platforms"),
    count("园区", "park", "parks"),
    count("开发区", "development zone", "development zones"),
    count("高新区", "high-tech zone", "high-tech zones"),
    count("中心", "centre", "centres"),
    count("服务站", "service station", "service stations"),
    count(
        "一刻钟便民生活圈",
        "15-minute convenience circle",
        "15-minute convenience circles",
    ),
    count("商业街区", "commercial district", "commercial districts"),
    count("集聚区", "cluster", "clusters"),
    count("牧场", "ranch", "ranches"),
    count("村", "village", "villages"),
    count("示范村", "demonstration village", "demonstration villages"),
    count("精品村", "model village", "model villages"),
    count("贫困村", "poor village", "poor villages"),
    count("贫困县", "poor county", "poor counties"),
    count("镇村", "town or village", "towns and villages"),
    count("社区", "community", "communities"),
    count("小区", "residential compound", "residential compounds"),
    count(
        "老旧小区",
        "old residential compound",
        "old residential compounds",
    ),
    count("学校", "school", "schools"),
    count(
        "中小学",
        "primary or secondary school",
        "primary and secondary schools",
    ),
    count(
        "中小学校",
        "primary or secondary school",
        "primary and secondary schools",
    ),
    count("幼儿园", "kindergarten", "kindergartens"),
    count(
        "中小学幼儿园",
        "school or kindergarten",
        "schools and kindergartens",
    ),
    count(
        "中小学和幼儿园",
        "school or kindergarten",
        "schools and kindergartens",
    ),
    count("医院", "hospital", "hospitals"),
    count("卫生院", "health centre", "health centres"),
    count("景区", "scenic area", "scenic areas"),
    count("旅游景区", "tourist attraction", "tourist attractions"),
    count("公园", "park", "parks"),
    count("口袋公园", "pocket park", "pocket parks"),
    count("电站", "power station", "power stations"),
    count(
        "抽水蓄能电站",
        "pumped-storage power station",
        "pumped-storage power stations",
    ),
    count("充电桩", "charging pile", "charging piles"),
    count("侵蚀沟", "erosion gully", "erosion gullies"),
    count("河湖", "river or lake", "rivers and lakes"),
    count("户厕", "household toilet", "household toilets"),
    count("床位", "bed", "beds"),
    count("养老床位", "elderly care bed", "elderly care beds"),
    count("学位", "school place", "school places"),
    count("托位", "childcare place", "childcare places"),
    count(
        "婴幼儿托位",
        "infant childcare place",
        "infant childcare places",
    ),
    count(
        "商品房",
        "commercial housing unit",
        "commercial housing units",
    ),
    // People and households
    count("户", "household", "households"),
    count(
        "脱贫户",
        "household lifted out of poverty",
        "households lifted out of poverty",
    ),
    count("人次", "visit", "visits"),
    count("游客", "tourist", "tourists"),
    count(
        "残疾人",
        "person with disabilities",
        "people with disabilities",
    ),
    count("群众", "person", "people"),
    count("居民", "resident", "residents"),
    count("困难群众", "person in difficulty", "people in difficulty"),
    mass("贫困人口", "poor population"),
    // Things
    count("产品", "product", "products"),
    count("农产品", "farm product", "farm products"),
    count(
        "地理标志农产品",
        "geographical-indication farm product",
        "geographical-indication farm products",
    ),
    count("品种", "variety", "varieties"),
    count("药品", "medicine", "medicines"),
    count("耗材", "medical consumable", "medical consumables"),
    count(
        "生产安全事故",
        "production safety accident",
        "production safety accidents",
    ),
    count("新能源汽车", "new energy vehicle", "new energy vehicles"),
    // Mass nouns
    industry("产业", "industry"),
    count("产业项目", "industrial project", "industrial projects"),
    mass("中药材", "Chinese medicinal herbs"),
    mass("高标准农田", "high-standard farmland"),
    mass("林下经济", "under-forest economy"),
    mass("管网", "pipes"),
    mass("绿地", "green space"),
    mass("公路", "roads"),
    mass("农村公路", "rural roads"),
    mass("虹鳟鱼", "rainbow trout"),
    mass("棚室菌", "greenhouse-grown fungi"),
    mass("畜禽粪污", "livestock and poultry manure"),
    mass("医疗服务", "medical services"),
    mass("资金", "funds"),
    mass("政策性资金", "policy-based funds"),
    mass("财力补助", "fiscal subsidies"),
    mass("上级资金", "funds from higher levels of government"),
    mass("专项债券资金", "special bond funds"),
    mass("特殊再融资债券", "special refinancing bonds"),
    mass("价格", "prices"),
    mass("总投资", "total investment"),
    mass("投资", "investment"),
    mass("工业投资", "industrial investment"),
    mass("制造业投资", "manufacturing investment"),
    mass("消费", "consumption"),
    mass("设施农业", "protected agriculture"),
    mass("特色林果", "specialty forest fruit"),
    mass("电子商务", "e-commerce"),
    mass("跨境电商", "cross-border e-commerce"),
    mass("互市贸易", "border trade"),
    mass("市场采购", "market procurement trade"),
    mass("营造林", "afforestation"),
    mass("造林", "afforestation"),
    mass("消费券", "consumption vouchers"),
    mass("稳岗返还资金", "job-retention refunds"),
    mass("创业担保贷款", "business start-up guaranteed loans"),
];

/// Metrics: amounts, rates and shares of something.
pub const METRICS: &[(&str, &str)] = &[
    ("营业收入", "operating revenue"),
    ("主营业务收入", "main business revenue"),
    ("产值", "output value"),
    ("总产值", "gross output value"),
    ("增加值", "value added"),
    ("产量", "output"),
    ("总产量", "total output"),
    ("鲜品产量", "fresh output"),
    ("面积", "area"),
    ("播种面积", "sown area"),
    ("养殖面积", "farming area"),
    ("养殖量", "farming volume"),
    ("占比", "share"),
    ("比重", "share"),
    ("覆盖率", "coverage"),
    ("利用率", "utilisation rate"),
    ("满意率", "satisfaction rate"),
    ("数量", "number"),
    ("总数", "total number"),
    ("总量", "total number"),
    ("起数", "number"),
    ("贸易额", "trade volume"),
    ("网络零售额", "online retail sales"),
    ("交易额", "transaction volume"),
    ("进出口额", "imports and exports"),
    ("出口", "exports"),
    ("资产总额", "total assets"),
    ("贷款余额", "outstanding loans"),
    ("人均纯收入", "per capita net income"),
    ("营业收入增速", "growth of operating revenue"),
    ("研发经费投入", "R&D spending"),
    ("完成投资", "investment completed"),
    ("单产", "yield per unit area"),
    ("增速", "growth"),
];
