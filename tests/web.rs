//! Components rendered in headless Chromium (wasm-bindgen-test).
//! Run: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use report_explorer::extract::extract;
use report_explorer::hash;
use report_explorer::i18n::Lang;
use report_explorer::model::Sector;
use report_explorer::state::{AppState, View};
use report_explorer::ui::components::{Outline, OutlineProps};
use report_explorer::ui::context::Explorer;
use report_explorer::ui::{App, SharedReport};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::context::ContextProviderProps;
use yew::{html, AppHandle, Callback, ContextProvider, Html};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/until.rs"]
mod support;
use support::until;

/// Renders `content` into `root` inside the explorer's context (`report`,
/// in Chinese), as the app's root gives it.
fn within(
    root: &Element,
    report: &SharedReport,
    content: Html,
) -> AppHandle<ContextProvider<Explorer>> {
    let props = ContextProviderProps {
        context: Explorer {
            report: report.clone(),
            lang: Lang::Zh,
        },
        children: content,
    };
    yew::Renderer::<ContextProvider<Explorer>>::with_root_and_props(root.clone(), props).render()
}

/// A fresh element on the page for one test to render into.
fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Puts the page's URL hash in a known state before an App mounts: tests
/// share one page, and the App reads its state from the hash.
fn set_hash(hash: &str) {
    let window = gloo::utils::window();
    let href = window.location().href().unwrap();
    let base = href.split('#').next().unwrap().to_owned();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{base}{hash}")),
        )
        .unwrap();
}

/// The whole explorer at `hash`, rendered into a fresh element, once its
/// view is on screen and the filter panel (which comes a frame later) too.
async fn mount_app(hash: &str) -> (Element, AppHandle<App>) {
    set_hash(hash);
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    until("the explorer's first screen", || {
        let has = |sel: &str| root.query_selector(sel).ok().flatten().is_some();
        has("nav button") && (!hash.contains("view=") || has(".rx-filters input"))
    })
    .await;
    (root, app)
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn buttons(root: &Element) -> Vec<HtmlElement> {
    let list = root.query_selector_all("nav button").unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .collect()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    buttons(root)
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

const SMALL: &str = "一、2023年工作回顾\n\n一是经济运行整体好转。地区生产总值增长6%。\n\n二是农业发展稳中有进。新建高标准农田38.2万亩。\n\n二、2024年重点工作任务\n\n（一）强化科技创新引领。新增平台5家。";

#[wasm_bindgen_test]
async fn outline_lists_every_heading_and_reports_clicks() {
    let root = fresh_root();
    let report = SharedReport::new(extract(SMALL));
    let clicked = Rc::new(std::cell::Cell::new(None));
    let sink = clicked.clone();
    let props = OutlineProps {
        report,
        selected: Some(1),
        lang: Lang::Zh,
        on_select: Callback::from(move |s| sink.set(Some(s))),
    };
    let _app = yew::Renderer::<Outline>::with_root_and_props(root.clone(), props).render();
    // The section buttons, and the toggle that folds them on a phone.
    until("the outline", || buttons(&root).len() == 7).await;

    let labels: Vec<String> = all(&root, ".rx-tree button")
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "全文",
            "一、2023年工作回顾",
            "一是经济运行整体好转",
            "二是农业发展稳中有进",
            "二、2024年重点工作任务",
            "（一）强化科技创新引领"
        ]
    );
    assert_eq!(
        button(&root, "一是经济运行整体好转")
            .get_attribute("aria-current")
            .as_deref(),
        Some("true")
    );
    assert_eq!(button(&root, "全文").get_attribute("aria-current"), None);

    // Folded until its toggle opens it; choosing a section folds it again.
    let toggle = button(&root, "目录");
    let nav = root.query_selector("nav").unwrap().unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(nav.class_list().contains("rx-outline-folded"));
    toggle.click();
    until("the outline to open", || {
        toggle.get_attribute("aria-expanded").as_deref() == Some("true")
            && !nav.class_list().contains("rx-outline-folded")
    })
    .await;

    button(&root, "（一）强化科技创新引领").click();
    until("the click to reach the callback", || {
        clicked.get().is_some()
    })
    .await;
    assert_eq!(clicked.get(), Some(Some(4)));
    until("the outline to fold again", || {
        toggle.get_attribute("aria-expanded").as_deref() == Some("false")
    })
    .await;
}

