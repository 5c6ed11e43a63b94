//! The indicators as an analyst gets them, in CSV and JSON: what the
//! command-line tool prints and the app downloads, from this one place.
//!
//! Each row is the scheme's record (docs/scheme.md, "Fields") with the
//! report it comes from in front, so rows of several reports can be
//! concatenated, and beside the scheme's codes what a spreadsheet needs:
//! the sentence's text, the value with its sign, labels in the interface
//! language and offsets in characters (docs/scheme.md, "Exports").

use std::borrow::Cow;

use serde::Serialize;

use crate::csv_export;
use crate::decimal;
use crate::i18n::Lang;
use crate::json::Pretty;
use crate::model::{Indicator, Meta};
use crate::query::signed;
use crate::report::Report;

/// The CSV's columns, in order: the report's six, then the scheme's
/// fields in the scheme's order, each new column beside the field it
/// explains.
pub const HEADER: [&str; 31] = [
    "city",
    "level",
    "report_year",
    "review_year",
    "report_id",
    "source",
    "id",
    "sentence",
    "sentence_text",
    "raw",
    "start",
    "end",
    "char_start",
    "char_end",
    "value",
    "value_signed",
    "value_high",
    "unit",
    "comparator",
    "verb",
    "period",
    "status",
    "status_label",
    "direction",
    "kind",
    "kind_label",
    "subject",
    "subject_en",
    "sector",
    "sector_label",
    "section",
];

/// One indicator as the exports write it. The model's own serialisation
/// (the scheme's fields) is kept whole; the export's fields follow it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row<'r> {
    #[serde(flatten)]
    pub indicator: &'r Indicator,
    /// The sentence the number stands in, as the report writes it
    /// ([`Report::quote`]: cut around the number past 1,000 characters).
    pub sentence_text: Cow<'r, str>,
    /// `value`, negative when `direction` is `down`.
    pub value_signed: f64,
    /// `start` and `end` counted in Unicode scalar values (characters).
    pub char_start: usize,
    pub char_end: usize,
    pub status_label: &'static str,
    pub sector_label: &'static str,
    pub kind_label: &'static str,
}

/// The JSON export: `{"meta": …, "indicators": [Row, …]}`. Written by
/// [`json`] without serde; its serialisation is what that writes.
#[derive(Serialize)]
pub struct Export<'r> {
    pub meta: &'r Meta,
    pub indicators: Vec<Row<'r>>,
}

/// The rows of `report`'s indicators at `indices`, in that order, labelled
/// in `lang`.
pub fn rows<'r>(report: &'r Report, indices: &[usize], lang: Lang) -> Vec<Row<'r>> {
    let mut offsets: Vec<usize> = indices
        .iter()
        .flat_map(|&i| [report.indicators[i].start, report.indicators[i].end])
        .collect();
    let chars = CharOffsets::new(&report.text, &mut offsets);
    indices
        .iter()
        .map(|&i| {
            let ind = &report.indicators[i];
            Row {
                indicator: ind,
                sentence_text: report.quote(ind),
                value_signed: signed(ind),
                char_start: chars.of(ind.start),
                char_end: chars.of(ind.end),
                status_label: lang.status(ind.status),
                sector_label: lang.sector(ind.sector),
                kind_label: lang.kind(ind.kind),
            }
        })
        .collect()
}

/// Every indicator of `report`, in report order.
pub fn all(report: &Report) -> Vec<usize> {
    (0..report.indicators.len()).collect()
}

/// The JSON document, pretty-printed, ending in a newline.
pub fn json(report: &Report, indices: &[usize], lang: Lang) -> String {
    let mut j = Pretty::new();
    write_export(&mut j, &report.meta, &rows(report, indices, lang));
    j.finish()
}

/// Several reports as one JSON array, one object per report (as [`json`]
/// writes it), every indicator of each.
pub fn json_many(reports: &[Report], lang: Lang) -> String {
    let mut j = Pretty::new();
    j.open_array();
    for r in reports {
        j.element();
        write_export(&mut j, &r.meta, &rows(r, &all(r), lang));
    }
    j.close_array();
    j.finish()
}

