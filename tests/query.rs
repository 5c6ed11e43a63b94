//! Queries over the embedded report: filters, search, sort and facet counts.

use std::sync::OnceLock;

use report_explorer::embedded;
use report_explorer::model::{Kind, Period, Sector, Status};
use report_explorer::query::{facets, rows, signed, Column, Query, Sort};
use report_explorer::report::Report;
use report_explorer::search::SearchIndex;

fn data() -> &'static (Report, SearchIndex) {
    static D: OnceLock<(Report, SearchIndex)> = OnceLock::new();
    D.get_or_init(|| {
        let r = embedded::report();
        let i = SearchIndex::new(&r);
        (r, i)
    })
}

fn run(q: &Query) -> Vec<usize> {
    let (r, i) = data();
    rows(&r.indicators, i, q)
}

#[test]
fn no_filter_keeps_every_row_in_document_order() {
    let got = run(&Query::default());
    assert_eq!(got.len(), data().0.indicators.len());
    assert!(got
        .windows(2)
        .all(|w| data().0.indicators[w[0]].start < data().0.indicators[w[1]].start));
}

#[test]
fn sectors_are_an_or_within_and_an_and_across_facets() {
    let (r, _) = data();
    let q = Query {
        sectors: [Sector::Agriculture, Sector::Industry].into(),
        statuses: [Status::Target].into(),
        ..Query::default()
    };
    let got = run(&q);
    assert!(!got.is_empty());
    for i in got {
        let ind = &r.indicators[i];
        assert!(matches!(ind.sector, Sector::Agriculture | Sector::Industry));
        assert_eq!(ind.status, Status::Target);
    }
}

#[test]
fn search_finds_chinese_substrings_in_sentences() {
    let (r, _) = data();
    // 风电 appears only in the sentences, never as a subject.
    let got = run(&Query {
        text: "风电".into(),
        ..Query::default()
    });
    let raws: Vec<&str> = got.iter().map(|&i| &*r.indicators[i].raw).collect();
    assert!(raws.contains(&"250万千瓦"), "{raws:?}");
    assert!(raws.contains(&"10处"), "{raws:?}");
    assert!(got.iter().all(|&i| sentence(i).contains("风电")));
}

/// The sentence indicator `i` sits in.
fn sentence(i: usize) -> &'static str {
    let r = &data().0;
    r.sentence_of(&r.indicators[i]).unwrap().span.of(&r.text)
}

#[test]
fn search_terms_all_have_to_match_and_ignore_case() {
    let (r, _) = data();
    let got = run(&Query {
        text: "gdp  6%".into(),
        ..Query::default()
    });
    assert!(!got.is_empty());
    for i in got {
        let en = r.indicators[i]
            .subject_en
            .as_deref()
            .unwrap_or("")
            .to_lowercase();
        assert!(en.contains("gdp") || sentence(i).contains("GDP"), "{i}");
        assert!(sentence(i).contains("6%"), "{i}");
    }
    assert!(run(&Query {
        text: "GDP 不存在的词".into(),
        ..Query::default()
    })
    .is_empty());
}

#[test]
fn sorting_by_value_uses_the_signed_rate() {
    let (r, _) = data();
    let q = Query {
        kinds: [Kind::Growth].into(),
        sort: Sort {
            column: Column::Value,
            descending: true,
        },
        ..Query::default()
    };
    let values: Vec<f64> = run(&q).iter().map(|&i| signed(&r.indicators[i])).collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    assert!(*values.last().unwrap() < 0.0, "falls sort last");
}

#[test]
fn a_facet_count_is_what_ticking_that_box_would_show() {
    let (r, i) = data();
    let q = Query {
        statuses: [Status::Target].into(),
        sectors: [Sector::Macro].into(),
        ..Query::default()
    };
    let f = facets(&r.indicators, i, &q);
    for (sector, count) in f.sectors {
        let alone = Query {
            sectors: [sector].into(),
            ..q.clone()
        };
        assert_eq!(count, run(&alone).len(), "{sector:?}");
    }
    // The status counts ignore the status filter itself but keep the sector one.
    let targets = f
        .statuses
        .iter()
        .find(|(s, _)| *s == Status::Target)
        .unwrap()
        .1;
    assert_eq!(targets, run(&q).len());
    let total: usize = f.statuses.iter().map(|(_, n)| n).sum();
    assert_eq!(
        total,
        r.indicators
            .iter()
            .filter(|x| x.sector == Sector::Macro)
            .count()
    );
}

/// A review sentence of the report with six numbers; `黑土优品` stands in
/// the clause of the fourth, `旅游` in the subject of the fifth.
const RANKED: &str = "一、2023年工作回顾\n\n聚焦“两头两尾”抓加工育品牌促营销，国家级绿色食品原料生产基地发展到16个，新增农业产业化龙头企业10家，主要农产品加工转化率达到67%，22家企业获批“黑土优品”使用权，全市旅游收入、接待游客增长163.9%和73.9%。\n";

