//! Which of several word groups a text mentions, found in one pass over
//! the text. `str::contains` for each word sets up a search per word, and
//! the extractor asks this of every clause and heading: on a text dense
//! with numbers that search setup was most of the time. Also the word
//! tables read outside the extractor ([`LEADING`]), so they cannot drift
//! from the extractor's.

use super::chars::{begins, Chars};
use super::trim::strip_all;

/// Words that open a subject without naming its metric: a plan's time and
/// scope (`全年`, `今年`, `全市`), governing words (`力争`, `确保`, `努力`),
/// words of reporting (`实现`, `推动`, `累计`) and of going on (`其中`,
/// `同时`). The one list: the extractor strips them from the subjects it
/// reads (`subject`), and `aggregate::metric` from the subjects it pairs,
/// so a result (`新增规上工业企业`) and its target (`力争全年新增规上工业企业`)
/// name one metric.
pub const LEADING: &[&str] = &[
    "全年",
    "今年",
    "全市",
    "预计",
    "力争",
    "确保",
    "努力使",
    "努力",
    "有望",
    "其中",
    "同时",
    "争创",
    "通过",
    "推动",
    "实现",
    "保持",
    "累计",
    "安排",
    // A light verb (`开展农村劳动力技能培训2万余人次`): the training is the
    // metric, carrying it out is not.
    "开展",
    // `举办招商推介活动38场次`: the events are the metric, as with 开展.
    "举办",
];

/// `subject` without the [`LEADING`] words it opens with, however many.
pub fn without_leading(subject: &str) -> &str {
    strip_all(subject, LEADING, true)
}

