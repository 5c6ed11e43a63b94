//! What became of every number in a text (`report-extract --explain`):
//! the record it is part of, or why it was dropped. The page never calls
//! this; only [`Skip`] sits on the page's path, as what the number reader
//! returns where it finds no record.

use super::chars::{is_boundary, Chars};
use super::{extract_with, number, Options};
use crate::coded::coded;
use crate::model::{Indicator, Span};

coded! {
    /// Why a number did not become a record.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Skip {
        /// `“促消费30条”`.
        Quoted = ("quoted", "引号内的名称", "inside quotation marks: the name of a policy or slogan"),
        /// `5G`, `G331`.
        Letters = ("name-or-code", "名称或代号的一部分", "joined to Latin letters: part of a name or code (5G, G331)"),
        /// `2023年`, `延包30年`.
        Year = ("year", "年份或年限", "a calendar year or a duration (N年)"),
        /// `500万元以上项目`, `超10亿元企业`.
        Threshold = ("threshold", "主语中的规模门槛", "a size class inside a subject (500万元以上项目, 超10亿元企业)"),
        /// `每千名老年人`, `每10万人口`.
        PerBase = ("per-base", "比率的基数", "the base of a rate (每千名, 每10万人口)"),
        /// `4A级旅游景区`.
        Grade = ("grade", "等级名称", "a grade naming what is counted (4A级景区)"),
        /// `居15个副省级城市第9位`.
        Peers = ("ranking-peers", "排名范围的个数", "how many peers a ranking has (居15个副省级城市第9位)"),
        /// `第15届`.
        Ordinal = ("ordinal", "非排名的序数", "an ordinal outside a ranking (第15届)"),
        /// `3月15日`.
        Date = ("date", "日期", "a date (月, 日)"),
        /// `1.` / `2、` / `(3)` opening a clause.
        ListNumber = ("list-number", "列表编号", "list numbering"),
        /// Seven digits or more with no unit, or digits joined by hyphens.
        Code = ("code-number", "电话号码或编码", "a phone number, code or identifier"),
        NoUnit = ("no-unit", "无计量单位", "no countable subject: no unit after it"),
        Unreadable = ("unreadable", "无法读出数值", "too long or malformed to read as a value"),
        /// Between sentences: only sentences are read for records.
        OutsideSentences = ("outside-sentences", "不在句子中", "outside every sentence, which is not read for records"),
    }
}

/// What became of a number.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It is (or starts) this record.
    Record(Box<Indicator>),
    Skipped(Skip),
}

/// One number of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    /// Byte range into the text: the record's `raw` for a record, the
    /// digits read for a skipped number.
    pub span: Span,
    /// The index of the sentence it is in, `None` outside every sentence.
    pub sentence: Option<usize>,
    pub outcome: Outcome,
}

/// Digits this long with no unit are an identifier, not a count.
const CODE_DIGITS: usize = 7;

/// Every record and every run of digits that is in none, in text order,
/// with why it was dropped. Reads the text as [`extract_with`] does.
pub fn explain(text: &str, options: &Options) -> Vec<Explained> {
    let report = extract_with(text, options);
    let mut records = report.indicators.iter().peekable();
    let mut out = Vec::new();
    let mut next_digit = 0;
    for (si, sentence) in report.document.sentences.iter().enumerate() {
        outside(text, next_digit, sentence.span.start, &mut out);
        let c = Chars::new(text, sentence.span);
        let mut skips = Vec::new();
        number::scan_explained(&c, Some(&mut skips));
        let mut here: Vec<Explained> = Vec::new();
        while let Some(r) = records.next_if(|r| r.end <= sentence.span.end) {
            here.push(Explained {
                span: Span::new(r.start, r.end),
                sentence: Some(si),
                outcome: Outcome::Record(Box::new(r.clone())),
            });
        }
        for (a, b) in digit_runs(&c) {
            let (start, end) = (c.byte(a), c.byte(b));
            if here
                .iter()
                .any(|e| e.span.start <= start && end <= e.span.end)
            {
                continue;
            }
            let why = skips
                .iter()
                .find(|&&(sa, sb, _)| sa <= a && b <= sb)
                .map_or(Skip::NoUnit, |&(_, _, why)| refine(&c, a, b, why));
            here.push(Explained {
                span: Span::new(start, end),
                sentence: Some(si),
                outcome: Outcome::Skipped(why),
            });
        }
        crate::order::sort_by_key(&mut here, |e| e.span.start);
        out.extend(here);
        next_digit = sentence.span.end;
    }
    outside(text, next_digit, text.len(), &mut out);
    out
}

