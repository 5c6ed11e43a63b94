//! The compare matrix as the view shows it, as CSV: one row per metric in
//! the view's order, one column per report, each cell the report's
//! records of the metric in words (status, year, the verb of a target,
//! the comparator spelled out), so the table reads the same in a
//! spreadsheet as on screen.

use super::matrix::{column_name, name, Row};
use crate::csv_export::{self, text_cell};
use crate::format::amount;
use crate::i18n::Lang;
use crate::messages::{t, tf, Msg, Tpl};
use crate::model::{Comparator, Indicator, Status, Verb};
use crate::report::Report;

/// The matrix's rows in `order` (positions in `rows`, as
/// `matrix::order` gives them) over `reports`, in `lang`.
pub fn csv<R: AsRef<Report>>(reports: &[R], rows: &[Row], order: &[usize], lang: Lang) -> String {
    let names: Vec<String> = reports
        .iter()
        .map(|r| column_name(r.as_ref(), lang))
        .collect();
    let mut header = vec![t(lang, Msg::Indicator)];
    header.extend(names.iter().map(String::as_str));
    let lines = order.iter().filter_map(|&r| rows.get(r)).map(|row| {
        let mut line = vec![text_cell(&name(reports, row, lang))];
        line.extend(row.cells.iter().enumerate().map(|(c, cell)| {
            let records: Vec<String> = cell
                .iter()
                .map(|&i| record(&reports[c].as_ref().indicators[i], lang))
                .collect();
            text_cell(&records.join(t(lang, Msg::Semicolon)))
        }));
        line
    });
    csv_export::document(&header, lines)
}

/// One record in words: `目标 2023年 力争：约6%` / `Target 2023, strive: about 6%`.
fn record(ind: &Indicator, lang: Lang) -> String {
    let verb = match (ind.status, Verb::of(&ind.verb)) {
        (Status::Estimate, _) | (_, Verb::None) => "",
        // A verb in English is its id, lower case mid-sentence.
        (_, verb) => match lang {
            Lang::Zh => verb.zh(),
            Lang::En => verb.id(),
        },
    };
    let what = format!("{} {}", lang.status(ind.status), lang.period(ind.period));
    let bound = bound(ind.comparator.signed(ind.direction), lang);
    let value = amount(ind, lang);
    match verb {
        "" => tf(lang, Tpl::Record, &[&what, &bound, &value]),
        verb => tf(lang, Tpl::RecordWithVerb, &[&what, &verb, &bound, &value]),
    }
}

/// A comparator in words, as a reader would say it before the value.
fn bound(comparator: Comparator, lang: Lang) -> &'static str {
    match comparator {
        Comparator::Exact => "",
        Comparator::AtLeast => t(lang, Msg::AtLeast),
        Comparator::AtMost => t(lang, Msg::AtMost),
        Comparator::About => t(lang, Msg::About),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::matrix::{matrix, order};

    fn qingyan() -> [Report; 2] {
        [crate::testing::qingyan(2023), crate::testing::qingyan(2024)]
    }

    #[test]
    fn the_matrix_as_shown_in_chinese() {
        let reports = qingyan();
        let rows = matrix(&reports);
        let natural: Vec<usize> = (0..rows.len()).collect();
        let got = csv(&reports, &rows, &natural, Lang::Zh);
        assert_eq!(
            got,
            concat!(
                "\u{feff}指标,青岩市 · 2023年,青岩市 · 2024年\r\n",
                "地区生产总值,实绩 2022年：4.6%；目标 2023年：约6%,预计 2023年：5.8%；目标 2024年：约5.5%\r\n",
                "一般公共预算收入,实绩 2022年：3.3%；目标 2023年：不低于5%,预计 2023年：12.6%\r\n",
                "固定资产投资,实绩 2022年：9.2%；目标 2023年：10%,预计 2023年：−2.1%；目标 2024年：6%\r\n",
                "规上工业增加值,实绩 2022年：6.1%；目标 2023年：不低于8%,预计 2023年：7.2%\r\n",
                "社会消费品零售总额,实绩 2022年：−1.4%；目标 2023年：7%,预计 2023年：7.4%\r\n",
                "居民消费价格,目标 2023年：约3%,预计 2023年：0.3%\r\n",
                "城镇调查失业率,目标 2023年：不高于5.5%,预计 2023年：5.1%\r\n",
                "万元GDP能耗,目标 2023年：−3%,预计 2023年：−3.4%\r\n",
                "新建高标准农田,目标 2023年：20万亩,实绩 2023年：21.5万亩\r\n",
                "粮食产量,目标 2023年：不低于80亿斤,实绩 2023年：79.2亿斤\r\n",
                "新签约亿元以上项目,目标 2023年：120个,实绩 2023年：131个\r\n",
            )
        );
    }

    #[test]
    fn a_target_s_verb_and_a_fall_s_bound_in_words() {
        let reports = qingyan();
        let rows = matrix(&reports);
        let mut gdp = reports[0].indicators[rows[0].cells[0][1]].clone();
        gdp.verb = "力争".into();
        assert_eq!(record(&gdp, Lang::Zh), "目标 2023年 力争：约6%");
        assert_eq!(record(&gdp, Lang::En), "Target 2023, strive: about 6%");
        // A ceiling on a fall (下降…以内) is a floor on the signed value.
        let mut fall = gdp.clone();
        fall.direction = crate::model::Direction::Down;
        fall.comparator = Comparator::AtMost;
        assert_eq!(record(&fall, Lang::Zh), "目标 2023年 力争：不低于−6%");
        // An estimate's verb (预计) is its status already.
        let estimate = &reports[1].indicators[rows[0].cells[1][0]];
        assert_eq!(record(estimate, Lang::En), "Estimate 2023: 5.8%");
    }

    #[test]
    fn sorted_rows_and_english_words() {
        let reports = qingyan();
        let rows = matrix(&reports);
        let sorted = order(&rows, &reports, Some(0), true, Lang::En);
        // Largest first by the 2023 report; a value with a comma is quoted.
        let got = csv(&reports, &rows, &sorted[..3], Lang::En);
        assert_eq!(
            got,
            concat!(
                "\u{feff}Indicator,青岩市 · 2023,青岩市 · 2024\r\n",
                "Newly signed projects of 100 million yuan or more,Target 2023: 120 projects,Result 2023: 131 projects\r\n",
                "Grain output,Target 2023: at least 8 billion jin,Result 2023: 7.92 billion jin\r\n",
                "New high-standard farmland,\"Target 2023: 200,000 mu\",\"Result 2023: 215,000 mu\"\r\n",
            )
        );
    }
}
