//! Text with the search terms marked.

use yew::prelude::*;

use crate::search;

/// `text` as Html with every occurrence of `terms` wrapped in `<mark>`.
pub fn highlighted(text: &str, terms: &[String]) -> Html {
    search::pieces(text, terms)
        .into_iter()
        .map(|(piece, hit)| {
            if hit {
                html! { <mark class="rx-hit">{ piece.to_owned() }</mark> }
            } else {
                html! { { piece.to_owned() } }
            }
        })
        .collect()
}
