//! How a value reads in each language: `≥ 7%`, `−3.5%`, `38.2万亩` in
//! Chinese; `≥ 7%`, `382,000 mu`, `2.2 bn yuan`, `No. 3` in English.
//!
//! Chinese keeps the number and unit as written. English has no 万 or 亿,
//! so the number is scaled into the unit English readers use.

use crate::glossary::Noun;
use crate::i18n::Lang;
use crate::model::{Direction, Indicator};

/// The subject in the interface language, where the glossary has it.
pub fn subject(ind: &Indicator, lang: Lang) -> &str {
    match (lang, &ind.subject_en) {
        (Lang::En, Some(en)) => en,
        _ => &ind.subject,
    }
}

/// The value with comparator and sign, in the interface language; a range
/// with both ends (`5.5%—6%`): its low end alone would read as a point target.
pub fn value_text(ind: &Indicator, lang: Lang) -> String {
    let cmp = ind.comparator.signed(ind.direction).symbol();
    let space = if cmp.is_empty() { "" } else { " " };
    format!("{cmp}{space}{}", amount(ind, lang))
}

/// Chinese writes a range as reports do, the unit at both ends (`5.5%—6%`);
/// English once, at the end (`5.5–6%`, `60–80 enterprises`).
pub fn range(low: String, high: String, lang: Lang) -> String {
    if lang == Lang::Zh {
        return format!("{low}—{high}");
    }
    let digits = low
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '−')))
        .unwrap_or(low.len());
    let unit = &low[digits..];
    if digits > 0 && !unit.is_empty() && high.ends_with(unit) {
        format!("{}–{high}", &low[..digits])
    } else {
        format!("{low}–{high}")
    }
}

/// The value without its comparator: `−3%`, `120个` / `120 projects`,
/// `5.5%—6%` / `5.5–6%`.
pub fn amount(ind: &Indicator, lang: Lang) -> String {
    let low = amount_of(ind.value, ind, lang);
    match ind.value_high {
        Some(high) => range(low, amount_of(high, ind, lang), lang),
        None => low,
    }
}

/// `value` as an amount of `ind`'s unit, subject and direction.
fn amount_of(value: f64, ind: &Indicator, lang: Lang) -> String {
    let sign = if ind.direction == Direction::Down {
        "−"
    } else {
        ""
    };
    let body = match lang {
        Lang::Zh => format!("{}{}", number(value), ind.unit),
        Lang::En => counted(value, &ind.unit, &ind.subject)
            .or_else(|| english(value, &ind.unit))
            .unwrap_or_else(|| format!("{}{}", number(value), ind.unit)),
    };
    format!("{sign}{body}")
}

/// `6` not `6.0`; `38.2` stays.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        crate::decimal::shortest(v)
    }
}

/// A quantity in English, or `None` when the unit has no English form here.
pub fn english(value: f64, unit: &str) -> Option<String> {
    let scaled = |factor: f64, noun: &str| {
        let n = large(value * factor);
        if noun.is_empty() {
            n
        } else {
            format!("{n} {noun}")
        }
    };
    Some(match unit {
        "%" => format!("{}%", number(value)),
        "" | "个" | "家" | "项" | "条" | "件" | "类" | "种" | "次" | "所" | "套" | "处" | "名" => {
            number(value)
        }
        "万" | "万名" => scaled(1e4, ""),
        "户" => scaled(1.0, "households"),
        "万户" => scaled(1e4, "households"),
        "万人" => scaled(1e4, "people"),
        "万人口" => scaled(1e4, "residents"),
        "亿元" => scaled(1e8, "yuan"),
        "万元" => scaled(1e4, "yuan"),
        "万亩" => scaled(1e4, "mu"),
        "亩" => scaled(1.0, "mu"),
        "公顷" => scaled(1.0, "ha"),
        "公里" => scaled(1.0, "km"),
        "万平方米" => scaled(1e4, "m²"),
        "万吨" => scaled(1e4, "t"),
        "吨" => scaled(1.0, "t"),
        "亿斤" => scaled(1e8, "jin"),
        "万千瓦" => scaled(1e4, "kW"),
        "万只" => scaled(1e4, "head"),
        "万头" => scaled(1e4, "head"),
        "万尾" => scaled(1e4, "fish"),
        "天" => scaled(1.0, "days"),
        "年" => scaled(1.0, "years"),
        "个月" => scaled(1.0, "months"),
        "位" => format!("No. {}", number(value)),
        "方阵" => format!("tier {}", number(value)),
        "A级" => format!("{}A", number(value)),
        "位数" => format!("{}-digit", number(value)),
        "连冠" | "连丰" | "连增" => format!("{} in a row", number(value)),
        _ => return None,
    })
}

/// Chinese measure words, and the factor the unit scales the number by.
/// English has none: a count reads with the noun it counts.
const MEASURE_WORDS: &[(&str, f64)] = &[
    ("个", 1.0),
    ("家", 1.0),
    ("项", 1.0),
    ("条", 1.0),
    ("件", 1.0),
    ("类", 1.0),
    ("种", 1.0),
    ("次", 1.0),
    ("所", 1.0),
    ("套", 1.0),
    ("处", 1.0),
    ("名", 1.0),
    ("座", 1.0),
    ("万个", 1e4),
    ("万家", 1e4),
    ("万名", 1e4),
    ("万", 1e4),
];

/// Measure words that count kinds, not things: `61种药品` is 61 kinds of
/// medicine.
const KIND_WORDS: &[&str] = &["类", "种"];

