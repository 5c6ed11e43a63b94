//! The interface's two languages. Chinese is the default; every label the
//! UI shows goes through here so the switch covers the whole interface.

use crate::model::{Kind, Sector, Status};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        match id {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Picks the string for this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    pub fn sector(self, s: Sector) -> &'static str {
        self.pick(s.zh(), s.en())
    }

    pub fn status(self, s: Status) -> &'static str {
        match s {
            Status::Actual => self.pick("实绩", "Result"),
            Status::Estimate => self.pick("预计", "Estimate"),
            Status::Target => self.pick("目标", "Target"),
        }
    }

    pub fn kind(self, k: Kind) -> &'static str {
        match k {
            Kind::Growth => self.pick("增速", "Growth"),
            Kind::Level => self.pick("总量", "Level"),
            Kind::Count => self.pick("数量", "Count"),
            Kind::Share => self.pick("比例", "Share"),
            Kind::Rank => self.pick("排名", "Rank"),
            Kind::Streak => self.pick("连续", "Streak"),
        }
    }

    /// A period as a reader says it: `2023年` / `2023`, `多年` / `Multi-year`.
    pub fn period(self, p: &str) -> String {
        match (self, p) {
            (Lang::Zh, "history") => "多年".to_owned(),
            (Lang::En, "history") => "Multi-year".to_owned(),
            (Lang::Zh, year) => format!("{year}年"),
            (Lang::En, year) => year.to_owned(),
        }
    }
}
