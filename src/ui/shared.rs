//! A cheap, pointer-compared handle to the immutable report and its search index.

use std::ops::Deref;
use std::rc::Rc;

use crate::report::Report;
use crate::search::SearchIndex;

/// Props compare by pointer: the report never changes, so comparing its
/// 40 KB of text on every render would be pure waste.
#[derive(Clone, Debug)]
pub struct SharedReport {
    report: Rc<Report>,
    index: Rc<SearchIndex>,
}

impl SharedReport {
    /// Wraps a report and builds its search index, once.
    pub fn new(report: Report) -> SharedReport {
        let index = Rc::new(SearchIndex::new(&report));
        SharedReport {
            report: Rc::new(report),
            index,
        }
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
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
