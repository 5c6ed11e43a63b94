//! Which of several word groups a text mentions, found in one pass over
//! the text. `str::contains` for each word sets up a search per word, and
//! the extractor asks this of every clause and heading: on a text dense
//! with numbers that search setup was most of the time. Also the word
//! tables read outside the extractor ([`LEADING`]), so they cannot drift
//! from the extractor's.

use std::sync::OnceLock;

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
    // The span of the years just past (`近三年年均增长21.4%`) says over how
    // long, as `五年` does.
    "近两年",
    "近三年",
    "近五年",
    "安排",
    // A light verb (`开展农村劳动力技能培训2万余人次`): the training is the
    // metric, carrying it out is not.
    "开展",
    // `举办招商推介活动38场次`: the events are the metric, as with 开展.
    "举办",
    // `纳入防返贫监测对象612户`: the people watched are the metric, bringing
    // them under the watch is not.
    "纳入",
];

/// What the members of a whole may be, naming a part of it without its
/// noun (`新增上市公司5家，其中境外上市2家`: listed abroad).
pub const PART_ATTRIBUTES: [&str; 1] = ["上市"];

/// `subject` without the [`LEADING`] words it opens with, however many.
pub fn without_leading(subject: &str) -> &str {
    strip_all(subject, LEADING, true)
}

/// What a word after a metric does to the value that follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum To {
    /// Nothing the value's direction depends on (`达到`, `增长`, `全省`).
    Not,
    /// Brings it up to a new level (`提高到Y`, `由X增加到Y`), a stay
    /// lengthened (`延长至`), a level recovering (`回升至`).
    Up,
    /// Brings it down: a fall to a new level, a gap narrowed to a new ratio
    /// (`缩小到2.08`), a time shortened (`缩短至5天`), a share falling back
    /// (`回落到46.3%`).
    Down,
    /// Changes it to another with no direction (`由X调整为Y`).
    Other,
}

