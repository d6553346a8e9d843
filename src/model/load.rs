//! Reading a map: from the embedded default or a file, with errors a person can act on.

use std::fmt;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use super::messages::{Lang, Lookalike, Msg};
use super::{CareerMap, Problem, validate};

/// The default map's text, compiled into the binary (a start builds the map from code made
/// of the same file instead: see `load_embedded`). Kept in a section of its own, apart from
/// the read-only data a start reads: its 52 KB make no page of theirs resident.
pub static EMBEDDED_MAP: &str = match std::str::from_utf8(&EMBEDDED_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("data/hamamatsu.ron is not UTF-8"),
};
#[cfg_attr(target_os = "linux", unsafe(link_section = "career_nav_cold"))]
static EMBEDDED_BYTES: [u8; include_bytes!("../../data/hamamatsu.ron").len()] =
    *include_bytes!("../../data/hamamatsu.ron");
/// How error messages name the embedded map.
pub const EMBEDDED_NAME: &str = "data/hamamatsu.ron (embedded)";

/// Where a map came from, for messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapSource {
    Embedded,
    File(PathBuf),
}

impl fmt::Display for MapSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MapSource::Embedded => f.write_str(EMBEDDED_NAME),
            MapSource::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// Why a map could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io { file: String, message: Msg },
    /// The file is not valid RON for a career map.
    Syntax {
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, counted in characters (as RON counts).
        column: usize,
        /// What went wrong.
        message: Box<Msg>,
        /// Likely causes RON's message does not name.
        hints: Vec<Msg>,
        /// The offending line of the file, for the excerpt.
        source_line: String,
    },
    /// The file parses (or its missing fields were all found) but describes a broken map.
    Invalid {
        file: String,
        problems: Vec<Problem>,
        /// The file's line at each problem (for the excerpt), in the same order.
        lines: Vec<Option<String>>,
    },
    /// An error `career-nav-convert` found in a workbook and said, in the reader's language
    /// (sheets and cells named as [`LoadError::Invalid`] renders them).
    Told { text: String },
}

impl LoadError {
    /// The position of the first error, where there is one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Io { .. } | LoadError::Told { .. } => None,
            LoadError::Syntax { line, column, .. } => Some((*line, *column)),
            LoadError::Invalid { problems, .. } => problems.first().and_then(|p| p.position),
        }
    }

    /// Every message of the error, first to last (for tests and tools).
    pub fn messages(&self) -> Vec<&Msg> {
        match self {
            LoadError::Io { message, .. } => vec![message],
            LoadError::Told { .. } => Vec::new(),
            LoadError::Syntax { message, hints, .. } => {
                std::iter::once(&**message).chain(hints).collect()
            }
            LoadError::Invalid { problems, .. } => problems.iter().map(|p| &p.message).collect(),
        }
    }
}

impl LoadError {
    /// The error as a person reads it, in `lang`: file, line and column (or sheet and cell),
    /// what is wrong, and the offending line with a caret under the column.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            LoadError::Io { file, message } => format!("{file}: {}", message.render(lang)),
            LoadError::Told { text } => text.clone(),
            LoadError::Syntax {
                file,
                line,
                column,
                message,
                hints,
                source_line,
            } => {
                let mut out = format!("{file}:{line}:{column}: {}", message.render(lang));
                for h in hints {
                    out.push_str(if lang == Lang::Ja { "" } else { " " });
                    out.push_str(&render_hint(h, lang));
                }
                out.push('\n');
                out.push_str(&excerpt(*line, *column, source_line));
                out
            }
            LoadError::Invalid {
                file,
                problems,
                lines,
            } => {
                let mut out = format!("{file}: {}", Msg::Invalid(problems.len()).render(lang));
                for (i, p) in problems.iter().enumerate() {
                    out.push_str(&format!("\n{file}"));
                    if let Some((l, c)) = p.position {
                        out.push_str(&format!(":{l}:{c}"));
                    }
                    if let Some(cell) = &p.cell {
                        out.push_str(&match lang {
                            Lang::Ja => format!(
                                ": シート「{}」のセル {}（見出し「{}」）",
                                cell.sheet, cell.cell, cell.heading
                            ),
                            Lang::En => format!(
                                ": sheet \"{}\", cell {} (column \"{}\")",
                                cell.sheet, cell.cell, cell.heading
                            ),
                        });
                    }
                    out.push_str(&format!(": {}", p.message.render(lang)));
                    if let (Some((l, c)), Some(Some(text))) = (p.position, lines.get(i)) {
                        out.push('\n');
                        out.push_str(&excerpt(l, c, text));
                    }
                }
                out
            }
        }
    }
}

