//! Targets against outcomes (完成情况): the targets one report sets for its
//! year beside the results the next report of the same place gives for
//! that year, each judged met, exceeded, missed or not comparable.
//!
//! The rule of "met", by the target's comparator on signed values (a fall
//! is negative, and a bound on a fall flips with its sign, see
//! `Comparator::signed`):
//! - a floor (`以上`, `>=`): met when the result is at or above it;
//! - a ceiling (`以内`, `<=`): met when the result is at or below it;
//! - about (`左右`) or plain: met within a tolerance, [`tolerance`]:
//!   0.5 percentage points for rates (unit `%`), 2% of the target for
//!   levels and counts; beyond the tolerance in the target's own direction
//!   (more growth, a deeper fall, more farmland) it is exceeded, short of
//!   it missed.
//!
//! Ranks and streaks are not compared (a place in an order and a run of
//! years have no tolerance that means anything), nor are numbers whose
//! units or kinds differ.

use serde::Serialize;

use crate::aggregate::{metric_key, names_a_metric};
use crate::coded::coded;
use crate::model::{Comparator, Indicator, Kind, Period, Status};
use crate::query::signed;
use crate::report::Report;

pub mod export;
pub mod matrix;
pub mod matrix_csv;

pub use matrix::{matrix, Row as MatrixRow};

coded! {
    /// How a result stands against its target.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Verdict {
        Met = ("met", "完成", "Met"),
        Exceeded = ("exceeded", "超额完成", "Exceeded"),
        Missed = ("missed", "未完成", "Missed"),
        NotComparable = ("not_comparable", "无法比较", "Not comparable"),
    }
}

/// One target of the planning report and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// Index of the target in the planning report's indicators.
    pub target: usize,
    /// Index of the result in the reviewing report's indicators, if it
    /// gives one for the same metric.
    pub result: Option<usize>,
    pub verdict: Verdict,
    /// The result minus the target, signed values, in the target's unit.
    pub difference: Option<f64>,
    /// The band a plain or approximate target is met within, in its unit.
    pub tolerance: Option<f64>,
}

/// The tolerance of a plain or approximate target: 0.5 percentage points
/// for a rate, 2% of the target's size for anything else.
pub fn tolerance(target: &Indicator) -> f64 {
    if target.unit == "%" {
        0.5
    } else {
        (target.value * 0.02).abs()
    }
}

/// Metrics a report plans to hold down rather than reach: `居民消费价格涨幅
/// 3%左右` and `城镇调查失业率5.5%左右` are limits (控制在…), so a result
/// below the target meets it, however far below; above, the tolerance.
const CONTAINED: [&str; 4] = ["消费价格", "物价", "CPI", "失业率"];

fn is_contained(target: &Indicator) -> bool {
    target.direction != crate::model::Direction::Down
        && CONTAINED.iter().any(|w| target.subject.contains(w))
}

/// Why two reports are not a planning report and the next year's review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotConsecutive {
    /// Either report does not say which place it is from.
    UnknownPlace,
    DifferentPlaces,
    /// The planning report's year is unknown, or the other does not review it.
    NotTheNextYear,
}

/// Are `planned` (report year N) and `reviewed` (report year N+1, which
/// reviews N) two consecutive reports of one place?
pub fn consecutive(planned: &Report, reviewed: &Report) -> Result<u16, NotConsecutive> {
    let (a, b) = (&planned.meta, &reviewed.meta);
    if a.city.is_empty() || b.city.is_empty() {
        return Err(NotConsecutive::UnknownPlace);
    }
    if a.city != b.city {
        return Err(NotConsecutive::DifferentPlaces);
    }
    match (a.report_year, b.review_year, b.report_year) {
        (Some(n), Some(r), _) if r == n => Ok(n),
        (Some(n), None, Some(m)) if m == n + 1 => Ok(n),
        _ => Err(NotConsecutive::NotTheNextYear),
    }
}

/// Every pair of consecutive reports of one place among `reports`, as
/// indices `(planned, reviewed)`, in the order of place and year.
pub fn consecutive_pairs<R: AsRef<Report>>(reports: &[R]) -> Vec<(usize, usize)> {
    pairs_of(&reports.iter().map(AsRef::as_ref).collect::<Vec<_>>())
}

/// Indices of `reports` in the order of place, then report year.
pub fn by_place_and_year(reports: &[&Report]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..reports.len()).collect();
    let key = |&i: &usize| (&reports[i].meta.city, reports[i].meta.report_year);
    sort_by(&mut order, |a, b| key(a).cmp(&key(b)));
    order
}