/// Words that end a subject without naming its metric: the verbs of a
/// change (`增长`, `提高到`), of reaching and holding (`达到`, `保持在`),
/// comparison bases (`比上年`), scopes of a rank (`全省`), how a figure was
/// counted (`同口径`) and governing words (`力争`). The one list: the
/// extractor strips them from the end of a subject (`subject`), and the
/// verbs of change to a new value among them (`To::Up`, `To::Down`,
/// `To::Other`) give a value reached its direction (`classify::reached`)
/// and a baseline its end value (`period`).
/// Order matters: the words are stripped in list order, so a word that ends
/// another comes after it (`平均` before `均`, `下降至` before `降至`);
/// checked by a test.
pub const TRAILING: &[(&str, To)] = &[
    // The verb of a change from a baseline: `由X增加到Y`, `从X提升至Y`.
    ("增加到", To::Up),
    ("增加至", To::Up),
    ("提高到", To::Up),
    ("提高至", To::Up),
    ("提升到", To::Up),
    ("提升至", To::Up),
    // A ranking moved up (`排名由第86位上升到第71位`).
    ("上升到", To::Up),
    ("上升至", To::Up),
    ("调整为", To::Other),
    // `三次产业结构优化为12.5:41.8:45.7`: a change to another ratio, as
    // `调整为` is.
    ("优化为", To::Other),
    ("缩小到", To::Down),
    ("缩小至", To::Down),
    ("扩大到", To::Up),
    ("扩大至", To::Up),
    ("延长到", To::Up),
    ("延长至", To::Up),
    ("缩短到", To::Down),
    ("缩短至", To::Down),
    // A level recovering or falling back (`回升至41.5万人次`, `回落到46.3%`),
    // and a fall to a new level: the change's verb, as `提高到` is.
    ("回升至", To::Up),
    ("回升到", To::Up),
    ("回落到", To::Down),
    ("回落至", To::Down),
    // A level come back to part of an earlier one (`分别恢复到2019年的71.2%
    // 和68.5%`): the metric is before it, and no direction is said.
    ("恢复到", To::Not),
    ("恢复至", To::Not),
    ("下降到", To::Down),
    ("下降至", To::Down),
    ("降低到", To::Down),
    ("降低至", To::Down),
    ("减少到", To::Down),
    ("减少至", To::Down),
    // A mark reached (`迈上1.12万亿元新台阶`): the metric is before it.
    ("迈上", To::Not),
    ("跨上", To::Not),
    ("站上", To::Not),
    // `百亿级产业集群增至7个`: a count raised to a new level.
    ("增至", To::Up),
    // A growth to a new level (`…增长到`), as `增加到` is.
    ("增长到", To::Up),
    ("增长至", To::Up),
    // Per-head qualifiers of a standard: `提高到每人每月720元`.
    ("每人每月", To::Not),
    ("每人每年", To::Not),
    ("发展到", To::Not),
    ("保持在", To::Not),
    ("稳定在", To::Not),
    ("控制在", To::Not),
    ("比上年同期", To::Not),
    ("较上年同期", To::Not),
    ("比上年", To::Not),
    ("较上年", To::Not),
    // How a revenue's growth was counted (`同口径增长6.4%`, `自然增幅1.9%`):
    // the metric is the one before, not the basis.
    ("同口径", To::Not),
    ("自然增幅", To::Not),
    ("增幅", To::Not),
    ("达到", To::Not),
    ("增长", To::Not),
    ("下降", To::Not),
    ("减少", To::Not),
    ("降低", To::Not),
    ("提高", To::Not),
    ("增加", To::Not),
    ("提升", To::Not),
    ("上升", To::Not),
    ("上涨", To::Not),
    ("下跌", To::Not),
    // `粮食总产量达到612.8亿斤，增产9.4亿斤`: the output's gain.
    ("增产", To::Not),
    ("减产", To::Not),
    ("回落", To::Not),
    ("下滑", To::Not),
    // A rate's change of pace (`增速较上年加快0.8个百分点`).
    ("加快", To::Not),
    ("回升", To::Not),
    ("放缓", To::Not),
    ("跃居", To::Not),
    ("继续", To::Not),
    ("保持", To::Not),
    ("稳定", To::Not),
    ("降至", To::Down),
    ("降到", To::Down),
    ("实现", To::Not),
    ("位居", To::Not),
    ("位列", To::Not),
    ("稳居", To::Not),
    ("居", To::Not),
    // `列第47位` after a ranking entered: the place in it.
    ("列", To::Not),
    // A move in a ranking (`较上年前移2位`): of the metric ranked before.
    ("前移", To::Not),
    ("后移", To::Not),
    ("跃升", To::Not),
    ("后退", To::Not),
    ("全省", To::Not),
    // A league (盟) ranks its banners as a province ranks its cities.
    ("全盟", To::Not),
    ("全国", To::Not),
    ("同比", To::Not),
    // A quarter's change on the one before (`四季度环比增长2.2%`).
    ("环比", To::Not),
    ("年均", To::Not),
    ("平均为", To::Not),
    ("平均", To::Not),
    ("均为", To::Not),
    ("均", To::Not),
    ("为", To::Not),
    ("达", To::Not),
    ("晋升", To::Not),
    ("有望", To::Not),
    ("分别", To::Not),
    // `依次为13.5%、6.4%`: in order, as `分别` says.
    ("依次", To::Not),
    ("累计", To::Not),
    ("首次", To::Not),
    ("全部", To::Not),
    // `居民消费价格涨幅3%左右`: the rate of the price index.
    ("涨幅", To::Not),
    ("完成", To::Not),
    // Words governing a target (`预期控制在`, `争取达到8%`) are `verb`.
    ("预期", To::Not),
    ("争取", To::Not),
    ("力争", To::Not),
    ("确保", To::Not),
    ("努力", To::Not),
];

/// The words of [`TRAILING`] alone, in its order.
pub fn trailing_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| TRAILING.iter().map(|&(w, _)| w).collect())
}

/// The verbs of [`TRAILING`] that take a value to a new one in one of the
/// ways `to`.
pub fn changes_to(to: &'static [To]) -> impl Iterator<Item = (&'static str, To)> {
    changes()
        .iter()
        .copied()
        .filter(move |(_, t)| to.contains(t))
}

/// The verbs of change of [`TRAILING`] (all but [`To::Not`]), in its order:
/// a third of the list, and the rules that ask for them ask at every number.
fn changes() -> &'static [(&'static str, To)] {
    static WORDS: OnceLock<Vec<(&'static str, To)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        TRAILING
            .iter()
            .copied()
            .filter(|&(_, t)| t != To::Not)
            .collect()
    })
}

