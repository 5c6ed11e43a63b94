//! Where the rows of a horizontal bar chart go, and their labels.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{font, label, measure, px, title_h, Theme, AXIS_H, FONT, PAD};
use super::text;
use super::Style;

/// Where the rows go, in backend pixels.
pub struct Rows {
    /// Left edge of the row labels.
    pub left: i32,
    /// Right edge of the row labels, where bars may start.
    pub labels_end: i32,
    pub right: i32,
    pub top: i32,
    pub row_h: i32,
    pub count: usize,
    /// The row labels as drawn: shortened to fit, distinct ones still distinct.
    fitted: Vec<String>,
}

impl Rows {
    /// Lays out `count` rows under a header of `header` backend pixels, with
    /// labels as wide as the widest (up to 40 % of the width).
    pub fn new<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        style: &Style,
        header: i32,
        labels: &[String],
        row: f64,
        count: usize,
    ) -> Rows {
        let (w, h) = area.dim_in_pixel();
        let widest = labels.iter().map(|l| measure(style, l)).max().unwrap_or(0);
        let left = px(style, PAD);
        let labels_end = left + widest.min((w as f64 * 0.4) as i32) + px(style, 8.0);
        let top = px(style, PAD + title_h(style.title.is_some())) + header;
        let room = h as i32 - top - px(style, AXIS_H + PAD);
        let row_h = px(style, row).min(room / count.max(1) as i32).max(1);
        let label_room = labels_end - left - px(style, 8.0);
        Rows {
            left,
            labels_end,
            right: w as i32 - px(style, PAD),
            top,
            row_h,
            count,
            fitted: text::fit_all(labels, FONT * style.scale, label_room),
        }
    }

    pub fn bottom(&self) -> i32 {
        self.top + self.row_h * self.count as i32
    }

    /// The vertical line at `x` the bars grow from, over every row.
    pub fn baseline<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        x: i32,
        style: &Style,
        theme: &Theme,
    ) -> Result<(), String> {
        super::frame::line(
            area,
            (x, self.top),
            (x, self.bottom()),
            &theme.fg,
            px(style, 1.0).max(1) as u32,
        )
    }

    /// Top and bottom of row `i`.
    pub fn band(&self, i: usize) -> (i32, i32) {
        let y0 = self.top + self.row_h * i as i32;
        (y0, y0 + self.row_h)
    }

    /// Row `i`'s label, right-aligned against the bars and shortened to fit.
    pub fn label<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        i: usize,
        style: &Style,
        theme: &Theme,
    ) -> Result<(), String> {
        let Some(text) = self.fitted.get(i) else {
            return Ok(());
        };
        let (y0, y1) = self.band(i);
        let at = (self.labels_end - px(style, 8.0), (y0 + y1) / 2);
        label(
            area,
            text,
            at,
            font(style, FONT),
            &theme.fg,
            (HPos::Right, VPos::Center),
        )
    }
}
