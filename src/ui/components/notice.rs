//! A dismissible notice about parts of the URL that could not be read.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub items: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    let on_click = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="rx-notice" role="status">
            <p>
                { "链接中有无法识别的部分，已忽略：" }
                { for props.items.iter().map(|item| html! { <code>{ item.clone() }</code> }) }
            </p>
            <button type="button" class="rx-button" onclick={on_click}>{ "知道了" }</button>
        </div>
    }
}
