//! The program's one stable sort.
//!
//! Every `slice::sort_by` with its own closure, and every `sort` on its own
//! element type, is a separate copy of the standard library's sort in the
//! WebAssembly (some 4 KB each): eighteen of them made 80 KB of the binary.
//! These helpers sort a list of positions with one comparison behind a
//! `dyn` reference, which is a single copy, and then move the items into
//! that order. Same results as `sort_by` (stable), one indirect call more
//! per comparison.

use crate::set::Set;
use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `items.sort_by(cmp)` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` stably by `key`, as `items.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` as `items.sort()` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The distinct `items`, in order. `collect::<BTreeSet<_>>()` sorts its
/// input first, with a copy of the standard library's sort for each element
/// type (some 5 KB each); inserting one at a time needs none.
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> Set<T> {
    let mut set = Set::new();
    set.extend(items);
    set
}

/// For each of `keys`, the position of the first key equal to it: the
/// work of a map from key to first position, with no map (a `BTreeMap` of
/// a new key type is another copy of the B-tree's code) and the one sort.
pub fn firsts<K: Ord>(keys: &[K]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    sort_positions(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    let mut first = vec![0; keys.len()];
    // Stable: each run of equal keys starts with the earliest of them.
    for run in order.chunk_by(|&a, &b| keys[a] == keys[b]) {
        for &k in run {
            first[k] = run[0];
        }
    }
    first
}

/// The one instance of the standard library's sort.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `items[order[k]]` at `k` for every `k`, in place, following each
/// cycle of the permutation once (linear time, no `Clone` needed).
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        if done[start] {
            continue;
        }
        let mut at = start;
        loop {
            done[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_does_stably() {
        // A small generator, so the test needs no crate.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in [0, 1, 2, 3, 7, 20, 33, 200, 1000] {
            for _ in 0..20 {
                let items: Vec<(u64, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |x| x.0);
                let mut std = items.clone();
                std.sort_by_key(|x| x.0);
                assert_eq!(ours, std, "len {len}");
            }
        }
    }

    #[test]
    fn firsts_finds_each_keys_first_place() {
        assert_eq!(firsts(&["b", "a", "b", "c", "a", "b"]), [0, 1, 0, 3, 1, 0]);
        assert!(firsts::<u8>(&[]).is_empty());
    }

    #[test]
    fn set_holds_each_item_once_in_order() {
        let words = set("b a c a b".split(' '));
        assert_eq!(words.into_iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(set(Vec::<u8>::new()).is_empty());
    }

    #[test]
    fn sort_and_reverse_orders() {
        let mut v = vec!["b", "a", "c", "a"];
        sort(&mut v);
        assert_eq!(v, ["a", "a", "b", "c"]);
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "b", "a", "a"]);
    }
}
