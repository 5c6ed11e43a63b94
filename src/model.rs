//! The data model: a report's metadata, structure and indicators.
//!
//! Field names and values follow the coding scheme (`docs/scheme.md`) exactly,
//! because the JSON and CSV exports and the command-line tool print them as
//! they are.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

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
    /// The year the report plans for (its tasks part), e.g. 2024.
    pub report_year: Option<u16>,
    /// The year the report reviews, e.g. 2023.
    pub review_year: Option<u16>,
    pub title: String,
    /// Where the text came from: a file name or a publication.
    pub source: String,
}

/// The topic of a fact: the twelve sectors of the scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sector {
    Macro,
    Industry,
    Innovation,
    Agriculture,
    Consumption,
    Investment,
    Opening,
    Reform,
    Environment,
    Safety,
    Livelihood,
    Government,
}

impl Sector {
    pub const ALL: [Sector; 12] = [
        Sector::Macro,
        Sector::Industry,
        Sector::Innovation,
        Sector::Agriculture,
        Sector::Consumption,
        Sector::Investment,
        Sector::Opening,
        Sector::Reform,
        Sector::Environment,
        Sector::Safety,
        Sector::Livelihood,
        Sector::Government,
    ];

    /// The scheme's id, as used in JSON, CSV and the URL hash.
    pub fn id(self) -> &'static str {
        match self {
            Sector::Macro => "macro",
            Sector::Industry => "industry",
            Sector::Innovation => "innovation",
            Sector::Agriculture => "agriculture",
            Sector::Consumption => "consumption",
            Sector::Investment => "investment",
            Sector::Opening => "opening",
            Sector::Reform => "reform",
            Sector::Environment => "environment",
            Sector::Safety => "safety",
            Sector::Livelihood => "livelihood",
            Sector::Government => "government",
        }
    }

    pub fn from_id(id: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn zh(self) -> &'static str {
        match self {
            Sector::Macro => "宏观经济",
            Sector::Industry => "工业",
            Sector::Innovation => "科技创新",
            Sector::Agriculture => "农业农村",
            Sector::Consumption => "消费文旅",
            Sector::Investment => "招商项目",
            Sector::Opening => "对外开放",
            Sector::Reform => "改革营商",
            Sector::Environment => "生态环保",
            Sector::Safety => "安全稳定",
            Sector::Livelihood => "民生保障",
            Sector::Government => "政府建设",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Sector::Macro => "Macroeconomy",
            Sector::Industry => "Industry",
            Sector::Innovation => "Innovation",
            Sector::Agriculture => "Agriculture & rural",
            Sector::Consumption => "Consumption & tourism",
            Sector::Investment => "Investment & projects",
            Sector::Opening => "Opening up",
            Sector::Reform => "Reform & business",
            Sector::Environment => "Environment",
            Sector::Safety => "Safety & stability",
            Sector::Livelihood => "Livelihood",
            Sector::Government => "Government",
        }
    }
}

/// How the stated value bounds the true one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparator {
    /// Plain, 达到, 为, 降至.
    #[default]
    #[serde(rename = "")]
    Exact,
    /// 以上, 突破, 超过, 不低于, 余.
    #[serde(rename = ">=")]
    AtLeast,
    /// 以内, 以下, 控制在, 不超过.
    #[serde(rename = "<=")]
    AtMost,
    /// 左右, 约.
    #[serde(rename = "~")]
    About,
}

impl Comparator {
    /// The scheme's code: `""`, `">="`, `"<="` or `"~"`.
    pub fn code(self) -> &'static str {
        match self {
            Comparator::Exact => "",
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
            Comparator::About => "~",
        }
    }

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

/// Whether a fact was achieved, is estimated, or is a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Actual,
    Estimate,
    Target,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Estimate => "estimate",
            Status::Target => "target",
        }
    }
}

/// The direction of a growth fact; `None` for every other kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    #[serde(rename = "")]
    None,
    Up,
    Down,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::None => "",
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// What sort of quantity a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Growth,
    Level,
    Count,
    Share,
    Rank,
    Streak,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Growth,
        Kind::Level,
        Kind::Count,
        Kind::Share,
        Kind::Rank,
        Kind::Streak,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Growth => "growth",
            Kind::Level => "level",
            Kind::Count => "count",
            Kind::Share => "share",
            Kind::Rank => "rank",
            Kind::Streak => "streak",
        }
    }
}

/// A record's text: borrowed from the program for the embedded report, so
/// building it at start-up allocates nothing per field (in the browser,
/// thousands of allocations before the first paint made V8 recompile the
/// allocator on a background thread in the middle of it); owned when the
/// extractor reads a text at run time.
pub type Text = Cow<'static, str>;

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
    pub comparator: Comparator,
    /// `"2023"`, `"2024"` or `"history"`.
    pub period: Text,
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
