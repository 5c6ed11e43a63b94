//! The charts on a `<canvas>`: a plotters drawing backend that paints as
//! `plotters-canvas`'s `CanvasBackend` paints, call for call.
//!
//! Why our own: plotters-canvas writes colours' alpha and font sizes with
//! core's float formatter, the last user of it in the page (14 KB of the
//! WebAssembly; see `report_core::decimal`). Here they go through
//! [`decimal::shortest`], which writes the same text.

use std::f64::consts::PI;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use report_core::decimal;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Paints on a canvas's 2D context, in its bitmap's pixels.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

/// What the canvas refused (a transform or an arc it could not take).
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Canvas Error: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

fn refused(e: JsValue) -> DrawingErrorKind<CanvasError> {
    let what = js_sys::JSON::stringify(&e).map_or_else(|_| "Unknown".into(), String::from);
    DrawingErrorKind::DrawingError(CanvasError(what))
}

fn rgba(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", decimal::shortest(c.alpha))
}

/// A horizontal or vertical line moved half a pixel, so a 1-pixel line
/// covers one row of pixels rather than blurring over two.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut from, mut to) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl CanvasBackend {
    /// `None` when the canvas has no 2D context.
    pub fn with_canvas_object(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasBackend { canvas, context })
    }

    fn stroke_with(&self, s: &impl BackendStyle) {
        self.context.set_stroke_style_str(&rgba(s.color()));
        self.context.set_line_width(f64::from(s.stroke_width()));
    }

    fn fill_with(&self, c: BackendColor) {
        self.context.set_fill_style_str(&rgba(c));
    }

    /// Moves to the first point and draws lines through the others.
    fn trace(&self, path: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut path = path.into_iter();
        self.context.begin_path();
        let Some((x, y)) = path.next() else {
            return false;
        };
        self.context.move_to(f64::from(x), f64::from(y));
        for (x, y) in path {
            self.context.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Drawn {
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.fill_with(c);
        self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = crisp(from, to);
        self.stroke_with(s);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        s: &S,
        fill: bool,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
        if fill {
            self.fill_with(s.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(s);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke_with(s);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        self.fill_with(s.color());
        if self.trace(path) {
            self.context.close_path();
        }
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        s: &S,
        fill: bool,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill_with(s.color());
        } else {
            self.stroke_with(s);
        }
        self.context.begin_path();
        self.context
            .arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, 2.0 * PI)
            .map_err(refused)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, (x, y): BackendCoord) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let turn = match s.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        } / 180.0
            * PI;
        let (mut x, mut y) = (f64::from(x), f64::from(y));
        if turn != 0.0 {
            self.context.save();
            self.context.translate(x, y).map_err(refused)?;
            self.context.rotate(turn).map_err(refused)?;
            (x, y) = (0.0, 0.0);
        }
        self.context.set_text_baseline(match s.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.fill_with(c);
        self.context.set_font(&format!(
            "{} {}px {}",
            s.style().as_str(),
            decimal::shortest(s.size()),
            s.family().as_str(),
        ));
        self.context.fill_text(text, x, y).map_err(refused)?;
        if turn != 0.0 {
            self.context.restore();
        }
        Ok(())
    }
}
