//! An explorer showing a report that is removed (here, or in another
//! explorer on the page) goes back to the built-in one in its state too,
//! not only on screen: a stale `report=` would keep naming it in the link
//! and bring it back unasked if the same file were opened again.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::Action;
use crate::ui::reducer::UiState;
use crate::ui::shelf::Reports;

#[hook]
pub fn use_follow_removals(store: &UseReducerHandle<UiState>, reports: &Rc<Reports>) {
    let previous = use_mut_ref(|| reports.clone());
    let shown = store.report.clone();
    let dispatch = store.dispatcher();
    use_effect_with(reports.clone(), move |now| {
        let before = std::mem::replace(&mut *previous.borrow_mut(), now.clone());
        if let Some(id) = shown {
            // Only a removal: a link naming a report not (yet) here keeps
            // its id, and the page says so (see `Library::current`).
            if before.get(&id).is_some() && now.get(&id).is_none() {
                dispatch.dispatch(Action::OpenReport(None));
            }
        }
    });
}
