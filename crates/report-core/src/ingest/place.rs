//! Which government a report is from: its place name and level, from the
//! title, the signature line, or how the text refers to itself.
//!
//! The level follows the name's suffix, longest first:
//!
//! | suffix | level |
//! |---|---|
//! | 省, 自治区, and the four municipalities 北京市 天津市 上海市 重庆市 | province |
//! | 市, 自治州, 地区, 盟 (all prefecture-level units; a county-level 市 reads as a city too, its name cannot tell) | city |
//! | 县, 自治县, 旗, 自治旗 | county |
//! | 区 (a city's district) | district |
//!
//! 新区, 开发区, 高新区, 园区, 试验区, 示范区 and 合作区 end in 区 but are
//! not a level of government (浦东新区 is a district, 雄安新区 is not, and
//! the name cannot tell), so they give no level; nor does 特别行政区.
//! Without a name, the level comes from the opening `我代表市人民政府`, or
//! else from which of 全省/我省, 全市/我市, 全州, 全盟, 全县/我县, 全旗,
//! 全区/我区 the text uses most, leaving out comparisons with the level
//! above (`全省第3位`, `全省平均`, `居全市前列`, `占全市比重`); a tie gives
//! no level.

use serde::Serialize;

use crate::coded::coded;

coded! {
    /// The level of government a report is from.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Level {
        Province = ("province", "省级", "Province"),
        City = ("city", "市级", "City"),
        County = ("county", "县级", "County"),
        District = ("district", "区级", "District"),
    }
}

/// Names that end in 区 without being a district government.
const ZONES: &[&str] = &[
    "新区",
    "开发区",
    "高新区",
    "园区",
    "试验区",
    "示范区",
    "合作区",
    "特别行政区",
];

const MUNICIPALITIES: &[&str] = &["北京市", "天津市", "上海市", "重庆市"];

/// The level a place name's suffix says, if it says one.
pub fn level_of(name: &str) -> Option<Level> {
    if ZONES.iter().any(|z| name.ends_with(z)) {
        return None;
    }
    if MUNICIPALITIES.iter().any(|m| name.ends_with(m)) {
        return Some(Level::Province);
    }
    const SUFFIXES: &[(&str, Level)] = &[
        ("自治区", Level::Province),
        ("省", Level::Province),
        ("自治州", Level::City),
        ("地区", Level::City),
        ("盟", Level::City),
        ("市", Level::City),
        ("县", Level::County),
        ("旗", Level::County),
        ("区", Level::District),
    ];
    SUFFIXES
        .iter()
        .find(|(s, _)| name.ends_with(s))
        .map(|&(_, level)| level)
}

/// A place name as reports write it: Chinese characters (and the `·` of
/// some minority names) with a suffix the table above knows, or a zone.
fn is_place(name: &str) -> bool {
    let n = name.chars().count();
    (2..=20).contains(&n)
        && name.chars().all(|c| is_han(c) || c == '·')
        && !name.contains("人民")
        && !name.contains("政府")
        && (level_of(name).is_some() || ZONES.iter().any(|z| name.ends_with(z)))
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Who reports for a zone: its administrative committee
/// (`…开发区管理委员会工作报告`, `…高新区管委会工作报告`), named after it.
const COMMITTEES: [&str; 2] = ["管理委员会", "管委会"];

/// The place a title names: `北湖区人民政府工作报告`,
/// `2025年北原省政府工作报告（节选）`, `临江县人民政府工作报告（2024年1月）`,
/// `某某高新技术产业开发区管理委员会工作报告`.
pub fn in_title(title: &str) -> Option<String> {
    let end = ["人民政府", "政府工作报告", "政府工作", "工作报告"]
        .iter()
        .find_map(|w| title.find(w))?;
    let name = without_years(&title[..end]);
    let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':'));
    let name = (COMMITTEES.iter().find_map(|c| name.strip_suffix(c))).unwrap_or(name);
    is_place(name).then(|| name.to_owned())
}

/// `2025年` and `2025年度` removed: titles put the year before or after the name.
fn without_years(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find('年') {
        let before = &rest[..at];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&before[..before.len() - digits]);
        rest = &rest[at + '年'.len_utf8()..];
        if digits == 0 {
            out.push('年');
        } else {
            rest = rest.strip_prefix('度').unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// What a signature line says about the place: `——2025年1月4日在北湖区
/// 第六届人民代表大会第四次会议上` names it; the short form
/// `在市十七届人大四次会议上` gives only the level; so does a line
/// without the session, `在市人民代表大会上`.
pub enum Signed {
    Place(String),
    Level(Level),
}

pub fn in_signature(line: &str) -> Option<Signed> {
    let congress = line.find("人民代表大会").or_else(|| line.find("人大"))?;
    // `第十五届`, `十五届`, or no session number at all.
    let before = &line[..congress];
    let before = before.strip_suffix('届').unwrap_or(before);
    let numeral_len = before
        .chars()
        .rev()
        .take_while(|&c| crate::numerals::is_numeral_char(c) || c.is_ascii_digit())
        .map(char::len_utf8)
        .sum::<usize>();
    let before = &before[..before.len() - numeral_len];
    let before = before.strip_suffix('第').unwrap_or(before);
    let name = &before[before.rfind('在')? + '在'.len_utf8()..];
    if is_place(name) {
        return Some(Signed::Place(name.to_owned()));
    }
    let level = match name {
        "省" | "自治区" => Level::Province,
        "市" | "州" | "盟" => Level::City,
        "县" | "旗" => Level::County,
        "区" => Level::District,
        _ => return None,
    };
    Some(Signed::Level(level))
}

/// The level from how the text speaks of its own government.
pub fn by_cue(text: &str) -> Option<Level> {
    // `我代表市人民政府，向大会报告工作`: every report opens with it,
    // sometimes shortened to `我代表市政府`.
    for (word, level) in [
        ("省", Level::Province),
        ("自治区", Level::Province),
        ("市", Level::City),
        ("州", Level::City),
        ("盟", Level::City),
        ("县", Level::County),
        ("旗", Level::County),
        ("区", Level::District),
    ] {
        if text.contains(&format!("代表{word}人民政府"))
            || text.contains(&format!("我代表{word}政府"))
        {
            return Some(level);
        }
    }
    let mut counts = [0usize; 4];
    let levels = [Level::Province, Level::City, Level::County, Level::District];
    let mut before = [' ', ' '];
    for c in text.chars() {
        let [a, b] = before;
        before = [b, c];
        // 全市场 is a market and 全区域 an area; 全省第3位, 全省平均,
        // 全市前列 and 占全市比重 compare with the level above, they do not
        // speak for it.
        if !matches!(a, '全' | '我')
            || matches!(
                c,
                '域' | '场' | '份' | '第' | '平' | '前' | '首' | '排' | '领' | '同' | '最' | '比'
            )
        {
            continue;
        }
        let level = match b {
            '省' => Level::Province,
            '市' | '州' | '盟' => Level::City,
            '县' | '旗' => Level::County,
            '区' => Level::District,
            _ => continue,
        };
        counts[level as usize] += 1;
    }
    let best = *counts.iter().max()?;
    // A tie is no answer: the form asks the user instead.
    (best > 0 && counts.iter().filter(|&&c| c == best).count() == 1)
        .then(|| levels[counts.iter().position(|&c| c == best).unwrap_or(0)])
}
