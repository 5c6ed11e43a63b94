//! The charts view's three charts, built from the filtered rows: what each
//! draws and its one title (shown as the caption and drawn in the picture).
//! Pure, so the series are tested natively; the UI only memoises them.

use crate::aggregate::{self, Pair};
use crate::chart::{text, ChartSpec, PairBar, PairValue, PairsOf};
use crate::format;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::{Indicator, Status};

/// More bars than this and the growth chart shows the two ends.
pub const MAX_BARS: usize = 50;

/// A chart to draw and its title.
#[derive(Clone, Debug, PartialEq)]
pub struct Titled {
    pub title: String,
    pub spec: ChartSpec,
}

/// The charts view: growth rates, indicators per sector by period, and
/// results against targets.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSet {
    pub growth: Titled,
    pub sectors: Titled,
    pub pairs: Titled,
}

/// The three charts of `rows` (indices into `indicators`, in query order).
/// `pairs` are the report's result/target pairs; those with either side
/// among the rows are drawn.
pub fn chart_set(indicators: &[Indicator], pairs: &[Pair], rows: &[usize], lang: Lang) -> ChartSet {
    let all = aggregate::growth_bars(indicators, rows, |i| growth_label(i, lang));
    let total = all.len();
    let bars = aggregate::extremes(all, MAX_BARS);
    let growth = Titled {
        title: text::growth_title(bars.len(), total, lang),
        spec: ChartSpec::Growth { bars },
    };
    let sectors = Titled {
        title: t(lang, Msg::SectorsByPeriod).to_owned(),
        spec: ChartSpec::Sectors {
            counts: aggregate::sector_counts(indicators, rows),
        },
    };
    let mut shown = vec![false; indicators.len()];
    rows.iter().for_each(|&i| shown[i] = true);
    let kept: Vec<Pair> = pairs
        .iter()
        .filter(|p| shown[p.result] || shown[p.target])
        .cloned()
        .collect();
    let pairs = Titled {
        title: t(lang, Msg::ResultVsTarget).to_owned(),
        spec: ChartSpec::Pairs {
            pairs: pair_bars(indicators, &kept, lang),
            of: PairsOf::Years,
        },
    };
    ChartSet {
        growth,
        sectors,
        pairs,
    }
}

/// The overview's chart: the headline metrics' results against targets.
pub fn headline(indicators: &[Indicator], headline: &[Pair], lang: Lang) -> Titled {
    Titled {
        title: t(lang, Msg::HeadlineVsTarget).to_owned(),
        spec: ChartSpec::Pairs {
            pairs: pair_bars(indicators, headline, lang),
            of: PairsOf::Years,
        },
    }
}

/// A growth bar's label: results and targets of one metric both appear,
/// so the period and the status tell them apart.
fn growth_label(i: &Indicator, lang: Lang) -> String {
    let when = match i.status {
        Status::Actual => lang.period(i.period),
        s => format!(
            "{}{}",
            lang.period(i.period),
            match lang {
                Lang::Zh => lang.status(s).to_owned(),
                Lang::En => format!(" {}", crate::case::lowered(lang.status(s))),
            }
        ),
    };
    format!(
        "{}{}",
        format::subject(i, lang),
        tf(lang, Tpl::InParens, &[&when])
    )
}

/// Result/target pairs as the pairs chart draws them.
pub fn pair_bars(indicators: &[Indicator], pairs: &[Pair], lang: Lang) -> Vec<PairBar> {
    pairs
        .iter()
        .map(|p| {
            let (r, t) = (&indicators[p.result], &indicators[p.target]);
            PairBar {
                label: format::subject(t, lang).to_owned(),
                unit: p.unit.clone(),
                result: Some(PairValue::of(r, p.result)),
                target: Some(PairValue::of(t, p.target)),
                sector: p.sector,
                noun: crate::glossary::count_noun(&t.subject),
            }
        })
        .collect()
}
