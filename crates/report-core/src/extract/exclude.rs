//! Numbers that are not indicators: names, slogans and policies in quotes,
//! digits glued to letters or to a name (5G, 1946文创园, 21中), years and
//! durations used as time references, and size thresholds inside a subject
//! (500万元以上项目).

use super::chars::{is_digit, is_han, mentions, Chars};

/// For each char, whether it sits inside quotation marks. Arabic numbers in
/// quotes name a policy or slogan (“促好转30条”, “4321”); Chinese streaks in
/// quotes (“二十连丰”) are still facts, so callers decide per pattern.
pub fn quoted(cs: &[char]) -> Vec<bool> {
    let mut depth: u32 = 0;
    let mut ascii_open = false;
    cs.iter()
        .map(|&ch| match ch {
            '“' | '「' | '『' => {
                depth = depth.saturating_add(1);
                false
            }
            '”' | '」' | '』' => {
                depth = depth.saturating_sub(1);
                false
            }
            '"' => {
                ascii_open = !ascii_open;
                false
            }
            _ => depth > 0 || ascii_open,
        })
        .collect()
}

/// `以上` / `以下` followed by a noun is a size class (亿元以上项目), not a bound.
/// So is one followed by `的` and a noun that a number then counts
/// (`收入50万元以上的村达到126个`); `6%以上的增长` is a bound, and so is one
/// joined to the next number (`15%左右和18%`).
pub fn is_threshold(c: &Chars, after: usize) -> bool {
    match c.get(after) {
        Some('的') => {
            let mut k = after + 1;
            while c.get(k).is_some_and(is_han) && k < after + 1 + MAX_CLASS_NOUN {
                k += 1;
            }
            k > after + 1 && c.get(k).is_some_and(|ch| ch.is_ascii_digit())
        }
        // `分别增长15%左右和18%`: a join to the next number of a list, not a
        // noun.
        Some('和' | '及' | '与') if c.get(after + 1).is_some_and(|ch| ch.is_ascii_digit()) => {
            false
        }
        Some(ch) => is_han(ch),
        None => false,
    }
}

/// The longest noun (with its verb) read after `以上的` for a class.
const MAX_CLASS_NOUN: usize = 8;

/// `产值超10亿元企业8家`: an amount after `超` that runs straight into a
/// noun names a size class of what is counted, not a fact of its own.
pub fn is_exceeding_class(c: &Chars, start: usize, end: usize) -> bool {
    let over = c.ends_with(start, "超") || c.ends_with(start, "超过");
    over && c.get(end).is_some_and(is_han)
}

/// `每千名老年人拥有养老床位`, `每10万人口`: a number right after `每` is the
/// base of a rate, part of the rate's subject, not a count of its own.
pub fn is_per_base(c: &Chars, start: usize) -> bool {
    start > 0 && c.cs[start - 1] == PER
}

/// What opens the base of a rate.
const PER: char = '每';

/// A year (2023年) or duration (延包30年) outside a streak is a time reference.
pub fn is_time(base: &str) -> bool {
    base == "年"
}

/// Digits touching Latin letters are part of a name or code (5G, G331, 4K).
pub fn touches_letters(c: &Chars, start: usize, end: usize) -> bool {
    let before = start > 0 && c.cs[start - 1].is_ascii_alphabetic();
    let after = c.get(end).is_some_and(|ch| ch.is_ascii_alphabetic());
    before || after
}

/// The members of a scope a ranking is among (`全市各区县`), longest first.
/// A city's central or main districts are such members too
/// (`增速连续两年居中心城区首位`).
const MEMBERS: [&str; 10] = [
    "中心城区",
    "主城区",
    "各区县",
    "各县区",
    "各县市",
    "各市县",
    "各区",
    "各县",
    "各市",
    "各省",
];

/// `s` without the members a ranking is among at its end (`居中心城区` →
/// `居`), when it ends with them.
pub fn without_members_at_end(s: &str) -> Option<&str> {
    MEMBERS.iter().find_map(|m| s.strip_suffix(m))
}

/// A rank needs a ranking context (居全省第二位); 摆在首位 is an idiom.
pub fn is_rank_context(c: &Chars, i: usize) -> bool {
    // `跻身…百强区，列第47位`: placed in a ranking named before.
    if c.ends_with(i, "列") || c.ends_with(i, "排") {
        return true;
    }
    // `居全市各区县第二`: the members ranked stand between the scope and
    // the place; the context is read before them.
    let i = MEMBERS
        .iter()
        .find(|m| c.ends_with(i, m))
        .map_or(i, |m| i - m.chars().count());
    let before = c.str(i.saturating_sub(4), i);
    [
        "全省", "全国", "全市", "居", "保持", "排名", "位列", "名列", "跻身", "进入",
        // 百强县第68位: a place in a list of the strongest.
        "百强", "强县",
        // `排名上升3位至第56位`: the place a move in a ranking reached.
        "位至",
        // `排名由第86位上升到第71位`: the place reached, written after the
        // one left (which the ranking word before it already covers).
        "升到", "升至",
    ]
    .iter()
    .any(|w| mentions(before, w))
        // `排名稳定在前50位`: a place held, as `保持` is.
        || mentions(before, "稳定在")
        || ranked_after_ju(c, i)
}

/// `居东部省份第4位`, `居全省同类城市首位`: after `居` the peers a place is
/// ranked among may be named at more length than the words above reach
/// (not `居民`, `居住`: residents and housing).
fn ranked_after_ju(c: &Chars, i: usize) -> bool {
    before_peers(c.str(i.saturating_sub(MAX_PEERS_CHARS), i)).is_some()
}

/// `增速居东部省份` → `增速`: what stands before the `居` and the peers a
/// place is ranked among that end `s`, when they do. The peers may be
/// counted (`总量居15个副省级城市`).
pub fn before_peers(s: &str) -> Option<&str> {
    let (before, peers) = s.rsplit_once('居')?;
    let peers = without_peers_count(peers);
    let peers_only = !peers.starts_with(['民', '住']) && peers.chars().all(is_han);
    peers_only.then_some(before)
}

/// `15个副省级城市` → `副省级城市`: how many peers a ranking has names it,
/// as `全市各区` does.
fn without_peers_count(peers: &str) -> &str {
    let rest = peers.trim_start_matches(is_digit);
    match rest.strip_prefix(PEERS_COUNTED) {
        Some(r) if rest.len() < peers.len() => r,
        _ => peers,
    }
}

/// The unit peers are counted in.
const PEERS_COUNTED: char = '个';

/// The most chars between `居` and the place it gives (`居15个副省级城市第9位`:
/// 9).
const MAX_PEERS_CHARS: usize = 10;

/// `居15个副省级城市第9位`: a count right after `居` of the peers the place
/// after them is ranked among is the ranking's name, no record. `start`
/// and `end`: the count's chars.
pub fn counts_peers(c: &Chars, start: usize, end: usize) -> bool {
    if !(start > 0 && c.cs[start - 1] == '居' && c.ends_with(end, "个")) {
        return false;
    }
    let mut k = end;
    while c
        .get(k)
        .is_some_and(|ch| is_han(ch) && ch != '第' && ch != '首')
        && k < end + MAX_PEERS_CHARS
    {
        k += 1;
    }
    k > end && (c.get(k) == Some('第') || c.starts_with(k, "首位"))
}
