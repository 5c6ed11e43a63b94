//! Numbers listed together: `旅游收入、接待游客增长163.9%和73.9%` gives two
//! records, each with its own subject, and both take the verb before the
//! first. `均为100%` stays one record with the whole enumeration as subject.

use super::chars::Chars;
use super::number::Token;
use super::subject::Subject;

const JOINS: [&str; 5] = ["、", "和", "及", "与", "以及"];

/// For each token, the index of the first token of its list (itself if none).
pub fn leads(c: &Chars, toks: &[Token], subs: &[Subject]) -> Vec<usize> {
    let mut lead: Vec<usize> = (0..toks.len()).collect();
    for k in 1..toks.len() {
        let between = c.str(toks[k - 1].b, toks[k].a).trim();
        let joined = JOINS.contains(&between)
            && !subs[k].number_first
            && !subs[k - 1].number_first
            && same_kind(&toks[k - 1], &toks[k]);
        if joined {
            lead[k] = lead[k - 1];
        }
    }
    lead
}

/// `分别达到1.12万亿元和8460亿元`: amounts of one base unit in different
/// magnitudes are listed together as amounts of one unit are.
fn same_kind(a: &Token, b: &Token) -> bool {
    a.form == b.form && super::unit::same_base(&a.unit, &b.unit)
}

/// Splits the lead's subject over the list when the item count matches.
pub fn split_subjects(leads: &[usize], subs: &mut [Subject]) {
    let mut k = 0;
    while k < leads.len() {
        let mut m = k + 1;
        while m < leads.len() && leads[m] == k {
            m += 1;
        }
        let n = m - k;
        if n > 1 && subs[k].respectively && k >= n {
            // `…2860万人次、…326亿元，分别增长21.4%和18.6%`: each rate is
            // the change of the amount in the same place before it.
            for i in 0..n {
                subs[k + i].text = subs[k - n + i].text.clone();
            }
        } else if n > 1 {
            let items = items(&subs[k].text);
            let items = if items.len() == 1 && n == 2 {
                town_and_country(&items[0]).unwrap_or(items)
            } else {
                items
            };
            if items.len() == n {
                for (i, item) in items.iter().enumerate() {
                    subs[k + i].text = item.clone();
                }
            } else {
                let whole = subs[k].text.clone();
                for s in &mut subs[k + 1..m] {
                    s.text = whole.clone();
                }
            }
        }
        k = m;
    }
}

/// Subjects of town and country together (`城乡居民人均可支配收入分别增长7%和8%`)
/// and the pair each names, in the order reports give them: residents are
/// urban (城镇) and rural; other standards (低保) are the city's and rural.
const TOWN_AND_COUNTRY: [(&str, &str, &str); 3] = [
    ("城乡居民", "城镇居民", "农村居民"),
    ("城乡常住居民", "城镇常住居民", "农村常住居民"),
    ("城乡", "城市", "农村"),
];

fn town_and_country(s: &str) -> Option<Vec<String>> {
    TOWN_AND_COUNTRY.iter().find_map(|(both, town, country)| {
        let rest = s.strip_prefix(both)?;
        Some(vec![format!("{town}{rest}"), format!("{country}{rest}")])
    })
}

/// Every item but the last, which already ends in it, followed by `tail`.
fn with_last_items_tail(parts: &[&str], tail: &str) -> Vec<String> {
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i + 1 < n {
                format!("{p}{tail}")
            } else {
                (*p).to_owned()
            }
        })
        .collect()
}

/// Two-char modifiers of place that pair with each other in a list
/// (`城镇、农村常住居民人均可支配收入`), whatever the length of the head.
const PLACE_MODIFIERS: [&str; 3] = ["城镇", "农村", "城市"];

/// What the last item of a list measures of its thing (`茶叶、中药材、
/// 高山蔬菜种植面积`): the items before it that name only a thing measure
/// the same. Longest first.
const SHARED_MEASURES: [&str; 5] = ["种植面积", "播种面积", "面积", "产量", "产值"];

