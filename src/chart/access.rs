//! The chart in words and as a table, for screen readers and for anyone
//! who would rather read numbers than bar lengths.

use super::pairs::{result_value, target_value};
use super::text;
use super::{ChartSpec, PairBar};
use crate::i18n::Lang;

/// One paragraph: what is charted, how many bars, the largest and smallest.
pub fn describe(spec: &ChartSpec, lang: Lang) -> String {
    match spec {
        _ if spec.is_empty() => format!("{}{}", text::no_data(lang), lang.pick("。", ".")),
        ChartSpec::Growth { bars } => {
            let (top, low) = (&bars[0], &bars[bars.len() - 1]);
            let v = |b: &crate::aggregate::Bar| text::growth_value(b.value, b.comparator);
            match lang {
                Lang::Zh => format!(
                    "增速条形图，共{}个指标。最高：{} {}；最低：{} {}。",
                    bars.len(),
                    top.label,
                    v(top),
                    low.label,
                    v(low)
                ),
                Lang::En => format!(
                    "Bar chart of growth rates, {} indicators. Highest: {} {}; lowest: {} {}.",
                    bars.len(),
                    top.label,
                    v(top),
                    low.label,
                    v(low)
                ),
            }
        }
        ChartSpec::Sectors { counts } => {
            let totals: Vec<(usize, &str)> = counts
                .rows
                .iter()
                .map(|(s, c)| (c.iter().sum(), lang.sector(*s)))
                .collect();
            let all: usize = totals.iter().map(|t| t.0).sum();
            // The first sector wins ties, in the scheme's order.
            let most = totals
                .iter()
                .fold(totals[0], |m, t| if t.0 > m.0 { *t } else { m });
            let fewest = totals
                .iter()
                .fold(totals[0], |m, t| if t.0 < m.0 { *t } else { m });
            match lang {
                Lang::Zh => format!(
                    "各领域指标数堆叠条形图，共{}个领域、{all}个指标。最多：{} {}个；最少：{} {}个。",
                    totals.len(),
                    most.1,
                    most.0,
                    fewest.1,
                    fewest.0
                ),
                Lang::En => format!(
                    "Stacked bar chart of indicators per sector, {} sectors, {all} indicators. Most: {} {}; fewest: {} {}.",
                    totals.len(),
                    most.1,
                    most.0,
                    fewest.1,
                    fewest.0
                ),
            }
        }
        ChartSpec::Pairs { pairs } => {
            // Units differ between metrics, so rank by the target relative to the result.
            let ratio = |p: &PairBar| {
                if p.result == 0.0 {
                    f64::INFINITY
                } else {
                    p.target / p.result
                }
            };
            let most = pairs
                .iter()
                .fold(&pairs[0], |m, p| if ratio(p) > ratio(m) { p } else { m });
            let least = pairs
                .iter()
                .fold(&pairs[0], |m, p| if ratio(p) < ratio(m) { p } else { m });
            let pair = |p: &PairBar| {
                format!(
                    "{}（{} → {}）",
                    p.label,
                    result_value(p, lang),
                    target_value(p, lang)
                )
            };
            let pair_en = |p: &PairBar| {
                format!(
                    "{} ({} → {})",
                    p.label,
                    result_value(p, lang),
                    target_value(p, lang)
                )
            };
            match lang {
                Lang::Zh => format!(
                    "上年完成与今年目标对比条形图，共{}项指标。目标相对上年最高：{}；最低：{}。",
                    pairs.len(),
                    pair(most),
                    pair(least)
                ),
                Lang::En => format!(
                    "Bar chart of last year's results against this year's targets, {} metrics. Highest target relative to last year: {}; lowest: {}.",
                    pairs.len(),
                    pair_en(most),
                    pair_en(least)
                ),
            }
        }
    }
}

/// Column headers and rows of the same numbers the bars show.
pub fn table(spec: &ChartSpec, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let s = |x: &str| x.to_owned();
    match spec {
        ChartSpec::Growth { bars } => (
            vec![
                s(text::indicator(lang)),
                s(text::sector(lang)),
                s(text::status(lang)),
                s(text::growth(lang)),
            ],
            bars.iter()
                .map(|b| {
                    vec![
                        b.label.clone(),
                        s(lang.sector(b.sector)),
                        s(lang.status(b.status)),
                        text::growth_value(b.value, b.comparator),
                    ]
                })
                .collect(),
        ),
        ChartSpec::Sectors { counts } => {
            let mut headers = vec![s(text::sector(lang))];
            headers.extend(counts.periods.iter().map(|p| lang.period(p)));
            headers.push(s(text::total(lang)));
            let rows = counts
                .rows
                .iter()
                .map(|(sector, c)| {
                    let mut row = vec![s(lang.sector(*sector))];
                    row.extend(c.iter().map(|n| n.to_string()));
                    row.push(c.iter().sum::<usize>().to_string());
                    row
                })
                .collect();
            (headers, rows)
        }
        ChartSpec::Pairs { pairs } => (
            vec![
                s(text::indicator(lang)),
                s(text::sector(lang)),
                s(text::result(lang)),
                s(text::target(lang)),
            ],
            pairs
                .iter()
                .map(|p| {
                    vec![
                        p.label.clone(),
                        s(lang.sector(p.sector)),
                        result_value(p, lang),
                        target_value(p, lang),
                    ]
                })
                .collect(),
        ),
    }
}
