//! Last year's result above this year's target for each metric. Metrics
//! have different units, so each row is scaled to its own larger value and
//! the numbers are written at the bar ends; there is no shared axis.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{self, px, Theme, FONT};
use super::layout::Rows;
use super::text;
use super::{Hit, PairBar, Style, Target};
use crate::i18n::Lang;
use crate::messages::{t, Msg};

pub fn result_value(p: &PairBar, lang: Lang) -> String {
    text::value(p.result, &p.unit, p.result_comparator, lang, p.noun)
}

pub fn target_value(p: &PairBar, lang: Lang) -> String {
    text::value(p.target, &p.unit, p.target_comparator, lang, p.noun)
}

fn tooltip(p: &PairBar, which: &str, value: &str, lang: Lang) -> String {
    format!("{} — {which}{}{value}", p.label, t(lang, Msg::Colon))
}

pub fn legend(lang: Lang, theme: &Theme) -> Vec<(String, RGBColor)> {
    vec![
        (t(lang, Msg::LastYearResult).to_owned(), theme.series[0]),
        (t(lang, Msg::ThisYearTarget).to_owned(), theme.series[1]),
    ]
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pairs: &[PairBar],
    style: &Style,
    theme: &Theme,
    legend: &[(String, RGBColor)],
) -> Result<Vec<Hit>, String> {
    let lang = style.lang;
    let (result_c, target_c) = (theme.series[0], theme.series[1]);
    let header = frame::legend(area, legend, style, theme)?;
    let labels: Vec<String> = pairs.iter().map(|p| p.label.clone()).collect();
    let rows = Rows::new(area, style, header, &labels, frame::PAIR_ROW_H, pairs.len());

    let size = frame::font(style, FONT);
    let values: Vec<[String; 2]> = pairs
        .iter()
        .map(|p| [result_value(p, style.lang), target_value(p, style.lang)])
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

    let mut hits = Vec::with_capacity(2 * pairs.len());
    for (i, (pair, [rv, tv])) in pairs.iter().zip(&values).enumerate() {
        let (y0, y1) = rows.band(i);
        let half = (y1 - y0) / 2;
        let inset = (half / 6).max(1);
        // Each row to its own scale (units differ), from the row's lowest
        // value or zero to its highest or zero, so a fall is drawn left of
        // the row's zero and a rise right of it.
        let (lo, hi) = (
            pair.result.min(pair.target).min(0.0),
            pair.result.max(pair.target).max(0.0),
        );
        let span = (hi - lo).max(f64::MIN_POSITIVE);
        let x = |v: f64| x0 + ((v - lo) / span * f64::from(x1 - x0)).round() as i32;
        let zero = x(0.0);
        let bars = [
            (
                pair.result,
                rv,
                result_c,
                pair.result_indicator,
                t(lang, Msg::LastYearResult),
            ),
            (
                pair.target,
                tv,
                target_c,
                pair.target_indicator,
                t(lang, Msg::ThisYearTarget),
            ),
        ];
        for (k, (v, value, colour, indicator, which)) in bars.into_iter().enumerate() {
            let top = y0 + half * k as i32;
            let end = x(v);
            let (a, b) = (
                (zero.min(end), top + inset),
                (zero.max(end), top + half - inset),
            );
            frame::rect(area, a, b, &colour, None)?;
            if style.selected == Some(indicator) {
                frame::emphasise(area, a, b, style, theme)?;
            }
            let at = (zero.max(end) + px(style, 4.0), top + half / 2);
            frame::label(area, value, at, size, &theme.fg, (HPos::Left, VPos::Center))?;
            hits.push(Hit {
                x0: rows.left,
                y0: top,
                x1: rows.right,
                y1: top + half - 1,
                target: Target::Indicator(indicator),
                tooltip: tooltip(pair, which, value, lang),
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
