//! Finding number tokens in a sentence: Arabic quantities with decimals,
//! percent, magnitude, unit and modifiers (`突破200万只`, `7%以上`), and the
//! Chinese-numeral patterns that measure something: streaks (二十一连冠,
//! 连续四年), ranks (第二位, 首位, 第一方阵, 4A级) and 两位数.
//! Other Chinese numerals (一是, 两个确立, 十四五) are names or numbering.

use super::chars::{is_boundary, Chars};
use super::{exclude, modifier, unit};
use crate::model::{Comparator, Text};
use crate::numerals;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Quantity,
    Rank,
    /// `multi_year`: the streak spans years (连续12年, 二十连丰), so its period is history.
    Streak {
        multi_year: bool,
    },
    /// 两位数增长: a growth stated by its number of digits.
    Digits,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Char range of `raw`, modifiers included.
    pub a: usize,
    pub b: usize,
    pub value: f64,
    /// Borrowed from the unit tables unless it joins two of their words.
    pub unit: Text,
    pub comparator: Comparator,
    pub form: Form,
}

const STREAK_WORDS: [char; 8] = ['冠', '丰', '增', '胜', '降', '涨', '升', '优'];
const STREAK_UNITS: [&str; 7] = ["个月", "季度", "年", "届", "次", "周", "天"];

/// All number tokens of a sentence, in order, exclusions already applied.
pub fn scan(c: &Chars) -> Vec<Token> {
    let quoted = exclude::quoted(&c.cs);
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c.cs[i];
        let (token, next) = if ch.is_ascii_digit() {
            arabic(c, i, quoted[i])
        } else if ch == '连' && c.starts_with(i, "连续") {
            streak_span(c, i)
        } else if ch == '第' {
            ordinal(c, i)
        } else if ch == '首' && c.starts_with(i, "首位") && exclude::is_rank_context(c, i) {
            (Some(token(i, i + 2, 1.0, "位", Form::Rank)), i + 2)
        } else if numerals::is_numeral_char(ch) {
            chinese(c, i)
        } else {
            (None, i + 1)
        };
        out.extend(token);
        i = next.max(i + 1);
    }
    out
}

fn token(a: usize, b: usize, value: f64, unit: impl Into<Text>, form: Form) -> Token {
    Token {
        a,
        b,
        value,
        unit: unit.into(),
        comparator: Comparator::Exact,
        form,
    }
}

/// Digits with thousands commas and decimals: the value and the end.
fn read_arabic(c: &Chars, i: usize) -> (Option<f64>, usize) {
    // Flags rather than a look back at what was read, so a long run of
    // digits is not rescanned per digit.
    let (mut decimal, mut grouped) = (false, false);
    let mut j = i;
    while let Some(ch) = c.get(j) {
        let next_digit = c.get(j + 1).is_some_and(|d| d.is_ascii_digit());
        if ch == '.' && next_digit && !decimal {
            decimal = true;
        } else if ch == ',' && next_digit && !decimal {
            // 1,088: only a thousands separator when three digits follow.
            let group = (1..=3).all(|k| c.get(j + k).is_some_and(|d| d.is_ascii_digit()));
            if !group || c.get(j + 4).is_some_and(|d| d.is_ascii_digit()) {
                break;
            }
            grouped = true;
        } else if !ch.is_ascii_digit() {
            break;
        }
        j += 1;
    }
    let digits = c.str(i, j);
    let value = if grouped {
        digits.replace(',', "").parse()
    } else {
        digits.parse()
    };
    (value.ok().filter(|v: &f64| v.is_finite()), j)
}

