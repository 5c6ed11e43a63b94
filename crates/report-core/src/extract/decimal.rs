//! A run of ASCII digits with at most one decimal point, as an `f64`.
//!
//! Written here rather than calling `str::parse::<f64>`: the standard
//! conversion handles every float syntax exactly, and carries a 10 KB table
//! and a big-number slow path for it, about 15 KB of the single file's
//! gzip (issue 15's size budget). Reports write values of a few digits, and
//! for up to 15 significant digits (any value a report gives) the result
//! here is the correctly rounded one, the same as the standard parser's
//! (Clinger's fast path: an exact integer times or over an exact power of
//! ten rounds once). Longer digit strings are read to within about an ulp.

/// The powers of ten an `f64` holds exactly.
const EXACT_POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The largest integer below which every integer is an exact `f64`.
const MAX_EXACT: u64 = 1 << 53;

/// Significant digits a `u64` always holds.
const U64_DIGITS: usize = 19;

/// `digits` (`1088`, `38.2`, `0.05`) as a number; `None` unless it is
/// ASCII digits with at most one `.` and at least one digit.
pub fn parse(digits: &str) -> Option<f64> {
    // The point found byte by byte: a char search's set-up cost more than
    // the few digits a number has.
    let (int, frac) = match digits.bytes().position(|b| b == b'.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    let all = || int.bytes().chain(frac.bytes());
    if int.is_empty() && frac.is_empty() || !all().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Zeros at the end of the fraction change nothing but the exponent.
    let frac = frac.trim_end_matches('0');
    let mut mantissa = 0u64;
    let (mut kept, mut dropped) = (0usize, 0usize);
    for b in int.bytes().chain(frac.bytes()).skip_while(|&b| b == b'0') {
        if kept < U64_DIGITS {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            kept += 1;
        } else {
            dropped += 1;
        }
    }
    Some(scale(mantissa, dropped as i32 - frac.len() as i32))
}

/// `mantissa × 10^exp`, rounded once where both are exact.
fn scale(mantissa: u64, exp: i32) -> f64 {
    let m = mantissa as f64;
    if exp == 0 {
        return m;
    }
    let power = EXACT_POW10.get(exp.unsigned_abs() as usize);
    match power {
        Some(&p) if mantissa <= MAX_EXACT && exp < 0 => m / p,
        Some(&p) if mantissa <= MAX_EXACT => m * p,
        // Beyond the exact cases: more than 15 significant digits, or a
        // power no `f64` holds. Two roundings; `inf` where it overflows.
        _ if exp < 0 => m / 10f64.powi(-exp),
        _ => m * 10f64.powi(exp),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_what_reports_write() {
        assert_eq!(parse("1088"), Some(1088.0));
        assert_eq!(parse("38.2"), Some(38.2));
        assert_eq!(parse("0.05"), Some(0.05));
        assert_eq!(parse("006.50"), Some(6.5));
        assert_eq!(parse("0"), Some(0.0));
        assert_eq!(parse("0.000"), Some(0.0));
        assert_eq!(parse("12345678901234567890"), Some(12345678901234567890.0));
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for s in ["", ".", "1.2.3", "1,088", "-5", "1e3", "５"] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn overflow_is_infinite_as_with_the_standard_parser() {
        let huge = "9".repeat(400);
        assert_eq!(parse(&huge), Some(f64::INFINITY));
        assert_eq!(huge.parse::<f64>().ok(), Some(f64::INFINITY));
    }

    /// Every digit string of up to 15 significant digits, with the point
    /// anywhere, reads as the standard parser reads it (a fixed-seed walk
    /// over 300,000 of them).
    #[test]
    fn equals_the_standard_parser_up_to_15_digits() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300_000 {
            let len = 1 + (next() % 15) as usize;
            let zeros = (next() % 4) as usize;
            let mut s = "0".repeat(zeros);
            for _ in 0..len {
                s.push(char::from(b'0' + (next() % 10) as u8));
            }
            let point = (next() % (s.len() as u64 + 2)) as usize;
            if point < s.len() {
                s.insert(point, '.');
            }
            let want: f64 = s.parse().unwrap();
            assert_eq!(parse(&s), Some(want), "{s}");
        }
    }

    /// Longer strings: within a couple of ulps of the exact value.
    #[test]
    fn longer_strings_are_close() {
        for s in [
            "3.14159265358979323846",
            "123456789012345678901234567890",
            "0.000000000000000000000000123456789",
            "98765432109876543.21",
        ] {
            let want: f64 = s.parse().unwrap();
            let got = parse(s).unwrap();
            assert!(
                (got - want).abs() <= 4.0 * f64::EPSILON * want.abs(),
                "{s}: {got} vs {want}"
            );
        }
    }
}
