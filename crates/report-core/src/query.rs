//! The pure query: which indicators the user wants and in what order.
//!
//! A `Query` is plain data decoded from the URL hash; `rows` and `facets`
//! derive everything the table, charts and filters show from it.

use crate::coded::coded;
use crate::set::Set;
use std::cmp::Ordering;

use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::{Bound, Indicator, Kind, Period, Sector, Status, Verb};
use crate::search::{self, SearchIndex};

/// The most distinct search terms a query uses; the rest are ignored.
pub const MAX_TERMS: usize = 16;

/// The longest search text a link may set, in chars (see `hash::decode`).
pub const MAX_TEXT_CHARS: usize = 200;

coded! {
    /// The orders of the table: relevance (the default) and the columns a
    /// user can sort by.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Column {
        /// What a user who searched and chose no sort expects: rows whose own
        /// clause or subject holds the search terms first, then rows that hold
        /// them only elsewhere in the sentence, each group in report order.
        /// Without a search it is report order. Not a table column (see
        /// [`Column::HEADERS`]), and never written to a link (the default).
        #[default]
        Relevance = "relevance",
        /// Document order: where the number stands in the report.
        Position = "position",
        Subject = "subject",
        Value = "value",
        Period = "period",
        Status = "status",
        Sector = "sector",
        Kind = "kind",
    }
}

impl Column {
    /// The table's sortable columns, in the order the table shows them.
    pub const HEADERS: [Column; 7] = [
        Column::Position,
        Column::Subject,
        Column::Value,
        Column::Period,
        Column::Status,
        Column::Sector,
        Column::Kind,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// The user's filters. An empty set means "no filter on this facet".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub sectors: Set<Sector>,
    /// `"2023"`, `"2024"`, `"history"`.
    pub periods: Set<Period>,
    pub statuses: Set<Status>,
    pub kinds: Set<Kind>,
    /// Floors, ceilings, approximate or plain values (the comparator as written).
    pub bounds: Set<Bound>,
    /// Governing words (`确保`, `力争` …, or none).
    pub verbs: Set<Verb>,
    /// Free text: every whitespace-separated term must occur (substring,
    /// case-insensitive) in the subject, its English name, the raw value or
    /// the sentence.
    pub text: String,
    pub sort: Sort,
}

/// One facet of the filters, for counting "everything but this facet".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Sector,
    Period,
    Status,
    Kind,
    Bound,
    Verb,
}

