//! The explorer's UI state and the actions that change it: one pure
//! reducer, so every transition is testable natively.

/// Everything the user has chosen. The URL hash encodes it (see `hash`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    /// The section open in the reader (an index into `Document::sections`).
    pub section: Option<usize>,
    /// Hash keys that could not be read, shown to the user once.
    pub notice: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a section in the reader, or the whole report with `None`.
    SelectSection(Option<usize>),
    /// The URL hash changed (back/forward, a hand edit, a shared link).
    HashChanged {
        state: AppState,
    },
    DismissNotice,
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        match action {
            Action::SelectSection(section) => AppState {
                section,
                ..self.clone()
            },
            Action::HashChanged { state } => state,
            Action::DismissNotice => AppState {
                notice: Vec::new(),
                ..self.clone()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_a_section_keeps_the_rest() {
        let s = AppState {
            section: Some(1),
            notice: vec!["x".into()],
        };
        let next = s.apply(Action::SelectSection(Some(4)));
        assert_eq!(next.section, Some(4));
        assert_eq!(next.notice, vec!["x".to_string()]);
    }

    #[test]
    fn dismissing_the_notice_clears_it() {
        let s = AppState {
            section: None,
            notice: vec!["bad key".into()],
        };
        assert!(s.apply(Action::DismissNotice).notice.is_empty());
    }
}
