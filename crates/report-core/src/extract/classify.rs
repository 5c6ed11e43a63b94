//! Kind and direction of a number, from its form, unit and the verb before
//! it; status and period from the part of the report it sits in.

use std::sync::OnceLock;

use super::chars::{ends, is_digit, mentions, starts, Chars};
use super::cues;
use super::lexicon::{change_at_end, Lexicon, To};
use super::number::{Form, Token, RANK_MOVES};
use super::unit;
use crate::model::{Direction, Kind, Period, Status};

const UP: [&str; 15] = [
    "增长", "提高", "增加", "提升", "上升", "增速", "增幅", "上涨", "递增", "涨幅", "高于", "快于",
    "高出", "加快", "回升",
];
const DOWN: [&str; 10] = [
    "下降", "减少", "降低", "下滑", "回落", "压减", "下跌", "低于", "慢于", "放缓",
];

/// Words that name a proportion (`比重`, `占比`).
const SHARE_NAMES: [&str; 3] = ["比重", "占比", "比例"];

/// `降幅收窄5.6个百分点`: a rate's change told by its gap to zero.
const NARROWED: &str = "收窄";

/// `比全省平均高0.6个百分点`, `较全国低0.3个百分点`: a gap to a benchmark
/// written `比…高` / `比…低` right before the number, a change the
/// benchmark's way. `window`: the chars before the number.
fn benchmark_gap(window: &str) -> Option<Direction> {
    let compared = window.contains(['比', '较']);
    if !compared {
        return None;
    }
    if window.ends_with('高') || window.ends_with('快') {
        Some(Direction::Up)
    } else if window.ends_with('低') || window.ends_with('慢') {
        Some(Direction::Down)
    } else {
        None
    }
}

/// [`UP`], [`DOWN`] and [`SHARE_NAMES`] as three groups, indexed: one
/// pass back over a rate's window finds the last word of each, where a
/// search per word cost more than all the rest of a number's coding, and a
/// pass per list three times one.
fn rate_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::new([&UP[..], &DOWN, &SHARE_NAMES].into_iter()))
}

/// `window`: the few chars before the (list's first) number.
pub fn kind(t: &Token, window: &str) -> (Kind, Direction) {
    match t.form {
        // `上升3位`: a move in a ranking goes the verb's way.
        // `由第86位上升到第71位`: the place a move reached goes its way too.
        Form::Rank => match RANK_MOVES
            .iter()
            .find(|w| window.trim_end_matches(['到', '至']).ends_with(*w))
        {
            Some(&("下降" | "后退")) => (Kind::Rank, Direction::Down),
            Some(_) => (Kind::Rank, Direction::Up),
            None => (Kind::Rank, Direction::None),
        },
        Form::Streak { .. } => (Kind::Streak, Direction::None),
        Form::Digits => (Kind::Growth, Direction::Up),
        Form::Quantity if unit::is_ratio(&t.unit) => {
            // 提高到30% states a level reached, not a change.
            let reached = window.ends_with('到') || window.ends_with('至');
            let [up, down, named_share] = rate_words()
                .last_of_groups(window)
                .map(|at| at.map_or(-1, |i| i as i64));
            // `增长14.3%，占规上工业增加值比重为32.5%`: a share named after
            // the last verb of change is what the number is.
            let share_after = named_share > up.max(down) && t.unit != "个百分点";
            if reached || share_after {
                (Kind::Share, Direction::None)
            } else if mentions(window, NARROWED) {
                // A fall that narrows is a rate going up; a rise that
                // narrows, one going down.
                let fall = mentions(window, "降幅");
                (
                    Kind::Growth,
                    if fall { Direction::Up } else { Direction::Down },
                )
            } else if let Some(d) = benchmark_gap(window) {
                (Kind::Growth, d)
            } else if up < 0 && down < 0 {
                // Points are always a difference of two rates
                // (`降幅收窄3.2个百分点`), whatever way the words leave it.
                let points = t.unit == "个百分点";
                let kind = if points { Kind::Growth } else { Kind::Share };
                (kind, Direction::None)
            } else if down > up {
                (Kind::Growth, Direction::Down)
            } else {
                (Kind::Growth, Direction::Up)
            }
        }
        Form::Quantity if unit::is_count(&t.unit) => (Kind::Count, Direction::None),
        Form::Quantity => (Kind::Level, Direction::None),
    }
}

