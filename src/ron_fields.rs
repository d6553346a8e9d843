//! The fields of a RON text, as raw text: how the store keeps the fields of a record that
//! this version does not know (written by a newer minor version) through a save, at every
//! level ([`keep_unknown_fields`]). A small scanner that knows RON's strings, raw strings,
//! characters and comments; it never evaluates anything.
//!
//! Why text and not serde: a struct with a `#[serde(flatten)]` map of `ron::Value` is read as
//! a map: ron 0.12 refuses the struct `(title: "a", year: 3, grade: "S")` (ExpectedMap),
//! reads only `{"title": "a", …}`, and writes that back (tried). Merging the texts keeps each
//! unknown field byte for byte, in the struct it was in, with no change to the record types.

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

// ---------------------------------------------------------------------------------------------
// Fields unknown at every level

/// One RON value of a text, as positions: what it is and, for structs, lists, maps and
/// tuples, its parts. Never evaluated; only read to match one text against another.
#[derive(Debug)]
struct Node {
    start: usize,
    end: usize,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    /// `(name: value, ...)` or `Name(name: value, ...)`; `close` is the `)`.
    Struct {
        fields: Vec<(String, Node)>,
        close: usize,
    },
    /// `Name(a, b)`, `Some(x)`, `(a, b)`, `()`.
    Tuple {
        name: Option<String>,
        items: Vec<Node>,
    },
    List(Vec<Node>),
    /// Entries by key, the key as its string value where it is a string.
    Map(Vec<(String, Node)>),
    /// A string, a number, a character, an identifier (`None`, `Planned`, `true`).
    Atom,
}

/// Deeper than this is not read (ron's own limit is 128).
const MAX_DEPTH: usize = 200;

/// The one value of `text` (comments and blanks around it allowed).
fn parse_document(text: &str) -> Option<Node> {
    let b = text.as_bytes();
    let (i, _) = attributes(b)?;
    let node = parse_value(b, i, 0)?;
    (skip_blank(b, node.end)? == b.len()).then_some(node)
}

/// The `#![enable(…)]` attributes at the start of a RON text, as text, and where the value
/// after them starts.
fn attributes(b: &[u8]) -> Option<(usize, Vec<&str>)> {
    let mut out = Vec::new();
    let mut i = skip_blank(b, 0)?;
    while b[i..].starts_with(b"#![") {
        let start = i;
        let mut depth = 0usize;
        i += 2;
        loop {
            match *b.get(i)? {
                b'[' | b'(' => depth += 1,
                b']' | b')' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        break;
                    }
                }
                b'"' => {
                    i = string_end(b, i + 1)?;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        out.push(std::str::from_utf8(&b[start..=i]).ok()?);
        i = skip_blank(b, i + 1)?;
    }
    Some((i, out))
}

fn parse_value(b: &[u8], i: usize, depth: usize) -> Option<Node> {
    if depth > MAX_DEPTH {
        return None;
    }
    match *b.get(i)? {
        b'(' => parse_paren(b, i, i, None, depth),
        b'[' => {
            let mut items = Vec::new();
            let mut j = i + 1;
            loop {
                j = skip_blank(b, j)?;
                if *b.get(j)? == b']' {
                    break;
                }
                let item = parse_value(b, j, depth + 1)?;
                j = skip_blank(b, item.end)?;
                items.push(item);
                match *b.get(j)? {
                    b',' => j += 1,
                    b']' => break,
                    _ => return None,
                }
            }
            Some(Node {
                start: i,
                end: j + 1,
                kind: Kind::List(items),
            })
        }
        b'{' => {
            let mut entries = Vec::new();
            let mut j = i + 1;
            loop {
                j = skip_blank(b, j)?;
                if *b.get(j)? == b'}' {
                    break;
                }
                let key = parse_value(b, j, depth + 1)?;
                j = skip_blank(b, key.end)?;
                if *b.get(j)? != b':' {
                    return None;
                }
                j = skip_blank(b, j + 1)?;
                let value = parse_value(b, j, depth + 1)?;
                j = skip_blank(b, value.end)?;
                let raw = std::str::from_utf8(&b[key.start..key.end]).ok()?;
                let key = ron::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string());
                entries.push((key, value));
                match *b.get(j)? {
                    b',' => j += 1,
                    b'}' => break,
                    _ => return None,
                }
            }
            Some(Node {
                start: i,
                end: j + 1,
                kind: Kind::Map(entries),
            })
        }
        _ => {
            let (name, after) = ident(b, i);
            if let Some(name) = name {
                // `Name(` is a named struct, tuple or enum variant; a raw or byte string
                // (`r"…"`, `br#"…"#`) is not an identifier followed by `(`.
                let j = skip_blank(b, after)?;
                if b.get(j) == Some(&b'(') {
                    return parse_paren(b, i, j, Some(name.to_string()), depth);
                }
                if !matches!(b.get(after), Some(b'"' | b'#')) {
                    return Some(Node {
                        start: i,
                        end: after,
                        kind: Kind::Atom,
                    });
                }
            }
            atom(b, i)
        }
    }
}

