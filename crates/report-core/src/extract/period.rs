//! Period and status from the text itself, where part headings are missing
//! or silent (INDICATORS.md, "Reports without headings, excerpts and
//! five-year reviews"): a paragraph's opening words say whether it reviews
//! last year, plans this year or looks back over several years, and that
//! holds for the paragraphs after it until another opening says otherwise.

use std::sync::OnceLock;

use super::chars::{begins, ends, fold_width, mentions, position, starts, Chars};
use super::cues;
use super::lexicon::{change_at_end, changes_to, To};
use super::number::{self, Form, Token};
use crate::model::Period;

/// What a run of paragraphs is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Last year's results (the review year).
    Review,
    /// This year's plans (the report year).
    Plan,
    /// A review of several years, `first..=last` (`"十三五"时期` is
    /// 2016–2020); `last` is `None` when the text does not say it.
    Years {
        first: Option<u16>,
        last: Option<u16>,
    },
}

/// The mode a paragraph's first sentence sets, if it sets one. `review` and
/// `report` are the years the report is known to review and plan for.
pub fn opening(head: &str, review: Option<u16>, report: Option<u16>) -> Option<Mode> {
    let head = head.trim_start();
    if let Some(years) = several_years(head, review) {
        return Some(years);
    }
    if cues::opens_review(head) {
        return Some(Mode::Review);
    }
    if cues::opens_plan(head) || cues::names_plan_list(head) {
        return Some(Mode::Plan);
    }
    let (year, rest) = cues::leading_year(head)?;
    if rest.starts_with(['，', ',']) && review.is_none_or(|r| r == year) {
        // `2024年，全市…`: the year's results.
        Some(Mode::Review)
    } else if report == Some(year) && !rest.starts_with(['，', ',']) {
        // `2025年是…` / `2025年全县…`: the report's own year.
        Some(Mode::Plan)
    } else {
        None
    }
}

/// The run of years a sentence opens with, if any: of [`opening`]'s modes
/// the one a later sentence of a paragraph may set, found without trying
/// the others (a review's or a plan's opening words, a leading year).
pub fn years_opening(head: &str, review: Option<u16>) -> Option<Mode> {
    several_years(head.trim_start(), review)
}

/// A five-year review's opening: `"十三五"时期`, `"十四五"以来`, `过去五年`,
/// `五年来`. A plan period `十N五` runs five years from 2006 + 5 (N − 11);
/// `以来` and the bare `五年` run to the review year.
fn several_years(head: &str, review: Option<u16>) -> Option<Mode> {
    let opening = chars_prefix(head, 12);
    let bare = opening.trim_start_matches(['“', '"', '「', '《']);
    if bare.starts_with("过去五年") || bare.starts_with("五年") {
        let first = review.and_then(|r| r.checked_sub(4));
        return Some(Mode::Years {
            first,
            last: review,
        });
    }
    if let Some(n) = span_of_years(bare).or_else(|| term_since(head)) {
        let first = review.and_then(|r| r.checked_sub(n - 1));
        return Some(Mode::Years {
            first,
            last: review,
        });
    }
    let plan = bare.strip_prefix('十')?;
    let n = plan.chars().next().and_then(crate::numerals::digit)?;
    let rest = plan[plan.chars().next()?.len_utf8()..].strip_prefix('五')?;
    let rest = rest.trim_start_matches(['”', '"', '」', '》']);
    let first = 2006 + 5 * (u16::try_from(n).ok()?.checked_sub(1)?);
    if rest.starts_with("以来") {
        Some(Mode::Years {
            first: Some(first),
            last: review,
        })
    } else if rest.starts_with("时期") || rest.starts_with("期间") {
        Some(Mode::Years {
            first: Some(first),
            last: Some(first + 4),
        })
    } else {
        None
    }
}

/// What ties a term's start to its length (`十二届人大一次会议以来的五年`).
const SINCE_THE: &str = "以来的";

/// The most chars of a paragraph's first clause read for [`SINCE_THE`]:
/// a congress's name and number fit well within it.
const TERM_OPENING_CHARS: usize = 30;