fn ranked(text: &str, sort: Sort) -> Vec<&'static str> {
    static R: OnceLock<(Report, SearchIndex)> = OnceLock::new();
    let (r, index) = R.get_or_init(|| {
        let r = report_explorer::extract::extract(RANKED);
        let index = SearchIndex::new(&r);
        (r, index)
    });
    let q = Query {
        text: text.into(),
        sort,
        ..Query::default()
    };
    rows(&r.indicators, index, &q)
        .into_iter()
        .map(|i| &*r.indicators[i].raw)
        .collect()
}

#[test]
fn a_search_puts_rows_whose_clause_or_subject_holds_it_first() {
    let relevance = Sort::default();
    assert_eq!(
        ranked("黑土优品", relevance),
        ["22家", "16个", "10家", "67%", "163.9%", "73.9%"]
    );
    // Two terms: rows near both, then near one (in report order), then the rest.
    assert_eq!(
        ranked("旅游收入 163.9", relevance),
        ["163.9%", "73.9%", "16个", "10家", "67%", "22家"]
    );
    assert_eq!(
        ranked("黑土优品 旅游", relevance),
        ["22家", "163.9%", "16个", "10家", "67%", "73.9%"]
    );
    // Without a search, relevance is report order.
    assert_eq!(
        ranked("", relevance),
        ["16个", "10家", "67%", "22家", "163.9%", "73.9%"]
    );
}

#[test]
fn an_explicit_sort_wins_over_relevance() {
    let by = |column, descending| Sort { column, descending };
    assert_eq!(
        ranked("黑土优品", by(Column::Position, false)),
        ["16个", "10家", "67%", "22家", "163.9%", "73.9%"]
    );
    assert_eq!(
        ranked("黑土优品", by(Column::Value, true)),
        ["163.9%", "73.9%", "67%", "22家", "16个", "10家"]
    );
}

#[test]
fn the_filters_in_words_for_a_printout() {
    use report_explorer::i18n::Lang;
    let mut q = Query::default();
    assert_eq!(q.summary(Lang::Zh), "未筛选");
    q.sectors = [Sector::Industry, Sector::Agriculture].into();
    q.periods = [Period::Year(2024)].into();
    q.statuses = [Status::Target].into();
    q.kinds = [Kind::Growth].into();
    q.text = " 风电 ".into();
    assert_eq!(
        q.summary(Lang::Zh),
        "领域：工业、农业农村；年份：2024年；状态：目标；类型：增速；搜索：“风电”"
    );
    assert_eq!(
        q.summary(Lang::En),
        "Sector: Industry, Agriculture & rural; Period: 2024; Status: Target; Kind: Growth; Search: \"风电\""
    );
}

#[test]
fn the_floors_among_the_targets_in_one_click() {
    use report_explorer::model::{Bound, Comparator};
    let (r, index) = data();
    let q = Query {
        statuses: [Status::Target].into(),
        bounds: [Bound::Floor].into(),
        ..Query::default()
    };
    let got = rows(&r.indicators, index, &q);
    // 两位数增长 is a floor of 10% since issue 14.
    assert_eq!(got.len(), 15);
    assert!(got
        .iter()
        .all(|&i| r.indicators[i].comparator == Comparator::AtLeast));
    // Each count says what ticking the box would show.
    let f = facets(
        &r.indicators,
        index,
        &Query {
            statuses: [Status::Target].into(),
            ..Query::default()
        },
    );
    assert_eq!(
        f.bounds,
        [
            (Bound::Floor, 15),
            (Bound::Ceiling, 0),
            (Bound::About, 0),
            (Bound::Plain, 48)
        ]
    );
}

#[test]
fn the_targets_by_their_governing_word() {
    use report_explorer::i18n::Lang;
    use report_explorer::model::Verb;
    let (r, index) = data();
    let q = Query {
        statuses: [Status::Target].into(),
        verbs: [Verb::Strive].into(),
        ..Query::default()
    };
    let got = rows(&r.indicators, index, &q);
    assert_eq!(got.len(), 12);
    assert!(got.iter().all(|&i| r.indicators[i].verb == "力争"));
    assert_eq!(
        q.summary(Lang::En),
        "Status: Target; Governing word: Strive 力争"
    );
    let targets = Query {
        statuses: [Status::Target].into(),
        ..Query::default()
    };
    let f = facets(&r.indicators, index, &targets);
    assert_eq!(
        f.verbs,
        [
            (Verb::Ensure, 5),
            (Verb::Strive, 12),
            (Verb::Seek, 1),
            (Verb::Endeavour, 0),
            (Verb::Expected, 0),
            (Verb::Estimated, 0),
            (Verb::Likely, 0),
            (Verb::None, 45)
        ]
    );
    // In the link: `verb=strive` reads back, an unknown word is dropped.
    let s = report_explorer::hash::decode("#status=target&verb=strive,ensure,nope", r);
    assert_eq!(s.query.verbs, [Verb::Strive, Verb::Ensure].into());
}