/// The first verb of [`changes_to`] `to` that `s` ends with. Every verb of
/// change ends in one of a few chars (`到`, `至`, `为`), and most texts a
/// rule asks about end in none of them: those are answered without
/// reading the list.
pub fn change_at_end(s: &str, to: &'static [To]) -> Option<(&'static str, To)> {
    static LASTS: OnceLock<Vec<char>> = OnceLock::new();
    let lasts = LASTS.get_or_init(|| {
        // Kept without a sort: a sort's code would weigh more in the
        // browser's build than the few chars it orders.
        let mut lasts: Vec<char> = Vec::new();
        for z in changes().iter().filter_map(|(w, _)| w.chars().next_back()) {
            if !lasts.contains(&z) {
                lasts.push(z);
            }
        }
        lasts
    });
    let last = s.chars().next_back()?;
    if !lasts.contains(&last) {
        return None;
    }
    changes_to(to).find(|(w, _)| super::chars::ends(s, w))
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
    pub fn new<'w>(mut groups: impl Iterator<Item = &'w [&'static str]>) -> Lexicon {
        Lexicon::of_groups(&mut groups)
    }

    /// [`Lexicon::new`], built once for every kind of list: a copy of it
    /// per caller weighed in the browser's build.
    fn of_groups(groups: &mut dyn Iterator<Item = &[&'static str]>) -> Lexicon {
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

    /// The entries of the words that start with `c`, in group order. Read
    /// lazily: the callers stop at the first word that matches, and finding
    /// where a common char's words end first (`新`, `全`: dozens of them)
    /// read them all once more.
    fn starting(&self, c: char) -> impl Iterator<Item = &(char, usize, &'static str)> {
        let b = bucket(c);
        let shared = &self.entries[self.starts[b] as usize..self.starts[b + 1] as usize];
        let from = shared.iter().position(|e| e.0 == c).unwrap_or(shared.len());
        shared[from..].iter().take_while(move |e| e.0 == c)
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
        // The text from `i` is found once, not once per word tried: units
        // and stops are asked at every number, and most first chars start
        // several words.
        let rest = c.bytes_from(i);
        self.starting(first)
            .map(|e| e.2)
            .find(|w| begins(rest, w.as_bytes()))
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
                    .any(|e| begins(&text.as_bytes()[i..], e.2.as_bytes()))
            })
            .map(|(i, _)| i)
    }

    /// Where the last word of each of the `N` groups starts in `text` (a
    /// byte index): [`Lexicon::last_in`] of each group's words alone, found
    /// in one pass back over `text`. `N` is the lexicon's number of groups.
    pub fn last_of_groups<const N: usize>(&self, text: &str) -> [Option<usize>; N] {
        let mut last = [None; N];
        let mut missing = N;
        for (i, c) in text.char_indices().rev() {
            if !self.may_start(c) {
                continue;
            }
            for e in self.starting(c) {
                let slot = &mut last[e.1];
                if slot.is_none() && begins(&text.as_bytes()[i..], e.2.as_bytes()) {
                    *slot = Some(i);
                    missing -= 1;
                }
            }
            if missing == 0 {
                break;
            }
        }
        last
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
    use super::{change_at_end, Lexicon, To, TRAILING};
    use crate::extract::chars::Chars;
    use crate::model::Span;

    /// Words of one group inside another's (`增长`, `增`), repeated, and
    /// texts with none: each group's last is its own list's.
    #[test]
    fn last_of_groups_answers_as_each_group_searched() {
        const GROUPS: [&[&str]; 3] = [&["增长", "提高"], &["下降", "增"], &["比重"]];
        let lexicon = Lexicon::new(GROUPS.into_iter());
        for text in [
            "",
            "比重增长",
            "增长5%下降比重增长",
            "提高提高",
            "增",
            "无关",
        ] {
            let want = GROUPS.map(|g| Lexicon::words(g).last_in(text));
            assert_eq!(lexicon.last_of_groups::<3>(text), want, "{text}");
        }
    }

    /// Every text that ends in a word of the list, and some that do not:
    /// the verb found is the first of the whole list's, in its order.
    #[test]
    fn change_at_end_answers_as_the_whole_list_read() {
        let mut texts: Vec<String> = TRAILING.iter().map(|(w, _)| format!("由5%{w}")).collect();
        texts.extend(["", "到", "达到", "增长", "由5%增至", "调整为"].map(String::from));
        for to in [&[To::Up, To::Down][..], &[To::Up, To::Down, To::Other]] {
            for s in &texts {
                let want = TRAILING
                    .iter()
                    .copied()
                    .filter(|(_, t)| to.contains(t))
                    .find(|(w, _)| s.ends_with(w));
                assert_eq!(change_at_end(s, to), want, "{s}");
            }
        }
    }

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

    #[test]
    fn a_trailing_word_that_ends_another_comes_after_it() {
        // Stripped in list order: `均` before `平均` would leave `X平`
        // of `X平均`.
        let words = super::trailing_words();
        for (i, w) in words.iter().enumerate() {
            for v in &words[i + 1..] {
                assert!(
                    !(v.len() > w.len() && v.ends_with(w)),
                    "{w} ends {v}, listed after it"
                );
            }
            assert!(!w.is_empty());
            assert_eq!(words.iter().filter(|x| *x == w).count(), 1, "{w} twice");
        }
    }
}
