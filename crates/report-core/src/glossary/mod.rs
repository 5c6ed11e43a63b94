//! Reviewed English for work-report vocabulary, and the few rules that put
//! it together.
//!
//! A subject gets English in one of three ways, in this order:
//! 1. a whole-phrase entry (`phrases`): names that do not compose, or that
//!    read better as a whole (`地区生产总值` → `GDP`);
//! 2. composition: the subject splits completely into known pieces, the
//!    last of them a head noun or a metric (`heads`), the others qualifiers
//!    (`qualifiers`) or nouns used as modifiers;
//! 3. a list joined by `、`, when every item has English;
//! 4. a share `A占B比重`, when A and B have English.
//!
//! Anything else has no English: a wrong name is worse than none.
//! Headings and titles have their own patterns in `headings`.

mod compose;
mod headings;
mod heads;
mod phrases;
mod qualifiers;

use crate::text::Text;

pub use compose::count_noun;
pub use headings::{heading, path, path_in, title, title_parts};

/// The subject in English, if every part of it is known.
pub fn english(subject: &str) -> Option<Text> {
    if let Some(en) = phrases::find(subject) {
        return Some(Text::Borrowed(en));
    }
    let plain = compose::unquoted(subject);
    if let Some(en) = phrases::find(&plain) {
        return Some(Text::Borrowed(en));
    }
    compose::list(&plain)
        .or_else(|| compose::phrase(&plain))
        .map(|en| compose::capitalised(&en))
        .or_else(|| compose::share(&plain, |part| english(part).map(Text::into_owned)))
        .map(Text::Owned)
}

/// A count noun in both numbers: `enterprise` / `enterprises`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}
