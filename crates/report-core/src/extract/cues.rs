//! Year cues: the words, and the small rules over them, that say which
//! year a heading or a paragraph is about and whether it reviews or plans.
//! The one source for the extractor's periods (`period`, `meta`, the part
//! headings in `extract`) and for the inference of a report's years from
//! a text (`ingest::years`). Where the two read differently, it is
//! because they know different things: the extractor knows the years the
//! report reviews and plans, the inference is looking for them.

use std::ops::RangeInclusive;

use super::chars::{fold_width, is_digit, starts};

/// The years a report can name (`1980亿元` is an amount, not a year).
const YEARS: RangeInclusive<u16> = 1949..=2099;

/// A heading of the part that reviews (`一、2024年工作回顾`).
pub const REVIEW_HEADING: [&str; 2] = ["回顾", "总结"];

/// A numbered part heading that plans (`二、2025年重点工作任务`,
/// `二、2025年发展目标`): the numbering already says it is a part, so a
/// short word is enough.
pub const PLAN_PART: [&str; 4] = ["任务", "安排", "计划", "目标"];

/// An unnumbered line that plans: any short line may be a heading, so
/// only whole phrases count.
pub const PLAN_LINE: [&str; 5] = ["工作安排", "重点工作", "主要任务", "工作任务", "工作目标"];

/// Openings of a paragraph that reviews last year.
pub const REVIEW_OPENINGS: [&str; 5] = ["过去一年", "去年", "一年来", "预计", "初步预计"];

/// The opening of a paragraph about this year so far, inside a review part
/// (`一、2019年和今年以来工作回顾`): what has happened in the report year,
/// dated that year and `actual` (tests/fixtures/corpus/README.md).
pub const SO_FAR: &str = "今年以来";

/// Openings of a paragraph that plans this year.
pub const PLAN_OPENINGS: [&str; 3] = ["今年", "做好今年", "全年目标"];

/// The words of a target list or a year-opening line (`…的总体要求是`):
/// a name, then one of [`LIST_MARKS`]. A name alone is not enough
/// (`全面完成年度预期目标` reviews).
pub const LIST_NAMES: [&str; 3] = ["预期目标", "总体要求", "主要目标"];

/// What follows a list's name: `是`, `为`, a colon.
pub const LIST_MARKS: [&str; 4] = ["是", "为", "：", ":"];

/// Words of a year-dated paragraph that looks ahead rather than back.
/// Not 要 alone: 主要 opens many a review (`2024年，全市主要经济指标…`).
pub const LOOKS_AHEAD: [&str; 5] = ["将", "力争", "确保", "目标", "计划"];

/// Four digits at byte `i` of `s`, ASCII or full-width (`２０２４`, as
/// typeset reports and pasted pages often write the year), not run on
/// from a digit before or after: the number and its length in bytes.
pub fn four_digits_at(s: &str, i: usize) -> Option<(u16, usize)> {
    let rest = s.get(i..)?;
    if s[..i].chars().next_back().is_some_and(is_digit) {
        return None;
    }
    let mut value = 0u16;
    let mut len = 0;
    for c in rest.chars().take(4) {
        let d = fold_width(c).to_digit(10)?;
        value = value * 10 + d as u16;
        len += c.len_utf8();
    }
    let after = rest[len..].chars().next();
    (len > 0 && rest[..len].chars().count() == 4 && !after.is_some_and(is_digit))
        .then_some((value, len))
}

/// The year written as four digits and 年 at byte `i` of `s`: the year
/// and the bytes of its digits.
fn year_at(s: &str, i: usize) -> Option<(u16, usize)> {
    let (year, len) = four_digits_at(s, i)?;
    let nian = s[i + len..].starts_with('年');
    (nian && YEARS.contains(&year)).then_some((year, len))
}

/// The first year written in `s` (`2024年`, `２０２４年`).
pub fn first_year(s: &str) -> Option<u16> {
    s.char_indices()
        .find_map(|(i, c)| is_digit(c).then(|| year_at(s, i)).flatten())
        .map(|(y, _)| y)
}

/// The year a heading names: written with 年 (`一、2024年工作回顾`), or
/// without it where a heading runs the year into its words
/// (`一、回顾2023，砥砺奋进`). Prose needs the 年 ([`first_year`]): a
/// four-digit amount (`实现1980亿元`) would read as a year.
pub fn heading_year(heading: &str) -> Option<u16> {
    first_year(heading).or_else(|| {
        heading.char_indices().find_map(|(i, c)| {
            is_digit(c)
                .then(|| four_digits_at(heading, i))
                .flatten()
                .map(|(y, _)| y)
                .filter(|y| YEARS.contains(y))
        })
    })
}

/// A numbered part heading that plans: a plan word ([`PLAN_PART`], or a
/// phrase of [`PLAN_LINE`]) and no review word.
pub fn is_plan_part(heading: &str) -> bool {
    !is_review_heading(heading)
        && PLAN_PART
            .iter()
            .chain(&PLAN_LINE)
            .any(|w| heading.contains(w))
}

/// A year-dated opening (`2024年，…`, `2025年全县…`): the year and the rest.
pub fn leading_year(head: &str) -> Option<(u16, &str)> {
    let (year, len) = year_at(head, 0)?;
    let rest = &head[len + '年'.len_utf8()..];
    (!rest.starts_with(is_digit)).then_some((year, rest))
}

/// `2024年，…`: a year and a comma open the paragraph.
pub fn year_then_comma(head: &str) -> Option<u16> {
    leading_year(head).and_then(|(y, rest)| rest.starts_with(['，', ',']).then_some(y))
}

