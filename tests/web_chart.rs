//! The chart panel in headless Chromium: it paints, offers a table, and
//! answers clicks and keys. Run:
//! `cargo test --target wasm32-unknown-unknown --test web_chart`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;
use report_explorer::aggregate::{Bar, SectorCounts};
use report_explorer::chart::series::Titled;
use report_explorer::chart::{self, ChartSpec, Hit, Style};
use report_explorer::i18n::Lang;
use report_explorer::model::{Comparator, Period, Sector, Status};
use report_explorer::ui::components::{ChartPanel, ChartPanelProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent,
    MouseEventInit,
};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/until.rs"]
mod support;
use support::until;

/// A fresh 600 px wide element on the page for one test.
fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    root.style().set_property("width", "600px").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root.into()
}

/// Is the panel's canvas there and as wide as its frame, in device pixels?
/// (The chart is drawn in the same task that sizes it.)
fn painted(root: &Element) -> bool {
    let Ok(Some(canvas)) = root.query_selector("[data-testid=chart-canvas]") else {
        return false;
    };
    let canvas: HtmlCanvasElement = canvas.unchecked_into();
    let frame = canvas.parent_element().unwrap();
    let dpr = gloo::utils::window().device_pixel_ratio();
    frame.client_width() > 0
        && canvas.width() == (f64::from(frame.client_width()) * dpr).round() as u32
}

/// Mounts the panel for `spec` and waits for its first painting.
async fn mount_painted(root: &Element, spec: ChartSpec) -> Rc<RefCell<Seen>> {
    let seen = mount(root, spec);
    until("the first painting", || painted(root)).await;
    seen
}

fn growth() -> ChartSpec {
    let bar = |indicator, label: &str, value, sector| Bar {
        indicator,
        label: label.into(),
        value,
        high: None,
        comparator: Comparator::Exact,
        sector,
        status: Status::Estimate,
    };
    ChartSpec::Growth {
        bars: vec![
            bar(7, "地区生产总值", 6.0, Sector::Macro),
            bar(3, "规上工业增加值", 5.2, Sector::Industry),
            bar(9, "固定资产投资", -3.5, Sector::Investment),
        ],
    }
}

fn sectors() -> ChartSpec {
    ChartSpec::Sectors {
        counts: SectorCounts {
            periods: vec![Period::Year(2023), Period::Year(2024)],
            rows: vec![
                (Sector::Macro, vec![2, 1]),
                (Sector::Agriculture, vec![1, 0]),
            ],
        },
    }
}

/// Everything a test wants to see from the callbacks.
#[derive(Default)]
struct Seen {
    selected: Vec<usize>,
    sectors: Vec<Sector>,
}

fn mount(root: &Element, spec: ChartSpec) -> Rc<RefCell<Seen>> {
    let seen = Rc::new(RefCell::new(Seen::default()));
    let (a, b) = (seen.clone(), seen.clone());
    let props = ChartPanelProps {
        name: AttrValue::from("growth"),
        chart: Rc::new(Titled {
            title: "增速".into(),
            spec,
        }),
        export: Default::default(),
        lang: Lang::Zh,
        selected: None,
        on_select: Callback::from(move |i| a.borrow_mut().selected.push(i)),
        on_sector: Callback::from(move |s| b.borrow_mut().sectors.push(s)),
    };
    yew::Renderer::<ChartPanel>::with_root_and_props(root.clone(), props).render();
    seen
}

fn find<T: JsCast>(root: &Element, testid: &str) -> T {
    root.query_selector(&format!("[data-testid={testid}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {testid}"))
        .unchecked_into()
}

/// The hits the panel's canvas has, drawn again by the core at the same size.
fn hits_of(canvas: &HtmlCanvasElement, spec: &ChartSpec) -> Vec<Hit> {
    let mut out = String::new();
    let area = report_explorer::chart::SvgBackend::with_string(
        &mut out,
        (canvas.width(), canvas.height()),
    )
    .into_drawing_area();
    let dpr = gloo::utils::window().device_pixel_ratio();
    chart::draw(&area, spec, &Style::new(dpr, false, Lang::Zh)).unwrap()
}

/// Clicks the middle of `hit` as a user would, in client coordinates.
fn click(canvas: &HtmlCanvasElement, hit: &Hit) {
    let r = canvas.get_bounding_client_rect();
    let k = r.width() / f64::from(canvas.width());
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((r.left() + f64::from(hit.x0 + hit.x1) / 2.0 * k).round() as i32);
    init.set_client_y((r.top() + f64::from(hit.y0 + hit.y1) / 2.0 * k).round() as i32);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
}

