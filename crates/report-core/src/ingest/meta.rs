//! What a report is, inferred from its text, each answer with where it
//! came from, so the page can show an editable form that says why.
//!
//! It wraps the extractor's own reading (`extract`'s metadata: years from
//! the numbered part headings, a city from a title or signature) and adds
//! what that does not read: provinces, counties and districts as well as
//! cities, the level of government, years from the title and the signature
//! line, from unnumbered headings and, for texts without headings, from
//! the prose.
//!
//! Where two places disagree, the more explicit wins: title, then
//! signature, then headings, then cues in the prose.

use serde::Serialize;

use super::place::{self, Level, Signed};
use super::years::{self, Named};
use crate::coded::coded;
use crate::extract::{self, Options};

coded! {
    /// Where an inferred value was read.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Origin {
        /// The title line: `北湖区2024年政府工作报告`.
        Title = ("title", "标题", "title"),
        /// The line under the title: `——2024年1月18日在北湖区第六届人民代表大会第四次会议上`.
        Signature = ("signature", "署名行", "signature line"),
        /// A part heading: `一、2023年工作回顾`.
        Heading = ("heading", "部分标题", "part heading"),
        /// The prose: `我代表市人民政府`, `全县`, `2025年是…之年`.
        Cue = ("cue", "正文线索", "wording in the text"),
        /// Nothing in the text says it.
        #[default]
        None = ("none", "未识别", "not found"),
    }
}

/// One inferred value and where it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Inferred<T> {
    pub value: Option<T>,
    pub origin: Origin,
}

impl<T> Default for Inferred<T> {
    fn default() -> Self {
        Inferred {
            value: None,
            origin: Origin::None,
        }
    }
}

impl<T> Inferred<T> {
    fn found(value: T, origin: Origin) -> Self {
        Inferred {
            value: Some(value),
            origin,
        }
    }

    fn or_else(self, other: impl FnOnce() -> Inferred<T>) -> Inferred<T> {
        if self.value.is_some() {
            self
        } else {
            other()
        }
    }
}

/// What a report is, as far as its text says.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct InferredMeta {
    /// The title line as written.
    pub title: Inferred<String>,
    /// The place as named: `北湖区`, `北原省`, `临江县`.
    pub place: Inferred<String>,
    pub level: Inferred<Level>,
    /// The year the report plans for (the year it is delivered).
    pub report_year: Inferred<u16>,
    /// The year it looks back on.
    pub review_year: Inferred<u16>,
}

impl InferredMeta {
    /// The extractor's options for this report, as confirmed or edited in
    /// the form: the report year and the place, and the file as the source.
    pub fn options(&self, source: &str) -> Options {
        Options {
            report_year: self.report_year.value,
            city: self.place.value.clone(),
            source: source.to_owned(),
            level: self.level.value,
            review_year: None,
        }
    }
}

/// The lines where the title block is: a title, a signature and perhaps a
/// speaker's name come before the first sentence of prose.
const HEAD_LINES: usize = 12;

pub fn infer(text: &str) -> InferredMeta {
    infer_from(text, &extract::extract(text))
}

/// [`infer`] given the extractor's reading of `text` with no options
/// (`extract::extract(text)`), which the caller may then keep.
pub fn infer_from(text: &str, base: &crate::report::Report) -> InferredMeta {
    let head: Vec<&str> = lines(text).take(HEAD_LINES).collect();
    let title = (base.document.title_line(text))
        .map(str::to_owned)
        .or_else(|| head.iter().find(|l| is_title(l)).map(|l| (*l).to_owned()));
    let signature = head.iter().copied().find(|l| is_signature(l));

    let (place, level) = place_and_level(text, title.as_deref(), signature, &base.meta.city);
    // The extractor reads the years from part headings first, else from
    // cues in the prose (`过去一年`, a target list): say which.
    let base_origin = if base.document.sections.iter().any(|s| {
        s.marker == crate::structure::Marker::Part
            && years::first_year(s.heading.of(text)).is_some()
    }) {
        Origin::Heading
    } else {
        Origin::Cue
    };
    let (report_year, review_year) = years(
        text,
        title.as_deref(),
        signature,
        (base.meta.report_year, base.meta.review_year),
        base_origin,
    );
    InferredMeta {
        title: title.map_or_else(Inferred::default, |t| Inferred::found(t, Origin::Title)),
        place,
        level,
        report_year,
        review_year,
    }
}

