//! Row names that tell a table's rows apart.
//!
//! The overview and the compare matrix have one row per metric, and a
//! metric is a name, a kind and a unit (`aggregate::metric_key`), so two
//! rows can share a name: GDP growth in % and GDP in 亿元 both read `GDP`,
//! and a reader must open the sentences to know which is which. Where a
//! name is shared, each row says its kind (`GDP (growth)`,
//! `地区生产总值（总量）`), and its unit too where the kind is shared as well.

use std::borrow::Cow;

use crate::aggregate::metric;
use crate::format;
use crate::i18n::Lang;
use crate::model::Indicator;
use crate::order::sort_by;

/// What a row's name needs beside it to tell it from the table's others.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Qualify {
    /// No other row has its name.
    #[default]
    Alone,
    /// Another row has its name, none its name and kind.
    Kind,
    /// Another row has its name and kind (so another unit).
    KindAndUnit,
}

/// For each row of a table, named by one of its records (`rows`, in the
/// table's order), what its name needs beside it.
pub fn qualifiers<'a>(rows: impl IntoIterator<Item = &'a Indicator>) -> Vec<Qualify> {
    // The work in one function that is not generic: one copy in the page.
    qualifiers_of(&rows.into_iter().collect::<Vec<_>>())
}

fn qualifiers_of(rows: &[&Indicator]) -> Vec<Qualify> {
    // The name two rows could share is the one they are matched by; in
    // Chinese the subject as written differs from it at most by planning
    // words, so a shared name in either language is shared here.
    fn name(ind: &Indicator) -> &str {
        ind.subject_en.as_deref().unwrap_or(metric(&ind.subject))
    }
    let mut by_name: Vec<usize> = (0..rows.len()).collect();
    sort_by(&mut by_name, |&a, &b| name(rows[a]).cmp(name(rows[b])));
    let mut out = vec![Qualify::Alone; rows.len()];
    for group in by_name.chunk_by(|&a, &b| name(rows[a]) == name(rows[b])) {
        if group.len() < 2 {
            continue;
        }
        for &r in group {
            let same_kind = group.iter().filter(|&&o| rows[o].kind == rows[r].kind);
            out[r] = if same_kind.count() > 1 {
                Qualify::KindAndUnit
            } else {
                Qualify::Kind
            };
        }
    }
    out
}

/// The row's name in `lang`, with what `qualify` says it needs.
pub fn name(ind: &Indicator, lang: Lang, qualify: Qualify) -> Cow<'_, str> {
    let base = format::subject(ind, lang);
    let kind = match lang {
        Lang::Zh => ind.kind.zh(),
        // Mid-phrase, lower case: the id is the English name so written.
        Lang::En => ind.kind.id(),
    };
    let what = match qualify {
        Qualify::Alone => return Cow::Borrowed(base),
        Qualify::KindAndUnit if !ind.unit.is_empty() => match lang {
            Lang::Zh => format!("{kind}，{}", ind.unit),
            Lang::En => format!("{kind}, {}", ind.unit),
        },
        _ => kind.to_owned(),
    };
    Cow::Owned(match lang {
        Lang::Zh => format!("{base}（{what}）"),
        Lang::En => format!("{base} ({what})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn record(subject: &str, en: Option<&str>, kind: Kind, unit: &str) -> Indicator {
        Indicator {
            unit: unit.to_owned().into(),
            kind,
            subject_en: en.map(|e| e.to_owned().into()),
            ..crate::testing::indicator(subject)
        }
    }

    #[test]
    fn a_shared_name_says_its_kind_and_then_its_unit() {
        let rows = [
            record("地区生产总值", Some("GDP"), Kind::Growth, "%"),
            record("地区生产总值", Some("GDP"), Kind::Level, "亿元"),
            record(
                "固定资产投资",
                Some("Fixed-asset investment"),
                Kind::Growth,
                "%",
            ),
            record("全年粮食产量", None, Kind::Level, "亿斤"),
            record("粮食产量", None, Kind::Level, "万吨"),
        ];
        let q = qualifiers(&rows);
        let (alone, kind, unit) = (Qualify::Alone, Qualify::Kind, Qualify::KindAndUnit);
        assert_eq!(q, [kind, kind, alone, unit, unit]);
        let names = |lang| -> Vec<String> {
            (rows.iter().zip(&q))
                .map(|(r, &q)| name(r, lang, q).into_owned())
                .collect()
        };
        assert_eq!(
            names(Lang::En),
            [
                "GDP (growth)",
                "GDP (level)",
                "Fixed-asset investment",
                "全年粮食产量 (level, 亿斤)",
                "粮食产量 (level, 万吨)"
            ]
        );
        assert_eq!(
            names(Lang::Zh),
            [
                "地区生产总值（增速）",
                "地区生产总值（总量）",
                "固定资产投资",
                "全年粮食产量（总量，亿斤）",
                "粮食产量（总量，万吨）"
            ]
        );
    }

    #[test]
    fn no_rows_no_names() {
        assert!(qualifiers([]).is_empty());
    }
}
