//! Growth rates as horizontal bars from a zero line: rises to the right,
//! falls to the left, each bar in its sector's colour.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{self, px, Theme, FONT};
use super::layout::Rows;
use super::text;
use super::{Hit, Style, Target};
use crate::aggregate::Bar;
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::Sector;
use crate::palette::sector_rgb;

pub fn tooltip(bar: &Bar, lang: Lang) -> String {
    let (open, close) = (t(lang, Msg::OpenParen), t(lang, Msg::CloseParen));
    format!(
        "{}{}{}{open}{} · {}{close}",
        bar.label,
        t(lang, Msg::Colon),
        text::growth_value(bar.value, bar.high, bar.comparator),
        lang.sector(bar.sector),
        lang.status(bar.status)
    )
}

/// The sectors the bars belong to, in the scheme's order: colour is never
/// the only cue, so the legend names them.
pub fn legend(bars: &[Bar], lang: Lang) -> Vec<(String, RGBColor)> {
    let mut sectors: Vec<Sector> = bars.iter().map(|b| b.sector).collect();
    crate::order::sort(&mut sectors);
    sectors.dedup();
    sectors
        .into_iter()
        .map(|s| {
            let (r, g, b) = sector_rgb(s);
            (lang.sector(s).to_owned(), RGBColor(r, g, b))
        })
        .collect()
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[Bar],
    style: &Style,
    theme: &Theme,
    legend: &[(String, RGBColor)],
) -> Result<Vec<Hit>, String> {
    let header = frame::legend(area, legend, style, theme)?;
    let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    let rows = Rows::new(area, style, header, &labels, frame::ROW_H, bars.len());
    let size = frame::font(style, FONT);
    let values: Vec<String> = bars
        .iter()
        .map(|b| text::growth_value(b.value, b.high, b.comparator))
        .collect();
    let value_w = values
        .iter()
        .map(|v| frame::measure(style, v))
        .max()
        .unwrap_or(0)
        + px(style, 6.0);

    let ends = || bars.iter().flat_map(|b| [Some(b.value), b.high]).flatten();
    let lo = ends().fold(0.0, f64::min);
    let mut hi = ends().fold(0.0, f64::max);
    if hi - lo < 1e-9 {
        hi = 1.0;
    }
    let x_left = rows.labels_end + if lo < 0.0 { value_w } else { 0 };
    let x_right = (rows.right - if hi > 0.0 { value_w } else { 0 }).max(x_left + 1);
    let map = |v: f64| x_left + ((v - lo) / (hi - lo) * f64::from(x_right - x_left)).round() as i32;

    let max_ticks = ((x_right - x_left) / px(style, 50.0).max(1)).max(2) as usize;
    let ticks: Vec<(i32, String)> = frame::nice_ticks(lo, hi, max_ticks)
        .into_iter()
        .map(|t| (map(t), format!("{}%", text::number(t))))
        .collect();
    frame::x_axis(area, &ticks, (rows.top, rows.bottom()), style, theme)?;

    let zero = map(0.0);
    let gap = px(style, 4.0);
    let mut hits = Vec::with_capacity(bars.len());
    for (i, (bar, value)) in bars.iter().zip(&values).enumerate() {
        let (y0, y1) = rows.band(i);
        let inset = rows.row_h / 5;
        let end = map(bar.value);
        let solid = ((zero.min(end), y0 + inset), (zero.max(end), y1 - inset));
        let (r, g, bl) = sector_rgb(bar.sector);
        let far = bar.high.map(map);
        let (a, b) = frame::range_bar(area, solid, (end, far), &RGBColor(r, g, bl), style)?;
        if style.selected == Some(bar.indicator) {
            frame::emphasise(area, a, b, style, theme)?;
        }
        let mid = (y0 + y1) / 2;
        let (at, h) = if bar.value < 0.0 {
            ((a.0 - gap, mid), HPos::Right)
        } else {
            ((b.0 + gap, mid), HPos::Left)
        };
        frame::label(area, value, at, size, &theme.fg, (h, VPos::Center))?;
        rows.label(area, i, style, theme)?;
        hits.push(Hit {
            x0: rows.left,
            y0,
            x1: rows.right,
            y1: y1 - 1,
            target: Target::Indicator(bar.indicator),
            tooltip: tooltip(bar, style.lang),
        });
    }
    rows.baseline(area, zero, style, theme)?;
    Ok(hits)
}
