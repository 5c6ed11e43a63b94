//! The report's title and part headings in English, where they follow a
//! pattern every report uses. A heading that names its own topic in its own
//! words (`（一）强化科技创新引领…`) stays Chinese.

use crate::i18n::Lang;

/// Part headings that have no year in them.
const HEADINGS: &[(&str, &str)] = &[
    (
        "加强政府自身建设",
        "Strengthening the government's own work",
    ),
    (
        "全面加强政府自身建设",
        "Strengthening the government's own work",
    ),
    ("过去一年工作回顾", "Review of the past year's work"),
    ("过去五年工作回顾", "Review of the past five years' work"),
    ("今年工作安排", "This year's work"),
    ("今年重点工作", "Key tasks for this year"),
];

/// `<year>年` headings: what follows the year, and the English around it.
const YEAR_HEADINGS: &[(&str, &str)] = &[
    ("工作回顾", "Review of work in {}"),
    ("重点工作任务", "Key tasks for {}"),
    ("重点工作", "Key tasks for {}"),
    ("工作安排", "Work for {}"),
    ("主要工作", "Main work for {}"),
    ("主要目标任务", "Main targets and tasks for {}"),
    (
        "工作总体要求和主要目标",
        "General requirements and main targets for {}",
    ),
];

const REPORT: &str = "政府工作报告";

/// `2024年政府工作报告` → `2024 Government Work Report`. A city before the
/// year stays in Chinese: there is no reviewed table of place names.
pub fn title(zh: &str) -> Option<String> {
    let (place, en) = title_parts(zh)?;
    Some(if place.is_empty() {
        en
    } else {
        format!("{place} {en}")
    })
}

/// The title's place as written (maybe empty), and the rest in English:
/// (`牡丹江市`, `2024 Government Work Report`).
pub fn title_parts(zh: &str) -> Option<(&str, String)> {
    let head = zh.trim().strip_suffix(REPORT)?;
    let Some(before) = head.strip_suffix('年') else {
        return head
            .is_empty()
            .then(|| ("", "Government Work Report".to_owned()));
    };
    let (place, year) = split_year(before)?;
    Some((place.trim(), format!("{year} Government Work Report")))
}

/// `一、2023年工作回顾` → `1. Review of work in 2023`.
pub fn heading(zh: &str) -> Option<String> {
    let (number, rest) = numbered(zh.trim());
    let body = HEADINGS
        .iter()
        .find(|(h, _)| *h == rest)
        .map(|&(_, en)| en.to_owned())
        .or_else(|| {
            let (before, after) = rest.split_once('年')?;
            let (place, year) = split_year(before)?;
            if !place.is_empty() {
                return None;
            }
            YEAR_HEADINGS
                .iter()
                .find(|(h, _)| *h == after)
                .map(|&(_, en)| en.replace("{}", year))
        })?;
    Some(match number {
        Some(n) => format!("{n}. {body}"),
        None => body,
    })
}

/// A path of headings (`一、2023年工作回顾 > 二是…`) in English, when every
/// heading in it has English.
pub fn path(zh: &str) -> Option<String> {
    zh.split(" > ")
        .map(heading)
        .collect::<Option<Vec<_>>>()
        .map(|parts| parts.join(" > "))
}

/// Each heading of a path in `lang`, with the language it is shown in: in
/// English where the glossary names that heading, else as written (as the
/// outline does); a heading is never half translated.
pub fn path_in(zh: &str, lang: Lang) -> Vec<(String, Lang)> {
    zh.split(" > ")
        .filter(|h| !h.is_empty())
        .map(|h| match (lang, heading(h)) {
            (Lang::En, Some(en)) => (en, Lang::En),
            _ => (h.to_owned(), Lang::Zh),
        })
        .collect()
}

/// `一、` numbering as a number, and the rest.
fn numbered(s: &str) -> (Option<u64>, &str) {
    if let Some((n, rest)) = s.split_once('、') {
        if let Some(v) = crate::numerals::parse(n) {
            return (Some(v), rest);
        }
    }
    (None, s)
}

/// `牡丹江市2024` → (`牡丹江市`, `2024`): four ASCII digits at the end.
fn split_year(s: &str) -> Option<(&str, &str)> {
    let cut = s.len().checked_sub(4)?;
    let (place, year) = (s.get(..cut)?, s.get(cut..)?);
    year.bytes()
        .all(|b| b.is_ascii_digit())
        .then_some((place, year))
}
