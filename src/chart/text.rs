//! Chart words in both languages, and how values are written on the bars.

use crate::i18n::Lang;
use crate::model::Comparator;

/// The growth chart's title; when it shows only the two ends of `total`
/// bars (`shown` of them), it says so.
pub fn growth_title(shown: usize, total: usize, lang: Lang) -> String {
    if total > shown {
        let half = shown / 2;
        lang.pick(
            &format!("增速（%）：最高与最低各 {half} 项，共 {total} 项"),
            &format!("Growth rates (%): the {half} highest and lowest of {total}"),
        )
        .to_owned()
    } else {
        lang.pick("增速（%）", "Growth rates (%)").to_owned()
    }
}

pub fn sectors_title(lang: Lang) -> &'static str {
    lang.pick(
        "各领域指标数（按时期）",
        "Indicators per sector (by period)",
    )
}

pub fn pairs_title(lang: Lang) -> &'static str {
    lang.pick(
        "上年完成与今年目标（每项按自身最大值缩放）",
        "Last year's result vs this year's target (each row to its own scale)",
    )
}

pub fn headline_title(lang: Lang) -> &'static str {
    lang.pick(
        "主要经济指标：上年完成与今年目标（每项按自身最大值缩放）",
        "Headline indicators: last year's result vs this year's target (each row to its own scale)",
    )
}

pub fn no_data(lang: Lang) -> &'static str {
    lang.pick("无数据", "No data")
}

pub fn result(lang: Lang) -> &'static str {
    lang.pick("上年完成", "Last year's result")
}

pub fn target(lang: Lang) -> &'static str {
    lang.pick("今年目标", "This year's target")
}

pub fn indicator(lang: Lang) -> &'static str {
    lang.pick("指标", "Indicator")
}

pub fn sector(lang: Lang) -> &'static str {
    lang.pick("领域", "Sector")
}

pub fn status(lang: Lang) -> &'static str {
    lang.pick("状态", "Status")
}

pub fn growth(lang: Lang) -> &'static str {
    lang.pick("增速", "Growth")
}

pub fn total(lang: Lang) -> &'static str {
    lang.pick("合计", "Total")
}

/// `：` between a name and its value in Chinese, `: ` in English.
pub fn colon(lang: Lang) -> &'static str {
    lang.pick("：", ": ")
}

/// A number without trailing zeros, to two decimals at most, with a true
/// minus sign (U+2212) so screen readers and fonts treat it as one.
pub fn number(v: f64) -> String {
    let s = format!("{:.2}", v.abs());
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if v < 0.0 && s != "0" {
        format!("\u{2212}{s}")
    } else {
        s.to_owned()
    }
}

/// A growth rate as the report states it: `+6%`, `≥7%`, `−3.5%`.
pub fn growth_value(v: f64, comparator: Comparator) -> String {
    let n = number(v);
    if comparator != Comparator::Exact {
        format!("{}{n}%", comparator.symbol())
    } else if v > 0.0 && n != "0" {
        format!("+{n}%")
    } else {
        format!("{n}%")
    }
}

/// A value with its unit and comparator: `≥ 6%`, `38.2万亩`; in English the
/// unit is put into English where it can be (`382,000 mu`, see `format`).
pub fn value(v: f64, unit: &str, comparator: Comparator, lang: Lang) -> String {
    let english = match lang {
        Lang::En => crate::format::english(v.abs(), unit),
        Lang::Zh => None,
    };
    let body = match english {
        Some(e) if v < 0.0 => format!("\u{2212}{e}"),
        Some(e) => e,
        None => format!("{}{unit}", number(v)),
    };
    match comparator {
        Comparator::Exact => body,
        c => format!("{} {body}", c.symbol()),
    }
}

/// Roughly how wide `s` is at `size` pixels: CJK characters are square,
/// Latin ones a bit over half as wide. Used for layout on every backend so
/// the canvas and the SVG lay out alike.
pub fn text_width(s: &str, size: f64) -> i32 {
    let ems: f64 = s.chars().map(|c| if wide(c) { 1.0 } else { 0.6 }).sum();
    (ems * size).ceil() as i32
}

fn wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `s`, shortened with `…` so it fits in `room` pixels.
pub fn fit(s: &str, size: f64, room: i32) -> String {
    if text_width(s, size) <= room {
        return s.to_owned();
    }
    let mut out = String::new();
    for c in s.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > room {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_the_report_writes_them() {
        assert_eq!(growth_value(6.0, Comparator::Exact), "+6%");
        assert_eq!(growth_value(7.0, Comparator::AtLeast), "≥7%");
        assert_eq!(growth_value(-3.5, Comparator::Exact), "−3.5%");
        assert_eq!(growth_value(0.0, Comparator::Exact), "0%");
        assert_eq!(value(6.0, "%", Comparator::AtLeast, Lang::Zh), "≥ 6%");
        assert_eq!(value(38.2, "万亩", Comparator::Exact, Lang::Zh), "38.2万亩");
        assert_eq!(
            value(38.2, "万亩", Comparator::Exact, Lang::En),
            "382,000 mu"
        );
        assert_eq!(
            value(-3.5, "%", Comparator::Exact, Lang::En),
            "\u{2212}3.5%"
        );
        assert_eq!(number(0.1 + 0.2), "0.3");
    }

    #[test]
    fn long_labels_are_shortened_to_fit() {
        assert_eq!(fit("规模以上工业增加值", 10.0, 50), "规模以上…");
        assert_eq!(fit("GDP", 10.0, 50), "GDP");
    }
}
