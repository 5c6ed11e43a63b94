//! The report year and the review year from what the text says outside its
//! numbered part headings (which `extract` already reads).

/// The first plausible year (1949–2099) written as four digits and 年 in
/// `s`: `1980亿元` is an amount, `2024年` a year.
pub fn first_year(s: &str) -> Option<u16> {
    let bytes = s.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let w = &bytes[i..i + 4];
        let alone = (i == 0 || !bytes[i - 1].is_ascii_digit())
            && s.get(i + 4..).is_some_and(|r| r.starts_with('年'));
        if !alone || !w.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let year: u16 = s[i..i + 4].parse().ok()?;
        (1949..=2099).contains(&year).then_some(year)
    })
}

/// A year a heading names, and whether it is the review (`2024年工作回顾`)
/// or the plan (`2025年工作安排`). Headings are short lines without a full
/// stop, numbered or not.
pub enum Named {
    Review(u16),
    Plan(u16),
}

pub fn in_heading(line: &str) -> Option<Named> {
    let line = line.trim();
    if line.chars().count() > 40 || line.contains('。') {
        return None;
    }
    let year = first_year(line)?;
    if line.contains("回顾") || line.contains("总结") {
        Some(Named::Review(year))
    } else if ["工作安排", "重点工作", "主要任务", "工作任务", "工作目标"]
        .iter()
        .any(|w| line.contains(w))
    {
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
    let opens = p.starts_with(&format!("{year}年"));
    let rest = p.get(4 + '年'.len_utf8()..).unwrap_or("");
    if ["总体要求", "预期目标", "主要目标"]
        .iter()
        .any(|w| first.contains(w))
        || (opens && rest.starts_with('是'))
    {
        return Some(Named::Plan(year));
    }
    // Not 要 alone: 主要 opens many a review (`2024年，全市主要经济指标…`).
    let looks_ahead = ["将", "力争", "确保", "目标", "计划"]
        .iter()
        .any(|w| first.contains(w));
    (opens && rest.starts_with(['，', ',']) && !looks_ahead).then_some(Named::Review(year))
}
