//! One file per component.

mod chart_panel;
mod charts_view;
mod compare_rows;
pub mod compare_view;
mod export_bar;
mod filters;
mod header;
mod highlight;
pub mod indicator_rows;
pub mod indicator_table;
mod library;
mod notice;
pub mod open_reports;
mod outcomes_table;
mod outline;
mod overview;
mod overview_search;
mod reader;
mod record;
mod skip_links;

pub use chart_panel::{ChartExport, ChartPanel, ChartPanelProps};
pub use charts_view::{ChartsView, ChartsViewProps};
pub use compare_view::{CompareView, CompareViewProps};
pub use export_bar::{ExportBar, ExportBarProps};
pub use filters::{Filters, FiltersProps};
pub use header::{Header, HeaderProps};
pub use indicator_table::{IndicatorTable, IndicatorTableProps};
pub use library::{LibraryPanel, LibraryPanelProps};
pub use notice::{Notice, NoticeProps};
pub use open_reports::{use_drop_zone, OpenReports, OpenReportsProps, Opener};
pub use outline::{Outline, OutlineProps};
pub use overview::{Overview, OverviewProps};
pub use overview_search::{OverviewSearch, OverviewSearchProps};
pub use reader::{Reader, ReaderProps};
pub use record::{Record, RecordProps};
pub use skip_links::SkipLinks;