/// An [`Export`] as serde_json writes it (`tests::json_is_serde_json_s`).
fn write_export(j: &mut Pretty, meta: &Meta, rows: &[Row]) {
    j.open_object();
    j.key("meta");
    j.open_object();
    for (key, value) in [("city", &meta.city), ("level", &meta.level)] {
        j.key(key);
        j.str(value);
    }
    j.key("report_year");
    j.opt_uint(meta.report_year.map(u64::from));
    j.key("review_year");
    j.opt_uint(meta.review_year.map(u64::from));
    for (key, value) in [
        ("title", &meta.title),
        ("source", &meta.source),
        ("id", &meta.id),
    ] {
        j.key(key);
        j.str(value);
    }
    j.close_object();
    j.key("indicators");
    j.open_array();
    for row in rows {
        j.element();
        write_row(j, row);
    }
    j.close_array();
    j.close_object();
}

/// A [`Row`]: the indicator's fields in the model's order, then the export's.
fn write_row(j: &mut Pretty, r: &Row) {
    let i = r.indicator;
    let text = |j: &mut Pretty, key: &str, value: &str| {
        j.key(key);
        j.str(value);
    };
    j.open_object();
    text(j, "id", &i.id);
    text(j, "sentence", &i.sentence);
    text(j, "raw", &i.raw);
    j.key("start");
    j.uint(i.start as u64);
    j.key("end");
    j.uint(i.end as u64);
    j.key("value");
    j.f64(i.value);
    text(j, "unit", &i.unit);
    if let Some(high) = i.value_high {
        j.key("value_high");
        j.f64(high);
    }
    text(j, "comparator", i.comparator.id());
    text(j, "verb", &i.verb);
    text(j, "period", &i.period.to_string());
    text(j, "status", i.status.id());
    text(j, "direction", i.direction.id());
    text(j, "kind", i.kind.id());
    text(j, "subject", &i.subject);
    if let Some(en) = &i.subject_en {
        text(j, "subject_en", en);
    }
    text(j, "sector", i.sector.id());
    text(j, "section", &i.section);
    text(j, "sentence_text", &r.sentence_text);
    j.key("value_signed");
    j.f64(r.value_signed);
    j.key("char_start");
    j.uint(r.char_start as u64);
    j.key("char_end");
    j.uint(r.char_end as u64);
    text(j, "status_label", r.status_label);
    text(j, "sector_label", r.sector_label);
    text(j, "kind_label", r.kind_label);
    j.close_object();
}

/// The CSV document (see [`csv_export::document`]).
pub fn csv(report: &Report, indices: &[usize], lang: Lang) -> String {
    csv_export::document(&HEADER, cells(report, indices, lang))
}

/// Several reports as one long CSV table: every indicator of each, the
/// report's columns on every row.
pub fn csv_many(reports: &[Report], lang: Lang) -> String {
    csv_export::document(
        &HEADER,
        reports.iter().flat_map(|r| cells(r, &all(r), lang)),
    )
}

/// The CSV cells of `report`'s indicators at `indices`, in [`HEADER`]'s order.
fn cells<'r>(
    report: &'r Report,
    indices: &[usize],
    lang: Lang,
) -> impl Iterator<Item = Vec<String>> + 'r {
    let meta = &report.meta;
    let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
    let (report_year, review_year) = (year(meta.report_year), year(meta.review_year));
    let source = if meta.source.is_empty() {
        report.title()
    } else {
        &meta.source
    };
    let text = csv_export::text_cell;
    let front = [
        text(&meta.city),
        text(&meta.level),
        report_year,
        review_year,
        text(&meta.id),
        text(source),
    ];
    rows(report, indices, lang).into_iter().map(move |r| {
        let i = r.indicator;
        let mut row = front.to_vec();
        row.extend([
            text(&i.id),
            text(&i.sentence),
            text(&r.sentence_text),
            text(&i.raw),
            i.start.to_string(),
            i.end.to_string(),
            r.char_start.to_string(),
            r.char_end.to_string(),
            decimal::shortest(i.value),
            decimal::shortest(r.value_signed),
            i.value_high.map_or_else(String::new, decimal::shortest),
            text(&i.unit),
            text(i.comparator.id()),
            text(&i.verb),
            text(&i.period.to_string()),
            text(i.status.id()),
            text(r.status_label),
            text(i.direction.id()),
            text(i.kind.id()),
            text(r.kind_label),
            text(&i.subject),
            text(i.subject_en.as_deref().unwrap_or("")),
            text(i.sector.id()),
            text(r.sector_label),
            text(&i.section),
        ]);
        row
    })
}