/// `自治区十二届人大一次会议以来的五年，…`: a government's term reviewed
/// from the congress that opened it, N years to the review year.
fn term_since(head: &str) -> Option<u16> {
    let opening = chars_prefix(head, TERM_OPENING_CHARS);
    let clause = opening.split(['，', ',', '。']).next()?;
    let at = position(clause, SINCE_THE)?;
    span_of_years(&format!("过去{}", &clause[at + SINCE_THE.len()..]))
}

/// The longest span of years a review may open with (`过去三年`, `十年来`).
const MOST_YEARS: u16 = 10;

/// `过去三年`, `三年来`: a review of the last N years (2 ≤ N ≤ 10) to the
/// review year, as a province reviews a government's term. Not a bare
/// `三年` (`三年行动`), which names a plan.
fn span_of_years(head: &str) -> Option<u16> {
    let rest = head.strip_prefix("过去").unwrap_or(head);
    let digits = rest.trim_start_matches(crate::numerals::is_numeral_char);
    let numeral = &rest[..rest.len() - digits.len()];
    let after = digits.strip_prefix('年')?;
    let opened = head.starts_with("过去") || after.starts_with('来');
    let n = u16::try_from(crate::numerals::parse(numeral)?).ok()?;
    (opened && (2..=MOST_YEARS).contains(&n)).then_some(n)
}

/// Words of an average over years (`年均增长6.9%`, `两年平均增长5.9%`).
const AVERAGE_WORDS: [&str; 2] = ["年均", "年平均"];

/// The words of a total since the work began ([`total_since_start`]).
const SINCE_START: &str = "累计";

/// What opens a baseline (`由2.31缩小到2.08`, `从…提升至…`).
const BASELINE_OPENERS: [char; 2] = ['由', '从'];

/// Which of the words the period rules look for a sentence holds, read
/// once for all its numbers: a rule about the words before a number cannot
/// hold in a sentence without them, as most are, and then no number's
/// window is read for them.
#[derive(Clone, Copy, Debug)]
pub struct Said {
    average: bool,
    total: bool,
    baseline: bool,
}

impl Said {
    pub fn new(sentence: &str) -> Said {
        Said {
            average: AVERAGE_WORDS.iter().any(|w| sentence.contains(w)),
            total: sentence.contains(SINCE_START),
            baseline: sentence.contains(BASELINE_OPENERS),
        }
    }

    /// [`averaged`], for a window of the sentence.
    pub fn averaged(self, before: &str) -> bool {
        self.average && averaged(before)
    }

    /// [`total_since_start`], for a window of the sentence.
    pub fn total_since_start(self, before: &str) -> bool {
        self.total && total_since_start(before)
    }

    /// [`one_year_baseline`], for a number of the sentence.
    pub fn one_year_baseline(
        self,
        c: &Chars,
        t: &Token,
        clause: usize,
        year: Option<u16>,
    ) -> Option<Period> {
        self.baseline
            .then(|| one_year_baseline(c, t, clause, year))
            .flatten()
    }
}

/// `比2015年增加1210多亿元`: a change since a year written before the
/// number spans the years since. `before`: its clause up to the number.
pub fn since_year(before: &str) -> bool {
    // `是2020年的1.4倍`: a multiple of a year's figure, as far.
    before
        .match_indices(['比', '较', '是'])
        .any(|(i, _)| cues::leading_year(&before[i + '比'.len_utf8()..]).is_some())
}

/// `比2019年增长8.1%` in a review of 2021: a change since a written year
/// before the one before `year` spans the years between, `history` in a
/// one-year part too (`比2020年增长` there is the year's own change).
pub fn since_earlier_year(before: &str, year: u16) -> bool {
    before.match_indices(['比', '较']).any(|(i, _)| {
        cues::leading_year(&before[i + '比'.len_utf8()..]).is_some_and(|(y, _)| y + 1 < year)
    })
}

/// What follows `年均` when it is a yearly mean of a level, not an average
/// over years (`PM2.5年均浓度降至29微克/立方米` is that year's).
const MEAN_LEVELS: [&str; 1] = ["浓度"];