#[wasm_bindgen_test]
async fn app_shows_the_clicked_section() {
    let (root, _app) = mount_app("#view=reader").await;

    let title = root
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(title, "牡丹江市2024年政府工作报告");

    button(&root, "二是农业发展稳中有进").click();
    until("the section in the hash", || {
        current_hash().contains("section=")
    })
    .await;
    let reader = root
        .query_selector("article")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(reader.contains("新建高标准农田38.2万亩"), "{reader}");
    assert!(!reader.contains("经济运行整体好转"), "{reader}");
}

#[wasm_bindgen_test]
async fn ticking_a_sector_filters_the_table_rows() {
    let (root, _app) = mount_app("#view=table").await;
    until("the first page of 50 rows", || {
        all(&root, "tbody tr").len() == 50
    })
    .await;

    let agriculture = all(&root, ".rx-sector-agriculture input[type=checkbox]");
    agriculture[0].click();
    until("the sector in the hash", || {
        current_hash().contains("sector=agriculture")
    })
    .await;
    let sectors = texts(&root, "tbody tr td:nth-child(6)");
    assert!(!sectors.is_empty());
    assert!(sectors.iter().all(|s| s == "农业农村"), "{sectors:?}");
}

/// The first number in a table cell: `≥ 7%` → 7, `−3.5%` → -3.5.
fn leading_number(cell: &str) -> f64 {
    let cell = cell.replace('−', "-");
    let n: String = cell
        .chars()
        .skip_while(|c| !(c.is_ascii_digit() || *c == '-'))
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    n.parse().unwrap()
}

#[wasm_bindgen_test]
async fn sorting_by_value_orders_the_rows() {
    let (root, _app) = mount_app("#view=table&kind=growth").await;
    let header = all(&root, "th.rx-col-value button");
    let sorted = |order: &str| {
        let th = root.query_selector("th.rx-col-value").unwrap().unwrap();
        th.get_attribute("aria-sort").as_deref() == Some(order)
    };
    header[0].click();
    until("an ascending sort", || sorted("ascending")).await;
    header[0].click();
    until("a descending sort", || sorted("descending")).await;
    // The rows below the first screenful are rendered when the page is
    // idle: on a busy machine they may come after the header's state.
    until("every growth row", || {
        texts(&root, "tbody tr td:nth-child(3)").len() > 10
    })
    .await;
    let values: Vec<f64> = texts(&root, "tbody tr td:nth-child(3)")
        .iter()
        .map(|t| leading_number(t))
        .collect();
    assert!(values.len() > 10);
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    let th = root.query_selector("th.rx-col-value").unwrap().unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));
}

#[wasm_bindgen_test]
fn the_hash_codec_round_trips_through_the_browser() {
    let report = report_explorer::embedded::report();
    let mut state = AppState::default();
    state.query.sectors = [Sector::Agriculture, Sector::Environment].into();
    state.query.text = "风电 新能源&100%".into();
    state.view = View::Chart;
    state.lang = Lang::En;
    set_hash(&hash::encode(&state, &report));
    // What the browser hands back may be re-encoded; it must decode the same.
    let back = gloo::utils::window().location().hash().unwrap();
    assert_eq!(hash::decode(&back, &report), state);
}

const HOSTILE: &str = include_str!("fixtures/hostile.txt");

/// No element the text could have smuggled in exists under `root`.
fn assert_no_injected_markup(root: &Element) {
    for selector in ["script", "img", "a", "b", "i", "[onerror]", "[onmouseover]"] {
        assert!(
            root.query_selector(selector).unwrap().is_none(),
            "{selector} was created"
        );
    }
}

#[wasm_bindgen_test]
async fn the_reader_shows_markup_in_the_text_as_text() {
    use report_explorer::query::Query;
    use report_explorer::ui::components::{Reader, ReaderProps};
    let root = fresh_root();
    let report = SharedReport::new(extract(HOSTILE));
    let rows = Rc::new((0..report.indicators.len()).collect::<Vec<_>>());
    let props = ReaderProps {
        rows,
        query: Query::default(),
        section: None,
        selected: Some(0),
        on_action: Callback::noop(),
    };
    let _app = within(&root, &report, html! { <Reader ..props /> });
    until("the reader's text", || {
        root.text_content().unwrap_or_default().contains("alert(3)")
    })
    .await;
    assert_no_injected_markup(&root);
    let text = root.text_content().unwrap();
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("<img src=x onerror=alert(2)>"), "{text}");
    assert!(text.contains("<a href=\"javascript:alert(3)\">"), "{text}");
}

