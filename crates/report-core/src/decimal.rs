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
//! are. One difference, never reached by a number a report writes: where
//! two shortest forms are equally near (16 or 17 significant digits) zmij
//! keeps the even one and core the higher (`2128800000000000.2`, core
//! `.3`). [`fixed`] rounds as core does, by the binary value (`2.675`, whose
//! `f64` lies just below it, is `2.67` to two places; `38.25`, exact, is
//! `38.2`, half to even).

use std::cmp::Ordering;

/// `v` as `format!("{v}")` writes it: `6`, `38.2`, `-0.5`, `1000000`
/// (never an exponent), `NaN`, `inf`.
pub fn shortest(v: f64) -> String {
    match Digits::of(v) {
        Some(d) => d.plain(),
        None => zmij::Buffer::new().format(v).to_owned(),
    }
}

/// `v` to `places` decimals, as `format!("{v:.places$}")` writes it (see
/// the module's note on rounding).
pub fn fixed(v: f64, places: usize) -> String {
    let Some(mut d) = Digits::of(v) else {
        return zmij::Buffer::new().format(v).to_owned();
    };
    d.round_to(places);
    let mut out = d.plain();
    let have = out.find('.').map_or(0, |dot| out.len() - dot - 1);
    if places > 0 && have == 0 {
        out.push('.');
    }
    out.extend(std::iter::repeat_n('0', places - have));
    out
}

/// A finite value as `0.digits × 10^point`, its digits without leading or
/// trailing zeros (none at all for zero).
struct Digits {
    value: f64,
    negative: bool,
    digits: Vec<u8>,
    point: i32,
}

impl Digits {
    fn of(v: f64) -> Option<Digits> {
        if !v.is_finite() {
            return None;
        }
        let mut buffer = zmij::Buffer::new();
        // zmij writes `[-]int[.frac][e[-]exp]`.
        let text = buffer.format_finite(v);
        let (negative, text) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exp) = match text.split_once('e') {
            Some((m, e)) => (m, e.parse::<i32>().ok()?),
            None => (text, 0),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
        let mut point = int.len() as i32 + exp;
        let lead = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..lead);
        point -= lead as i32;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Some(Digits {
            value: v,
            negative,
            digits,
            point,
        })
    }

    /// Keeps `places` digits after the point, rounding half to even.
    fn round_to(&mut self, places: usize) {
        let keep = self.point + places as i32;
        if keep < 0 || keep as usize >= self.digits.len() {
            if keep < 0 {
                self.digits.clear();
            }
            return;
        }
        let keep = keep as usize;
        let odd = keep > 0 && self.digits[keep - 1] % 2 == 1;
        // Digits end in no zero: any after a 5 make it more than half. A
        // last 5 is a half only if the binary value is exactly it.
        let up = match self.digits[keep] {
            5 if keep + 1 == self.digits.len() => match self.binary_against_digits() {
                Some(Ordering::Greater) => true,
                Some(Ordering::Less) => false,
                _ => odd,
            },
            d => d >= 5,
        };
        self.digits.truncate(keep);
        if up {
            let mut i = keep;
            loop {
                if i == 0 {
                    self.digits.insert(0, 1);
                    self.point += 1;
                    break;
                }
                i -= 1;
                if self.digits[i] == 9 {
                    self.digits[i] = 0;
                } else {
                    self.digits[i] += 1;
                    break;
                }
            }
        }
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
    }

    /// How the `f64`'s exact value compares with its digits (`None` where
    /// the sum would not fit in 128 bits, far beyond a report's numbers).
    fn binary_against_digits(&self) -> Option<Ordering> {
        let places = u32::try_from(self.digits.len() as i32 - self.point).ok()?;
        let n = self
            .digits
            .iter()
            .try_fold(0u128, |n, &d| n.checked_mul(10)?.checked_add(u128::from(d)))?;
        let bits = self.value.abs().to_bits();
        let (exponent, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
        let (m, e) = match exponent {
            0 => (fraction, -1074),
            _ => (fraction | 1 << 52, exponent - 1075),
        };
        // m·2^e against n/10^places, both sides times 10^places.
        let m = u128::from(m).checked_mul(5u128.checked_pow(places)?)?;
        let shift = e + places as i32;
        let shifted = |x: u128, by: u32| (x.leading_zeros() > by).then(|| x << by);
        Some(if shift >= 0 {
            shifted(m, shift as u32)?.cmp(&n)
        } else {
            m.cmp(&shifted(n, shift.unsigned_abs())?)
        })
    }

    fn plain(&self) -> String {
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        let digit = |d: &u8| char::from(b'0' + d);
        if self.digits.is_empty() {
            out.push('0');
        } else if self.point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', self.point.unsigned_abs() as usize));
            out.extend(self.digits.iter().map(digit));
        } else {
            let point = self.point as usize;
            let (int, frac) = self.digits.split_at(point.min(self.digits.len()));
            out.extend(int.iter().map(digit));
            out.extend(std::iter::repeat_n('0', point - int.len()));
            if !frac.is_empty() {
                out.push('.');
                out.extend(frac.iter().map(digit));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
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
            (38.25, 1),
            (-3.456, 2),
            (0.004, 2),
            (-0.004, 2),
            (9.999, 2),
            (99.96, 1),
            (0.0, 1),
            (1.5, 0),
            (2.5, 0),
            (0.125, 2),
            (0.5, 0),
            (0.05, 1),
            (12.0, 0),
            (0.047_683_715_820_312_5, 1),
            (50.0, 1),
        ] {
            assert_eq!(fixed(v, places), format!("{v:.places$}"), "{v} to {places}");
        }
    }

    #[test]
    fn fixed_reads_as_format_writes_it_at_every_place() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x % 100_000) as f64 / 10f64.powi((x >> 32) as i32 % 6) - 500.0;
            for places in 0..4 {
                assert_eq!(fixed(v, places), format!("{v:.places$}"), "{v} to {places}");
            }
        }
        assert_eq!(fixed(2.675, 2), "2.67");
        assert_eq!(fixed(-0.125, 2), "-0.12");
        assert_eq!(fixed(0.375, 2), "0.38");
    }
}
