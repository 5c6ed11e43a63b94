//! Trimming a candidate subject down to its noun phrase: the scope words,
//! example names, quotes and verbs around a metric are not part of it.

use super::chars::{begins, ends, is_digit, position, starts};

/// An enumerated item with one of these is a clause, not a subject.
const CLAUSE_VERBS: [&str; 7] = ["推进", "开展", "发放", "建设", "开工", "投入", "运营"];

/// A word list for [`strip_listed`], its words indexed by their first
/// char and by their last: a subject is tried only against the words that
/// can open (or end) it, not against each word in turn. `TRAILING` is long
/// and orders its words, so a subject ending in a common verb (`增长`) was
/// compared with the fifty words before it at every number. Built once
/// per list.
pub struct Listed {
    words: &'static [&'static str],
    by_first: Index,
    by_last: Index,
    /// A bit per char the words start with and per char they end with (by
    /// code modulo 1024): a subject whose first (or last) char starts
    /// (ends) no word, as most do not, is left as it is with one look-up.
    firsts: [u64; 16],
    lasts: [u64; 16],
}

impl Listed {
    pub fn new(words: &'static [&'static str]) -> Listed {
        let mut listed = Listed {
            words,
            by_first: Index::new(words, false),
            by_last: Index::new(words, true),
            firsts: [0; 16],
            lasts: [0; 16],
        };
        for w in words {
            if let (Some(a), Some(z)) = (w.chars().next(), w.chars().next_back()) {
                set(&mut listed.firsts, a);
                set(&mut listed.lasts, z);
            }
        }
        listed
    }
}

fn set(bits: &mut [u64; 16], c: char) {
    let bit = c as usize % 1024;
    bits[bit / 64] |= 1 << (bit % 64);
}

fn has(bits: &[u64; 16], c: char) -> bool {
    let bit = c as usize % 1024;
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

/// How many buckets an [`Index`] sorts chars into (by code modulo this).
const BUCKETS: usize = 1024;

fn bucket(c: char) -> usize {
    c as usize % BUCKETS
}

/// The positions of a list's words grouped by one char of each (its code
/// modulo [`BUCKETS`]), in list order within a group: `positions` by
/// group, and where each group starts in it, and one past the last.
/// Grouped by counting, not sorted: a sort's code would weigh more in the
/// browser's build. Chars that share a group share its words, which the
/// comparison with the text tells apart.
struct Index {
    starts: Vec<u16>,
    positions: Vec<u16>,
}

impl Index {
    /// Grouped by each word's first char, or by its last.
    fn new(words: &[&str], last: bool) -> Index {
        let char_of = |w: &str| {
            if last {
                w.chars().next_back()
            } else {
                w.chars().next()
            }
        };
        let mut starts = vec![0u16; BUCKETS + 1];
        for c in words.iter().filter_map(|w| char_of(w)) {
            starts[bucket(c) + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        let mut positions = vec![0u16; usize::from(starts[BUCKETS])];
        // Where the next position of each group goes.
        let mut next = starts.clone();
        for (at, w) in words.iter().enumerate() {
            // An empty word has no char, and strips nothing.
            if let Some(c) = char_of(w) {
                let slot = &mut next[bucket(c)];
                positions[usize::from(*slot)] = at as u16;
                *slot += 1;
            }
        }
        Index { starts, positions }
    }

    /// The positions of the words whose char may be `c`, ascending.
    fn of(&self, c: char) -> &[u16] {
        let b = bucket(c);
        &self.positions[usize::from(self.starts[b])..usize::from(self.starts[b + 1])]
    }
}

/// [`strip_all`] over a [`Listed`] word list: the same answer. Each of
/// `strip_all`'s passes tries the words in list order against what is left;
/// here each step goes straight to the next word in that order that the
/// text left opens (ends) with, among those that share its first (last)
/// char, and a pass ends when there is none.
pub fn strip_listed<'s>(s: &'s str, list: &Listed, leading: bool) -> &'s str {
    let (edge, bits) = if leading {
        (s.chars().next(), &list.firsts)
    } else {
        (s.chars().next_back(), &list.lasts)
    };
    match edge {
        Some(c) if has(bits, c) => strip_indexed(s, list, leading),
        _ => s,
    }
}

/// [`strip_listed`] of a text a word may open (end). Not in line: the
/// look-up that rules most subjects out is, and stays small where it is
/// asked (several times per number).
#[inline(never)]
fn strip_indexed<'s>(mut s: &'s str, list: &Listed, leading: bool) -> &'s str {
    let index = if leading {
        &list.by_first
    } else {
        &list.by_last
    };
    // The next word of this pass to try, and whether the pass stripped one.
    let (mut from, mut stripped) = (0, false);
    loop {
        let edge = if leading {
            s.chars().next()
        } else {
            s.chars().next_back()
        };
        // Stripped to nothing, or nothing to strip.
        let Some(c) = edge else {
            return s;
        };
        let next = index
            .of(c)
            .iter()
            .map(|&at| usize::from(at))
            .filter(|&at| at >= from)
            .find(|&at| {
                let w = list.words[at];
                if leading {
                    starts(s, w)
                } else {
                    ends(s, w)
                }
            });
        match next {
            Some(at) => {
                let n = list.words[at].len();
                s = if leading { &s[n..] } else { &s[..s.len() - n] };
                (from, stripped) = (at + 1, true);
            }
            None if stripped => (from, stripped) = (0, false),
            None => return s,
        }
    }
}

