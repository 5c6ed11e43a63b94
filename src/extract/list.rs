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
        if n > 1 {
            let items = items(&subs[k].text);
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

/// `刑事、治安发案率` → 刑事发案率, 治安发案率: a two-char modifier shares the
/// head noun of a short last item that starts with another modifier.
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
            if i + 1 < parts.len() && short {
                format!("{p}{head}")
            } else {
                (*p).to_owned()
            }
        })
        .collect()
}
