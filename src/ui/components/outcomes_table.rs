//! 完成情况: for each consecutive pair of one place among the compared
//! reports, the targets of the first beside the results the second gives
//! for that year, as `compare::outcomes` judges them.

use std::rc::Rc;

use yew::prelude::*;

use crate::compare::{consecutive, consecutive_pairs, outcomes, Verdict};
use crate::format::{self, number, value_text};
use crate::i18n::Lang;
use crate::state::Action;
use crate::ui::components::compare_view::{opener, Column};

#[derive(Properties, PartialEq)]
pub struct OutcomesTableProps {
    pub columns: Rc<Vec<Column>>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn OutcomesTable(props: &OutcomesTableProps) -> Html {
    let lang = props.lang;
    let cols = &props.columns;
    let reports: Vec<_> = cols.iter().map(|c| c.1.clone()).collect();
    let pairs = consecutive_pairs(&reports);
    let tables = pairs.iter().filter_map(|&(a, b)| {
        let year = consecutive(&reports[a], &reports[b]).ok()?;
        let (planned, reviewed) = (&reports[a], &reports[b]);
        let list = outcomes(planned, reviewed, year);
        let count = |v: Verdict| list.iter().filter(|o| o.verdict == v).count();
        let counts = Verdict::ALL
            .iter()
            .map(|&v| format!("{} {}", lang.pick(v.zh(), v.en()), count(v)))
            .collect::<Vec<_>>()
            .join(" · ");
        let title = lang
            .pick(
                &format!("{} {year}年目标完成情况", planned.meta.city),
                &format!("{}: {year} targets against outcomes", planned.meta.city),
            )
            .to_owned();
        let value = |c: usize, i: usize, ind: &crate::model::Indicator| {
            html! { <button type="button" class="rx-link" onclick={opener(&props.dispatch, cols, c, i)}>{ value_text(ind, lang) }</button> }
        };
        Some(html! {
            <div class="rx-table-wrap">
                <table class="rx-table rx-outcomes">
                    <caption>{ title }<br /><span class="rx-raw" role="status">{ counts }</span></caption>
                    <thead><tr>
                        <th scope="col">{ lang.pick("指标", "Indicator") }</th>
                        <th scope="col">{ lang.pick("目标", "Target") }</th>
                        <th scope="col">{ lang.pick("结果", "Result") }</th>
                        <th scope="col">{ lang.pick("差值", "Difference") }</th>
                        <th scope="col">{ lang.pick("判定", "Verdict") }</th>
                    </tr></thead>
                    <tbody>
                        { for list.iter().map(|o| {
                            let t = &planned.indicators[o.target];
                            html! {
                                <tr class={format!("rx-verdict-{}", o.verdict.id())}>
                                    <th scope="row">{ format::subject(t, lang).to_owned() }</th>
                                    <td class="rx-col-value">{ value(a, o.target, t) }</td>
                                    <td class="rx-col-value">{ o.result.map(|r| value(b, r, &reviewed.indicators[r])).unwrap_or_else(|| html! { { lang.pick("未给出", "no result given") } }) }</td>
                                    <td class="rx-col-value">{ o.difference.map(|d| format!("{}{}", if d > 0.0 { "+" } else if d < 0.0 { "−" } else { "" }, number((d.abs() * 100.0).round() / 100.0))).unwrap_or_default() }</td>
                                    <td>{ lang.pick(o.verdict.zh(), o.verdict.en()) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        })
    });
    let tables: Vec<Html> = tables.collect();
    html! {
        <section aria-labelledby="rx-outcomes-title">
            <h2 id="rx-outcomes-title">{ lang.pick("目标完成情况", "Targets against outcomes") }</h2>
            if tables.is_empty() {
                <p>{ lang.pick("所选报告中没有同一地区相邻两年的报告。", "No two chosen reports are consecutive years of one place.") }</p>
            } else {
                <p>{ lang.pick(
                    "以上、以内按字面判断；约数和不带修饰的目标：增速等比率相差0.5个百分点以内、总量相差目标的2%以内为完成，超出为超额完成，不足为未完成。",
                    "Floors (以上) and ceilings (以内) are judged as written; an approximate or plain target is met within 0.5 percentage points for rates and 2% of the target for levels, exceeded beyond that in its direction, missed short of it.",
                ) }</p>
                { for tables }
            }
        </section>
    }
}