/// Digits between sentences (headings, the title) from byte `from` to `to`.
fn outside(text: &str, from: usize, to: usize, out: &mut Vec<Explained>) {
    if from >= to {
        return;
    }
    let c = Chars::new(text, Span::new(from, to));
    out.extend(digit_runs(&c).into_iter().map(|(a, b)| Explained {
        span: Span::new(c.byte(a), c.byte(b)),
        sentence: None,
        outcome: Outcome::Skipped(Skip::OutsideSentences),
    }));
}

/// Char ranges of the runs of digits (a decimal point between two digits
/// kept in the run).
fn digit_runs(c: &Chars) -> Vec<(usize, usize)> {
    let digit = |i: usize| c.get(i).is_some_and(|ch| ch.is_ascii_digit());
    let mut runs = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let a = i;
        while digit(i) || (matches!(c.get(i), Some('.')) && digit(i + 1) && digit(i - 1)) {
            i += 1;
        }
        runs.push((a, i));
    }
    runs
}

/// A number with no unit, told apart by what is around it.
fn refine(c: &Chars, a: usize, b: usize, why: Skip) -> Skip {
    if why != Skip::NoUnit {
        return why;
    }
    let after = c.get(b);
    let before = a.checked_sub(1).and_then(|i| c.get(i));
    if matches!(after, Some('月' | '日' | '号')) {
        return Skip::Date;
    }
    let opens = before.is_none_or(|ch| is_boundary(ch) || matches!(ch, '(' | '（'));
    if opens && matches!(after, Some('、' | '.' | '．' | ')' | '）')) {
        return Skip::ListNumber;
    }
    let hyphen = |ch: Option<char>| matches!(ch, Some('-' | '—' | '－'));
    let joined = (hyphen(after) && c.get(b + 1).is_some_and(|d| d.is_ascii_digit()))
        || (hyphen(before) && a >= 2 && c.get(a - 2).is_some_and(|d| d.is_ascii_digit()));
    if b - a >= CODE_DIGITS || joined {
        return Skip::Code;
    }
    Skip::NoUnit
}

#[cfg(test)]
mod tests {
    use super::{explain, Outcome, Skip};
    use crate::extract::Options;

    /// Each number's text and its skip id, or `record`.
    fn reasons(text: &str) -> Vec<(String, &'static str)> {
        explain(text, &Options::default())
            .into_iter()
            .map(|e| {
                let what = match e.outcome {
                    Outcome::Record(_) => "record",
                    Outcome::Skipped(s) => s.id(),
                };
                (e.span.of(text).to_owned(), what)
            })
            .collect()
    }

    fn pairs(expected: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        expected.iter().map(|&(n, w)| (n.to_owned(), w)).collect()
    }

    #[test]
    fn each_skip_has_its_reason() {
        let cases: &[(&str, &[(&str, &'static str)])] = &[
            (
                "2024年，全县粮食产量增长3.5%。",
                &[("2024", "year"), ("3.5%", "record")],
            ),
            ("出台“稳经济20条”。", &[("20", "quoted")]),
            (
                "建成5G基站120个。",
                &[("5", "name-or-code"), ("120个", "record")],
            ),
            (
                "新开工亿元以上项目，其中500万元以上项目开工。",
                &[("500", "threshold")],
            ),
            ("新增4A级旅游景区。", &[("4", "grade")]),
            (
                "每10万人口拥有卫生技术人员86人。",
                &[("10", "per-base"), ("86人", "record")],
            ),
            ("成功举办第15届农民丰收节。", &[("15", "ordinal")]),
            (
                "总量居15个副省级城市第9位。",
                &[("15", "ranking-peers"), ("第9位", "record")],
            ),
            ("3月15日，新区正式挂牌。", &[("3", "date"), ("15", "date")]),
            ("1.稳住工业基本盘。", &[("1", "list-number")]),
            ("服务热线12345全天响应。", &[("12345", "no-unit")]),
            (
                "服务热线0453-6917000全天响应。",
                &[("0453", "code-number"), ("6917000", "code-number")],
            ),
            ("土地承包期延长30年。", &[("30", "year")]),
            (
                "２０２４年，出口额增长１２．５％。",
                &[("２０２４", "year"), ("１２．５％", "record")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(reasons(text), pairs(expected), "{text}");
        }
    }

    #[test]
    fn headings_are_read_too() {
        let text = "一、2023年工作回顾\n\n全市地区生产总值增长6%。\n";
        assert_eq!(reasons(text), pairs(&[("2023", "year"), ("6%", "record")]));
    }

    #[test]
    fn a_range_is_one_record() {
        assert_eq!(
            reasons("今年地区生产总值增长5%—6%。"),
            pairs(&[("5%—6%", "record")])
        );
    }

    #[test]
    fn ids_are_distinct() {
        let ids: std::collections::HashSet<_> = Skip::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids.len(), Skip::ALL.len());
    }
}
