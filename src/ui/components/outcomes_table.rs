//! 完成情况: for each consecutive pair of one place among the compared
//! reports, the targets of the first beside the results the second gives
//! for that year, as `compare::outcomes` judges them.

use yew::prelude::*;

use crate::compare::{consecutive, consecutive_pairs, outcomes, Verdict};
use crate::i18n::Lang;
use crate::ui::components::compare_rows::{self, tbody};
use crate::ui::shared::SharedReport;

pub fn outcomes_tables(reports: &[SharedReport], lang: Lang) -> Html {
    let tables: Vec<Html> = consecutive_pairs(reports)
        .into_iter()
        .filter_map(|(a, b)| {
            let year = consecutive(&reports[a], &reports[b]).ok()?;
            let list = outcomes(&reports[a], &reports[b], year);
            let counts: Vec<String> = Verdict::ALL
                .iter()
                .map(|&v| {
                    let n = list.iter().filter(|o| o.verdict == v).count();
                    format!("{} {n}", lang.pick(v.zh(), v.en()))
                })
                .collect();
            let city = &reports[a].meta.city;
            let title = match lang {
                Lang::Zh => format!("{city} {year}年目标完成情况"),
                Lang::En => format!("{city}: {year} targets against outcomes"),
            };
            let heads = [("指标", "Indicator"), ("目标", "Target"), ("结果", "Result"), ("差值", "Difference"), ("判定", "Verdict")];
            Some(html! {
                <div class="rx-table-wrap">
                    <table class="rx-table">
                        <caption>{ title }<br /><span class="rx-raw">{ counts.join(" · ") }</span></caption>
                        <thead><tr>{ for heads.iter().map(|(zh, en)| html! { <th scope="col">{ lang.pick(zh, en) }</th> }) }</tr></thead>
                        { tbody(&compare_rows::outcomes(reports, (a, b), &list, lang)) }
                    </table>
                </div>
            })
        })
        .collect();
    html! {
        <>
            <h2>{ lang.pick("目标完成情况", "Targets against outcomes") }</h2>
            if tables.is_empty() {
                <p>{ lang.pick("所选报告中没有同一地区相邻两年的报告。", "No two chosen reports are consecutive years of one place.") }</p>
            } else {
                <p>{ lang.pick(
                    "以上、以内按字面判断；约数和不带修饰的目标：增速等比率相差0.5个百分点以内、总量相差目标的2%以内为完成，超出为超额完成，不足为未完成；物价、失业率的约数目标是上限，不高于目标加上述差值即为完成。",
                    "Floors (以上) and ceilings (以内) are judged as written; an approximate or plain target is met within 0.5 percentage points for rates and 2% of the target for levels, exceeded beyond that in its direction, missed short of it; consumer prices and unemployment about a value are limits, met at or below the target plus that tolerance.",
                ) }</p>
                { for tables }
            }
        </>
    }
}
