//! Lower case without the standard library's table.
//!
//! `char::to_lowercase` carries a table of every mapping, one pair of
//! chars each (11.7 KB of the page's wasm, issue 15's size budget). Most
//! mappings come in runs: a block of capitals a fixed distance from its
//! small letters (`A`–`Z`, `Ａ`–`Ｚ`, `Ⅰ`–`Ⅻ`), or capitals and small
//! letters alternating (`Ā ā Ă ă …`). The runs below give the same
//! answer for every char (`tests::agrees_with_std`); a toolchain with a
//! newer Unicode fails that test, and `print_runs` writes the new table.

/// The runs, by first char: `first << 8 | count << 1 | step - 1`, where a
/// run maps `count` chars `step` apart (1 or 2) each by its `DELTAS` entry.
const RUNS: [u32; 185] = [
    0x0004134, 0x000c02e, 0x000d80e, 0x0010031, 0x0013207, 0x0013911, 0x0014a2f, 0x0017802,
    0x0017907, 0x0018102, 0x0018205, 0x0018602, 0x0018702, 0x0018904, 0x0018b02, 0x0018e02,
    0x0018f02, 0x0019002, 0x0019102, 0x0019302, 0x0019402, 0x0019602, 0x0019702, 0x0019802,
    0x0019c02, 0x0019d02, 0x0019f02, 0x001a007, 0x001a602, 0x001a702, 0x001a902, 0x001ac02,
    0x001ae02, 0x001af02, 0x001b104, 0x001b305, 0x001b702, 0x001b802, 0x001bc02, 0x001c402,
    0x001c502, 0x001c702, 0x001c802, 0x001ca02, 0x001cb13, 0x001de13, 0x001f102, 0x001f205,
    0x001f602, 0x001f702, 0x001f829, 0x0022002, 0x0022213, 0x0023a02, 0x0023b02, 0x0023d02,
    0x0023e02, 0x0024102, 0x0024302, 0x0024402, 0x0024502, 0x002460b, 0x0037005, 0x0037602,
    0x0037f02, 0x0038602, 0x0038806, 0x0038c02, 0x0038e04, 0x0039122, 0x003a312, 0x003cf02,
    0x003d819, 0x003f402, 0x003f702, 0x003f902, 0x003fa02, 0x003fd06, 0x0040020, 0x0041040,
    0x0046023, 0x0048a37, 0x004c002, 0x004c10f, 0x004d061, 0x005314c, 0x010a04c, 0x010c702,
    0x010cd02, 0x013a0a0, 0x013f00c, 0x01c8902, 0x01c9056, 0x01cbd06, 0x01e0097, 0x01e9e02,
    0x01ea061, 0x01f0810, 0x01f180c, 0x01f2810, 0x01f3810, 0x01f480c, 0x01f5909, 0x01f6810,
    0x01f8810, 0x01f9810, 0x01fa810, 0x01fb804, 0x01fba04, 0x01fbc02, 0x01fc808, 0x01fcc02,
    0x01fd804, 0x01fda04, 0x01fe804, 0x01fea04, 0x01fec02, 0x01ff804, 0x01ffa04, 0x01ffc02,
    0x0212602, 0x0212a02, 0x0212b02, 0x0213202, 0x0216020, 0x0218302, 0x024b634, 0x02c0060,
    0x02c6002, 0x02c6202, 0x02c6302, 0x02c6402, 0x02c6707, 0x02c6d02, 0x02c6e02, 0x02c6f02,
    0x02c7002, 0x02c7202, 0x02c7502, 0x02c7e04, 0x02c8065, 0x02ceb05, 0x02cf202, 0x0a6402f,
    0x0a6801d, 0x0a7220f, 0x0a7323f, 0x0a77905, 0x0a77d02, 0x0a77e0b, 0x0a78b02, 0x0a78d02,
    0x0a79005, 0x0a79615, 0x0a7aa02, 0x0a7ab02, 0x0a7ac02, 0x0a7ad02, 0x0a7ae02, 0x0a7b002,
    0x0a7b102, 0x0a7b202, 0x0a7b302, 0x0a7b411, 0x0a7c402, 0x0a7c502, 0x0a7c602, 0x0a7c705,
    0x0a7cb02, 0x0a7cc11, 0x0a7dc02, 0x0a7f502, 0x0ff2134, 0x1040050, 0x104b048, 0x1057016,
    0x1057c1e, 0x1058c0e, 0x1059404, 0x10c8066, 0x10d502c, 0x118a040, 0x16e4040, 0x16ea032,
    0x1e90044,
];

