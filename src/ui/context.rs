//! What every component of the explorer reads: the open report and the
//! interface language, given once at the top instead of passed down as
//! the same props through every component.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::ui::shared::SharedReport;

/// The open report and the language, as the explorer's context.
#[derive(Clone, Debug, PartialEq)]
pub struct Explorer {
    pub report: SharedReport,
    pub lang: Lang,
}

/// The explorer's context. Every component using it is rendered inside a
/// `ContextProvider<Explorer>` (the app's root gives one); outside, this is
/// a bug.
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>()
        .expect("a component of the explorer rendered outside its ContextProvider")
}
