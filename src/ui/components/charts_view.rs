//! The charts of the filtered rows: growth rates, indicators per sector by
//! period, and results against targets.

use std::rc::Rc;

use yew::prelude::*;

use crate::aggregate::{self, Pair};
use crate::chart::{ChartSpec, PairBar};
use crate::i18n::Lang;
use crate::model::{Indicator, Sector, Status};
use crate::query::signed;
use crate::state::Action;
use crate::ui::components::ChartPanel;
use crate::ui::shared::SharedReport;

#[derive(Properties, PartialEq)]
pub struct ChartsViewProps {
    pub report: SharedReport,
    pub rows: Rc<Vec<usize>>,
    pub lang: Lang,
    pub selected: Option<usize>,
    pub dispatch: Callback<Action>,
}

/// The subject in the interface language, where the glossary has it.
pub fn subject_label(ind: &Indicator, lang: Lang) -> String {
    match (lang, &ind.subject_en) {
        (Lang::En, Some(en)) => en.to_string(),
        _ => ind.subject.to_string(),
    }
}

/// Result/target pairs as the pairs chart draws them.
pub fn pair_bars(indicators: &[Indicator], pairs: &[Pair], lang: Lang) -> Vec<PairBar> {
    pairs
        .iter()
        .map(|p| {
            let (r, t) = (&indicators[p.result], &indicators[p.target]);
            PairBar {
                label: subject_label(t, lang),
                unit: p.unit.clone(),
                result: signed(r),
                target: signed(t),
                target_comparator: t.comparator,
                result_indicator: p.result,
                target_indicator: p.target,
                sector: p.sector,
            }
        })
        .collect()
}

/// More bars than this and the growth chart shows the two ends.
const MAX_BARS: usize = 50;

fn growth_title(total: usize, lang: Lang) -> String {
    if total > MAX_BARS {
        let half = MAX_BARS / 2;
        lang.pick(
            &format!("增速（%）：最高与最低各 {half} 项，共 {total} 项"),
            &format!("Growth rates (%): the {half} highest and lowest of {total}"),
        )
        .to_owned()
    } else {
        lang.pick("增速（%）", "Growth rates (%)").to_owned()
    }
}

#[function_component]
pub fn ChartsView(props: &ChartsViewProps) -> Html {
    let lang = props.lang;
    let specs = {
        let report = props.report.clone();
        use_memo((props.rows.clone(), lang), move |(rows, lang)| {
            let inds = &report.indicators;
            let lang = *lang;
            // Results and targets of one metric both appear: the period and
            // status in the label tell them apart.
            let all = aggregate::growth_bars(inds, rows, |i| {
                let when = match i.status {
                    Status::Actual => lang.period(&i.period),
                    s => format!(
                        "{}{}",
                        lang.period(&i.period),
                        lang.pick(
                            lang.status(s),
                            &format!(" {}", lang.status(s).to_lowercase())
                        )
                    ),
                };
                format!(
                    "{}{}",
                    subject_label(i, lang),
                    lang.pick(&format!("（{when}）"), &format!(" ({when})"))
                )
            });
            let growth_total = all.len();
            let growth = ChartSpec::Growth {
                bars: aggregate::extremes(all, MAX_BARS),
            };
            let sectors = ChartSpec::Sectors {
                counts: aggregate::sector_counts(inds, rows),
            };
            let mut shown = vec![false; inds.len()];
            rows.iter().for_each(|&i| shown[i] = true);
            let kept: Vec<Pair> = report
                .pairs()
                .iter()
                .filter(|p| shown[p.result] || shown[p.target])
                .cloned()
                .collect();
            let pairs = ChartSpec::Pairs {
                pairs: pair_bars(inds, &kept, lang),
            };
            (
                Rc::new(growth),
                Rc::new(sectors),
                Rc::new(pairs),
                growth_total,
            )
        })
    };
    let select = {
        let report = props.report.clone();
        props.dispatch.reform(move |i: usize| {
            Action::Select(report.indicators.get(i).map(|ind| ind.id.to_string()))
        })
    };
    let on_sector = props.dispatch.reform(|s: Sector| Action::ToggleSector(s));
    html! {
        <div class="rx-charts">
            <ChartPanel name="growth" title={growth_title(specs.3, lang)} spec={specs.0.clone()} {lang} selected={props.selected} on_select={select.clone()} />
            <ChartPanel name="sectors" title={lang.pick("各领域指标数（按年份）", "Indicators per sector, by period")} spec={specs.1.clone()} {lang} on_sector={on_sector} />
            <ChartPanel name="targets" title={lang.pick("上年结果与今年目标", "Last year's results and this year's targets")} spec={specs.2.clone()} {lang} selected={props.selected} on_select={select} />
        </div>
    }
}
