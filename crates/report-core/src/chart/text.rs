//! How values are written on the bars (the chart's words are in `messages`).

use crate::decimal;
use crate::glossary::Noun;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::Comparator;

/// The growth chart's title; when it shows only the two ends of `total`
/// bars (`shown` of them), it says so.
pub fn growth_title(shown: usize, total: usize, lang: Lang) -> String {
    if total > shown {
        tf(lang, Tpl::GrowthTop, &[&(shown / 2), &total])
    } else {
        t(lang, Msg::GrowthRates).to_owned()
    }
}

/// A number without trailing zeros, to two decimals at most, with a true
/// minus sign (U+2212) so screen readers and fonts treat it as one.
pub fn number(v: f64) -> String {
    let s = decimal::fixed(v.abs(), 2);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if v < 0.0 && s != "0" {
        format!("\u{2212}{s}")
    } else {
        s.to_owned()
    }
}

/// A growth rate as the report states it: `+6%`, `≥7%`, `−3.5%`, and a
/// range with both ends (`+5.5–6%`): its low end alone would read as a
/// point target.
pub fn growth_value(v: f64, high: Option<f64>, comparator: Comparator) -> String {
    let n = number(v);
    let n = match high {
        Some(high) => format!("{n}–{}", number(high)),
        None => n,
    };
    if comparator != Comparator::Exact {
        format!("{}{n}%", comparator.symbol())
    } else if v > 0.0 && n != "0" {
        format!("+{n}%")
    } else {
        format!("{n}%")
    }
}