/// A number its clause calls an average over years spans those years,
/// whatever part it is in. `before`: its clause up to the number.
pub fn averaged(before: &str) -> bool {
    // One pass over the few chars, each word tried only where a char it
    // starts with stands: a substring search per word set up for every
    // number cost more than the chars it reads, and so did a memchr per word.
    // The words' first chars are compared as chars (most chars start none),
    // the words in line (`strip_prefix` calls memcmp).
    static FIRSTS: OnceLock<Vec<char>> = OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        AVERAGE_WORDS
            .iter()
            .filter_map(|w| w.chars().next())
            .collect()
    });
    before.char_indices().any(|(i, ch)| {
        firsts.contains(&ch)
            && AVERAGE_WORDS.iter().any(|w| {
                let rest = &before[i..];
                begins(rest.as_bytes(), w.as_bytes())
                    && !MEAN_LEVELS.iter().any(|m| rest[w.len()..].starts_with(m))
            })
    })
}

/// Does `after` open with a verb that takes a baseline to its end value
/// (`lexicon::TRAILING`: `增加到`, `下降至`, `调整为`)?
fn opens_with_to_verb(after: &str) -> bool {
    changes_to(&[To::Up, To::Down, To::Other]).any(|(v, _)| starts(after, v))
}

/// The period of a number in a several-year review (`first..=last`):
/// a year written with it (`由2015年的1186亿元`) is its year; a number that
/// spans the years (`spans`: a rate of change, an average, a total) is
/// history; a baseline (`由X增加到`, `由` a few chars before it in its
/// clause, which starts at char `clause`) is the year before the first;
/// any other value is the last year's.
pub fn in_years(
    c: &Chars,
    t: &Token,
    clause: usize,
    spans: bool,
    years: (Option<u16>, Option<u16>),
) -> Period {
    let year = Period::from;
    if let Some(y) = dated(c, t.a) {
        return Period::Year(y);
    }
    if matches!(t.form, Form::Streak { multi_year: true }) || spans {
        return Period::History;
    }
    // A ratio's parts (`由14.2:45.6:40.2调整为…`) are dated as one: the
    // colons between them are clause marks, so read around the whole ratio.
    let (a, b, clause) = if t.ratio {
        let (a, b) = ratio_span(c, t.a, t.b);
        let head = c.str(a.saturating_sub(BASELINE_CHARS), a);
        let cut = head
            .rfind(['，', '；', '。'])
            .map_or(0, |i| head[..i].chars().count() + 1);
        (a, b, a.saturating_sub(BASELINE_CHARS) + cut)
    } else {
        (t.a, t.b, clause)
    };
    if baseline_at(c, a, b, clause) {
        year(years.0.and_then(|y| y.checked_sub(1)))
    } else {
        year(years.1)
    }
}

/// Is the value at chars `a..b` a baseline (`由X增加到Y`: `由` or `从` a few
/// chars before it in its clause, which starts at char `clause`, and a
/// verb taking it to its end value right after)?
fn baseline_at(c: &Chars, a: usize, b: usize, clause: usize) -> bool {
    let after = c.str(b, c.len().min(b + 3));
    // Every number asks: a look at the few chars, not a substring search
    // set up per number.
    let from = clause.max(a.saturating_sub(BASELINE_CHARS)).min(a);
    let window = c.cs.get(from..a).unwrap_or_default();
    window.iter().any(|ch| BASELINE_OPENERS.contains(ch)) && opens_with_to_verb(after)
}

/// The period of a baseline in a one-year review or plan (`由上年的61%提升至
/// 68%`, `人均停留天数由1.6天延长至2.1天`): the year before `year`, whose
/// level the change starts from (docs/scheme.md, rule 4 of "Period and
/// status"); `None` for a number that is no baseline or whose year is
/// written. A ratio's parts are
/// not asked (their colons cut the clause).
pub fn one_year_baseline(c: &Chars, t: &Token, clause: usize, year: Option<u16>) -> Option<Period> {
    // A baseline with its year written (`由2018年的870亿元`) is left as a
    // one-year part dates its other numbers.
    (!t.ratio && dated(c, t.a).is_none() && baseline_at(c, t.a, t.b, clause))
        .then(|| Period::from(year.and_then(|y| y.checked_sub(1))))
}

