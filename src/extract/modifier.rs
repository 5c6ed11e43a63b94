//! Words around a number that bound it: 以上 / 突破 / 跨越 / 余 (at least),
//! 以内 / 控制在 (at most), 左右 / 约 (about).

use super::chars::Chars;
use crate::model::Comparator;

const PREFIXES: [(&str, Comparator); 8] = [
    ("不低于", Comparator::AtLeast),
    ("不少于", Comparator::AtLeast),
    ("不超过", Comparator::AtMost),
    ("控制在", Comparator::AtMost),
    ("突破", Comparator::AtLeast),
    ("跨越", Comparator::AtLeast),
    ("超过", Comparator::AtLeast),
    ("约", Comparator::About),
];

const SUFFIXES: [(&str, Comparator); 4] = [
    ("以上", Comparator::AtLeast),
    ("以内", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("左右", Comparator::About),
];

/// A modifier ending right before char `i`: its start and meaning.
pub fn prefix(c: &Chars, i: usize) -> Option<(usize, Comparator)> {
    PREFIXES
        .iter()
        .find(|(w, _)| c.ends_with(i, w))
        .map(|(w, m)| (i - w.chars().count(), *m))
}

/// A modifier starting at char `i`: its length in chars and meaning.
pub fn suffix(c: &Chars, i: usize) -> Option<(usize, Comparator)> {
    SUFFIXES
        .iter()
        .find(|(w, _)| c.starts_with(i, w))
        .map(|(w, m)| (w.chars().count(), *m))
}

/// `余` / `多` between the number and its unit (3000余户, 5万余户).
pub fn is_infix(c: Option<char>) -> bool {
    matches!(c, Some('余' | '多'))
}