/// The compare code's orders go through the program's one sort.
pub use crate::order::sort_by;

fn pairs_of(reports: &[&Report]) -> Vec<(usize, usize)> {
    let order = by_place_and_year(reports);
    let mut pairs = Vec::new();
    for (k, &a) in order.iter().enumerate() {
        for &b in &order[k + 1..] {
            if consecutive(reports[a], reports[b]).is_ok() {
                pairs.push((a, b));
            }
        }
    }
    pairs
}

/// The targets `planned` sets for year `year`, each with the result
/// `reviewed` gives for the same metric in that year, judged. A target
/// whose metric the review does not mention is listed as not comparable,
/// with no result.
pub fn outcomes(planned: &Report, reviewed: &Report, year: u16) -> Vec<Outcome> {
    let year = Period::Year(year);
    let results: Vec<usize> = (0..reviewed.indicators.len())
        .filter(|&i| {
            let r = &reviewed.indicators[i];
            r.status != Status::Target && r.period == year && names_a_metric(r)
        })
        .collect();
    let mut seen = crate::set::Set::new();
    planned
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, t)| t.status == Status::Target && t.period == year && names_a_metric(t))
        // One row per metric: a target repeated later in the report is the same target.
        .filter(|(_, t)| seen.insert(metric_key(t)))
        .map(|(ti, t)| {
            let key = metric_key(t);
            let result = results
                .iter()
                .copied()
                .find(|&ri| metric_key(&reviewed.indicators[ri]) == key);
            match result {
                Some(ri) => judge(ti, t, ri, &reviewed.indicators[ri]),
                None => Outcome {
                    target: ti,
                    result: None,
                    verdict: Verdict::NotComparable,
                    difference: None,
                    tolerance: None,
                },
            }
        })
        .collect()
}

