//! The report's outline: parts, chapters and items as a nested list of buttons.
//! On a phone it starts folded behind a "目录 / Outline" disclosure button
//! (shown only there, by CSS), so the text comes first; choosing a section
//! folds it again.

use yew::prelude::*;

use crate::glossary;
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::structure::Section;
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub report: SharedReport,
    pub selected: Option<usize>,
    pub lang: Lang,
    pub on_select: Callback<Option<usize>>,
}

#[function_component]
pub fn Outline(props: &OutlineProps) -> Html {
    let report = &props.report;
    let sections = &report.document.sections;
    let lang = props.lang;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let props = &OutlineProps {
        on_select: {
            let (open, on_select) = (open.clone(), props.on_select.clone());
            Callback::from(move |section| {
                open.set(false);
                on_select.emit(section);
            })
        },
        report: props.report.clone(),
        selected: props.selected,
        lang,
    };
    let whole = entry(props, None, t(lang, Msg::FullText).to_owned(), lang);
    html! {
        <nav class={classes!("rx-outline", (!*open).then_some("rx-outline-folded"))} aria-label={t(lang, Msg::Contents)}>
            <h2 class="rx-outline-title">{ t(lang, Msg::Contents) }</h2>
            <button type="button" class="rx-button rx-outline-toggle" aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                { t(lang, Msg::OutlineToggle) }
            </button>
            <ul class="rx-tree">
                { whole }
                { for children(sections, None).map(|i| branch(props, i)) }
            </ul>
        </nav>
    }
}

fn children(sections: &[Section], parent: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    sections
        .iter()
        .enumerate()
        .filter(move |(_, s)| s.parent == parent)
        .map(|(i, _)| i)
}

fn branch(props: &OutlineProps, i: usize) -> Html {
    let report = &props.report;
    let sections = &report.document.sections;
    let label = report.slice(sections[i].heading).to_owned();
    let kids: Vec<usize> = children(sections, Some(i)).collect();
    html! {
        <>
            { heading_entry(props, i, label) }
            if !kids.is_empty() {
                <li class="rx-tree-group">
                    <ul class="rx-tree">{ for kids.into_iter().map(|k| branch(props, k)) }</ul>
                </li>
            }
        </>
    }
}

/// A heading in English where its pattern is a reviewed one (`一、2023年工作回顾`
/// → `1. Review of work in 2023`), else as the report writes it.
fn heading_entry(props: &OutlineProps, i: usize, zh: String) -> Html {
    match props.lang {
        Lang::En => match glossary::heading(&zh) {
            Some(en) => entry(props, Some(i), en, Lang::En),
            None => entry(props, Some(i), zh, Lang::Zh),
        },
        Lang::Zh => entry(props, Some(i), zh, Lang::Zh),
    }
}

fn entry(props: &OutlineProps, section: Option<usize>, label: String, label_lang: Lang) -> Html {
    let current = props.selected == section;
    let depth = section.map_or(1, |i| props.report.document.sections[i].depth);
    let onclick = props.on_select.reform(move |_: MouseEvent| section);
    html! {
        <li class={classes!("rx-tree-item", format!("rx-depth-{depth}"))}>
            <button
                type="button"
                class="rx-tree-button"
                aria-current={current.then_some("true")}
                lang={(label_lang != props.lang).then_some(label_lang.tag())}
                {onclick}
            >
                { label }
            </button>
        </li>
    }
}