/// Byte offsets into a text turned into character offsets, for a known set
/// of offsets in one pass over the text (a count from the start for each
/// would be quadratic in a long report).
struct CharOffsets {
    /// Sorted, distinct byte offsets and the characters before each.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    fn new(text: &str, bytes: &mut Vec<usize>) -> CharOffsets {
        crate::order::sort(bytes);
        bytes.dedup();
        let mut table = Vec::with_capacity(bytes.len());
        let (mut at, mut count) = (0, 0);
        for &b in bytes.iter() {
            count += text[at..b].chars().count();
            at = b;
            table.push((b, count));
        }
        CharOffsets { table }
    }

    fn of(&self, byte: usize) -> usize {
        let i = self.table.partition_point(|&(b, _)| b < byte);
        self.table.get(i).map_or(0, |&(_, c)| c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "一、2023年工作回顾\n\n全市地区生产总值增长6%，固定资产投资下降3.5%。\n";

    /// The heading is 11 characters in 25 bytes, two newlines follow, so
    /// `6%` at byte 57 is character 23; a fall is negative in
    /// `value_signed` and stays positive in `value`.
    #[test]
    fn a_csv_row_has_the_report_the_sentence_signed_values_char_offsets_and_labels() {
        let report = crate::extract::extract(TEXT);
        let csv = csv(&report, &all(&report), Lang::Zh);
        let sentence = "全市地区生产总值增长6%，固定资产投资下降3.5%。";
        // No place named: no city, no level; the years from the heading.
        let id = crate::ingest::report_id(TEXT);
        assert_eq!(
            csv,
            format!(
                "\u{feff}{}\r\n\
                 ,,2024,2023,{id},2024年政府工作报告,s1-1,s1,{sentence},6%,57,59,23,25,6,6,,%,,,2023,actual,实绩,up,growth,增速,地区生产总值,GDP,macro,宏观经济,一、2023年工作回顾\r\n\
                 ,,2024,2023,{id},2024年政府工作报告,s1-2,s1,{sentence},3.5%,86,90,34,38,3.5,-3.5,,%,,,2023,actual,实绩,down,growth,增速,固定资产投资,Fixed-asset investment,macro,宏观经济,一、2023年工作回顾\r\n",
                HEADER.join(",")
            )
        );
        assert_eq!(
            HEADER.join(","),
            "city,level,report_year,review_year,report_id,source,id,sentence,sentence_text,raw,start,end,char_start,char_end,value,value_signed,value_high,unit,comparator,verb,period,status,status_label,direction,kind,kind_label,subject,subject_en,sector,sector_label,section"
        );
    }

    #[test]
    fn json_keeps_the_scheme_fields_and_adds_the_exports() {
        let report = crate::testing::mudanjiang();
        let i = report
            .indicators
            .iter()
            .position(|i| i.id == "s6-3")
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&json(&report, &[i], Lang::En)).unwrap();
        assert_eq!(v["meta"]["city"], "牡丹江市");
        let row = &v["indicators"][0];
        let scheme = serde_json::to_value(&report.indicators[i]).unwrap();
        for (key, value) in scheme.as_object().unwrap() {
            assert_eq!(&row[key], value, "{key}");
        }
        assert_eq!(row["raw"], "3.5%");
        assert_eq!(row["value"], 3.5);
        assert_eq!(row["value_signed"], -3.5);
        assert_eq!(
            (row["start"].clone(), row["end"].clone()),
            (1204.into(), 1208.into())
        );
        assert_eq!(
            (row["char_start"].clone(), row["char_end"].clone()),
            (416.into(), 420.into())
        );
        assert_eq!(
            &report.text.chars().skip(416).take(4).collect::<String>(),
            "3.5%"
        );
        assert_eq!(row["status_label"], "Estimate");
        assert_eq!(row["sector_label"], "Macroeconomy");
        assert_eq!(row["kind_label"], "Growth");
        assert!(row["sentence_text"].as_str().unwrap().starts_with(
            "预计全市地区生产总值增长6%，规上工业增加值增长7%以上，固定资产投资下降3.5%，"
        ));
        assert_eq!(
            row.as_object().unwrap().len(),
            scheme.as_object().unwrap().len() + 7
        );
    }

    /// Every text cell passes the formula guard, the sentence's text and
    /// the labels included; the numeric cells of the same rows stay plain
    /// numbers, negative ones included.
    #[test]
    fn formula_text_is_guarded_and_numbers_stay_numbers() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tTAB", "'\tTAB"),
            ("\rCR", "\"'\rCR\""),
            ("\u{ff1d}HYPERLINK(1)", "'\u{ff1d}HYPERLINK(1)"),
            ("\u{ff0b}1", "'\u{ff0b}1"),
            ("\u{ff0d}1", "'\u{ff0d}1"),
            ("\u{ff20}A1", "'\u{ff20}A1"),
            ("=A1,\"x\"", "\"'=A1,\"\"x\"\"\""),
        ];
        for (hostile, want) in cases {
            let mut report = crate::extract::extract(TEXT);
            report.meta.city = hostile.to_owned();
            report.indicators[1].subject = hostile.to_owned().into();
            let csv = csv(&report, &[1], Lang::Zh);
            // Split on CRLF only: a guarded lone CR stays inside its quotes.
            let line = csv.split("\r\n").nth(1).unwrap();
            assert!(line.starts_with(&format!("{want},,2024,2023,")), "{line}");
            let subject = format!(",{want},Fixed-asset investment,");
            assert!(line.contains(&subject), "{line}");
            assert!(line.contains(",3.5,-3.5,,%,"), "{line}");
        }
    }

    /// A range is one row with its upper end beside the signed value, and
    /// the word that governs a target sits beside the comparator.
    #[test]
    fn a_range_and_its_governing_word_have_their_columns() {
        let text = "二、2026年重点工作\n\n力争全市外贸进出口总额增长4%—5%。\n";
        let report = crate::extract::extract(text);
        let csv = csv(&report, &all(&report), Lang::Zh);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.contains(",4%—5%,"), "{row}");
        assert!(row.contains(",4,4,5,%,,力争,"), "{row}");
        assert_eq!(csv.split("\r\n").filter(|l| !l.is_empty()).count(), 2);
    }

    /// The JSON written by hand is serde_json's, byte for byte, on every
    /// built-in report and the corpus, in both languages, and on records
    /// with every character JSON escapes and numbers JSON cannot hold.
    #[test]
    fn json_is_serde_json_s() {
        let mut reports = vec![crate::testing::mudanjiang()];
        reports.extend([2023, 2024].map(crate::testing::qingyan));
        let corpus = crate::testing::root().join("tests/fixtures/corpus");
        let mut texts: Vec<_> = std::fs::read_dir(corpus)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        texts.sort();
        for path in texts.iter().take(12) {
            reports.push(crate::extract::extract(
                &std::fs::read_to_string(path).unwrap(),
            ));
        }
        let mut hostile = crate::extract::extract(TEXT);
        hostile.meta.city = "q\"b\\s/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}".into();
        hostile.meta.report_year = None;
        hostile.indicators[0].subject = hostile.meta.city.clone().into();
        hostile.indicators[0].value_high = Some(f64::NAN);
        hostile.indicators[1].value = f64::INFINITY;
        hostile.indicators[1].subject_en = None;
        reports.push(hostile);
        for lang in [Lang::Zh, Lang::En] {
            for report in &reports {
                let all = all(report);
                let export = Export {
                    meta: &report.meta,
                    indicators: rows(report, &all, lang),
                };
                assert_eq!(
                    json(report, &all, lang),
                    serde(&export),
                    "{}",
                    report.meta.title
                );
                assert_eq!(
                    json(report, &[], lang),
                    serde(&Export {
                        indicators: vec![],
                        ..export
                    })
                );
            }
            let exports: Vec<Export> = (reports.iter())
                .map(|r| Export {
                    meta: &r.meta,
                    indicators: rows(r, &all(r), lang),
                })
                .collect();
            assert_eq!(json_many(&reports, lang), serde(&exports));
            assert_eq!(json_many(&[], lang), "[]\n");
        }
    }

    /// serde_json's pretty output with the exports' final newline.
    fn serde(value: &impl Serialize) -> String {
        serde_json::to_string_pretty(value).unwrap() + "\n"
    }

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "增长6%，GDP增长。";
        let mut bytes = vec![6, 8, 11, 14, 0, 6];
        let chars = CharOffsets::new(text, &mut bytes);
        assert_eq!([0, 6, 8, 11, 14].map(|b| chars.of(b)), [0, 2, 4, 5, 8]);
    }
}
