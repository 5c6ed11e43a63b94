//! The sector of a fact: by the words of its clause where they are telling,
//! otherwise by the headings it sits under. Headline lists are all macro.

use std::sync::OnceLock;

use super::lexicon::Lexicon;
use crate::model::Sector;
use crate::structure::Document;

/// Clause words that name the topic whatever the section.
const CONTENT: &[(Sector, &[&str])] = &[
    (
        Sector::Macro,
        &["地区生产总值", "一般公共预算收入", "人均可支配收入"],
    ),
    (
        Sector::Innovation,
        &[
            "研发",
            "科技创新平台",
            "专精特新",
            "高新技术企业",
            "知识产权",
            "发明专利",
        ],
    ),
    (
        Sector::Opening,
        &[
            "出口",
            "进口",
            "贸易额",
            "外贸",
            "口岸",
            "跨境",
            "自贸",
            "综保区",
            "俄粮",
            "对俄",
            "外资",
        ],
    ),
    (
        Sector::Environment,
        &[
            "污染",
            "空气",
            "水质",
            "造林",
            "绿化",
            "水土流失",
            "侵蚀沟",
            "矿山",
            "粪污",
            "垃圾",
            "充电桩",
            "节能",
            "降碳",
            "环保",
            "绿地",
            "河湖",
            "能耗",
            "碳排放",
            "森林覆盖",
        ],
    ),
    (
        Sector::Safety,
        &[
            "事故",
            "发案",
            "保交楼",
            "受灾",
            "因灾",
            "平安建设",
            "再融资",
            "逾期",
            "办证难",
        ],
    ),
    (
        Sector::Agriculture,
        &[
            "户厕",
            "粮食",
            "农田",
            "农业",
            "农产品",
            "农民",
            "精品村",
            "示范村",
            "乡村治理",
            "镇村",
        ],
    ),
    (Sector::Livelihood, &["就业", "失业"]),
    (
        Sector::Industry,
        &["规上工业", "工业用电", "工业项目", "工业企业", "制造业"],
    ),
];

/// Heading words, checked from the innermost heading outwards.
const HEADINGS: &[(Sector, &[&str])] = &[
    (Sector::Consumption, &["消费", "旅游", "文化", "文旅"]),
    (Sector::Agriculture, &["农业", "农村", "粮食", "乡村"]),
    (Sector::Innovation, &["科技", "创新能力"]),
    (Sector::Industry, &["工业", "产业", "制造"]),
    (Sector::Reform, &["改革", "营商", "民营"]),
    (Sector::Opening, &["开放", "外贸", "对外", "区域合作"]),
    (Sector::Investment, &["招商", "项目", "园区", "对上争取"]),
    (
        Sector::Environment,
        &["生态", "绿色", "污染", "环保", "低碳"],
    ),
    (Sector::Safety, &["风险", "安全", "治理"]),
    (
        Sector::Livelihood,
        &["民生", "就业", "社保", "人居", "人口", "教育"],
    ),
    (Sector::Government, &["政府"]),
    (Sector::Macro, &["经济运行"]),
];

/// A headline list: the GDP sentence of the review or the target list of the plan.
pub fn is_headline(sentence: &str, numbers: usize) -> bool {
    sentence.contains("预期目标") || (numbers >= 4 && sentence.contains("地区生产总值"))
}

/// The first sector of `table` with a word in `text`.
fn first(table: &[(Sector, &[&'static str])], words: &Lexicon, text: &str) -> Option<Sector> {
    words.first_group(text).map(|g| table[g].0)
}

fn content_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::new(CONTENT.iter().map(|(_, w)| *w)))
}

fn heading_words() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::new(HEADINGS.iter().map(|(_, w)| *w)))
}

pub fn by_content(clause: &str) -> Option<Sector> {
    first(CONTENT, content_words(), clause)
}

pub fn by_heading(text: &str, doc: &Document, section: Option<usize>) -> Option<Sector> {
    let mut at = section;
    while let Some(i) = at {
        let heading = doc.sections.get(i)?.heading.of(text);
        if let Some(s) = first(HEADINGS, heading_words(), heading) {
            return Some(s);
        }
        at = doc.sections[i].parent;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{CONTENT, HEADINGS};

    #[test]
    fn no_word_is_empty() {
        for (sector, words) in CONTENT.iter().chain(HEADINGS) {
            assert!(words.iter().all(|w| !w.is_empty()), "{sector:?}");
        }
    }
}
