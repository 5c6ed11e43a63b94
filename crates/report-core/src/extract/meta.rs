//! The report's metadata, read from its headings and opening lines.

use crate::extract::cues;
use crate::extract::period::{self, Mode};
use crate::extract::Options;
use crate::model::Meta;
use crate::structure::{Document, Marker};

/// Years come from the part headings, read with the extractor's cues (the
/// same year reader and words that place its sentences): the part that
/// reviews (`回顾`, `总结`) names the review year, the part that plans
/// (`任务`, `安排`, `目标`, `重点工作`) names the report year. Either one
/// implies the other.
pub fn read(text: &str, doc: &Document, options: &Options) -> Meta {
    let mut review_year = None;
    let mut report_year = options.report_year;
    for s in doc.sections.iter().filter(|s| s.marker == Marker::Part) {
        let heading = s.heading.of(text);
        let Some(year) = cues::heading_year(heading) else {
            continue;
        };
        if review_year.is_none() && cues::is_review_heading(heading) {
            review_year = Some(year);
        } else if report_year.is_none() && cues::is_plan_part(heading) {
            report_year = Some(year);
        }
    }
    if report_year.is_none() && review_year.is_none() {
        (review_year, report_year) = stated_years(text, doc);
    }
    if options.report_year.is_some() || options.review_year.is_some() {
        review_year = options
            .review_year
            .or(options.report_year.and_then(|y| y.checked_sub(1)));
    }
    let report_year = report_year.or(review_year.and_then(|y| y.checked_add(1)));
    let review_year = review_year.or(report_year.and_then(|y| y.checked_sub(1)));
    let city = options
        .city
        .clone()
        .or_else(|| guess_city(text, doc))
        .unwrap_or_default();
    let title = match (doc.title_line(text), report_year) {
        (Some(line), _) => line.to_owned(),
        (None, Some(year)) => format!("{city}{year}年政府工作报告"),
        (None, None) => format!("{city}政府工作报告"),
    };
    let level = options
        .level
        .or_else(|| crate::ingest::level_of(&city))
        .map_or_else(String::new, |l| l.id().to_owned());
    Meta {
        city,
        level,
        report_year,
        review_year,
        title,
        source: options.source.clone(),
        id: crate::ingest::report_id(text),
    }
}

/// The years the text states outside part headings, first found first: a
/// title (`2025年政府工作报告`) or a signature (`——2025年1月4日在…`) gives the
/// report year; a paragraph that opens `2024年，全市…` gives the review year,
/// one that opens `2025年全县…的总体要求是` or holds a target list the
/// report year. Returns (review year, report year), one of them or neither.
fn stated_years(text: &str, doc: &Document) -> (Option<u16>, Option<u16>) {
    let title = doc.title.map(|t| t.of(text)).unwrap_or_default();
    if let Some(year) = cues::heading_year(title).filter(|_| title.contains("报告")) {
        return (None, Some(year));
    }
    for p in &doc.paragraphs {
        let head = p.span.of(text).trim_start();
        if let Some(date) = head.strip_prefix("——") {
            if let Some((year, rest)) = cues::leading_year(date) {
                if rest.contains('月') && rest.contains('在') {
                    return (None, Some(year));
                }
            }
            continue;
        }
        // Only a paragraph that opens with its year can state one: the
        // year is read first (the same in the first sentence as in the
        // paragraph, since it ends before any `。`), and the opening (which
        // the extraction reads again, with the years known) only for those
        // few paragraphs.
        let Some((year, _)) = cues::leading_year(head) else {
            continue;
        };
        let first = head.split(['。', '；']).next().unwrap_or_default();
        match period::opening(first, None, None) {
            Some(Mode::Review) => return (Some(year), None),
            Some(Mode::Plan) => return (None, Some(year)),
            _ => {}
        }
    }
    (None, None)
}

/// The city as the text names itself: a title line (`某某市2024年政府工作报告`)
/// or a signature line (`——在某某市第十五届人民代表大会…`). Reports often
/// say only 我市, so this is often empty.
fn guess_city(text: &str, doc: &Document) -> Option<String> {
    let title = doc.title.map(|t| t.of(text)).unwrap_or_default();
    if let Some(name) = title.split('市').next().filter(|_| title.contains('市')) {
        if is_place(name) && title.contains("报告") {
            return Some(format!("{name}市"));
        }
    }
    let head_end = text.char_indices().nth(300).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    head.match_indices('在').find_map(|(i, _)| {
        let rest = &head[i + '在'.len_utf8()..];
        let name = rest.split('市').next()?;
        let after = &rest[name.len()..];
        (after.starts_with("市第") && is_place(name)).then(|| format!("{name}市"))
    })
}

fn is_place(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n)
        && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        && !name.contains("人民")
}

#[cfg(test)]
mod tests {
    use crate::extract::cues::{in_heading, Named};
    use crate::extract::Options;

    #[test]
    fn part_headings_give_the_years_the_cues_read() {
        // One year reader and one word list: what `meta` takes from a part
        // heading is what `cues::in_heading` (the inference of a report's
        // years) reads from the same line.
        for heading in [
            "一、2024年工作回顾",
            "一、回顾2023，砥砺奋进",
            "一、“十三五”时期工作回顾：2020年",
            "二、2025年重点工作",
            "二、2025年工作安排",
            "二、２０２５年主要任务",
        ] {
            let text = format!("{heading}\n\n增长5%。\n");
            let doc = crate::structure::parse(&text);
            let meta = super::read(&text, &doc, &Options::default());
            let read = match in_heading(heading) {
                Some(Named::Review(y)) => (Some(y), y.checked_add(1)),
                Some(Named::Plan(y)) => (y.checked_sub(1), Some(y)),
                None => (None, None),
            };
            assert_eq!((meta.review_year, meta.report_year), read, "{heading}");
            assert!(read.0.is_some(), "{heading}");
        }
    }
}