/// Words grouped in order of precedence (a sector's words, say).
pub struct Lexicon {
    /// (first char, group, word), sorted by the first char's bucket (its
    /// code modulo [`BUCKETS`]), then first char, then group.
    entries: Vec<(char, usize, &'static str)>,
    /// Where each bucket's entries start in `entries`, and one past the
    /// last: the words a char may start are found by one look-up, where a
    /// binary search over all the entries for every char of a long clause
    /// was much of its cost. Most chars of a text start no word, and their
    /// bucket is empty.
    starts: Vec<u32>,
}

/// How many buckets [`Lexicon::starts`] sorts first chars into.
const BUCKETS: usize = 1024;

fn bucket(c: char) -> usize {
    c as usize % BUCKETS
}

impl Lexicon {
    /// Groups in precedence order. No word may be empty (every text would
    /// contain it): the word lists are constants, checked by a test.
    pub fn new<'w>(groups: impl Iterator<Item = &'w [&'static str]>) -> Lexicon {
        let mut entries: Vec<(char, usize, &'static str)> = groups
            .enumerate()
            .flat_map(|(g, words)| {
                words
                    .iter()
                    .filter_map(move |w| Some((w.chars().next()?, g, *w)))
            })
            .collect();
        crate::order::sort_by_key(&mut entries, |&(c, g, _)| (bucket(c), c, g));
        let mut starts = vec![0u32; BUCKETS + 1];
        for &(c, _, _) in &entries {
            starts[bucket(c) + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        Lexicon { entries, starts }
    }

    /// False when no word starts with `c`; true when one may.
    fn may_start(&self, c: char) -> bool {
        let b = bucket(c);
        self.starts[b] != self.starts[b + 1]
    }

    /// The entries of the words that start with `c`, in group order.
    fn starting(&self, c: char) -> &[(char, usize, &'static str)] {
        let b = bucket(c);
        let shared = &self.entries[self.starts[b] as usize..self.starts[b + 1] as usize];
        let from = shared.iter().position(|e| e.0 == c).unwrap_or(shared.len());
        let to = shared[from..]
            .iter()
            .position(|e| e.0 != c)
            .map_or(shared.len(), |n| from + n);
        &shared[from..to]
    }

    /// A list of words, each its own group, in list order.
    pub fn words(list: &'static [&'static str]) -> Lexicon {
        Lexicon::new(list.iter().map(std::slice::from_ref))
    }

    /// The first word, in list order, that the chars from `i` begin with:
    /// the answer of `c.word_at(i, list)`, found among the few words that
    /// start with the char at `i` rather than by trying every word.
    pub fn word_at(&self, c: &Chars, i: usize) -> Option<&'static str> {
        let first = c.get(i)?;
        if !self.may_start(first) {
            return None;
        }
        self.starting(first)
            .iter()
            .map(|e| e.2)
            .find(|w| c.starts_with(i, w))
    }

    /// Where the last word in `text` starts (a byte index): the largest
    /// `text.rfind(word)` over the words.
    pub fn last_in(&self, text: &str) -> Option<usize> {
        text.char_indices()
            .rev()
            .find(|&(i, c)| {
                if !self.may_start(c) {
                    return false;
                }
                self.starting(c)
                    .iter()
                    .any(|e| begins(&text.as_bytes()[i..], e.2.as_bytes()))
            })
            .map(|(i, _)| i)
    }

    /// The word that starts earliest in `text`, as (start, length in
    /// bytes, group); of words starting together the longest, then the
    /// first group: the answer of `text.find(word)` for every word, taking
    /// the least (start, longest) in group order.
    pub fn earliest_at(&self, text: &str) -> Option<(usize, usize, usize)> {
        text.char_indices().find_map(|(i, c)| {
            if !self.may_start(c) {
                return None;
            }
            let rest = &text.as_bytes()[i..];
            self.starting(c)
                .iter()
                .filter(|e| begins(rest, e.2.as_bytes()))
                // Entries of one char are in group order: the first of the
                // longest is the earliest group.
                .fold(None, |best: Option<(usize, usize)>, e| match best {
                    Some((len, _)) if len >= e.2.len() => best,
                    _ => Some((e.2.len(), e.1)),
                })
                .map(|(len, group)| (i, len, group))
        })
    }

    /// The first group, in precedence order, with a word in `text`: the
    /// same answer as asking `text.contains(word)` group by group.
    pub fn first_group(&self, text: &str) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if !self.may_start(c) {
                continue;
            }
            for &(_, group, word) in self.starting(c) {
                if best.is_some_and(|b| b <= group) {
                    break;
                }
                if begins(&text.as_bytes()[i..], word.as_bytes()) {
                    if group == 0 {
                        return Some(0);
                    }
                    best = Some(group);
                    break;
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::Lexicon;
    use crate::extract::chars::Chars;
    use crate::model::Span;

    #[test]
    fn word_at_finds_the_first_listed_word_that_matches() {
        let lexicon = Lexicon::words(&["个百分点", "百分点", "个", "%"]);
        let text = "提高2个百分点和3个和5%";
        let c = Chars::new(text, Span::new(0, text.len()));
        let at = |i| lexicon.word_at(&c, i);
        assert_eq!(
            (at(3), at(9), at(11), at(12)),
            (Some("个百分点"), Some("个"), None, Some("%"))
        );
        assert_eq!((at(0), at(99)), (None, None));
    }

    #[test]
    fn only_chars_that_may_start_a_word_pass_the_filter() {
        const WORDS: [&str; 4] = ["增长", "提高", "个", "%"];
        let lexicon = Lexicon::words(&WORDS);
        for c in "增提个%长高上年ab".chars() {
            let starts = WORDS.iter().any(|w| w.starts_with(c));
            // No false negatives; these few chars do not collide either.
            assert_eq!(lexicon.may_start(c), starts, "{c}");
        }
        // Chars 1024 apart share a bucket: a false positive, answered by the
        // full look-up behind it.
        let twin = char::from_u32('增' as u32 + 1024).unwrap();
        assert!(lexicon.may_start(twin));
        let text = format!("{twin}长");
        assert_eq!(lexicon.earliest_at(&text), None);
    }

    #[test]
    fn last_in_is_the_last_rfind_of_any_word() {
        let lexicon = Lexicon::words(&["增长", "提高", "增加"]);
        for text in [
            "",
            "同比",
            "增长",
            "比上年增长",
            "增加后提高",
            "提高增长了",
            "增增长长",
        ] {
            let want = ["增长", "提高", "增加"]
                .iter()
                .filter_map(|w| text.rfind(w))
                .max();
            assert_eq!(lexicon.last_in(text), want, "{text}");
        }
    }

    #[test]
    fn earliest_is_the_least_find_longest_first_then_group() {
        let groups: [&[&str]; 4] = [
            &["生产总值", "工业"],
            &["规上工业", "粮食"],
            &["工业"],
            &["规上"],
        ];
        let lexicon = Lexicon::new(groups.iter().copied());
        for text in [
            "",
            "服务业",
            "规上工业增加值",
            "粮食和工业",
            "工业和粮食",
            "地区生产总值",
            "规上",
        ] {
            let want = groups
                .iter()
                .enumerate()
                .flat_map(|(g, words)| {
                    words
                        .iter()
                        .filter_map(move |w| text.find(w).map(|i| (i, w.len(), g)))
                })
                .min_by_key(|&(i, len, _)| (i, std::cmp::Reverse(len)));
            assert_eq!(lexicon.earliest_at(text), want, "{text}");
        }
    }

    #[test]
    fn the_first_group_wins_wherever_its_word_stands() {
        let groups: [&[&str]; 3] = [&["粮食", "农田"], &["工业"], &["工"]];
        let lexicon = Lexicon::new(groups.iter().copied());
        assert_eq!(lexicon.first_group("规上工业和粮食"), Some(0));
        assert_eq!(lexicon.first_group("规上工业"), Some(1));
        assert_eq!(lexicon.first_group("工人"), Some(2));
        assert_eq!(lexicon.first_group("服务业"), None);
        assert_eq!(lexicon.first_group(""), None);
    }
}
