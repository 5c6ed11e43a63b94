//! A cheap, pointer-compared handle to the immutable report.

use std::ops::Deref;
use std::rc::Rc;

use crate::report::Report;

/// Props compare by pointer: the report never changes, so comparing its
/// 40 KB of text on every render would be pure waste.
#[derive(Clone, Debug)]
pub struct SharedReport(pub Rc<Report>);

impl PartialEq for SharedReport {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedReport {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.0
    }
}