/// A string, number or character at `i`: it ends at the first blank, comment or
/// punctuation outside a string or character.
fn atom(b: &[u8], i: usize) -> Option<Node> {
    let stop = b.len();
    let mut j = i;
    while j < stop {
        match b[j] {
            b'"' => j = string_end(b, j + 1)?,
            b'r' | b'b' if matches!(b.get(j + 1), Some(b'"' | b'#' | b'r')) => {
                // A raw string r"…", r#"…"#, br"…", or a byte string b"…".
                let mut k = j + 1;
                if b[j] == b'b' && b.get(k) == Some(&b'r') {
                    k += 1;
                }
                if b[j] == b'b' && b.get(k) == Some(&b'"') {
                    j = string_end(b, k + 1)?;
                    continue;
                }
                let hashes = b[k..].iter().take_while(|&&h| h == b'#').count();
                if b.get(k + hashes) != Some(&b'"') {
                    return None;
                }
                let mut close = vec![b'"'];
                close.extend(std::iter::repeat_n(b'#', hashes));
                let body = k + hashes + 1;
                let found = b[body..].windows(close.len()).position(|w| w == close)?;
                j = body + found + close.len();
            }
            b'\'' => {
                let mut k = j + 1;
                if b.get(k) == Some(&b'\\') {
                    k += 2;
                }
                while *b.get(k)? != b'\'' {
                    k += 1;
                }
                j = k + 1;
            }
            c if c.is_ascii_whitespace() => break,
            b',' | b':' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => break,
            b'/' if matches!(b.get(j + 1), Some(b'/' | b'*')) => break,
            _ => j += 1,
        }
    }
    (j > i).then_some(Node {
        start: i,
        end: j.min(stop),
        kind: Kind::Atom,
    })
}

/// `(` at `open` (a name before it from `start`): a struct when its first entry is
/// `name:`, else a tuple.
fn parse_paren(
    b: &[u8],
    start: usize,
    open: usize,
    name: Option<String>,
    depth: usize,
) -> Option<Node> {
    let mut j = skip_blank(b, open + 1)?;
    let first = ident(b, j);
    let is_struct =
        first.0.is_some() && skip_blank(b, first.1).is_some_and(|k| b.get(k) == Some(&b':'));
    if is_struct {
        let mut fields = Vec::new();
        loop {
            j = skip_blank(b, j)?;
            if *b.get(j)? == b')' {
                break;
            }
            let (field, end) = ident(b, j);
            let field = field?.to_string();
            j = skip_blank(b, end)?;
            if *b.get(j)? != b':' {
                return None;
            }
            j = skip_blank(b, j + 1)?;
            let value = parse_value(b, j, depth + 1)?;
            j = skip_blank(b, value.end)?;
            fields.push((field, value));
            match *b.get(j)? {
                b',' => j += 1,
                b')' => break,
                _ => return None,
            }
        }
        return Some(Node {
            start,
            end: j + 1,
            kind: Kind::Struct { fields, close: j },
        });
    }
    let mut items = Vec::new();
    loop {
        j = skip_blank(b, j)?;
        if *b.get(j)? == b')' {
            break;
        }
        let item = parse_value(b, j, depth + 1)?;
        j = skip_blank(b, item.end)?;
        items.push(item);
        match *b.get(j)? {
            b',' => j += 1,
            b')' => break,
            _ => return None,
        }
    }
    Some(Node {
        start,
        end: j + 1,
        kind: Kind::Tuple { name, items },
    })
}

