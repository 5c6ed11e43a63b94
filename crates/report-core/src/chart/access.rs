//! The chart in words and as a table, for screen readers and for anyone
//! who would rather read numbers than bar lengths.

use super::pairs::{result_value, target_value, Series};
use super::text;
use super::{ChartSpec, PairBar, PairsOf};
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};

/// One paragraph: what is charted, how many bars, the largest and smallest.
pub fn describe(spec: &ChartSpec, lang: Lang) -> String {
    match spec {
        _ if spec.is_empty() => format!("{}{}", t(lang, Msg::NoData), t(lang, Msg::FullStop)),
        ChartSpec::Growth { bars } => {
            let (top, low) = (&bars[0], &bars[bars.len() - 1]);
            let v = |b: &crate::aggregate::Bar| text::growth_value(b.value, b.high, b.comparator);
            tf(
                lang,
                Tpl::GrowthChart,
                &[&bars.len(), &top.label, &v(top), &low.label, &v(low)],
            )
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
            tf(
                lang,
                Tpl::SectorsChart,
                &[&totals.len(), &all, &most.1, &most.0, &fewest.1, &fewest.0],
            )
        }
        ChartSpec::Pairs { pairs, of } => describe_pairs(pairs, *of, lang),
    }
}

/// How far a target moves from last year's result: in percentage points
/// for rates (`−3.5% → 8%` is +11.5), relative for levels (`38.2 → 40` is
/// +4.7%). Comparable only within one of the two, so rates are ranked
/// among rates, levels among levels; and only where both are given.
fn step(p: &PairBar) -> Option<f64> {
    let (result, target) = (p.result?.value, p.target?.value);
    if p.unit == "%" {
        Some(target - result)
    } else if result != 0.0 {
        Some((target - result) / result.abs() * 100.0)
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
        tf(lang, Tpl::Points, &[&sign, &n])
    } else {
        format!("{}{sign}{n}%", t(lang, Msg::Comma))
    }
}

/// The pairs chart in words: how many metrics and which series it has,
/// and the targets that move furthest up and down from last year (among
/// rates if there are two or more, else among levels), of the pairs that
/// give both.
fn describe_pairs(pairs: &[PairBar], of: PairsOf, lang: Lang) -> String {
    let compared = || pairs.iter().filter(|p| step(p).is_some());
    let rates: Vec<&PairBar> = compared().filter(|p| p.unit == "%").collect();
    let pool: Vec<&PairBar> = if rates.len() >= 2 {
        rates
    } else {
        compared().filter(|p| p.unit != "%").collect()
    };
    let head = match (of, PairBar::series(pairs)) {
        (PairsOf::Years, (true, false)) => Tpl::ResultsChart,
        (PairsOf::Years, (false, true)) => Tpl::TargetsChart,
        (PairsOf::Years, _) => Tpl::PairsChart,
        (PairsOf::Reports, (true, false)) => Tpl::ReportResultsChart,
        (PairsOf::Reports, (false, true)) => Tpl::ReportTargetsChart,
        (PairsOf::Reports, _) => Tpl::ReportPairsChart,
    };
    let head = tf(lang, head, &[&pairs.len()]);
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
        let (open, close) = (t(lang, Msg::OpenParen), t(lang, Msg::CloseParen));
        format!(
            "{}{open}{} → {}{}{close}",
            p.label,
            result_value(p, lang),
            target_value(p, lang),
            step_text(p, lang)
        )
    };
    let what = t(
        lang,
        if pool[0].unit == "%" {
            Msg::RateTarget
        } else {
            Msg::Target
        },
    );
    let (one, two) = match of {
        PairsOf::Years => (Tpl::PairsOne, Tpl::PairsMost),
        PairsOf::Reports => (Tpl::ReportPairsOne, Tpl::ReportPairsMost),
    };
    let body = if pool.len() == 1 {
        tf(lang, one, &[&what, &pair(first)])
    } else {
        tf(lang, two, &[&what, &pair(most), &pair(least)])
    };
    head + &body
}

/// Column headers and rows of the same numbers the bars show.
pub fn table(spec: &ChartSpec, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let s = |x: &str| x.to_owned();
    match spec {
        ChartSpec::Growth { bars } => (
            vec![
                s(t(lang, Msg::Indicator)),
                s(t(lang, Msg::Sector)),
                s(t(lang, Msg::Status)),
                s(t(lang, Msg::Growth)),
            ],
            bars.iter()
                .map(|b| {
                    vec![
                        b.label.clone(),
                        s(lang.sector(b.sector)),
                        s(lang.status(b.status)),
                        text::growth_value(b.value, b.high, b.comparator),
                    ]
                })
                .collect(),
        ),
        ChartSpec::Sectors { counts } => {
            let mut headers = vec![s(t(lang, Msg::Sector))];
            headers.extend(counts.periods.iter().map(|&p| lang.period(p)));
            headers.push(s(t(lang, Msg::Total)));
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
        ChartSpec::Pairs { pairs, of } => {
            // The series the chart draws, as its legend names them.
            let series = Series::of(pairs);
            let mut headers = vec![s(t(lang, Msg::Indicator)), s(t(lang, Msg::Sector))];
            headers.extend(series.iter().map(|v| s(v.name(*of, lang))));
            let rows = pairs
                .iter()
                .map(|p| {
                    let mut row = vec![p.label.clone(), s(lang.sector(p.sector))];
                    row.extend(series.iter().map(|v| v.text(p, lang)));
                    row
                })
                .collect();
            (headers, rows)
        }
    }
}
