//! Pretty-printed JSON, byte for byte as `serde_json::to_string_pretty`
//! writes it, for the exports.
//!
//! Through serde, the export's rows cost the page's wasm 11 KB of code (the
//! derived serializers, serde_json's generic writer and its error type);
//! the exports write a fixed shape of strings, numbers and `null`, which
//! this writer does in a fraction of that. Numbers are formatted as
//! serde_json formats them (`zmij`, its own float formatter), and
//! `export::tests` holds the output to serde_json's on every built-in
//! report.

/// A JSON document being written: two spaces of indent a level, `": "`
/// after a key, each member and element on a line of its own, `[]` and
/// `{}` when empty.
pub struct Pretty {
    out: String,
    depth: usize,
    /// Whether the object or array being written has a member yet.
    has_value: bool,
}

impl Pretty {
    pub fn new() -> Pretty {
        Pretty {
            out: String::new(),
            depth: 0,
            has_value: false,
        }
    }

    /// The document, ending in a newline.
    pub fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }

    pub fn open_object(&mut self) {
        self.open('{');
    }

    pub fn close_object(&mut self) {
        self.close('}');
    }

    pub fn open_array(&mut self) {
        self.open('[');
    }

    pub fn close_array(&mut self) {
        self.close(']');
    }

    /// Starts the next element of an array.
    pub fn element(&mut self) {
        self.out.push_str(if self.has_value { ",\n" } else { "\n" });
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Starts member `name` of an object; its value comes next.
    pub fn key(&mut self, name: &str) {
        self.element();
        self.quoted(name);
        self.out.push_str(": ");
    }

    pub fn str(&mut self, s: &str) {
        self.quoted(s);
        self.has_value = true;
    }

    pub fn uint(&mut self, n: u64) {
        self.out.push_str(&n.to_string());
        self.has_value = true;
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
        self.has_value = true;
    }

    /// A number as serde_json writes an `f64`: `null` when it is not finite.
    pub fn f64(&mut self, v: f64) {
        if v.is_finite() {
            self.out.push_str(zmij::Buffer::new().format_finite(v));
            self.has_value = true;
        } else {
            self.null();
        }
    }

    pub fn opt_uint(&mut self, n: Option<u64>) {
        match n {
            Some(n) => self.uint(n),
            None => self.null(),
        }
    }

    fn open(&mut self, bracket: char) {
        self.depth += 1;
        self.has_value = false;
        self.out.push(bracket);
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.has_value {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
        self.out.push(bracket);
        self.has_value = true;
    }

    /// `s` in quotes, escaped as serde_json escapes it: `"` and `\`, the
    /// five short forms, and every other control character as `\u00XX`.
    fn quoted(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\x08' => "\\b",
                b'\x0c' => "\\f",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            if short.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(b >> 4)] as char);
                self.out.push(HEX[usize::from(b & 0xf)] as char);
            } else {
                self.out.push_str(short);
            }
            start = i + 1;
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }
}

impl Default for Pretty {
    fn default() -> Self {
        Pretty::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Pretty;

    #[test]
    fn writes_what_serde_json_writes() {
        let hostile = "q\"b\\s/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}é中";
        let mut j = Pretty::new();
        j.open_array();
        for v in [
            0.0,
            -0.0,
            1.0,
            38.2,
            1e16,
            1.5e-7,
            123456789.125,
            f64::NAN,
            f64::INFINITY,
        ] {
            j.element();
            j.f64(v);
        }
        j.element();
        // serde_json's maps are sorted by key: written here in that order.
        j.open_object();
        j.key("empty");
        j.open_array();
        j.close_array();
        j.key("n");
        j.opt_uint(None);
        j.key("nested");
        j.open_object();
        j.key("u");
        j.uint(u64::MAX);
        j.close_object();
        j.key(hostile);
        j.str(hostile);
        j.close_object();
        j.close_array();
        let expected = serde_json::json!([
            0.0, -0.0, 1.0, 38.2, 1e16, 1.5e-7, 123456789.125, null, null,
            { hostile: hostile, "n": null, "empty": [], "nested": { "u": u64::MAX } }
        ]);
        assert_eq!(
            j.finish(),
            serde_json::to_string_pretty(&expected).unwrap() + "\n"
        );
        let mut empty = Pretty::new();
        empty.open_object();
        empty.close_object();
        assert_eq!(empty.finish(), "{}\n");
    }
}
