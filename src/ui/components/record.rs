//! The open record: every field of one indicator and the sentence it came from.

use yew::prelude::*;

use crate::format::{english, number, value_text};
use crate::i18n::Lang;
use crate::model::Direction;
use crate::query::Query;
use crate::state::{Action, View};
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct RecordProps {
    pub report: SharedReport,
    /// Index into `Report::indicators`.
    pub index: usize,
    pub query: Query,
    pub view: View,
    pub lang: Lang,
    /// Fixed to the viewport (a page of its own) or in the flow (embedded).
    pub floating: bool,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Record(props: &RecordProps) -> Html {
    let lang = props.lang;
    let report = &props.report;
    let node = use_node_ref();
    {
        // In the flow the panel may open out of sight: bring it into view.
        let (node, floating) = (node.clone(), props.floating);
        use_effect_with(props.index, move |_| {
            if let Some(el) = node.cast::<web_sys::Element>().filter(|_| !floating) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let Some(ind) = report.indicators.get(props.index) else {
        return html! {};
    };
    let sentence = report.sentence_of(ind);
    let close = props.dispatch.reform(|_: MouseEvent| Action::Select(None));
    let show = Action::show_in_reader(report, props.index);
    let show = props.dispatch.reform(move |_: MouseEvent| show.clone());
    let direction = match ind.direction {
        Direction::Up => lang.pick("上升", "up"),
        Direction::Down => lang.pick("下降", "down"),
        Direction::None => "—",
    };
    let field =
        |name: &str, value: Html| html! { <><dt>{ name.to_owned() }</dt><dd>{ value }</dd></> };
    // A range's upper end, in the same unit as its value (`5%—6%` → 6%).
    let high = ind.value_high.map(|v| match lang {
        Lang::Zh => format!("{}{}", number(v), ind.unit),
        Lang::En => english(v, &ind.unit).unwrap_or_else(|| format!("{}{}", number(v), ind.unit)),
    });
    let quote = sentence.map(|s| {
        let text = &report.text;
        html! {
            <blockquote class="rx-quote" lang="zh-CN">
                { text[s.span.start..ind.start].to_owned() }
                <mark class={classes!("rx-number", format!("rx-sector-{}", ind.sector.id()))}>{ ind.raw.clone() }</mark>
                { text[ind.end..s.span.end].to_owned() }
            </blockquote>
        }
    });
    html! {
        <section ref={node} class={classes!("rx-record", props.floating.then_some("rx-record-floating"), format!("rx-sector-{}", ind.sector.id()))} aria-label={lang.pick("指标详情", "Indicator record")}>
            <div class="rx-record-head">
                <h2 class="rx-record-title">
                    <span lang="zh-CN">{ ind.subject.clone() }</span>
                    if let Some(en) = &ind.subject_en {
                        <span class="rx-record-en" lang="en">{ en.clone() }</span>
                    }
                </h2>
                <button type="button" class="rx-button" onclick={close}>{ lang.pick("关闭", "Close") }</button>
            </div>
            <p class="rx-record-value">{ value_text(ind, lang) }</p>
            { quote.unwrap_or_default() }
            <dl class="rx-fields">
                { field(lang.pick("原文数值", "As written"), html! { <span lang="zh-CN">{ ind.raw.clone() }</span> }) }
                if let Some(high) = high {
                    { field(lang.pick("区间上限", "Upper end of range"), html! { high }) }
                }
                if !ind.verb.is_empty() {
                    { field(lang.pick("措辞", "Governing word"), html! { <span lang="zh-CN">{ ind.verb.clone() }</span> }) }
                }
                { field(lang.pick("年份", "Period"), html! { lang.period(&ind.period) }) }
                { field(lang.pick("状态", "Status"), html! { lang.status(ind.status) }) }
                { field(lang.pick("类型", "Kind"), html! { lang.kind(ind.kind) }) }
                { field(lang.pick("方向", "Direction"), html! { direction }) }
                { field(lang.pick("领域", "Sector"), html! { lang.sector(ind.sector) }) }
                { field(lang.pick("章节", "Section"), html! { <span lang="zh-CN">{ ind.section.clone() }</span> }) }
                { field("ID", html! { <code>{ ind.id.clone() }</code> }) }
            </dl>
            if props.view != View::Reader {
                <button type="button" class="rx-button" onclick={show}>{ lang.pick("在原文中查看", "Show in the report text") }</button>
            }
        </section>
    }
}
