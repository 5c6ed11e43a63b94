//! A chart in a figure: the canvas with hover, click and keyboard access,
//! a text description, a table alternative and PNG/SVG downloads.

#[path = "chart_canvas.rs"]
mod chart_canvas;

use std::rc::Rc;

use crate::ui::canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::chart::series::Titled;
use crate::chart::{self, ChartSpec, Hit, Style, Target};
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::Sector;
use crate::ui::hooks::use_printing;
use chart_canvas::{
    download_png, measure, paint, pointer, set_hidden, show_tip, use_frame_size, use_prefers_dark,
};

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    /// File-name stem of the downloads and prefix of the DOM ids, e.g. `growth`.
    pub name: AttrValue,
    /// What to draw and its title: the caption, the canvas's name and the
    /// title drawn in the picture and its downloads are the same text.
    pub chart: Rc<Titled>,
    /// What a download is called and says about itself: the file name stem
    /// (`export_name::file_stem`), the report for the drawn title, and the
    /// source line.
    #[prop_or_default]
    pub export: Rc<ChartExport>,
    pub lang: Lang,
    /// An indicator to emphasise wherever it has a bar.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// A bar standing for an indicator was clicked or activated by key.
    #[prop_or_default]
    pub on_select: Callback<usize>,
    /// A bar standing for a sector was clicked or activated by key.
    #[prop_or_default]
    pub on_sector: Callback<Sector>,
}

/// A chart download's file name stem, report label and source line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartExport {
    pub file_stem: String,
    pub report: String,
    pub source: String,
}

impl ChartExport {
    /// The style a download is drawn with: light, its title prefixed with
    /// the report, and the source line (`chart_canvas::download_png` sets
    /// the slide's size).
    fn style(&self, chart: &Titled, lang: Lang) -> Style {
        let title = if self.report.is_empty() {
            chart.title.clone()
        } else {
            format!("{}{}{}", self.report, t(lang, Msg::Colon), chart.title)
        };
        Style {
            title: Some(title),
            source: (!self.source.is_empty()).then(|| self.source.clone()),
            ..Style::new(1.0, false, lang)
        }
    }

    fn file_name(&self, name: &str, extension: &str) -> String {
        if self.file_stem.is_empty() {
            format!("{name}.{extension}")
        } else {
            format!("{}-{name}.{extension}", self.file_stem)
        }
    }
}

