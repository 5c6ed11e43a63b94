//! Reports built into the app: the shape the build script writes them in
//! (static rows, see [`codegen`]) and how they become a [`Report`] again.
//!
//! The build script (`build.rs` at the workspace root) reads every report
//! in `assets/data/reports/` with the extractor and its reviewed
//! corrections, and writes each as an [`Embedded`]: its text and the few
//! records its corrections changed ([`Fix`]). The page reads a report when
//! it first shows it, as it reads a report the user opens. Records written
//! ahead as tables cost the single file 7.4 KB of gzip for the report the
//! page opens on, over the 300 KB budget, and would save the live app only
//! the extractor's run (30–50 ms cold in Chromium): the first frame the
//! user sees is prerendered, so it does not wait for either.

pub mod codegen;

use crate::corrections;
use crate::extract::{self, Options};
use crate::ingest::{self, Level};
use crate::library::{self, Corrected, Stored};
use crate::model::{Comparator, Direction, Indicator, Kind, Meta, Period, Sector, Status, Text};
use crate::report::Report;

/// One report as the build wrote it.
pub struct Embedded {
    pub meta: MetaRow,
    /// What the extractor was told (the place, level and year the report's
    /// `.meta.json` sets over what the text says).
    pub options: OptionsRow,
    /// The text, as published.
    pub text: &'static str,
    /// How many records it has (for a list that does not read it).
    pub indicators: usize,
    /// The records its corrections replace, drop or add, by (start, raw).
    pub fixes: &'static [Fix],
}

impl Embedded {
    /// The report as the extractor reads it now, before its fixes.
    pub fn raw(&self) -> Report {
        extract::extract_with(self.text, &self.options.to_options(self.meta.source))
    }

    /// The report read by the extractor now, its fixes applied: what the
    /// build read.
    pub fn report(&self) -> Report {
        let mut report = self.raw();
        report.indicators = splice(
            std::mem::take(&mut report.indicators),
            self.fixes,
            self.text,
        );
        report.meta = self.meta.to_meta();
        report
    }
}

/// A report file as the build reads it: read as a report the user opens
/// is (`library::read`), with what its `.meta.json` sets (`place`, `level`,
/// `report_year`) over what the text says, then its reviewed corrections.
pub struct Prepared {
    pub options: Options,
    /// As the extractor reads it.
    pub raw: Report,
    /// Corrections applied.
    pub report: Report,
}

/// Reads `text` (from the file `source`) with its sidecars' JSON. An error
/// names what is wrong: a bad sidecar, a correction that no longer applies.
pub fn prepare(
    source: &str,
    text: &str,
    meta_json: Option<&str>,
    corrections_json: Option<&str>,
) -> Result<Prepared, String> {
    let corrected = match meta_json {
        Some(json) => sidecar_meta(json)?,
        None => Corrected::default(),
    };
    let stored = Stored {
        id: ingest::report_id(text),
        name: source.to_owned(),
        text: text.to_owned(),
        corrected,
    };
    let (inferred, raw) = library::read(&stored, None);
    let options = stored.corrected.options(&inferred, source);
    let mut report = raw.clone();
    if let Some(json) = corrections_json {
        let list = corrections::parse(json)?;
        let problems = corrections::apply(&mut report.indicators, &list);
        if !problems.is_empty() {
            return Err(format!(
                "corrections that no longer apply: {}",
                problems.join("; ")
            ));
        }
    }
    Ok(Prepared {
        options,
        raw,
        report,
    })
}

/// `{"place": …, "level": "city", "report_year": 2024, "review_year": 2021,
/// "why": …}`, each optional (a review year only where a report looks back
/// over another year than the one before it).
fn sidecar_meta(json: &str) -> Result<Corrected, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("meta: {e}"))?;
    let object = value.as_object().ok_or("meta: not a JSON object")?;
    let mut corrected = Corrected::default();
    for (key, v) in object {
        match key.as_str() {
            "place" => {
                corrected.place = Some(v.as_str().ok_or("meta: place is not text")?.to_owned())
            }
            "level" => {
                let id = v.as_str().unwrap_or_default();
                corrected.level =
                    Some(Level::from_id(id).ok_or_else(|| format!("meta: no level {v}"))?);
            }
            "report_year" | "review_year" => {
                let year = v.as_u64().and_then(|y| u16::try_from(y).ok());
                let year = Some(year.ok_or_else(|| format!("meta: no year {v}"))?);
                match key.as_str() {
                    "report_year" => corrected.report_year = year,
                    _ => corrected.review_year = year,
                }
            }
            "why" => {}
            other => return Err(format!("meta: unknown key {other}")),
        }
    }
    Ok(corrected)
}

/// [`Meta`] as a static row.
pub struct MetaRow {
    pub city: &'static str,
    pub level: &'static str,
    pub report_year: Option<u16>,
    pub review_year: Option<u16>,
    pub title: &'static str,
    pub source: &'static str,
    pub id: &'static str,
}

impl MetaRow {
    pub fn to_meta(&self) -> Meta {
        Meta {
            city: self.city.to_owned(),
            level: self.level.to_owned(),
            id: self.id.to_owned(),
            report_year: self.report_year,
            review_year: self.review_year,
            title: self.title.to_owned(),
            source: self.source.to_owned(),
        }
    }
}

/// [`Options`] as a static row (the source is the meta's).
pub struct OptionsRow {
    pub city: Option<&'static str>,
    pub level: Option<Level>,
    pub report_year: Option<u16>,
    pub review_year: Option<u16>,
}

