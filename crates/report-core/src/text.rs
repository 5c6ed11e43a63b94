//! A record's text ([`Text`]): a string that is borrowed from the
//! program, owned, or shared by the records of one sentence.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A record's text: borrowed from the program for the embedded report, so
/// building it at start-up allocates nothing per field (in the browser,
/// thousands of allocations before the first paint made V8 recompile the
/// allocator on a background thread in the middle of it); owned when the
/// extractor reads a text at run time; shared where every record of a
/// sentence says the same (its sentence id, its heading path), so a
/// sentence of 8,000 numbers allocates those once, not 8,000 times.
/// Reads, compares, hashes and serialises as the string it holds,
/// whichever way it holds it.
#[derive(Clone)]
pub enum Text {
    Borrowed(&'static str),
    Owned(String),
    /// An `Arc<String>`, not an `Arc<str>`: the string is moved in, not
    /// copied, and the page's code stays smaller.
    Shared(Arc<String>),
}

impl Text {
    /// The string, owned.
    pub fn into_owned(self) -> String {
        match self {
            Text::Owned(s) => s,
            other => other.as_str().to_owned(),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Owned(s) => s,
            Text::Shared(s) => s,
        }
    }

    /// Text that records will clone many times: each clone shares it.
    pub fn shared(s: String) -> Text {
        Text::Shared(Arc::new(s))
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::Borrowed("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text::Borrowed(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Owned(s)
    }
}

impl From<std::borrow::Cow<'static, str>> for Text {
    fn from(s: std::borrow::Cow<'static, str>) -> Text {
        match s {
            std::borrow::Cow::Borrowed(s) => Text::Borrowed(s),
            std::borrow::Cow::Owned(s) => Text::Owned(s),
        }
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::Owned)
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    /// However it holds its string, a text is that string to every reader:
    /// equal, ordered, hashed and serialised alike.
    #[test]
    fn every_way_of_holding_reads_the_same() {
        let all = [
            Text::Borrowed("s42"),
            Text::Owned("s42".to_owned()),
            Text::shared("s42".to_owned()),
        ];
        for a in &all {
            assert_eq!(serde_json::to_string(a).unwrap(), "\"s42\"");
            assert_eq!(format!("{a:?}"), "\"s42\"");
            assert_eq!(*a, "s42");
            assert_eq!(a.to_string(), "s42");
            assert_eq!(a.clone().into_owned(), "s42");
            for b in &all {
                assert_eq!(a, b);
                assert_eq!(a.cmp(b), std::cmp::Ordering::Equal);
            }
        }
        let back: Text = serde_json::from_str("\"s42\"").unwrap();
        assert!(matches!(back, Text::Owned(ref s) if s == "s42"));
    }
}
