//! The report's metadata, read from its headings.

use crate::extract::Options;
use crate::model::Meta;
use crate::structure::{Document, Marker};

/// Years come from the part headings: the part that reviews (`回顾`,
/// `总结`) names the review year, the part that plans (`任务`, `安排`,
/// `目标`) names the report year. Either one implies the other.
pub fn read(text: &str, doc: &Document, options: &Options) -> Meta {
    let mut review_year = None;
    let mut report_year = options.report_year;
    for s in doc.sections.iter().filter(|s| s.marker == Marker::Part) {
        let heading = s.heading.of(text);
        let Some(year) = first_year(heading) else {
            continue;
        };
        if review_year.is_none() && (heading.contains("回顾") || heading.contains("总结")) {
            review_year = Some(year);
        } else if report_year.is_none()
            && ["任务", "安排", "目标", "工作"]
                .iter()
                .any(|w| heading.contains(w))
        {
            report_year = Some(year);
        }
    }
    if options.report_year.is_some() {
        review_year = options.report_year.and_then(|y| y.checked_sub(1));
    }
    let report_year = report_year.or(review_year.and_then(|y| y.checked_add(1)));
    let review_year = review_year.or(report_year.and_then(|y| y.checked_sub(1)));
    let city = options.city.clone().unwrap_or_default();
    let title = match (doc.title, report_year) {
        (Some(span), _) => span.of(text).to_owned(),
        (None, Some(year)) => format!("{city}{year}年政府工作报告"),
        (None, None) => format!("{city}政府工作报告"),
    };
    Meta {
        city,
        report_year,
        review_year,
        title,
        source: options.source.clone(),
    }
}

/// The first four-digit year (19xx or 20xx) written in `s`.
fn first_year(s: &str) -> Option<u16> {
    let bytes = s.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let w = &bytes[i..i + 4];
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        let after_ok = bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        (before_ok
            && after_ok
            && w.iter().all(u8::is_ascii_digit)
            && (w[0] == b'1' || w[0] == b'2'))
            .then(|| s[i..i + 4].parse().ok())
            .flatten()
    })
}
