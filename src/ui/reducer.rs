//! The one reducer: Yew's `Reducible` for the pure `AppState::apply`, so
//! every transition stays testable natively and the UI holds the state as it
//! is (no wrapper type between the app and its hooks).

use std::rc::Rc;

use yew::Reducible;

use crate::state::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
