//! The URL hash codec: `AppState` ⇄
//! `#sector=agriculture,industry&period=2024&q=风电&sort=-value&view=chart&sel=s12-3&lang=en`.
//!
//! Decoding is lenient: a key or value it cannot read is dropped and
//! reported in `AppState::notice`, so a bad shared link still opens the
//! explorer with everything it could understand.
//!
//! Anyone can write a link, so decoding is bounded: it reads at most
//! [`MAX_HASH_BYTES`] of the hash, [`MAX_PAIRS`] pairs and
//! [`MAX_LIST_ITEMS`] items per list key, and the search text is cut to
//! [`query::MAX_TEXT_CHARS`] chars (of which [`query::MAX_TERMS`] distinct
//! words count). Whatever is left out is counted in the notice, which
//! repeats only short cleaned previews of the link (see `notice`).

use crate::i18n::Lang;
use crate::model::{Bound, Kind, Period, Sector, Status, Verb};
use crate::notice::{Notes, NoticeItem};
use crate::query::{self, Column};
use crate::report::Report;
use crate::search;
use crate::state::{AppState, CompareSort, View};

/// The most bytes of a hash read; the explorer's own hashes are a few
/// hundred bytes, a search of 200 Chinese chars about 1,800.
pub const MAX_HASH_BYTES: usize = 4096;
/// The most `key=value` pairs read; there are fifteen keys.
pub const MAX_PAIRS: usize = 64;
/// The most items read for one list key (`sector=a,b,…`), over all its
/// pairs; no facet has more than a few dozen values.
pub const MAX_LIST_ITEMS: usize = 32;

/// Every key the explorer reads from a hash, in the order `encode` writes
/// them. An embedding page's `data-*` attributes are these names with a
/// `data-` prefix; a host page's own keys are anything else.
pub const KEYS: [&str; 15] = [
    "sector", "period", "status", "kind", "bound", "verb", "q", "sort", "view", "sel", "section",
    "lang", "report", "cmp", "csort",
];

/// What `csort` names for the compare matrix's metric column; a report's
/// column is named by the report's id.
const METRIC_COLUMN: &str = "metric";