impl OptionsRow {
    pub fn to_options(&self, source: &str) -> Options {
        Options {
            report_year: self.report_year,
            city: self.city.map(str::to_owned),
            source: source.to_owned(),
            level: self.level,
            review_year: self.review_year,
        }
    }
}

/// What a reviewed correction made of the record the extractor reads at
/// `start` as `raw`: another record, or none (dropped). A fix whose key the
/// extractor does not read is a record the corrections added.
pub struct Fix {
    pub start: usize,
    pub raw: &'static str,
    pub with: Option<IndicatorRow>,
}

/// `raw` with `fixes` applied: each fixed record replaced or dropped, the
/// added ones put in, in text order (as `corrections::apply` leaves them).
/// `text` is the report's, which the rows' spans point into.
pub fn splice(raw: Vec<Indicator>, fixes: &[Fix], text: &'static str) -> Vec<Indicator> {
    let key = |f: &Fix, i: &Indicator| f.start == i.start && f.raw == &*i.raw;
    let mut out: Vec<Indicator> = raw
        .into_iter()
        .filter_map(|i| match fixes.iter().find(|f| key(f, &i)) {
            Some(fix) => fix.with.as_ref().map(|row| row.to_indicator(text)),
            None => Some(i),
        })
        .collect();
    let before = out.len();
    for fix in fixes {
        if let Some(with) = &fix.with {
            if !out[..before]
                .iter()
                .any(|i| i.start == with.start && *i.raw == *with.raw(text))
            {
                out.push(with.to_indicator(text));
            }
        }
    }
    crate::order::sort_by_key(&mut out, |i| i.start);
    out
}

/// The records of `corrected` that differ from `raw`, as the fixes
/// [`splice`] needs to turn one into the other (the build writes them).
pub fn fixes_between<'a>(
    raw: &[Indicator],
    corrected: &'a [Indicator],
) -> Vec<(usize, String, Option<&'a Indicator>)> {
    let mut fixes = Vec::new();
    let mut used = vec![false; corrected.len()];
    for r in raw {
        // A corrected record keeps its offset unless it was replaced by an add.
        match corrected
            .iter()
            .position(|c| c.start == r.start && c.raw == r.raw)
        {
            Some(at) => {
                used[at] = true;
                if corrected[at] != *r {
                    fixes.push((r.start, r.raw.to_string(), Some(&corrected[at])));
                }
            }
            None => fixes.push((r.start, r.raw.to_string(), None)),
        }
    }
    for (c, used) in corrected.iter().zip(used) {
        if !used {
            fixes.push((c.start, c.raw.to_string(), Some(c)));
        }
    }
    fixes
}

/// [`Indicator`] as a static row: the same fields, borrowed.
pub struct IndicatorRow {
    pub id: &'static str,
    pub sentence: &'static str,
    /// `None` when it is the text at `start..end`, as it nearly always is:
    /// the text is carried anyway, and a second copy of every record's
    /// words (and a pointer to each) cost the single file about 1 KB.
    pub raw: Option<&'static str>,
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: &'static str,
    pub value_high: Option<f64>,
    pub comparator: Comparator,
    pub verb: &'static str,
    pub period: Period,
    pub status: Status,
    pub direction: Direction,
    pub kind: Kind,
    pub subject: &'static str,
    pub subject_en: Option<&'static str>,
    pub sector: Sector,
    pub section: &'static str,
}

impl IndicatorRow {
    /// The record as written in `text`, the report's.
    pub fn raw(&self, text: &'static str) -> &'static str {
        self.raw.unwrap_or(&text[self.start..self.end])
    }

    /// The record, `text` being the report's.
    pub fn to_indicator(&self, text: &'static str) -> Indicator {
        Indicator {
            id: Text::Borrowed(self.id),
            sentence: Text::Borrowed(self.sentence),
            raw: Text::Borrowed(self.raw(text)),
            start: self.start,
            end: self.end,
            value: self.value,
            unit: Text::Borrowed(self.unit),
            value_high: self.value_high,
            comparator: self.comparator,
            verb: Text::Borrowed(self.verb),
            period: self.period,
            status: self.status,
            direction: self.direction,
            kind: self.kind,
            subject: Text::Borrowed(self.subject),
            subject_en: self.subject_en.map(Text::Borrowed),
            sector: self.sector,
            section: Text::Borrowed(self.section),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "临江县2024年政府工作报告\n\n一、2023年工作回顾\n\n全县地区生产总值增长5.2%。\n\n二、2024年主要任务\n\n地区生产总值增长6%左右。\n";

    #[test]
    fn a_sidecar_sets_place_and_years_and_names_what_it_cannot_read() {
        let meta = r#"{"place": "北湖区", "report_year": 2024, "review_year": 2021, "why": "…"}"#;
        let p = prepare("beihu.txt", TEXT, Some(meta), None).unwrap();
        assert_eq!(p.options.city.as_deref(), Some("北湖区"));
        assert_eq!(p.options.review_year, Some(2021));
        assert_eq!(p.report.meta.review_year, Some(2021));
        let periods: Vec<String> = p
            .report
            .indicators
            .iter()
            .map(|i| i.period.to_string())
            .collect();
        assert_eq!(periods, ["2021", "2024"]);
        let bad = prepare("x.txt", TEXT, Some(r#"{"reviewyear": 2021}"#), None);
        assert_eq!(bad.err().as_deref(), Some("meta: unknown key reviewyear"));
        let bad = prepare("x.txt", TEXT, Some(r#"{"review_year": "2021"}"#), None);
        assert!(bad.err().is_some_and(|e| e.starts_with("meta: no year")));
    }
}