/// A hint after its message: in parentheses in English, on its own in Japanese (where each
/// message is a whole sentence).
fn render_hint(h: &Msg, lang: Lang) -> String {
    match lang {
        Lang::En => format!("({})", h.render(lang)),
        Lang::Ja => h.render(lang),
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// The source line with a caret under `column` (1-based, in characters). The caret is placed
/// by display width so it stands under the right character of Japanese text. A long line
/// (a map on one line) is shown as a window around the column, `...` marking what is cut.
pub fn excerpt(line: usize, column: usize, source_line: &str) -> String {
    /// Characters shown before and after the column of a long line.
    const SIDE: usize = 60;
    let gutter = line.to_string();
    let col = column.saturating_sub(1);
    let start = col.saturating_sub(SIDE);
    let mut cut = source_line.chars().skip(start);
    let before: String = cut.by_ref().take(col - start).collect();
    let after: String = cut.by_ref().take(SIDE).collect();
    let more = cut.next().is_some();
    let untab = |s: &str| s.replace('\t', " ");
    let lead = if start > 0 { "..." } else { "" };
    let shown = format!(
        "{lead}{}{}{}",
        untab(&before),
        untab(&after),
        if more { "..." } else { "" }
    );
    let pad = UnicodeWidthStr::width(lead) + UnicodeWidthStr::width(untab(&before).as_str());
    format!(
        "{gutter} | {shown}\n{} | {}^",
        " ".repeat(gutter.len()),
        " ".repeat(pad)
    )
}

/// Parse and validate map text. `file` names it in messages. A leading byte-order mark is
/// skipped.
pub fn parse(text: &str, file: &str) -> Result<CareerMap, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let map: CareerMap = match ron::from_str(text) {
        Ok(map) => map,
        Err(e) => return Err(syntax_error(text, file, &e)),
    };
    let problems = validate(&map, text);
    if problems.is_empty() {
        Ok(map)
    } else {
        Err(invalid(text, file, problems))
    }
}

fn invalid(text: &str, file: &str, problems: Vec<Problem>) -> LoadError {
    let lines = problems
        .iter()
        .map(|p| {
            p.position
                .and_then(|(l, _)| text.lines().nth(l - 1))
                .map(super::sanitize)
        })
        .collect();
    LoadError::Invalid {
        file: file.to_string(),
        problems,
        lines,
    }
}

/// The error of a file RON would not read. A missing field is looked for again after each
/// one found, so the author gets every missing field of the file in one run.
fn syntax_error(text: &str, file: &str, first: &ron::error::SpannedError) -> LoadError {
    if matches!(first.code, ron::Error::MissingStructField { .. }) {
        let found = missing_fields(text);
        if !found.is_empty() {
            return invalid(text, file, found);
        }
    }
    let (line, column) = ron_position(text, first);
    let mut message = describe(&first.code);
    let mut hints = hints(text, line, column);
    let (mut line, mut column) = (line, column);
    // A list left open: RON notices only at the next field. Point where the `]` belongs.
    if let Some((open_line, at)) = unclosed_list(text, line, column) {
        hints.push(Msg::HintUnclosed {
            bracket: '[',
            line: open_line,
        });
        (line, column) = at;
        message = Msg::ExpectedArrayEnd;
    } else if let Some(open_line) = open_at_end(text, line, column, &first.code) {
        hints.push(open_line);
    } else if let Some((open_line, at)) = unclosed_struct(text, line, column, &first.code) {
        // A name that belongs to the struct around: the `)` before it is missing.
        hints.push(Msg::HintUnclosed {
            bracket: '(',
            line: open_line,
        });
        (line, column) = at;
        message = Msg::ExpectedCloseParen;
    } else if matches!(first.code, ron::Error::ExpectedComma)
        && let Some(at) = after_previous_value(text, line, column)
    {
        // RON notices a missing comma at the next value: point where the comma belongs.
        (line, column) = at;
    }
    if let ron::Error::NoSuchStructField { found, .. } = &first.code
        && !found.is_ascii()
    {
        hints.push(Msg::HintAsciiField);
    }
    let raw_line = text.lines().nth(line - 1).unwrap_or("");
    LoadError::Syntax {
        file: file.to_string(),
        line,
        column,
        message: Box::new(message),
        hints,
        source_line: super::sanitize(raw_line),
    }
}

/// The 1-based line and character column of a RON error. RON counts the column of a
/// character it could not use as the character before it when that character is wide in
/// bytes (its column advances after the character is read); step back onto it.
fn ron_position(text: &str, e: &ron::error::SpannedError) -> (usize, usize) {
    let pos = e.span.start;
    let (line, mut column) = (pos.line.max(1), pos.col.max(1));
    let raw = text.lines().nth(line - 1).unwrap_or("");
    // RON reports some errors before the blanks it skipped: point at what stands after them.
    let rest: Vec<char> = raw.chars().skip(column - 1).collect();
    if rest.first().is_some_and(|c| c.is_whitespace())
        && let Some(skip) = rest.iter().position(|c| !c.is_whitespace())
    {
        column += skip;
    }
    if let ron::Error::UnexpectedChar(c) = e.code {
        // Where RON's column does not hold the character it names, the next one does.
        let at = |col: usize| raw.chars().nth(col.saturating_sub(1));
        if at(column) != Some(c) && at(column + 1) == Some(c) {
            column += 1;
        }
    }
    (line, column)
}

/// Every missing field, found by giving each one a placeholder and reading the file again.
/// Errors inside a placeholder only choose the next placeholder to try; an error in the
/// author's text that is not a missing field ends the search (it is reported after them).
fn missing_fields(original: &str) -> Vec<Problem> {
    // Placeholders for a field of unknown type, tried in order.
    const TRIES: [&str; 5] = ["\"\"", "[]", "0", "()", "None"];
    let mut text = original.to_string();
    // Inserted (byte offset in `text`, length), in the order inserted.
    let mut inserted: Vec<(usize, usize)> = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    // The insertion being tried: its offset, the field, and which placeholder.
    let mut trying: Option<(usize, String, usize)> = None;
    // Each try reads the whole file again: a huge file gets fewer tries.
    let tries = (64_000_000 / original.len().max(1)).clamp(8, 400);
    for _ in 0..tries {
        let Err(e) = ron::from_str::<CareerMap>(&text) else {
            break;
        };
        let at = byte_of(&text, e.span.start.line.max(1), e.span.start.col.max(1));
        let inside = inserted
            .iter()
            .any(|&(start, len)| at >= start && at <= start + len);
        // The placeholder being tried did not fit: take it out and try the next one.
        if let Some((start, field, n)) = trying.take()
            && inside
            && !matches!(e.code, ron::Error::MissingStructField { .. })
        {
            remove_last(&mut text, &mut inserted);
            let next = match &e.code {
                // An enum: its first variant.
                ron::Error::NoSuchEnumVariant { expected, .. } if n >= TRIES.len() => {
                    expected.first().map(|v| v.to_string())
                }
                _ if n + 1 < TRIES.len() => Some(TRIES[n + 1].to_string()),
                _ if n + 1 == TRIES.len() => Some("X".to_string()),
                _ => None,
            };
            let Some(next) = next else { break };
            insert_piece(
                &mut text,
                &mut inserted,
                start,
                &format!("{field}: {next}, "),
            );
            trying = Some((start, field, n + 1));
            continue;
        }
        let ron::Error::MissingStructField { field, .. } = &e.code else {
            // Another kind of error: report it after the missing fields.
            if !inside && !problems.is_empty() {
                let orig = original_byte(&inserted, at);
                let (line, column) = super::validate_position(original, orig);
                problems.push(Problem::new(describe(&e.code), Some((line, column))));
            }
            break;
        };
        // The struct that lacks the field: its `(` before the error.
        let Some(open) = opening_paren(&text, at) else {
            break;
        };
        if !inside {
            let orig = original_byte(&inserted, open);
            let (line, column) = super::validate_position(original, orig);
            let (line, column) = struct_name_start(original, line, column);
            problems.push(Problem::new(describe(&e.code), Some((line, column))));
        }
        let start = open + 1;
        insert_piece(
            &mut text,
            &mut inserted,
            start,
            &format!("{field}: {}, ", TRIES[0]),
        );
        trying = Some((start, field.to_string(), 0));
    }
    problems.sort_by_key(|p| p.position);
    problems
}

/// Insert a placeholder; insertions after it move on.
fn insert_piece(text: &mut String, inserted: &mut Vec<(usize, usize)>, start: usize, piece: &str) {
    for ins in inserted.iter_mut() {
        if ins.0 >= start {
            ins.0 += piece.len();
        }
    }
    text.insert_str(start, piece);
    inserted.push((start, piece.len()));
}

/// Take out the last placeholder inserted; insertions after it move back.
fn remove_last(text: &mut String, inserted: &mut Vec<(usize, usize)>) {
    let Some((start, len)) = inserted.pop() else {
        return;
    };
    text.replace_range(start..start + len, "");
    for ins in inserted.iter_mut() {
        if ins.0 > start {
            ins.0 -= len;
        }
    }
}

/// The start of the struct whose `(` is at (line, column): its name when it has one
/// (`Step(`), else the `(` itself.
fn struct_name_start(text: &str, line: usize, column: usize) -> (usize, usize) {
    let raw: Vec<char> = text.lines().nth(line - 1).unwrap_or("").chars().collect();
    let mut c = column - 1;
    while c > 0 && (raw[c - 1].is_alphanumeric() || raw[c - 1] == '_') {
        c -= 1;
    }
    (line, c + 1)
}

/// The byte offset in the original text of `at` in the text with insertions.
fn original_byte(inserted: &[(usize, usize)], at: usize) -> usize {
    let before: usize = inserted
        .iter()
        .filter(|&&(start, _)| start <= at)
        .map(|&(_, len)| len)
        .sum();
    at.saturating_sub(before)
}

/// The byte offset of a 1-based line and character column.
fn byte_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    line_start
        + rest
            .char_indices()
            .nth(column - 1)
            .map_or(rest.len(), |(i, _)| i)
}