/// The hash for `state`, with its leading `#`; `""` for the default state.
/// Keys come in a fixed order so equal states give equal hashes; `report`
/// turns the open record's index into its id.
pub fn encode(state: &AppState, report: &Report) -> String {
    let q = &state.query;
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let list = |items: Vec<&str>| items.join(",");
    if !q.sectors.is_empty() {
        pairs.push(("sector", list(q.sectors.iter().map(|s| s.id()).collect())));
    }
    if !q.periods.is_empty() {
        pairs.push((
            "period",
            q.periods
                .iter()
                .map(Period::to_string)
                .collect::<Vec<_>>()
                .join(","),
        ));
    }
    if !q.statuses.is_empty() {
        pairs.push(("status", list(q.statuses.iter().map(|s| s.id()).collect())));
    }
    if !q.kinds.is_empty() {
        pairs.push(("kind", list(q.kinds.iter().map(|k| k.id()).collect())));
    }
    if !q.bounds.is_empty() {
        pairs.push(("bound", list(q.bounds.iter().map(|b| b.id()).collect())));
    }
    if !q.verbs.is_empty() {
        pairs.push(("verb", list(q.verbs.iter().map(|v| v.id()).collect())));
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
    if let Some(id) = state.selected.and_then(|i| report.indicators.get(i)) {
        pairs.push(("sel", id.id.to_string()));
    }
    if let Some(s) = state.section {
        pairs.push(("section", s.to_string()));
    }
    if state.lang != Lang::default() {
        pairs.push(("lang", state.lang.id().to_owned()));
    }
    if let Some(id) = &state.report {
        pairs.push(("report", id.clone()));
    }
    if !state.compare.is_empty() {
        pairs.push(("cmp", state.compare.join(",")));
    }
    if let Some(sort) = &state.compare_sort {
        let sign = if sort.descending { "-" } else { "" };
        let by = sort.by.as_deref().unwrap_or(METRIC_COLUMN);
        pairs.push(("csort", format!("{sign}{by}")));
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
    let mut notes = Notes::default();
    let mut body = hash.strip_prefix('#').unwrap_or(hash);
    let cut = body.len() > MAX_HASH_BYTES;
    if cut {
        let mut end = MAX_HASH_BYTES;
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        body = &body[..end];
    }
    let pairs: Vec<&str> = body.split('&').collect();
    let last = pairs.len() - 1;
    let (mut read_pairs, mut ignored_pairs) = (0, 0);
    let mut items_read = Vec::new();
    for (i, pair) in pairs.into_iter().enumerate() {
        if pair.is_empty() {
            continue;
        }
        if read_pairs == MAX_PAIRS {
            ignored_pairs += 1;
            continue;
        }
        read_pairs += 1;
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = if cut && i == last {
            unescape_cut(raw)
        } else {
            unescape(raw)
        };
        let Some(value) = value else {
            notes.unread(key, raw);
            continue;
        };
        if !read(&mut state, &mut notes, &mut items_read, key, &value, report) {
            notes.unread(key, &value);
        }
    }
    let terms = distinct_words(&state.query.text);
    if terms > query::MAX_TERMS {
        notes.capped(NoticeItem::TermsIgnored {
            used: query::MAX_TERMS,
            total: terms,
        });
    }
    if ignored_pairs > 0 {
        notes.capped(NoticeItem::PairsIgnored(ignored_pairs));
    }
    if cut {
        notes.capped(NoticeItem::TooLong(MAX_HASH_BYTES));
    }
    state.notice = notes.finish();
    state
}

/// How many different search words `text` holds, folded as `Query::terms`
/// folds them.
fn distinct_words(text: &str) -> usize {
    crate::order::set(text.split_whitespace().map(search::fold)).len()
}

/// The items read so far under `key`. A list, not a map: a few keys, and
/// a map of its own key and value types would bring the page a copy of its
/// code.
fn count_of<'a>(items: &'a mut Vec<(&'static str, usize)>, key: &'static str) -> &'a mut usize {
    let at = match items.iter().position(|(k, _)| *k == key) {
        Some(at) => at,
        None => {
            items.push((key, 0));
            items.len() - 1
        }
    };
    &mut items[at].1
}

/// Applies one key; false when the key or its value is not understood
/// (list keys keep the items they understand).
fn read(
    state: &mut AppState,
    notes: &mut Notes,
    items_read: &mut Vec<(&'static str, usize)>,
    key: &str,
    value: &str,
    report: &Report,
) -> bool {
    let q = &mut state.query;
    let mut list = |key: &'static str, read: &mut dyn FnMut(&str) -> bool| {
        let used = count_of(items_read, key);
        let (all, ignored) = read_list(value, used, read);
        if ignored > 0 {
            notes.capped(NoticeItem::ItemsIgnored {
                key,
                count: ignored,
            });
        }
        all
    };
    match key {
        "sector" => list("sector", &mut |s| {
            Sector::from_id(s).map(|x| q.sectors.insert(x)).is_some()
        }),
        "period" => list("period", &mut |p| {
            // Any year or history reads, whether or not this report has it
            // (a link made on another report); "" is no period to ask for.
            let period = Period::from_id(p).filter(|&p| p != Period::Unknown);
            period.map(|p| q.periods.insert(p)).is_some()
        }),
        "status" => list("status", &mut |s| {
            Status::from_id(s).map(|x| q.statuses.insert(x)).is_some()
        }),
        "kind" => list("kind", &mut |k| {
            Kind::from_id(k).map(|x| q.kinds.insert(x)).is_some()
        }),
        "bound" => list("bound", &mut |b| {
            Bound::from_id(b).map(|x| q.bounds.insert(x)).is_some()
        }),
        "verb" => list("verb", &mut |v| {
            Verb::from_id(v).map(|x| q.verbs.insert(x)).is_some()
        }),
        "q" => {
            q.text = match value.char_indices().nth(query::MAX_TEXT_CHARS) {
                Some((end, _)) => {
                    notes.capped(NoticeItem::TextCut(query::MAX_TEXT_CHARS));
                    value[..end].to_owned()
                }
                None => value.to_owned(),
            };
            true
        }
        "sort" => {
            let (descending, id) = signed_id(value);
            Column::from_id(id)
                .map(|column| q.sort = crate::query::Sort { column, descending })
                .is_some()
        }
        // Whether the report is among the columns is for the view to say.
        "csort" => {
            let (descending, id) = signed_id(value);
            let by = match id {
                METRIC_COLUMN => None,
                id if crate::library::is_id(id) => Some(id.to_owned()),
                _ => return false,
            };
            state.compare_sort = Some(CompareSort { by, descending });
            true
        }
        "view" => View::from_id(value).map(|v| state.view = v).is_some(),
        "sel" => report
            .indicators
            .iter()
            .position(|i| i.id == value)
            .map(|i| state.selected = Some(i))
            .is_some(),
        "section" => match value.parse::<usize>() {
            Ok(n) if n < report.document.sections.len() => {
                state.section = Some(n);
                true
            }
            _ => false,
        },
        "lang" => Lang::from_id(value).map(|l| state.lang = l).is_some(),
        // Which report is for `library` to say; here only its form.
        "report" if crate::library::is_id(value) => {
            state.report = Some(value.to_owned());
            true
        }
        // Which of these are open is for the view to say, as for `report`.
        "cmp" => list("cmp", &mut |id| {
            let ok = crate::library::is_id(id);
            if ok && !state.compare.iter().any(|c| c == id) {
                state.compare.push(id.to_owned());
            }
            ok
        }),
        _ => false,
    }
}

/// A sort's column and whether a leading `-` makes it descending.
fn signed_id(value: &str) -> (bool, &str) {
    match value.strip_prefix('-') {
        Some(id) => (true, id),
        None => (false, value),
    }
}

/// The report a hash names (`report=…`, the last one wins as in
/// [`decode`]), whatever else it holds; read before the rest, since which
/// report it is says which records `sel` can name.
pub fn report_key(hash: &str) -> Option<String> {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    let body = &body[..floor_boundary(body, MAX_HASH_BYTES)];
    body.split('&')
        .take(MAX_PAIRS)
        .filter_map(|pair| pair.strip_prefix("report="))
        .filter_map(unescape)
        .last()
}

/// `hash` without the pairs of `keys`.
pub fn without_keys(hash: &str, keys: &[&str]) -> String {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    let kept: Vec<&str> = body
        .split('&')
        .filter(|pair| !keys.contains(&pair.split('=').next().unwrap_or_default()))
        .collect();
    format!("#{}", kept.join("&"))
}

fn floor_boundary(s: &str, max: usize) -> usize {
    if s.len() <= max {
        return s.len();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Reads the items of `a,b,c` with `read`, which says whether it
/// understood an item, until the key has used [`MAX_LIST_ITEMS`] (`used`
/// counts them across the key's pairs): whether all read were understood,
/// and how many items were beyond the cap.
fn read_list(value: &str, used: &mut usize, read: &mut dyn FnMut(&str) -> bool) -> (bool, usize) {
    let mut items = value.split(',').filter(|s| !s.is_empty());
    let mut all = true;
    for item in items.by_ref().take(MAX_LIST_ITEMS.saturating_sub(*used)) {
        all &= read(item);
        *used += 1;
    }
    (all, items.count())
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
    String::from_utf8(unescape_bytes(s)).ok()
}

/// Undoes `escape` on the value the length cap cut: a `%X` or a UTF-8 char
/// cut in two at its very end is dropped, so the cut pair still reads as
/// far as it goes; broken bytes anywhere else are still refused.
fn unescape_cut(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let partial = match b {
        [.., b'%'] => 1,
        [.., b'%', h] if h.is_ascii_hexdigit() => 2,
        _ => 0,
    };
    // `%` and hex digits are ASCII, so this is a char boundary.
    let bytes = unescape_bytes(&s[..s.len() - partial]);
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) if e.utf8_error().error_len().is_none() => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).ok()
        }
        Err(_) => None,
    }
}

