//! The one reducer: Yew's `Reducible` over the core's pure
//! `AppState::apply`, so every transition stays testable natively.
//!
//! `AppState` lives in the core crate, which knows nothing of Yew, and Rust
//! lets a trait be implemented only where the trait or the type is defined;
//! so the UI holds it in [`UiState`], a transparent wrapper that derefs to
//! it. Nothing else is added here.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::state::{Action, AppState};

#[derive(Clone, Debug, PartialEq)]
pub struct UiState(pub AppState);

impl Deref for UiState {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(UiState(self.0.apply(action)))
    }
}
