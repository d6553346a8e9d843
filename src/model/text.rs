//! Text that came from outside the program (a map file, later the user's own record).
//!
//! Every string enters through [`Text`], whose deserializer drops what must never reach a
//! terminal: C0 and C1 control characters (ESC among them), bidi overrides and isolates, and
//! zero-width characters. Line breaks and tabs become plain spaces. Sanitising once, where
//! text enters, means no renderer (TUI, `show`, Markdown) has to remember to do it.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A sanitised string: the embedded map's texts are the binary's own (no copy on the heap,
/// none made by a clone), every other one owned.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Cow<'static, str>);

impl Text {
    /// Sanitise `raw` and wrap it.
    pub fn new(raw: &str) -> Self {
        Text(Cow::Owned(sanitize(raw)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Text of the embedded map, taken as it is: the map built from it is tested equal to
    /// the map read (and sanitised) by the deserializer (`the_embedded_map_is_valid`).
    pub(super) fn embedded(s: &'static str) -> Self {
        Text(Cow::Borrowed(s))
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::new(s)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        // Most text is clean: keep its allocation rather than copying it.
        if has_unsafe_char(&raw) {
            Ok(Text::new(&raw))
        } else {
            Ok(Text(Cow::Owned(raw)))
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Whether `text` has a character [`is_unsafe_char`] refuses. Read byte by byte: every such
/// character's UTF-8 starts with one of a few bytes (an ASCII control or DEL, C2 for
/// U+0080–U+00BF, D8 for U+0600–U+063F, E2 for U+2000–U+2FFF, EF for U+F000–U+FFFF), so
/// only the characters that start with one of them are decoded (the embedded map's texts
/// are checked in a fraction of the instructions of decoding every character).
pub fn has_unsafe_char(text: &str) -> bool {
    text.bytes().enumerate().any(|(i, b)| {
        (b < 0x20 || matches!(b, 0x7F | 0xC2 | 0xD8 | 0xE2 | 0xEF))
            && text[i..].chars().next().is_some_and(is_unsafe_char)
    })
}

/// True for characters that must never be written to a terminal as they are.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}'                // Arabic letter mark (bidi)
            | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{2028}'..='\u{202E}' // line/paragraph separators, bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{FEFF}'              // zero-width no-break space / BOM
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
        )
}

/// Remove unsafe characters; whitespace controls (newline, tab, ...) become one space.
pub fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_whitespace() && c.is_control() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !is_unsafe_char(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// Every character, alone and among others, as decoding every character finds it.
    #[test]
    fn unsafe_characters_are_found_as_by_decoding_each() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(
                super::has_unsafe_char(&alone),
                super::is_unsafe_char(c),
                "{c:?}"
            );
            if c.len_utf8() > 1 {
                let among = format!("漢字{c}かな");
                assert_eq!(
                    super::has_unsafe_char(&among),
                    super::is_unsafe_char(c),
                    "{c:?}"
                );
            }
        }
        assert!(!super::has_unsafe_char("係長・主任（★）→ ＯＪＴ"));
    }

    use super::*;

    #[test]
    fn strips_escapes_bidi_and_zero_width() {
        let raw = "a\u{1b}[31mb\u{202E}c\u{200B}d\u{FEFF}e\u{9B}f\u{2066}g";
        assert_eq!(sanitize(raw), "a[31mbcdefg");
    }

    #[test]
    fn keeps_japanese_and_folds_line_breaks() {
        assert_eq!(sanitize("主任\n研修\t（基礎）"), "主任 研修 （基礎）");
    }
}
