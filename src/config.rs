//! The reader's settings in the platform's config directory (on Linux
//! `$XDG_CONFIG_HOME/career-nav/`): `config.ron` (the theme) and `keys.ron` (key overrides).
//! Both are optional. A file that is wrong never stops the program: it is reported with its
//! line and column, in the reader's language, and the defaults are used instead.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::keymap::{KeyChange, Keymap};
use crate::model::Lang;
use crate::screens::theme::ThemeName;
use crate::settings_messages::{FileError, Problem, Say, ThemeSource, say};

pub const SETTINGS_FILE: &str = "config.ron";
pub const KEYS_FILE: &str = "keys.ron";

/// `config.ron`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Default, HighContrast or Mono (`Some(Mono)` or just `Mono`).
    #[serde(default)]
    pub theme: Option<ThemeName>,
}

/// The config directory, if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "career-nav").map(|d| d.config_dir().to_path_buf())
}

/// The language of messages: `--lang` when given, else English when the locale is English
/// (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), else Japanese.
pub fn lang(flag: Option<Lang>) -> Lang {
    lang_from(flag, |name| std::env::var(name).ok())
}

/// As [`lang`], reading the environment through `var`.
pub fn lang_from(flag: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
    flag.unwrap_or_else(|| Lang::from_vars(var))
}

/// What became of one settings file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileState<T> {
    /// No such file: the defaults.
    Missing,
    /// Read and used.
    Used(T),
    /// Wrong: not used, the defaults instead.
    Broken(FileError),
    /// Could not be read (permissions, a directory...): the defaults instead.
    Unreadable(String),
}

/// Both settings files, as loaded.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// Where the files are looked for (None: the platform has no config directory).
    pub dir: Option<PathBuf>,
    pub settings: FileState<Settings>,
    pub keys: FileState<Vec<KeyChange>>,
    /// The keymap in force: the defaults, or the defaults with keys.ron applied.
    pub keymap: Keymap,
}

fn read(path: &Path) -> Result<Option<String>, String> {
    let shown = crate::model::sanitize(&path.display().to_string());
    match crate::capped::read_capped(path, crate::capped::SETTINGS_LIMIT) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
            format!("{shown}: cannot read: not UTF-8 text (UTF-8 のテキストではありません)")
        }),
        Err(e) if e.kind() == Some(std::io::ErrorKind::NotFound) => Ok(None),
        Err(e) => Err(format!("{shown}: cannot read: {e}")),
    }
}

/// `config.ron`'s text as settings; the error at its line and column.
// Only when config.ron exists: kept out of `load`, which every start runs.
#[inline(never)]
pub fn parse_settings(text: &str) -> Result<Settings, (usize, usize, Problem)> {
    if !crate::settings_messages::check_brackets(text)? {
        return Ok(Settings::default());
    }
    if let Some((c, l, col)) = crate::settings_messages::first_token(text)
        && c != '('
        && c != '#'
    {
        return Err((
            l,
            col,
            Problem::Shape {
                example: "(theme: Some(HighContrast))",
            },
        ));
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            let problem = crate::settings_messages::ron_problem(&e.code);
            (e.span.start.line, e.span.start.col, problem)
        })
}

fn load_file<T>(
    path: &Path,
    parse: impl Fn(&str) -> Result<T, (usize, usize, Problem)>,
) -> FileState<T> {
    match read(path) {
        Ok(None) => FileState::Missing,
        Err(e) => FileState::Unreadable(e),
        Ok(Some(text)) => match parse(&text) {
            Ok(v) => FileState::Used(v),
            Err((l, c, p)) => {
                FileState::Broken(FileError::new(&path.display().to_string(), &text, l, c, p))
            }
        },
    }
}

/// Load both files from `dir` (nothing when None). Never fails: a wrong file is kept in
/// the result to be reported, and the defaults stand in for it.
pub fn load(dir: Option<&Path>) -> Loaded {
    let Some(dir) = dir else {
        return Loaded {
            dir: None,
            settings: FileState::Missing,
            keys: FileState::Missing,
            keymap: Keymap::default(),
        };
    };
    let settings = load_file(&dir.join(SETTINGS_FILE), parse_settings);
    let mut keymap = Keymap::default();
    let keys = match load_file(&dir.join(KEYS_FILE), Keymap::parse_overrides) {
        FileState::Used((k, changes)) => {
            keymap = k;
            FileState::Used(changes)
        }
        FileState::Missing => FileState::Missing,
        FileState::Broken(e) => FileState::Broken(e),
        FileState::Unreadable(e) => FileState::Unreadable(e),
    };
    Loaded {
        dir: Some(dir.to_path_buf()),
        settings,
        keys,
        keymap,
    }
}

impl Loaded {
    /// The saved theme (None when config.ron is missing, wrong or names none).
    pub fn saved_theme(&self) -> Option<ThemeName> {
        match &self.settings {
            FileState::Used(s) => s.theme,
            _ => None,
        }
    }

    /// The theme in force and where it comes from: `--theme`, then NO_COLOR, then the file.
    pub fn theme(
        &self,
        flag: Option<ThemeName>,
        no_color: Option<&std::ffi::OsStr>,
    ) -> (ThemeName, ThemeSource) {
        let name = crate::screens::Theme::choose(flag, no_color, self.saved_theme());
        let source = if flag.is_some() {
            ThemeSource::Flag
        } else if no_color.is_some_and(|v| !v.is_empty()) {
            ThemeSource::NoColor
        } else if self.saved_theme().is_some() {
            ThemeSource::File
        } else {
            ThemeSource::Default
        };
        (name, source)
    }

