//! What every chart shares: colours, sizes, text, the x axis, the legend,
//! the focus ring and the no-data message.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text;
pub use super::theme::Theme;
use super::{Hit, Style};
use crate::messages::{t, Msg};

/// Sizes in CSS pixels; drawing multiplies them by `Style::scale`.
pub const PAD: f64 = 8.0;
pub const TITLE_H: f64 = 26.0;
pub const LEGEND_H: f64 = 22.0;
pub const AXIS_H: f64 = 24.0;
pub const ROW_H: f64 = 28.0;
pub const PAIR_ROW_H: f64 = 44.0;
pub const FONT: f64 = 13.0;
pub const TITLE_FONT: f64 = 15.0;
pub const SOURCE_H: f64 = 24.0;

/// Height of everything but the rows, with or without a drawn title.
pub fn chrome_height(legend: f64, titled: bool) -> f64 {
    2.0 * PAD + title_h(titled) + legend + AXIS_H
}

/// The title's band: on screen the page's caption is the title and the
/// picture draws none; a download draws it (`Style::title`).
pub fn title_h(titled: bool) -> f64 {
    if titled {
        TITLE_H
    } else {
        0.0
    }
}

pub fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// `v` CSS pixels in backend pixels.
pub fn px(style: &Style, v: f64) -> i32 {
    (v * style.scale).round() as i32
}

/// A font size in backend pixels. The SVG backend writes `size / 1.24` as
/// the font size, so SVG output asks for that much more to look the same.
pub fn font(style: &Style, base: f64) -> f64 {
    base * style.scale * style.text_boost
}

/// How wide `s` looks at the row font, whatever the backend.
pub fn measure(style: &Style, s: &str) -> i32 {
    text::text_width(s, FONT * style.scale)
}

/// Draws one line of text; `h`/`v` say which point of the text sits at `at`.
pub fn label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &str,
    at: (i32, i32),
    size: f64,
    color: &RGBColor,
    (h, v): (HPos, VPos),
) -> Result<(), String> {
    // The family by its variant: by its name, plotters would lower-case
    // the name first, and that brings the page Unicode's lower-case table.
    let font = (FontFamily::SansSerif, size)
        .into_font()
        .color(color)
        .pos(Pos::new(h, v));
    area.draw_text(s, &font, at).map_err(err)
}

pub fn rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    color: &RGBColor,
    stroke: Option<u32>,
) -> Result<(), String> {
    let style = match stroke {
        None => color.filled(),
        Some(w) => color.stroke_width(w),
    };
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], style))
        .map_err(err)
}

pub fn line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    color: &RGBColor,
    width: u32,
) -> Result<(), String> {
    area.draw(&PathElement::new(vec![a, b], color.stroke_width(width)))
        .map_err(err)
}

/// The source line at the bottom of a download, in the muted colour.
pub fn source<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &str,
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    let (_, h) = area.dim_in_pixel();
    let at = (px(style, PAD), h as i32 / 2);
    label(
        area,
        s,
        at,
        font(style, FONT - 1.0),
        &theme.muted,
        (HPos::Left, VPos::Center),
    )
}

/// The chart's own title, so a downloaded picture explains itself.
pub fn title<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    s: &str,
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    let at = (px(style, PAD), px(style, PAD + TITLE_H / 2.0));
    label(
        area,
        s,
        at,
        font(style, TITLE_FONT),
        &theme.fg,
        (HPos::Left, VPos::Center),
    )
}

/// Where each legend item starts, from the left under the title, wrapping
/// when `width` runs out; and the legend's height. In backend pixels.
pub fn legend_layout(names: &[String], width: i32, style: &Style) -> (Vec<(i32, i32)>, i32) {
    let (sw, gap, row) = (px(style, 12.0), px(style, 16.0), px(style, LEGEND_H));
    let (mut x, mut y) = (px(style, PAD), 0);
    let mut at = Vec::with_capacity(names.len());
    for name in names {
        let item_w = sw + px(style, 6.0) + measure(style, name);
        if x > px(style, PAD) && x + item_w > width - px(style, PAD) {
            x = px(style, PAD);
            y += row;
        }
        at.push((x, y));
        x += item_w + gap;
    }
    (at, if names.is_empty() { 0 } else { y + row })
}

