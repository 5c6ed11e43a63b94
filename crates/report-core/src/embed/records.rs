//! The records of the report shown first, packed: every distinct string
//! once, end to end, and each record's numbers, enums and string indices as
//! LEB128 bytes. As static structs of `&str` fields the 209 records cost
//! the wasm 18 KB raw, about 5 KB after LZMA, most of it in pointers, which
//! compress badly; packed, the same records are far smaller and are read
//! in one pass when the page builds the report.
//!
//! A record's bytes, in order: start (zigzag, from the record before),
//! length (end − start, zigzag), then id, sentence, raw (0 = the text at
//! the span, else 1 + the string's code), unit, verb, subject, English
//! subject (0 = none, else 1 + code), section as string codes (0 = the next
//! string not seen before, so a new string costs the same byte each time,
//! else its index + 1), then comparator,
//! status, direction, kind and sector as indices into their `ALL`, the
//! period (0 unknown, 1 history, else year + 2) and whether it has an upper
//! value (the next of `highs`). Its value is the same record's in `values`.

use crate::model::{Comparator, Direction, Indicator, Kind, Period, Sector, Status, Text};

/// The packed records (written by [`codegen`](super::codegen)).
pub struct Records {
    /// Every distinct string of the records, end to end.
    pub words: &'static str,
    /// Where each string of `words` ends.
    pub ends: &'static [u32],
    /// Each record's fields as LEB128 numbers (see the module's notes).
    pub fields: &'static [u8],
    /// Each record's value.
    pub values: &'static [f64],
    /// The upper values of the records that have one, in record order.
    pub highs: &'static [f64],
}

impl Records {
    /// The records, `text` being the report's.
    pub fn read(&self, text: &'static str) -> Vec<Indicator> {
        let mut out = Vec::with_capacity(self.values.len());
        let mut at = 0;
        let mut next = || {
            let mut n = 0u64;
            let mut shift = 0;
            loop {
                let byte = self.fields[at];
                at += 1;
                n |= u64::from(byte & 0x7f) << shift;
                shift += 7;
                if byte < 0x80 {
                    return n as usize;
                }
            }
        };
        let mut start = 0usize;
        let mut seen = 0usize;
        let mut highs = self.highs.iter();
        // A string index: 0 the next string not seen before, else one more
        // than an index seen; `optional` numbers start at 1 (0 = none).
        let mut word = |n: usize| {
            let i = match n {
                0 => {
                    seen += 1;
                    seen - 1
                }
                n => n - 1,
            };
            self.word(i)
        };
        for &value in self.values {
            start = start.wrapping_add(unzigzag(next()));
            let end = start.wrapping_add(unzigzag(next()));
            let id = word(next());
            let sentence = word(next());
            let raw = match next() {
                0 => &text[start..end],
                n => word(n - 1),
            };
            let unit = word(next());
            let verb = word(next());
            let subject = word(next());
            let subject_en = match next() {
                0 => None,
                n => Some(Text::Borrowed(word(n - 1))),
            };
            let section = word(next());
            let comparator = Comparator::ALL[next()];
            let status = Status::ALL[next()];
            let direction = Direction::ALL[next()];
            let kind = Kind::ALL[next()];
            let sector = Sector::ALL[next()];
            let period = match next() {
                0 => Period::Unknown,
                1 => Period::History,
                year => Period::Year((year - 2) as u16),
            };
            let value_high = match next() {
                0 => None,
                _ => highs.next().copied(),
            };
            out.push(Indicator {
                id: Text::Borrowed(id),
                sentence: Text::Borrowed(sentence),
                raw: Text::Borrowed(raw),
                start,
                end,
                value,
                unit: Text::Borrowed(unit),
                value_high,
                comparator,
                verb: Text::Borrowed(verb),
                period,
                status,
                direction,
                kind,
                subject: Text::Borrowed(subject),
                subject_en,
                sector,
                section: Text::Borrowed(section),
            });
        }
        out
    }

    fn word(&self, i: usize) -> &'static str {
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        &self.words[start..self.ends[i] as usize]
    }
}

fn unzigzag(n: usize) -> usize {
    ((n >> 1) as isize ^ -((n & 1) as isize)) as usize
}

