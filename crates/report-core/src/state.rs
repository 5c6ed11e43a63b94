//! The explorer's UI state and the actions that change it: one pure
//! reducer, so every transition is testable natively.

use crate::set::Set;

use crate::coded::coded;
use crate::i18n::Lang;
use crate::model::{Bound, Kind, Period, Sector, Status, Verb};
use crate::notice::NoticeItem;
use crate::query::{Column, Query, Sort};
use crate::report::Report;

coded! {
    /// The explorer's views (tabs).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum View {
        #[default]
        Overview = "overview",
        Table = "table",
        Chart = "chart",
        Reader = "reader",
        Compare = "compare",
    }
}

/// Everything the user has chosen. The URL hash encodes it (see `hash`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub query: Query,
    pub view: View,
    /// The indicator whose record is open: an index into
    /// `Report::indicators` (the hash writes its id, `s42-3`).
    pub selected: Option<usize>,
    /// The section open in the reader (an index into `Document::sections`).
    pub section: Option<usize>,
    pub lang: Lang,
    /// What the hash asked for that could not be read, shown to the user once.
    pub notice: Vec<NoticeItem>,
    /// The open report's id (`ingest::report_id`); `None` for the embedded
    /// report. The reports themselves live beside the state (`library`).
    pub report: Option<String>,
    /// The reports chosen for the compare view, by id, in the order
    /// chosen; empty means every open report.
    pub compare: Vec<String>,
    /// The compare matrix's sort; `None` is its own order (headline
    /// metrics first).
    pub compare_sort: Option<CompareSort>,
}

/// The compare matrix's sort: by the metric's name (`by: None`) or by a
/// report's column, named by the report's id, not its position, so a
/// link keeps its sort whatever order the columns come in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareSort {
    pub by: Option<String>,
    pub descending: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleSector(Sector),
    TogglePeriod(Period),
    ToggleStatus(Status),
    ToggleKind(Kind),
    ToggleBound(Bound),
    ToggleVerb(Verb),
    SetText(String),
    /// Search from a view without filters (the overview): set the text and
    /// open the table, whose rows that search ranks.
    SearchTable(String),
    /// Sort by a column; the same column again flips the order.
    SortBy(Column),
    /// Drop every filter and the search, keep the sort and the view.
    ClearFilters,
    SetView(View),
    /// Open an indicator's record (an index into `Report::indicators`), or close it.
    Select(Option<usize>),
    /// Open an indicator's sentence in the reader, in the given section.
    ShowInReader {
        index: usize,
        section: Option<usize>,
    },
    /// Open a section in the reader, or the whole report with `None`.
    SelectSection(Option<usize>),
    SetLang(Lang),
    /// The URL hash changed (back/forward, a hand edit, a shared link).
    HashChanged {
        state: Box<AppState>,
    },
    DismissNotice,
    /// Open another report (`None`: the embedded one). The record and the
    /// reader's section belong to a report, so they close; filters, the
    /// view and the language stay.
    OpenReport(Option<String>),
    /// Choose the reports the compare view shows.
    SetCompare(Vec<String>),
    /// Sort the compare matrix by the metric's name (`None`) or a report's
    /// column (its id); the same column again flips the order.
    SortCompare(Option<String>),
    /// Open a record of another report without leaving the view (a cell
    /// of the compare view): the report, then its record.
    OpenRecord {
        report: Option<String>,
        index: usize,
    },
}

fn toggle<T: Ord>(set: &mut Set<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
}

