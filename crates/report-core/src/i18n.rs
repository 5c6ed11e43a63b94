//! The interface's two languages. Chinese is the default; every label the
//! UI shows comes from the one table in `messages`, so the switch covers
//! the whole interface.

use crate::coded::coded;
use crate::format::thousands;
use crate::messages::{t, tf, Msg, Tpl};
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

    pub fn sector(self, s: Sector) -> &'static str {
        s.name(self)
    }

    pub fn status(self, s: Status) -> &'static str {
        s.name(self)
    }

    pub fn kind(self, k: Kind) -> &'static str {
        k.name(self)
    }

    /// A period as a reader says it: `2023年` / `2023`, `多年` / `Multi-year`.
    pub fn period(self, p: Period) -> String {
        match p {
            Period::History => t(self, Msg::MultiYear).to_owned(),
            Period::Year(year) => tf(self, Tpl::Year, &[&year]),
            Period::Unknown => t(self, Msg::YearUnknown).to_owned(),
        }
    }

    /// The opening words of the notice about a link.
    pub fn notice_lead(self) -> &'static str {
        t(self, Msg::NoticeLead)
    }

    /// One item of the notice about a link. Unread pairs are the link's own
    /// (already cut and cleaned) words, the same in both languages.
    pub fn notice_item(self, item: &NoticeItem) -> String {
        let n = |n: &usize| thousands(*n as i64);
        match item {
            NoticeItem::Unread { key, value } if value.is_empty() => key.clone(),
            NoticeItem::Unread { key, value } => format!("{key}={value}"),
            NoticeItem::MoreUnread(c) => tf(self, Tpl::MoreUnread, &[&n(c)]),
            NoticeItem::PairsIgnored(c) => tf(self, Tpl::PairsIgnored, &[&n(c)]),
            NoticeItem::TooLong(max) => tf(self, Tpl::TooLong, &[&n(max)]),
            NoticeItem::ItemsIgnored { key, count } => {
                tf(self, Tpl::ItemsIgnored, &[key, &n(count)])
            }
            NoticeItem::TextCut(max) => tf(self, Tpl::TextCut, &[&n(max)]),
            NoticeItem::TermsIgnored { used, total } => {
                tf(self, Tpl::TermsIgnored, &[&n(used), &n(total)])
            }
            NoticeItem::UnknownReport(id) => tf(self, Tpl::UnknownReport, &[id]),
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