/// The chars of a whole ratio around one of its parts: digits, points and
/// the marks between parts.
fn ratio_span(c: &Chars, mut a: usize, mut b: usize) -> (usize, usize) {
    let part = |ch: char| ch.is_ascii_digit() || ch == '.' || number::RATIO_MARKS.contains(&ch);
    while a > 0 && part(c.cs[a - 1]) {
        a -= 1;
    }
    while c.get(b).is_some_and(part) {
        b += 1;
    }
    (a, b)
}

/// How far before a baseline its `由` or `从` may stand (`由2015年的1186亿元`).
const BASELINE_CHARS: usize = 12;

/// `2020年的2415亿元`: the year written just before a number.
fn dated(c: &Chars, a: usize) -> Option<u16> {
    let from = a.checked_sub(6)?;
    // `是2020年的1.4倍`: the year of a multiple's base, which spans the
    // years from it ([`since_year`]).
    if from > 0 && c.cs[from - 1] == '是' {
        return None;
    }
    let s = c.str(from, a);
    let year = s.strip_suffix("年的")?;
    let year: String = year.chars().map(fold_width).collect();
    year.parse().ok().filter(|y| (1900..2100).contains(y))
}

/// Words of a total over a several-year review: `累计`, and the span of a
/// five-year review before what was done in it (`五年新建改建农村公路862公里，
/// 建成美丽乡村示范村48个`), but not a plan's name (`五年行动`, `五年规划`) nor
/// a span that only opens the sentence (`五年间，…比重达到10.8%` and `五年来`
/// date its end values as any five-year opening does).
const TOTAL_WORDS: [&str; 4] = ["累计", "五年", "三年", "四年"];
const NOT_TOTAL_AFTER: [&str; 6] = ["规划", "计划", "行动", "前", "间", "来"];
/// Before `三年`: a streak's length (`连续三年`), an ordinal (`第三年`) or a
/// longer numeral (`十三年`), no span of the review.
const NOT_SPAN_AFTER: [char; 4] = ['续', '第', '十', '近'];

/// Where a sentence says its numbers are totals over the years: from each
/// such word's last char to the end of the sentence (`累计`) or of its `；`
/// item (`五年新建…；森林覆盖率由56.3%提高到61.8%` ends at the `；`). Every
/// such word counts: `五年累计实施…；五年新建…，累计新增…` has three.
pub fn totals(c: &Chars) -> Totals {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // The next `；` at or after the word, found once for all words before it.
    let mut semicolon = 0;
    let mut i = 1;
    while i < c.len() {
        // The second char first: a plain comparison on most chars.
        let word = matches!(c.cs[i], '计' | '年')
            && TOTAL_WORDS.iter().any(|w| c.starts_with(i - 1, w))
            && !NOT_TOTAL_AFTER.iter().any(|n| c.starts_with(i + 1, n))
            && !(i >= 2 && c.cs[i] == '年' && NOT_SPAN_AFTER.contains(&c.cs[i - 2]));
        if !word {
            i += 1;
            continue;
        }
        let until = if c.cs[i] == '计' {
            c.len()
        } else {
            if semicolon < i {
                semicolon = (i..c.len())
                    .find(|&j| matches!(c.cs[j], '；' | ';'))
                    .unwrap_or(c.len());
            }
            semicolon
        };
        spans.push((i, until));
        if until == c.len() {
            break;
        }
        // Spans are found left to right, each from its word on: the next
        // word is looked for after this one, never before.
        i += 1;
    }
    Totals(spans)
}

/// The spans of a sentence that are totals, in order of their start; their
/// ends never decrease (each ends at the `；` or the sentence end after it).
pub struct Totals(Vec<(usize, usize)>);

impl Totals {
    /// Is char `i` inside a total's span (after its word)? Only the last
    /// span starting before `i` need be asked: no earlier one ends later.
    pub fn cover(&self, i: usize) -> bool {
        let k = self.0.partition_point(|&(a, _)| a < i);
        k > 0 && i < self.0[k - 1].1
    }
}

/// Words after a count that say all of them are done by the end of a
/// several-year review (`38个贫困村全部出列`, `1.96万贫困人口全部脱贫`): a
/// total over the years. `after`: its clause after the number.
pub fn all_done(after: &str) -> bool {
    mentions(after, "全部")
}