/// `刑事、治安发案率` → 刑事发案率, 治安发案率; `城镇、农村常住居民人均可支配收入`
/// → 城镇常住居民…, 农村常住居民…: a two-char modifier shares the head noun
/// of the last item when that item is short (`机电、高新技术产品出口` keeps
/// its items: `高新` is not a modifier of its own) or starts with a paired
/// modifier of place.
fn items(s: &str) -> Vec<String> {
    let mut parts: Vec<&str> = s.split(['、', '和']).filter(|p| !p.is_empty()).collect();
    let Some(&last) = parts.last() else {
        return Vec::new();
    };
    // `数字经济、生物医药、新材料三大产业营业收入`: the count of the items
    // (`三大`, `两类`) heads what they share; the last item is the words
    // before it.
    if let Some((own, shared)) = counted_head(last, parts.len()) {
        let n = parts.len();
        parts[n - 1] = own;
        return parts.iter().map(|p| format!("{p}{shared}")).collect();
    }
    // `单位地区生产总值能耗和二氧化碳排放`: the first names what all measure.
    if let Some(thing) = shared_thing(&parts) {
        return parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if i == 0 {
                    (*p).to_owned()
                } else {
                    format!("{thing}{p}")
                }
            })
            .collect();
    }
    // `刑事案件和电信诈骗案件发案数`: the items share the noun they end in
    // and what the last measures of it.
    if let Some(measure) = shared_tail(&parts) {
        return with_last_items_tail(&parts, &measure);
    }
    // `装备制造、新材料产业集群产值`: items that name only an industry share
    // the last item's head from `产业` on.
    if let Some(head) = industry_head(&parts) {
        return with_last_items_tail(&parts, head);
    }
    let last_len = last.chars().count();
    let head: String = last.chars().skip(2).collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let short = p.chars().count() == 2 && (4..=5).contains(&last_len);
            // `第一、第二产业占比`: ordinals of the same series pair too.
            let ordinal = p.chars().count() == 2 && p.starts_with('第') && last.starts_with('第');
            let paired = ordinal
                || PLACE_MODIFIERS.contains(p)
                    && PLACE_MODIFIERS.iter().any(|m| last.starts_with(m));
            let measure = SHARED_MEASURES.iter().find(|m| last.ends_with(*m));
            if i + 1 < parts.len() && (short || paired) {
                format!("{p}{head}")
            } else if let Some(m) = measure.filter(|_| i + 1 < parts.len()) {
                if SHARED_MEASURES.iter().any(|own| p.ends_with(own)) {
                    (*p).to_owned()
                } else {
                    format!("{p}{m}")
                }
            } else {
                (*p).to_owned()
            }
        })
        .collect()
}

/// What an industry's own measures open with (`产业营业收入`, `产业集群产值`).
const INDUSTRY: &str = "产业";

/// The head the last item gives from [`INDUSTRY`] on (`产业集群产值` of
/// `新材料产业集群产值`), when it names its industry before it and no
/// other item says `产业` (`电子信息、装备制造产业营业收入`).
fn industry_head<'s>(parts: &[&'s str]) -> Option<&'s str> {
    let (&last, others) = parts.split_last()?;
    let at = last.find(INDUSTRY).filter(|&i| i > 0)?;
    let head = &last[at..];
    (head.len() > INDUSTRY.len()
        && !others.is_empty()
        && others.iter().all(|p| !p.contains(INDUSTRY)))
    .then_some(head)
}

/// Measures of one thing that reports list after naming the thing once
/// (`单位地区生产总值能耗和二氧化碳排放`, `生产安全事故起数和死亡人数`).
const MEASURES_OF_ONE: [&str; 6] = [
    "能耗",
    "水耗",
    "二氧化碳排放",
    "起数",
    "死亡人数",
    "受伤人数",
];

/// The thing the first item names before its measure, when every item is
/// one of [`MEASURES_OF_ONE`]: the later items measure the same thing.
fn shared_thing<'s>(parts: &[&'s str]) -> Option<&'s str> {
    let (&first, rest) = parts.split_first()?;
    let thing = MEASURES_OF_ONE
        .iter()
        .find_map(|m| first.strip_suffix(m))
        .filter(|t| !t.is_empty())?;
    (!rest.is_empty() && rest.iter().all(|p| MEASURES_OF_ONE.contains(p))).then_some(thing)
}

/// Words that count a list's items before what they share (`三大产业`,
/// `两类企业`, `四个片区`).
const COUNTERS: [&str; 4] = ["大", "类", "个", "项"];

/// What a group's count calls its items together (`两大主导产业`,
/// `三大支柱产业`): a grade of the group, not part of each item's name
/// (`电子信息产业产值`).
/// A resource city's successor industries (`两大接续产业`) are graded so too.
const GROUP_GRADES: [&str; 6] = ["主导", "支柱", "优势", "特色", "重点", "接续"];

/// `新材料三大产业营业收入` as the last of `n` items: its own words
/// (`新材料`) and the head all share (`产业营业收入`), when the count
/// written is the number of items.
fn counted_head(last: &str, n: usize) -> Option<(&str, &str)> {
    last.char_indices().find_map(|(i, ch)| {
        let value = crate::numerals::parse(ch.encode_utf8(&mut [0; 4]))?;
        let after = &last[i + ch.len_utf8()..];
        let counter = COUNTERS.iter().find(|c| after.starts_with(*c))?;
        let shared = &after[counter.len()..];
        let shared = GROUP_GRADES
            .iter()
            .find_map(|g| shared.strip_prefix(g))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(shared);
        (i > 0 && value == n as u64 && !shared.is_empty()).then_some((&last[..i], shared))
    })
}

/// The noun the items end in, as the last item goes on after it
/// (`刑事案件`, `电信诈骗案件发案数` share `案件`): what the last item
/// measures of it (`发案数`), when every other item ends in that noun.
fn shared_tail(parts: &[&str]) -> Option<String> {
    let (&last, others) = parts.split_last()?;
    let first = others.first()?;
    let noun: String = {
        let cs: Vec<char> = first.chars().collect();
        cs.get(cs.len().checked_sub(TAIL_CHARS)?..)?
            .iter()
            .collect()
    };
    let at = last.rfind(noun.as_str())?;
    let measure = &last[at + noun.len()..];
    let all = others
        .iter()
        .all(|p| p.ends_with(noun.as_str()) && p.chars().count() > TAIL_CHARS);
    (all && measure.chars().count() >= TAIL_CHARS).then(|| measure.to_owned())
}

/// The length of a shared noun and of the least measure of it.
const TAIL_CHARS: usize = 2;