/// The characters of `text` with whether each is code (not in a string or comment).
fn code_chars(text: &str) -> Vec<(usize, char, bool)> {
    let mut out = Vec::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut comment = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if comment {
            if c == '\n' {
                comment = false;
            }
            out.push((i, c, false));
            continue;
        }
        if in_string {
            out.push((i, c, false));
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
            comment = true;
            out.push((i, c, false));
            continue;
        }
        if c == '"' {
            in_string = true;
            out.push((i, c, false));
            continue;
        }
        out.push((i, c, true));
    }
    out
}

/// The brackets still open at byte `at` (outermost first), as (byte, bracket), counting
/// only code: not strings or comments.
fn open_brackets(text: &str, at: usize) -> Vec<(usize, char)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, c, code) in code_chars(text) {
        if i >= at {
            break;
        }
        if !code {
            continue;
        }
        match c {
            '(' | '[' => stack.push((i, c)),
            ')' | ']' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// The `(` of the innermost struct open at byte `at`.
fn opening_paren(text: &str, at: usize) -> Option<usize> {
    let stack = open_brackets(text, at);
    // The error may stand on the struct's `)`: then that struct is still open here.
    stack.iter().rev().find(|(_, c)| *c == '(').map(|(i, _)| *i)
}

/// When the innermost bracket open at the error is a `[` and the error is at a field
/// (`name:`), the list was never closed: its opening line and where its `]` belongs (just
/// after the last value before the field).
fn unclosed_list(text: &str, line: usize, column: usize) -> Option<(usize, (usize, usize))> {
    let at = byte_of(text, line, column);
    let rest = &text[at..];
    let ident: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if ident.is_empty() || !rest[ident.len()..].trim_start().starts_with(':') {
        return None;
    }
    let stack = open_brackets(text, at);
    let &(open, bracket) = stack.last()?;
    if bracket != '[' {
        return None;
    }
    let open_line = super::validate_position(text, open).0;
    let (l, c) = end_of_last_value(text, at)?;
    fixed_by(text, (l, c), "]", (line, column)).then_some((open_line, (l, c)))
}

/// Just after the last value before byte `at` (before its trailing comma, if any): where a
/// missing closing bracket belongs.
fn end_of_last_value(text: &str, at: usize) -> Option<(usize, usize)> {
    let last = code_chars(text)
        .into_iter()
        .take_while(|(i, _, _)| *i < at)
        .filter(|(_, c, code)| !c.is_whitespace() && (*code || *c == '"'))
        .filter(|(_, c, code)| !(*code && *c == ','))
        .last()?;
    Some(super::validate_position(text, last.0 + last.1.len_utf8()))
}

/// When the error stands first on its line, the position just after the last value before
/// it (where a missing comma belongs).
fn after_previous_value(text: &str, line: usize, column: usize) -> Option<(usize, usize)> {
    let raw = text.lines().nth(line - 1)?;
    if !raw.chars().take(column - 1).all(char::is_whitespace) {
        return None;
    }
    let at = byte_of(text, line, column);
    let last = code_chars(text)
        .into_iter()
        .take_while(|(i, _, _)| *i < at)
        .filter(|(_, c, code)| !c.is_whitespace() && (*code || *c == '"'))
        .last()?;
    let end = last.0 + last.1.len_utf8();
    Some(super::validate_position(text, end))
}

/// When RON finds an unknown field that is the name of a field or a type of the map (so not a
/// typo) and the innermost open bracket is a `(`, that struct was never closed: the line it
/// was opened on and where its `)` belongs.
fn unclosed_struct(
    text: &str,
    line: usize,
    column: usize,
    code: &ron::Error,
) -> Option<(usize, (usize, usize))> {
    let ron::Error::NoSuchStructField { found, .. } = code else {
        return None;
    };
    if !known_names().contains(found.as_str()) {
        return None;
    }
    let at = byte_of(text, line, column);
    let stack = open_brackets(text, at);
    let &(open, bracket) = stack.last()?;
    if bracket != '(' {
        return None;
    }
    let open_line = super::validate_position(text, open).0;
    let at = end_of_last_value(text, byte_of(text, line, column))?;
    fixed_by(text, at, ")", (line, column)).then_some((open_line, at))
}

/// True when inserting `piece` at `at` lets RON read past the error at `error`: the piece is
/// then what was missing there.
fn fixed_by(text: &str, at: (usize, usize), piece: &str, error: (usize, usize)) -> bool {
    let mut fixed = text.to_string();
    fixed.insert_str(byte_of(text, at.0, at.1), piece);
    match ron::from_str::<CareerMap>(&fixed) {
        Ok(_) => true,
        Err(e) => {
            let (l, c) = (e.span.start.line, e.span.start.col);
            let c = if l == at.0 && c > at.1 {
                c - piece.len()
            } else {
                c
            };
            (l, c) > error
        }
    }
}

/// Every field and type name of the map's types, as the embedded map spells them.
fn known_names() -> std::collections::HashSet<String> {
    let Ok(map) = load_embedded() else {
        return Default::default();
    };
    let text = to_ron(&map).unwrap_or_default();
    let mut out = std::collections::HashSet::new();
    for l in text.lines() {
        let t = l.trim_start();
        let ident: String = t
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let after = t[ident.len()..].chars().next();
        if !ident.is_empty() && matches!(after, Some(':') | Some('(')) {
            out.insert(ident);
        }
    }
    out
}

/// At the end of the file, the bracket left open: the line where it was opened.
fn open_at_end(text: &str, _line: usize, _column: usize, code: &ron::Error) -> Option<Msg> {
    if !matches!(code, ron::Error::Eof) {
        return None;
    }
    let stack = open_brackets(text, text.len());
    // The innermost open bracket is the one most likely missing its close.
    let &(open, bracket) = stack.last()?;
    Some(Msg::HintUnclosed {
        bracket,
        line: super::validate_position(text, open).0,
    })
}

/// Full-width characters an input method types where RON needs the ASCII ones.
const LOOKALIKES: &[(char, char)] = &[
    ('，', ','),
    ('：', ':'),
    ('（', '('),
    ('）', ')'),
    ('“', '"'),
    ('”', '"'),
    ('［', '['),
    ('］', ']'),
    ('＿', '_'),
];

/// Likely causes of a syntax error that RON's own words do not name.
fn hints(text: &str, line: usize, column: usize) -> Vec<Msg> {
    let mut out = Vec::new();
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    // The characters of the line outside strings, up to the error and a little after.
    let line_start = byte_of(text, line, 1);
    let line_end = line_start + line_text.len();
    let outside: Vec<char> = code_chars(text)
        .into_iter()
        .filter(|(i, _, code)| *code && *i >= line_start && *i < line_end)
        .map(|(_, c, _)| c)
        .collect();
    let _ = column;
    // A full-width space (U+3000) outside a string: invisible, and an error to RON.
    if outside.contains(&'\u{3000}') {
        out.push(Msg::HintFullWidthSpace);
    }
    let mut seen = Vec::new();
    for &c in &outside {
        let ascii = LOOKALIKES
            .iter()
            .find(|(f, _)| *f == c)
            .map(|(_, a)| *a)
            .or_else(|| {
                ('０'..='９')
                    .contains(&c)
                    .then(|| char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')))
                    .flatten()
            });
        if let Some(ascii) = ascii
            && !seen.contains(&c)
        {
            seen.push(c);
            out.push(Msg::HintLookalike(Lookalike { found: c, ascii }));
        }
    }
    // An unclosed quote somewhere above shifts every later error.
    let upto: String = text
        .lines()
        .take(line)
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let quotes = upto.matches('"').count() - upto.matches("\\\"").count();
    if quotes % 2 == 1 {
        out.push(Msg::HintUnclosedQuote);
    }
    if line <= 2
        && !text.trim_start().starts_with("CareerMap")
        && !text.trim_start().starts_with('(')
        && !text.trim_start().starts_with("#![")
    {
        out.push(Msg::HintNotAMap);
    }
    out
}

/// RON's error as a message of ours (map files and settings files alike).
pub fn describe(code: &ron::Error) -> Msg {
    use ron::Error as E;
    let names = |e: &[&str]| e.iter().map(|s| s.to_string()).collect();
    match code {
        E::Eof => Msg::Eof,
        E::MissingStructField { field, outer } => Msg::MissingField {
            outer: outer.clone(),
            field: field.to_string(),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => Msg::UnknownField {
            outer: outer.clone(),
            field: super::sanitize(found),
            expected: names(expected),
        },
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Msg::UnknownVariant {
            outer: outer.clone(),
            found: super::sanitize(found),
            expected: names(expected),
        },
        E::DuplicateStructField { field, outer } => Msg::DuplicateField {
            outer: outer.clone(),
            field: field.to_string(),
        },
        E::ExpectedComma => Msg::ExpectedComma,
        E::ExpectedString => Msg::ExpectedString,
        E::ExpectedStringEnd => Msg::ExpectedStringEnd,
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } => Msg::ExpectedInteger,
        E::ExpectedArray => Msg::ExpectedArray,
        E::ExpectedArrayEnd => Msg::ExpectedArrayEnd,
        E::ExpectedOption | E::ExpectedOptionEnd => Msg::ExpectedOption,
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => Msg::ExpectedOpenParen,
        E::ExpectedStructLikeEnd => Msg::ExpectedCloseParen,
        E::ExpectedIdentifier => Msg::ExpectedIdentifier,
        E::ExpectedMapColon => Msg::ExpectedColon,
        E::ExpectedDifferentStructName { expected, .. } => {
            Msg::ExpectedStructName(expected.to_string())
        }
        E::ExpectedStructName(n) => Msg::ExpectedStructName(super::sanitize(n)),
        E::IntegerOutOfBounds => Msg::IntegerOutOfBounds,
        E::UnexpectedChar(c) => Msg::UnexpectedChar(*c),
        E::TrailingCharacters => Msg::Trailing,
        E::UnclosedBlockComment | E::UnclosedLineComment => Msg::UnclosedComment,
        other => Msg::Syntax(super::sanitize(&other.to_string())),
    }
}

/// A map as RON text (pretty, with type names), e.g. for a map read from a workbook.
pub fn to_ron(map: &CareerMap) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(map, config)
        .map(|mut t| {
            t.push('\n');
            t
        })
        .map_err(|e| e.to_string())
}

/// The embedded default map, built by code the build script made from the same file (a
/// start parses no RON: 2.9 M instructions, a third of a start's work before its first
/// frame). The tests hold it valid and equal to what `ron` reads from the file
/// (`the_embedded_map_is_valid`, below), so it is not checked again. Never an error; the
/// `Result` keeps the callers' one way of loading a map.
pub fn load_embedded() -> Result<CareerMap, LoadError> {
    Ok(super::embedded_map())
}

/// The text encodings a map file may come in besides UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Converted {
    Utf16Le,
    Utf16Be,
    ShiftJis,
}

impl Converted {
    pub fn name(self) -> &'static str {
        match self {
            Converted::Utf16Le => "UTF-16LE",
            Converted::Utf16Be => "UTF-16BE",
            Converted::ShiftJis => "Shift_JIS (CP932)",
        }
    }
}

