//! Character references in HTML and XML: the numeric forms and the named
//! ones that Chinese government pages and Word's XML actually use.

/// The named references we decode. A page with a rarer one keeps it as
/// written, which is visible and harmless.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("ideographicspace", '\u{3000}'),
    ("shy", '\u{ad}'),
    ("zwsp", '\u{200b}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("deg", '°'),
    ("permil", '‰'),
    ("percnt", '%'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("pound", '£'),
    ("euro", '€'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("sect", '§'),
    ("para", '¶'),
    ("le", '≤'),
    ("ge", '≥'),
    ("ne", '≠'),
    ("asymp", '≈'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("micro", 'µ'),
];

/// Old pages write these without the closing `;`, and browsers accept it.
const LEGACY_UNTERMINATED: &[&str] = &["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"];

/// Decodes the reference at the start of `s` (which starts with `&`): the
/// character and the bytes it took. `None` means `&` is just an ampersand.
pub(super) fn decode(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix('&')?;
    if let Some(num) = rest.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let len = digits
            .bytes()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if len == 0 {
            return None;
        }
        // Long runs of digits are out of range anyway; cap them so parsing
        // cannot overflow.
        let value = u32::from_str_radix(&digits[..len.min(8)], if hex { 16 } else { 10 }).ok();
        let c = value.map_or('\u{fffd}', numeric);
        let semicolon = usize::from(digits[len..].starts_with(';'));
        let taken = 1 + 1 + usize::from(hex) + len + semicolon;
        return Some((c, taken));
    }
    let len = rest
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .take(20)
        .count();
    let name = &rest[..len];
    let &(_, c) = NAMED.iter().find(|(n, _)| *n == name)?;
    if rest[len..].starts_with(';') {
        Some((c, 1 + len + 1))
    } else if LEGACY_UNTERMINATED.contains(&name) {
        Some((c, 1 + len))
    } else {
        None
    }
}

/// A numeric reference's character. NUL, surrogates and values beyond
/// Unicode are replacement characters; 128–159 are read as Windows-1252,
/// as browsers do, because old pages wrote `&#151;` for a dash.
fn numeric(v: u32) -> char {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match v {
        0 => '\u{fffd}',
        0x80..=0x9f => CP1252[(v - 0x80) as usize],
        _ => char::from_u32(v).unwrap_or('\u{fffd}'),
    }
}
