//! The open record: every field of one indicator and the sentence it came from.
//!
//! A labelled region that behaves like a non-modal dialog: opened by a
//! button (a table row, a number in the reader, a bar), it takes the focus
//! on its heading; Escape or "关闭" closes it and the focus goes back to
//! the element that opened it. Opened by a link (`#sel=` in the URL), it
//! leaves the focus where it is.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::format::{english, number, value_text};
use crate::glossary;
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::model::Direction;
use crate::query::Query;
use crate::state::{Action, View};
use crate::ui::components::button;
use crate::ui::context::{use_explorer, Explorer};

#[derive(Properties, PartialEq)]
pub struct RecordProps {
    /// Index into `Report::indicators`.
    pub index: usize,
    pub query: Query,
    pub view: View,
    /// Fixed to the viewport (a page of its own) or in the flow (embedded).
    pub floating: bool,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Record(props: &RecordProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let node = use_node_ref();
    let heading = use_node_ref();
    // The element that opened the record and the explorer's root it sits in.
    let trigger = use_mut_ref(|| None::<(HtmlElement, Option<Element>)>);
    {
        // In the flow the panel may open out of sight: bring it into view.
        let (node, heading, trigger, floating) = (
            node.clone(),
            heading.clone(),
            trigger.clone(),
            props.floating,
        );
        use_effect_with(props.index, move |_| {
            if let Some(el) = node.cast::<Element>().filter(|_| !floating) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
            // Opened from another record's panel, the first opener stays.
            let opener = active_element(&node).filter(|a| !within(&node, a));
            if let Some(opener) = opener {
                let root = opener.closest(".rx").ok().flatten();
                *trigger.borrow_mut() = opener.dyn_into::<HtmlElement>().ok().map(|o| (o, root));
                if let Some(h) = heading.cast::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    {
        // The record's own button to the reader disappears there: the focus
        // stays in the record rather than falling to the page.
        let (node, heading, first) = (node.clone(), heading.clone(), use_mut_ref(|| true));
        use_effect_with(props.view, move |_| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if !first && active_element(&node).is_none() {
                if let Some(h) = heading.cast::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    {
        // Closed, by any means: the focus goes back to what opened the
        // record if it was inside the record (or fell to the page with it).
        // A frame later, once the views have re-rendered: the reader
        // rebuilds the lit sentence's numbers, so an opener that is gone is
        // found again by its `data-key` in the explorer's root.
        let trigger = trigger.clone();
        use_effect_with((), move |_| {
            move || {
                let Some((opener, root)) = trigger.borrow_mut().take() else {
                    return;
                };
                let key = opener.get_attribute("data-key");
                gloo::timers::callback::Timeout::new(0, move || {
                    let lost = gloo::utils::document()
                        .active_element()
                        .is_none_or(|a| Some(&a) == gloo::utils::document().body().as_deref());
                    if !lost {
                        return;
                    }
                    let again = || {
                        let selector = format!("[data-key=\"{}\"]", key?);
                        root?
                            .query_selector(&selector)
                            .ok()??
                            .dyn_into::<HtmlElement>()
                            .ok()
                    };
                    let target = if opener.is_connected() {
                        Some(opener)
                    } else {
                        again()
                    };
                    if let Some(t) = target {
                        let _ = t.focus();
                    }
                })
                .forget();
            }
        });
    }
    let Some(ind) = report.indicators.get(props.index) else {
        return html! {};
    };
    let sentence = report.sentence_of(ind);
    let close = props.on_action.reform(|_: MouseEvent| Action::Select(None));
    let onkeydown = {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                dispatch.emit(Action::Select(None));
            }
        })
    };
    // Each heading in English where the glossary names it, else whole in Chinese.
    let section = glossary::path_in(&ind.section, lang)
        .into_iter()
        .enumerate()
        .map(|(k, (text, l))| html! { <>{ if k > 0 { " > " } else { "" } }<span lang={l.tag()}>{ text }</span></> })
        .collect::<Html>();
    let show = Action::show_in_reader(report, props.index);
    let show = super::sends(&props.on_action, show);
    let direction = match ind.direction {
        Direction::Up => t(lang, Msg::Up),
        Direction::Down => t(lang, Msg::Down),
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
                <mark class={classes!("rx-number", format!("rx-sector-{}", ind.sector.id()))}>{ ind.raw.as_str().to_owned() }</mark>
                { text[ind.end..s.span.end].to_owned() }
            </blockquote>
        }
    });
    html! {
        <section ref={node} class={classes!("rx-record", props.floating.then_some("rx-record-floating"), format!("rx-sector-{}", ind.sector.id()))} aria-label={t(lang, Msg::IndicatorRecord)} {onkeydown}>
            <div class="rx-record-head">
                <h2 ref={heading} class="rx-record-title" tabindex="-1">
                    <span lang="zh-CN">{ ind.subject.as_str().to_owned() }</span>
                    if let Some(en) = &ind.subject_en {
                        <span class="rx-record-en" lang="en">{ en.as_str().to_owned() }</span>
                    }
                </h2>
                <button type="button" class="rx-button" onclick={close} aria-keyshortcuts="Escape">{ t(lang, Msg::Close) }</button>
            </div>
            <p class="rx-record-value">{ value_text(ind, lang) }</p>
            { quote.unwrap_or_default() }
            <dl class="rx-fields">
                { field(t(lang, Msg::AsWritten), html! { <span lang="zh-CN">{ ind.raw.as_str().to_owned() }</span> }) }
                if let Some(high) = high {
                    { field(t(lang, Msg::UpperEnd), html! { high }) }
                }
                if !ind.verb.is_empty() {
                    { field(t(lang, Msg::GoverningWord), html! { <span lang="zh-CN">{ ind.verb.as_str().to_owned() }</span> }) }
                }
                { field(t(lang, Msg::Period), html! { lang.period(ind.period) }) }
                { field(t(lang, Msg::Status), html! { lang.status(ind.status) }) }
                { field(t(lang, Msg::Kind), html! { lang.kind(ind.kind) }) }
                { field(t(lang, Msg::Direction), html! { direction }) }
                { field(t(lang, Msg::Sector), html! { lang.sector(ind.sector) }) }
                { field(t(lang, Msg::Section), section) }
                { field("ID", html! { <code>{ ind.id.as_str().to_owned() }</code> }) }
            </dl>
            if props.view != View::Reader {
                { button(t(lang, Msg::ShowInReportText), show) }
            }
        </section>
    }
}

/// The focused element, if any but the page itself; inside a shadow root
/// (an embedded explorer) the one in that root.
fn active_element(node: &NodeRef) -> Option<Element> {
    let root = node.cast::<web_sys::Node>().map(|n| n.get_root_node());
    if let Some(shadow) = root
        .as_ref()
        .and_then(|r| r.dyn_ref::<web_sys::ShadowRoot>())
    {
        return shadow.active_element();
    }
    let document = gloo::utils::document();
    let active = document.active_element()?;
    let body: Option<Element> = document.body().map(Into::into);
    (Some(&active) != body.as_ref()).then_some(active)
}

/// Whether `el` is inside the element `node` refers to.
fn within(node: &NodeRef, el: &Element) -> bool {
    node.cast::<Element>()
        .is_some_and(|n| n.contains(Some(el.as_ref())))
}
