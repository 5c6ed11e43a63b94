//! The overview: the headline economic indicators, last year's result
//! beside this year's target, as a table and a chart; then every other
//! metric the report gives both for.

use std::rc::Rc;

use yew::prelude::*;

use crate::aggregate::Pair;
use crate::chart::series;
use crate::export_name;
use crate::format::value_text;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::{Period, Sector};
use crate::overview::{self, Row};
use crate::query::Query;
use crate::row_name;
use crate::state::Action;
use crate::ui::components::button;
use crate::ui::components::{ChartExport, ChartPanel, OverviewSearch};
use crate::ui::context::{use_explorer, Explorer};
use crate::ui::download::download;
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let headline: Vec<Pair> = report
        .pairs()
        .iter()
        .filter(|p| p.sector == Sector::Macro)
        .cloned()
        .collect();
    let chart = Rc::new(series::headline(&report.indicators, &headline, lang));
    let stem = export_name::file_stem(report, "overview", &Query::default());
    let export = Rc::new(ChartExport {
        file_stem: stem.clone(),
        report: export_name::report_label(report),
        source: export_name::source_line(report, lang),
    });
    // Every headline target is listed, with or without a result beside it.
    let tables = Rc::new(overview::tables(&report.indicators, report.pairs()));
    let error = use_state(|| None::<String>);
    let on_csv = {
        let (report, tables, error) = (report.clone(), tables.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = overview::csv(&report.indicators, &tables);
            let file = format!("{stem}.csv");
            error.set(download(&file, "text/csv;charset=utf-8", csv.as_bytes()).err());
        })
    };
    let select = {
        let report = report.clone();
        props
            .on_action
            .reform(move |i: usize| Action::Select((i < report.indicators.len()).then_some(i)))
    };
    let (review, plan) = (report.meta.review_year, report.meta.report_year);
    let year = |y: Option<u16>| y.map(|y| lang.period(Period::Year(y))).unwrap_or_default();
    html! {
        <div class="rx-overview">
            <OverviewSearch on_action={props.on_action.clone()} />
            <div class="rx-export" role="group" aria-label={t(lang, Msg::ExportOverview)}>
                <span class="rx-export-label">{ t(lang, Msg::BothTablesAs) }</span>
                { button("CSV", on_csv) }
                if let Some(e) = &*error {
                    <span class="rx-error" role="alert">{ t(lang, Msg::ExportFailed) }{ e.clone() }</span>
                }
            </div>
            <section aria-label={t(lang, Msg::Headline)}>
                <h2>{ t(lang, Msg::HeadlineTitle) }</h2>
                { pair_table(report, lang, &tables.headline, &year(review), &year(plan), &select) }
                // Nothing to set side by side (a plan part alone): the
                // table says "no result given", an empty chart would add nothing.
                if !headline.is_empty() {
                    <ChartPanel name="headline" {chart} {export} {lang} on_select={select.clone()} />
                }
            </section>
            <section aria-label={t(lang, Msg::OtherPaired)}>
                <h2>{ t(lang, Msg::OtherPairedTitle) }</h2>
                { pair_table(report, lang, &tables.others, &year(review), &year(plan), &select) }
            </section>
        </div>
    }
}

fn pair_table(
    report: &SharedReport,
    lang: Lang,
    pairs: &[Row],
    review: &str,
    plan: &str,
    select: &Callback<usize>,
) -> Html {
    let inds = &report.indicators;
    if pairs.is_empty() {
        return html! { <p>{ t(lang, Msg::NoPairs) }</p> };
    }
    let review_head = tf(lang, Tpl::YearResult, &[&review]);
    let plan_head = tf(lang, Tpl::YearTarget, &[&plan]);
    // A value button is named by what it opens: "地区生产总值 2023年结果 6%",
    // not just "6%".
    let cell = |i: usize, row: &Row, column: &str| {
        let ind = &inds[i];
        let onclick = select.reform(move |_: MouseEvent| i);
        let note = (ind.status == crate::model::Status::Estimate).then(|| lang.status(ind.status));
        let value = value_text(ind, lang);
        let label = format!(
            "{} {column} {value}",
            row_name::name(&inds[row.target], lang, row.name)
        );
        html! {
            <td class="rx-col-value">
                <button type="button" class="rx-link" aria-label={label} {onclick}>{ value }</button>
                if let Some(n) = note { <span class="rx-raw">{ n }</span> }
            </td>
        }
    };
    html! {
        <div class="rx-table-wrap">
            <table class="rx-table">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Msg::Indicator) }</th>
                        <th scope="col">{ review_head.clone() }</th>
                        <th scope="col">{ plan_head.clone() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for pairs.iter().map(|p| html! {
                        <tr class={format!("rx-sector-{}", p.sector.id())}>
                            <th scope="row">{ row_name::name(&inds[p.target], lang, p.name).into_owned() }</th>
                            { p.result.map(|r| cell(r, p, &review_head)).unwrap_or_else(|| html! {
                                <td class="rx-col-value rx-no-result">{ t(lang, Msg::NoResult) }</td>
                            }) }
                            { cell(p.target, p, &plan_head) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
