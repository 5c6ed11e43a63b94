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
        ChartSpec::Pairs { pairs } => describe_pairs(pairs, lang),
    }
}

/// How far a target moves from last year's result: in percentage points
/// for rates (`−3.5% → 8%` is +11.5), relative for levels (`38.2 → 40` is
/// +4.7%). Comparable only within one of the two, so rates are ranked
/// among rates, levels among levels.
fn step(p: &PairBar) -> Option<f64> {
    if p.unit == "%" {
        Some(p.target - p.result)
    } else if p.result != 0.0 {
        Some((p.target - p.result) / p.result.abs() * 100.0)
    } else {
        None
    }
}

fn step_text(p: &PairBar, lang: Lang) -> String {
    let Some(d) = step(p) else {
        return String::new();
    };
    let sign = if d > 0.0 { "+" } else { "" };
    let n = text::number(d);
    if p.unit == "%" {
        lang.pick(
            &format!("，{sign}{n}个百分点"),
            &format!(", {sign}{n} points"),
        )
        .to_owned()
    } else {
        format!("{}{sign}{n}%", lang.pick("，", ", "))
    }
}

/// The pairs chart in words: how many metrics, and the targets that move
/// furthest up and down from last year (among rates if there are two or
/// more, else among levels).
fn describe_pairs(pairs: &[PairBar], lang: Lang) -> String {
    let rates: Vec<&PairBar> = pairs.iter().filter(|p| p.unit == "%").collect();
    let pool: Vec<&PairBar> = if rates.len() >= 2 {
        rates
    } else {
        pairs
            .iter()
            .filter(|p| p.unit != "%" && step(p).is_some())
            .collect()
    };
    let head = lang
        .pick(
            &format!("上年完成与今年目标对比条形图，共{}项指标。", pairs.len()),
            &format!(
                "Bar chart of last year's results against this year's targets, {} metrics.",
                pairs.len()
            ),
        )
        .to_owned();
    let Some(&first) = pool.first() else {
        return head;
    };
    let by = |up: bool| {
        pool.iter()
            .copied()
            .fold(first, |m: &PairBar, p: &PairBar| {
                let (a, b) = (step(p).unwrap_or(0.0), step(m).unwrap_or(0.0));
                if (up && a > b) || (!up && a < b) {
                    p
                } else {
                    m
                }
            })
    };
    let (most, least) = (by(true), by(false));
    let pair = |p: &PairBar| {
        let (open, close) = (lang.pick("（", " ("), lang.pick("）", ")"));
        format!(
            "{}{open}{} → {}{}{close}",
            p.label,
            result_value(p, lang),
            target_value(p, lang),
            step_text(p, lang)
        )
    };
    let (what_zh, what_en) = if pool[0].unit == "%" {
        ("增速目标", "rate target")
    } else {
        ("目标", "target")
    };
    if pool.len() == 1 {
        return match lang {
            Lang::Zh => format!("{head}{what_zh}比上年：{}。", pair(first)),
            Lang::En => format!("{head} The {what_en} against last year: {}.", pair(first)),
        };
    }
    let body = match lang {
        Lang::Zh => format!(
            "{what_zh}比上年提高最多：{}；最少：{}。",
            pair(most),
            pair(least)
        ),
        Lang::En => format!(
            " The {what_en} furthest above last year: {}; the least: {}.",
            pair(most),
            pair(least)
        ),
    };
    head + &body
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
            headers.extend(counts.periods.iter().map(|&p| lang.period(p)));
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
