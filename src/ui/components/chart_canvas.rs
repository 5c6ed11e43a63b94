//! The canvas side of a chart panel: following the frame's size and the
//! colour scheme, painting through plotters, the tooltip and the PNG.

use crate::ui::canvas::CanvasBackend;
use plotters::coord::Shift;
use plotters::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Blob, Element, HtmlCanvasElement, HtmlElement, MediaQueryList, MouseEvent, ResizeObserver,
};
use yew::prelude::*;

use crate::chart::{self, ChartSpec, Hit, Style};
use crate::decimal;

/// The frame's width in CSS pixels and the device pixel ratio.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Size {
    pub width: u32,
    pub dpr: f64,
}

fn dpr() -> f64 {
    let r = gloo::utils::window().device_pixel_ratio();
    if r.is_finite() && r > 0.0 {
        r
    } else {
        1.0
    }
}

/// `frame`'s current size, read now rather than from state.
pub fn measure(frame: &NodeRef) -> Size {
    let width = frame
        .cast::<Element>()
        .map_or(0, |el| el.client_width().max(0) as u32);
    Size { width, dpr: dpr() }
}

/// Follows `frame`'s width while `observed` (the figure) changes size. A
/// zoom changes both the CSS width and the pixel ratio, so both are read
/// on every notification.
#[hook]
pub fn use_frame_size(observed: NodeRef, frame: NodeRef) -> Size {
    let size = use_state_eq(Size::default);
    {
        let size = size.clone();
        use_effect_with((observed, frame), move |(observed, frame)| {
            let update = {
                let frame = frame.clone();
                move || size.set(measure(&frame))
            };
            update();
            let notify =
                Closure::<dyn FnMut(js_sys::Array, ResizeObserver)>::new(move |_, _| update());
            let observer = ResizeObserver::new(notify.as_ref().unchecked_ref()).ok();
            match (&observer, observed.cast::<Element>()) {
                (Some(o), Some(el)) => o.observe(&el),
                _ => gloo::console::warn!(
                    "chart: cannot observe the figure's size; it will not follow resizes"
                ),
            }
            // The closure lives exactly as long as the observer that calls it.
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(notify);
            }
        });
    }
    *size
}