impl Action {
    /// Open indicator `index`'s sentence in the reader, in the section it
    /// stands in.
    pub fn show_in_reader(report: &Report, index: usize) -> Action {
        let section = report
            .indicators
            .get(index)
            .and_then(|ind| report.sentence_of(ind))
            .and_then(|s| s.section);
        Action::ShowInReader { index, section }
    }
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut s = self.clone();
        match action {
            Action::ToggleSector(x) => toggle(&mut s.query.sectors, x),
            Action::TogglePeriod(x) => toggle(&mut s.query.periods, x),
            Action::ToggleStatus(x) => toggle(&mut s.query.statuses, x),
            Action::ToggleKind(x) => toggle(&mut s.query.kinds, x),
            Action::ToggleBound(x) => toggle(&mut s.query.bounds, x),
            Action::ToggleVerb(x) => toggle(&mut s.query.verbs, x),
            Action::SetText(text) => s.query.text = text,
            Action::SearchTable(text) => {
                s.query.text = text;
                s.view = View::Table;
            }
            Action::SortBy(column) => {
                let now = s.query.effective_sort();
                let descending = now.column == column && !now.descending;
                s.query.sort = Sort { column, descending };
            }
            Action::ClearFilters => s.query = s.query.cleared(),
            Action::SetView(view) => s.view = view,
            Action::Select(id) => s.selected = id,
            Action::ShowInReader { index, section } => {
                s.view = View::Reader;
                s.selected = Some(index);
                s.section = section;
            }
            Action::SelectSection(section) => s.section = section,
            Action::SetLang(lang) => s.lang = lang,
            Action::HashChanged { state } => s = *state,
            Action::DismissNotice => s.notice.clear(),
            Action::OpenReport(report) => {
                if s.report != report {
                    s.selected = None;
                    s.section = None;
                }
                s.report = report;
            }
            Action::SetCompare(ids) => s.compare = ids,
            Action::SortCompare(by) => {
                let again = s.compare_sort.as_ref().filter(|now| now.by == by);
                let descending = again.is_some_and(|now| !now.descending);
                s.compare_sort = Some(CompareSort { by, descending });
            }
            Action::OpenRecord { report, index } => {
                if s.report != report {
                    s.section = None;
                }
                s.report = report;
                s.selected = Some(index);
            }
        }
        s
    }

    /// True when `next` differs from `self` only in the search text: typing
    /// should replace the history entry, not add one per keystroke.
    pub fn only_text_differs(&self, next: &AppState) -> bool {
        self.query.text != next.query.text
            && AppState {
                query: Query {
                    text: next.query.text.clone(),
                    ..self.query.clone()
                },
                ..self.clone()
            } == *next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compare_cell_opens_its_report_and_record_in_the_view() {
        let s = AppState {
            view: View::Compare,
            selected: Some(3),
            ..Default::default()
        }
        .apply(Action::SetCompare(vec!["0123456789ab".into()]))
        .apply(Action::OpenRecord {
            report: Some("0123456789ab".into()),
            index: 7,
        });
        assert_eq!(s.view, View::Compare);
        assert_eq!(s.report.as_deref(), Some("0123456789ab"));
        assert_eq!(s.selected, Some(7));
        assert_eq!(s.compare, ["0123456789ab"]);
    }

    #[test]
    fn sorting_a_compare_column_again_flips_it_and_another_starts_ascending() {
        let id = || Some("0123456789ab".to_owned());
        let sort = |by, descending| Some(CompareSort { by, descending });
        let s = AppState::default().apply(Action::SortCompare(id()));
        assert_eq!(s.compare_sort, sort(id(), false));
        let s = s.apply(Action::SortCompare(id()));
        assert_eq!(s.compare_sort, sort(id(), true));
        let s = s.apply(Action::SortCompare(id()));
        assert_eq!(s.compare_sort, sort(id(), false));
        let s = s.apply(Action::SortCompare(None));
        assert_eq!(s.compare_sort, sort(None, false));
    }

    #[test]
    fn toggling_a_sector_twice_removes_it() {
        let s = AppState::default().apply(Action::ToggleSector(Sector::Agriculture));
        assert!(s.query.sectors.contains(&Sector::Agriculture));
        let s = s.apply(Action::ToggleSector(Sector::Agriculture));
        assert!(s.query.sectors.is_empty());
    }

    #[test]
    fn sorting_the_same_column_flips_the_order() {
        let s = AppState::default().apply(Action::SortBy(Column::Value));
        assert_eq!(
            s.query.sort,
            Sort {
                column: Column::Value,
                descending: false
            }
        );
        let s = s.apply(Action::SortBy(Column::Value));
        assert_eq!(
            s.query.sort,
            Sort {
                column: Column::Value,
                descending: true
            }
        );
        let s = s.apply(Action::SortBy(Column::Subject));
        assert_eq!(
            s.query.sort,
            Sort {
                column: Column::Subject,
                descending: false
            }
        );
    }

    /// Relevance is the default order; without a search it is report
    /// order, so the first click on the position column reverses it, while
    /// during a search the same click chooses report order.
    #[test]
    fn the_position_column_from_the_default_order() {
        let position = |descending| Sort {
            column: Column::Position,
            descending,
        };
        let s = AppState::default().apply(Action::SortBy(Column::Position));
        assert_eq!(s.query.sort, position(true));
        let s = AppState::default()
            .apply(Action::SetText("黑土优品".into()))
            .apply(Action::SortBy(Column::Position));
        assert_eq!(s.query.sort, position(false));
        assert_eq!(
            crate::hash::encode(&s, &crate::testing::mudanjiang()),
            "#q=%E9%BB%91%E5%9C%9F%E4%BC%98%E5%93%81&sort=position"
        );
    }

    #[test]
    fn a_search_from_the_overview_opens_the_table_with_it() {
        let s = AppState::default()
            .apply(Action::ToggleSector(Sector::Agriculture))
            .apply(Action::SearchTable("黑土优品".into()));
        assert_eq!((s.view, s.query.text.as_str()), (View::Table, "黑土优品"));
        assert_eq!(s.query.sectors, [Sector::Agriculture].into());
        assert_eq!(
            crate::hash::encode(&s, &crate::testing::mudanjiang()),
            "#sector=agriculture&q=%E9%BB%91%E5%9C%9F%E4%BC%98%E5%93%81&view=table"
        );
    }

    #[test]
    fn clearing_keeps_sort_and_view() {
        let s = AppState::default()
            .apply(Action::SetView(View::Table))
            .apply(Action::SortBy(Column::Value))
            .apply(Action::ToggleKind(Kind::Growth))
            .apply(Action::SetText("风电".into()))
            .apply(Action::ClearFilters);
        assert!(s.query.is_unfiltered());
        assert_eq!(s.query.sort.column, Column::Value);
        assert_eq!(s.view, View::Table);
    }

    #[test]
    fn show_in_reader_opens_the_reader_on_the_indicator() {
        let s = AppState::default().apply(Action::ShowInReader {
            index: 17,
            section: Some(2),
        });
        assert_eq!(
            (s.view, s.selected, s.section),
            (View::Reader, Some(17), Some(2))
        );
    }

    #[test]
    fn typing_differs_only_in_text() {
        let a = AppState::default();
        let b = a.apply(Action::SetText("风".into()));
        assert!(a.only_text_differs(&b));
        let c = b.apply(Action::ToggleSector(Sector::Macro));
        assert!(!b.only_text_differs(&c));
    }

    #[test]
    fn opening_another_report_closes_its_record_and_section() {
        let s = AppState::default()
            .apply(Action::SetView(View::Reader))
            .apply(Action::ToggleSector(Sector::Industry))
            .apply(Action::ShowInReader {
                index: 3,
                section: Some(1),
            });
        let t = s.apply(Action::OpenReport(Some("0123456789ab".into())));
        assert_eq!((t.selected, t.section), (None, None));
        assert_eq!(t.report.as_deref(), Some("0123456789ab"));
        assert_eq!((t.view, t.query.clone()), (View::Reader, s.query.clone()));
        let same = t
            .apply(Action::Select(Some(2)))
            .apply(Action::OpenReport(Some("0123456789ab".into())));
        assert_eq!(same.selected, Some(2));
        assert_eq!(t.apply(Action::OpenReport(None)).report, None);
    }

    #[test]
    fn dismissing_the_notice_clears_it() {
        let s = AppState {
            notice: vec![NoticeItem::unread("bad", "key")],
            ..AppState::default()
        };
        assert!(s.apply(Action::DismissNotice).notice.is_empty());
    }
}
