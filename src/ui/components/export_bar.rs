//! Export of the filtered rows as CSV (UTF-8 with BOM, for Excel) and JSON,
//! by in-page download: the same rows as `report-extract` prints
//! (`export`), labelled in the interface's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::export;
use crate::messages::{t, tf, Msg, Tpl};
use crate::ui::context::{use_explorer, Explorer};
use crate::ui::download::download;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub rows: Rc<Vec<usize>>,
    /// The downloads' name without extension (`export_name::file_stem`).
    pub file_stem: AttrValue,
}

#[function_component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let error = use_state(|| None::<String>);
    let stem = props.file_stem.to_string();
    let on_csv = {
        let (report, rows, error, stem) = (
            report.clone(),
            props.rows.clone(),
            error.clone(),
            stem.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let csv = export::csv(&report, &rows, lang);
            error.set(
                download(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    csv.as_bytes(),
                )
                .err(),
            );
        })
    };
    let on_json = {
        let (report, rows, error) = (report.clone(), props.rows.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let json = export::json(&report, &rows, lang);
            error.set(download(&format!("{stem}.json"), "application/json", json.as_bytes()).err());
        })
    };
    html! {
        <div class="rx-export" role="group" aria-label={t(lang, Msg::Export)}>
            <span class="rx-export-label">{ tf(lang, Tpl::ExportRows, &[&props.rows.len()]) }</span>
            <button type="button" class="rx-button" onclick={on_csv} disabled={props.rows.is_empty()}>{ "CSV" }</button>
            <button type="button" class="rx-button" onclick={on_json} disabled={props.rows.is_empty()}>{ "JSON" }</button>
            if let Some(e) = &*error {
                <span class="rx-error" role="alert">{ t(lang, Msg::ExportFailed) }{ e.clone() }</span>
            }
        </div>
    }
}