/// How far before a number its `累计` is read (`累计治理面积达到`: 8 chars):
/// a bounded window, so that a long clause costs no more per number.
pub const TOTAL_CHARS: usize = 16;

/// Verbs after which a value is the level reached (`粮食产量达到612亿斤`),
/// besides the verbs of change to a new value (`lexicon::TRAILING`).
const REACHED: [&str; 2] = ["达到", "达"];

/// Is the number after `before` (its clause up to it) a level reached in a
/// clause without a total of its own (`森林覆盖率提高到44.6%`, not
/// `累计治理面积达到318平方公里`)?
pub fn reached_alone(before: &str) -> bool {
    let reached = REACHED.iter().any(|w| ends(before, w)) || opens_with_to_verb_at_end(before);
    reached && !mentions(before, "累计")
}

/// Does `before` end with a verb that takes a value to a new level?
fn opens_with_to_verb_at_end(before: &str) -> bool {
    change_at_end(before, &[To::Up, To::Down]).is_some()
}

/// Is the number `t` a baseline (`由4个增加到7个`) in a clause without a
/// total of its own (`before`: its clause up to it)? Dated as a baseline,
/// the year before the period, though the paragraph opened with a total
/// (`五年来，累计…；省级以上工业园区由4个增加到7个`), as its end value is.
pub fn baseline_alone(c: &Chars, t: &Token, clause: usize, before: &str) -> bool {
    baseline_at(c, t.a, t.b, clause) && !before.contains("累计")
}

/// Words that keep a total within its year (`全年累计接待游客`).
const WITHIN_THE_YEAR: [&str; 3] = ["全年", "当年", "今年"];

/// `累计治理面积达到318平方公里` in a one-year review: a total since the work
/// began spans years (`history`), unless its clause keeps it to the year.
/// `before`: the number's clause up to it.
pub fn total_since_start(before: &str) -> bool {
    mentions(before, SINCE_START) && !WITHIN_THE_YEAR.iter().any(|w| mentions(before, w))
}

/// A paragraph that opens with a total (`五年累计…`, `累计…`): every number
/// in it spans the years.
pub fn opens_with_total(head: &str) -> bool {
    mentions(chars_prefix(head.trim_start(), 6), "累计")
}

