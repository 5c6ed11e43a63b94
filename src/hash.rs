//! The URL hash codec: `AppState` ⇄
//! `#sector=agriculture,industry&period=2024&q=风电&sort=-value&view=chart&sel=s12-3&lang=en`.
//!
//! Decoding is lenient: a key or value it cannot read is dropped and
//! reported in `AppState::notice`, so a bad shared link still opens the
//! explorer with everything it could understand.

use std::collections::BTreeSet;

use crate::i18n::Lang;
use crate::model::{Kind, Sector, Status};
use crate::query::Column;
use crate::report::Report;
use crate::state::{AppState, View};

/// Every key the explorer reads from a hash, in the order `encode` writes
/// them. An embedding page's `data-*` attributes are these names with a
/// `data-` prefix; a host page's own keys are anything else.
pub const KEYS: [&str; 10] = [
    "sector", "period", "status", "kind", "q", "sort", "view", "sel", "section", "lang",
];

/// The hash for `state`, with its leading `#`; `""` for the default state.
/// Keys come in a fixed order so equal states give equal hashes.
pub fn encode(state: &AppState) -> String {
    let q = &state.query;
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let list = |items: Vec<&str>| items.join(",");
    if !q.sectors.is_empty() {
        pairs.push(("sector", list(q.sectors.iter().map(|s| s.id()).collect())));
    }
    if !q.periods.is_empty() {
        pairs.push((
            "period",
            list(q.periods.iter().map(String::as_str).collect()),
        ));
    }
    if !q.statuses.is_empty() {
        pairs.push(("status", list(q.statuses.iter().map(|s| s.id()).collect())));
    }
    if !q.kinds.is_empty() {
        pairs.push(("kind", list(q.kinds.iter().map(|k| k.id()).collect())));
    }
    if !q.text.is_empty() {
        pairs.push(("q", q.text.clone()));
    }
    if q.sort != Default::default() {
        let sign = if q.sort.descending { "-" } else { "" };
        pairs.push(("sort", format!("{sign}{}", q.sort.column.id())));
    }
    if state.view != View::default() {
        pairs.push(("view", state.view.id().to_owned()));
    }
    if let Some(id) = &state.selected {
        pairs.push(("sel", id.clone()));
    }
    if let Some(s) = state.section {
        pairs.push(("section", s.to_string()));
    }
    if state.lang != Lang::default() {
        pairs.push(("lang", state.lang.id().to_owned()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", escape(v)))
        .collect();
    format!("#{}", body.join("&"))
}

/// A hash from `(key, value)` pairs, values escaped: how an embedding page's
/// `data-*` attributes become an initial state through the same decoder.
pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let body: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", escape(v)))
        .collect();
    format!("#{}", body.join("&"))
}

/// Reads a hash (with or without its `#`) against `report`, which says
/// which sections and indicator ids exist.
pub fn decode(hash: &str, report: &Report) -> AppState {
    let mut state = AppState::default();
    let body = hash.strip_prefix('#').unwrap_or(hash);
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = unescape(raw) else {
            state.notice.push(pair.to_owned());
            continue;
        };
        if !read(&mut state, key, &value, report) {
            state.notice.push(format!("{key}={value}"));
        }
    }
    state
}

/// Applies one key; false when the key or its value is not understood
/// (list keys keep the items they understand).
fn read(state: &mut AppState, key: &str, value: &str, report: &Report) -> bool {
    let q = &mut state.query;
    match key {
        "sector" => read_list(value, &mut q.sectors, Sector::from_id),
        "period" => read_list(value, &mut q.periods, |p| {
            let known = report.indicators.iter().any(|i| i.period == p);
            (known || p == "history" || (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit())))
                .then(|| p.to_owned())
        }),
        "status" => read_list(value, &mut q.statuses, |s| {
            [Status::Actual, Status::Estimate, Status::Target]
                .into_iter()
                .find(|x| x.id() == s)
        }),
        "kind" => read_list(value, &mut q.kinds, |k| {
            Kind::ALL.into_iter().find(|x| x.id() == k)
        }),
        "q" => {
            q.text = value.to_owned();
            true
        }
        "sort" => {
            let (descending, id) = match value.strip_prefix('-') {
                Some(id) => (true, id),
                None => (false, value),
            };
            Column::from_id(id)
                .map(|column| q.sort = crate::query::Sort { column, descending })
                .is_some()
        }
        "view" => View::from_id(value).map(|v| state.view = v).is_some(),
        "sel" => {
            let known = report.indicators.iter().any(|i| i.id == value);
            known
                .then(|| state.selected = Some(value.to_owned()))
                .is_some()
        }
        "section" => match value.parse::<usize>() {
            Ok(n) if n < report.document.sections.len() => {
                state.section = Some(n);
                true
            }
            _ => false,
        },
        "lang" => Lang::from_id(value).map(|l| state.lang = l).is_some(),
        _ => false,
    }
}

/// Reads `a,b,c` into `set`; false if any item was not understood.
fn read_list<T: Ord>(
    value: &str,
    set: &mut BTreeSet<T>,
    parse: impl Fn(&str) -> Option<T>,
) -> bool {
    let mut all = true;
    for item in value.split(',').filter(|s| !s.is_empty()) {
        match parse(item) {
            Some(x) => {
                set.insert(x);
            }
            None => all = false,
        }
    }
    all
}

/// Percent-encodes what would break the hash: `%`, `&`, `=`, `#`, `+`,
/// spaces, controls and non-ASCII (as UTF-8 bytes, as browsers do).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,:!*()'/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes `escape` (and browsers' own encoding); `None` if the result is not UTF-8.
fn unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_what_encode_writes_in_its_order() {
        let report = crate::embedded::report();
        let mut state = decode(
            "#sector=agriculture&period=2024&status=target&kind=growth&q=a&sort=-value\
             &view=chart&sel=s6-1&section=1&lang=en",
            &report,
        );
        state.notice.clear();
        let written: Vec<String> = encode(&state)[1..]
            .split('&')
            .map(|p| p.split('=').next().unwrap().to_owned())
            .collect();
        assert_eq!(written, KEYS);
    }

    #[test]
    fn escape_round_trips_chinese_and_reserved_characters() {
        for s in ["风电", "a&b=c#d", "100% 增长", "+6%"] {
            assert_eq!(unescape(&escape(s)).as_deref(), Some(s));
        }
        assert_eq!(escape("风"), "%E9%A3%8E");
    }

    #[test]
    fn pairs_become_a_hash_with_escaped_values() {
        assert_eq!(
            from_pairs([("lang", "en"), ("q", "风&电")]),
            "#lang=en&q=%E9%A3%8E%26%E7%94%B5"
        );
    }

    #[test]
    fn unescape_rejects_broken_utf8_and_keeps_stray_percents() {
        assert_eq!(unescape("%E9%A3"), None);
        assert_eq!(unescape("100%").as_deref(), Some("100%"));
        assert_eq!(unescape("%zz").as_deref(), Some("%zz"));
    }
}
