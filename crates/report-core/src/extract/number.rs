//! Finding number tokens in a sentence: Arabic quantities with decimals,
//! percent, magnitude, unit and modifiers (`突破200万只`, `7%以上`), and the
//! Chinese-numeral patterns that measure something: streaks (二十一连冠,
//! 连续四年), ranks (第二位, 首位, 第一方阵, 4A级) and 两位数.
//! Other Chinese numerals (一是, 两个确立, 十四五) are names or numbering.

use super::chars::{is_boundary, is_digit, is_han, same, Chars};
use super::explain::Skip;
use super::{decimal, exclude, modifier, unit};
use crate::model::{Comparator, Direction, Kind, Text};
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
    /// The upper end of a range (`5%—6%`): the token spans both ends.
    pub value_high: Option<f64>,
    /// Written with a minus (`增长-18.9%`): a fall stated as negative growth.
    pub negative: bool,
    /// One part of a ratio written with colons (`14.2:45.6:40.2`), or the
    /// bare value of a ratio named before it (`城乡居民收入比由2.31缩小到2.08`).
    pub ratio: bool,
}

const STREAK_WORDS: [char; 8] = ['冠', '丰', '增', '胜', '降', '涨', '升', '优'];
const STREAK_UNITS: [&str; 8] = ["个月", "个季度", "季度", "年", "届", "次", "周", "天"];

/// How many of a streak's unit make a year: a run longer than that spans
/// years and is `history` (`连续6个季度`), one within it is the year's
/// (`连续8个月`, `连续4个季度`). 年 and 届 always span years; 次 says nothing.
const PER_YEAR: [(&str, f64); 5] = [
    ("个月", 12.0),
    ("个季度", 4.0),
    ("季度", 4.0),
    ("周", 52.0),
    ("天", 366.0),
];

/// Between the two ends of a range: `5%—6%`, `6%至6.5%`, `5%~6%`.
const RANGE_MARKS: [&str; 7] = ["——", "—", "–", "-", "～", "~", "至"];

/// A minus written before a growth rate (`增长-2.6%`).
const MINUS: [char; 3] = ['-', '－', '−'];

/// Between the parts of a ratio (`14.2:45.6:40.2`). Typeset reports also
/// write the two-dot leader `︰` (`11.8︰48.3︰39.9`) and the ratio sign `∶`
/// (U+2236, `24.6∶38.2∶37.2`).
pub(super) const RATIO_MARKS: [char; 4] = [':', '：', '︰', '∶'];

/// What reading at one char gave: a token, or why there is none there.
type Read = (Result<Token, Skip>, usize);

/// A number read and dropped: its char range and why.
pub type Skipped = (usize, usize, Skip);

/// All number tokens of a sentence, in order, exclusions already applied.
pub fn scan(c: &Chars) -> Vec<Token> {
    scan_explained(c, None)
}

/// [`scan`], also telling `skips` each number it dropped and why (for
/// `--explain`; the page passes `None`).
pub fn scan_explained(c: &Chars, mut skips: Option<&mut Vec<Skipped>>) -> Vec<Token> {
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
            (Ok(token(i, i + 2, 1.0, "位", Form::Rank)), i + 2)
        } else if let Some(t) = (ch == '前').then(|| top_n(c, i)).flatten() {
            let end = t.b;
            (Ok(t), end)
        } else if numerals::is_numeral_char(ch) {
            chinese(c, i)
        } else {
            (Err(Skip::NoUnit), i + 1)
        };
        match token {
            Ok(t) => out.push(t),
            Err(why) => {
                if let Some(skips) = skips.as_deref_mut() {
                    skips.push((i, next.max(i + 1), why));
                }
            }
        }
        i = next.max(i + 1);
    }
    join_ranges(c, out)
}

