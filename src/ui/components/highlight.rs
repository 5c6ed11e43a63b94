//! Text with the search terms marked.

use yew::prelude::*;

use crate::search;

/// `text` as Html with every occurrence of `terms` wrapped in `<mark>`.
pub fn highlighted(text: &str, terms: &[String]) -> Html {
    let ranges = search::highlights(text, terms);
    if ranges.is_empty() {
        return html! { { text.to_owned() } };
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for r in ranges {
        if r.start > at {
            parts.push(html! { { text[at..r.start].to_owned() } });
        }
        parts.push(html! { <mark class="rx-hit">{ text[r.clone()].to_owned() }</mark> });
        at = r.end;
    }
    if at < text.len() {
        parts.push(html! { { text[at..].to_owned() } });
    }
    html! { <>{ for parts }</> }
}