/// Swatches and names under the title; returns the height used.
pub fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(String, RGBColor)],
    style: &Style,
    theme: &Theme,
) -> Result<i32, String> {
    let names: Vec<String> = items.iter().map(|(n, _)| n.clone()).collect();
    let (at, height) = legend_layout(&names, area.dim_in_pixel().0 as i32, style);
    let (sw, row, top) = (
        px(style, 12.0),
        px(style, LEGEND_H),
        px(style, PAD + title_h(style.title.is_some())),
    );
    for ((name, color), (x, y)) in items.iter().zip(at) {
        let mid = top + y + row / 2;
        rect(area, (x, mid - sw / 2), (x + sw, mid + sw / 2), color, None)?;
        let at = (x + sw + px(style, 6.0), mid);
        label(
            area,
            name,
            at,
            font(style, FONT),
            &theme.fg,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(height)
}

/// Vertical grid lines with their labels under the rows.
pub fn x_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    ticks: &[(i32, String)],
    (top, bottom): (i32, i32),
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    for (x, name) in ticks {
        line(
            area,
            (*x, top),
            (*x, bottom),
            &theme.grid,
            px(style, 1.0).max(1) as u32,
        )?;
        let at = (*x, bottom + px(style, 4.0));
        label(
            area,
            name,
            at,
            font(style, FONT - 1.0),
            &theme.muted,
            (HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}

/// Round tick values covering `lo..=hi`, at most `max` of them.
pub fn nice_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    let span = (hi - lo).max(1e-9);
    let raw = span / max.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// A bar's two corners, top left and bottom right.
pub type Corners = ((i32, i32), (i32, i32));

/// A bar of a range (`增长5.5%—6%`): solid from `a` to `b` (zero to the
/// low end, `end` the low end's x), outlined on to the high end's x, `far`.
/// Returns the corners of the whole, for the selection's outline and the
/// value's label.
pub fn range_bar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (a, b): Corners,
    (end, far): (i32, Option<i32>),
    color: &RGBColor,
    style: &Style,
) -> Result<Corners, String> {
    rect(area, a, b, color, None)?;
    let Some(far) = far else {
        return Ok((a, b));
    };
    let (l, r) = (end.min(far), end.max(far));
    rect(
        area,
        (l, a.1),
        (r, b.1),
        color,
        Some(px(style, 1.5).max(1) as u32),
    )?;
    Ok(((a.0.min(l), a.1), (b.0.max(r), b.1)))
}

/// Outlines a bar in the foreground colour: the selected indicator.
pub fn emphasise<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: (i32, i32),
    b: (i32, i32),
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    let w = px(style, 2.0).max(1);
    rect(
        area,
        (a.0 - w, a.1 - w),
        (b.0 + w, b.1 + w),
        &theme.fg,
        Some(w as u32),
    )
}

/// The keyboard focus: a ring around the whole row band of a bar.
pub fn focus_ring<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    hit: &Hit,
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    let w = px(style, 2.0).max(1);
    rect(
        area,
        (hit.x0, hit.y0),
        (hit.x1, hit.y1),
        &theme.focus,
        Some(w as u32),
    )
}

/// The message an empty chart shows instead of axes.
pub fn no_data<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    theme: &Theme,
) -> Result<(), String> {
    let (w, h) = area.dim_in_pixel();
    let at = (w as i32 / 2, h as i32 / 2);
    label(
        area,
        t(style.lang, Msg::NoData),
        at,
        font(style, TITLE_FONT),
        &theme.muted,
        (HPos::Center, VPos::Center),
    )?;
    area.present().map_err(err)
}
