//! A dismissible notice about parts of the URL that could not be read.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub items: Vec<String>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let on_click = props.dispatch.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="rx-notice" role="status">
            <p>
                { lang.pick("链接中有无法识别的部分，已忽略：", "Parts of the link could not be read and were ignored: ") }
                { for props.items.iter().map(|item| html! { <code>{ item.clone() }</code> }) }
            </p>
            <button type="button" class="rx-button" onclick={on_click}>{ lang.pick("知道了", "Dismiss") }</button>
        </div>
    }
}
