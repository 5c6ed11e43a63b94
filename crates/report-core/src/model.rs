//! The data model: a report's metadata, structure and indicators.
//!
//! Field names and values follow the coding scheme (`docs/scheme.md`) exactly,
//! because the JSON and CSV exports and the command-line tool print them as
//! they are.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::coded::coded;

/// A half-open byte range `[start, end)` into the UTF-8 source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The slice of `text` this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// What the report says about itself, and where it came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The city, e.g. `牡丹江市`; empty when neither the text nor the caller names it.
    pub city: String,
    /// The level of government (`province`, `city`, `county`, `district`:
    /// `ingest::Level`'s ids), from the caller or the place's name; empty
    /// when neither says.
    #[serde(default)]
    pub level: String,
    /// The year the report plans for (its tasks part), e.g. 2024.
    pub report_year: Option<u16>,
    /// The year the report reviews, e.g. 2023.
    pub review_year: Option<u16>,
    pub title: String,
    /// Where the text came from: a file name or a publication.
    pub source: String,
    /// The report's id, the same for the same text in any file
    /// (`ingest::report_id`): how a link and a panel name a report.
    #[serde(default)]
    pub id: String,
}

coded! {
    /// The topic of a fact: the twelve sectors of the scheme.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Sector {
        Macro = ("macro", "宏观经济", "Macroeconomy"),
        Industry = ("industry", "工业", "Industry"),
        Innovation = ("innovation", "科技创新", "Innovation"),
        Agriculture = ("agriculture", "农业农村", "Agriculture & rural"),
        Consumption = ("consumption", "消费文旅", "Consumption & tourism"),
        Investment = ("investment", "招商项目", "Investment & projects"),
        Opening = ("opening", "对外开放", "Opening up"),
        Reform = ("reform", "改革营商", "Reform & business"),
        Environment = ("environment", "生态环保", "Environment"),
        Safety = ("safety", "安全稳定", "Safety & stability"),
        Livelihood = ("livelihood", "民生保障", "Livelihood"),
        Government = ("government", "政府建设", "Government"),
    }
}

coded! {
    /// How the stated value bounds the true one. The ids are the scheme's
    /// codes; serde writes the same (a test checks).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Comparator {
        /// Plain, 达到, 为, 降至.
        #[default]
        #[serde(rename = "")]
        Exact = "",
        /// 以上, 突破, 超过, 不低于, 余.
        #[serde(rename = ">=")]
        AtLeast = ">=",
        /// 以内, 以下, 控制在, 不超过.
        #[serde(rename = "<=")]
        AtMost = "<=",
        /// 左右, 约.
        #[serde(rename = "~")]
        About = "~",
    }
}

coded! {
    /// What a comparator makes of a value, as a researcher codes targets:
    /// a floor (以上), a ceiling (以内), an approximate value (左右) or a
    /// plain one. The filter panel's facet and the link's `bound` key.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Bound {
        Floor = ("floor", "以上（下限）", "Floor (at least)"),
        Ceiling = ("ceiling", "以内（上限）", "Ceiling (at most)"),
        About = ("about", "左右（约数）", "About"),
        Plain = ("plain", "确数", "Plain"),
    }
}

coded! {
    /// The governing word of a value as written (`verb`), or none: the
    /// filter panel's facet and the link's `verb` key.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Verb {
        Ensure = ("ensure", "确保", "Ensure 确保"),
        Strive = ("strive", "力争", "Strive 力争"),
        Seek = ("seek", "争取", "Seek 争取"),
        Endeavour = ("endeavour", "努力", "Endeavour 努力"),
        Expected = ("expected", "预期", "Expected 预期"),
        Estimated = ("estimated", "预计", "Estimated 预计"),
        Likely = ("likely", "有望", "Likely 有望"),
        None = ("none", "无", "None"),
    }
}

impl Verb {
    /// The facet value of an indicator's `verb` field.
    pub fn of(word: &str) -> Verb {
        Verb::ALL
            .into_iter()
            .find(|v| v.zh() == word)
            .unwrap_or(Verb::None)
    }
}

impl From<Comparator> for Bound {
    /// As written: `减少60%以上` is a floor on the reduction.
    fn from(c: Comparator) -> Bound {
        match c {
            Comparator::AtLeast => Bound::Floor,
            Comparator::AtMost => Bound::Ceiling,
            Comparator::About => Bound::About,
            Comparator::Exact => Bound::Plain,
        }
    }
}

impl Comparator {
    /// The comparator of the value with its direction's sign applied: a
    /// fall of at least 60% (`减少60%以上`, value 60, `>=`, down) is a
    /// change of at most −60%, so a bound flips when the value is negated.
    pub fn signed(self, direction: Direction) -> Comparator {
        match (self, direction) {
            (Comparator::AtLeast, Direction::Down) => Comparator::AtMost,
            (Comparator::AtMost, Direction::Down) => Comparator::AtLeast,
            (c, _) => c,
        }
    }

    /// The sign a reader expects before the value: `≥ 6%`.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Exact => "",
            Comparator::AtLeast => "≥",
            Comparator::AtMost => "≤",
            Comparator::About => "≈",
        }
    }
}