/// The non-empty lines, trimmed. Old Mac (CR) and Unicode line ends count:
/// this runs before the extractor has read the text.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// A title line: short, no sentence punctuation, names a work report.
fn is_title(line: &str) -> bool {
    line.chars().count() <= 60 && line.contains("工作报告") && !line.contains(['。', '，'])
}

/// The line that says where and when the report was delivered: to a
/// people's congress, or, dated under a dash, to a zone's work conference
/// (`——2022年1月20日在某某高新区2022年工作会议上`).
fn is_signature(line: &str) -> bool {
    line.chars().count() <= 80
        && (line.contains("人民代表大会")
            || line.contains("人大")
            || line.trim_start().starts_with("——"))
        && line.contains("会议")
        && years::first_year(line).is_some()
}

fn place_and_level(
    text: &str,
    title: Option<&str>,
    signature: Option<&str>,
    base_city: &str,
) -> (Inferred<String>, Inferred<Level>) {
    let signed = signature.and_then(place::in_signature);
    let place = title
        .and_then(place::in_title)
        .map(|p| Inferred::found(p, Origin::Title))
        .or_else(|| match &signed {
            Some(Signed::Place(p)) => Some(Inferred::found(p.clone(), Origin::Signature)),
            _ => None,
        })
        .or_else(|| {
            // The extractor's guess reads the same two lines.
            (!base_city.is_empty()).then(|| {
                let origin = if title.is_some_and(|t| t.contains(base_city)) {
                    Origin::Title
                } else {
                    Origin::Signature
                };
                Inferred::found(base_city.to_owned(), origin)
            })
        })
        .unwrap_or_default();
    let level = match &place.value {
        // A named zone has no level, and no cue should invent one.
        Some(name) => place::level_of(name)
            .map_or_else(Inferred::default, |l| Inferred::found(l, place.origin)),
        None => match signed {
            Some(Signed::Level(l)) => Inferred::found(l, Origin::Signature),
            _ => place::by_cue(text)
                .map_or_else(Inferred::default, |l| Inferred::found(l, Origin::Cue)),
        },
    };
    (place, level)
}

fn years(
    text: &str,
    title: Option<&str>,
    signature: Option<&str>,
    (base_report, base_review): (Option<u16>, Option<u16>),
    base_origin: Origin,
) -> (Inferred<u16>, Inferred<u16>) {
    let explicit = title
        .and_then(years::first_year)
        .map(|y| Inferred::found(y, Origin::Title))
        .or_else(|| {
            signature
                .and_then(years::first_year)
                .map(|y| Inferred::found(y, Origin::Signature))
        });
    let from_base =
        || base_report.map_or_else(Inferred::default, |y| Inferred::found(y, base_origin));
    let report = explicit
        .unwrap_or_default()
        // A part heading's year first; the extractor's own cues last, after
        // this module's reading of unnumbered headings and prose.
        .or_else(|| match base_origin {
            Origin::Heading => from_base(),
            _ => Inferred::default(),
        })
        .or_else(|| {
            // Unnumbered headings, then the prose, in reading order.
            let mut prose = None;
            for line in lines(text) {
                if let Some(named) = years::in_heading(line) {
                    return plan_year(named, Origin::Heading);
                }
                if prose.is_none() {
                    prose = years::in_prose(line);
                }
            }
            prose.map_or_else(Inferred::default, |named| plan_year(named, Origin::Cue))
        })
        .or_else(from_base);
    let review = match report.value {
        Some(y) => y
            .checked_sub(1)
            .map_or_else(Inferred::default, |r| Inferred::found(r, report.origin)),
        None => base_review.map_or_else(Inferred::default, |y| Inferred::found(y, base_origin)),
    };
    (report, review)
}

/// The report year a named year implies: a review year is the year before.
fn plan_year(named: Named, origin: Origin) -> Inferred<u16> {
    let year = match named {
        Named::Plan(y) => Some(y),
        Named::Review(y) => y.checked_add(1),
    };
    year.map_or_else(Inferred::default, |y| Inferred::found(y, origin))
}
