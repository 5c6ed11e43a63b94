//! A cheap, pointer-compared handle to the immutable report and its search index.

use std::ops::Deref;
use std::rc::Rc;

use crate::aggregate::{self, Pair};
use crate::report::Report;
use crate::search::SearchIndex;

/// Props compare by pointer: the report never changes, so comparing its
/// 40 KB of text on every render would be pure waste.
#[derive(Clone, Debug)]
pub struct SharedReport {
    report: Rc<Report>,
    index: Rc<SearchIndex>,
    pairs: Rc<Vec<Pair>>,
}

impl SharedReport {
    /// Wraps a report and builds what depends only on it, once: the
    /// search index and the result/target pairs.
    pub fn new(report: Report) -> SharedReport {
        let index = Rc::new(SearchIndex::new(&report));
        let pairs = Rc::new(aggregate::pairs(&report.indicators));
        SharedReport {
            report: Rc::new(report),
            index,
            pairs,
        }
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Every result paired with its target across the report.
    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }
}

impl PartialEq for SharedReport {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

impl Deref for SharedReport {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.report
    }
}