pub fn strip_all<'s>(mut s: &'s str, words: &[&str], leading: bool) -> &'s str {
    loop {
        // Nothing left to strip: most subjects of a run of numbers end here.
        if s.is_empty() {
            return s;
        }
        let before = s.len();
        for w in words {
            let (b, w) = (s.as_bytes(), w.as_bytes());
            let n = w.len();
            // An empty word strips nothing.
            if n == 0 || b.len() < n {
                continue;
            }
            // Compared in line, byte by byte: `strip_prefix` calls memcmp,
            // which costs more than the few bytes it compares here. The
            // word's last byte first: most words differ there (a UTF-8
            // continuation byte), where their first bytes are often alike.
            if leading && b[n - 1] == w[n - 1] && begins(b, w) {
                s = &s[n..];
            } else if !leading && b[b.len() - 1] == w[n - 1] && begins(&b[b.len() - n..], w) {
                s = &s[..s.len() - n];
            } else {
                continue;
            }
            // Stripped to nothing: no word after can match.
            if s.is_empty() {
                return s;
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// `通过发放政府消费券、开展…活动、拉动消费` lists actions, not subjects
/// sharing one number: keep only the last item.
pub fn last_item_if_clauses(s: &str) -> &str {
    let Some(last) = s.rfind('、') else {
        return s;
    };
    // The first item may carry the verb and scope the items share
    // (`新建和改造城市燃气、供水、排水管网`): its length alone makes no clause.
    let clause_like = s[..last].split('、').enumerate().any(|(n, item)| {
        (n > 0 && item.chars().count() > 8) || CLAUSE_VERBS.iter().any(|v| item.contains(v))
    });
    if clause_like {
        &s[last + '、'.len_utf8()..]
    } else {
        s
    }
}

/// `高端碳化硅陶瓷等亿元以上项目` → `亿元以上项目`: the examples before 等 are names.
pub fn after_deng(s: &str) -> &str {
    match s.rfind('等') {
        Some(i) if i + '等'.len_utf8() < s.len() => {
            let before = s[..i].chars().next_back();
            let after = &s[i + '等'.len_utf8()..];
            let word = matches!(before, Some('高' | '中' | '初' | '平' | '同' | '对' | '均'))
                || after.starts_with('级');
            if word {
                s
            } else {
                after
            }
        }
        _ => s,
    }
}

/// Drops quotes left open by the cut: a trailing “ or a leading ”.
pub fn trim_quotes(s: &str) -> &str {
    // In UTF-8 both “ and ” begin with the byte 0xE2: without it there is
    // nothing to trim, and one byte scan is far cheaper than the searches.
    if !s.as_bytes().contains(&0xE2) {
        return s;
    }
    let s = s.trim_start_matches('”').trim_end_matches('“');
    if s.matches('“').count() == s.matches('”').count() {
        s
    } else {
        s.trim_start_matches('“').trim_end_matches('”')
    }
}

/// `在综合目标管理考核中继续位居…` → `综合目标管理考核`: a ranking scope.
pub fn within_zai(s: &str) -> &str {
    // Only a subject opening with 在 is searched for its 中: every number
    // asks, and few subjects do.
    let Some(rest) = s.strip_prefix('在') else {
        return s;
    };
    match s.rfind('中') {
        Some(i) if i > '在'.len_utf8() => &rest[..i - '在'.len_utf8()],
        _ => s,
    }
}

/// `地区生产总值由2020年的` → `地区生产总值`: the year and the `由` / `从` of a
/// baseline (`由2020年的2415亿元增加到2024年的3128亿元`) are not the metric.
pub fn baseline_year(s: &str) -> &str {
    let t = match s.strip_suffix('的') {
        // `由上年的61%`: the year before, in words; `从2022年底的8.1%`: a
        // year's end is the year's figure.
        Some(r) => {
            let r = r.strip_suffix(['末', '底']).unwrap_or(r);
            match without_year(r).or_else(|| LAST_YEAR.iter().find_map(|y| r.strip_suffix(y))) {
                Some(t) => t,
                // `…的` without a year: not a baseline.
                None => return s,
            }
        }
        None => s,
    };
    t.strip_suffix(['由', '从']).unwrap_or(t)
}

/// The year before, in words, as a baseline's year (`由上年的61%`).
pub const LAST_YEAR: [&str; 2] = ["上年", "去年"];

/// `比2015年` / `较2015年` ending a subject (`比2015年增长41.2%`): the
/// baseline of a change over several years, not the metric. The subject
/// before the baseline, or `None` when there is no such baseline.
pub fn before_comparison_year(s: &str) -> Option<&str> {
    without_year(s)?.strip_suffix(['比', '较'])
}

/// `是“十二五”时期的` before `1.9倍`: the base of a multiple, not the metric.
pub fn is_multiple_base(s: &str) -> bool {
    s.starts_with('是') && s.ends_with('的')
}

/// `…2020年` without its year, when it ends in one written in digits.
fn without_year(s: &str) -> Option<&str> {
    let r = s.strip_suffix('年')?;
    let t = r.trim_end_matches(is_digit);
    (t.len() < r.len()).then_some(t)
}

/// `精准扶贫以来累计投入…` → `累计投入…`: a subject opened by the event the
/// figure runs from (`…以来`) says since when, not what.
fn after_since(s: &str) -> &str {
    // Read in line (`chars::position`): `split_once` with a `&str` pattern
    // sets up a two-way searcher, and every number's subject asks (3% of a
    // clause of 8,000 numbers).
    let Some(at) = position(s, SINCE) else {
        return s;
    };
    let (event, rest) = (&s[..at], &s[at + SINCE.len()..]);
    if !rest.is_empty() && event.chars().count() <= MAX_SINCE_CHARS {
        rest
    } else {
        s
    }
}

/// What the event a figure runs from ends with.
const SINCE: &str = "以来";

/// How long the event a figure runs from may be (`党的十八大以来`).
const MAX_SINCE_CHARS: usize = 8;

/// `五年累计…`, `四年来…` opening a subject, `两年` ending one (`两年平均增长`):
/// a span of years says over how long, not what.
pub fn strip_span_of_years(s: &str) -> &str {
    let s = after_since(s);
    let numeral = crate::numerals::is_numeral_char;
    let lead = s.trim_start_matches(numeral);
    let s = if lead.len() < s.len() {
        lead.strip_prefix("年来")
            .or_else(|| lead.strip_prefix('年'))
            .unwrap_or(s)
    } else {
        s
    };
    match s.strip_suffix('年') {
        Some(r) => {
            let t = r.trim_end_matches(numeral);
            if t.len() < r.len() {
                t
            } else {
                s
            }
        }
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::{
        after_since, before_comparison_year, is_multiple_base, strip_all, strip_listed, Listed,
    };

    #[test]
    fn a_subject_drops_the_event_it_runs_from() {
        assert_eq!(after_since("精准扶贫以来累计投入"), "累计投入");
        assert_eq!(
            after_since("规模以上企业自投产以来产值"),
            "规模以上企业自投产以来产值"
        );
        assert_eq!(after_since("以上以来新增企业"), "新增企业");
        assert_eq!(after_since("转型以来"), "转型以来");
        assert_eq!(after_since("规模以上企业"), "规模以上企业");
    }

    #[test]
    fn strip_listed_answers_as_strip_all() {
        const WORDS: [&str; 6] = ["", "全年", "增长", "年", "比上年", "a"];
        let listed = Listed::new(&WORDS);
        // `𠀀`..: chars sharing a bit with a word's end, which only the
        // full look-up can rule out.
        let twin = char::from_u32('长' as u32 + 1024).unwrap();
        let twin = format!("上{twin}");
        for s in [
            "",
            "全年全年增长",
            "比上年增长",
            "增长年",
            "a全年a",
            "上年",
            "工业",
            &twin,
        ] {
            for leading in [true, false] {
                assert_eq!(
                    strip_listed(s, &listed, leading),
                    strip_all(s, &WORDS, leading),
                    "{s} {leading}"
                );
            }
        }
    }

    #[test]
    fn strip_listed_answers_as_strip_all_over_the_extractor_s_lists() {
        use crate::extract::lexicon::{trailing_words, LEADING};
        // Two words of a list after a metric, before it and alone: words
        // that end (open) one another, and pairs in and out of list order.
        let metric = "地区生产总值";
        for words in [trailing_words(), LEADING] {
            let listed = Listed::new(words);
            for a in words {
                for b in words.iter().chain(&[""]) {
                    for s in [
                        format!("{metric}{a}{b}"),
                        format!("{a}{b}{metric}"),
                        format!("{a}{b}"),
                    ] {
                        for leading in [true, false] {
                            assert_eq!(
                                strip_listed(&s, &listed, leading),
                                strip_all(&s, words, leading),
                                "{s} {leading}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn strip_all_answers_as_strip_prefix_and_suffix() {
        fn by_std<'s>(mut s: &'s str, words: &[&str], leading: bool) -> &'s str {
            loop {
                let before = s;
                for w in words {
                    let rest = if leading {
                        s.strip_prefix(w)
                    } else {
                        s.strip_suffix(w)
                    };
                    s = rest.unwrap_or(s);
                }
                if s == before {
                    return s;
                }
            }
        }
        let words = ["", "全年", "增长", "年", "长", "比上年", "a"];
        for s in [
            "",
            "全年全年增长",
            "比上年增长",
            "增长年",
            "a全年a",
            "年",
            "上年",
            "同比增长长",
        ] {
            for leading in [true, false] {
                assert_eq!(
                    strip_all(s, &words, leading),
                    by_std(s, &words, leading),
                    "{s} {leading}"
                );
            }
        }
    }

    #[test]
    fn baselines_of_several_years_are_not_metrics() {
        assert_eq!(before_comparison_year("比2015年"), Some(""));
        assert_eq!(before_comparison_year("收入较2020年"), Some("收入"));
        assert_eq!(before_comparison_year("由2020年"), None);
        assert!(is_multiple_base("是“十二五”时期的"));
        assert!(!is_multiple_base("是全市"));
    }
}