/// A count in English with the noun it counts, from the subject's head in
/// the glossary: `22 enterprises`, `1 project`, `61 kinds of medicines`.
/// Where the glossary has no head, the measure word stays, in brackets, so
/// the count is not read as a bare number: `22 (家)`. `None` for units
/// that are not measure words.
pub fn counted(value: f64, unit: &str, subject: &str) -> Option<String> {
    count_with(value, unit, crate::glossary::count_noun(subject))
}

/// `counted` with the noun already looked up.
pub fn count_with(value: f64, unit: &str, noun: Option<Noun>) -> Option<String> {
    let &(_, factor) = MEASURE_WORDS.iter().find(|(w, _)| *w == unit)?;
    let n = large(value * factor);
    let Some(noun) = noun else {
        // `万` alone is a number word, not a measure word: nothing to keep.
        let word = unit.trim_start_matches('万');
        return Some(if word.is_empty() {
            n
        } else {
            format!("{n} ({word})")
        });
    };
    Some(if KIND_WORDS.contains(&unit) {
        format!("{n} kinds of {}", noun.many)
    } else if value * factor == 1.0 {
        format!("{n} {}", noun.one)
    } else {
        format!("{n} {}", noun.many)
    })
}

/// `382000` → `382,000`; `2.2e9` → `2.2 billion`; `2e6` → `2 million`.
fn large(v: f64) -> String {
    // Six significant digits undo float noise such as 38.2 × 1e4 = 382000.00000000006.
    let round = |x: f64| {
        if x == 0.0 {
            return 0.0;
        }
        let p = 10f64.powi(5 - x.abs().log10().floor() as i32);
        (x * p).round() / p
    };
    let v = round(v);
    if v.abs() >= 1e9 {
        format!("{} billion", number(round(v / 1e9)))
    } else if v.abs() >= 1e6 {
        format!("{} million", number(round(v / 1e6)))
    } else if v.fract() == 0.0 {
        thousands(v as i64)
    } else {
        number(v)
    }
}

pub(crate) fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{english, value_text, Lang};

    #[track_caller]
    fn en(value: f64, unit: &str, want: &str) {
        assert_eq!(english(value, unit).as_deref(), Some(want));
    }

    #[test]
    fn wan_and_yi_scale_into_english_numbers() {
        en(38.2, "万亩", "382,000 mu");
        en(2.8, "万人", "28,000 people");
        en(22.0, "亿元", "2.2 billion yuan");
        en(1100.0, "亿元", "110 billion yuan");
        en(250.0, "万千瓦", "2.5 million kW");
        en(60.0, "亿斤", "6 billion jin");
        en(1.2, "万", "12,000");
    }

    #[test]
    fn counts_ranks_and_streaks_read_naturally() {
        en(179.0, "个", "179");
        en(3.0, "位", "No. 3");
        en(21.0, "连冠", "21 in a row");
        en(4.0, "A级", "4A");
        en(6.5, "%", "6.5%");
    }

    #[test]
    fn unknown_units_have_no_english() {
        assert_eq!(english(3.0, "座"), None);
    }

    #[test]
    fn a_reduction_of_at_least_n_is_at_most_minus_n() {
        let report = crate::extract::extract(
            "一、2024年重点工作任务\n\n化肥使用量平均减少60%以上，用水总量控制在3亿立方米以内。",
        );
        let texts: Vec<String> = report
            .indicators
            .iter()
            .map(|i| value_text(i, Lang::Zh))
            .collect();
        assert_eq!(texts, ["≤ −60%", "≤ 3亿立方米"]);
    }

    #[test]
    fn a_range_reads_with_both_ends() {
        let report = crate::extract::extract(
            "一、2026年工作安排\n\n地区生产总值增长5.5%—6%，一般公共预算收入增长6%至6.5%，粮食产量稳定在120亿斤以上。",
        );
        let text = |lang| -> Vec<String> {
            (report.indicators.iter())
                .map(|i| value_text(i, lang))
                .collect()
        };
        assert_eq!(text(Lang::Zh), ["5.5%—6%", "6%—6.5%", "≥ 120亿斤"]);
        assert_eq!(text(Lang::En), ["5.5–6%", "6–6.5%", "≥ 12 billion jin"]);
        // The compare matrix's CSV writes the amount without its comparator.
        assert_eq!(super::amount(&report.indicators[1], Lang::Zh), "6%—6.5%");
    }

    #[test]
    fn english_names_a_ranges_unit_once_where_both_ends_share_it() {
        let r = |low: &str, high: &str| super::range(low.into(), high.into(), Lang::En);
        assert_eq!(r("60 enterprises", "80 enterprises"), "60–80 enterprises");
        assert_eq!(
            r("1.2 billion yuan", "1.5 billion yuan"),
            "1.2–1.5 billion yuan"
        );
        assert_eq!(r("No. 3", "No. 5"), "No. 3–No. 5");
        assert_eq!(r("−2%", "−3%"), "−2–−3%");
    }

    #[test]
    fn an_english_count_reads_with_what_it_counts() {
        let report = crate::extract::extract(
            "一、2024年重点工作任务\n\n全年新增规上工业企业60家以上，打造1个示范基地。",
        );
        let texts: Vec<String> = report
            .indicators
            .iter()
            .map(|i| value_text(i, Lang::En))
            .collect();
        assert_eq!(texts, ["≥ 60 enterprises", "1 base"]);
    }
}
