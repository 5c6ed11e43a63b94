//! An `f64` as plain decimal text, as `format!("{v}")` and `{v:.N}` write
//! it, from the shortest digits `zmij` finds (the crate the JSON export
//! already uses to write numbers as serde_json does).
//!
//! Why not core's `Display`: its float formatter (Grisu with a Dragon
//! fallback, bignums and tables) was 14 KB of the WebAssembly, about 5 KB
//! of the single file's gzip, for the values in tables, charts, the SVG
//! download and the CSV. This is the only float formatter the page carries.
//!
//! The digits are the shortest that read back to the same `f64`, as core's
//! are. Two differences, never reached by a number a report writes: where
//! two shortest forms are equally near (16 or 17 significant digits) zmij
//! keeps the even one and core the higher (`2128800000000000.2`, core
//! `.3`); and [`fixed`] rounds `v × 10^N`, an `f64`, half away from zero,
//! where core rounds `v`'s exact binary value half to even. They differ
//! only where the digit cut off is a 5 (`1.15` to one place: `1.2` here,
//! `1.1` in core, whose `f64` lies just below 1.15; `2.45`: `2.5` in both).

/// `v` as `format!("{v}")` writes it: `6`, `38.2`, `-0.5`, `1000000`
/// (never an exponent), `NaN`, `inf`.
pub fn shortest(v: f64) -> String {
    let mut buffer = zmij::Buffer::new();
    // `format` writes `NaN`, `inf` and `-inf` as core does; any other value
    // as `[-]int[.frac][e[-]exp]`.
    let text = buffer.format(v);
    if !v.is_finite() {
        return text.to_owned();
    }
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp = match exp.strip_prefix('-') {
        Some(e) => -number(e),
        None => number(exp.trim_start_matches('+')),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let lead = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits.trim_matches('0');
    // Where the point goes, counted from the first significant digit.
    let point = int.len() as i32 + exp - lead as i32;
    let mut out = String::from(sign);
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(digits);
    } else {
        let point = point as usize;
        let (int, frac) = digits.split_at(point.min(digits.len()));
        out.push_str(int);
        out.extend(std::iter::repeat_n('0', point - int.len()));
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
    }
    out
}

/// `v` to `places` decimals, as `format!("{v:.places$}")` writes it but
/// where the digit cut off is a 5 (see the module's note).
pub fn fixed(v: f64, places: usize) -> String {
    if !v.is_finite() {
        return shortest(v);
    }
    let scale = 10f64.powi(places as i32);
    let mut out = shortest((v * scale).round() / scale);
    let have = out.find('.').map_or(0, |dot| out.len() - dot - 1);
    if places > 0 && have == 0 {
        out.push('.');
    }
    out.extend(std::iter::repeat_n('0', places.saturating_sub(have)));
    out
}

/// An exponent's digits (at most three).
fn number(digits: &str) -> i32 {
    digits
        .bytes()
        .fold(0, |n, d| n * 10 + i32::from(d.wrapping_sub(b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` pseudo-random numbers (xorshift), the same each run.
    fn noise(mut x: u64, n: usize) -> impl Iterator<Item = u64> {
        std::iter::repeat_with(move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
        .take(n)
    }

    #[test]
    fn it_writes_what_display_writes() {
        for v in [
            0.0,
            -0.0,
            6.0,
            38.2,
            -3.5,
            0.5,
            0.001,
            1e-7,
            123456.0,
            1e15,
            1e16,
            1e21,
            1e22,
            0.1 + 0.2,
            5e-324,
            1.7976931348623157e308,
            9.677419354838708,
            2.675,
        ] {
            assert_eq!(shortest(v), format!("{v}"), "{v:e}");
        }
        assert_eq!(shortest(f64::NAN), "NaN");
        assert_eq!(shortest(f64::INFINITY), "inf");
        assert_eq!(shortest(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn every_value_a_report_writes_reads_as_display_writes_it() {
        // Up to six digits at any scale a report uses (万, 亿, a percentage).
        for x in noise(0x2545_f491_4f6c_dd1d, 200_000) {
            let v = (x % 1_000_000) as f64 / 10f64.powi((x >> 32) as i32 % 7);
            for scale in [1.0, 1e4, 1e8, 1e-2, -1.0] {
                let v = v * scale;
                assert_eq!(shortest(v), format!("{v}"), "{v:e}");
            }
        }
    }

    #[test]
    fn fixed_places_read_as_format_writes_them() {
        for (v, places) in [
            (6.0, 2),
            (38.26, 1),
            (-3.456, 2),
            (0.004, 2),
            (-0.004, 2),
            (9.999, 2),
            (99.96, 1),
            (0.0, 1),
            (1.5, 0),
            (0.05, 1),
            (2.45, 1),
            (12.0, 0),
            (0.047_683_715_820_312_5, 1),
            (50.0, 1),
            (51.0, 1),
            (6.0 - 5.2, 2),
            (f64::NAN, 2),
        ] {
            assert_eq!(fixed(v, places), format!("{v:.places$}"), "{v} to {places}");
        }
    }

    #[test]
    fn fixed_reads_values_of_two_decimals_as_format_does() {
        for x in noise(0x9e37_79b9_7f4a_7c15, 100_000) {
            let v = (x % 100_000) as f64 / 100.0 - 500.0;
            for places in 2..5 {
                assert_eq!(fixed(v, places), format!("{v:.places$}"), "{v} to {places}");
            }
        }
        // A 5 cut off: core rounds the exact f64, just below 1.15 and 2.675,
        // exactly 0.125 and 38.25 (half to even).
        assert_eq!(
            (fixed(1.15, 1), format!("{:.1}", 1.15)),
            ("1.2".into(), "1.1".into())
        );
        assert_eq!(
            (fixed(0.125, 2), format!("{:.2}", 0.125)),
            ("0.13".into(), "0.12".into())
        );
        assert_eq!(
            (fixed(38.25, 1), format!("{:.1}", 38.25)),
            ("38.3".into(), "38.2".into())
        );
        assert_eq!(
            (fixed(2.675, 2), format!("{:.2}", 2.675)),
            ("2.68".into(), "2.67".into())
        );
    }
}