    fn problems(&self) -> Vec<(&'static str, Result<&FileError, &str>)> {
        let mut out = Vec::new();
        for (file, state) in [
            (SETTINGS_FILE, self.settings_error()),
            (KEYS_FILE, self.keys_error()),
        ] {
            if let Some(s) = state {
                out.push((file, s));
            }
        }
        out
    }

    fn settings_error(&self) -> Option<Result<&FileError, &str>> {
        match &self.settings {
            FileState::Broken(e) => Some(Ok(e)),
            FileState::Unreadable(e) => Some(Err(e.as_str())),
            _ => None,
        }
    }

    fn keys_error(&self) -> Option<Result<&FileError, &str>> {
        match &self.keys {
            FileState::Broken(e) => Some(Ok(e)),
            FileState::Unreadable(e) => Some(Err(e.as_str())),
            _ => None,
        }
    }

    /// One short line naming the wrong files, for the navigator's message line (empty
    /// when all is well).
    pub fn notices(&self, lang: Lang) -> Vec<String> {
        let files: Vec<(String, Option<(usize, usize)>)> = self
            .problems()
            .into_iter()
            .map(|(file, p)| (file.to_string(), p.ok().map(|e| (e.line, e.column))))
            .collect();
        if files.is_empty() {
            return Vec::new();
        }
        vec![say(&Say::NotUsed(files), lang)]
    }

    /// The full reports of wrong files (with the line and a caret), for standard error.
    pub fn errors(&self, lang: Lang) -> Vec<String> {
        self.problems()
            .into_iter()
            .map(|(file, p)| match p {
                Ok(e) => format!(
                    "{}\n{}",
                    say(&Say::Ignored { file: file.into() }, lang),
                    e.render(lang)
                ),
                Err(e) => say(
                    &Say::Unreadable {
                        file: file.into(),
                        error: e.into(),
                    },
                    lang,
                ),
            })
            .collect()
    }

    /// What `career-nav config` prints: where each file is looked for, whether it was found,
    /// what it changed, and the theme in force. The flag is false when a file is wrong.
    pub fn report(
        &self,
        flag: Option<ThemeName>,
        no_color: Option<&std::ffi::OsStr>,
        lang: Lang,
    ) -> (String, bool) {
        let mut out = Vec::new();
        let s = |x: Say| say(&x, lang);
        let Some(dir) = &self.dir else {
            out.push(s(Say::NoConfigDir));
            let (theme, why) = self.theme(flag, no_color);
            out.push(s(Say::ThemeInForce {
                theme: format!("{theme:?}"),
                why,
            }));
            out.push(s(Say::CtrlCAlwaysQuits));
            return (out.join("\n") + "\n", true);
        };
        let shown = |p: &Path| crate::model::sanitize(&p.display().to_string());
        out.push(s(Say::LookedIn(shown(dir))));
        let mut ok = true;
        for file in [SETTINGS_FILE, KEYS_FILE] {
            out.push(String::new());
            let path = shown(&dir.join(file));
            let (found, error) = match file {
                SETTINGS_FILE => (
                    !matches!(self.settings, FileState::Missing),
                    self.settings_error(),
                ),
                _ => (!matches!(self.keys, FileState::Missing), self.keys_error()),
            };
            if !found {
                out.push(s(Say::Missing {
                    file: file.into(),
                    path,
                }));
                continue;
            }
            out.push(s(Say::Found {
                file: file.into(),
                path,
            }));
            if let Some(e) = error {
                ok = false;
                out.push(format!("  {}", s(Say::Ignored { file: file.into() })));
                let text = match e {
                    Ok(e) => e.render(lang),
                    Err(e) => e.to_string(),
                };
                out.extend(text.lines().map(|l| format!("  {l}")));
                continue;
            }
            match (&self.settings, &self.keys, file) {
                (FileState::Used(st), _, SETTINGS_FILE) => out.push(format!(
                    "  {}",
                    match st.theme {
                        Some(t) => s(Say::ThemeSet(format!("{t:?}"))),
                        None => s(Say::NoThemeSet),
                    }
                )),
                (_, FileState::Used(changes), KEYS_FILE) => {
                    if changes.is_empty() {
                        out.push(format!("  {}", s(Say::KeysNone)));
                    } else {
                        out.push(format!("  {}", s(Say::KeysChanged(changes.len()))));
                        for c in changes {
                            out.push(format!(
                                "    {}",
                                s(Say::KeyChange {
                                    line: c.line,
                                    action: c.action.into(),
                                    screens: c.screens.iter().map(|c| c.name().into()).collect(),
                                    before: c.before.clone(),
                                    after: c.after.clone(),
                                })
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        out.push(String::new());
        let (theme, why) = self.theme(flag, no_color);
        out.push(s(Say::ThemeInForce {
            theme: format!("{theme:?}"),
            why,
        }));
        out.push(s(Say::CtrlCAlwaysQuits));
        (out.join("\n") + "\n", ok)
    }
}
