//! Custom hooks.

mod use_hash_sync;

pub use use_hash_sync::use_hash_sync;
