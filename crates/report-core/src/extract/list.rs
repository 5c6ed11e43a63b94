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

fn same_kind(a: &Token, b: &Token) -> bool {
    a.form == b.form && a.unit == b.unit
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
    let parts: Vec<&str> = s.split(['、', '和']).filter(|p| !p.is_empty()).collect();
    let Some(last) = parts.last() else {
        return Vec::new();
    };
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
