//! The reports in the page, as UI data beside `AppState`: the library
//! (embedded report first, then those opened), whether the browser keeps
//! them, and what the page has to tell about opening and keeping them.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::ingest::InferredMeta;
use crate::library::{self, Change, Entry, Library, OpenError, Opened, Stored};
use crate::messages::{t, tf, Msg, Tpl};
use crate::report::Report;
use crate::ui::shared::SharedReport;

pub type Reports = Library<SharedReport>;

impl AsRef<Report> for SharedReport {
    fn as_ref(&self) -> &Report {
        self
    }
}

/// Whether opened reports outlive the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Not known yet: the kept reports are being read.
    Checking,
    Kept,
    /// No IndexedDB here (file:// in some browsers, a private window).
    PageOnly,
}

/// Something the page tells the reader about opening or keeping reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// A file that did not open, and why.
    NotOpened { name: String, error: OpenError },
    /// The browser could not read the file at all.
    Unreadable { name: String },
    /// Opened, but could not be kept (a full or refused quota).
    NotKept { name: String },
    /// Storage is not available: said once.
    PageOnly,
    /// A removal the browser could not make permanent.
    NotForgotten { name: String },
}

impl Message {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Message::NotOpened { name, error }, _) => error.message(name, lang),
            (Message::Unreadable { name }, _) => tf(
                lang,
                Tpl::CannotOpen,
                &[name, &t(lang, Msg::BrowserCannotRead)],
            ),
            (Message::NotKept { name }, _) => tf(lang, Tpl::NotKept, &[name]),
            (Message::PageOnly, _) => t(lang, Msg::PageOnlyNote).to_owned(),
            (Message::NotForgotten { name }, _) => tf(lang, Tpl::NotForgotten, &[name]),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shelf {
    pub reports: Rc<Reports>,
    pub keeping: Keeping,
    pub messages: Vec<Message>,
    /// Reading file `n` of `total`, named.
    pub progress: Option<(usize, usize, String)>,
}

pub enum ShelfAction {
    /// Add a report (one already here stays as it is).
    Add(Entry<SharedReport>),
    /// A report opened, corrected or removed (in this explorer or another
    /// on the page: see [`publish`]).
    Apply(Change<SharedReport>),
    /// The kept reports are all read (`true`), or storage is not there.
    Loaded {
        kept: bool,
    },
    Tell(Message),
    DismissMessages,
    Progress(Option<(usize, usize, String)>),
}

impl Shelf {
    pub fn new(embedded: SharedReport) -> Shelf {
        let id = embedded.meta.id.clone();
        let mut reports = Library::new(&id, embedded);
        reports.set_pending(true);
        Shelf {
            reports: Rc::new(reports),
            keeping: Keeping::Checking,
            messages: Vec::new(),
            progress: None,
        }
    }
}

impl Reducible for Shelf {
    type Action = ShelfAction;

    fn reduce(self: Rc<Self>, action: ShelfAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            ShelfAction::Add(entry) => {
                Rc::make_mut(&mut s.reports).add(entry);
            }
            ShelfAction::Apply(change) => Rc::make_mut(&mut s.reports).apply(change),
            ShelfAction::Loaded { kept } => {
                Rc::make_mut(&mut s.reports).set_pending(false);
                s.keeping = if kept {
                    Keeping::Kept
                } else {
                    Keeping::PageOnly
                };
            }
            ShelfAction::Tell(message) => {
                if message == Message::PageOnly && s.messages.contains(&message) {
                    return self;
                }
                s.messages.push(message)
            }
            ShelfAction::DismissMessages => s.messages.clear(),
            ShelfAction::Progress(p) => s.progress = p,
        }
        Rc::new(s)
    }
}

thread_local! {
    /// Every explorer's shelf on the page (several mounts on one host).
    static SHELVES: RefCell<Vec<UseReducerDispatcher<Shelf>>> = const { RefCell::new(Vec::new()) };
}

/// Puts this explorer's shelf among those [`publish`] reaches, while it
/// is on the page.
#[hook]
pub fn use_shared_shelf(shelf: &UseReducerHandle<Shelf>) {
    let me = shelf.dispatcher();
    use_effect_with((), move |_| {
        SHELVES.with(|all| all.borrow_mut().push(me.clone()));
        move || SHELVES.with(|all| all.borrow_mut().retain(|d| *d != me))
    });
}

/// A change the user made (opened, corrected, removed a report): in this
/// shelf at once, and in every other explorer's on the page, without a
/// reload. (Storage is shared already; only the one that made the change
/// writes it.)
pub fn publish(shelf: &UseReducerHandle<Shelf>, change: Change<SharedReport>) {
    let me = shelf.dispatcher();
    let others: Vec<_> =
        SHELVES.with(|all| all.borrow().iter().filter(|d| **d != me).cloned().collect());
    for other in others {
        other.dispatch(ShelfAction::Apply(change.clone()));
    }
    shelf.dispatch(ShelfAction::Apply(change));
}

/// A library entry for a report just opened or read again.
pub fn entry(stored: Stored, inferred: InferredMeta, report: Report) -> Entry<SharedReport> {
    Entry {
        id: stored.id.clone(),
        stored: Some(stored),
        inferred: Some(inferred),
        report: SharedReport::new(report),
    }
}

pub fn entry_of(opened: Opened) -> Entry<SharedReport> {
    entry(opened.stored, opened.inferred, opened.report)
}

/// Reads a kept report again.
pub fn reread(stored: Stored) -> Entry<SharedReport> {
    let (inferred, report) = library::read(&stored, None);
    entry(stored, inferred, report)
}