#[wasm_bindgen_test]
async fn the_table_and_record_show_markup_in_fields_as_text() {
    use report_explorer::query::Query;
    use report_explorer::state::View;
    use report_explorer::ui::components::{
        IndicatorTable, IndicatorTableProps, Record, RecordProps,
    };
    let report = SharedReport::new(extract(HOSTILE));
    let rows = Rc::new((0..report.indicators.len()).collect::<Vec<_>>());
    let table_root = fresh_root();
    let props = IndicatorTableProps {
        rows,
        query: Query::default(),
        selected: None,
        on_action: Callback::noop(),
    };
    let _table = within(&table_root, &report, html! { <IndicatorTable ..props /> });
    let record_root = fresh_root();
    let props = RecordProps {
        index: 0,
        query: Query::default(),
        view: View::Table,
        floating: false,
        on_action: Callback::noop(),
    };
    let _record = within(&record_root, &report, html! { <Record ..props /> });
    until("the table rows and the record", || {
        table_root
            .query_selector("tbody tr")
            .ok()
            .flatten()
            .is_some()
            && record_root
                .text_content()
                .unwrap_or_default()
                .contains("alert(1)")
    })
    .await;
    assert_no_injected_markup(&table_root);
    assert_no_injected_markup(&record_root);
    assert!(table_root
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(2)>工业产值"));
    assert!(record_root
        .text_content()
        .unwrap()
        .contains("<script>alert(1)</script>"));
}

#[wasm_bindgen_test]
async fn a_row_click_selects_its_record_which_takes_the_focus_and_gives_it_back() {
    let (root, _app) = mount_app("#view=table").await;
    let button = all(&root, "tbody tr:nth-child(3) button[data-rx=select]").remove(0);
    let id = button
        .closest("tr")
        .unwrap()
        .unwrap()
        .get_attribute("data-id")
        .unwrap();
    button.focus().unwrap();
    button.click();
    until("the selection in the hash", || {
        current_hash().contains(&format!("sel={id}"))
    })
    .await;
    let selected = all(&root, "tbody tr.rx-row-selected");
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].get_attribute("data-id"), Some(id.clone()));
    // The row is not rebuilt (selecting only moves a class); the record
    // takes the focus on its heading, and closing it gives the focus back.
    assert!(button.is_connected());
    let active = || gloo::utils::document().active_element().unwrap();
    until("the focus on the record's heading", || {
        active().matches(".rx-record h2").unwrap()
    })
    .await;
    let close = all(&root, ".rx-record button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("关闭"))
        .unwrap();
    close.click();
    until("the focus back on the row's button", || {
        active().is_same_node(Some(&button))
    })
    .await;

    // The row's source button opens the reader at the sentence.
    all(&root, "tbody tr:nth-child(3) button[data-rx=show]")[0].click();
    until("the reader in the hash", || {
        current_hash().contains("view=reader")
    })
    .await;
    until("the sentence lit up", || {
        root.query_selector(".rx-focus").unwrap().is_some()
    })
    .await;
}

/// A panic (which stops the app) leaves the reader a message in both
/// languages at the top of the explorer, once, with the detail as text.
#[wasm_bindgen_test]
async fn a_crash_shows_a_bilingual_alert_in_the_explorer() {
    let (root, _app) = mount_app("#view=table").await;
    let detail = "panicked at src/ui/x.rs:1:1: <img src=x onerror=alert(1)>";
    report_explorer::ui::show_crash(&root, detail);
    report_explorer::ui::show_crash(&root, "a second report of the same crash");
    let alerts = all(&root, "[role=alert]");
    assert_eq!(alerts.len(), 1);
    let text = alerts[0].text_content().unwrap();
    assert!(
        text.starts_with(&report_explorer::ui::crash_message()),
        "{text}"
    );
    assert!(
        text.contains("出错了") && text.contains("please reload the page"),
        "{text}"
    );
    assert!(text.ends_with(detail), "{text}");
    assert!(alerts[0].query_selector("img").unwrap().is_none());
    // Inside the explorer's root, where its styles apply, and in view.
    let parent = alerts[0].parent_element().unwrap();
    assert!(
        parent.class_list().contains("rx"),
        "{}",
        parent.outer_html()
    );
    assert!(alerts[0].offset_height() > 0);

    // Before the app has drawn anything, the mount element takes it.
    let empty = fresh_root();
    report_explorer::ui::show_crash(&empty, "early");
    assert_eq!(all(&empty, "[role=alert]").len(), 1);
}
