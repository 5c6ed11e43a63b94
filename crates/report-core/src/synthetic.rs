//! A report replicated `n` times: many reports' worth of indicators with a
//! true structure, for measuring how the explorer's cost grows (the
//! `synthetic-100x` build and the benchmark). Never shipped to users.

use crate::model::Span;
use crate::report::Report;
use crate::structure::Sentence;

/// `n` copies of `report` one after another, as if `n` reports had been
/// read: text joined by blank lines, every span, section index and id
/// shifted so each copy stands on its own.
pub fn replicate(report: &Report, n: usize) -> Report {
    let mut out = Report {
        meta: report.meta.clone(),
        ..Report::default()
    };
    let doc = &report.document;
    let gap = "\n\n";
    for k in 0..n.max(1) {
        let base = out.text.len();
        let (sections, sentences) = (out.document.sections.len(), out.document.sentences.len());
        let shift = |s: Span| Span::new(s.start + base, s.end + base);
        out.document.sections.extend(doc.sections.iter().map(|s| {
            let mut s = s.clone();
            s.heading = shift(s.heading);
            s.span = shift(s.span);
            s.parent = s.parent.map(|p| p + sections);
            s
        }));
        out.document
            .paragraphs
            .extend(doc.paragraphs.iter().map(|p| {
                let mut p = p.clone();
                p.span = shift(p.span);
                p.section = p.section.map(|s| s + sections);
                p
            }));
        let paragraphs = k * doc.paragraphs.len();
        out.document
            .sentences
            .extend(doc.sentences.iter().map(|s| Sentence {
                span: shift(s.span),
                paragraph: s.paragraph + paragraphs,
                section: s.section.map(|x| x + sections),
            }));
        out.indicators.extend(report.indicators.iter().map(|ind| {
            let mut ind = ind.clone();
            let old: usize = ind.sentence.trim_start_matches('s').parse().unwrap_or(0);
            let sentence = Sentence::id(old + sentences);
            ind.id = ind.id.replacen(&*ind.sentence, &sentence, 1).into();
            ind.sentence = sentence.into();
            ind.start += base;
            ind.end += base;
            ind
        }));
        out.text.push_str(&report.text);
        if k + 1 < n {
            out.text.push_str(gap);
        }
    }
    if out.document.title.is_none() {
        out.document.title = doc.title;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::replicate;
    use crate::extract::extract;

    const TEXT: &str = "一、2023年工作回顾\n\n一是经济运行整体好转。地区生产总值增长6%。\n\n二、2024年重点工作任务\n\n新建高标准农田50万亩。";

    #[test]
    fn every_copy_points_at_its_own_text() {
        let one = extract(TEXT);
        let three = replicate(&one, 3);
        assert_eq!(three.indicators.len(), 3 * one.indicators.len());
        assert_eq!(
            three.document.sections.len(),
            3 * one.document.sections.len()
        );
        for ind in &three.indicators {
            assert_eq!(&three.text[ind.start..ind.end], ind.raw);
            let s: usize = ind.sentence[1..].parse().unwrap();
            assert!(three.document.sentences[s].span.contains(ind.span()));
            assert!(ind.id.starts_with(&format!("{}-", ind.sentence)));
        }
        let ids: std::collections::BTreeSet<&str> =
            three.indicators.iter().map(|i| &*i.id).collect();
        assert_eq!(ids.len(), three.indicators.len(), "ids are unique");
        let last = three.document.sections.last().unwrap();
        assert_eq!(
            three.path(Some(three.document.sections.len() - 1)),
            "二、2024年重点工作任务"
        );
        assert!(last.span.end <= three.text.len());
    }
}
