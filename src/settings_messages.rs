//! What the settings files (`config.ron`, `keys.ron`) and `career-nav config` say to the
//! reader. Each language has its own table ([`ja`] and [`en`]): whole sentences, never
//! assembled by replacing words, so a sentence reads naturally in both.

use crate::model::Lang;

/// What is wrong in a settings file, at a line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The RON parser's own message (translated through the check messages' table).
    Syntax(crate::model::Msg),
    /// A bracket opened at (line, column) and never closed before the end of the file.
    Unclosed {
        open: char,
        line: usize,
        column: usize,
    },
    /// A closing bracket that does not close the one opened at (line, column).
    Mismatched {
        open: char,
        found: char,
        line: usize,
        column: usize,
    },
    /// A closing bracket with nothing open.
    StrayClose(char),
    /// A string without its closing `"`.
    UnclosedString,
    /// The file is not of the shape it must have, as in the example.
    Shape {
        example: &'static str,
    },
    UnknownTheme {
        given: String,
        closest: Option<&'static str>,
    },
    UnknownField {
        given: String,
        expected: Vec<&'static str>,
    },
    /// A field that must be written is not.
    MissingField {
        field: &'static str,
    },
    UnknownAction {
        given: String,
        closest: Option<&'static str>,
        known: Vec<&'static str>,
    },
    UnknownKey {
        given: String,
    },
    UnknownScreen {
        given: String,
        closest: Option<&'static str>,
        known: Vec<&'static str>,
    },
    /// `keys: []`: the action would have no key left.
    NoKeys {
        action: String,
    },
    /// The action has no key row on the screens named.
    NotOnScreens {
        action: String,
    },
    /// Ctrl-C always quits; it cannot be given to another action.
    CtrlCReserved {
        action: String,
    },
    /// One key for two actions on one screen.
    BoundTwice {
        key: String,
        /// The screen, as a keys file names it and as its title says: ("Ladder", "職位の階段").
        screen: (&'static str, &'static str),
        first: &'static str,
        second: &'static str,
    },
}

/// A problem in a file, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file as shown to the reader.
    pub file: String,
    /// 1-based, in characters.
    pub line: usize,
    pub column: usize,
    /// The line of the file the problem is on (sanitized), for the excerpt.
    pub source_line: String,
    pub problem: Problem,
}

impl FileError {
    pub fn new(file: &str, text: &str, line: usize, column: usize, problem: Problem) -> Self {
        let line = line.max(1);
        FileError {
            file: crate::model::sanitize(file),
            line,
            column: column.max(1),
            source_line: crate::model::sanitize(text.lines().nth(line - 1).unwrap_or("")),
            problem,
        }
    }

    /// `file:line:column: sentence`.
    pub fn headline(&self, lang: Lang) -> String {
        format!(
            "{}:{}:{}: {}",
            self.file,
            self.line,
            self.column,
            problem(&self.problem, lang)
        )
    }

    /// The headline, then the line with a caret under the column.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}\n{}",
            self.headline(lang),
            crate::model::excerpt(self.line, self.column, &self.source_line)
        )
    }
}

/// The other sentences of the settings: notices and the report of `career-nav config`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Say {
    /// The TUI's notice (one line): files not used because of an error, each with the
    /// line and column of the error, or None when it could not be read.
    NotUsed(Vec<(String, Option<(usize, usize)>)>),
    /// The TUI's notice: a file could not be read.
    Unreadable {
        file: String,
        error: String,
    },
    /// `config`: the directory the files are looked for in.
    LookedIn(String),
    /// `config`: this machine has no config directory (no home directory).
    NoConfigDir,
    Found {
        file: String,
        path: String,
    },
    Missing {
        file: String,
        path: String,
    },
    ThemeSet(String),
    NoThemeSet,
    KeysNone,
    KeysChanged(usize),
    /// One entry of keys.ron: line, action, screens (empty: all), keys before and after.
    KeyChange {
        line: usize,
        action: String,
        screens: Vec<String>,
        before: String,
        after: String,
    },
    /// The file is ignored: the defaults are used instead.
    Ignored {
        file: String,
    },
    /// The theme in force and why.
    ThemeInForce {
        theme: String,
        why: ThemeSource,
    },
    CtrlCAlwaysQuits,
}

