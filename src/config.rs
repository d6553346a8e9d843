//! The reader's settings in the platform's config directory (on Linux
//! `$XDG_CONFIG_HOME/career-nav/`): `config.ron` (the theme) and `keys.ron` (key overrides).
//! Both are optional; a file that is wrong is an error that names the line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::keymap::Keymap;
use crate::ui::theme::ThemeName;

pub const SETTINGS_FILE: &str = "config.ron";
pub const KEYS_FILE: &str = "keys.ron";

/// `config.ron`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Default, HighContrast or Mono.
    #[serde(default)]
    pub theme: Option<ThemeName>,
}

/// The config directory, if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "career-nav").map(|d| d.config_dir().to_path_buf())
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

/// The settings in `dir` (defaults when there is no file).
pub fn load_settings(dir: Option<&Path>) -> Result<Settings, String> {
    let Some(dir) = dir else {
        return Ok(Settings::default());
    };
    let path = dir.join(SETTINGS_FILE);
    let Some(text) = read(&path)? else {
        return Ok(Settings::default());
    };
    ron::from_str(&text).map_err(|e| {
        let (line, column) = (e.span.start.line.max(1), e.span.start.col.max(1));
        let source_line = crate::model::sanitize(text.lines().nth(line - 1).unwrap_or(""));
        format!(
            "{}:{line}:{column}: {}\n{}",
            crate::model::sanitize(&path.display().to_string()),
            crate::model::sanitize(&e.code.to_string()),
            crate::model::excerpt(line, column, &source_line)
        )
    })
}

/// The keymap: the defaults with `keys.ron` applied when there is one.
pub fn load_keymap(dir: Option<&Path>) -> Result<Keymap, String> {
    let Some(dir) = dir else {
        return Ok(Keymap::default());
    };
    let path = dir.join(KEYS_FILE);
    match read(&path)? {
        Some(text) => {
            Keymap::with_overrides(&text, &crate::model::sanitize(&path.display().to_string()))
        }
        None => Ok(Keymap::default()),
    }
}
