//! Derived views for charts and the overview: growth bars, counts per
//! sector and period, and last year's results paired with this year's
//! targets for the same metric.

use crate::model::{Comparator, Indicator, Kind, Period, Sector, Status};
use crate::query::{signed, signed_high};

/// One bar of the growth chart: a growth rate, negative when it fell.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Index into `Report::indicators`.
    pub indicator: usize,
    pub label: String,
    pub value: f64,
    /// The other end of a range (`增长5.5%—6%`), signed as `value`.
    pub high: Option<f64>,
    pub comparator: Comparator,
    pub sector: Sector,
    pub status: Status,
}

/// Growth rates (in %) of the given rows, largest first.
pub fn growth_bars(
    indicators: &[Indicator],
    rows: &[usize],
    label: impl Fn(&Indicator) -> String,
) -> Vec<Bar> {
    let mut bars: Vec<Bar> = rows
        .iter()
        .map(|&i| (i, &indicators[i]))
        .filter(|(_, ind)| ind.kind == Kind::Growth && ind.unit == "%")
        .map(|(i, ind)| Bar {
            indicator: i,
            label: label(ind),
            value: signed(ind),
            high: signed_high(ind),
            comparator: ind.comparator.signed(ind.direction),
            sector: ind.sector,
            status: ind.status,
        })
        .collect();
    crate::order::sort_by(&mut bars, |a, b| {
        b.value
            .total_cmp(&a.value)
            .then(a.indicator.cmp(&b.indicator))
    });
    bars
}

/// At most `n` bars: the largest `n / 2` and the smallest rest, in order,
/// so a chart of thousands of rates stays readable; the table has them all.
pub fn extremes(mut bars: Vec<Bar>, n: usize) -> Vec<Bar> {
    if bars.len() > n {
        let low = bars.split_off(bars.len() - (n - n / 2));
        bars.truncate(n / 2);
        bars.extend(low);
    }
    bars
}

/// How many indicators each sector has, split by period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SectorCounts {
    /// The periods in order (2023, 2024, history): the stacks.
    pub periods: Vec<Period>,
    /// Sectors with at least one row, in the scheme's order, and their counts per period.
    pub rows: Vec<(Sector, Vec<usize>)>,
}

pub fn sector_counts(indicators: &[Indicator], rows: &[usize]) -> SectorCounts {
    // Distinct and in order first, so the few periods are the only copies
    // (this runs on every filter change of the charts view, over every row).
    // In order: the years, then history (`Period`'s order).
    let periods: Vec<Period> = crate::order::set(rows.iter().map(|&i| indicators[i].period))
        .into_iter()
        .collect();
    // Sorted by sector as it fills: a dozen sectors at most, and a map of
    // its own key and value types would bring the page a copy of its code.
    let mut by_sector: Vec<(Sector, Vec<usize>)> = Vec::new();
    for &i in rows {
        let ind = &indicators[i];
        let p = periods.iter().position(|p| *p == ind.period).unwrap_or(0);
        let at = match by_sector.binary_search_by(|(s, _)| s.cmp(&ind.sector)) {
            Ok(at) => at,
            Err(at) => {
                by_sector.insert(at, (ind.sector, vec![0; periods.len()]));
                at
            }
        };
        by_sector[at].1[p] += 1;
    }
    SectorCounts {
        periods,
        rows: by_sector,
    }
}

/// Last year's result and this year's target for one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// The metric's subject as the target states it.
    pub subject: String,
    pub kind: Kind,
    pub unit: String,
    /// Index of the result (actual or estimate) in `Report::indicators`.
    pub result: usize,
    /// Index of the target.
    pub target: usize,
    pub sector: Sector,
}

/// Pairs every target with a result of the same metric anywhere in the
/// report: same kind, same unit, and the same subject once the planning
/// words that differ between the two parts (全年, 力争, 确保 …) are dropped,
/// or the same English glossary name.
pub fn pairs(indicators: &[Indicator]) -> Vec<Pair> {
    let key = metric_key;
    let specific = names_a_metric;
    let this_year = this_years(indicators);
    let mut results = crate::set::Map::new();
    for (i, ind) in indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| specific(ind))
    {
        if ind.status != Status::Target && ind.period != Period::History {
            results.get_or_insert_with(key(ind), || i);
        }
    }
    let mut seen = crate::set::Set::new();
    indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| ind.status == Status::Target && specific(ind) && this_year(ind))
        .filter_map(|(t, ind)| {
            let k = key(ind);
            let &r = results.get(&k)?;
            seen.insert(k).then(|| Pair {
                subject: ind.subject.to_string(),
                kind: ind.kind,
                unit: ind.unit.to_string(),
                result: r,
                target: t,
                sector: ind.sector,
            })
        })
        .collect()
}