/// What may stand between such a verb and its value: a rate's base
/// (`提高到每人每年670元`) or the value's year (`增加到2024年的3128亿元`).
const BETWEEN: [&str; 6] = ["每人每月", "每人每年", "每人", "每年", "每月", "每户"];

/// The direction of a value reached by a change (`由X增加到Y`, a bare
/// `提高到Y`): the verb's. `before`: the clause up to the (list's first) value.
pub fn reached(before: &str) -> Direction {
    let mut s = before;
    if let Some(year) = s.strip_suffix("年的") {
        let digits: Vec<usize> = year
            .chars()
            .rev()
            .take(5)
            .take_while(|&c| is_digit(c))
            .map(char::len_utf8)
            .collect();
        if digits.len() == 4 {
            s = &year[..year.len() - digits.iter().sum::<usize>()];
        }
    }
    if let Some(w) = BETWEEN.iter().find(|w| ends(s, w)) {
        s = &s[..s.len() - w.len()];
    }
    match change_at_end(s, &[To::Up, To::Down]) {
        Some((_, To::Up)) => Direction::Up,
        Some(_) => Direction::Down,
        None => Direction::None,
    }
}

/// A clause that only raises the aim of the number before it
/// (`增长7%以上，争取达到8%`): its rate is the same kind of fact.
pub fn raises_the_aim(clause_before: &str) -> bool {
    let s = clause_before
        .trim_end_matches(['到', '至'])
        .trim_end_matches("达");
    ["争取", "力争", "努力", "确保"].contains(&s)
}

/// Which part of the report a sentence belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Review,
    Plan,
}

/// `预计` opening a sentence governs its whole list; `预计` / `有望` inside a
/// clause governs that clause (`hedged`: one stands between the clause's
/// start and the number, see [`Hedges`]).
pub fn status(part: Part, sentence_estimate: bool, hedged: bool) -> Status {
    match part {
        Part::Plan => Status::Target,
        Part::Review if sentence_estimate || hedged => Status::Estimate,
        Part::Review => Status::Actual,
    }
}

/// Where `预计` and `有望` start in a sentence, ascending. Found once per
/// sentence: searching the clause text again for every number in it would
/// cost the clause's length per number.
pub struct Hedges(Vec<usize>);

const HEDGES: [&str; 2] = ["预计", "有望"];

impl Hedges {
    pub fn new(c: &Chars) -> Hedges {
        Hedges(
            (0..c.len())
                .filter(|&i| matches!(c.cs[i], '预' | '有') && c.word_at(i, &HEDGES).is_some())
                .collect(),
        )
    }

    /// True when a hedge lies wholly within chars `a..b`. Both words are two
    /// chars and share none, so the first one at or after `a` ends first.
    pub fn within(&self, a: usize, b: usize) -> bool {
        let k = self.0.partition_point(|&i| i < a);
        self.0.get(k).is_some_and(|&i| i + 2 <= b)
    }
}

pub fn opens_with_estimate(sentence: &str) -> bool {
    let s =
        ["全年", "今年", "全市", "初步"]
            .iter()
            .fold(cues::past_year_opener(sentence), |s, w| {
                if starts(s, w) {
                    &s[w.len()..]
                } else {
                    s
                }
            });
    s.starts_with("预计") || s.starts_with("初步预计")
}

/// `year`: the sentence's year, if known.
pub fn period(t: &Token, year: Option<u16>) -> Period {
    match t.form {
        Form::Streak { multi_year: true } => Period::History,
        _ => Period::from(year),
    }
}