impl Query {
    /// The filters in words, for the top of a printout:
    /// `领域：农业农村、工业；年份：2024年；搜索：“风电”`, or `未筛选` when
    /// nothing is filtered.
    pub fn summary(&self, lang: Lang) -> String {
        let join = |items: Vec<String>| items.join(t(lang, Msg::ListSep));
        let mut parts: Vec<(&str, String)> = Vec::new();
        if !self.sectors.is_empty() {
            let names = self.sectors.iter().map(|s| lang.sector(*s).to_owned());
            parts.push((t(lang, Msg::Sector), join(names.collect())));
        }
        if !self.periods.is_empty() {
            let names = self.periods.iter().map(|&p| lang.period(p));
            parts.push((t(lang, Msg::Period), join(names.collect())));
        }
        if !self.statuses.is_empty() {
            let names = self.statuses.iter().map(|s| lang.status(*s).to_owned());
            parts.push((t(lang, Msg::Status), join(names.collect())));
        }
        if !self.kinds.is_empty() {
            let names = self.kinds.iter().map(|k| lang.kind(*k).to_owned());
            parts.push((t(lang, Msg::Kind), join(names.collect())));
        }
        if !self.bounds.is_empty() {
            let names = self.bounds.iter().map(|b| b.name(lang).to_owned());
            parts.push((t(lang, Msg::Bound), join(names.collect())));
        }
        if !self.verbs.is_empty() {
            let names = self.verbs.iter().map(|v| v.name(lang).to_owned());
            parts.push((t(lang, Msg::GoverningWord), join(names.collect())));
        }
        let text = self.text.trim();
        if !text.is_empty() {
            let quoted = tf(lang, Tpl::Quoted, &[&text]);
            parts.push((t(lang, Msg::Search), quoted));
        }
        if parts.is_empty() {
            return t(lang, Msg::NoFilters).to_owned();
        }
        let (colon, sep) = (t(lang, Msg::Colon), t(lang, Msg::Semicolon));
        parts
            .iter()
            .map(|(k, v)| format!("{k}{colon}{v}"))
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// True when nothing is filtered (the sort does not count).
    pub fn is_unfiltered(&self) -> bool {
        self.sectors.is_empty()
            && self.periods.is_empty()
            && self.statuses.is_empty()
            && self.kinds.is_empty()
            && self.bounds.is_empty()
            && self.verbs.is_empty()
            && self.terms().next().is_none()
    }

    /// The order the rows are in: relevance without a search is report
    /// order, so the table marks its position column and a first click on
    /// it reverses, as before searches were ranked.
    pub fn effective_sort(&self) -> Sort {
        if self.sort.column == Column::Relevance && self.terms().next().is_none() {
            Sort {
                column: Column::Position,
                descending: self.sort.descending,
            }
        } else {
            self.sort
        }
    }

    /// The query without any filter, keeping the sort.
    pub fn cleared(&self) -> Query {
        Query {
            sort: self.sort,
            ..Query::default()
        }
    }

    /// The search terms, lower-cased by [`search::fold`] (as the index
    /// is), without repeats, at most [`MAX_TERMS`] of them: every term is a
    /// scan of every haystack, so a pasted wall of words must not multiply
    /// the work without bound.
    pub fn terms(&self) -> impl Iterator<Item = String> + '_ {
        let mut seen: Vec<String> = Vec::new();
        self.text
            .split_whitespace()
            .map(search::fold)
            .filter(move |t| {
                let new = !seen.contains(t);
                if new {
                    seen.push(t.clone());
                }
                new
            })
            .take(MAX_TERMS)
    }

    /// Does indicator `i` pass every filter except `skip`?
    fn passes(
        &self,
        index: &SearchIndex,
        i: usize,
        ind: &Indicator,
        skip: Option<Facet>,
        terms: &[String],
    ) -> bool {
        let open = |f: Facet| skip == Some(f);
        (open(Facet::Sector) || self.sectors.is_empty() || self.sectors.contains(&ind.sector))
            && (open(Facet::Period)
                || self.periods.is_empty()
                || self.periods.contains(&ind.period))
            && (open(Facet::Status)
                || self.statuses.is_empty()
                || self.statuses.contains(&ind.status))
            && (open(Facet::Kind) || self.kinds.is_empty() || self.kinds.contains(&ind.kind))
            && (open(Facet::Bound)
                || self.bounds.is_empty()
                || self.bounds.contains(&Bound::from(ind.comparator)))
            && (open(Facet::Verb)
                || self.verbs.is_empty()
                || self.verbs.contains(&Verb::of(&ind.verb)))
            && index.matches(i, terms)
    }

    /// Does indicator `i` pass every filter?
    pub fn matches(&self, index: &SearchIndex, indicators: &[Indicator], i: usize) -> bool {
        let terms: Vec<String> = self.terms().collect();
        self.passes(index, i, &indicators[i], None, &terms)
    }
}