fn unescape_bytes(s: &str) -> Vec<u8> {
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_what_encode_writes_in_its_order() {
        let report = crate::testing::mudanjiang();
        let mut state = decode(
            "#sector=agriculture&period=2024&status=target&kind=growth&bound=floor&verb=strive&q=a\
             &sort=-value&view=chart&sel=s6-1&section=1&lang=en&report=0123456789ab\
             &cmp=0123456789ab,ba9876543210&csort=-ba9876543210",
            &report,
        );
        state.notice.clear();
        let written: Vec<String> = encode(&state, &report)[1..]
            .split('&')
            .map(|p| p.split('=').next().unwrap().to_owned())
            .collect();
        assert_eq!(written, KEYS);
    }

    #[test]
    fn the_compared_reports_round_trip_and_bad_ids_are_dropped() {
        let report = crate::testing::mudanjiang();
        let state = decode(
            "#view=compare&cmp=0123456789ab,nothex,ba9876543210,0123456789ab",
            &report,
        );
        assert_eq!(state.view, View::Compare);
        assert_eq!(state.compare, ["0123456789ab", "ba9876543210"]);
        assert_eq!(state.notice.len(), 1);
        assert_eq!(
            encode(&state, &report),
            "#view=compare&cmp=0123456789ab,ba9876543210"
        );
    }

    #[test]
    fn the_compare_sort_round_trips_by_report_or_metric() {
        let report = crate::testing::mudanjiang();
        let sorted = |hash: &str| {
            let state = decode(hash, &report);
            (
                state.compare_sort.clone(),
                state.notice.len(),
                encode(&state, &report),
            )
        };
        let by = |by: Option<&str>, descending| {
            Some(CompareSort {
                by: by.map(str::to_owned),
                descending,
            })
        };
        assert_eq!(
            sorted("#view=compare&csort=-0123456789ab"),
            (
                by(Some("0123456789ab"), true),
                0,
                "#view=compare&csort=-0123456789ab".to_owned()
            )
        );
        assert_eq!(
            sorted("#csort=metric"),
            (by(None, false), 0, "#csort=metric".to_owned())
        );
        assert_eq!(
            sorted("#csort=-metric"),
            (by(None, true), 0, "#csort=-metric".to_owned())
        );
        // Neither a report id nor the metric column: dropped and told.
        assert_eq!(sorted("#csort=value"), (None, 1, String::new()));
        assert_eq!(sorted("#csort=--0123456789ab"), (None, 1, String::new()));
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
