//! Charts of the report's numbers, drawn with plotters on any backend: the
//! browser draws them on a canvas, the SVG download and the native tests
//! draw the very same pictures as SVG.

mod access;
mod either;
mod frame;
mod growth;
mod layout;
mod pairs;
mod sectors;
pub mod series;
pub mod svg;
pub mod text;
pub mod theme;

use plotters::coord::Shift;
use plotters::prelude::*;

pub use svg::SvgBackend;

use crate::aggregate::{Bar, SectorCounts};
use crate::i18n::Lang;
use crate::model::{Comparator, Sector};

pub use access::{describe, table};
pub use either::{Either, EitherError};

/// What a chart shows; the panel memoises it from the query.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    /// Growth rates in %, already signed and sorted (`aggregate::growth_bars`).
    Growth { bars: Vec<Bar> },
    /// Indicators per sector, stacked by period.
    Sectors { counts: SectorCounts },
    /// Results against targets: of one report, or of several side by side.
    Pairs { pairs: Vec<PairBar>, of: PairsOf },
}

/// Whose results and targets a pairs chart sets side by side, which its
/// legend, table and description name: one report's last year's result
/// and this year's target, or (compare) each report's own result and
/// target, whichever years its place reports them for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PairsOf {
    #[default]
    Years,
    Reports,
}

impl ChartSpec {
    /// True when there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        match self {
            ChartSpec::Growth { bars } => bars.is_empty(),
            ChartSpec::Sectors { counts } => counts.rows.is_empty(),
            ChartSpec::Pairs { pairs, .. } => pairs.is_empty(),
        }
    }

    /// How many horizontal bar rows the chart has.
    pub fn rows(&self) -> usize {
        match self {
            ChartSpec::Growth { bars } => bars.len(),
            ChartSpec::Sectors { counts } => counts.rows.len(),
            ChartSpec::Pairs { pairs, .. } => pairs.len(),
        }
    }
}

/// One metric of the pairs chart: a result and a target in the same unit,
/// either of which may be missing (a report of the compare view that gives
/// only a result, or only a target, for the metric).
#[derive(Clone, Debug, PartialEq)]
pub struct PairBar {
    pub label: String,
    pub unit: String,
    pub result: Option<PairValue>,
    pub target: Option<PairValue>,
    pub sector: Sector,
    /// What a count of this metric counts, for English (`60 enterprises`).
    pub noun: Option<crate::glossary::Noun>,
}

/// One bar of a [`PairBar`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairValue {
    /// Signed (a fall is negative), with the comparator that bounds the
    /// signed value (`chart::series::pair_bars`).
    pub value: f64,
    /// The other end of a range (`增长5.5%—6%`), signed as `value`.
    pub high: Option<f64>,
    pub comparator: Comparator,
    /// What a click on the bar selects (`Target::Indicator`): an index
    /// into `Report::indicators`, or the compare chart's own numbering.
    pub indicator: usize,
}

impl PairValue {
    /// `ind`'s signed value, whose bar selects `indicator`.
    pub fn of(ind: &crate::model::Indicator, indicator: usize) -> PairValue {
        PairValue {
            value: crate::query::signed(ind),
            high: crate::query::signed_high(ind),
            comparator: ind.comparator.signed(ind.direction),
            indicator,
        }
    }
}

impl PairBar {
    /// Which of the two series any of `pairs` has: (results, targets).
    pub fn series(pairs: &[PairBar]) -> (bool, bool) {
        (
            pairs.iter().any(|p| p.result.is_some()),
            pairs.iter().any(|p| p.target.is_some()),
        )
    }
}

/// How to draw: pixel density, colour scheme, language and emphasis.
#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    /// Backend pixels per CSS pixel (`devicePixelRatio`); every size is multiplied by it.
    pub scale: f64,
    pub dark: bool,
    pub lang: Lang,
    /// An indicator to outline wherever it has a bar.
    pub selected: Option<usize>,
    /// Index into the returned hits of the bar with keyboard focus.
    pub focus: Option<usize>,
    /// The title drawn at the top, for a download, where no caption goes
    /// with the picture; `None` on screen, where the figure's caption (the
    /// same text, `series::Titled`) is the title.
    pub title: Option<String>,
    /// A line at the bottom saying where the numbers come from (downloads).
    pub source: Option<String>,
    /// Font size multiplier the SVG backend needs (see `frame::font`).
    pub text_boost: f64,
}

impl Style {
    pub fn new(scale: f64, dark: bool, lang: Lang) -> Style {
        Style {
            scale,
            dark,
            lang,
            selected: None,
            focus: None,
            title: None,
            source: None,
            text_boost: 1.0,
        }
    }
}

impl Style {
    /// This style with a title drawn at the top (see `title`).
    pub fn with_title(self, title: impl Into<String>) -> Style {
        Style {
            title: Some(title.into()),
            ..self
        }
    }
}

impl Default for Style {
    fn default() -> Style {
        Style::new(1.0, false, Lang::Zh)
    }
}

