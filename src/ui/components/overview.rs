//! The overview: the headline economic indicators, last year's result
//! beside this year's target, as a table and a chart; then every other
//! metric the report gives both for.

use std::rc::Rc;

use yew::prelude::*;

use crate::aggregate::{self, Pair};
use crate::chart::series;
use crate::export_name;
use crate::format::{self, value_text};
use crate::i18n::Lang;
use crate::model::Sector;
use crate::query::Query;
use crate::state::Action;
use crate::ui::components::{ChartExport, ChartPanel, OverviewSearch};
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub report: SharedReport,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let lang = props.lang;
    let report = &props.report;
    let (headline, others): (Vec<Pair>, Vec<Pair>) = report
        .pairs()
        .iter()
        .cloned()
        .partition(|p| p.sector == Sector::Macro);
    let chart = Rc::new(series::headline(&report.indicators, &headline, lang));
    let export = Rc::new(ChartExport {
        file_stem: export_name::file_stem(report, "overview", &Query::default()),
        report: export_name::report_label(report),
        source: export_name::source_line(report, lang),
    });
    // Every headline target is listed, with or without a result beside it.
    let alone = aggregate::unpaired_targets(&report.indicators, &headline, Sector::Macro);
    let headline_rows: Vec<Row> = headline
        .iter()
        .map(|p| Row {
            result: Some(p.result),
            target: p.target,
            sector: p.sector,
        })
        .chain(alone.iter().map(|&t| Row {
            result: None,
            target: t,
            sector: Sector::Macro,
        }))
        .collect();
    let other_rows: Vec<Row> = others
        .iter()
        .map(|p| Row {
            result: Some(p.result),
            target: p.target,
            sector: p.sector,
        })
        .collect();
    let select = {
        let report = report.clone();
        props.dispatch.reform(move |i: usize| {
            Action::Select(report.indicators.get(i).map(|ind| ind.id.to_string()))
        })
    };
    let (review, plan) = (report.meta.review_year, report.meta.report_year);
    let year = |y: Option<u16>| y.map(|y| lang.period(&y.to_string())).unwrap_or_default();
    html! {
        <div class="rx-overview">
            <OverviewSearch {lang} dispatch={props.dispatch.clone()} />
            <section aria-label={lang.pick("主要经济指标", "Headline indicators")}>
                <h2>{ lang.pick("主要经济指标：结果与目标", "Headline indicators: results and targets") }</h2>
                { pair_table(props, &headline_rows, &year(review), &year(plan), &select) }
                <ChartPanel name="headline" {chart} {export} {lang} on_select={select.clone()} />
            </section>
            <section aria-label={lang.pick("其他可对照的指标", "Other paired metrics")}>
                <h2>{ lang.pick("其他可对照的指标", "Other metrics with both a result and a target") }</h2>
                { pair_table(props, &other_rows, &year(review), &year(plan), &select) }
            </section>
        </div>
    }
}

/// A row of the overview's tables: a target and, where the report gives
/// one, last year's result for the same metric.
struct Row {
    result: Option<usize>,
    target: usize,
    sector: Sector,
}

fn pair_table(
    props: &OverviewProps,
    pairs: &[Row],
    review: &str,
    plan: &str,
    select: &Callback<usize>,
) -> Html {
    let lang = props.lang;
    let inds = &props.report.indicators;
    if pairs.is_empty() {
        return html! { <p>{ lang.pick("报告中没有同时给出结果和目标的指标。", "The report gives no metric with both a result and a target.") }</p> };
    }
    let cell = |i: usize| {
        let ind = &inds[i];
        let onclick = select.reform(move |_: MouseEvent| i);
        let note = (ind.status == crate::model::Status::Estimate).then(|| lang.status(ind.status));
        html! {
            <td class="rx-col-value">
                <button type="button" class="rx-link" {onclick}>{ value_text(ind, lang) }</button>
                if let Some(n) = note { <span class="rx-raw">{ n }</span> }
            </td>
        }
    };
    html! {
        <div class="rx-table-wrap">
            <table class="rx-table">
                <thead>
                    <tr>
                        <th scope="col">{ lang.pick("指标", "Indicator") }</th>
                        <th scope="col">{ lang.pick(&format!("{review}结果"), &format!("{review} result")) }</th>
                        <th scope="col">{ lang.pick(&format!("{plan}目标"), &format!("{plan} target")) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for pairs.iter().map(|p| html! {
                        <tr class={format!("rx-sector-{}", p.sector.id())}>
                            <th scope="row">{ format::subject(&inds[p.target], lang).to_owned() }</th>
                            { p.result.map(cell).unwrap_or_else(|| html! {
                                <td class="rx-col-value rx-no-result">{ lang.pick("未给出", "no result given") }</td>
                            }) }
                            { cell(p.target) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
