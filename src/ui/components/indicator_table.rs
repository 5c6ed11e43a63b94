//! The table of filtered indicators: sortable by any column, search hits
//! marked, each row linked to its record and its sentence.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::format::{number, value_text};
use crate::i18n::Lang;
use crate::query::{Column, Query};
use crate::state::Action;
use crate::ui::components::highlight::highlighted;
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct IndicatorTableProps {
    pub report: SharedReport,
    pub rows: Rc<Vec<usize>>,
    pub query: Query,
    pub lang: Lang,
    pub selected: Option<usize>,
    pub dispatch: Callback<Action>,
}

pub fn column_label(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Position => lang.pick("序", "#"),
        Column::Subject => lang.pick("指标", "Indicator"),
        Column::Value => lang.pick("数值", "Value"),
        Column::Period => lang.pick("年份", "Period"),
        Column::Status => lang.pick("状态", "Status"),
        Column::Sector => lang.pick("领域", "Sector"),
        Column::Kind => lang.pick("类型", "Kind"),
    }
}

#[function_component]
pub fn IndicatorTable(props: &IndicatorTableProps) -> Html {
    let lang = props.lang;
    let report = &props.report;
    let total = report.indicators.len();
    let terms: Vec<String> = props.query.terms().collect();
    // Rendering tens of thousands of rows would make every filter click
    // slow; the table grows on demand instead. A new result starts short.
    let limit = use_state_eq(|| PAGE);
    {
        let limit = limit.clone();
        use_effect_with(props.rows.clone(), move |_| limit.set(PAGE));
    }
    use_effect_with((), |_| mark_painted());
    if props.rows.is_empty() {
        let clear = props.dispatch.reform(|_: MouseEvent| Action::ClearFilters);
        return html! {
            <div class="rx-empty" role="status">
                <p>{ lang.pick("没有符合条件的指标。", "No indicator matches these filters.") }</p>
                <button type="button" class="rx-button" onclick={clear}>{ lang.pick("清除全部筛选", "Clear all filters") }</button>
            </div>
        };
    }
    let sort = props.query.sort;
    let header = |c: Column| {
        let current = sort.column == c;
        let aria_sort = current.then_some(if sort.descending {
            "descending"
        } else {
            "ascending"
        });
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| Action::SortBy(c));
        let arrow = match (current, sort.descending) {
            (false, _) => "↕",
            (true, false) => "↑",
            (true, true) => "↓",
        };
        html! {
            <th scope="col" aria-sort={aria_sort} class={format!("rx-col-{}", c.id())}>
                <button type="button" class="rx-sort" {onclick}>
                    { column_label(c, lang) }<span class="rx-sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };
    html! {
        <div class="rx-table-wrap">
            <table class="rx-table rx-indicators">
                <caption>
                    { lang.pick(&format!("指标（显示 {} / 共 {} 项）", props.rows.len(), total), &format!("Indicators ({} of {} shown)", props.rows.len(), total)) }
                </caption>
                <thead>
                    <tr>
                        { for Column::ALL.into_iter().map(header) }
                        <th scope="col" class="rx-col-source">{ lang.pick("出处", "Source") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().take(*limit).map(|&i| row(props, i, &terms)) }
                </tbody>
            </table>
            if props.rows.len() > *limit {
                { more(props.rows.len(), &limit, lang) }
            }
        </div>
    }
}

/// Rows rendered at first, and added per "show more".
const PAGE: usize = 50;

fn more(rows: usize, limit: &UseStateHandle<usize>, lang: Lang) -> Html {
    let hidden = rows - **limit;
    let next = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + PAGE))
    };
    let all = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(rows))
    };
    html! {
        <p class="rx-more">
            { lang.pick(&format!("还有 {hidden} 行未显示。"), &format!("{hidden} more rows not shown.")) }
            <button type="button" class="rx-button" onclick={next}>{ lang.pick(&format!("再显示 {}", PAGE.min(hidden)), &format!("Show {} more", PAGE.min(hidden))) }</button>
            <button type="button" class="rx-button" onclick={all}>{ lang.pick("全部显示", "Show all") }</button>
        </p>
    }
}

/// Marks the first paint of the table for the benchmark
/// (`performance.getEntriesByName("rx-table-painted")`).
fn mark_painted() {
    let window = gloo::utils::window();
    let callback = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("rx-table-painted");
        }
    });
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

fn row(props: &IndicatorTableProps, i: usize, terms: &[String]) -> Html {
    let lang = props.lang;
    let report = &props.report;
    let ind = &report.indicators[i];
    let id = ind.id.clone();
    let select = props
        .dispatch
        .reform(move |_: MouseEvent| Action::Select(Some(id.clone())));
    let id = ind.id.clone();
    let section = report.sentence_of(ind).and_then(|s| s.section);
    let show = props
        .dispatch
        .reform(move |_: MouseEvent| Action::ShowInReader {
            id: id.clone(),
            section,
        });
    let subject = match (lang, &ind.subject_en) {
        (Lang::En, Some(en)) => {
            html! { <>{ highlighted(en, terms) }<span class="rx-subject-zh" lang="zh-CN">{ highlighted(&ind.subject, terms) }</span></> }
        }
        _ => highlighted(&ind.subject, terms),
    };
    let selected = props.selected == Some(i);
    html! {
        <tr key={ind.id.clone()} class={classes!(format!("rx-sector-{}", ind.sector.id()), selected.then_some("rx-row-selected"))}>
            <td class="rx-col-position">{ i + 1 }</td>
            <td class="rx-col-subject">
                <button type="button" class="rx-link" onclick={select}>{ subject }</button>
            </td>
            <td class="rx-col-value">
                { value_text(ind, lang) }
                // The raw text only adds something when it is not the value as shown.
                if ind.raw != format!("{}{}", number(ind.value), ind.unit) {
                    <span class="rx-raw" lang="zh-CN">{ highlighted(&ind.raw, terms) }</span>
                }
            </td>
            <td>{ lang.period(&ind.period) }</td>
            <td>{ lang.status(ind.status) }</td>
            <td><span class="rx-swatch" aria-hidden="true"></span>{ lang.sector(ind.sector) }</td>
            <td>{ lang.kind(ind.kind) }</td>
            <td>
                <button type="button" class="rx-link" onclick={show} aria-label={format!("{} {}: {}", lang.pick("在原文中查看", "Show in text"), ind.subject, ind.raw)}>
                    { lang.pick("原文", "Text") }
                </button>
            </td>
        </tr>
    }
}