coded! {
    /// Whether a fact was achieved, is estimated, or is a goal.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Status {
        Actual = ("actual", "实绩", "Result"),
        Estimate = ("estimate", "预计", "Estimate"),
        Target = ("target", "目标", "Target"),
    }
}

coded! {
    /// The direction of a growth fact; `None` for every other kind.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Direction {
        #[default]
        #[serde(rename = "")]
        None = "",
        Up = "up",
        Down = "down",
    }
}

coded! {
    /// What sort of quantity a number is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Kind {
        Growth = ("growth", "增速", "Growth"),
        Level = ("level", "总量", "Level"),
        Count = ("count", "数量", "Count"),
        Share = ("share", "比例", "Share"),
        Rank = ("rank", "排名", "Rank"),
        Streak = ("streak", "连续", "Streak"),
    }
}

pub use crate::text::Text;

/// The year a fact is about (docs/scheme.md, "period"). Written as its id
/// wherever the scheme is text (JSON, CSV, the URL hash): `"2023"`,
/// `"history"`, or `""` when the text gives no year. Ordered as a reader
/// lists them: unknown, the years in order, history last.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// The text gives no year for it.
    #[default]
    Unknown,
    Year(u16),
    /// It spans years: 连续12年, a five-year total, an average.
    History,
}

impl Period {
    /// The period with this id (`"2023"`, `"history"`, `""`), if any.
    pub fn from_id(id: &str) -> Option<Period> {
        match id {
            "" => Some(Period::Unknown),
            "history" => Some(Period::History),
            _ if id.len() == 4 && id.bytes().all(|b| b.is_ascii_digit()) => {
                id.parse().ok().map(Period::Year)
            }
            _ => None,
        }
    }

    pub fn year(self) -> Option<u16> {
        match self {
            Period::Year(y) => Some(y),
            _ => None,
        }
    }
}

impl From<Option<u16>> for Period {
    fn from(year: Option<u16>) -> Period {
        year.map_or(Period::Unknown, Period::Year)
    }
}

/// The id.
impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Unknown => Ok(()),
            Period::Year(y) => write!(f, "{y}"),
            Period::History => f.write_str("history"),
        }
    }
}

/// Compares with an id, so a test can say `period == "2023"`.
impl PartialEq<&str> for Period {
    fn eq(&self, id: &&str) -> bool {
        Period::from_id(id) == Some(*self)
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        let id = Cow::<'de, str>::deserialize(d)?;
        Period::from_id(&id).ok_or_else(|| {
            serde::de::Error::custom(format!("period {id:?}: a year, \"history\" or \"\""))
        })
    }
}

/// One number in the report that measures something, coded by the scheme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// Stable within a report: the sentence id and the number's order in it (`s42-3`).
    pub id: Text,
    /// The id of the sentence the number sits in (`s42`).
    pub sentence: Text,
    /// The exact text of the number with its unit and modifier: `7%以上`.
    pub raw: Text,
    /// Byte offsets of `raw` in the source text.
    pub start: usize,
    pub end: usize,
    /// The number as written: `38.2` for `38.2万亩`, 20 for `二十连丰`.
    pub value: f64,
    pub unit: Text,
    /// The upper end of a range (`增长5%—6%`: `value` 5, `value_high` 6);
    /// absent for a single number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_high: Option<f64>,
    pub comparator: Comparator,
    /// The word that governs a target or estimate as written (`确保`,
    /// `力争`, `争取`, `努力`, `预期`, `预计`, `有望`), or empty.
    #[serde(default)]
    pub verb: Text,
    /// The year the fact is about, or history (it spans years).
    pub period: Period,
    pub status: Status,
    pub direction: Direction,
    pub kind: Kind,
    /// The metric measured: `规上工业增加值`.
    pub subject: Text,
    /// The reviewed English name of `subject`, where the glossary has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_en: Option<Text>,
    pub sector: Sector,
    /// The heading path: `一、2023年工作回顾 > 二是农业发展稳中有进`.
    pub section: Text,
}

impl Indicator {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde's renames and the ids are written in two places for the sets
    /// that serialise; they must agree, since JSON, CSV and the hash meet.
    #[test]
    fn serde_writes_every_id() {
        fn check<T: Serialize + Copy>(all: &[T], id: impl Fn(T) -> &'static str) {
            for &x in all {
                assert_eq!(serde_json::to_string(&x).unwrap(), format!("\"{}\"", id(x)));
            }
        }
        check(&Sector::ALL, Sector::id);
        check(&Comparator::ALL, Comparator::id);
        check(&Status::ALL, Status::id);
        check(&Direction::ALL, Direction::id);
        check(&Kind::ALL, Kind::id);
    }

    #[test]
    fn ids_read_back_and_unknown_ids_do_not() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_id(s.id()), Some(s));
        }
        assert_eq!(Kind::from_id("growth"), Some(Kind::Growth));
        assert_eq!(Status::from_id("Target"), None);
        assert_eq!(Comparator::from_id(">="), Some(Comparator::AtLeast));
        assert_eq!(Status::Estimate.zh(), "预计");
        assert_eq!(Kind::Share.en(), "Share");
    }
}