/// `5%—6%` / `6%至6.5%`: two numbers of one unit joined by a range mark are
/// one record, the first its value and the second its upper end. The bound
/// written after the range (`5%—6%左右`) is the range's.
fn join_ranges(c: &Chars, toks: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    for t in toks {
        if let Some(prev) = out.last_mut() {
            let between = c.str(prev.b, t.a);
            let joined = RANGE_MARKS.iter().any(|m| same(m, between))
                && prev.form == Form::Quantity
                && t.form == Form::Quantity
                && same(&prev.unit, &t.unit)
                && prev.value_high.is_none()
                && prev.value < t.value;
            if joined {
                prev.b = t.b;
                prev.value_high = Some(t.value);
                if t.comparator != Comparator::Exact {
                    prev.comparator = t.comparator;
                }
                continue;
            }
        }
        out.push(t);
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
        value_high: None,
        negative: false,
        ratio: false,
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
    // Full-width digits are read from the folded chars; ASCII ones straight
    // from the text, with no copy.
    let value = if grouped || digits.len() != j - i {
        decimal::parse(&c.cs[i..j].iter().filter(|&&d| d != ',').collect::<String>())
    } else {
        decimal::parse(digits)
    };
    (value.filter(|v| v.is_finite()), j)
}

fn arabic(c: &Chars, i: usize, quoted: bool) -> Read {
    let (value, mut j) = read_arabic(c, i);
    let skip_name = |mut k: usize| {
        while c.get(k).is_some_and(|ch| ch.is_ascii_alphanumeric()) {
            k += 1;
        }
        k
    };
    let Some(value) = value else {
        return (Err(Skip::Unreadable), j);
    };
    if let Some(t) = slash_fraction(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if c.starts_with(j, "A级") && (1.0..=5.0).contains(&value) {
        // `4A级旅游景区`: the grade names the kind of thing counted.
        if c.get(j + 2).is_some_and(is_han) {
            return (Err(Skip::Grade), j + 2);
        }
        return (Ok(token(i, j + 2, value, "A级", Form::Rank)), j + 2);
    }
    if exclude::touches_letters(c, i, j) {
        return (Err(Skip::Letters), skip_name(j));
    }
    if quoted {
        return (Err(Skip::Quoted), j);
    }
    if exclude::is_per_base(c, i) {
        return (Err(Skip::PerBase), past_unit(c, j));
    }
    if c.starts_with(j, "连") && c.get(j + 1).is_some_and(|ch| STREAK_WORDS.contains(&ch)) {
        let unit = c.str(j, j + 2).to_owned();
        return (Ok(token(i, j + 2, value, unit, streak(true))), j + 2);
    }
    if let Some(t) = first_in_years(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = rank_move(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if is_ratio_part(c, i, j) {
        let mut t = token(i, j, value, "", Form::Quantity);
        t.ratio = true;
        return (Ok(t), j);
    }
    if let Some(t) = rank_among_strongest(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    let mut comparator = Comparator::Exact;
    let mut magnitude = unit::magnitude(c, j);
    if magnitude.is_none() && modifier::is_infix(c.get(j)) {
        // `增加1210多亿元`: `多` before the magnitude (more than 1210 亿元).
        magnitude = unit::magnitude(c, j + 1);
        if magnitude.is_some() {
            comparator = Comparator::AtLeast;
            j += 1;
        }
    }
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
            return (Err(Skip::Year), j + 1);
        }
        j += b.chars().count();
    }
    let per = base.and_then(|_| unit::per(c, j));
    if let Some(p) = per {
        j += 1 + p.chars().count();
    }
    let unit: Text = match (magnitude, base) {
        (m, Some(b)) if per.is_some() => {
            Text::Owned(format!("{}{b}/{}", m.unwrap_or(""), per.unwrap_or("")))
        }
        (Some(m), Some(b)) => Text::Owned(format!("{m}{b}")),
        (Some(u), None) | (None, Some(u)) => Text::Borrowed(u),
        (None, None) => match shared_unit(c, j) {
            Some(u) => return (Ok(token(i, j, value, u, Form::Quantity)), j),
            None if names_a_ratio(c, i) => {
                let mut t = token(i, j, value, "", Form::Quantity);
                t.ratio = true;
                return (Ok(t), j);
            }
            None => return (Err(Skip::NoUnit), j),
        },
    };
    if exclude::counts_peers(c, i, j) {
        return (Err(Skip::Peers), j);
    }
    let mut end = j;
    if let Some((len, m)) = modifier::suffix(c, j) {
        if exclude::is_threshold(c, j + len) {
            return (Err(Skip::Threshold), j + len);
        }
        comparator = m;
        end = j + len;
    } else if exclude::is_exceeding_class(c, i, j) {
        return (Err(Skip::Threshold), j);
    }
    let negative = is_minus(c, i);
    let mut start = if negative { i - 1 } else { i };
    if let Some((s, m)) = modifier::prefix(c, i) {
        start = s;
        if comparator == Comparator::Exact {
            comparator = m;
        }
    }
    let mut t = token(start, end, value, unit, Form::Quantity);
    t.comparator = comparator;
    t.negative = negative;
    (Ok(t), end)
}

/// Where the magnitude and base unit after char `j` end (`10万人口` →
/// after `万人`), or `j`.
fn past_unit(c: &Chars, j: usize) -> usize {
    let k = j + unit::magnitude(c, j).map_or(0, |m| m.chars().count());
    k + unit::base(c, k).map_or(0, |b| b.chars().count())
}

/// `增长-18.9%`: a minus right after a Chinese word (a range's dash follows
/// a unit or digit instead: `5%-6%`).
fn is_minus(c: &Chars, i: usize) -> bool {
    i >= 2 && MINUS.contains(&c.cs[i - 1]) && is_han(c.cs[i - 2])
}

/// `14.2:45.6:40.2`: a bare number with a colon and a digit on one side.
fn is_ratio_part(c: &Chars, i: usize, j: usize) -> bool {
    let mark_digit = |m: Option<char>, d: Option<char>| {
        m.is_some_and(|m| RATIO_MARKS.contains(&m)) && d.is_some_and(is_digit)
    };
    let before = i >= 2 && mark_digit(c.get(i - 1), c.get(i - 2));
    let after = mark_digit(c.get(j), c.get(j + 1));
    before || after
}

/// Between a fraction's numerator and denominator written with digits.
const FRACTION_BAR: char = '/';

/// The largest denominator read as a fraction: reports write parts of a
/// whole in small terms (`3/4`, `3/5`); a larger one is more likely a
/// date, a code or a page number than a share.
const MAX_DENOMINATOR: f64 = 100.0;

/// `超过3/4`, `3/5以上`: a part of a whole written with a slash, read as the
/// same fraction in words is (`超过四分之三`): the quotient with no unit, a
/// share, bounds around it kept in `raw`. Only a proper fraction of whole
/// numbers not run on into more digits or a unit (`36微克/立方米` has its
/// unit between; `2/3/4` is no fraction).
fn slash_fraction(c: &Chars, i: usize, j: usize, part: f64) -> Option<Token> {
    if c.get(j) != Some(FRACTION_BAR) || !c.get(j + 1).is_some_and(is_digit) {
        return None;
    }
    let (whole, k) = read_arabic(c, j + 1);
    let whole = whole?;
    let whole_numbers = part.fract() == 0.0 && whole.fract() == 0.0;
    let proper = part > 0.0 && part < whole && whole <= MAX_DENOMINATOR;
    let run_on = c.get(k) == Some(FRACTION_BAR) || (i > 0 && c.cs[i - 1] == FRACTION_BAR);
    if !whole_numbers || !proper || run_on || c.str(i, k).contains('.') {
        return None;
    }
    let mut t = token(i, k, part / whole, "", Form::Quantity);
    t.ratio = true;
    Some(with_bounds(c, t, i, k))
}

/// `t`, read from `i` to `k`, widened over the bound words written around
/// it (`超过3/4`, `百分之四十以上`): a word after it sets the comparator,
/// one before it sets it only where none after did.
fn with_bounds(c: &Chars, mut t: Token, i: usize, k: usize) -> Token {
    if let Some((len, m)) = modifier::suffix(c, k) {
        t.comparator = m;
        t.b = k + len;
    }
    if let Some((s, m)) = modifier::prefix(c, i) {
        t.a = s;
        if t.comparator == Comparator::Exact {
            t.comparator = m;
        }
    }
    t
}

/// What may stand between a ratio's name and its bare value: the verbs of
/// a change from a baseline (`由2.31缩小到2.08`), digits of the baseline.
const TO_RATIO: &str = "由从为到至缩小扩大降低下提高升增加达";

/// How far back from a bare value its ratio's name may end.
const TO_RATIO_CHARS: usize = 12;

/// Chars before `比` that make it a comparison, not a ratio's name
/// (`同比`, `环比`, `相比`, `对比`).
const NOT_RATIO: [char; 4] = ['同', '环', '相', '对'];

/// The end of a rate's name (`死亡率`, `万人发明专利拥有率`).
const RATE_NAME: char = '率';

/// `城乡居民收入比由2.31缩小到2.08`: a bare number after a name ending in
/// `比` (a ratio has no unit), past only the verbs of a change.
fn names_a_ratio(c: &Chars, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k <= TO_RATIO_CHARS {
        let ch = c.cs[k - 1];
        // `煤矿百万吨死亡率下降到0.021`: a rate per some quantity, written
        // bare as a ratio is.
        if ch == RATE_NAME {
            return k >= 2 && is_han(c.cs[k - 2]);
        }
        if ch == '比' {
            return k >= 2 && is_han(c.cs[k - 2]) && !NOT_RATIO.contains(&c.cs[k - 2]);
        }
        if !(TO_RATIO.contains(ch) || ch.is_ascii_digit() || ch == '.') {
            return false;
        }
        k -= 1;
    }
    false
}

/// `12年来首次`: the first time in N years, a streak over years. The number
/// and `年来首次` are the record; what happened for the first time follows.
fn first_in_years(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    c.starts_with(j, "年来首次")
        .then(|| token(i, j + 4, value, "年", streak(true)))
}

/// `回落0.4和0.8个百分点`, `分别达到4.26和2.18万元`: a bare number joined
/// to the next one shares the unit written after that one, as the low end
/// of a range does (`60至80家`, `3—5个`: [`join_ranges`] then makes them
/// one record). Only a unit word counts (`1和2号线` names lines;
/// `2023和2024年`, `2021—2025年` are years).
fn shared_unit(c: &Chars, j: usize) -> Option<Text> {
    let from = match c.get(j)? {
        '和' | '、' => j + 1,
        // The longest mark first (`——` before `—`).
        _ => {
            j + RANGE_MARKS
                .iter()
                .find(|m| c.starts_with(j, m))?
                .chars()
                .count()
        }
    };
    let mut k = from;
    while c.get(k).is_some_and(|ch| ch.is_ascii_digit() || ch == '.') {
        k += 1;
    }
    if k == from {
        return None;
    }
    let magnitude = unit::magnitude(c, k);
    let base = unit::base(c, k + magnitude.map_or(0, |m| m.chars().count()))?;
    if exclude::is_time(base) {
        return None;
    }
    Some(match magnitude {
        Some(m) => Text::Owned(format!("{m}{base}")),
        None => Text::Borrowed(base),
    })
}

/// Verbs of a move in a ranking (`排名上升3位至第56位`).
pub const RANK_MOVES: [&str; 6] = ["上升", "提升", "前移", "跃升", "下降", "后退"];

/// `上升3位`: places gained or lost in a ranking, a rank record (its
/// direction is the verb's). Only after such a verb: `3位院士` counts people.
fn rank_move(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    // `位` first: every number asks, and few are followed by it.
    let moved = || i >= 2 && RANK_MOVES.contains(&c.str(i - 2, i));
    (c.get(j) == Some('位') && moved()).then(|| {
        let mut t = token(i, j + 1, value, "位", Form::Rank);
        // `前移3位以上`: a bound on the places gained.
        if let Some((len, m)) = modifier::suffix(c, j + 1) {
            t.b += len;
            t.comparator = m;
        }
        t
    })
}

/// `跻身全省县域经济30强` / `中国民营企业500强，`: a place among the
/// strongest N, when the list's name ends there. `世界500强企业` goes on
/// with a noun: the list names a kind of company, part of a subject.
fn rank_among_strongest(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    let ends = c
        .get(j + 1)
        .is_none_or(|ch| is_boundary(ch) || ch == '、' || ch == '第');
    (c.get(j) == Some('强') && ends).then(|| token(i, j + 1, value, "强", Form::Rank))
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

/// 连续12年 / 连续四年 / 连续8个月, and the ordinal form county reports
/// use for honours (`连续第三年跻身…`: the third year running, 3 years).
fn streak_span(c: &Chars, i: usize) -> Read {
    let from = if c.get(i + 2) == Some('第') {
        i + 3
    } else {
        i + 2
    };
    let Some((value, j)) = any_number(c, from) else {
        return (Err(Skip::NoUnit), i + 2);
    };
    match c.word_at(j, &STREAK_UNITS) {
        Some(u) => {
            let end = j + u.chars().count();
            let multi_year = matches!(u, "年" | "届")
                || PER_YEAR.iter().any(|&(unit, n)| unit == u && value > n);
            (Ok(token(i, end, value, u, streak(multi_year))), end)
        }
        None => (Err(Skip::NoUnit), j),
    }
}

/// 第二位 / 第一方阵 in a ranking context; 第十五届, 第一时间 are not ranks.
fn ordinal(c: &Chars, i: usize) -> Read {
    let Some((value, j)) = any_number(c, i + 1) else {
        return (Err(Skip::NoUnit), i + 1);
    };
    // 均保持全省第三: a rank may end the clause without a unit.
    let bare = c.get(j).is_none_or(|ch| is_boundary(ch) || ch == '、');
    let Some(u) = c.word_at(j, &["方阵", "位", "名"]).or(bare.then_some("")) else {
        return (Err(Skip::Ordinal), j);
    };
    let end = j + u.chars().count();
    if !exclude::is_rank_context(c, i) {
        return (Err(Skip::Ordinal), end);
    }
    (Ok(token(i, end, value, u, Form::Rank)), end)
}

/// 二十连丰 / 十七连增 / 两位数; any other run of Chinese numerals is skipped whole.
fn chinese(c: &Chars, i: usize) -> Read {
    let mut j = i;
    while c.get(j).is_some_and(numerals::is_numeral_char) {
        j += 1;
    }
    if let Some(t) = part_of_whole(c, i, j) {
        let end = t.b;
        return (Ok(t), end);
    }
    if exclude::is_per_base(c, i) {
        return (Err(Skip::PerBase), past_unit(c, j));
    }
    if let Some(t) = bound_amount(c, i, j) {
        let end = t.b;
        return (Ok(t), end);
    }
    let Some(value) = numerals::parse(c.str(i, j)) else {
        return (Err(Skip::NoUnit), j);
    };
    let value = value as f64;
    if c.starts_with(j, "连") && c.get(j + 1).is_some_and(|ch| STREAK_WORDS.contains(&ch)) {
        let unit = c.str(j, j + 2).to_owned();
        return (Ok(token(i, j + 2, value, unit, streak(true))), j + 2);
    }
    if j == i + 1 && c.starts_with(j, "位数") {
        return (Ok(digits_growth(i, j + 2, value)), j + 2);
    }
    if let Some(t) = first_in_years(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = rank_move(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = tenths(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = head_of(c, i, j) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = trailing_count(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    if let Some(t) = chinese_amount(c, i, j, value) {
        let end = t.b;
        return (Ok(t), end);
    }
    (Err(Skip::NoUnit), j)
}

/// Between a fraction's denominator and numerator (`四分之一`).
const PART_OF: &str = "分之";

/// `百分之四十二` / `四分之一`: a part of a whole in words. Per hundred it
/// is a percentage (42 %); any other denominator gives the quotient with
/// no unit, a share (0.25). Bounds on either side stay in `raw` as with
/// digits (`超过四分之一`, `百分之九十五以上`).
fn part_of_whole(c: &Chars, i: usize, j: usize) -> Option<Token> {
    if !c.starts_with(j, PART_OF) {
        return None;
    }
    let whole = numerals::parse(c.str(i, j)).filter(|&n| n > 0)?;
    let from = j + PART_OF.chars().count();
    let mut k = from;
    while c.get(k).is_some_and(numerals::is_numeral_char) {
        k += 1;
    }
    let part = numerals::parse(c.str(from, k))? as f64;
    let t = if whole == 100 {
        token(i, k, part, "%", Form::Quantity)
    } else {
        let mut t = token(i, k, part / whole as f64, "", Form::Quantity);
        t.ratio = true;
        t
    };
    Some(with_bounds(c, t, i, k))
}

/// `两位数增长`: growth of at least 10% (three digits, at least 100%): the
/// smallest number with that many digits, as a floor in percent.
fn digits_growth(a: usize, b: usize, digits: f64) -> Token {
    let mut t = token(a, b, 10f64.powf(digits - 1.0), "%", Form::Digits);
    t.comparator = Comparator::AtLeast;
    t
}

/// Verbs of a change a `成` (tenth) may measure: `增长两成`, `下降一成`.
const CHANGES_IN_TENTHS: [&str; 6] = ["增长", "提高", "增加", "下降", "减少", "降低"];

/// `增长两成以上`, `较上年增长一成`, `增长近三成`: a change in tenths, as
/// written (value 2, unit 成; docs/scheme.md). Only right after a verb of
/// change (past a bound): elsewhere `成` is a verb (`三成员`, `一成不变`).
fn tenths(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    if c.get(j) != Some('成') || value > 10.0 {
        return None;
    }
    let prefix = modifier::prefix(c, i);
    let from = prefix.map_or(i, |(s, _)| s);
    if !CHANGES_IN_TENTHS.iter().any(|w| c.ends_with(from, w)) {
        return None;
    }
    let mut t = token(from, j + 1, value, "成", Form::Quantity);
    if let Some((len, m)) = modifier::suffix(c, j + 1) {
        t.comparator = m;
        t.b = j + 1 + len;
    } else if let Some((_, m)) = prefix {
        t.comparator = m;
    }
    Some(t)
}

/// `居全市三县之首`: first among N places, a rank of 1.
fn head_of(c: &Chars, i: usize, j: usize) -> Option<Token> {
    let place = c.get(j).is_some_and(is_han);
    (place && c.starts_with(j + 1, "之首")).then(|| token(i, j + 3, 1.0, "", Form::Rank))
}

/// `位居全省前十`: a place among the first N of a ranking, a rank of N.
/// Only where a ranking stands before it and the clause ends after it
/// (`前三季度` is a time).
fn top_n(c: &Chars, i: usize) -> Option<Token> {
    if c.get(i + 1).is_some_and(|ch| ch.is_ascii_digit()) {
        return top_places(c, i);
    }
    let mut j = i + 1;
    while c.get(j).is_some_and(numerals::is_numeral_char) {
        j += 1;
    }
    let value = numerals::parse(c.str(i + 1, j))?;
    let bare = c.get(j).is_none_or(|ch| is_boundary(ch) || ch == '、');
    (j > i + 1 && bare && exclude::is_rank_context(c, i))
        .then(|| token(i, j, value as f64, "", Form::Rank))
}

/// `努力进入前50位`: a place among the first N places of a ranking, written
/// in digits with its `位`.
fn top_places(c: &Chars, i: usize) -> Option<Token> {
    let mut j = i + 1;
    while c.get(j).is_some_and(|ch| ch.is_ascii_digit()) {
        j += 1;
    }
    // From the folded chars: `c.str` is the text as written (`５０`).
    let value = c.cs[i + 1..j]
        .iter()
        .filter_map(|d| d.to_digit(10))
        .fold(0.0, |v, d| v * 10.0 + f64::from(d));
    let bare = c.get(j + 1).is_none_or(|ch| is_boundary(ch) || ch == '、');
    (c.get(j) == Some('位') && bare && exclude::is_rank_context(c, i))
        .then(|| token(i, j + 1, value, "位", Form::Rank))
}

/// `突破二百万千瓦` / `突破千万人次` / `突破十五万户`: after a bound, the
/// numerals before a magnitude are the value (200 万千瓦, 1000 万人次),
/// whatever base unit follows. The shortest such reading, so that `千` of
/// `千瓦` and `万` of the magnitude are not read as numerals.
fn bound_amount(c: &Chars, i: usize, j: usize) -> Option<Token> {
    let (s, cmp) = modifier::prefix(c, i)?;
    (i + 1..=j).find_map(|split| {
        let value = numerals::parse(c.str(i, split))?;
        // `二百万千瓦` is 200 万千瓦, not 2 百万千瓦: the numerals take 千
        // and 百, the magnitude is 万 or 亿.
        let m = unit::magnitude(c, split).filter(|m| !m.starts_with(['千', '百']))?;
        let k = split + m.chars().count();
        let b = unit::base(c, k)?;
        let end = k + b.chars().count();
        // `百亿元企业`: a size class inside a subject.
        if c.get(end).is_some_and(is_han) {
            return None;
        }
        let mut t = token(s, end, value as f64, format!("{m}{b}"), Form::Quantity);
        t.comparator = cmp;
        Some(t)
    })
}

/// Chars before a count that make it no noun's (`每两个`, `这两家`).
const NOT_COUNTED_AFTER: [char; 5] = ['这', '那', '每', '各', '近'];

/// `新增国家级绿色工厂两个`, `培育百亿级企业两家`, `…企业百家以上`,
/// `净增一千二百余家`: a count in Chinese numerals written after its noun,
/// ending its clause (with a bound or not). Inside a clause such numerals
/// are names (`两个确立`).
fn trailing_count(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    let noun = i
        .checked_sub(1)
        .and_then(|k| c.get(k))
        .is_some_and(|ch| is_han(ch) && !NOT_COUNTED_AFTER.contains(&ch));
    if !noun || c.str(i, j).contains(['万', '亿']) {
        return None;
    }
    // `一千二百余家`: more than the round number, as `3000余户` is.
    let more = modifier::is_infix(c.get(j));
    let at = if more { j + 1 } else { j };
    let base = unit::base(c, at).filter(|b| unit::is_count(b))?;
    let mut end = at + base.chars().count();
    let mut comparator = if more {
        Comparator::AtLeast
    } else {
        Comparator::Exact
    };
    if let Some((len, m)) = modifier::suffix(c, end) {
        comparator = m;
        end += len;
    }
    let ends = c.get(end).is_none_or(|ch| is_boundary(ch) || ch == '、');
    ends.then(|| {
        let mut t = token(i, end, value, base, Form::Quantity);
        t.comparator = comparator;
        t
    })
}

/// `突破百亿元` / `十件`: an amount in Chinese numerals, read as written
/// (`百亿元` is 100 亿元, like `100亿元`). Taken only where it cannot be a
/// name or a list marker: a money amount after a bound (突破, 超过), or a
/// count of ten or more right before its noun.
fn chinese_amount(c: &Chars, i: usize, j: usize, value: f64) -> Option<Token> {
    if let Some(m) = unit::magnitude(c, j).filter(|_| modifier::prefix(c, i).is_some()) {
        let k = j + m.chars().count();
        let b = unit::base(c, k).filter(|b| *b == "元")?;
        let end = k + b.chars().count();
        // `百亿元企业`: a size class inside a subject.
        if c.get(end).is_some_and(is_han) {
            return None;
        }
        let (s, cmp) = modifier::prefix(c, i)?;
        let mut t = token(s, end, value, format!("{m}{b}"), Form::Quantity);
        t.comparator = cmp;
        return Some(t);
    }
    // `十万人` would need the magnitude kept apart; no such count seen yet.
    if c.str(i, j).contains(['万', '亿']) {
        return None;
    }
    let base = unit::base(c, j).filter(|b| unit::is_count(b) && *b != "个")?;
    let k = j + base.chars().count();
    // `百家以上企业`: a size class, not a count of the noun.
    let noun = c.get(k).is_some_and(is_han) && modifier::suffix(c, k).is_none();
    (value >= 10.0 && noun).then(|| token(i, j + base.chars().count(), value, base, Form::Quantity))
}

/// What the written form says beyond the verb before it: a part of a
/// ratio is a share, and growth written with a minus is a fall.
pub fn as_written(t: &Token, coded: (Kind, Direction)) -> (Kind, Direction) {
    match coded {
        _ if t.ratio => (Kind::Share, Direction::None),
        (Kind::Growth, Direction::Up) if t.negative => (Kind::Growth, Direction::Down),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::scan;
    use crate::extract::chars::Chars;
    use crate::model::Span;

    fn raws(text: &str) -> Vec<(String, f64, String)> {
        let c = Chars::new(text, Span::new(0, text.len()));
        scan(&c)
            .iter()
            .map(|t| (c.str(t.a, t.b).to_owned(), t.value, t.unit.to_string()))
            .collect()
    }

    #[test]
    fn typeset_ratios_and_ordinal_streaks_are_read() {
        let got = raws("三次产业比调整为11.8︰48.3︰39.9。");
        let parts: Vec<f64> = got.iter().map(|r| r.1).collect();
        assert_eq!(parts, [11.8, 48.3, 39.9]);
        let got = raws("由24.6∶38.2∶37.2调整为18.4∶36.9∶44.7。");
        let parts: Vec<f64> = got.iter().map(|r| r.1).collect();
        assert_eq!(parts, [24.6, 38.2, 37.2, 18.4, 36.9, 44.7]);
        let got = raws("连续第三年跻身全省十强县。");
        assert_eq!(got, [("连续第三年".to_owned(), 3.0, "年".to_owned())]);
    }

    #[test]
    fn a_bare_number_shares_the_unit_of_the_next() {
        let got = raws("分别回落0.4和0.8个百分点，1和2号线，2023和2024年。");
        let units: Vec<(&str, &str)> = got.iter().map(|r| (r.0.as_str(), r.2.as_str())).collect();
        assert_eq!(units, [("0.4", "个百分点"), ("0.8个百分点", "个百分点")]);
        let got = raws("装机86兆瓦，发电量42亿度，苗木16万株，均重121公斤。");
        let units: Vec<&str> = got.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(units, ["兆瓦", "亿度", "万株", "公斤"]);
    }

    #[test]
    fn chinese_counts_after_their_noun_end_the_clause() {
        let got = raws("新增国家级绿色工厂两个；培育百亿级企业两家，新增企业百家以上。");
        assert_eq!(
            got,
            [
                ("两个".to_owned(), 2.0, "个".to_owned()),
                ("两家".to_owned(), 2.0, "家".to_owned()),
                ("百家以上".to_owned(), 100.0, "家".to_owned()),
            ]
        );
        // Inside a clause they are names; after `这` no noun's count.
        assert!(raws("坚决做到两个维护，抓好这两个。").is_empty());
        // A size class before a noun is no count.
        assert!(raws("引进百家以上企业。").is_empty());
    }

    #[test]
    fn tenths_only_after_a_verb_of_change() {
        let got = raws("增长两成以上，较上年同期下降近一成。");
        let read: Vec<(&str, f64)> = got.iter().map(|r| (r.0.as_str(), r.1)).collect();
        assert_eq!(read, [("两成以上", 2.0), ("近一成", 1.0)]);
        // Elsewhere 成 is a verb or part of a word.
        assert!(raws("坚持一成不变，十成员，三成立。").is_empty());
    }

    #[test]
    fn a_named_ratio_has_a_bare_value() {
        let got = raws("城乡居民收入比由2.31缩小到2.08，同比2.5，比重由3提高到4。");
        let values: Vec<f64> = got.iter().map(|r| r.1).collect();
        assert_eq!(values, [2.31, 2.08]);
    }

    #[test]
    fn moves_in_a_ranking_and_more_than_an_amount_are_read() {
        let got = raws("排名上升3位至第56位，引进3位院士。");
        let firsts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(firsts, ["3位", "第56位"]);
        let got = raws("位次前移两位、居第6位。");
        let firsts: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(firsts, ["两位", "第6位"]);
        let got = raws("比2015年增加1210多亿元");
        assert_eq!(
            got.last().map(|r| (r.0.as_str(), r.1)),
            Some(("1210多亿元", 1210.0))
        );
    }
}