/// The text of a map file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 (with a
/// byte-order mark, or without one when every other byte is zero) or Shift_JIS (CP932, as
/// Windows Notepad and Excel save Japanese text). `Some` encoding when the text was
/// converted; the byte offset of the first byte no encoding could read otherwise.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<Converted>), usize> {
    decode_in(bytes, &super::formats::InProcess, "").map_err(|e| match e {
        Undecoded::Offset(at) => at,
        Undecoded::Told(_) => 0,
    })
}

/// Why bytes were not read as text.
pub enum Undecoded {
    /// No encoding reads them: the first byte UTF-8 cannot read.
    Offset(usize),
    /// Shift_JIS could not be tried (the converter is missing or failed).
    Told(LoadError),
}

/// [`decode`], with Shift_JIS read by `formats`.
pub fn decode_in(
    bytes: &[u8],
    formats: &dyn super::formats::Formats,
    file: &str,
) -> Result<(String, Option<Converted>), Undecoded> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec())
            .map(|t| (t, None))
            .map_err(|e| Undecoded::Offset(e.utf8_error().valid_up_to() + 3));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, true)
            .map(|t| (t, Some(Converted::Utf16Le)))
            .ok_or(Undecoded::Offset(2));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, false)
            .map(|t| (t, Some(Converted::Utf16Be)))
            .ok_or(Undecoded::Offset(2));
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(t) => {
            // UTF-16 without a mark is valid UTF-8 when it is all ASCII: zeros tell it apart.
            if !zero_bytes(bytes) {
                return Ok((t.to_string(), None));
            }
            0
        }
        Err(e) => e.valid_up_to(),
    };
    if bytes.len() >= 2 && bytes.len().is_multiple_of(2) && zero_bytes(bytes) {
        let odd_zeros = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let even_zeros = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        let little = odd_zeros >= even_zeros;
        let kind = if little {
            Converted::Utf16Le
        } else {
            Converted::Utf16Be
        };
        if let Some(t) = utf16(bytes, little) {
            return Ok((t, Some(kind)));
        }
    }
    match formats.shift_jis(bytes, file) {
        Ok(Some(t)) => Ok((t, Some(Converted::ShiftJis))),
        Ok(None) => Err(Undecoded::Offset(utf8_error)),
        Err(e) => Err(Undecoded::Told(e)),
    }
}