/// The indices of the indicators that pass `query`, in its sort order.
pub fn rows(indicators: &[Indicator], index: &SearchIndex, query: &Query) -> Vec<usize> {
    let terms: Vec<String> = query.terms().collect();
    let mut out: Vec<usize> = (0..indicators.len())
        .filter(|&i| query.passes(index, i, &indicators[i], None, &terms))
        .collect();
    let sort = query.effective_sort();
    if sort.column == Column::Relevance {
        // Computed once per row: a key per comparison would fold nothing
        // but still scan every term again.
        let mut keyed: Vec<(usize, usize)> = out
            .into_iter()
            .map(|i| (index.distance(i, &terms), i))
            .collect();
        crate::order::sort_by(&mut keyed, |&(da, a), &(db, b)| {
            let o = da
                .cmp(&db)
                .then(indicators[a].start.cmp(&indicators[b].start));
            let o = if sort.descending { o.reverse() } else { o };
            o.then(a.cmp(&b))
        });
        return keyed.into_iter().map(|(_, i)| i).collect();
    }
    crate::order::sort_by(&mut out, |&a, &b| {
        let o = compare(sort.column, &indicators[a], &indicators[b]);
        let o = if sort.descending { o.reverse() } else { o };
        o.then(a.cmp(&b))
    });
    out
}

fn compare(column: Column, a: &Indicator, b: &Indicator) -> Ordering {
    match column {
        Column::Relevance | Column::Position => a.start.cmp(&b.start),
        Column::Subject => a.subject.cmp(&b.subject),
        Column::Value => signed(a).total_cmp(&signed(b)),
        Column::Period => a.period.cmp(&b.period),
        Column::Status => a.status.cmp(&b.status),
        Column::Sector => a.sector.cmp(&b.sector),
        Column::Kind => a.kind.cmp(&b.kind),
    }
}

/// The value with a falling growth rate made negative: the number a chart plots.
pub fn signed(ind: &Indicator) -> f64 {
    signed_as(ind, ind.value)
}

/// The upper end of a range (`增长5%—6%`, `下降2%—3%`), signed as its
/// value is.
pub fn signed_high(ind: &Indicator) -> Option<f64> {
    ind.value_high.map(|high| signed_as(ind, high))
}

fn signed_as(ind: &Indicator, v: f64) -> f64 {
    match ind.direction {
        crate::model::Direction::Down => -v,
        _ => v,
    }
}

/// Counts per facet value under every other filter, so each count says how
/// many rows ticking that box would show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub sectors: Vec<(Sector, usize)>,
    pub periods: Vec<(Period, usize)>,
    pub statuses: Vec<(Status, usize)>,
    pub kinds: Vec<(Kind, usize)>,
    pub bounds: Vec<(Bound, usize)>,
    pub verbs: Vec<(Verb, usize)>,
}

pub fn facets(indicators: &[Indicator], index: &SearchIndex, query: &Query) -> Facets {
    let terms: Vec<String> = query.terms().collect();
    let pass = |i: usize, skip: Facet| query.passes(index, i, &indicators[i], Some(skip), &terms);
    let count = |skip: Facet, hit: &dyn Fn(&Indicator) -> bool| {
        (0..indicators.len())
            .filter(|&i| hit(&indicators[i]) && pass(i, skip))
            .count()
    };
    let periods = crate::order::set(indicators.iter().map(|i| i.period));
    Facets {
        sectors: Sector::ALL
            .iter()
            .map(|&s| (s, count(Facet::Sector, &|i| i.sector == s)))
            .collect(),
        periods: periods
            .into_iter()
            .map(|p| (p, count(Facet::Period, &|i| i.period == p)))
            .collect(),
        statuses: Status::ALL
            .iter()
            .map(|&s| (s, count(Facet::Status, &|i| i.status == s)))
            .collect(),
        kinds: Kind::ALL
            .iter()
            .map(|&k| (k, count(Facet::Kind, &|i| i.kind == k)))
            .collect(),
        bounds: Bound::ALL
            .iter()
            .map(|&b| (b, count(Facet::Bound, &|i| Bound::from(i.comparator) == b)))
            .collect(),
        verbs: Verb::ALL
            .iter()
            .map(|&v| (v, count(Facet::Verb, &|i| Verb::of(&i.verb) == v)))
            .collect(),
    }
}
