//! The top-level fields of a RON struct, as raw text: how the store keeps the fields of a
//! record that this version does not know (written by a newer minor version) through a
//! save. A small scanner that knows RON's strings, raw strings, characters and comments;
//! it never evaluates anything.

/// `(name, raw value text)` of each top-level field of the struct in `text`, in order; None
/// when `text` is not one struct (`Name(field: value, ...)` or `(field: value, ...)`).
pub fn top_level_fields(text: &str) -> Option<Vec<(String, String)>> {
    let b = text.as_bytes();
    let mut i = skip_blank(b, 0)?;
    // An optional struct name.
    let (_, after_name) = ident(b, i);
    i = skip_blank(b, after_name)?;
    if b.get(i) != Some(&b'(') {
        return None;
    }
    i += 1;
    let mut out = Vec::new();
    loop {
        i = skip_blank(b, i)?;
        match b.get(i)? {
            b')' => break,
            _ => {
                let (name, end) = ident(b, i);
                let name = name?;
                i = skip_blank(b, end)?;
                if b.get(i) != Some(&b':') {
                    return None;
                }
                i = skip_blank(b, i + 1)?;
                let start = i;
                i = value_end(b, i)?;
                out.push((name.to_string(), text[start..i].trim_end().to_string()));
                i = skip_blank(b, i)?;
                match b.get(i)? {
                    b',' => i += 1,
                    b')' => break,
                    _ => return None,
                }
            }
        }
    }
    // Nothing but blanks after the closing parenthesis.
    let rest = skip_blank(b, i + 1)?;
    (rest == b.len()).then_some(out)
}

/// An identifier at `i` (`r#name` too): its text, and where it ends.
fn ident(b: &[u8], i: usize) -> (Option<&str>, usize) {
    let start = if b[i..].starts_with(b"r#") { i + 2 } else { i };
    let mut j = start;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
        j += 1;
    }
    if j == start || b[start].is_ascii_digit() {
        return (None, i);
    }
    (std::str::from_utf8(&b[start..j]).ok(), j)
}

/// Past whitespace and comments (`//` to the line's end, `/* */` nested); None for a comment
/// that never ends.
fn skip_blank(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0usize;
            loop {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= b.len() {
                    return None;
                } else {
                    i += 1;
                }
            }
        } else {
            return Some(i);
        }
    }
}

/// Where the value starting at `i` ends: at the `,` or `)` that closes it at depth 0.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        let c = *b.get(i)?;
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            b',' if depth == 0 => return Some(i),
            b'"' => {
                i = string_end(b, i + 1)?;
                continue;
            }
            b'\'' => {
                // A character: 'x', '\'', '\u{3042}', 'あ'.
                let mut j = i + 1;
                if b.get(j) == Some(&b'\\') {
                    j += 2;
                }
                while *b.get(j)? != b'\'' {
                    j += 1;
                }
                i = j + 1;
                continue;
            }
            b'r' | b'b' => {
                // A raw string r"…", r#"…"#, br"…"; or a plain identifier.
                let mut j = i + 1;
                if c == b'b' && b.get(j) == Some(&b'r') {
                    j += 1;
                } else if c == b'b' {
                    i += 1;
                    continue;
                }
                let hashes = b[j..].iter().take_while(|&&h| h == b'#').count();
                if b.get(j + hashes) == Some(&b'"') && (c == b'r' || b[i + 1] == b'r') {
                    let mut close = vec![b'"'];
                    close.extend(std::iter::repeat_n(b'#', hashes));
                    let body = j + hashes + 1;
                    let found = b[body..].windows(close.len()).position(|w| w == close)?;
                    i = body + found + close.len();
                    continue;
                }
                // An identifier: skip it whole (it may contain r or b).
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                continue;
            }
            b'/' if b[i..].starts_with(b"//") || b[i..].starts_with(b"/*") => {
                i = skip_blank(b, i)?;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
}

/// Past the closing quote of a string whose body starts at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        match *b.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_strings_comments_and_nesting() {
        let text = r##"// header
Record( format_version: 1, // a comment, with ) and ,
    notes: "a, b) \" c",
    r#raw: r#"x "), y"#,
    ch: ',', other: ')',
    nested: Some((a: [1, 2], b: {"k": (x: 1)})), /* block /* nested */ , ) */
    last: Planned
)
"##;
        let fields = top_level_fields(text).expect("one struct");
        let names: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "format_version",
                "notes",
                "raw",
                "ch",
                "other",
                "nested",
                "last"
            ]
        );
        assert_eq!(fields[1].1, r#""a, b) \" c""#);
        assert_eq!(fields[2].1, r##"r#"x "), y"#"##);
        assert_eq!(fields[3].1, "','");
        assert_eq!(fields[5].1, r#"Some((a: [1, 2], b: {"k": (x: 1)}))"#);
        assert_eq!(fields[6].1, "Planned");
    }

    #[test]
    fn not_one_struct() {
        assert_eq!(top_level_fields(""), None);
        assert_eq!(top_level_fields("(a: 1"), None);
        assert_eq!(top_level_fields("(a: \"open)"), None);
        assert_eq!(top_level_fields("(a: 1) trailing"), None);
        assert_eq!(top_level_fields("[1, 2]"), None);
        assert_eq!(top_level_fields("(a 1)"), None);
        assert_eq!(top_level_fields("()"), Some(vec![]));
    }
}