/// What follows a year that opens a sentence in a clause of its own
/// (`2023年，预计全市…` → `预计全市…`): such a year only dates what follows,
/// as `今年，` does. `s` as it is otherwise.
pub fn past_year_opener(s: &str) -> &str {
    leading_year(s)
        .and_then(|(_, rest)| rest.strip_prefix(['，', ',']))
        .unwrap_or(s)
}

pub fn is_review_heading(heading: &str) -> bool {
    REVIEW_HEADING.iter().any(|w| heading.contains(w))
}

pub fn opens_review(head: &str) -> bool {
    REVIEW_OPENINGS.iter().any(|w| starts(head, w))
}

pub fn opens_plan(head: &str) -> bool {
    PLAN_OPENINGS.iter().any(|w| starts(head, w))
}

/// `主要预期目标是：`, `…的总体要求为`: a target list or a year-opening line.
pub fn names_plan_list(s: &str) -> bool {
    // Each name found by its last char (`标`, `求`: rarer than the first)
    // through the char search's memchr, then checked around it: a
    // substring search per name costs its setup on every paragraph, and a
    // byte-by-byte pass costs the whole of a long one.
    LIST_NAMES.iter().any(|name| {
        let Some(last) = name.chars().next_back() else {
            return false;
        };
        s.match_indices(last).any(|(j, _)| {
            let end = j + last.len_utf8();
            s[..end].ends_with(name) && LIST_MARKS.iter().any(|m| s[end..].starts_with(m))
        })
    })
}

pub fn looks_ahead(s: &str) -> bool {
    LOOKS_AHEAD.iter().any(|w| s.contains(w))
}

/// A year a heading or paragraph names, and whether it is the review year
/// or the plan year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    Review(u16),
    Plan(u16),
}

/// The longest line taken for an unnumbered heading.
const HEADING_CHARS: usize = 40;

/// A year a heading names (`2024年工作回顾`, `2025年工作安排`). Headings
/// are short lines without a full stop, numbered or not.
pub fn in_heading(line: &str) -> Option<Named> {
    let line = line.trim();
    if line.chars().count() > HEADING_CHARS || line.contains('。') {
        return None;
    }
    let year = heading_year(line)?;
    if is_review_heading(line) {
        Some(Named::Review(year))
    } else if PLAN_LINE.iter().any(|w| line.contains(w)) {
        Some(Named::Plan(year))
    } else {
        None
    }
}

/// A year the prose gives away, for texts without headings: the plan year
/// opens its part (`2025年是…之年`, `2025年全县经济社会发展的总体要求是`,
/// `…的主要预期目标是`), the review year opens a paragraph of results
/// (`2024年，全市经济持续回升向好`), unless that paragraph looks ahead.
pub fn in_prose(paragraph: &str) -> Option<Named> {
    let p = paragraph.trim_start_matches(|c: char| c.is_whitespace());
    let first = p.split('。').next().unwrap_or(p);
    let year = first_year(first)?;
    let opening = leading_year(p).filter(|&(y, _)| y == year);
    if names_plan_list(first) || opening.is_some_and(|(_, rest)| rest.starts_with('是')) {
        return Some(Named::Plan(year));
    }
    (year_then_comma(p) == Some(year) && !looks_ahead(first)).then_some(Named::Review(year))
}

#[cfg(test)]
mod tests {
    use super::{
        first_year, heading_year, in_heading, in_prose, leading_year, names_plan_list, Named,
    };

    #[test]
    fn a_heading_may_run_its_year_into_its_words() {
        assert_eq!(heading_year("一、回顾2023，砥砺奋进"), Some(2023));
        assert_eq!(first_year("一、回顾2023，砥砺奋进"), None);
        assert_eq!(heading_year("二、2025年重点工作"), Some(2025));
        assert_eq!(heading_year("实现12024项"), None);
        assert_eq!(
            in_heading("一、回顾2023，砥砺奋进"),
            Some(Named::Review(2023))
        );
    }

    #[test]
    fn years_are_four_digits_and_nian() {
        assert_eq!(first_year("实现1980亿元，2024年"), Some(2024));
        assert_eq!(first_year("12024年"), None);
        assert_eq!(first_year("1900年"), None);
        assert_eq!(leading_year("2024年，"), Some((2024, "，")));
        assert_eq!(leading_year("20245年"), None);
        assert_eq!(leading_year("2024年1月"), None);
        // Typeset reports write years in full-width digits.
        assert_eq!(first_year("一、２０２２年工作回顾"), Some(2022));
        assert_eq!(leading_year("２０２２年，"), Some((2022, "，")));
        assert_eq!(leading_year("２０２３年１月"), None);
        assert_eq!(first_year("１２０２４年"), None);
    }

    #[test]
    fn headings_and_prose_name_years() {
        assert_eq!(in_heading("一、2024年工作回顾"), Some(Named::Review(2024)));
        assert_eq!(in_heading("2025年重点工作"), Some(Named::Plan(2025)));
        assert_eq!(in_heading("2025年全市经济运行平稳。"), None);
        assert_eq!(
            in_prose("2025年是“十四五”规划收官之年。"),
            Some(Named::Plan(2025))
        );
        assert_eq!(
            in_prose("2025年全县经济社会发展的总体要求是：稳中求进。"),
            Some(Named::Plan(2025))
        );
        assert_eq!(
            in_prose("2024年，全市主要经济指标好于预期。"),
            Some(Named::Review(2024))
        );
        assert_eq!(in_prose("2025年，我们将力争增长6%。"), None);
        assert!(names_plan_list("主要预期目标是："));
        assert!(!names_plan_list("全面完成年度预期目标。"));
        // The first mention may lack the mark and a later one have it.
        assert!(names_plan_list("完成预期目标，今年总体要求为："));
        assert!(names_plan_list("x主要目标:"));
        assert!(!names_plan_list("主要目标"));
        assert!(!names_plan_list(""));
    }
}
