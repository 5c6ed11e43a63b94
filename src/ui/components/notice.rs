//! A dismissible notice about parts of the URL that could not be read.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::notice::NoticeItem;
use crate::state::Action;
use crate::ui::components::button;
use crate::ui::context::use_explorer;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub items: Vec<NoticeItem>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    let lang = use_explorer().lang;
    let on_click = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="rx-notice" role="status">
            <p>
                { lang.notice_lead() }
                { for props.items.iter().enumerate().map(|(i, item)| item_html(lang, i, item)) }
            </p>
            { button(t(lang, Msg::Dismiss), on_click) }
        </div>
    }
}

/// An unread pair is the link's own text, so it is set apart as code; the
/// other items are our own sentences, separated from what precedes them.
fn item_html(lang: Lang, index: usize, item: &NoticeItem) -> Html {
    let text = lang.notice_item(item);
    match item {
        NoticeItem::Unread { .. } => html! { <code>{ text }</code> },
        _ if index == 0 => html! { <span>{ text }</span> },
        _ => html! { <span>{ format!("{}{text}", t(lang, Msg::Semicolon)) }</span> },
    }
}
