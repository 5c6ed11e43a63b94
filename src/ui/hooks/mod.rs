//! Custom hooks.

mod use_follow_removals;
mod use_hash_sync;
mod use_iframe_height;
mod use_painted;
mod use_printing;

pub use use_follow_removals::use_follow_removals;
pub use use_hash_sync::{use_hash_sync, HashUse};
pub use use_iframe_height::use_iframe_height;
pub use use_painted::{after_next_paint, use_painted, when_idle};
pub use use_printing::use_printing;