/// How far each run's lower case is from its capitals.
const DELTAS: [i32; 185] = [
    32, 32, 32, 1, 1, 1, 1, -121, 1, 210, 1, 206, 1, 205, 1, 79, 202, 203, 1, 205, 207, 211, 209,
    1, 211, 213, 214, 1, 218, 1, 218, 1, 218, 1, 217, 1, 219, 1, 1, 2, 1, 2, 1, 2, 1, 1, 2, 1, -97,
    -56, 1, -130, 1, 10795, 1, -163, 10792, 1, -195, 69, 71, 1, 1, 1, 116, 38, 37, 64, 63, 32, 32,
    8, 1, -60, 1, -7, 1, -130, 80, 32, 1, 1, 15, 1, 1, 48, 7264, 7264, 7264, 38864, 8, 1, -3008,
    -3008, 1, -7615, 1, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -8, -74, -9, -86, -9, -8, -100, -8,
    -112, -7, -128, -126, -9, -7517, -8383, -8262, 28, 16, 1, 26, 48, 1, -10743, -3814, -10727, 1,
    -10780, -10749, -10783, -10782, 1, 1, -10815, 1, 1, 1, 1, 1, 1, 1, 1, -35332, 1, 1, -42280, 1,
    1, -42308, -42319, -42315, -42305, -42308, -42258, -42282, -42261, 928, 1, -48, -42307, -35384,
    1, -42343, 1, -42561, 1, 32, 40, 40, 39, 39, 39, 39, 64, 32, 32, 32, 27, 34,
];

/// `c` in lower case, as `char::to_lowercase` gives it: one char, or two
/// for `İ` (`i` and a combining dot above).
pub fn lower(c: char) -> impl Iterator<Item = char> {
    let u = c as u32;
    if u == 0x130 {
        return ['i', '\u{307}'].into_iter().take(2);
    }
    let run = RUNS.partition_point(|r| r >> 8 <= u);
    let mapped = run.checked_sub(1).and_then(|r| {
        let (first, count, step) = (RUNS[r] >> 8, (RUNS[r] >> 1) & 0x7f, (RUNS[r] & 1) + 1);
        let off = u - first;
        (off.is_multiple_of(step) && off / step < count)
            .then(|| char::from_u32(u.wrapping_add_signed(DELTAS[r])))
            .flatten()
    });
    [mapped.unwrap_or(c), c].into_iter().take(1)
}

/// `s` lowered one char at a time: as `str::to_lowercase` but for a
/// word-final `Σ` (which that makes `ς`); for interface words, which
/// have none.
pub fn lowered(s: &str) -> String {
    s.chars().flat_map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert!(
                lower(c).eq(c.to_lowercase()),
                "U+{:04X}: the runs disagree with this toolchain's Unicode; \
                 `cargo test -p report-core print_runs -- --ignored --nocapture` writes new ones",
                c as u32
            );
        }
        assert_eq!(lowered("GDP Ⅱ ＡＢ İ"), "GDP Ⅱ ＡＢ İ".to_lowercase());
    }

    /// Writes `RUNS` and `DELTAS` for this toolchain's Unicode.
    #[test]
    #[ignore]
    fn print_runs() {
        let pairs: Vec<(u32, u32)> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(a), None) if a != c => Some((c as u32, a as u32)),
                    _ => None,
                }
            })
            .collect();
        let (mut runs, mut deltas, mut i) = (Vec::new(), Vec::new(), 0);
        while i < pairs.len() {
            let (first, to) = pairs[i];
            let delta = to as i64 - first as i64;
            let len = |step: u32| {
                (1..)
                    .take_while(|n| {
                        pairs.get(i + n).is_some_and(|&(c, l)| {
                            c == first + *n as u32 * step && l as i64 - c as i64 == delta
                        })
                    })
                    .count()
                    + 1
            };
            let (count, step) = if len(2) > len(1) {
                (len(2), 2)
            } else {
                (len(1), 1)
            };
            assert!(count < 128);
            runs.push(format!(
                "0x{:07x}",
                first << 8 | (count as u32) << 1 | (step - 1)
            ));
            deltas.push(delta.to_string());
            i += count;
        }
        println!("RUNS ({}): {}", runs.len(), runs.join(", "));
        println!("DELTAS: {}", deltas.join(", "));
    }
}