#[function_component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let (figure, frame, canvas, tip, fallback) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let size = use_frame_size(figure.clone(), frame.clone());
    // Paper is white: a printout draws the light theme at the chart's own size.
    let printing = use_printing();
    let dark = use_prefers_dark() && !printing;
    // Hover never touches state (the tooltip is moved in the DOM), so
    // pointer movement re-renders nothing; only keyboard focus does.
    let focus = use_state_eq(|| None::<usize>);
    let live = use_state_eq(String::new);
    let show_table = use_state_eq(|| false);
    let hits = use_mut_ref(Vec::<Hit>::new);
    let lang = props.lang;
    let description = use_memo((props.chart.clone(), lang), |(chart, lang)| {
        chart::describe(&chart.spec, *lang)
    });

    {
        let (canvas, frame, tip, fallback, hits, name) = (
            canvas.clone(),
            frame.clone(),
            tip.clone(),
            fallback.clone(),
            hits.clone(),
            props.name.clone(),
        );
        let deps = (
            props.chart.clone(),
            lang,
            props.selected,
            size,
            dark,
            *focus,
            printing,
        );
        use_effect_with(
            deps,
            move |(chart, lang, selected, size, dark, focus, printing)| {
                // The first run comes before the size state has been read.
                let size = if size.width == 0 {
                    measure(&frame)
                } else {
                    *size
                };
                let style = Style {
                    selected: *selected,
                    focus: *focus,
                    ..Style::new(size.dpr, *dark, *lang)
                };
                let painted = match canvas.cast::<HtmlCanvasElement>() {
                    Some(c) => paint(&c, &chart.spec, size, &style, *printing),
                    None => Err("the canvas is not mounted".into()),
                };
                let ok = painted.is_ok();
                *hits.borrow_mut() = painted.unwrap_or_else(|e| {
                    gloo::console::warn!(format!("chart {name}: {e}"));
                    Vec::new()
                });
                set_hidden(&fallback, ok);
                if let Some(hit) = focus.and_then(|f| hits.borrow().get(f).cloned()) {
                    let at = (f64::from(hit.x0) / size.dpr, f64::from(hit.y1) / size.dpr);
                    show_tip(&tip, size.width, &hit.tooltip, at);
                }
            },
        );
    }

    let activate = {
        let (on_select, on_sector) = (props.on_select.clone(), props.on_sector.clone());
        move |target: Target| match target {
            Target::Indicator(i) => on_select.emit(i),
            Target::Sector(s) => on_sector.emit(s),
        }
    };
    let hit_under = {
        let (canvas, hits) = (canvas.clone(), hits.clone());
        move |e: &MouseEvent| {
            let c = canvas.cast::<HtmlCanvasElement>()?;
            let (css, px) = pointer(&c, e);
            let hits = hits.borrow();
            chart::hit_at(&hits, px.0, px.1).map(|i| (css, hits[i].clone()))
        }
    };
    let onmousemove = {
        let (hit_under, tip, canvas) = (hit_under.clone(), tip.clone(), canvas.clone());
        Callback::from(move |e: MouseEvent| {
            let hit = hit_under(&e);
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let _ = c
                    .style()
                    .set_property("cursor", if hit.is_some() { "pointer" } else { "default" });
            }
            match hit {
                Some((at, hit)) => show_tip(&tip, size.width, &hit.tooltip, at),
                None => set_hidden(&tip, true),
            }
        })
    };
    let onmouseleave = {
        let tip = tip.clone();
        Callback::from(move |_: MouseEvent| set_hidden(&tip, true))
    };
    let onclick = {
        let activate = activate.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, hit)) = hit_under(&e) {
                activate(hit.target);
            }
        })
    };
    let onkeydown = {
        let (focus, live, hits, tip) = (focus.clone(), live.clone(), hits.clone(), tip.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = hits.borrow().len();
            let next = match e.key().as_str() {
                _ if n == 0 => return,
                "ArrowDown" | "ArrowRight" => focus.map_or(0, |f| (f + 1).min(n - 1)),
                "ArrowUp" | "ArrowLeft" => focus.map_or(n - 1, |f| f.saturating_sub(1)),
                "Home" => 0,
                "End" => n - 1,
                "Enter" | " " => {
                    let target = focus.and_then(|f| hits.borrow().get(f).map(|h| h.target));
                    if let Some(target) = target {
                        e.prevent_default();
                        activate(target);
                    }
                    return;
                }
                "Escape" => {
                    focus.set(None);
                    live.set(String::new());
                    set_hidden(&tip, true);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            live.set(hits.borrow()[next].tooltip.clone());
            focus.set(Some(next));
        })
    };
    let onblur = {
        let (focus, tip) = (focus.clone(), tip.clone());
        Callback::from(move |_: FocusEvent| {
            focus.set(None);
            set_hidden(&tip, true);
        })
    };

    let toggle_table = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    let on_png = {
        let (chart, export, name) = (
            props.chart.clone(),
            props.export.clone(),
            props.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let style = export.style(&chart, lang);
            download_png(&chart.spec, &style, export.file_name(&name, "png"));
        })
    };
    let on_svg = {
        let (chart, export, name) = (
            props.chart.clone(),
            props.export.clone(),
            props.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            // The same drawing as the PNG, as vectors.
            let width = chart::SLIDE_WIDTH;
            let height = chart::height_with_source(&chart.spec, width);
            let style = export.style(&chart, lang);
            let done = chart::svg_beside::<CanvasBackend>(&chart.spec, width, height, &style)
                .and_then(|svg| {
                    crate::ui::download::download(
                        &export.file_name(&name, "svg"),
                        "image/svg+xml",
                        svg.as_bytes(),
                    )
                });
            if let Err(e) = done {
                gloo::console::error!(format!("chart SVG: {e}"));
            }
        })
    };

    let desc_id = format!("{}-chart-desc", props.name);
    // Each button is named by the chart it acts on: a page has several.
    let title = &props.chart.title;
    let named = |msg: Msg| format!("{}{}{title}", t(lang, msg), t(lang, Msg::Colon));
    html! {
        <figure ref={figure} class="rx-chart" data-testid={format!("chart-{}", props.name)}>
            <figcaption class="rx-chart-title">{ props.chart.title.clone() }</figcaption>
            <div class="rx-chart-toolbar" role="toolbar" aria-label={t(lang, Msg::ChartActions)}>
                <button type="button" class="rx-button" aria-pressed={show_table.to_string()} aria-label={named(Msg::ShowAsTable)} onclick={toggle_table} data-testid="chart-table-toggle">
                    { t(lang, Msg::ShowAsTable) }
                </button>
                <button type="button" class="rx-button" aria-label={named(Msg::DownloadPng)} onclick={on_png} data-testid="chart-png">{ "PNG" }</button>
                <button type="button" class="rx-button" aria-label={named(Msg::DownloadSvg)} onclick={on_svg} data-testid="chart-svg">{ "SVG" }</button>
            </div>
            <div ref={frame} class="rx-chart-frame">
                <canvas ref={canvas} class="rx-chart-canvas" role="img" tabindex="0" aria-label={props.chart.title.clone()} aria-describedby={desc_id.clone()}
                    data-testid="chart-canvas" {onmousemove} {onmouseleave} {onclick} {onkeydown} {onblur} />
                <div ref={tip} class="rx-chart-tip" aria-hidden="true" hidden={true} data-testid="chart-tooltip"></div>
            </div>
            <p ref={fallback} class="rx-chart-fallback" hidden={true}>
                { t(lang, Msg::ChartFailed) }
            </p>
            <p id={desc_id} class="rx-visually-hidden">{ (*description).clone() }</p>
            <p class="rx-visually-hidden" aria-live="polite" data-testid="chart-live">{ (*live).clone() }</p>
            if *show_table { { data_table(&props.chart.spec, lang, &props.chart.title) } }
        </figure>
    }
}

fn data_table(spec: &ChartSpec, lang: Lang, title: &str) -> Html {
    let (headers, rows) = chart::table(spec, lang);
    html! {
        <div class="rx-chart-table-wrap">
            <table class="rx-chart-table" data-testid="chart-table">
                <caption class="rx-visually-hidden">{ title.to_owned() }</caption>
                <thead><tr>{ for headers.into_iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for rows.into_iter().map(|row| html! { <tr>{ for row.into_iter().map(|c| html! { <td>{ c }</td> }) }</tr> }) }
                </tbody>
            </table>
        </div>
    }
}
