//! The interface's two languages. Chinese is the default; every label the
//! UI shows goes through here so the switch covers the whole interface.

use crate::coded::coded;
use crate::format::thousands;
use crate::model::{Kind, Period, Sector, Status};
use crate::notice::NoticeItem;

coded! {
    /// The interface language, by its id in the URL hash.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Lang {
        #[default]
        Zh = "zh",
        En = "en",
    }
}

impl Lang {
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
        self.pick(s.zh(), s.en())
    }

    pub fn kind(self, k: Kind) -> &'static str {
        self.pick(k.zh(), k.en())
    }

    /// A period as a reader says it: `2023年` / `2023`, `多年` / `Multi-year`.
    pub fn period(self, p: Period) -> String {
        match (self, p) {
            (Lang::Zh, Period::History) => "多年".to_owned(),
            (Lang::En, Period::History) => "Multi-year".to_owned(),
            (Lang::Zh, Period::Year(year)) => format!("{year}年"),
            (Lang::En, Period::Year(year)) => year.to_string(),
            (Lang::Zh, Period::Unknown) => "年份不详".to_owned(),
            (Lang::En, Period::Unknown) => "Year unknown".to_owned(),
        }
    }

    /// The opening words of the notice about a link.
    pub fn notice_lead(self) -> &'static str {
        self.pick(
            "链接中有无法识别的部分，已忽略：",
            "Parts of the link could not be read and were ignored: ",
        )
    }

    /// One item of the notice about a link. Unread pairs are the link's own
    /// (already cut and cleaned) words, the same in both languages.
    pub fn notice_item(self, item: &NoticeItem) -> String {
        let n = |n: &usize| thousands(*n as i64);
        match (self, item) {
            (_, NoticeItem::Unread { key, value }) if value.is_empty() => key.clone(),
            (_, NoticeItem::Unread { key, value }) => format!("{key}={value}"),
            (Lang::Zh, NoticeItem::MoreUnread(c)) => format!("另有 {} 处无法识别", n(c)),
            (Lang::En, NoticeItem::MoreUnread(c)) => {
                format!("{} more parts could not be read", n(c))
            }
            (Lang::Zh, NoticeItem::PairsIgnored(c)) => format!("另有 {} 个参数未读取", n(c)),
            (Lang::En, NoticeItem::PairsIgnored(c)) => format!("{} more keys not read", n(c)),
            (Lang::Zh, NoticeItem::TooLong(max)) => {
                format!("链接超过 {} 个字符，其余部分未读取", n(max))
            }
            (Lang::En, NoticeItem::TooLong(max)) => {
                format!(
                    "link longer than {} characters: the rest was ignored",
                    n(max)
                )
            }
            (Lang::Zh, NoticeItem::ItemsIgnored { key, count }) => {
                format!("{key} 中另有 {} 项未读取", n(count))
            }
            (Lang::En, NoticeItem::ItemsIgnored { key, count }) => {
                format!("{key}: {} more items not read", n(count))
            }
            (Lang::Zh, NoticeItem::TextCut(max)) => format!("搜索文字只取前 {} 个字", n(max)),
            (Lang::En, NoticeItem::TextCut(max)) => {
                format!("search text cut to its first {} characters", n(max))
            }
            (Lang::Zh, NoticeItem::TermsIgnored { used, total }) => {
                format!("搜索词共 {} 个，只用前 {} 个", n(total), n(used))
            }
            (Lang::En, NoticeItem::TermsIgnored { used, total }) => {
                format!("search uses the first {} of {} words", n(used), n(total))
            }
            (Lang::Zh, NoticeItem::UnknownReport(id)) => {
                format!("链接所指的报告 {id} 不在这个浏览器中（可先打开该报告文件），现在显示的是内置报告")
            }
            (Lang::En, NoticeItem::UnknownReport(id)) => format!(
                "the report {id} the link names is not stored in this browser (open its file first); showing the built-in report"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;
    use crate::notice::NoticeItem;

    #[test]
    fn notice_items_in_both_languages() {
        let items = [
            NoticeItem::unread("colour", "red"),
            NoticeItem::unread("junk", ""),
            NoticeItem::MoreUnread(59),
            NoticeItem::PairsIgnored(1234),
            NoticeItem::TooLong(4096),
            NoticeItem::ItemsIgnored {
                key: "sector",
                count: 3,
            },
            NoticeItem::TextCut(200),
            NoticeItem::TermsIgnored {
                used: 16,
                total: 40,
            },
        ];
        let say =
            |lang: Lang| -> Vec<String> { items.iter().map(|i| lang.notice_item(i)).collect() };
        assert_eq!(
            say(Lang::Zh),
            [
                "colour=red",
                "junk",
                "另有 59 处无法识别",
                "另有 1,234 个参数未读取",
                "链接超过 4,096 个字符，其余部分未读取",
                "sector 中另有 3 项未读取",
                "搜索文字只取前 200 个字",
                "搜索词共 40 个，只用前 16 个",
            ]
        );
        assert_eq!(
            say(Lang::En),
            [
                "colour=red",
                "junk",
                "59 more parts could not be read",
                "1,234 more keys not read",
                "link longer than 4,096 characters: the rest was ignored",
                "sector: 3 more items not read",
                "search text cut to its first 200 characters",
                "search uses the first 16 of 40 words",
            ]
        );
    }
}