fn key(canvas: &HtmlCanvasElement, name: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(name);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_canvas_is_painted_at_the_frame_width() {
    let root = fresh_root();
    mount_painted(&root, growth()).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    let dpr = gloo::utils::window().device_pixel_ratio();
    // The figure keeps its default margins here (no stylesheet): follow the frame.
    let frame = canvas.parent_element().unwrap();
    let css_width = canvas.get_bounding_client_rect().width();
    assert!(frame.client_width() > 400);
    assert!(
        (css_width - f64::from(frame.client_width())).abs() < 1.0,
        "{css_width}"
    );
    assert_eq!(canvas.width(), (css_width * dpr).round() as u32);
    let blank: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .unwrap()
        .unchecked_into();
    blank.set_width(canvas.width());
    blank.set_height(canvas.height());
    assert_ne!(canvas.to_data_url().unwrap(), blank.to_data_url().unwrap());
    let desc_id = canvas.get_attribute("aria-describedby").unwrap();
    let desc = gloo::utils::document().get_element_by_id(&desc_id).unwrap();
    assert_eq!(
        desc.text_content().unwrap(),
        chart::describe(&growth(), Lang::Zh)
    );
}

#[wasm_bindgen_test]
async fn the_canvas_follows_its_container_when_it_narrows() {
    let root = fresh_root();
    mount_painted(&root, growth()).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    let before = canvas.width();
    root.unchecked_ref::<HtmlElement>()
        .style()
        .set_property("width", "400px")
        .unwrap();
    until("the narrower painting", || {
        painted(&root) && canvas.width() < before
    })
    .await;
    let frame = canvas.parent_element().unwrap();
    let dpr = gloo::utils::window().device_pixel_ratio();
    assert_eq!(
        canvas.width(),
        (f64::from(frame.client_width()) * dpr).round() as u32
    );
    assert_eq!(before - canvas.width(), (200.0 * dpr).round() as u32);
}

#[wasm_bindgen_test]
async fn show_as_table_toggles_a_table_of_the_bars() {
    let root = fresh_root();
    mount_painted(&root, growth()).await;
    let toggle: HtmlElement = find(&root, "chart-table-toggle");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(root.query_selector("table").unwrap().is_none());
    toggle.click();
    until("the table shown", || {
        root.query_selector("[data-testid=chart-table]")
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let table: Element = find(&root, "chart-table");
    let cells = |sel: &str| -> Vec<String> {
        let list = table.query_selector_all(sel).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(cells("th[scope=col]"), ["指标", "领域", "状态", "增速"]);
    assert_eq!(cells("tbody tr").len(), 3);
    assert_eq!(
        cells("tbody tr:last-child td"),
        ["固定资产投资", "招商项目", "预计", "−3.5%"]
    );
    toggle.click();
    until("the table hidden", || {
        root.query_selector("table").unwrap().is_none()
    })
    .await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn a_click_on_a_bar_selects_its_indicator() {
    let root = fresh_root();
    let seen = mount_painted(&root, growth()).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    let hits = hits_of(&canvas, &growth());
    assert_eq!(hits.len(), 3);
    click(&canvas, &hits[2]);
    click(&canvas, &hits[1]);
    until("two selections", || seen.borrow().selected.len() == 2).await;
    assert_eq!(seen.borrow().selected, [9, 3]);
}

#[wasm_bindgen_test]
async fn a_click_on_a_sector_bar_reports_the_sector() {
    let root = fresh_root();
    let seen = mount_painted(&root, sectors()).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    let hits = hits_of(&canvas, &sectors());
    click(&canvas, &hits[1]);
    until("a sector", || !seen.borrow().sectors.is_empty()).await;
    assert_eq!(seen.borrow().sectors, [Sector::Agriculture]);
    assert!(seen.borrow().selected.is_empty());
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_bars_and_enter_selects() {
    let root = fresh_root();
    let seen = mount_painted(&root, growth()).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    let live: Element = find(&root, "chart-live");
    let tip: HtmlElement = find(&root, "chart-tooltip");
    canvas.focus().unwrap();
    let announced = |text: &str| live.text_content().unwrap_or_default() == text;
    key(&canvas, "ArrowDown");
    until("the first bar announced", || !announced("")).await;
    assert_eq!(
        live.text_content().unwrap(),
        "地区生产总值：+6%（宏观经济 · 预计）"
    );
    assert!(!tip.hidden());
    assert_eq!(tip.text_content().unwrap(), live.text_content().unwrap());
    let first = live.text_content().unwrap();
    key(&canvas, "ArrowDown");
    until("the second bar announced", || !announced(&first)).await;
    key(&canvas, "Enter");
    until("a selection", || !seen.borrow().selected.is_empty()).await;
    assert_eq!(seen.borrow().selected, [3]);
    key(&canvas, "Escape");
    until("the announcement cleared", || announced("")).await;
    assert!(tip.hidden());
    // Enter with no bar active selects nothing; the next arrow key, handled
    // after it, is the point by which it would have.
    key(&canvas, "Enter");
    key(&canvas, "ArrowDown");
    until("a bar announced again", || !announced("")).await;
    assert_eq!(seen.borrow().selected, [3]);
}

#[wasm_bindgen_test]
async fn an_empty_chart_paints_its_message_without_hits() {
    let root = fresh_root();
    let seen = mount_painted(&root, ChartSpec::Growth { bars: vec![] }).await;
    let canvas: HtmlCanvasElement = find(&root, "chart-canvas");
    key(&canvas, "ArrowDown");
    key(&canvas, "Enter");
    // A render after the keys were handled is the point by which they
    // would have selected or announced something.
    let toggle: HtmlElement = find(&root, "chart-table-toggle");
    toggle.click();
    until("the table shown", || {
        root.query_selector("[data-testid=chart-table]")
            .unwrap()
            .is_some()
    })
    .await;
    assert!(seen.borrow().selected.is_empty());
    assert_eq!(
        find::<Element>(&root, "chart-live").text_content().unwrap(),
        ""
    );
}
