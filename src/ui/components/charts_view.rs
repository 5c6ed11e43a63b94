//! The charts of the filtered rows: growth rates, indicators per sector by
//! period, and results against targets (built by `chart::series`).

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::series::{self, Titled};
use crate::export_name;
use crate::model::Sector;
use crate::query::Query;
use crate::state::Action;
use crate::ui::components::{ChartExport, ChartPanel};
use crate::ui::context::{use_explorer, Explorer};

#[derive(Properties, PartialEq)]
pub struct ChartsViewProps {
    pub rows: Rc<Vec<usize>>,
    /// The filters, which a download's file name carries.
    pub query: Query,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn ChartsView(props: &ChartsViewProps) -> Html {
    let Explorer { report, lang } = use_explorer();
    let report = &report;
    let charts = {
        let report = report.clone();
        use_memo((props.rows.clone(), lang), move |(rows, lang)| {
            let set = series::chart_set(&report.indicators, report.pairs(), rows, *lang);
            [set.growth, set.sectors, set.pairs].map(Rc::new)
        })
    };
    let select = {
        let report = report.clone();
        props
            .on_action
            .reform(move |i: usize| Action::Select((i < report.indicators.len()).then_some(i)))
    };
    let on_sector = props.on_action.reform(|s: Sector| Action::ToggleSector(s));
    let export = {
        let report = report.clone();
        use_memo((props.query.clone(), lang), move |(query, lang)| {
            Rc::new(ChartExport {
                file_stem: export_name::file_stem(&report, "chart", query),
                report: export_name::report_label(&report),
                source: export_name::source_line(&report, *lang),
            })
        })
    };
    let export: Rc<ChartExport> = (*export).clone();
    let [growth, sectors, pairs]: &[Rc<Titled>; 3] = &charts;
    html! {
        <div class="rx-charts">
            <ChartPanel name="growth" chart={growth.clone()} export={export.clone()} {lang} selected={props.selected} on_select={select.clone()} />
            <ChartPanel name="sectors" chart={sectors.clone()} export={export.clone()} {lang} on_sector={on_sector} />
            <ChartPanel name="targets" chart={pairs.clone()} {export} {lang} selected={props.selected} on_select={select} />
        </div>
    }
}