fn dark_query() -> Option<MediaQueryList> {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Whether the reader prefers a dark scheme, following changes.
#[hook]
pub fn use_prefers_dark() -> bool {
    let dark = use_state_eq(|| dark_query().is_some_and(|q| q.matches()));
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let listener = dark_query().map(|q| {
                let query = q.clone();
                gloo::events::EventListener::new(&q, "change", move |_| dark.set(query.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}

/// Sizes the canvas to the chart and draws it.
///
/// A new bitmap size costs a fresh, zeroed bitmap (about 3 ms for the tall
/// growth chart, more than the drawing) and, since every filter changes the
/// number of bars, it would be paid on every click. So the bitmap only
/// grows: a shorter chart is drawn at the top of the bitmap, the element is
/// given the chart's CSS height, and `object-fit: cover` anchored at the top
/// (assets/chart.css) shows that part at one bitmap pixel per device pixel
/// and crops the rest. Only a new bitmap width (a resize, a zoom) starts
/// afresh.
/// With `exact`, the bitmap is made exactly the chart's size, for a printout
/// that scales the whole bitmap to the paper's width.
pub fn paint(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    size: Size,
    style: &Style,
    exact: bool,
) -> Result<Vec<Hit>, String> {
    if size.width == 0 {
        return Err("the container has no width yet".into());
    }
    let css_h = chart::preferred_height(spec, size.width);
    let (w, h) = (
        (f64::from(size.width) * size.dpr).round() as u32,
        (f64::from(css_h) * size.dpr).round() as u32,
    );
    if canvas.width() != w || (exact && canvas.height() != h) {
        canvas.set_width(w);
        canvas.set_height(h);
    } else if canvas.height() < h {
        canvas.set_height(h);
    }
    // The CSSOM, not a style attribute: a strict CSP allows only the former.
    let css = canvas.style();
    let set = |k: &str, v: String| {
        css.set_property(k, &v)
            .map_err(|_| format!("cannot set the canvas {k}"))
    };
    set("width", format!("{}px", size.width))?;
    set("height", format!("{css_h}px"))?;
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    let area = on_page(backend).shrink((0, 0), (w, h));
    chart::draw(&area, spec, style)
}

/// The canvas as the chart draws on it: beside SVG, as the panel's SVG
/// download draws (`chart::svg_beside`), so the page has one copy of the
/// drawing code.
fn on_page(
    canvas: CanvasBackend,
) -> DrawingArea<chart::Either<chart::SvgBackend<'static>, CanvasBackend>, Shift> {
    chart::Either::Right(canvas).into_drawing_area()
}

/// The pointer in CSS pixels from the canvas corner, and in bitmap pixels.
pub fn pointer(canvas: &HtmlCanvasElement, e: &MouseEvent) -> ((f64, f64), (i32, i32)) {
    let r = canvas.get_bounding_client_rect();
    let (x, y) = (
        f64::from(e.client_x()) - r.left(),
        f64::from(e.client_y()) - r.top(),
    );
    // The bitmap may be stretched (max-width), so measure rather than trust the ratio.
    let k = if r.width() > 0.0 {
        f64::from(canvas.width()) / r.width()
    } else {
        1.0
    };
    ((x, y), ((x * k).round() as i32, (y * k).round() as i32))
}

/// Shows `text` near `(x, y)` (CSS pixels in the frame), kept inside `width`.
pub fn show_tip(tip: &NodeRef, width: u32, text: &str, (x, y): (f64, f64)) {
    let Some(el) = tip.cast::<HtmlElement>() else {
        return;
    };
    el.set_text_content(Some(text));
    el.set_hidden(false);
    let w = f64::from(el.offset_width());
    let left = (x + 12.0).min(f64::from(width) - w - 4.0).max(0.0);
    let css = el.style();
    let _ = css.set_property("left", &format!("{}px", decimal::shortest(left)));
    let _ = css.set_property("top", &format!("{}px", decimal::shortest(y + 12.0)));
}

pub fn set_hidden(node: &NodeRef, hidden: bool) {
    if let Some(el) = node.cast::<HtmlElement>() {
        el.set_hidden(hidden);
    }
}

/// Offers the chart as it is on show now as `filename`: the shown part of
/// the bitmap, copied onto a canvas of its own size.
/// Draws `spec` for a slide or a document on a canvas of its own, whatever
/// the window's size and colour scheme (`chart::SLIDE_WIDTH` CSS pixels at
/// `chart::SLIDE_SCALE`, light, with the style's title and source line),
/// and downloads it as a PNG.
pub fn download_png(spec: &ChartSpec, style: &Style, filename: String) {
    if let Err(e) = slide_png(spec, style, filename) {
        gloo::console::error!(format!("chart PNG: {e}"));
    }
}

fn slide_png(spec: &ChartSpec, style: &Style, filename: String) -> Result<(), String> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| "cannot make a canvas")?
        .dyn_into()
        .map_err(|_| "not a canvas")?;
    let scale = chart::SLIDE_SCALE;
    let css_h = chart::height_with_source(spec, chart::SLIDE_WIDTH);
    let (w, h) = (
        (f64::from(chart::SLIDE_WIDTH) * scale).round() as u32,
        (f64::from(css_h) * scale).round() as u32,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the canvas has no 2D context")?;
    let style = Style {
        scale,
        dark: false,
        selected: None,
        focus: None,
        ..style.clone()
    };
    chart::draw(&on_page(backend), spec, &style)?;
    let done = Closure::once_into_js(move |blob: JsValue| match blob.dyn_into::<Blob>() {
        Ok(blob) => {
            if let Err(e) = crate::ui::download::download_blob(&filename, &blob) {
                gloo::console::error!(format!("chart PNG: {e}"));
            }
        }
        Err(_) => gloo::console::error!("chart PNG: the canvas gave no image"),
    });
    canvas
        .to_blob(done.unchecked_ref())
        .map_err(|_| "the canvas cannot be exported".to_owned())
}