/// UTF-16 text (little- or big-endian, no byte-order mark) as UTF-8; `None` when it is not.
fn utf16(bytes: &[u8], little: bool) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// True when many bytes are zero, as in UTF-16 text (a text file has none).
fn zero_bytes(bytes: &[u8]) -> bool {
    let zeros = bytes.iter().filter(|b| **b == 0).count();
    zeros > 0 && zeros * 4 >= bytes.len()
}

/// A map from a file.
pub fn load_file(path: &Path) -> Result<CareerMap, LoadError> {
    load_file_noted(path).map(|(map, _)| map)
}

/// A map from a file (RON or, by its `.xlsx` extension, a workbook), and notes for the
/// author (e.g. that the text was converted from Shift_JIS).
pub fn load_file_noted(path: &Path) -> Result<(CareerMap, Vec<Msg>), LoadError> {
    load_file_in(path, &super::formats::InProcess)
}

/// [`load_file_noted`], with workbooks and Shift_JIS read by `formats`.
pub fn load_file_in(
    path: &Path,
    formats: &dyn super::formats::Formats,
) -> Result<(CareerMap, Vec<Msg>), LoadError> {
    read_file_in(path, formats).map(|f| (f.map, f.notes))
}

/// A map read from a file, with what else the reading gave.
pub struct FromFile {
    pub map: CareerMap,
    /// Notes for the author (the text was converted from another encoding).
    pub notes: Vec<Msg>,
    /// The file's RON text in UTF-8 (comments kept, no byte order mark); `None` for a
    /// workbook.
    pub text: Option<String>,
}