/// Where the theme in force comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeSource {
    Flag,
    NoColor,
    File,
    Default,
}

pub fn problem(p: &Problem, lang: Lang) -> String {
    match lang {
        Lang::Ja => ja::problem(p),
        Lang::En => en::problem(p),
    }
}

pub fn say(s: &Say, lang: Lang) -> String {
    match lang {
        Lang::Ja => ja::say(s),
        Lang::En => en::say(s),
    }
}

/// The known name closest to `given`: the same but for case and `-`/`_`, or within a few
/// edits. None when nothing is close.
pub fn closest(given: &str, known: &[&'static str]) -> Option<&'static str> {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '-' && *c != '_' && *c != ' ')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let g = fold(given);
    if let Some(k) = known.iter().find(|k| fold(k) == g) {
        return Some(k);
    }
    let limit = (g.chars().count() / 3).max(2);
    known
        .iter()
        .map(|k| (edit_distance(&g, &fold(k)), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance between two words, by characters (also the command line's hints).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

fn screen_ja((name, title): (&'static str, &'static str)) -> String {
    format!("「{title}」（{name}）")
}

/// Japanese.
mod ja {
    use super::*;

    fn suggestion(closest: Option<&str>) -> String {
        closest.map_or(String::new(), |c| format!("「{c}」のことでしょうか。"))
    }

    pub fn problem(p: &Problem) -> String {
        match p {
            Problem::Syntax(m) => format!("{}。", m.render(Lang::Ja).trim_end_matches('。')),
            Problem::Unclosed { open, line, column } => format!(
                "{line} 行 {column} 列で開いた「{open}」が閉じられていません。ここに「{}」を書き足してください。",
                closer(*open)
            ),
            Problem::Mismatched {
                open,
                found,
                line,
                column,
            } => format!(
                "{line} 行 {column} 列で開いた「{open}」を閉じる「{}」がないまま「{found}」が来ました。",
                closer(*open)
            ),
            Problem::StrayClose(c) => {
                format!("「{c}」で閉じていますが、対応する開きかっこがありません。")
            }
            Problem::UnclosedString => {
                "文字列を閉じる「\"」がないまま、ファイルが終わっています。".into()
            }
            Problem::Shape { example } => {
                format!("ファイル全体を {example} の形で書いてください。")
            }
            Problem::UnknownTheme { given, closest } => format!(
                "テーマ「{given}」はありません。選べるのは Default、HighContrast、Mono のどれかです。{}",
                suggestion(*closest)
            ),
            Problem::UnknownField { given, expected } => format!(
                "「{given}」という項目はありません。書けるのは {} です。",
                expected.join("、")
            ),
            Problem::MissingField { field } => {
                format!("「{field}」が書かれていません。この項目は省略できません。")
            }
            Problem::UnknownAction {
                given,
                closest,
                known,
            } => format!(
                "「{given}」という操作（action）はありません。{}書ける操作：{}",
                suggestion(*closest),
                known.join(", ")
            ),
            Problem::UnknownKey { given } => format!(
                "「{given}」というキーはありません。一文字か、Up Down Left Right PgUp PgDn Home End Enter Esc Tab Shift-Tab BS Space Ctrl-a～Ctrl-z のどれかを書いてください。"
            ),
            Problem::UnknownScreen {
                given,
                closest,
                known,
            } => format!(
                "「{given}」という画面（screens）はありません。{}書ける画面：{}",
                suggestion(*closest),
                known.join(", ")
            ),
            Problem::NoKeys { action } => format!(
                "{action} のキーが空です。このままでは {action} を使えなくなるので、keys に一つ以上のキーを書いてください。"
            ),
            Problem::NotOnScreens { action } => {
                format!("{action} は、screens に書いた画面では使われていません。")
            }
            Problem::CtrlCReserved { action } => format!(
                "Ctrl-C はいつでも終了のキーなので、{action} には割り当てられません。別のキーを選んでください。"
            ),
            Problem::BoundTwice {
                key,
                screen,
                first,
                second,
            } => format!(
                "{key} は画面{}で {first} と {second} の両方に割り当てられています。どちらかのキーを変えてください。",
                screen_ja(*screen)
            ),
        }
    }

    pub fn say(s: &Say) -> String {
        match s {
            Say::NotUsed(files) => {
                let files: Vec<String> = files
                    .iter()
                    .map(|(f, at)| match at {
                        Some((l, c)) => format!("{f} {l}行{c}列"),
                        None => format!("{f}（読めません）"),
                    })
                    .collect();
                format!(
                    "{}に誤り。既定で起動。詳細は career-nav config",
                    files.join("・")
                )
            }
            Say::Unreadable { file, error } => {
                format!("{file} を読めないため、既定の設定を使います：{error}")
            }
            Say::LookedIn(dir) => format!("設定ファイルを探す場所：{dir}"),
            Say::NoConfigDir => "この環境には設定ファイルの置き場所がありません（ホームディレクトリが見つかりません）。既定の設定を使います。".into(),
            Say::Found { file, path } => format!("{file}：あります（{path}）"),
            Say::Missing { file, path } => format!("{file}：ありません（{path}）"),
            Say::ThemeSet(t) => format!("テーマを {t} にしています。"),
            Say::NoThemeSet => "テーマは書かれていません。".into(),
            Say::KeysNone => "キーの変更は書かれていません（既定のキーのまま）。".into(),
            Say::KeysChanged(n) => format!("{n} 件のキーの変更が使われています："),
            Say::KeyChange {
                line,
                action,
                screens,
                before,
                after,
            } => {
                let on = if screens.is_empty() {
                    "すべての画面".to_string()
                } else {
                    format!("画面 {}", screens.join(", "))
                };
                format!("{line} 行目：{action}（{on}）を {before} から {after} に変更")
            }
            Say::Ignored { file } => {
                format!("{file} には誤りがあるので使っていません。既定の設定で動きます：")
            }
            Say::ThemeInForce { theme, why } => {
                let why = match why {
                    ThemeSource::Flag => "コマンドラインの --theme による",
                    ThemeSource::NoColor => "環境変数 NO_COLOR による",
                    ThemeSource::File => "config.ron による",
                    ThemeSource::Default => "既定",
                };
                format!("いま使われるテーマ：{theme}（{why}）")
            }
            Say::CtrlCAlwaysQuits => {
                "Ctrl-C は設定にかかわらず、どの画面でも終了します。".into()
            }
        }
    }
}

/// English.
mod en {
    use super::*;

    fn suggestion(closest: Option<&str>) -> String {
        closest.map_or(String::new(), |c| format!(" Did you mean \"{c}\"?"))
    }

    pub fn problem(p: &Problem) -> String {
        match p {
            Problem::Syntax(m) => format!("{}.", m.render(Lang::En).trim_end_matches('.')),
            Problem::Unclosed { open, line, column } => format!(
                "The \"{open}\" opened at line {line}, column {column} is never closed: add \"{}\" here.",
                closer(*open)
            ),
            Problem::Mismatched {
                open,
                found,
                line,
                column,
            } => format!(
                "\"{found}\" comes before the \"{}\" that closes the \"{open}\" opened at line {line}, column {column}.",
                closer(*open)
            ),
            Problem::StrayClose(c) => format!("\"{c}\" closes a bracket that was never opened."),
            Problem::UnclosedString => {
                "A string is missing its closing \" before the end of the file.".into()
            }
            Problem::Shape { example } => {
                format!("Write the whole file in the form {example}.")
            }
            Problem::UnknownTheme { given, closest } => format!(
                "There is no theme \"{given}\": choose Default, HighContrast or Mono.{}",
                suggestion(*closest)
            ),
            Problem::UnknownField { given, expected } => format!(
                "There is no setting \"{given}\": the file may set {}.",
                expected.join(", ")
            ),
            Problem::MissingField { field } => {
                format!("\"{field}\" is missing: it cannot be left out.")
            }
            Problem::UnknownAction {
                given,
                closest,
                known,
            } => format!(
                "There is no action \"{given}\".{} Known actions: {}",
                suggestion(*closest),
                known.join(", ")
            ),
            Problem::UnknownKey { given } => format!(
                "There is no key \"{given}\": write a character, or one of Up Down Left Right PgUp PgDn Home End Enter Esc Tab Shift-Tab BS Space Ctrl-a…Ctrl-z."
            ),
            Problem::UnknownScreen {
                given,
                closest,
                known,
            } => format!(
                "There is no screen \"{given}\".{} Known screens: {}",
                suggestion(*closest),
                known.join(", ")
            ),
            Problem::NoKeys { action } => format!(
                "{action} is given no key, which would leave it out of reach: list at least one key."
            ),
            Problem::NotOnScreens { action } => {
                format!("{action} is not used on the screens named.")
            }
            Problem::CtrlCReserved { action } => format!(
                "Ctrl-C always quits, so it cannot be given to {action}: choose another key."
            ),
            Problem::BoundTwice {
                key,
                screen,
                first,
                second,
            } => format!(
                "{key} is bound to both {first} and {second} on the screen {}: change one of them.",
                screen.0
            ),
        }
    }

    pub fn say(s: &Say) -> String {
        match s {
            Say::NotUsed(files) => {
                let files: Vec<String> = files
                    .iter()
                    .map(|(f, at)| match at {
                        Some((l, c)) => format!("{f} {l}:{c}"),
                        None => format!("{f} (unreadable)"),
                    })
                    .collect();
                format!(
                    "Error in {}: started with the defaults; see career-nav config",
                    files.join(", ")
                )
            }
            Say::Unreadable { file, error } => {
                format!("{file} cannot be read, so the defaults are in use: {error}")
            }
            Say::LookedIn(dir) => format!("Settings files are looked for in: {dir}"),
            Say::NoConfigDir => "This machine has no place for settings files (no home directory was found): the defaults are in use.".into(),
            Say::Found { file, path } => format!("{file}: found ({path})"),
            Say::Missing { file, path } => format!("{file}: not found ({path})"),
            Say::ThemeSet(t) => format!("It sets the theme to {t}."),
            Say::NoThemeSet => "It sets no theme.".into(),
            Say::KeysNone => "It changes no key (the default keys are in use).".into(),
            Say::KeysChanged(n) => format!("It changes keys in {n} entries:"),
            Say::KeyChange {
                line,
                action,
                screens,
                before,
                after,
            } => {
                let on = if screens.is_empty() {
                    "every screen".to_string()
                } else {
                    format!("screens {}", screens.join(", "))
                };
                format!("line {line}: {action} ({on}) from {before} to {after}")
            }
            Say::Ignored { file } => {
                format!("{file} has an error, so it is not used and the defaults are in use:")
            }
            Say::ThemeInForce { theme, why } => {
                let why = match why {
                    ThemeSource::Flag => "from --theme on the command line",
                    ThemeSource::NoColor => "from the NO_COLOR environment variable",
                    ThemeSource::File => "from config.ron",
                    ThemeSource::Default => "the default",
                };
                format!("Theme in use: {theme} ({why})")
            }
            Say::CtrlCAlwaysQuits => {
                "Ctrl-C quits on every screen, whatever the settings say.".into()
            }
        }
    }
}

fn closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        other => other,
    }
}

/// The problem a RON parser error stands for: unknown themes and fields, missing fields
/// by name; anything else in the parser's words (translated when shown in Japanese).
pub fn ron_problem(e: &ron::Error) -> Problem {
    match e {
        ron::Error::NoSuchEnumVariant { found, outer, .. }
            if outer.as_deref() == Some("ThemeName") =>
        {
            Problem::UnknownTheme {
                given: crate::model::sanitize(found),
                closest: closest(found, &["Default", "HighContrast", "Mono"]),
            }
        }
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => Problem::UnknownField {
            given: crate::model::sanitize(found),
            expected: expected.to_vec(),
        },
        ron::Error::MissingStructField { field, .. } => Problem::MissingField { field },
        other => Problem::Syntax(crate::model::describe_ron(other)),
    }
}

/// The first character of a RON text that is not a blank or inside a comment, with its
/// line and column.
pub fn first_token(text: &str) -> Option<(char, usize, usize)> {
    let mut it = text.chars().peekable();
    let (mut line, mut col) = (1, 1);
    let mut depth = 0usize;
    let mut in_line_comment = false;
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        let here = (line, col);
        if c == '\n' {
            line += 1;
            col = 1;
            in_line_comment = false;
            continue;
        }
        col += 1;
        if in_line_comment {
            continue;
        }
        if c == '/' && next == Some('*') {
            depth += 1;
            it.next();
            col += 1;
        } else if depth > 0 && c == '*' && next == Some('/') {
            depth -= 1;
            it.next();
            col += 1;
        } else if depth > 0 || c.is_whitespace() {
        } else if c == '/' && next == Some('/') {
            in_line_comment = true;
        } else {
            return Some((c, here.0, here.1));
        }
    }
    None
}

/// Brackets and strings of a RON text, checked before the parser sees it: the parser reports
/// a missing final `]` as a struct it expected next, this says where the `]` is missing.
/// Ok(false) when the text holds nothing but blanks and comments.
pub fn check_brackets(text: &str) -> Result<bool, (usize, usize, Problem)> {
    let chars: Vec<char> = text.chars().collect();
    // Position of each char index: (line, column), 1-based.
    let mut pos = Vec::with_capacity(chars.len() + 1);
    let (mut line, mut col) = (1, 1);
    for c in &chars {
        pos.push((line, col));
        if *c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    pos.push((line, col));
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    let at = |i: usize| pos[i.min(pos.len() - 1)];
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '"' {
            let start = i;
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        let (l, c) = at(start);
                        return Err((l, c, Problem::UnclosedString));
                    }
                    Some('\\') => i += 2,
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            last_end = Some(i);
            continue;
        }
        match c {
            '(' | '[' | '{' => stack.push((c, i)),
            ')' | ']' | '}' => match stack.pop() {
                None => {
                    let (l, col) = at(i);
                    return Err((l, col, Problem::StrayClose(c)));
                }
                Some((open, o)) if closer(open) != c => {
                    let (l, col) = at(i);
                    let (ol, oc) = at(o);
                    return Err((
                        l,
                        col,
                        Problem::Mismatched {
                            open,
                            found: c,
                            line: ol,
                            column: oc,
                        },
                    ));
                }
                Some(_) => {}
            },
            _ => {}
        }
        i += 1;
        last_end = Some(i);
    }
    if let Some(&(open, o)) = stack.last() {
        let (l, c) = at(last_end.unwrap_or(0));
        let (ol, oc) = at(o);
        return Err((
            l,
            c,
            Problem::Unclosed {
                open,
                line: ol,
                column: oc,
            },
        ));
    }
    Ok(last_end.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_name_is_suggested() {
        let themes = ["Default", "HighContrast", "Mono"];
        assert_eq!(closest("Highcontrast", &themes), Some("HighContrast"));
        assert_eq!(closest("high-contrast", &themes), Some("HighContrast"));
        assert_eq!(closest("Mnoo", &themes), Some("Mono"));
        assert_eq!(closest("Rainbow", &themes), None);
    }

    #[test]
    fn brackets_say_where_a_closer_is_missing() {
        let text = "[\n    (action: \"Down\", keys: [\"n\"]),\n";
        let (l, c, p) = check_brackets(text).unwrap_err();
        assert_eq!((l, c), (2, 35));
        assert_eq!(
            p,
            Problem::Unclosed {
                open: '[',
                line: 1,
                column: 1
            }
        );
        assert_eq!(check_brackets("// nothing\n  /* here */\n"), Ok(false));
        assert_eq!(check_brackets("[(a: \"]\")] // ]"), Ok(true));
        let (l, c, p) = check_brackets("[(a: 1]").unwrap_err();
        assert_eq!((l, c), (1, 7));
        assert!(matches!(p, Problem::Mismatched { open: '(', .. }));
        assert!(matches!(
            check_brackets("[(a: \"x)]").unwrap_err().2,
            Problem::UnclosedString
        ));
    }

    #[test]
    fn every_problem_reads_as_a_sentence_in_both_languages() {
        let p = Problem::BoundTwice {
            key: "n".into(),
            screen: ("Ladder", "職位の階段"),
            first: "Down",
            second: "Search",
        };
        let ja = problem(&p, Lang::Ja);
        assert!(
            ja.starts_with(
                "n は画面「職位の階段」（Ladder）で Down と Search の両方に割り当てられています。"
            ),
            "{ja}"
        );
        let en = problem(&p, Lang::En);
        assert!(en.contains("n is bound to both Down and Search"), "{en}");
    }
}
