//! Sharing a host page's URL hash with an embedded explorer
//! (`data-hash="true"`).
//!
//! The host page was there first: its own `#anchor` and `key=value` pairs
//! mean something to it, so the explorer reads only the pairs whose key is
//! one of [`hash::KEYS`] and writes its state back without disturbing the
//! rest. A piece without `=` is always the host's (an anchor such as
//! `#view` is not our `view` key with an empty value).

use crate::hash;

/// Whether one `&`-separated piece of a hash is one of the explorer's pairs.
fn is_ours(piece: &str) -> bool {
    piece
        .split_once('=')
        .is_some_and(|(key, _)| hash::KEYS.contains(&key))
}

/// The non-empty pieces of `hash` (with or without its leading `#`).
fn pieces(hash: &str) -> impl Iterator<Item = &str> {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    body.split('&').filter(|p| !p.is_empty())
}

/// The explorer's pairs of a host hash, as a hash for [`hash::decode`]
/// (`""` when there are none), so the host's pairs are never read, let
/// alone reported as unreadable.
pub fn ours(host: &str) -> String {
    let ours: Vec<&str> = pieces(host).filter(|p| is_ours(p)).collect();
    if ours.is_empty() {
        return String::new();
    }
    format!("#{}", ours.join("&"))
}

/// `host` with its explorer pairs replaced by `encoded` (an
/// [`hash::encode`] result: `""` or `#k=v&…`). The host's pieces stay
/// byte for byte, in their order; ours go where the first of ours was,
/// or after the host's when there were none. `""` when nothing is left.
pub fn merge(host: &str, encoded: &str) -> String {
    let encoded = encoded.strip_prefix('#').unwrap_or(encoded);
    let mut out: Vec<&str> = Vec::new();
    let mut placed = false;
    for piece in pieces(host) {
        if !is_ours(piece) {
            out.push(piece);
        } else if !placed {
            placed = true;
            if !encoded.is_empty() {
                out.push(encoded);
            }
        }
    }
    if !placed && !encoded.is_empty() {
        out.push(encoded);
    }
    if out.is_empty() {
        return String::new();
    }
    format!("#{}", out.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ours_keeps_only_the_explorer_keys_in_their_order() {
        assert_eq!(
            ours("#intro&tab=2&view=table&sector=agriculture&page=3"),
            "#view=table&sector=agriculture"
        );
        assert_eq!(ours("view=chart"), "#view=chart");
    }

    #[test]
    fn ours_is_empty_for_a_host_only_hash() {
        assert_eq!(ours(""), "");
        assert_eq!(ours("#"), "");
        assert_eq!(ours("#intro"), "");
        assert_eq!(ours("#tab=2&page=3"), "");
    }

    #[test]
    fn a_plain_anchor_named_like_a_key_is_the_hosts() {
        assert_eq!(ours("#view&lang"), "");
        assert_eq!(merge("#view", "#lang=en"), "#view&lang=en");
    }

    #[test]
    fn a_foreign_key_never_reaches_the_decoder() {
        let report = crate::testing::mudanjiang();
        let state = hash::decode(&ours("#intro&zzz=1&lang=en"), &report);
        assert!(state.notice.is_empty(), "{:?}", state.notice);
        assert_eq!(state.lang, crate::i18n::Lang::En);
    }

    #[test]
    fn merge_keeps_an_anchor_first_and_adds_our_state_after_it() {
        assert_eq!(
            merge("#intro", "#sector=agriculture"),
            "#intro&sector=agriculture"
        );
        assert_eq!(merge("", "#view=chart"), "#view=chart");
        assert_eq!(merge("#intro", ""), "#intro");
    }

    #[test]
    fn merge_replaces_our_pairs_where_they_stood_and_keeps_the_hosts() {
        assert_eq!(
            merge(
                "#tab=2&view=table&q=x&page=3",
                "#sector=industry&view=chart"
            ),
            "#tab=2&sector=industry&view=chart&page=3"
        );
    }

    #[test]
    fn merge_of_the_default_state_removes_only_our_pairs() {
        assert_eq!(merge("#intro&view=table&lang=en", ""), "#intro");
        assert_eq!(merge("#view=table", ""), "");
    }

    #[test]
    fn merge_then_ours_reads_back_what_was_written() {
        let written = "#sector=industry,agriculture&q=%E9%A3%8E&view=table";
        let host = merge("#intro&tab=a%26b", written);
        assert_eq!(host, format!("#intro&tab=a%26b&{}", &written[1..]));
        assert_eq!(ours(&host), written);
    }
}
