//! Units written after a number: a magnitude (万, 亿) and a base unit
//! (亩, 平方米, 千瓦, 个 …) combine into compound units such as 万平方米.

/// Longest first, so 万亿 wins over 万.
const MAGNITUDES: [&str; 5] = ["万亿", "千万", "百万", "亿", "万"];

/// Longest first where one is a prefix of another (个百分点 before 个).
const BASES: &[&str] = &[
    "个百分点",
    "百分点",
    // Air quality targets (`PM2.5平均浓度控制在32微克/立方米以内`).
    "微克/立方米",
    "平方公里",
    "平方米",
    "千瓦时",
    // Power and energy as county reports write them (`86兆瓦`, `42亿度`).
    "兆瓦",
    "公斤",
    "立方米",
    "千瓦",
    "公顷",
    "公里",
    "人次",
    "人口",
    "场次",
    "美元",
    "个月",
    "标箱",
    "千克",
    "%",
    "％",
    "倍",
    "亩",
    "吨",
    "斤",
    "元",
    "个",
    "家",
    "项",
    "条",
    "件",
    "次",
    "套",
    "种",
    "类",
    "所",
    "名",
    "处",
    "户",
    "人",
    "只",
    "尾",
    "头",
    "台",
    "座",
    "天",
    "年",
    "批",
    "辆",
    "张",
    "间",
    "米",
    "艘",
    "例",
    "场",
    // Electricity in kilowatt-hours (`42亿度`) and trees planted (`16万株`).
    "度",
    "株",
    // Lifts fitted and phones or films counted (`加装电梯176部`); not
    // the first char of 部门 or 部署 (see `NOUN_HEADS`).
    "部",
    // Buildings (`税收亿元楼宇达到18栋`).
    "栋",
    // Trains run (`中欧班列开行量1460列`).
    "列",
];

/// A base that also opens common nouns (`12部门联合`, `3部委`): not a unit
/// when one of these follows it.
const NOUN_HEADS: &[(&str, &[char])] = &[("部", &['门', '署', '分', '委', '长', '队', '级'])];

/// Things, organisations, events, people and households are counted.
const COUNTED: &[&str] = &[
    "个", "家", "项", "条", "件", "次", "套", "种", "类", "所", "名", "处", "户", "人", "批", "台",
    "座", "辆", "张", "间", "艘", "例", "场", "人次", "场次", "部", "栋", "列",
];

/// What an amount may be per, written after a slash (`17.8万元/人`,
/// `1150元/人`, `2.1万元/户`, `980公斤/亩`): part of the unit.
const PER: &[&str] = &["平方米", "人次", "人", "户", "亩", "吨", "年"];

use std::sync::OnceLock;

use super::chars::Chars;
use super::lexicon::Lexicon;

pub fn magnitude(c: &Chars, i: usize) -> Option<&'static str> {
    c.word_at(i, &MAGNITUDES)
}

pub fn base(c: &Chars, i: usize) -> Option<&'static str> {
    // Indexed by first char: tried after every number, often twice.
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    // `％` is the same unit as `%`: one code in the records.
    let word = WORDS.get_or_init(|| Lexicon::words(BASES)).word_at(c, i)?;
    let len = word.chars().count();
    if NOUN_HEADS
        .iter()
        .any(|(w, next)| *w == word && c.get(i + len).is_some_and(|ch| next.contains(&ch)))
    {
        return None;
    }
    Some(if word == "％" { "%" } else { word })
}

/// `/人` after a unit at char `i`: the denominator (`人`).
pub fn per(c: &Chars, i: usize) -> Option<&'static str> {
    if !matches!(c.get(i), Some('/' | '／')) {
        return None;
    }
    c.word_at(i + 1, PER)
}

/// `万亿元` and `亿元`: one base unit, whatever the magnitude before it.
pub fn same_base(a: &str, b: &str) -> bool {
    let base = strip_magnitude(a);
    a == b || (!base.is_empty() && base == strip_magnitude(b))
}

fn strip_magnitude(unit: &str) -> &str {
    MAGNITUDES
        .iter()
        .find_map(|m| unit.strip_prefix(m))
        .unwrap_or(unit)
}

/// Units that measure a change or a proportion rather than an amount.
pub fn is_ratio(unit: &str) -> bool {
    // 成: tenths (`增长两成`), only read after a verb of change.
    matches!(unit, "%" | "％" | "个百分点" | "百分点" | "倍" | "成")
}

/// `count` or `level`: 万户 and 万人 are counted, 万人口 (a population size)
/// and a bare 万 before a noun (1.2万农村户厕) follow the same rule by base.
pub fn is_count(unit: &str) -> bool {
    let base = strip_magnitude(unit);
    base.is_empty() || COUNTED.contains(&base)
}
