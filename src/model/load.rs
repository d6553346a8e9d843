//! Reading a map: from the embedded default or a file, with errors a person can act on.

use std::fmt;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use super::{CareerMap, Problem, validate};

/// The default map, compiled into the binary.
pub const EMBEDDED_MAP: &str = include_str!("../../data/hamamatsu.ron");
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
    Io { file: String, message: String },
    /// The file is not valid RON for a career map.
    Syntax {
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, counted in characters (as RON counts).
        column: usize,
        /// What went wrong, e.g. "Expected a `,`".
        message: String,
        /// The offending line of the file, for the excerpt.
        source_line: String,
    },
    /// The file parses but describes a broken map.
    Invalid {
        file: String,
        problems: Vec<Problem>,
        /// The file's line at each problem (for the excerpt), in the same order.
        lines: Vec<Option<String>>,
    },
}

impl LoadError {
    /// The position of the first error, where there is one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Io { .. } => None,
            LoadError::Syntax { line, column, .. } => Some((*line, *column)),
            LoadError::Invalid { problems, .. } => problems.first().and_then(|p| p.position),
        }
    }
}

impl LoadError {
    /// The error as a person reads it, in `lang`: file, line and column, what is wrong, and
    /// the offending line with a caret under the column.
    pub fn render(&self, lang: super::Lang) -> String {
        use super::message;
        match self {
            LoadError::Io { file, message: m } => {
                format!(
                    "{file}: {}",
                    message(&format!("cannot read the map: {m}"), lang)
                )
            }
            LoadError::Syntax {
                file,
                line,
                column,
                message: m,
                source_line,
            } => format!(
                "{file}:{line}:{column}: {}\n{}",
                message(m, lang),
                excerpt(*line, *column, source_line)
            ),
            LoadError::Invalid {
                file,
                problems,
                lines,
            } => {
                let n = problems.len();
                let head = format!(
                    "the map is not valid ({n} problem{})",
                    if n == 1 { "" } else { "s" }
                );
                let mut out = format!("{file}: {}", message(&head, lang));
                for (i, p) in problems.iter().enumerate() {
                    out.push_str(&format!("\n{file}"));
                    if let Some((l, c)) = p.position {
                        out.push_str(&format!(":{l}:{c}"));
                    }
                    out.push_str(&format!(": {}", message(&p.message, lang)));
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

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(super::Lang::En))
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

/// Parse and validate map text. `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<CareerMap, LoadError> {
    let map: CareerMap = ron::from_str(text).map_err(|e| {
        let pos = e.span.start;
        let (line, column) = (pos.line.max(1), pos.col.max(1));
        let raw_line = text.lines().nth(line - 1).unwrap_or("");
        let mut message = describe(&e.code);
        message.push_str(&hints(text, raw_line, line, column));
        LoadError::Syntax {
            file: file.to_string(),
            line,
            column,
            message,
            source_line: super::sanitize(raw_line),
        }
    })?;
    let problems = validate(&map, text);
    if problems.is_empty() {
        Ok(map)
    } else {
        let lines = problems
            .iter()
            .map(|p| {
                p.position
                    .and_then(|(l, _)| text.lines().nth(l - 1))
                    .map(super::sanitize)
            })
            .collect();
        Err(LoadError::Invalid {
            file: file.to_string(),
            problems,
            lines,
        })
    }
}

/// Likely causes of a syntax error that RON's own words do not name.
fn hints(text: &str, line_text: &str, line: usize, column: usize) -> String {
    let mut out = String::new();
    // A full-width space (U+3000) outside a string: invisible, and an error to RON.
    let before_error: String = line_text.chars().take(column).collect();
    if before_error.contains('\u{3000}') || line_text.trim_start().starts_with('\u{3000}') {
        out.push_str(
            " (hint: this line has a full-width space 「　」 outside a string; use ASCII spaces)",
        );
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
        out.push_str(" (hint: a string above this point may be missing its closing \")");
    }
    if line <= 2
        && !text.trim_start().starts_with("CareerMap")
        && !text.trim_start().starts_with('(')
    {
        out.push_str(" (hint: a career-nav map starts with `CareerMap(`; is this the right file?)");
    }
    out
}

/// RON's message, made friendlier where it is terse.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early: a `)` or `]` is probably missing".to_string(),
        E::MissingStructField { field, outer } => match outer {
            Some(o) => format!("`{o}` is missing its field `{field}`"),
            None => format!("a field is missing: `{field}`"),
        },
        // RON says "Expected ..." and names the expected fields: keep its words.
        other => super::sanitize(&other.to_string()),
    }
}

/// The embedded default map. It is checked by the tests, so failure here is a build bug.
pub fn load_embedded() -> Result<CareerMap, LoadError> {
    parse(EMBEDDED_MAP, EMBEDDED_NAME)
}

/// A map from a file.
pub fn load_file(path: &Path) -> Result<CareerMap, LoadError> {
    // A file name is text from outside too: it goes into every message.
    let file = super::sanitize(&path.display().to_string());
    let bytes =
        crate::capped::read_capped(path, crate::capped::MAP_LIMIT).map_err(|e| LoadError::Io {
            file: file.clone(),
            message: e.to_string(),
        })?;
    let text = String::from_utf8(bytes).map_err(|e| LoadError::Io {
        file: file.clone(),
        message: format!(
            "the file is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })?;
    parse(&text, &file)
}