fn arabic(c: &Chars, i: usize, quoted: bool) -> (Option<Token>, usize) {
    let (value, mut j) = read_arabic(c, i);
    let skip_name = |mut k: usize| {
        while c.get(k).is_some_and(|ch| ch.is_ascii_alphanumeric()) {
            k += 1;
        }
        k
    };
    let Some(value) = value else {
        return (None, j);
    };
    if c.starts_with(j, "A级") && (1.0..=5.0).contains(&value) {
        return (Some(token(i, j + 2, value, "A级", Form::Rank)), j + 2);
    }
    if exclude::touches_letters(c, i, j) {
        return (None, skip_name(j));
    }
    if quoted {
        return (None, j);
    }
    if c.starts_with(j, "连") && c.get(j + 1).is_some_and(|ch| STREAK_WORDS.contains(&ch)) {
        let unit = c.str(j, j + 2).to_owned();
        return (Some(token(i, j + 2, value, unit, streak(true))), j + 2);
    }
    let mut comparator = Comparator::Exact;
    let magnitude = unit::magnitude(c, j);
    if let Some(m) = magnitude {
        j += m.chars().count();
    }
    if modifier::is_infix(c.get(j)) && (unit::base(c, j + 1).is_some() || magnitude.is_some()) {
        comparator = Comparator::AtLeast;
        j += 1;
    }
    let base = unit::base(c, j);
    if let Some(b) = base {
        if exclude::is_time(b) {
            return (None, j + 1);
        }
        j += b.chars().count();
    }
    let unit: Text = match (magnitude, base) {
        (Some(m), Some(b)) => Text::Owned(format!("{m}{b}")),
        (Some(u), None) | (None, Some(u)) => Text::Borrowed(u),
        (None, None) => return (None, j),
    };
    let mut end = j;
    if let Some((len, m)) = modifier::suffix(c, j) {
        if exclude::is_threshold(c, j + len) {
            return (None, j + len);
        }
        comparator = m;
        end = j + len;
    }
    let mut start = i;
    if let Some((s, m)) = modifier::prefix(c, i) {
        start = s;
        if comparator == Comparator::Exact {
            comparator = m;
        }
    }
    let mut t = token(start, end, value, unit, Form::Quantity);
    t.comparator = comparator;
    (Some(t), end)
}

fn streak(multi_year: bool) -> Form {
    Form::Streak { multi_year }
}

/// A Chinese or Arabic number at `i`: its value and end.
fn any_number(c: &Chars, i: usize) -> Option<(f64, usize)> {
    if c.get(i).is_some_and(|ch| ch.is_ascii_digit()) {
        let (v, j) = read_arabic(c, i);
        return v.map(|v| (v, j));
    }
    let mut j = i;
    while c.get(j).is_some_and(numerals::is_numeral_char) {
        j += 1;
    }
    let v = numerals::parse(c.str(i, j))?;
    Some((v as f64, j))
}

/// 连续12年 / 连续四年 / 连续8个月.
fn streak_span(c: &Chars, i: usize) -> (Option<Token>, usize) {
    let Some((value, j)) = any_number(c, i + 2) else {
        return (None, i + 2);
    };
    match c.word_at(j, &STREAK_UNITS) {
        Some(u) => {
            let end = j + u.chars().count();
            let multi_year = matches!(u, "年" | "届");
            (Some(token(i, end, value, u, streak(multi_year))), end)
        }
        None => (None, j),
    }
}

/// 第二位 / 第一方阵 in a ranking context; 第十五届, 第一时间 are not ranks.
fn ordinal(c: &Chars, i: usize) -> (Option<Token>, usize) {
    let Some((value, j)) = any_number(c, i + 1) else {
        return (None, i + 1);
    };
    // 均保持全省第三: a rank may end the clause without a unit.
    let bare = c.get(j).is_none_or(|ch| is_boundary(ch) || ch == '、');
    let Some(u) = c.word_at(j, &["方阵", "位", "名"]).or(bare.then_some("")) else {
        return (None, j);
    };
    let end = j + u.chars().count();
    if !exclude::is_rank_context(c, i) {
        return (None, end);
    }
    (Some(token(i, end, value, u, Form::Rank)), end)
}

/// 二十连丰 / 十七连增 / 两位数; any other run of Chinese numerals is skipped whole.
fn chinese(c: &Chars, i: usize) -> (Option<Token>, usize) {
    let mut j = i;
    while c.get(j).is_some_and(numerals::is_numeral_char) {
        j += 1;
    }
    let Some(value) = numerals::parse(c.str(i, j)) else {
        return (None, j);
    };
    let value = value as f64;
    if c.starts_with(j, "连") && c.get(j + 1).is_some_and(|ch| STREAK_WORDS.contains(&ch)) {
        let unit = c.str(j, j + 2).to_owned();
        return (Some(token(i, j + 2, value, unit, streak(true))), j + 2);
    }
    if j == i + 1 && c.starts_with(j, "位数") {
        return (Some(token(i, j + 2, value, "位数", Form::Digits)), j + 2);
    }
    (None, j)
}
