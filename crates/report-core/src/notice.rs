//! What a link asked for that the explorer did not do, as data: the hash
//! decoder fills it, `Lang::notice_item` words it in either language, the
//! notice component shows it. A link is written by anyone, so an item holds
//! counts and short cleaned previews, never the link's text at length.

/// The most chars of a key a notice repeats.
pub const KEY_PREVIEW_CHARS: usize = 24;
/// The most chars of a value a notice repeats (enough for a whole
/// `agriculture,industry` list).
pub const VALUE_PREVIEW_CHARS: usize = 32;
/// The most unread pairs a notice lists one by one; the rest are counted.
pub const UNREAD_SHOWN: usize = 5;

/// One thing the notice says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeItem {
    /// A pair whose key or value was not understood, as previews made by
    /// [`preview`]: shown as `key=value`.
    Unread { key: String, value: String },
    /// More unread pairs than [`UNREAD_SHOWN`]: how many more.
    MoreUnread(usize),
    /// Pairs beyond the decoder's cap, not looked at: how many.
    PairsIgnored(usize),
    /// The hash was longer than this many bytes; the rest was ignored.
    TooLong(usize),
    /// A list key (`sector`, …) had this many items beyond the cap.
    ItemsIgnored { key: &'static str, count: usize },
    /// The search text was cut to this many chars.
    TextCut(usize),
    /// The search text had `total` distinct words; the first `used` count.
    TermsIgnored { used: usize, total: usize },
    /// The link names a report (by id) that is not stored in this browser.
    UnknownReport(String),
}

impl NoticeItem {
    /// A link's report id that is not here, cut and cleaned for display.
    pub fn unknown_report(id: &str) -> NoticeItem {
        NoticeItem::UnknownReport(preview(id, VALUE_PREVIEW_CHARS))
    }

    /// An unread pair, with both sides cut and cleaned for display.
    pub fn unread(key: &str, value: &str) -> NoticeItem {
        NoticeItem::Unread {
            key: preview(key, KEY_PREVIEW_CHARS),
            value: preview(value, VALUE_PREVIEW_CHARS),
        }
    }
}

/// Gathers a notice while a hash is read, keeping it short whatever the
/// link holds: at most [`UNREAD_SHOWN`] pairs by name, one item per kind
/// of cap (counts add up), so the notice is a few hundred chars at most.
#[derive(Debug, Default)]
pub struct Notes {
    unread: Vec<NoticeItem>,
    more_unread: usize,
    caps: Vec<NoticeItem>,
}

impl Notes {
    /// A pair that was not understood.
    pub fn unread(&mut self, key: &str, value: &str) {
        if self.unread.len() < UNREAD_SHOWN {
            self.unread.push(NoticeItem::unread(key, value));
        } else {
            self.more_unread += 1;
        }
    }

    /// Something a cap left out. An item of a kind already noted replaces
    /// it, except that ignored list items of one key add up.
    pub fn capped(&mut self, item: NoticeItem) {
        use std::mem::discriminant;
        let same = |old: &NoticeItem| match (old, &item) {
            (NoticeItem::ItemsIgnored { key: a, .. }, NoticeItem::ItemsIgnored { key: b, .. }) => {
                a == b
            }
            _ => discriminant(old) == discriminant(&item),
        };
        match self.caps.iter_mut().find(|old| same(old)) {
            Some(NoticeItem::ItemsIgnored { count, .. }) => {
                if let NoticeItem::ItemsIgnored { count: more, .. } = item {
                    *count += more;
                }
            }
            Some(old) => *old = item,
            None => self.caps.push(item),
        }
    }

    /// The notice: unread pairs first, then what the caps left out.
    pub fn finish(self) -> Vec<NoticeItem> {
        let mut out = self.unread;
        if self.more_unread > 0 {
            out.push(NoticeItem::MoreUnread(self.more_unread));
        }
        out.extend(self.caps);
        out
    }
}

/// `s` without controls, bidi and invisible format characters (which could
/// reorder or hide what the notice says), cut to `max` chars with `…`.
pub fn preview(s: &str, max: usize) -> String {
    let mut shown = s.chars().filter(|&c| !hidden(c));
    let mut out: String = shown.by_ref().take(max).collect();
    if shown.next().is_some() {
        out.push('…');
    }
    out
}

/// Controls (C0, C1 including NEL), line and paragraph separators, bidi
/// embeddings, overrides, isolates and marks, zero-width and other
/// invisible format characters, and tag characters.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_drop_hidden_characters_and_cut_long_text() {
        assert_eq!(preview("colour", 24), "colour");
        assert_eq!(
            preview("a\u{202e}b\u{2066}c\u{200b}d\r\n\u{85}\u{2028}e\u{0}", 24),
            "abcde"
        );
        assert_eq!(preview(&"x".repeat(100), 5), "xxxxx…");
        assert_eq!(preview("风电风电风电", 4), "风电风电…");
        assert_eq!(preview("\u{202e}\u{202e}abc", 3), "abc");
    }

    #[test]
    fn notes_name_a_few_pairs_and_count_the_rest() {
        let mut notes = Notes::default();
        for n in 0..8 {
            notes.unread(&format!("k{n}"), "1");
        }
        for _ in 0..3 {
            notes.capped(NoticeItem::ItemsIgnored {
                key: "sector",
                count: 2,
            });
        }
        notes.capped(NoticeItem::ItemsIgnored {
            key: "kind",
            count: 1,
        });
        notes.capped(NoticeItem::PairsIgnored(4));
        notes.capped(NoticeItem::PairsIgnored(9));
        let unread = |k: &str| NoticeItem::unread(k, "1");
        assert_eq!(
            notes.finish(),
            [
                unread("k0"),
                unread("k1"),
                unread("k2"),
                unread("k3"),
                unread("k4"),
                NoticeItem::MoreUnread(3),
                NoticeItem::ItemsIgnored {
                    key: "sector",
                    count: 6
                },
                NoticeItem::ItemsIgnored {
                    key: "kind",
                    count: 1
                },
                NoticeItem::PairsIgnored(9),
            ]
        );
    }

    #[test]
    fn an_unread_pair_keeps_short_previews() {
        assert_eq!(
            NoticeItem::unread(&"k".repeat(30), &"v".repeat(40)),
            NoticeItem::Unread {
                key: format!("{}…", "k".repeat(24)),
                value: format!("{}…", "v".repeat(32)),
            }
        );
    }
}
