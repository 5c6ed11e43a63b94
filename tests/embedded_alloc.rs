//! Building the embedded report allocates a handful of times, not once per
//! field of every record: the app builds it in its first render, and in the
//! browser a few thousand allocations there made V8 recompile the allocator
//! (its optimising tier, on a background thread) in the middle of that
//! render. The records borrow their text from the tables `build.rs` writes.
//!
//! Its own test binary, as the counting allocator is the whole binary's.
#![cfg(not(feature = "synthetic-100x"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use report_explorer::embedded;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.realloc(ptr, layout, size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn building_the_embedded_report_allocates_per_table_not_per_record() {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let report = embedded::report();
    let used = ALLOCATIONS.load(Ordering::Relaxed) - before;
    // The text, the meta's three strings and one vector per table; the
    // records alone have 1,500 strings.
    assert!(report.indicators.len() > 200);
    assert!(
        used <= 16,
        "building the embedded report made {used} allocations"
    );
}