/// A value with its unit and comparator: `≥ 6%`, `38.2万亩`; in English the
/// unit is put into English where it can be (`382,000 mu`, see `format`),
/// and a count reads with `noun` (`≥ 60 enterprises`).
pub fn value(v: f64, unit: &str, comparator: Comparator, lang: Lang, noun: Option<Noun>) -> String {
    let english = match lang {
        Lang::En => crate::format::count_with(v.abs(), unit, noun)
            .or_else(|| crate::format::english(v.abs(), unit)),
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
    // Counted in tenths of an em, so 40 Latin letters are 24 em exactly,
    // not 24.000000000000004.
    let tenths: u32 = s.chars().map(|c| if wide(c) { 10 } else { 6 }).sum();
    (f64::from(tenths) * size / 10.0 - 1e-9).ceil() as i32
}

fn wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `s`, shortened with `…` so it fits in `room` pixels. A bracketed tail
/// (`(2024 target)`, `（预计）`) is what tells rows of one metric apart, so
/// it is kept and the words before it shortened:
/// `Value added of industry… (2023 estimate)`.
pub fn fit(s: &str, size: f64, room: i32) -> String {
    if text_width(s, size) <= room {
        return s.to_owned();
    }
    let chars: Vec<char> = s.chars().collect();
    let tail = bracket_tail(&chars);
    // The tail is kept only with at least one word's worth of head before it.
    (tail > 0)
        .then(|| shorten(&chars, 0, tail, size, room).filter(|f| f.chars().count() > tail + 4))
        .flatten()
        .or_else(|| shorten(&chars, 0, 0, size, room))
        .unwrap_or_else(|| "…".to_owned())
}

/// Every label fitted to `room`, and labels that differ still differ: where
/// two would shorten to the same text, more of their ends is kept
/// (`Projects… under way` / `Projects… completed`), and failing that a
/// window from where they part (`…2023 figure…`). Distinct labels stay
/// distinct whenever `room` holds `…`, a character and `…`.
pub fn fit_all(labels: &[String], size: f64, room: i32) -> Vec<String> {
    let mut out: Vec<String> = labels.iter().map(|l| fit(l, size, room)).collect();
    for i in 0..labels.len() {
        let group: Vec<usize> = (0..labels.len())
            .filter(|&j| out[j] == out[i] && labels[j] != labels[i])
            .chain([i])
            .collect();
        if group.len() > 1 {
            let fitted = disambiguate(labels, &group, size, room);
            for (&g, f) in group.iter().zip(fitted) {
                out[g] = f;
            }
        }
    }
    out
}

/// New texts for the labels in `group`, which all shortened alike.
fn disambiguate(labels: &[String], group: &[usize], size: f64, room: i32) -> Vec<String> {
    let chars: Vec<Vec<char>> = group.iter().map(|&g| labels[g].chars().collect()).collect();
    let distinct = |texts: &[String]| {
        (0..texts.len())
            .all(|a| (a + 1..texts.len()).all(|b| texts[a] != texts[b] || chars[a] == chars[b]))
    };
    let longest = chars.iter().map(Vec::len).max().unwrap_or(0);
    // Whole words at the end: `… result`, not `…lt`.
    let aligned = |c: &[char], keep: usize| {
        let mut k = keep.min(c.len());
        while k < c.len() && word_char(c[c.len() - k - 1]) && word_char(c[c.len() - k]) {
            k += 1;
        }
        if k < c.len() && c[c.len() - k - 1] == ' ' {
            k += 1;
        }
        k
    };
    let whole_or = |c: &Vec<char>, f: Option<String>| {
        if text_width(&c.iter().collect::<String>(), size) <= room {
            Some(c.iter().collect())
        } else {
            f
        }
    };
    // Keep more and more of the end.
    for keep in 1..longest {
        let texts: Option<Vec<String>> = chars
            .iter()
            .map(|c| whole_or(c, shorten(c, 0, aligned(c, keep), size, room)))
            .collect();
        match texts {
            Some(t) if distinct(&t) => return t,
            Some(_) => {}
            None => break,
        }
    }
    // A window from where each label parts from the others.
    chars
        .iter()
        .enumerate()
        .map(|(a, c)| {
            let parts = (0..chars.len())
                .filter(|&b| chars[b] != *c)
                .map(|b| common_prefix(c, &chars[b]))
                .max()
                .unwrap_or(0);
            let mut start = parts.min(c.len());
            while start < c.len() && c[start] == ' ' {
                start += 1;
            }
            // A label that is the start of another shows its own end.
            let window = if start >= c.len() {
                ending(c, size, room)
            } else {
                shorten(c, start, 0, size, room)
            };
            whole_or(c, window).unwrap_or_else(|| fit(&labels[group[a]], size, room))
        })
        .collect()
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// How many characters the bracketed group that ends `s` takes, with the
/// space before it; 0 when `s` does not end in one.
fn bracket_tail(s: &[char]) -> usize {
    let open = match s.last() {
        Some(')') => '(',
        Some('）') => '（',
        _ => return 0,
    };
    let Some(at) = s.iter().rposition(|&c| c == open) else {
        return 0;
    };
    let at = if at > 0 && s[at - 1] == ' ' {
        at - 1
    } else {
        at
    };
    if at == 0 {
        0
    } else {
        s.len() - at
    }
}

/// `s` from character `start` (with `…` before it when `start > 0`), as
/// much as fits, then `…`, then its last `keep` characters; `None` when not
/// even one character of the middle fits.
fn shorten(s: &[char], start: usize, keep: usize, size: f64, room: i32) -> Option<String> {
    let tail: String = s[s.len() - keep..].iter().collect();
    let lead = if start > 0 { "…" } else { "" };
    let budget = room - text_width(lead, size) - text_width("…", size) - text_width(&tail, size);
    let mut head = String::new();
    for &c in &s[start..s.len() - keep] {
        head.push(c);
        if text_width(&head, size) > budget {
            head.pop();
            break;
        }
    }
    // End on a whole word where the text has words: `industry…`, not `industry a…`.
    let cut = start + head.chars().count();
    if cut < s.len() - keep && word_char(s[cut]) && head.chars().last().is_some_and(word_char) {
        if let Some(space) = head.rfind(' ') {
            head.truncate(space);
        }
    }
    // Widths are rounded up piece by piece; the whole must fit too.
    loop {
        let trimmed = head.trim_end();
        if trimmed.is_empty() {
            return None;
        }
        let out = format!("{lead}{trimmed}…{tail}");
        if text_width(&out, size) <= room {
            return Some(out);
        }
        head.pop();
    }
}

/// `…` and as much of the end of `s` as fits.
fn ending(s: &[char], size: f64, room: i32) -> Option<String> {
    let budget = room - text_width("…", size);
    let mut tail: Vec<char> = Vec::new();
    for &c in s.iter().rev() {
        tail.insert(0, c);
        if text_width(&tail.iter().collect::<String>(), size) > budget {
            tail.remove(0);
            break;
        }
    }
    while text_width(&format!("…{}", tail.iter().collect::<String>()), size) > room
        && !tail.is_empty()
    {
        tail.remove(0);
    }
    let tail: String = tail.iter().collect();
    let tail = tail.trim_start();
    (!tail.is_empty()).then(|| format!("…{tail}"))
}

fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_the_report_writes_them() {
        assert_eq!(growth_value(6.0, None, Comparator::Exact), "+6%");
        assert_eq!(growth_value(7.0, None, Comparator::AtLeast), "≥7%");
        assert_eq!(growth_value(-3.5, None, Comparator::Exact), "−3.5%");
        assert_eq!(growth_value(0.0, None, Comparator::Exact), "0%");
        assert_eq!(growth_value(5.5, Some(6.0), Comparator::Exact), "+5.5–6%");
        assert_eq!(growth_value(-2.0, Some(-3.0), Comparator::Exact), "−2–−3%");
        assert_eq!(value(6.0, "%", Comparator::AtLeast, Lang::Zh, None), "≥ 6%");
        assert_eq!(
            value(38.2, "万亩", Comparator::Exact, Lang::Zh, None),
            "38.2万亩"
        );
        assert_eq!(
            value(38.2, "万亩", Comparator::Exact, Lang::En, None),
            "382,000 mu"
        );
        assert_eq!(
            value(-3.5, "%", Comparator::Exact, Lang::En, None),
            "\u{2212}3.5%"
        );
        assert_eq!(number(0.1 + 0.2), "0.3");
        let enterprises = Noun {
            one: "enterprise",
            many: "enterprises",
        };
        assert_eq!(
            value(60.0, "家", Comparator::AtLeast, Lang::En, Some(enterprises)),
            "≥ 60 enterprises"
        );
        assert_eq!(
            value(60.0, "家", Comparator::AtLeast, Lang::Zh, Some(enterprises)),
            "≥ 60家"
        );
    }

    #[test]
    fn long_labels_are_shortened_to_fit() {
        assert_eq!(fit("规模以上工业增加值", 10.0, 50), "规模以上…");
        assert_eq!(fit("GDP", 10.0, 50), "GDP");
    }

    const VA: &str = "Value added of industry above designated size";

    #[test]
    fn a_bracketed_tail_is_kept_and_the_head_shortened() {
        // 0.6 em per Latin letter at 10 px: 40 letters fit in 240 px.
        assert_eq!(
            fit(&format!("{VA} (2023 estimate)"), 10.0, 240),
            "Value added of industry… (2023 estimate)"
        );
        assert_eq!(
            fit("规模以上工业增加值（预计）", 10.0, 100),
            "规模以上工…（预计）"
        );
        // Too little room for the tail and a word: cut at the end.
        assert_eq!(
            fit(&format!("{VA} (2023 estimate)"), 10.0, 100),
            "Value added of…"
        );
    }

    #[test]
    fn labels_that_differ_stay_different() {
        let labels: Vec<String> = [
            format!("{VA} (2023 estimate)"),
            format!("{VA} (2024 target)"),
            format!("{VA}, result"),
            format!("{VA}, target"),
            "GDP".to_owned(),
            "GDP".to_owned(),
        ]
        .into();
        assert_eq!(
            fit_all(&labels, 10.0, 240),
            [
                "Value added of industry… (2023 estimate)",
                "Value added of industry… (2024 target)",
                "Value added of industry above… result",
                "Value added of industry above… target",
                "GDP",
                "GDP",
            ]
        );
    }

    #[test]
    fn labels_that_differ_only_inside_show_where_they_part() {
        let labels: Vec<String> = ["2023", "2024"]
            .map(|y| format!("Output in {y} of industry above designated size"))
            .into();
        assert_eq!(fit_all(&labels, 10.0, 60), ["…3 of…", "…4 of…"]);
    }

    #[test]
    fn no_two_different_labels_meet_at_any_width() {
        let labels: Vec<String> = [
            format!("{VA} (2023 estimate)"),
            format!("{VA} (2024 target)"),
            format!("{VA} (2023)"),
            VA.to_owned(),
            "规模以上工业增加值（预计）".to_owned(),
            "规模以上工业增加值（目标）".to_owned(),
            "规模以上工业企业".to_owned(),
        ]
        .into();
        // From `…`, a Chinese character and `…` (22 px at 10 px) up.
        for room in 22..400 {
            let out = fit_all(&labels, 10.0, room);
            for a in 0..out.len() {
                assert!(text_width(&out[a], 10.0) <= room, "{room}: {}", out[a]);
                for b in a + 1..out.len() {
                    assert_ne!(out[a], out[b], "{room}: {} / {}", labels[a], labels[b]);
                }
            }
        }
    }
}