/// Fields of `old` that `new` lacks, at every level, matched by position in the value:
/// struct fields by name, map entries by key, list items and tuple items by index (a tuple
/// or variant only under the same name). Each as (where to insert in `new`, field name, raw
/// value text from `old`).
fn missing<'a>(old: &'a str, o: &'a Node, n: &Node, out: &mut Vec<(usize, &'a str, &'a str)>) {
    match (&o.kind, &n.kind) {
        (Kind::Struct { fields: of, .. }, Kind::Struct { fields: nf, close }) => {
            for (name, ov) in of {
                match nf.iter().find(|(m, _)| m == name) {
                    Some((_, nv)) => missing(old, ov, nv, out),
                    None => {
                        let at = nf.last().map_or(*close, |(_, v)| v.end);
                        out.push((at, name.as_str(), &old[ov.start..ov.end]));
                    }
                }
            }
        }
        (
            Kind::Tuple {
                name: on,
                items: oi,
            },
            Kind::Tuple {
                name: nn,
                items: ni,
            },
        ) if on == nn && oi.len() == ni.len() => {
            for (a, b) in oi.iter().zip(ni) {
                missing(old, a, b, out);
            }
        }
        (Kind::List(oi), Kind::List(ni)) => {
            for (a, b) in oi.iter().zip(ni) {
                missing(old, a, b, out);
            }
        }
        (Kind::Map(oe), Kind::Map(ne)) => {
            // By key, in one pass each (a record may hold thousands of entries).
            let by_key: std::collections::HashMap<&str, &Node> =
                ne.iter().map(|(k, v)| (k.as_str(), v)).collect();
            for (key, ov) in oe {
                if let Some(nv) = by_key.get(key.as_str()) {
                    missing(old, ov, nv, out);
                }
            }
        }
        _ => {}
    }
}

/// The names of the fields of `old` that `new` lacks, at every level (matched as
/// [`keep_unknown_fields`] matches them): what a save of `new` would drop. None when either
/// text is not one RON value.
pub fn dropped_fields(old: &str, new: &str) -> Option<Vec<String>> {
    let o = parse_document(old)?;
    let n = parse_document(new)?;
    let mut out = Vec::new();
    missing(old, &o, &n, &mut out);
    Some(out.iter().map(|(_, name, _)| name.to_string()).collect())
}