/// A target and its result of the same metric (same kind and unit), judged.
fn judge(ti: usize, target: &Indicator, ri: usize, result: &Indicator) -> Outcome {
    let (t, r) = (signed(target), signed(result));
    let difference = Some(r - t);
    let outcome = |verdict, tolerance| Outcome {
        target: ti,
        result: Some(ri),
        verdict,
        difference,
        tolerance,
    };
    if matches!(target.kind, Kind::Rank | Kind::Streak) {
        return outcome(Verdict::NotComparable, None);
    }
    match target.comparator.signed(target.direction) {
        Comparator::AtLeast => outcome(
            if r >= t {
                Verdict::Met
            } else {
                Verdict::Missed
            },
            None,
        ),
        Comparator::AtMost => outcome(
            if r <= t {
                Verdict::Met
            } else {
                Verdict::Missed
            },
            None,
        ),
        Comparator::About | Comparator::Exact if is_contained(target) => {
            let band = tolerance(target);
            let verdict = if r <= t + band + 1e-9 {
                Verdict::Met
            } else {
                Verdict::Missed
            };
            outcome(verdict, Some(band))
        }
        Comparator::About | Comparator::Exact => {
            let band = tolerance(target);
            // Beyond the band in the target's own direction: more growth
            // than planned, a deeper planned fall, more of a thing.
            let further = if t < 0.0 { r < t } else { r > t };
            let verdict = if (r - t).abs() <= band + 1e-9 {
                Verdict::Met
            } else if further {
                Verdict::Exceeded
            } else {
                Verdict::Missed
            };
            outcome(verdict, Some(band))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    fn ind(value: f64, unit: &str, comparator: Comparator, direction: Direction) -> Indicator {
        let mut i = crate::extract::extract("一、2023年工作回顾\n\n地区生产总值增长6%。")
            .indicators[0]
            .clone();
        i.value = value;
        i.unit = unit.to_owned().into();
        i.comparator = comparator;
        i.direction = direction;
        i.kind = if unit == "%" {
            Kind::Growth
        } else {
            Kind::Level
        };
        i
    }

    fn verdict(target: &Indicator, result: &Indicator) -> Verdict {
        judge(0, target, 0, result).verdict
    }

    use Comparator::{About, AtLeast, AtMost, Exact};
    use Direction::{Down, Up};

    #[test]
    fn a_price_or_unemployment_target_about_a_value_is_a_limit() {
        let mut cpi = ind(3.0, "%", About, Direction::Up);
        cpi.subject = "居民消费价格".into();
        let below = ind(0.3, "%", Exact, Direction::Up);
        let just_over = ind(3.4, "%", Exact, Direction::Up);
        let over = ind(3.6, "%", Exact, Direction::Up);
        assert_eq!(verdict(&cpi, &below), Verdict::Met);
        assert_eq!(verdict(&cpi, &just_over), Verdict::Met);
        assert_eq!(verdict(&cpi, &over), Verdict::Missed);
        let mut jobless = ind(5.5, "%", Exact, Direction::Up);
        jobless.subject = "城镇调查失业率".into();
        assert_eq!(
            verdict(&jobless, &ind(5.1, "%", Exact, Direction::Up)),
            Verdict::Met
        );
        // Any other metric about a value is still missed far below it.
        let gdp = ind(6.0, "%", About, Direction::Up);
        assert_eq!(verdict(&gdp, &below), Verdict::Missed);
    }

    #[test]
    fn a_floor_is_met_at_or_above_it() {
        let floor = ind(8.0, "%", AtLeast, Up);
        assert_eq!(verdict(&floor, &ind(8.0, "%", Exact, Up)), Verdict::Met);
        assert_eq!(verdict(&floor, &ind(8.01, "%", Exact, Up)), Verdict::Met);
        assert_eq!(verdict(&floor, &ind(7.99, "%", Exact, Up)), Verdict::Missed);
        assert_eq!(
            verdict(&floor, &ind(2.0, "%", Exact, Down)),
            Verdict::Missed
        );
    }

    #[test]
    fn a_ceiling_is_met_at_or_below_it() {
        let ceiling = ind(5.5, "%", AtMost, Direction::None);
        assert_eq!(
            verdict(&ceiling, &ind(5.5, "%", Exact, Direction::None)),
            Verdict::Met
        );
        assert_eq!(
            verdict(&ceiling, &ind(5.1, "%", Exact, Direction::None)),
            Verdict::Met
        );
        assert_eq!(
            verdict(&ceiling, &ind(5.6, "%", Exact, Direction::None)),
            Verdict::Missed
        );
    }

    #[test]
    fn about_and_plain_are_met_within_half_a_point_for_rates() {
        let about = ind(6.0, "%", About, Up);
        assert_eq!(verdict(&about, &ind(5.5, "%", Exact, Up)), Verdict::Met);
        assert_eq!(verdict(&about, &ind(6.5, "%", Exact, Up)), Verdict::Met);
        assert_eq!(verdict(&about, &ind(5.4, "%", Exact, Up)), Verdict::Missed);
        assert_eq!(
            verdict(&about, &ind(6.6, "%", Exact, Up)),
            Verdict::Exceeded
        );
        let plain = ind(10.0, "%", Exact, Up);
        assert_eq!(
            verdict(&plain, &ind(2.1, "%", Exact, Down)),
            Verdict::Missed
        );
    }

    #[test]
    fn levels_are_met_within_two_percent_and_more_is_exceeded() {
        let farmland = ind(20.0, "万亩", Exact, Direction::None);
        assert_eq!(
            verdict(&farmland, &ind(20.4, "万亩", Exact, Direction::None)),
            Verdict::Met
        );
        assert_eq!(
            verdict(&farmland, &ind(19.6, "万亩", Exact, Direction::None)),
            Verdict::Met
        );
        assert_eq!(
            verdict(&farmland, &ind(19.5, "万亩", Exact, Direction::None)),
            Verdict::Missed
        );
        assert_eq!(
            verdict(&farmland, &ind(21.5, "万亩", Exact, Direction::None)),
            Verdict::Exceeded
        );
        assert_eq!(tolerance(&farmland), 0.4);
    }

    #[test]
    fn a_planned_fall_is_exceeded_by_a_deeper_one() {
        let energy = ind(3.0, "%", Exact, Down);
        assert_eq!(verdict(&energy, &ind(3.4, "%", Exact, Down)), Verdict::Met);
        assert_eq!(
            verdict(&energy, &ind(3.6, "%", Exact, Down)),
            Verdict::Exceeded
        );
        assert_eq!(
            verdict(&energy, &ind(2.4, "%", Exact, Down)),
            Verdict::Missed
        );
        // A fall of at least 3% is a ceiling of −3% on the signed change.
        let deep = ind(3.0, "%", AtLeast, Down);
        assert_eq!(verdict(&deep, &ind(3.0, "%", Exact, Down)), Verdict::Met);
        assert_eq!(verdict(&deep, &ind(2.9, "%", Exact, Down)), Verdict::Missed);
    }
}
