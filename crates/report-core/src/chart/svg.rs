//! The charts as SVG text: a plotters drawing backend that writes what
//! `plotters-svg`'s `SVGBackend::with_string` writes, element for element.
//!
//! Why our own: plotters-svg writes opacities and font sizes with core's
//! float formatter, which would be the only one left in the page (14 KB of
//! the WebAssembly; see [`crate::decimal`]). Here they go through
//! [`decimal::shortest`], which writes the same text.

use std::fmt::Write as _;

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
    FontTransform,
};

use crate::decimal;

/// Draws into `out` as an SVG document of `size` pixels; the document is
/// complete once the backend is presented or dropped.
pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

type Drawn = Result<(), DrawingErrorKind<SvgError>>;

/// The backend's error, which never happens (plotters needs an `Error`).
#[derive(Debug)]
pub enum SvgError {}

impl std::fmt::Display for SvgError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {}
    }
}

impl std::error::Error for SvgError {}

impl<'a> SvgBackend<'a> {
    pub fn with_string(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        let mut svg = SvgBackend {
            out,
            size,
            closed: false,
        };
        svg.open(
            "svg",
            &[
                ("width", &w.to_string()),
                ("height", &h.to_string()),
                ("viewBox", &format!("0 0 {w} {h}")),
                ("xmlns", "http://www.w3.org/2000/svg"),
            ],
        );
        svg.out.push_str(">\n");
        svg
    }

    /// `<tag key="value" …`, the values escaped; the caller ends it.
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape(self.out, value);
            self.out.push('"');
        }
    }

    fn empty(&mut self, tag: &str, attrs: &[(&str, &str)]) -> Drawn {
        self.open(tag, attrs);
        self.out.push_str("/>\n");
        Ok(())
    }
}

fn escape(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

fn color(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    path.into_iter().fold(String::new(), |mut s, (x, y)| {
        let _ = write!(s, "{x},{y} ");
        s
    })
}

/// Colour and stroke-or-fill, in plotters-svg's order of attributes.
fn paint(c: BackendColor, fill: bool) -> (String, String) {
    if fill {
        (color(c), "none".into())
    } else {
        ("none".into(), color(c))
    }
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = SvgError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Drawn {
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.empty(
            "rect",
            &[
                ("x", &x.to_string()),
                ("y", &y.to_string()),
                ("width", "1"),
                ("height", "1"),
                ("stroke", "none"),
                ("opacity", &decimal::shortest(c.alpha)),
                ("fill", &color(c)),
            ],
        )
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.empty(
            "line",
            &[
                ("opacity", &decimal::shortest(c.alpha)),
                ("stroke", &color(c)),
                ("stroke-width", &s.stroke_width().to_string()),
                ("x1", &from.0.to_string()),
                ("y1", &from.1.to_string()),
                ("x2", &to.0.to_string()),
                ("y2", &to.1.to_string()),
            ],
        )
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        s: &S,
        fill: bool,
    ) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = paint(c, fill);
        self.empty(
            "rect",
            &[
                ("x", &x0.to_string()),
                ("y", &y0.to_string()),
                ("width", &(x1 - x0).to_string()),
                ("height", &(y1 - y0).to_string()),
                ("opacity", &decimal::shortest(c.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
            ],
        )
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.empty(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &decimal::shortest(c.alpha)),
                ("stroke", &color(c)),
                ("stroke-width", &s.stroke_width().to_string()),
                ("points", &points(path)),
            ],
        )
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        self.empty(
            "polygon",
            &[
                ("opacity", &decimal::shortest(c.alpha)),
                ("fill", &color(c)),
                ("points", &points(path)),
            ],
        )
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        s: &S,
        fill: bool,
    ) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let (fill, stroke) = paint(c, fill);
        self.empty(
            "circle",
            &[
                ("cx", &x.to_string()),
                ("cy", &y.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &decimal::shortest(c.alpha)),
                ("fill", &fill),
                ("stroke", &stroke),
                ("stroke-width", &s.stroke_width().to_string()),
            ],
        )
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, s: &S, (x, y): BackendCoord) -> Drawn {
        let c = s.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match s.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        // plotters-svg's: a font size in CSS pixels, from plotters' points.
        let size = decimal::shortest(s.size() / 1.24);
        let (x, y) = (x.to_string(), y.to_string());
        let mut attrs = vec![
            ("x", x.clone()),
            ("y", y.clone()),
            ("dy", dy.into()),
            ("text-anchor", anchor.into()),
            ("font-family", s.family().as_str().to_owned()),
            ("font-size", size),
            ("opacity", decimal::shortest(c.alpha)),
            ("fill", color(c)),
        ];
        match s.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => attrs.push(("font-weight", "bold".into())),
            other => attrs.push(("font-style", other.as_str().to_owned())),
        }
        let turn = match s.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            FontTransform::None => None,
        };
        if let Some(turn) = turn {
            attrs.push(("transform", format!("rotate({turn}, {x}, {y})")));
        }
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.open("text", &attrs);
        self.out.push_str(">\n");
        escape(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

impl Drop for SvgBackend<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

#[cfg(test)]
mod tests {
    use super::SvgBackend;
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};

    /// The same picture on both backends.
    fn draw<DB: DrawingBackend>(backend: DB) {
        let root = backend.into_drawing_area();
        root.fill(&WHITE).unwrap();
        let pale = RGBColor(200, 10, 30).mix(0.35);
        root.draw(&Rectangle::new([(3, 4), (50, 20)], pale.filled()))
            .unwrap();
        root.draw(&Rectangle::new([(3, 4), (50, 20)], BLUE.stroke_width(2)))
            .unwrap();
        root.draw(&PathElement::new(vec![(0, 0), (10, 5), (20, 0)], BLACK))
            .unwrap();
        root.draw(&Polygon::new(vec![(1, 1), (9, 1), (5, 7)], GREEN.filled()))
            .unwrap();
        root.draw(&Circle::new((30, 30), 4, RED.filled())).unwrap();
        root.draw(&Circle::new((30, 30), 6, RED.stroke_width(1)))
            .unwrap();
        root.draw_pixel((7, 7), &BLACK).unwrap();
        let style = TextStyle::from(("sans-serif", 13.0).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        root.draw_text("增长 <6%> & \"more\" 'x'", &style, (40, 40))
            .unwrap();
        let bold = TextStyle::from(("sans-serif", 12.4, FontStyle::Bold).into_font())
            .transform(FontTransform::Rotate270)
            .pos(Pos::new(HPos::Center, VPos::Top));
        root.draw_text("axis", &bold, (5, 60)).unwrap();
        root.present().unwrap();
    }

    #[test]
    fn it_writes_what_plotters_svg_writes() {
        let (mut ours, mut theirs) = (String::new(), String::new());
        draw(SvgBackend::with_string(&mut ours, (64, 80)));
        draw(plotters_svg::SVGBackend::with_string(&mut theirs, (64, 80)));
        assert!(ours.contains("增长 &lt;6%&gt; &amp; &quot;more&quot; &apos;x&apos;"));
        assert!(ours.contains("opacity=\"0.35\""));
        assert!(ours.contains("transform=\"rotate(270, 5, 60)\""));
        assert_eq!(ours, theirs);
    }
}
