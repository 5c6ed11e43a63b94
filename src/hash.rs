//! The URL hash codec: `AppState` ⇄ `#section=3`.
//!
//! Decoding is lenient: a key it cannot read is dropped and reported in
//! `AppState::notice`, so a bad shared link still opens the explorer.

use crate::state::AppState;

/// The hash for `state`, with its leading `#`; `""` for the default state.
pub fn encode(state: &AppState) -> String {
    let mut pairs = Vec::new();
    if let Some(s) = state.section {
        pairs.push(format!("section={s}"));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("#{}", pairs.join("&"))
    }
}

/// Reads a hash (with or without its `#`). `sections` is how many sections
/// the report has, so an out-of-range section is reported, not kept.
pub fn decode(hash: &str, sections: usize) -> AppState {
    let mut state = AppState::default();
    let body = hash.strip_prefix('#').unwrap_or(hash);
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "section" => match value.parse::<usize>() {
                Ok(n) if n < sections => state.section = Some(n),
                _ => state.notice.push(format!("section={value}")),
            },
            _ => state.notice.push(pair.to_owned()),
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_state_has_an_empty_hash() {
        assert_eq!(encode(&AppState::default()), "");
        assert_eq!(decode("", 5), AppState::default());
        assert_eq!(decode("#", 5), AppState::default());
    }

    #[test]
    fn section_round_trips() {
        let s = AppState {
            section: Some(3),
            notice: vec![],
        };
        assert_eq!(encode(&s), "#section=3");
        assert_eq!(decode(&encode(&s), 5), s);
    }

    #[test]
    fn bad_keys_are_dropped_and_reported() {
        let s = decode("#section=99&colour=red&section=x", 5);
        assert_eq!(s.section, None);
        assert_eq!(s.notice, vec!["section=99", "colour=red", "section=x"]);
    }
}