/// What a bar stands for, so a click can select it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Indicator(usize),
    Sector(Sector),
}

/// A clickable rectangle in backend pixels (CSS pixels × scale), one per bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
    pub target: Target,
    pub tooltip: String,
}

impl Hit {
    pub fn contains(&self, x: i32, y: i32) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }
}

/// The hit under a backend pixel, if any.
pub fn hit_at(hits: &[Hit], x: i32, y: i32) -> Option<usize> {
    hits.iter().position(|h| h.contains(x, y))
}

/// Draws `spec` filling `area`, and returns where its bars are.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &Style,
) -> Result<Vec<Hit>, String> {
    let theme = frame::Theme::of(style.dark);
    area.fill(&theme.bg).map_err(frame::err)?;
    let (w, h) = area.dim_in_pixel();
    if w == 0 || h == 0 {
        return Ok(Vec::new());
    }
    // The source line takes the bottom; the chart lays out above it, with
    // the same origin, so its hits are where they would be without it.
    let body;
    let area = match &style.source {
        Some(source) => {
            let foot_h = frame::px(style, frame::SOURCE_H).min(h as i32);
            let (top, foot) = area.split_vertically(h as i32 - foot_h);
            frame::source(&foot, source, style, &theme)?;
            body = top;
            &body
        }
        None => area,
    };
    if spec.is_empty() {
        frame::no_data(area, style, &theme)?;
        return Ok(Vec::new());
    }
    if let Some(title) = &style.title {
        frame::title(area, title, style, &theme)?;
    }
    let legend = legend_items(spec, style.lang, &theme);
    let hits = match spec {
        ChartSpec::Growth { bars } => growth::draw(area, bars, style, &theme, &legend)?,
        ChartSpec::Sectors { counts } => sectors::draw(area, counts, style, &theme, &legend)?,
        ChartSpec::Pairs { pairs, of } => pairs::draw(area, pairs, *of, style, &theme, &legend)?,
    };
    if let Some(hit) = style.focus.and_then(|f| hits.get(f)) {
        frame::focus_ring(area, hit, style, &theme)?;
    }
    area.present().map_err(frame::err)?;
    Ok(hits)
}

/// A chart made for a slide or a document: drawn this many CSS pixels
/// wide at twice the density (a 1920-pixel-wide PNG), on a light ground.
pub const SLIDE_WIDTH: u32 = 960;
pub const SLIDE_SCALE: f64 = 2.0;

/// The height in CSS pixels of `spec` at `css_width` as a download draws
/// it: with its title and a source line.
pub fn height_with_source(spec: &ChartSpec, css_width: u32) -> u32 {
    preferred_height(spec, css_width) + (frame::TITLE_H + frame::SOURCE_H) as u32
}

/// The height in CSS pixels that gives every bar room at `css_width`.
pub fn preferred_height(spec: &ChartSpec, css_width: u32) -> u32 {
    if spec.is_empty() {
        return 160;
    }
    // Room for the legend in whichever language wraps it onto more lines.
    let theme = frame::Theme::of(false);
    let style = Style::default();
    let legend = [Lang::Zh, Lang::En]
        .into_iter()
        .map(|lang| {
            let names: Vec<String> = legend_items(spec, lang, &theme)
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            frame::legend_layout(&names, css_width as i32, &style).1
        })
        .max()
        .unwrap_or(0);
    let row = match spec {
        ChartSpec::Pairs { pairs, .. } => pairs::row_height(pairs),
        _ => frame::ROW_H,
    };
    let body = row * spec.rows() as f64;
    (frame::chrome_height(f64::from(legend), false) + body).ceil() as u32
}

/// The legend's names and colours, in `lang`.
fn legend_items(spec: &ChartSpec, lang: Lang, theme: &frame::Theme) -> Vec<(String, RGBColor)> {
    match spec {
        ChartSpec::Growth { bars } => growth::legend(bars, lang),
        ChartSpec::Sectors { counts } => sectors::legend(counts, lang, theme),
        ChartSpec::Pairs { pairs, of } => pairs::legend(pairs, *of, lang, theme),
    }
}

/// The chart as an SVG document of `width` × `height` backend pixels.
pub fn svg(spec: &ChartSpec, width: u32, height: u32, style: &Style) -> Result<String, String> {
    svg_beside::<SvgBackend>(spec, width, height, style)
}

/// [`svg`], drawn as `Either<SvgBackend, B>`: a program that also draws on
/// a `B` (the page, on its canvas) through `Either` has one copy of the
/// drawing code for both.
pub fn svg_beside<B: DrawingBackend>(
    spec: &ChartSpec,
    width: u32,
    height: u32,
    style: &Style,
) -> Result<String, String> {
    let mut out = String::new();
    {
        let svg = SvgBackend::with_string(&mut out, (width, height));
        let root = Either::<_, B>::Left(svg).into_drawing_area();
        let style = Style {
            text_boost: 1.24,
            ..style.clone()
        };
        draw(&root, spec, &style)?;
    }
    Ok(out)
}
