//! Reviewed English names for the metrics that recur across work reports.
//! Only subjects we are sure of are listed; others get no English name.

const GLOSSARY: &[(&str, &str)] = &[
    ("地区生产总值", "GDP"),
    (
        "规上工业增加值",
        "Value added of industry above designated size",
    ),
    (
        "规上工业增加值增速",
        "Growth of value added of industry above designated size",
    ),
    ("固定资产投资", "Fixed-asset investment"),
    ("社会消费品零售总额", "Total retail sales of consumer goods"),
    ("进出口总额", "Total imports and exports"),
    ("一般公共预算收入", "General public budget revenue"),
    (
        "城镇居民人均可支配收入",
        "Per capita disposable income of urban residents",
    ),
    (
        "农村居民人均可支配收入",
        "Per capita disposable income of rural residents",
    ),
    ("实际利用内资", "Domestic capital actually utilised"),
    (
        "实际利用内资增速",
        "Growth of domestic capital actually utilised",
    ),
    ("实际利用外资", "Foreign capital actually utilised"),
    ("粮食产量", "Grain output"),
    ("粮食生产", "Grain production"),
    ("新建高标准农田", "New high-standard farmland"),
    ("万元GDP能耗", "Energy consumption per 10,000 yuan of GDP"),
    (
        "万元GDP综合能耗",
        "Energy consumption per 10,000 yuan of GDP",
    ),
    ("全社会研发投入", "R&D expenditure"),
    ("新增城镇就业", "New urban jobs"),
    ("空气优良天数比例", "Share of days with good air quality"),
    ("空气质量优良天数", "Days with good air quality"),
    (
        "新增规上工业企业",
        "New industrial enterprises above designated size",
    ),
    (
        "规上工业企业",
        "Industrial enterprises above designated size",
    ),
    ("国家高新技术企业", "National high-tech enterprises"),
    ("亿元以上项目", "Projects of 100 million yuan or more"),
    (
        "农业生产托管面积",
        "Area under agricultural production trusteeship",
    ),
    (
        "主要农产品加工转化率",
        "Processing conversion rate of major farm products",
    ),
    ("民生支出比重", "Share of livelihood spending in the budget"),
    ("植树造林", "Afforestation"),
    ("控制水土流失", "Soil erosion brought under control"),
    (
        "居民生活垃圾分类覆盖率",
        "Coverage of household waste sorting",
    ),
    (
        "城乡低保保障标准",
        "Urban and rural minimum living allowance standard",
    ),
    ("有效发明专利授权量", "Invention patents granted"),
    ("旅游收入", "Tourism revenue"),
    ("接待游客", "Tourist arrivals"),
];

pub fn english(subject: &str) -> Option<&'static str> {
    GLOSSARY
        .iter()
        .find(|(zh, _)| *zh == subject)
        .map(|&(_, en)| en)
}