/// The build's side: `records` packed as [`Records`] reads them back.
pub struct Packer<'a> {
    pub words: Vec<&'a str>,
    pub fields: Vec<u8>,
    pub values: Vec<f64>,
    pub highs: Vec<f64>,
}

impl<'a> Packer<'a> {
    pub fn pack(records: &'a [Indicator], text: &str) -> Packer<'a> {
        let mut p = Packer {
            words: Vec::new(),
            fields: Vec::new(),
            values: Vec::new(),
            highs: Vec::new(),
        };
        let mut start = 0usize;
        for i in records {
            p.number(zigzag(i.start.wrapping_sub(start)));
            p.number(zigzag(i.end.wrapping_sub(i.start)));
            start = i.start;
            p.word(&i.id);
            p.word(&i.sentence);
            match text.get(i.start..i.end) == Some(&*i.raw) {
                true => p.number(0),
                false => p.optional(Some(&i.raw)),
            }
            p.word(&i.unit);
            p.word(&i.verb);
            p.word(&i.subject);
            p.optional(i.subject_en.as_deref());
            p.word(&i.section);
            p.number(index(&Comparator::ALL, i.comparator));
            p.number(index(&Status::ALL, i.status));
            p.number(index(&Direction::ALL, i.direction));
            p.number(index(&Kind::ALL, i.kind));
            p.number(index(&Sector::ALL, i.sector));
            p.number(match i.period {
                Period::Unknown => 0,
                Period::History => 1,
                Period::Year(year) => usize::from(year) + 2,
            });
            p.number(usize::from(i.value_high.is_some()));
            p.highs.extend(i.value_high);
            p.values.push(i.value);
        }
        p
    }

    /// `words`' running ends, as [`Records::ends`].
    pub fn ends(&self) -> Vec<u32> {
        let mut end = 0;
        self.words
            .iter()
            .map(|w| {
                end += w.len();
                u32::try_from(end).expect("the records' strings fit in 4 GB")
            })
            .collect()
    }

    fn number(&mut self, mut n: usize) {
        loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.fields.push(low);
                return;
            }
            self.fields.push(low | 0x80);
        }
    }

    /// 0 for a string not seen before (added), else its index + 1.
    fn code(&mut self, w: &'a str) -> usize {
        match self.words.iter().position(|x| *x == w) {
            Some(at) => at + 1,
            None => {
                self.words.push(w);
                0
            }
        }
    }

    fn word(&mut self, w: &'a str) {
        let n = self.code(w);
        self.number(n);
    }

    fn optional(&mut self, w: Option<&'a str>) {
        let n = w.map_or(0, |w| self.code(w) + 1);
        self.number(n);
    }
}

fn zigzag(n: usize) -> usize {
    let n = n as isize;
    ((n << 1) ^ (n >> (isize::BITS - 1))) as usize
}

fn index<T: PartialEq>(all: &[T], x: T) -> usize {
    all.iter()
        .position(|a| *a == x)
        .expect("a value of the set")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract_with, Options};

    /// `packer` as the generated tables hold it (leaked, as statics are).
    fn records(packer: &Packer) -> Records {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        Records {
            words: leak(packer.words.concat()),
            ends: Box::leak(packer.ends().into_boxed_slice()),
            fields: Box::leak(packer.fields.clone().into_boxed_slice()),
            values: Box::leak(packer.values.clone().into_boxed_slice()),
            highs: Box::leak(packer.highs.clone().into_boxed_slice()),
        }
    }

    #[test]
    fn records_read_back_as_packed() {
        let text: &'static str = "一、2023年工作回顾\n\n全县地区生产总值增长5.2%，粮食产量30万吨以上。\n\n二、2024年主要任务\n\n地区生产总值增长6%左右，5-6个百分点。\n";
        let report = extract_with(text, &Options::default());
        let mut list = report.indicators.clone();
        assert!(list.len() >= 3);
        list[1].raw = "30万吨以上 ".into();
        list[1].value_high = Some(31.5);
        list[1].period = Period::History;
        list[2].period = Period::Unknown;
        list[2].subject_en = None;
        list.swap(0, 2);
        let packer = Packer::pack(&list, text);
        assert_eq!(records(&packer).read(text), list);
    }
}
