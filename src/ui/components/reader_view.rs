//! The text of the selected section, headings marked.

use yew::prelude::*;

use crate::reader::{self, Block, Mark};
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct ReaderViewProps {
    pub report: SharedReport,
    pub section: Option<usize>,
}

#[function_component]
pub fn ReaderView(props: &ReaderViewProps) -> Html {
    let report = &props.report;
    let blocks = reader::blocks(report, props.section);
    let title = match props.section {
        Some(i) => report.path(Some(i)),
        None => "全文".to_owned(),
    };
    html! {
        <article class="rx-reader" aria-label="报告原文">
            <h2 class="rx-reader-title">{ title }</h2>
            { for blocks.iter().map(|b| block(report, b)) }
        </article>
    }
}

fn block(report: &SharedReport, block: &Block) -> Html {
    let inner = html! {
        { for block.segments.iter().map(|seg| {
            let text = report.slice(seg.span).to_owned();
            match seg.mark {
                Mark::Plain => html! { { text } },
                Mark::Heading(_) => html! { <strong class="rx-inline-heading">{ text }</strong> },
                Mark::Indicator(_) => html! { <mark class="rx-number">{ text }</mark> },
            }
        }) }
    };
    if block.heading_of.is_some() {
        html! { <h3 class="rx-block-heading">{ inner }</h3> }
    } else {
        html! { <p class="rx-paragraph">{ inner }</p> }
    }
}
