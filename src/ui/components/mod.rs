//! One file per component.

mod notice;
mod outline;
mod reader_view;

pub use notice::{Notice, NoticeProps};
pub use outline::{Outline, OutlineProps};
pub use reader_view::{ReaderView, ReaderViewProps};
