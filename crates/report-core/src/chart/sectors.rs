//! Indicators per sector as horizontal bars, stacked by period.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{self, px, Theme, FONT};
use super::layout::Rows;
use super::text;
use super::{Hit, Style, Target};
use crate::aggregate::SectorCounts;
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::{Period, Sector};

/// `2023年 5，2024年 3，合计 8`: the counts of one sector.
pub fn breakdown(periods: &[Period], counts: &[usize], lang: Lang) -> String {
    let sep = t(lang, Msg::Comma);
    let parts: Vec<String> = periods
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(&p, n)| format!("{} {n}", lang.period(p)))
        .collect();
    let total: usize = counts.iter().sum();
    format!("{}{sep}{} {total}", parts.join(sep), t(lang, Msg::Total))
}

pub fn tooltip(sector: Sector, periods: &[Period], counts: &[usize], lang: Lang) -> String {
    format!(
        "{}{}{}",
        lang.sector(sector),
        t(lang, Msg::Colon),
        breakdown(periods, counts, lang)
    )
}

fn period_colour(theme: &Theme, p: usize) -> RGBColor {
    theme.series[p % theme.series.len()]
}

/// One colour per period, the stacks' order.
pub fn legend(counts: &SectorCounts, lang: Lang, theme: &Theme) -> Vec<(String, RGBColor)> {
    let periods = counts.periods.iter().enumerate();
    periods
        .map(|(p, &name)| (lang.period(name), period_colour(theme, p)))
        .collect()
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    counts: &SectorCounts,
    style: &Style,
    theme: &Theme,
    legend: &[(String, RGBColor)],
) -> Result<Vec<Hit>, String> {
    let colour = |p: usize| period_colour(theme, p);
    let header = frame::legend(area, legend, style, theme)?;
    let labels: Vec<String> = counts
        .rows
        .iter()
        .map(|(s, _)| style.lang.sector(*s).to_owned())
        .collect();
    let rows = Rows::new(
        area,
        style,
        header,
        &labels,
        frame::ROW_H,
        counts.rows.len(),
    );

    let size = frame::font(style, FONT);
    let totals: Vec<usize> = counts.rows.iter().map(|(_, c)| c.iter().sum()).collect();
    let most = totals.iter().copied().max().unwrap_or(0).max(1);
    let value_w = frame::measure(style, &most.to_string()) + px(style, 6.0);
    let max = most as f64;
    let (x0, x1) = (
        rows.labels_end,
        (rows.right - value_w).max(rows.labels_end + 1),
    );
    let map = |v: f64| x0 + (v / max * f64::from(x1 - x0)).round() as i32;

    let max_ticks = ((x1 - x0) / px(style, 60.0).max(1)).max(2) as usize;
    let ticks: Vec<(i32, String)> = frame::nice_ticks(0.0, max, max_ticks)
        .into_iter()
        .filter(|t| t.fract() == 0.0)
        .map(|t| (map(t), text::number(t)))
        .collect();
    frame::x_axis(area, &ticks, (rows.top, rows.bottom()), style, theme)?;

    let mut hits = Vec::with_capacity(counts.rows.len());
    for (i, ((sector, per_period), total)) in counts.rows.iter().zip(&totals).enumerate() {
        let (y0, y1) = rows.band(i);
        let inset = rows.row_h / 5;
        let mut sum = 0usize;
        for (p, &n) in per_period.iter().enumerate().filter(|(_, n)| **n > 0) {
            let (a, b) = (map(sum as f64), map((sum + n) as f64));
            frame::rect(area, (a, y0 + inset), (b, y1 - inset), &colour(p), None)?;
            sum += n;
        }
        let at = (map(sum as f64) + px(style, 4.0), (y0 + y1) / 2);
        frame::label(
            area,
            &total.to_string(),
            at,
            size,
            &theme.fg,
            (HPos::Left, VPos::Center),
        )?;
        rows.label(area, i, style, theme)?;
        hits.push(Hit {
            x0: rows.left,
            y0,
            x1: rows.right,
            y1: y1 - 1,
            target: Target::Sector(*sector),
            tooltip: tooltip(*sector, &counts.periods, per_period, style.lang),
        });
    }
    rows.baseline(area, x0, style, theme)?;
    Ok(hits)
}
