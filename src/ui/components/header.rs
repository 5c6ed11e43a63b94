//! The page header: title, language switch and the view tabs.

use yew::prelude::*;

use crate::glossary;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::state::{Action, View};
use crate::ui::context::{use_explorer, Explorer};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub view: View,
    pub on_action: Callback<Action>,
    /// The report controls (switcher, open, paste), beside the title.
    #[prop_or_default]
    pub children: Html,
}

pub fn view_label(view: View, lang: Lang) -> &'static str {
    match view {
        View::Overview => t(lang, Msg::Overview),
        View::Table => t(lang, Msg::Table),
        View::Chart => t(lang, Msg::Charts),
        View::Reader => t(lang, Msg::Text),
        View::Compare => t(lang, Msg::Compare),
    }
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let meta = &report.meta;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let switch = super::sends(&props.on_action, Action::SetLang(other));
    let years = match (meta.review_year, meta.report_year) {
        (Some(a), Some(b)) => tf(lang, Tpl::Years, &[&a, &b]),
        _ => String::new(),
    };
    let count = report.indicators.len();
    let zh_title = report.title();
    let english_title = match lang {
        Lang::En => glossary::title_parts(zh_title),
        Lang::Zh => None,
    };
    // The place keeps its Chinese name: no reviewed table of place names.
    let title = match english_title {
        Some(("", en)) => html! { <h1 class="rx-title" lang="en">{ en }</h1> },
        Some((place, en)) => html! {
            <h1 class="rx-title" lang="en"><span lang="zh-CN">{ place.to_owned() }</span>{ " " }{ en }</h1>
        },
        None => html! { <h1 class="rx-title" lang="zh-CN">{ zh_title.to_owned() }</h1> },
    };
    let subtitle = [
        years,
        tf(lang, Tpl::IndicatorCount, &[&count]),
        meta.source.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <header class="rx-header">
            <div class="rx-header-top">
                <div>
                    { title }
                    <p class="rx-subtitle">{ subtitle }</p>
                    if lang == Lang::En {
                        <p class="rx-subtitle rx-untranslated">
                            { "The report itself is in Chinese and is not translated: \
                               subjects, units and headings are in English where a reviewed glossary has them." }
                        </p>
                    }
                </div>
                <button type="button" class="rx-button rx-lang" lang={other.tag()} onclick={switch}>
                    { t(other, Msg::LanguageName) }
                </button>
            </div>
            { props.children.clone() }
            <nav class="rx-views" aria-label={t(lang, Msg::Views)}>
                { for View::ALL.into_iter().map(|v| {
                    let onclick = super::sends(&props.on_action, Action::SetView(v));
                    html! {
                        <button type="button" class="rx-view-button" aria-current={(props.view == v).then_some("page")} {onclick}>
                            { view_label(v, lang) }
                        </button>
                    }
                }) }
            </nav>
        </header>
    }
}
