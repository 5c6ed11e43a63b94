//! Last year's result above this year's target for each metric. Metrics
//! have different units, so each row is scaled to its own larger value and
//! the numbers are written at the bar ends; there is no shared axis.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{self, px, Theme, FONT};
use super::layout::Rows;
use super::text;
use super::{Hit, PairBar, PairValue, PairsOf, Style, Target};
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::Comparator;

/// A value a report does not give, in the chart and in its table.
const MISSING: &str = "—";

pub fn result_value(p: &PairBar, lang: Lang) -> String {
    value_text(p, p.result, lang)
}

pub fn target_value(p: &PairBar, lang: Lang) -> String {
    value_text(p, p.target, lang)
}

fn value_text(p: &PairBar, v: Option<PairValue>, lang: Lang) -> String {
    v.map_or_else(
        || MISSING.to_owned(),
        |v| {
            let low = text::value(v.value, &p.unit, v.comparator, lang, p.noun);
            match v.high {
                Some(high) => {
                    let high = text::value(high, &p.unit, Comparator::Exact, lang, p.noun);
                    crate::format::range(low, high, lang)
                }
                None => low,
            }
        },
    )
}

/// The two series a pair may have; a chart draws (and its legend names)
/// only those some pair has, so a metric that only has results across
/// the reports is a chart of results, not of results and empty targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Series {
    Result,
    Target,
}

impl Series {
    pub(super) fn of(pairs: &[PairBar]) -> Vec<Series> {
        let (results, targets) = PairBar::series(pairs);
        [(results, Series::Result), (targets, Series::Target)]
            .into_iter()
            .filter_map(|(has, s)| has.then_some(s))
            .collect()
    }

    pub(super) fn name(self, of: PairsOf, lang: Lang) -> &'static str {
        t(
            lang,
            match (of, self) {
                (PairsOf::Years, Series::Result) => Msg::LastYearResult,
                (PairsOf::Years, Series::Target) => Msg::ThisYearTarget,
                (PairsOf::Reports, Series::Result) => Msg::ReportResult,
                (PairsOf::Reports, Series::Target) => Msg::ReportTarget,
            },
        )
    }

    fn colour(self, theme: &Theme) -> RGBColor {
        theme.series[self as usize]
    }

    fn value(self, p: &PairBar) -> Option<PairValue> {
        match self {
            Series::Result => p.result,
            Series::Target => p.target,
        }
    }

    pub(super) fn text(self, p: &PairBar, lang: Lang) -> String {
        value_text(p, self.value(p), lang)
    }
}

/// A row's height: one lane per series drawn.
pub fn row_height(pairs: &[PairBar]) -> f64 {
    if Series::of(pairs).len() == 2 {
        frame::PAIR_ROW_H
    } else {
        frame::ROW_H
    }
}

fn tooltip(p: &PairBar, which: &str, value: &str, lang: Lang) -> String {
    format!("{} — {which}{}{value}", p.label, t(lang, Msg::Colon))
}

pub fn legend(
    pairs: &[PairBar],
    of: PairsOf,
    lang: Lang,
    theme: &Theme,
) -> Vec<(String, RGBColor)> {
    Series::of(pairs)
        .into_iter()
        .map(|s| (s.name(of, lang).to_owned(), s.colour(theme)))
        .collect()
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pairs: &[PairBar],
    of: PairsOf,
    style: &Style,
    theme: &Theme,
    legend: &[(String, RGBColor)],
) -> Result<Vec<Hit>, String> {
    let lang = style.lang;
    let series = Series::of(pairs);
    let header = frame::legend(area, legend, style, theme)?;
    let labels: Vec<String> = pairs.iter().map(|p| p.label.clone()).collect();
    let rows = Rows::new(area, style, header, &labels, row_height(pairs), pairs.len());

    let size = frame::font(style, FONT);
    let values: Vec<Vec<String>> = pairs
        .iter()
        .map(|p| series.iter().map(|s| s.text(p, lang)).collect())
        .collect();
    let value_w = values
        .iter()
        .flatten()
        .map(|v| frame::measure(style, v))
        .max()
        .unwrap_or(0)
        + px(style, 6.0);
    let x0 = rows.labels_end;
    let x1 = (rows.right - value_w).max(x0 + 1);

    let mut hits = Vec::with_capacity(series.len() * pairs.len());
    for (i, (pair, texts)) in pairs.iter().zip(&values).enumerate() {
        let (y0, y1) = rows.band(i);
        let lane = (y1 - y0) / series.len().max(1) as i32;
        let inset = (lane / 6).max(1);
        // Each row to its own scale (units differ), from the row's lowest
        // value or zero to its highest or zero, so a fall is drawn left of
        // the row's zero and a rise right of it.
        let given = (series.iter().filter_map(|s| s.value(pair)))
            .flat_map(|v| [Some(v.value), v.high])
            .flatten();
        let (lo, hi) = given.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let span = (hi - lo).max(f64::MIN_POSITIVE);
        let x = |v: f64| x0 + ((v - lo) / span * f64::from(x1 - x0)).round() as i32;
        let zero = x(0.0);
        for (k, (s, text)) in series.iter().zip(texts).enumerate() {
            let top = y0 + lane * k as i32;
            let Some(v) = s.value(pair) else {
                // No bar and nothing to click: a dash where it would end.
                let at = (zero + px(style, 4.0), top + lane / 2);
                frame::label(
                    area,
                    text,
                    at,
                    size,
                    &theme.muted,
                    (HPos::Left, VPos::Center),
                )?;
                continue;
            };
            let end = x(v.value);
            let solid = (
                (zero.min(end), top + inset),
                (zero.max(end), top + lane - inset),
            );
            let far = v.high.map(x);
            let (a, b) = frame::range_bar(area, solid, (end, far), &s.colour(theme), style)?;
            if style.selected == Some(v.indicator) {
                frame::emphasise(area, a, b, style, theme)?;
            }
            let at = (b.0 + px(style, 4.0), top + lane / 2);
            frame::label(area, text, at, size, &theme.fg, (HPos::Left, VPos::Center))?;
            hits.push(Hit {
                x0: rows.left,
                y0: top,
                x1: rows.right,
                y1: top + lane - 1,
                target: Target::Indicator(v.indicator),
                tooltip: tooltip(pair, s.name(of, lang), text, lang),
            });
        }
        if zero > x0 {
            frame::line(
                area,
                (zero, y0),
                (zero, y1),
                &theme.fg,
                px(style, 1.0).max(1) as u32,
            )?;
        }
        rows.label(area, i, style, theme)?;
        if i > 0 {
            frame::line(
                area,
                (rows.left, y0),
                (rows.right, y0),
                &theme.grid,
                px(style, 1.0).max(1) as u32,
            )?;
        }
    }
    rows.baseline(area, x0, style, theme)?;
    Ok(hits)
}