/// [`load_file_in`], keeping the text a RON file was read from (one read, one decoding).
pub fn read_file_in(
    path: &Path,
    formats: &dyn super::formats::Formats,
) -> Result<FromFile, LoadError> {
    // A file name is text from outside too: it goes into every message.
    let file = super::sanitize(&path.display().to_string());
    // Only a regular file, and at most the documented size: a FIFO or /dev/zero is refused.
    let bytes =
        crate::capped::read_capped(path, crate::capped::MAP_LIMIT).map_err(|e| LoadError::Io {
            file: file.clone(),
            message: match &e {
                crate::capped::ReadError::Io(io) => io_message(io),
                crate::capped::ReadError::NotAFile(what) => Msg::NotAFile(what.to_string()),
                crate::capped::ReadError::TooLarge(limit) => Msg::TooLarge(limit / (1024 * 1024)),
            },
        })?;
    if super::xlsx::is_workbook(path, &bytes) {
        return formats.workbook(&bytes, &file).map(|map| FromFile {
            map,
            notes: Vec::new(),
            text: None,
        });
    }
    let (text, converted) = decode_in(&bytes, formats, &file).map_err(|e| match e {
        Undecoded::Offset(offset) => LoadError::Io {
            file: file.clone(),
            message: Msg::NotText { offset },
        },
        Undecoded::Told(e) => e,
    })?;
    let notes = converted
        .map(|c| Msg::Converted(c.name()))
        .into_iter()
        .collect();
    let map = parse(&text, &file)?;
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(t) => t.to_string(),
        None => text,
    };
    Ok(FromFile {
        map,
        notes,
        text: Some(text),
    })
}

/// An error of reading a file, in our words.
pub fn io_message(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => Msg::NotFound,
        K::PermissionDenied => Msg::PermissionDenied,
        K::IsADirectory => Msg::IsADirectory,
        _ => Msg::CannotRead(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    /// What lets a start read the embedded map without checking it: it passes every check a
    /// map file gets, and reads the same either way.
    #[test]
    fn the_embedded_map_is_valid() {
        let checked = super::parse(super::EMBEDDED_MAP, super::EMBEDDED_NAME)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let read: super::CareerMap = ron::from_str(super::EMBEDDED_MAP).unwrap();
        let built = super::load_embedded().unwrap();
        assert_eq!(super::to_ron(&checked), super::to_ron(&read));
        let (built, read) = (
            super::to_ron(&built).unwrap(),
            super::to_ron(&read).unwrap(),
        );
        // Compared line by line, so that a difference is shown where it is.
        for (n, (b, r)) in built.lines().zip(read.lines()).enumerate() {
            assert_eq!(b, r, "line {} of the map as RON: built, then read", n + 1);
        }
        assert_eq!(built, read);
    }
}