/// Is a record one of the plan's own targets for its year? The year is the
/// one most dated targets name (the earliest of a tie): a five-year plan's
/// end (`到2030年突破千亿元`) and its yearly averages (`年均增长6%`) are
/// targets too, but not this year's, so they neither pair with last year's
/// result nor stand in a column of this year's targets.
fn this_years(indicators: &[Indicator]) -> impl Fn(&Indicator) -> bool {
    // A handful of years at most: a list, not a map (a map of new key and
    // value types costs the page its own copy of the map's code).
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for ind in indicators.iter().filter(|i| i.status == Status::Target) {
        if let Period::Year(y) = ind.period {
            match counts.iter_mut().find(|(year, _)| *year == y) {
                Some((_, n)) => *n += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    let plan = (counts.into_iter())
        .max_by(|(ya, a), (yb, b)| a.cmp(b).then(yb.cmp(ya)))
        .map(|(y, _)| Period::Year(y));
    move |ind: &Indicator| plan.is_some_and(|p| ind.period == p)
}

/// What makes two records the same metric: the English glossary name or
/// the subject without planning words, the kind and the unit.
pub fn metric_key(ind: &Indicator) -> (&str, Kind, &str) {
    let subject = ind.subject_en.as_deref().unwrap_or(metric(&ind.subject));
    (subject, ind.kind, &ind.unit)
}

/// Does `ind`'s subject name a metric? A one- or two-character subject
/// (`项目`, `企业`) does not: two such numbers are not the same measure,
/// even though the glossary gives the bare head an English name.
pub fn names_a_metric(ind: &Indicator) -> bool {
    metric(&ind.subject).chars().count() >= 3
}

/// This year's targets in `sector` whose metric has no result beside it in
/// `pairs`, in report order: the overview lists them with "no result
/// given" rather than leaving a headline target out.
pub fn unpaired_targets(indicators: &[Indicator], pairs: &[Pair], sector: Sector) -> Vec<usize> {
    let paired = crate::order::set(pairs.iter().map(|p| metric_key(&indicators[p.target])));
    let this_year = this_years(indicators);
    let mut seen = crate::set::Set::new();
    indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| ind.status == Status::Target && this_year(ind) && ind.sector == sector)
        .filter(|(_, ind)| {
            let k = metric_key(ind);
            !paired.contains(&k) && seen.insert(k)
        })
        .map(|(i, _)| i)
        .collect()
}

/// A subject without the planning and scope words that differ between a
/// result and its target: `全年新增规上工业企业` → `新增规上工业企业`. The
/// words are the extractor's ([`crate::extract::lexicon::LEADING`]).
pub fn metric(subject: &str) -> &str {
    crate::extract::lexicon::without_leading(subject)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_strips_the_leading_words_the_extractor_strips() {
        // One table for both: a word the extractor drops from a subject is
        // one the pairing of results with targets ignores, and back.
        for w in crate::extract::lexicon::LEADING {
            assert_eq!(
                metric(&format!("{w}新增规上工业企业")),
                "新增规上工业企业",
                "{w}"
            );
            let text = format!("一、2023年工作回顾\n\n{w}新增规上工业企业25家。\n");
            let got: Vec<String> = crate::extract::extract(&text)
                .indicators
                .iter()
                .map(|i| i.subject.to_string())
                .collect();
            assert_eq!(got, ["新增规上工业企业"], "{w}");
        }
    }
    use crate::model::Direction;

    fn ind(subject: &str, value: f64, status: Status, direction: Direction) -> Indicator {
        Indicator {
            value,
            period: Period::Year(if status == Status::Target { 2024 } else { 2023 }),
            status,
            direction,
            ..crate::testing::indicator(subject)
        }
    }

    #[test]
    fn growth_bars_are_signed_and_sorted() {
        let v = vec![
            ind("固定资产投资", 3.5, Status::Estimate, Direction::Down),
            ind("地区生产总值", 6.0, Status::Estimate, Direction::Up),
        ];
        let bars = growth_bars(&v, &[0, 1], |i| i.subject.to_string());
        let got: Vec<(String, f64)> = bars.into_iter().map(|b| (b.label, b.value)).collect();
        assert_eq!(
            got,
            vec![("地区生产总值".into(), 6.0), ("固定资产投资".into(), -3.5)]
        );
    }

    #[test]
    fn extremes_keep_both_ends() {
        let v: Vec<Indicator> = (0..10)
            .map(|k| ind("x", f64::from(k), Status::Actual, Direction::Up))
            .collect();
        let rows: Vec<usize> = (0..10).collect();
        let got: Vec<f64> = extremes(growth_bars(&v, &rows, |i| i.subject.to_string()), 4)
            .iter()
            .map(|b| b.value)
            .collect();
        assert_eq!(got, vec![9.0, 8.0, 1.0, 0.0]);
        assert_eq!(
            extremes(growth_bars(&v, &rows[..3], |i| i.subject.to_string()), 4).len(),
            3
        );
    }

    #[test]
    fn a_target_pairs_with_the_result_of_the_same_metric() {
        let v = vec![
            ind("地区生产总值", 6.0, Status::Estimate, Direction::Up),
            ind("固定资产投资", 3.5, Status::Estimate, Direction::Down),
            ind("地区生产总值", 6.0, Status::Target, Direction::Up),
            ind("全年固定资产投资", 8.0, Status::Target, Direction::Up),
            ind("进出口总额", 10.0, Status::Target, Direction::Up),
        ];
        let got: Vec<(usize, usize)> = pairs(&v).iter().map(|p| (p.result, p.target)).collect();
        assert_eq!(got, vec![(0, 2), (1, 3)]);
    }

    #[test]
    fn only_this_years_targets_pair_or_stand_alone() {
        // A plan opening a five-year period: its yearly average and its end
        // year's level come first, this year's targets after them.
        let report = crate::extract::extract(
            "一、2025年工作回顾\n\n全市地区生产总值增长5.4%，总量达到1426亿元。\n\n\
             二、2026年工作安排\n\n“十五五”时期的主要目标是：地区生产总值年均增长6%左右，到2030年突破2000亿元。\n\n\
             今年的主要预期目标是：地区生产总值增长5.5%—6%，常住人口城镇化率提高到61%。\n",
        );
        let raw = |i: usize| &*report.indicators[i].raw;
        let got: Vec<(&str, &str)> = (pairs(&report.indicators).iter())
            .map(|p| (raw(p.result), raw(p.target)))
            .collect();
        assert_eq!(got, [("5.4%", "5.5%—6%")]);
        let p = pairs(&report.indicators);
        let alone: Vec<&str> = (unpaired_targets(&report.indicators, &p, Sector::Macro)
            .into_iter())
        .map(raw)
        .collect();
        assert_eq!(alone, ["61%"]);
    }

    #[test]
    fn a_vague_subject_pairs_with_nothing() {
        let mut v = vec![
            ind("项目", 40.0, Status::Actual, Direction::None),
            ind("项目", 35.0, Status::Target, Direction::None),
        ];
        v.iter_mut().for_each(|i| {
            i.kind = Kind::Count;
            i.subject_en = crate::glossary::english(&i.subject);
        });
        assert!(pairs(&v).is_empty());
    }

    #[test]
    fn counts_split_by_period_with_history_last() {
        let mut v = vec![
            ind("a", 1.0, Status::Target, Direction::Up),
            ind("b", 1.0, Status::Actual, Direction::Up),
            ind("c", 1.0, Status::Actual, Direction::Up),
        ];
        v[2].period = Period::History;
        v[2].sector = Sector::Agriculture;
        let c = sector_counts(&v, &[0, 1, 2]);
        assert_eq!(c.periods, vec!["2023", "2024", "history"]);
        assert_eq!(
            c.rows,
            vec![
                (Sector::Macro, vec![1, 1, 0]),
                (Sector::Agriculture, vec![0, 0, 1])
            ]
        );
    }

    #[test]
    fn a_headline_target_without_a_result_is_listed_on_its_own() {
        let v = vec![
            ind("地区生产总值", 6.0, Status::Estimate, Direction::Up),
            ind("地区生产总值", 6.0, Status::Target, Direction::Up),
            ind("万元GDP综合能耗", 3.2, Status::Target, Direction::Down),
            ind("万元GDP综合能耗", 3.0, Status::Target, Direction::Down),
        ];
        let p = pairs(&v);
        assert_eq!(p.len(), 1);
        // Once per metric, and only in the asked sector.
        assert_eq!(unpaired_targets(&v, &p, Sector::Macro), [2]);
        assert!(unpaired_targets(&v, &p, Sector::Industry).is_empty());
    }

    #[test]
    fn the_embedded_reports_unpaired_headline_target_is_its_energy_target() {
        let report = crate::testing::mudanjiang();
        let p: Vec<Pair> = pairs(&report.indicators)
            .into_iter()
            .filter(|p| p.sector == Sector::Macro)
            .collect();
        let alone: Vec<&str> = unpaired_targets(&report.indicators, &p, Sector::Macro)
            .into_iter()
            .map(|i| &*report.indicators[i].raw)
            .collect();
        assert_eq!(alone, ["3.2%"]);
        assert_eq!(
            &*report.indicators[unpaired_targets(&report.indicators, &p, Sector::Macro)[0]].subject,
            "万元GDP综合能耗"
        );
    }

    #[test]
    fn a_reduction_bar_keeps_its_bound_on_the_signed_value() {
        let mut v = vec![ind("化肥使用量", 60.0, Status::Target, Direction::Down)];
        v[0].comparator = Comparator::AtLeast;
        let bars = growth_bars(&v, &[0], |i| i.subject.to_string());
        assert_eq!(bars[0].value, -60.0);
        assert_eq!(bars[0].comparator, Comparator::AtMost);
    }
}
