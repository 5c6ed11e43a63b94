//! Chinese numerals (`二十一`, `两`, `一百零五`) to integers.
//!
//! Work reports write small counts, ranks, streaks and list markers in
//! Chinese numerals. Only the forms such texts use are accepted: digits
//! 〇零一二两三四五六七八九 and the multipliers 十百千万.

/// The value of one Chinese digit character, if it is one.
pub fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The multiplier of one Chinese place character (十百千万), if it is one.
pub fn multiplier(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        _ => return None,
    })
}

/// True for any character that can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || multiplier(c).is_some()
}

/// Parses a whole string of Chinese numerals: `十七` → 17, `二十一` → 21,
/// `一百零五` → 105, `两` → 2. Returns `None` for anything else, including
/// the empty string and malformed runs such as `十十`.
pub fn parse(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut total: u64 = 0; // completed 万 groups
    let mut section: u64 = 0; // value below 万
    let mut pending: Option<u64> = None; // digit waiting for its multiplier
    let mut last_mult = u64::MAX;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() && d != 0 {
                return None; // two digits in a row: 二三
            }
            pending = if d == 0 { pending } else { Some(d) };
        } else if let Some(m) = multiplier(c) {
            if m == 10_000 {
                section += pending.take().unwrap_or(0);
                if section == 0 {
                    return None;
                }
                total = total.checked_add(section.checked_mul(m)?)?;
                section = 0;
                last_mult = u64::MAX;
            } else {
                if m >= last_mult {
                    return None; // 十十, 十百
                }
                // A bare 十 at the start of a group means 一十.
                section += pending.take().unwrap_or(1) * m;
                last_mult = m;
            }
        } else {
            return None;
        }
    }
    Some(total + section + pending.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn small_numbers() {
        assert_eq!(parse("一"), Some(1));
        assert_eq!(parse("两"), Some(2));
        assert_eq!(parse("九"), Some(9));
    }

    #[test]
    fn tens() {
        assert_eq!(parse("十"), Some(10));
        assert_eq!(parse("十七"), Some(17));
        assert_eq!(parse("二十"), Some(20));
        assert_eq!(parse("二十一"), Some(21));
    }

    #[test]
    fn hundreds_and_zero() {
        assert_eq!(parse("一百零五"), Some(105));
        assert_eq!(parse("三百"), Some(300));
        assert_eq!(parse("一千二百三十四"), Some(1234));
    }

    #[test]
    fn wan() {
        assert_eq!(parse("一万"), Some(10_000));
        assert_eq!(parse("十二万"), Some(120_000));
    }

    #[test]
    fn rejects_malformed() {
        assert_eq!(parse(""), None);
        assert_eq!(parse("十十"), None);
        assert_eq!(parse("二三"), None);
        assert_eq!(parse("五a"), None);
    }
}
