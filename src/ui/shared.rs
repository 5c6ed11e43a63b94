//! A cheap, pointer-compared handle to the immutable report and what is
//! derived from it alone (the search index, the result/target pairs).

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use crate::aggregate::{self, Pair};
use crate::query::Query;
use crate::report::Report;
use crate::search::SearchIndex;

/// Props compare by pointer: the report never changes, so comparing its
/// 40 KB of text on every render would be pure waste.
#[derive(Clone, Debug)]
pub struct SharedReport {
    report: Rc<Report>,
    derived: Rc<Lazy>,
}

/// Built once, on first use or when the page is idle after start-up
/// (`prepare`): neither is needed for the first paint of the table (the
/// default view), and together they cost several milliseconds of start-up
/// (lower-casing every sentence; pairing every record), over 100 ms for a
/// report a hundred times larger.
#[derive(Debug, Default)]
struct Lazy {
    index: OnceCell<SearchIndex>,
    pairs: OnceCell<Vec<Pair>>,
}

impl SharedReport {
    pub fn new(report: Report) -> SharedReport {
        SharedReport {
            report: Rc::new(report),
            derived: Rc::default(),
        }
    }

    /// The search index `query` needs: the real one when it searches for
    /// text, else an empty one (which every record passes, as there is no
    /// term to match), so browsing without a search never builds it.
    pub fn index_for(&self, query: &Query) -> &SearchIndex {
        static NONE: SearchIndex = SearchIndex::empty();
        if query.terms().next().is_none() {
            return &NONE;
        }
        self.index()
    }

    /// Builds now what would otherwise be built on first use, so that use
    /// (the first search keystroke, the first chart) does not wait for it;
    /// called when the page is idle after start-up.
    pub fn prepare(&self) {
        self.index();
        self.pairs();
    }

    fn index(&self) -> &SearchIndex {
        self.derived
            .index
            .get_or_init(|| SearchIndex::new(&self.report))
    }

    /// Every result paired with its target across the report.
    pub fn pairs(&self) -> &[Pair] {
        self.derived
            .pairs
            .get_or_init(|| aggregate::pairs(&self.report.indicators))
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