/// `new` (a value serialized by this version) with every field of `old` (the same value as
/// a newer version wrote it) that `new` lacks put back in place, at every level: in the
/// struct it was in, after that struct's fields, with its value as `old` wrote it. None
/// when either text is not one RON value; `new` unchanged when nothing is missing.
pub fn keep_unknown_fields(old: &str, new: &str) -> Option<String> {
    let o = parse_document(old)?;
    let n = parse_document(new)?;
    let mut found = Vec::new();
    missing(old, &o, &n, &mut found);
    let nb = new.as_bytes();
    // Group by insertion point, keeping each group's order as in `old`.
    let mut groups: std::collections::BTreeMap<usize, Vec<(&str, &str)>> = Default::default();
    for (at, name, value) in found {
        groups.entry(at).or_default().push((name, value));
    }
    // Each insertion once, in order: the text is copied once, whatever the number of them.
    let mut out = String::with_capacity(new.len());
    let mut copied = 0;
    // The fields kept may be written in a syntax the newer version enabled
    // (`#![enable(implicit_some)]`): its attributes go first.
    if !groups.is_empty() {
        let (_, theirs) = attributes(old.as_bytes())?;
        let (_, ours) = attributes(nb)?;
        for a in theirs.iter().filter(|a| !ours.contains(a)) {
            out.push_str(a);
            out.push('\n');
        }
    }
    for (at, fields) in groups {
        // After the last field's comma when it has one; a comma added when it has none.
        let next = skip_blank(nb, at)?;
        let before = nb[..at]
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map(|p| nb[p]);
        let (at, comma) = match nb.get(next) {
            Some(b',') => (next + 1, ""),
            Some(b')') if before == Some(b'(') => (at, ""),
            _ => (at, ","),
        };
        // Indented one level deeper than the line the struct closes on.
        let close = nb[at..]
            .iter()
            .position(|&c| c == b')')
            .map_or(at, |p| at + p);
        let line_start = nb[..close]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
        let indent = nb[line_start..].iter().take_while(|&&c| c == b' ').count();
        out.push_str(&new[copied..at]);
        out.push_str(comma);
        for (name, value) in fields {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent + 4));
            out.push_str(&format!("{name}: {value},"));
        }
        copied = at;
    }
    out.push_str(&new[copied..]);
    Some(out)
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

    #[test]
    fn unknown_fields_are_put_back_where_they_were() {
        let old = r##"// header
Record(
    a: 1, // a comment, with ) and :
    s: Some(Inner(x: 1, extra: "v, )")),
    m: {"k\u{3042}": (l: A, deep: [1, (q: r#"r"), "#)]), "gone": (l: B, x: 2)},
    v: [(d: "1", u: 1), (d: "2", u: 2)],
    t: Done(Some(2024)),
    e: Some((z: 1, w: 'c')),
    top: { "x": [] },
)"##;
        let new = "(\n    a: 2,\n    s: Some((\n        x: 5,\n    )),\n    m: {\n        \"kあ\": (\n            l: B,\n        ),\n    },\n    v: [\n        (d: \"1\"),\n    ],\n    t: Planned,\n    e: None,\n)";
        let kept = keep_unknown_fields(old, new).expect("both parse");
        assert_eq!(
            kept,
            "(\n    a: 2,\n    s: Some((\n        x: 5,\n        extra: \"v, )\",\n    )),\n    m: {\n        \"kあ\": (\n            l: B,\n            deep: [1, (q: r#\"r\"), \"#)],\n        ),\n    },\n    v: [\n        (d: \"1\",\n            u: 1,),\n    ],\n    t: Planned,\n    e: None,\n    top: { \"x\": [] },\n)"
        );
        assert_eq!(dropped_fields(old, &kept), Some(vec![]));
        assert_eq!(
            dropped_fields(old, new),
            Some(vec![
                "extra".into(),
                "deep".into(),
                "u".into(),
                "top".into()
            ])
        );
        // Nothing to keep: unchanged.
        assert_eq!(keep_unknown_fields(new, new).as_deref(), Some(new));
    }

    #[test]
    fn what_is_not_one_value_is_not_merged() {
        assert_eq!(keep_unknown_fields("(a: 1", "(a: 1)"), None);
        assert_eq!(keep_unknown_fields("(a: 1)", "(a: 1) x"), None);
        let deep = format!("(a: {}1{})", "[".repeat(500), "]".repeat(500));
        assert_eq!(keep_unknown_fields(&deep, "(a: 1)"), None);
        // `()` is read as a unit, not as a struct (this version never writes an empty one).
        assert_eq!(
            keep_unknown_fields("(a: 1, b: 2)", "()").as_deref(),
            Some("()")
        );
    }
}
