//! The reader: the report text by section, every indicator marked in place
//! and coloured by sector, numbers outside the filters dimmed, the selected
//! indicator's sentence lit and scrolled into view.

use std::rc::Rc;

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::glossary;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::query::Query;
use crate::reader::{self, Block, Mark, Segment};
use crate::state::Action;
use crate::ui::components::highlight::highlighted;
use crate::ui::components::Outline;
use crate::ui::context::{use_explorer, Explorer};
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub rows: Rc<Vec<usize>>,
    pub query: Query,
    pub section: Option<usize>,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let focus_ref = use_node_ref();
    let focus = props
        .selected
        .and_then(|i| report.sentence_of(&report.indicators[i]))
        .map(|s| s.span);
    let blocks = reader::blocks(report, props.section, focus);
    {
        // Scroll once the selected sentence is rendered, whenever it changes:
        // to the top of the window (below its scroll margin), since the open
        // record floats over the lower part of the window and must never
        // cover the sentence it describes.
        let focus_ref = focus_ref.clone();
        use_effect_with((props.selected, props.section), move |_| {
            if let Some(el) = focus_ref.cast::<web_sys::Element>() {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Start);
                options.set_behavior(ScrollBehavior::Smooth);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let mut matching = vec![false; report.indicators.len()];
    for &i in props.rows.iter() {
        matching[i] = true;
    }
    let terms: Vec<String> = props.query.terms().collect();
    let (title, title_lang) = match props.section {
        Some(i) => {
            let zh = report.path(Some(i));
            match lang {
                Lang::En => glossary::path(&zh).map_or((zh, Lang::Zh), |en| (en, Lang::En)),
                Lang::Zh => (zh, Lang::Zh),
            }
        }
        None => (t(lang, Msg::FullText).to_owned(), lang),
    };
    let on_select = props.on_action.reform(Action::SelectSection);
    let mut focus_placed = false;
    let ctx = Ctx {
        props,
        report,
        lang,
        matching: &matching,
        terms: &terms,
        focus_ref: &focus_ref,
    };
    html! {
        <div class="rx-reader-layout">
            <Outline report={report.clone()} selected={props.section} {lang} {on_select} />
            <article class="rx-reader" aria-label={t(lang, Msg::ReportText)} lang="zh-CN">
                <h2 class="rx-reader-title" lang={title_lang.tag()}>{ title }</h2>
                { for blocks.iter().map(|b| block(&ctx, b, &mut focus_placed)) }
            </article>
        </div>
    }
}

struct Ctx<'a> {
    props: &'a ReaderProps,
    report: &'a SharedReport,
    lang: Lang,
    matching: &'a [bool],
    terms: &'a [String],
    focus_ref: &'a NodeRef,
}

fn block(ctx: &Ctx, block: &Block, focus_placed: &mut bool) -> Html {
    let inner: Vec<Html> = block
        .segments
        .iter()
        .map(|seg| segment(ctx, seg, focus_placed))
        .collect();
    if block.heading_of.is_some() {
        html! { <h3 class="rx-block-heading">{ for inner }</h3> }
    } else {
        html! { <p class="rx-paragraph">{ for inner }</p> }
    }
}

fn segment(ctx: &Ctx, seg: &Segment, focus_placed: &mut bool) -> Html {
    let report = &ctx.report;
    let text = report.slice(seg.span);
    let body = match seg.mark {
        Mark::Plain => highlighted(text, ctx.terms),
        Mark::Heading(_) => {
            html! { <strong class="rx-inline-heading">{ text.to_owned() }</strong> }
        }
        Mark::Indicator(i) => number(ctx, i, text),
    };
    if !seg.focus {
        return body;
    }
    // The first piece of the focused sentence carries the scroll target.
    let node = if *focus_placed {
        NodeRef::default()
    } else {
        ctx.focus_ref.clone()
    };
    *focus_placed = true;
    html! { <span class="rx-focus" ref={node}>{ body }</span> }
}

fn number(ctx: &Ctx, i: usize, text: &str) -> Html {
    let props = ctx.props;
    let ind = &ctx.report.indicators[i];
    let onclick = super::sends(&props.on_action, Action::Select(Some(i)));
    let class = classes!(
        "rx-number",
        format!("rx-sector-{}", ind.sector.id()),
        (!ctx.matching[i]).then_some("rx-dim"),
        (props.selected == Some(i)).then_some("rx-selected"),
    );
    // Dimmed is said in words too, not by colour alone.
    let lang = ctx.lang;
    let dim = if ctx.matching[i] {
        ""
    } else {
        t(lang, Msg::OutsideFilter)
    };
    let sector = lang.sector(ind.sector);
    let label = tf(lang, Tpl::NumberInText, &[&ind.subject, &text, &sector]) + dim;
    html! {
        <button type="button" {class} data-key={format!("n{i}")} aria-label={label} aria-pressed={(props.selected == Some(i)).then_some("true")} {onclick}>
            { text.to_owned() }
        </button>
    }
}