/// The first `n` chars of `s`, borrowed: read once per paragraph, where
/// a copy cost more than the test on it.
fn chars_prefix(s: &str, n: usize) -> &str {
    // Counted by the bytes that start a char (all but 0x80..=0xBF), not
    // by decoding: this is asked of every paragraph.
    // A plain loop: the iterator chain was a call per byte in the
    // size-optimised build.
    let mut seen = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if !(0x80..0xC0).contains(&b) {
            if seen == n {
                return &s[..i];
            }
            seen += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{
        averaged, chars_prefix, one_year_baseline, opening, since_year, total_since_start,
        years_opening, Mode, Said, AVERAGE_WORDS, MEAN_LEVELS,
    };
    use crate::extract::chars::{clause_start, Chars};
    use crate::extract::number;
    use crate::model::Span;

    /// Openings of every mode and none: the run of years found alone is
    /// the one `opening` finds, and only that.
    #[test]
    fn years_opening_answers_as_opening_for_runs_of_years() {
        for head in [
            "“十三五”时期，全市…",
            "十四五以来",
            " 过去五年，我们…",
            "五年来，",
            "过去三年",
            "2024年，全市地区生产总值…",
            "2025年是…",
            "过去一年，",
            "主要预期目标是：",
            "新建项目5个",
            "",
        ] {
            for review in [None, Some(2024)] {
                let want =
                    opening(head, review, Some(2025)).filter(|m| matches!(m, Mode::Years { .. }));
                assert_eq!(years_opening(head, review), want, "{head}");
            }
        }
    }

    /// Sentences with and without the words: every window of each, and
    /// every number, is answered as the rule alone answers it.
    #[test]
    fn said_answers_as_the_rules_read_alone() {
        for sentence in [
            "年均增长6.9%，累计新增就业1.2万人",
            "全年累计完成投资86亿元，比重由2.31缩小到2.08",
            "城乡居民收入比从2.5下降至2.3，今年累计8个",
            "新建项目1个，新建项目2个",
            "PM2.5年平均浓度降至29微克/立方米",
        ] {
            let said = Said::new(sentence);
            let at: Vec<usize> = sentence
                .char_indices()
                .map(|(i, _)| i)
                .chain([sentence.len()])
                .collect();
            for &a in &at {
                for &b in at.iter().filter(|&&b| b >= a) {
                    let window = &sentence[a..b];
                    assert_eq!(said.averaged(window), averaged(window), "{window}");
                    let total = total_since_start(window);
                    assert_eq!(said.total_since_start(window), total, "{window}");
                }
            }
            let c = Chars::new(sentence, Span::new(0, sentence.len()));
            for t in number::scan(&c) {
                let cs = clause_start(&c, t.a);
                let want = one_year_baseline(&c, &t, cs, Some(2024));
                assert_eq!(said.one_year_baseline(&c, &t, cs, Some(2024)), want);
            }
        }
    }

    #[test]
    fn averaged_answers_as_a_search_per_word() {
        let by_search = |before: &str| {
            AVERAGE_WORDS.iter().any(|w| {
                before.match_indices(w).any(|(i, _)| {
                    let after = &before[i + w.len()..];
                    !MEAN_LEVELS.iter().any(|m| after.starts_with(m))
                })
            })
        };
        for before in [
            "",
            "年均增长",
            "两年平均增长",
            "PM2.5年均浓度降至",
            "年均浓度和年均增长",
            "年年均",
            "全年",
            "年",
            "平均",
        ] {
            assert_eq!(averaged(before), by_search(before), "{before}");
        }
        assert!(averaged("年均浓度和年均增长"));
        assert!(!averaged("PM2.5年均浓度降至"));
    }

    #[test]
    fn a_prefix_of_chars_answers_as_counted_by_chars() {
        for s in ["", "过去五年", "“十三五”时期ab", "a过b去"] {
            for n in 0..8 {
                let want = s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i]);
                assert_eq!(chars_prefix(s, n), want, "{s} {n}");
            }
        }
    }

    #[test]
    fn a_change_since_a_written_year_spans_the_years() {
        assert!(since_year("比2015年增加"));
        assert!(since_year("收入较２０１５年增长"));
        assert!(!since_year("比上年增长"));
        assert!(!since_year("占比2015"));
        assert!(since_year("是2020年的"));
    }

    #[test]
    fn openings_set_the_mode() {
        let review = Some(2024);
        let report = Some(2025);
        let at = |head| opening(head, review, report);
        assert_eq!(at("过去一年，我们…"), Some(Mode::Review));
        assert_eq!(at("2024年，全县上下…"), Some(Mode::Review));
        assert_eq!(at("2025年全县发展的总体要求是："), Some(Mode::Plan));
        assert_eq!(at("主要预期目标是：生产总值增长6%"), Some(Mode::Plan));
        assert_eq!(at("今年，我们将…"), Some(Mode::Plan));
        assert_eq!(at("工业方面，…"), None);
        assert_eq!(
            at("“十三五”时期是不平凡的五年。"),
            Some(Mode::Years {
                first: Some(2016),
                last: Some(2020)
            })
        );
        assert_eq!(
            at("“十四五”以来，全县…"),
            Some(Mode::Years {
                first: Some(2021),
                last: Some(2024)
            })
        );
        assert_eq!(
            at("过去三年，我们…"),
            Some(Mode::Years {
                first: Some(2022),
                last: Some(2024)
            })
        );
        assert_eq!(
            at("三年来，全县…"),
            Some(Mode::Years {
                first: Some(2022),
                last: Some(2024)
            })
        );
        assert_eq!(at("三年行动计划…"), None);
        assert_eq!(
            at("省十三届人大一次会议以来的五年，是…"),
            Some(Mode::Years {
                first: Some(2020),
                last: Some(2024)
            })
        );
        assert_eq!(at("会议以来的工作，…"), None);
        assert_eq!(
            at("过去五年，…"),
            Some(Mode::Years {
                first: Some(2020),
                last: Some(2024)
            })
        );
    }
}
