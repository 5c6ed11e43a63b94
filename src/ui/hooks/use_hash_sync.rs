//! Keeps the URL hash and the app state in step, both ways.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::hash;
use crate::host_hash;
use crate::state::{Action, AppState};
use crate::ui::hooks::after_next_paint;
use crate::ui::reducer::UiState;
use crate::ui::shelf::Reports;

/// How much of the URL hash an explorer may read and write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HashUse {
    /// Not at all: an explorer in a host page that did not ask for it.
    Off,
    /// All of it: a page of its own (or an iframe); keys it does not know
    /// are reported as unreadable.
    Whole,
    /// Only its own keys (`hash::KEYS`): a host page's mount with
    /// `data-hash="true"`; the host's anchor and pairs are left in place.
    /// `initial` is the canonical hash of the mount's `data-*` state, which
    /// the URL need not spell out: no pairs of ours means that state, so a
    /// host's `#anchor` stays exactly as it was until the reader changes
    /// something.
    Shared { initial: String },
}

impl HashUse {
    /// The state the URL's hash says, or `None` when it says nothing to
    /// this explorer (and never anything when `Off`).
    /// `reports` says which report a `report=` key names, and so which
    /// records and sections the rest can name.
    pub fn read(&self, raw: &str, reports: &Reports) -> Option<AppState> {
        match self {
            HashUse::Off => None,
            HashUse::Whole => Some(reports.decode(raw)),
            HashUse::Shared { .. } => {
                let ours = host_hash::ours(raw);
                (!ours.is_empty()).then(|| reports.decode(&ours))
            }
        }
    }

    /// The state for a URL the reader moved to (back, forward, an edit).
    fn state_at(&self, raw: &str, reports: &Reports) -> AppState {
        self.read(raw, reports).unwrap_or_else(|| match self {
            HashUse::Shared { initial } => reports.decode(initial),
            _ => AppState::default(),
        })
    }

    /// Whether the state this explorer starts from names a report.
    fn names_report(&self, raw: &str) -> bool {
        match self {
            HashUse::Off => false,
            HashUse::Whole => hash::report_key(raw).is_some(),
            HashUse::Shared { initial } => {
                let ours = host_hash::ours(raw);
                hash::report_key(if ours.is_empty() { initial } else { &ours }).is_some()
            }
        }
    }

    /// The whole hash to put in the URL for `encoded`, given the current one.
    fn target(&self, current: &str, encoded: &str) -> String {
        match self {
            HashUse::Shared { initial } if encoded == initial => host_hash::merge(current, ""),
            HashUse::Shared { .. } => host_hash::merge(current, encoded),
            _ => encoded.to_owned(),
        }
    }
}

/// Writes the state's hash whenever the state changes, and reads the hash
/// whenever the user changes it (back, forward, a hand edit).
///
/// Writing goes through the History API, which fires no `hashchange`, so
/// the two directions cannot feed each other; reading dispatches a whole
/// new state, which `use_reducer_eq` drops when nothing changed.
///
/// Only a user's step in the explorer adds a history entry. The first write
/// (a shared link put into canonical form, the state of a mount's `data-*`
/// attributes) and a write that canonicalises what was just read from the
/// URL replace the entry, so Back never lands on the same state spelled
/// differently. Typing in the search box replaces too, so Back leaves the
/// search rather than un-typing it.
///
/// A link to a report kept in this browser is read twice: at start-up,
/// while the kept reports are still being read, it keeps only the report's
/// name; once they are read, the link as it was first opened is read again
/// against them, record and section included (or the notice says the
/// report is not here).
#[hook]
pub fn use_hash_sync(store: &UseReducerHandle<UiState>, reports: &Rc<Reports>, hash_use: HashUse) {
    let previous = use_mut_ref(|| None::<AppState>);
    // The state last read from the URL, until the next write looks at it.
    let read: Rc<RefCell<Option<AppState>>> = use_mut_ref(|| None);
    // The reports as of this render, for the listeners set up once.
    let latest = use_mut_ref(|| reports.clone());
    *latest.borrow_mut() = reports.clone();
    let first_hash = use_memo((), |_| {
        gloo::utils::window().location().hash().unwrap_or_default()
    });
    let state: AppState = store.0.clone();
    {
        let read = read.clone();
        let hash_use = hash_use.clone();
        let dispatcher = store.dispatcher();
        let reports = reports.clone();
        use_effect_with(reports.pending(), move |pending| {
            if !*pending && hash_use.names_report(&first_hash) {
                let state = hash_use.state_at(&first_hash, &reports);
                *read.borrow_mut() = Some(state.clone());
                dispatcher.dispatch(Action::HashChanged {
                    state: Box::new(state),
                });
            }
        });
    }
    {
        let read = read.clone();
        let hash_use = hash_use.clone();
        let reports = reports.clone();
        use_effect_with(state, move |state| {
            if hash_use == HashUse::Off {
                return;
            }
            let report = &reports.current(state.report.as_deref()).report;
            let encoded = hash::encode(state, report);
            let from_url = read.borrow_mut().take().as_ref() == Some(state);
            let replace = match previous.borrow().as_ref() {
                None => true,
                Some(p) => from_url || p.only_text_differs(state),
            };
            *previous.borrow_mut() = Some(state.clone());
            // The history write (1–5 ms from file://) waits until the updated
            // table and charts are on screen; writes stay in order.
            after_next_paint(move || write(&hash_use, &encoded, replace));
        });
    }

    let dispatcher = store.dispatcher();
    use_effect_with(hash_use, move |hash_use| {
        if *hash_use == HashUse::Off {
            return Box::new(|| ()) as Box<dyn FnOnce()>;
        }
        // Back/forward over pushState entries fires popstate; a hand edit
        // fires hashchange. Either way the hash is the truth.
        let listeners: Vec<EventListener> = ["hashchange", "popstate"]
            .into_iter()
            .map(|event| {
                let dispatcher = dispatcher.clone();
                let latest = latest.clone();
                let read = read.clone();
                let hash_use = hash_use.clone();
                EventListener::new(&gloo::utils::window(), event, move |_| {
                    let raw = gloo::utils::window().location().hash().unwrap_or_default();
                    let reports = latest.borrow().clone();
                    let state = hash_use.state_at(&raw, &reports);
                    *read.borrow_mut() = Some(state.clone());
                    dispatcher.dispatch(Action::HashChanged {
                        state: Box::new(state),
                    });
                })
            })
            .collect();
        Box::new(move || drop(listeners))
    });
}

/// Puts `encoded` in the address bar, replacing the entry when `replace`.
fn write(hash_use: &HashUse, encoded: &str, replace: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    let target = hash_use.target(&current, encoded);
    if current == target || (current == "#" && target.is_empty()) {
        return;
    }
    // Clearing the hash needs the URL without its fragment: an empty
    // fragment argument would keep the old one.
    let url = if target.is_empty() {
        let href = location.href().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_owned()
    } else {
        target
    };
    if let Ok(history) = window.history() {
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}
