//! The browser app (wasm32 only): Yew components over the pure core.

mod app;
mod canvas;
pub mod components;
pub mod context;
mod crash;
pub mod download;
mod files;
mod hooks;
mod mount;
mod reducer;
mod shared;
mod shelf;
mod storage;

pub use app::{App, AppProps, Mode};
pub use crash::{message as crash_message, show_crash};
pub use shared::SharedReport;

pub use mount::start;
