//! The subject of a number: the short noun phrase it measures. Either the
//! phrase before it (`新建高标准农田38.2万亩`), trimmed of verbs and scope
//! words, or — when a count comes first — the noun after it
//! (`17个“保交楼”项目建成…` → `“保交楼”项目`).

use std::sync::OnceLock;

use super::chars::{clause_start, is_boundary, is_han, rfind_short, Chars};
use super::lexicon::Lexicon;
use super::number::Token;
use super::trim::{after_deng, last_item_if_clauses, strip_all, trim_quotes, within_zai};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    pub text: String,
    /// The noun follows the number.
    pub number_first: bool,
    /// Char index where the subject's own words end (number-first only).
    pub end: usize,
}

/// [`STOPS`], indexed: they are tried at every char after a count.
fn stops() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::words(STOPS))
}

/// Where a counted noun stops: the verb that says what happened to it.
const STOPS: &[&str] = &[
    "竣工",
    "开工建设",
    "投产",
    "投入",
    "获得",
    "获批",
    "获评",
    "成功",
    "全部",
    "入选",
    "建成",
    "当年",
    "新落地",
    "入驻",
    "延伸",
    "落地",
    "实现",
    "具备",
    "整改",
    "主体",
    "发放",
    "集采",
    "前期",
    "达到",
    "增长",
    "下降",
    "居全",
    "居首",
    "居第",
    "居前",
    "保持",
    "位居",
    "得到",
    "纳入",
];
const AFTER_LEADING: [&str; 3] = ["获评", "荣获", "规模"];
const LEADING: &[&str] = &[
    "全年", "今年", "预计", "力争", "确保", "有望", "其中", "同时", "争创", "通过",
];
const TRAILING: &[&str] = &[
    "发展到",
    "保持在",
    "稳定在",
    "控制在",
    "比上年",
    "达到",
    "增长",
    "下降",
    "减少",
    "降低",
    "提高",
    "增加",
    "提升",
    "上升",
    "上涨",
    "下跌",
    "跃居",
    "继续",
    "保持",
    "稳定",
    "降至",
    "实现",
    "位居",
    "居",
    "全省",
    "全国",
    "同比",
    "平均为",
    "平均",
    "均为",
    "均",
    "为",
    "达",
    "晋升",
    "有望",
    "分别",
    "累计",
];
/// Verbs that open a clause and carry over to each listed item after 、.
const SHARED_VERBS: [&str; 5] = ["新增", "新建", "治理", "改造", "创建"];
const OWN_VERBS: [&str; 7] = ["惠及", "获得", "解决", "完成", "实现", "争取", "总"];

/// The most chars read for a subject on either side of its number. Real
/// subjects are short noun phrases: in the embedded report and the unseen
/// excerpts no clause runs longer than 38 chars before a number, and no
/// counted noun longer than 14 after one. Without a cap, a text with no
/// punctuation would make its subjects as long as the text, and every
/// number that inherits one (`…增长5%增长6%`) would copy it again.
const MAX_SUBJECT_CHARS: usize = 100;

pub fn compute(c: &Chars, toks: &[Token], subs: &[Subject], k: usize) -> Subject {
    let t = &toks[k];
    let next = toks.get(k + 1).map_or(c.len(), |n| n.a);
    let limit = next.min(t.b + MAX_SUBJECT_CHARS);
    if let Some((text, end)) = after_noun(c, t.b, limit) {
        return Subject {
            text,
            number_first: true,
            end,
        };
    }
    let cs = clause_start(c, t.a);
    let prev = (k > 0 && toks[k - 1].b > cs).then(|| (&toks[k - 1], &subs[k - 1]));
    let mut from = cs;
    if let Some((pt, ps)) = prev {
        from = if ps.number_first { ps.end } else { pt.b };
        if ps.number_first {
            if let Some(sep) = (from..t.a).find(|&i| matches!(c.cs[i], '、' | '和')) {
                from = sep + 1;
            }
        }
    }
    let mut s = c
        .str(from.max(t.a.saturating_sub(MAX_SUBJECT_CHARS)), t.a)
        .trim_start_matches(['、', '和', '及', '与', ' ']);
    s = strip_all(s, LEADING, true);
    // `s` is capped at MAX_SUBJECT_CHARS, so a plain search is cheap.
    if let Some(i) = rfind_short(s, "我市").or_else(|| rfind_short(s, "全市")) {
        s = &s[i + "全市".len()..];
    }
    if prev.is_none() {
        s = last_item_if_clauses(s);
    }
    s = after_deng(s);
    // 实现地区生产总值 / 完成固定资产投资: the verb goes, unless the metric is
    // the verb phrase itself (完成投资).
    for verb in ["实现", "完成"] {
        if let Some(rest) = s.strip_prefix(verb) {
            if rest.chars().count() >= 4 {
                s = rest;
            }
        }
    }
    s = strip_all(s.trim_end_matches('“'), LEADING, true);
    s = strip_all(s, TRAILING, false);
    s = within_zai(s);
    if prev.is_some_and(|(_, ps)| ps.number_first) {
        s = strip_all(s, &["建成", "全部", "当年"], true);
    }
    let mut text = trim_quotes(s).to_owned();
    if prev.is_some_and(|(_, ps)| !ps.number_first) && !text.is_empty() {
        let head = strip_all(c.str(cs, t.a.min(cs + MAX_SUBJECT_CHARS)), LEADING, true);
        let head = head.strip_prefix("全市").unwrap_or(head);
        let shared = SHARED_VERBS.iter().find(|v| head.starts_with(*v));
        let own = SHARED_VERBS.iter().chain(OWN_VERBS.iter());
        if let Some(v) = shared {
            if !own.clone().any(|w| text.starts_with(w)) {
                text = format!("{v}{text}");
            }
        }
    }
    if text.is_empty() && k > 0 {
        text = subs[k - 1].text.clone();
    }
    Subject {
        text,
        number_first: false,
        end: t.a,
    }
}

/// The noun right after a number (`6次集中开工活动`), up to the verb that
/// follows it, a clause boundary or the next number.
fn after_noun(c: &Chars, b: usize, limit: usize) -> Option<(String, usize)> {
    let mut s = b;
    if c.get(s) == Some('的') {
        s += 1;
    }
    let first = c.get(s)?;
    if !(is_han(first) || first == '“') {
        return None;
    }
    while let Some(w) = c.word_at(s, &AFTER_LEADING) {
        s += w.chars().count();
    }
    let mut e = s;
    while e < limit {
        let ch = c.cs[e];
        if is_boundary(ch) || ch.is_ascii_digit() || stops().word_at(c, e).is_some() {
            break;
        }
        e += 1;
    }
    let text = trim_quotes(c.str(s, e).trim_end_matches(['、', '和', '与', '及']));
    (!text.is_empty()).then(|| (text.to_owned(), e))
}
