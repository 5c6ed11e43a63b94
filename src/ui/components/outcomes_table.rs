//! 完成情况: for each consecutive pair of one place among the compared
//! reports, the targets of the first beside the results the second gives
//! for that year, as `compare::outcomes` judges them.

use std::cell::RefCell;

use web_sys::Element;
use yew::prelude::*;

use crate::compare::{consecutive, consecutive_pairs, outcomes, Verdict};
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::ui::components::compare_rows;
use crate::ui::components::indicator_table::body;
use crate::ui::shared::SharedReport;

/// The `<tbody>` of each table written last time, with its markup: a table
/// whose rows are the same (another report chosen or not) keeps its
/// element, so the browser does not lay it out again.
pub type Written = RefCell<Vec<(String, Element)>>;

/// The tables; `at` names each column's report (`compare_rows::value`).
pub fn outcomes_tables(
    reports: &[SharedReport],
    at: &[usize],
    lang: Lang,
    written: &Written,
) -> Html {
    let old = written.take();
    let mut kept = Vec::new();
    let tables: Vec<Html> = consecutive_pairs(reports)
        .into_iter()
        .filter_map(|(a, b)| {
            let year = consecutive(&reports[a], &reports[b]).ok()?;
            let list = outcomes(&reports[a], &reports[b], year);
            let counts: Vec<String> = Verdict::ALL
                .iter()
                .map(|&v| {
                    let n = list.iter().filter(|o| o.verdict == v).count();
                    format!("{} {n}", v.name(lang))
                })
                .collect();
            let title = tf(lang, Tpl::OutcomesOf, &[&reports[a].name(lang), &year]);
            let heads = [Msg::Indicator, Msg::TargetColumn, Msg::ResultColumn, Msg::Difference, Msg::Verdict];
            let rows = compare_rows::outcomes(reports, at, (a, b), &list, lang);
            let tbody = match old.iter().find(|(m, _)| *m == rows) {
                Some((_, tbody)) => tbody.clone(),
                None => body(&rows),
            };
            kept.push((rows, tbody.clone()));
            Some(html! {
                <div class="rx-table-wrap">
                    <table class="rx-table">
                        <caption>{ title }<br /><span class="rx-raw">{ counts.join(" · ") }</span></caption>
                        <thead><tr>{ for heads.iter().map(|m| html! { <th scope="col">{ t(lang, *m) }</th> }) }</tr></thead>
                        { Html::VRef(tbody.into()) }
                    </table>
                </div>
            })
        })
        .collect();
    *written.borrow_mut() = kept;
    html! {
        <>
            <h2>{ t(lang, Msg::Outcomes) }</h2>
            if tables.is_empty() {
                <p>{ t(lang, Msg::NoConsecutive) }</p>
            } else {
                <p>{ t(lang, Msg::OutcomeRules) }</p>
                { for tables }
            }
        </>
    }
}
