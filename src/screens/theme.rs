//! Styles. A selection or focus is never shown by colour alone: the UI also draws a symbol
//! (▶, ●) or a border of another kind, so the monochrome theme loses nothing.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub base: Style,
    pub title_bar: Style,
    pub hint_key: Style,
    pub hint_text: Style,
    pub selected: Style,
    pub here: Style,
    pub heading: Style,
    pub subheading: Style,
    pub inferred: Style,
    pub mine: Style,
    pub dim: Style,
    pub border_focus: Style,
    pub border: Style,
    pub warning: Style,
    /// The matched part of a search hit.
    pub hit: Style,
}

/// The themes a reader can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum ThemeName {
    /// Soft colours.
    Default,
    /// Strong contrast with only the 16 ANSI colours.
    HighContrast,
    /// No colour at all: bold, underline and reverse video only.
    Mono,
}

impl Theme {
    /// Soft colours from the 256-colour palette; every mark also has a symbol.
    pub const DEFAULT: Theme = Theme {
        base: Style::new(),
        title_bar: Style::new()
            .fg(Color::Indexed(255))
            .bg(Color::Indexed(24))
            .add_modifier(Modifier::BOLD),
        hint_key: Style::new()
            .fg(Color::Indexed(38))
            .add_modifier(Modifier::BOLD),
        hint_text: Style::new(),
        selected: Style::new()
            .fg(Color::Indexed(16))
            .bg(Color::Indexed(222))
            .add_modifier(Modifier::BOLD),
        here: Style::new()
            .fg(Color::Indexed(71))
            .add_modifier(Modifier::BOLD),
        heading: Style::new()
            .fg(Color::Indexed(38))
            .add_modifier(Modifier::BOLD),
        subheading: Style::new()
            .fg(Color::Indexed(179))
            .add_modifier(Modifier::BOLD),
        inferred: Style::new().fg(Color::Indexed(176)),
        mine: Style::new()
            .fg(Color::Indexed(16))
            .bg(Color::Indexed(114))
            .add_modifier(Modifier::BOLD),
        dim: Style::new().fg(Color::Indexed(245)),
        border_focus: Style::new()
            .fg(Color::Indexed(38))
            .add_modifier(Modifier::BOLD),
        border: Style::new().fg(Color::Indexed(240)),
        warning: Style::new()
            .fg(Color::Indexed(203))
            .add_modifier(Modifier::BOLD),
        hit: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
    };

    /// Only the 16 ANSI colours, in pairs of strong contrast (for projectors and low vision).
    pub const HIGH_CONTRAST: Theme = Theme {
        // Text in the terminal's own foreground (readable on dark and light backgrounds);
        // colour only as a solid background or on marks, from the 16 ANSI colours.
        base: Style::new(),
        title_bar: Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(Modifier::BOLD),
        hint_key: Style::new().add_modifier(Modifier::BOLD.union(Modifier::REVERSED)),
        hint_text: Style::new(),
        selected: Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
        here: Style::new()
            .fg(Color::Black)
            .bg(Color::Green)
            .add_modifier(Modifier::BOLD),
        heading: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        subheading: Style::new().add_modifier(Modifier::BOLD),
        inferred: Style::new().add_modifier(Modifier::ITALIC),
        mine: Style::new()
            .fg(Color::Black)
            .bg(Color::Green)
            .add_modifier(Modifier::BOLD),
        dim: Style::new(),
        border_focus: Style::new().add_modifier(Modifier::BOLD),
        border: Style::new(),
        warning: Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
        hit: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
    };

    /// Modifiers only, for NO_COLOR and terminals without colour.
    pub const MONOCHROME: Theme = Theme {
        base: Style::new(),
        title_bar: Style::new().add_modifier(Modifier::REVERSED),
        hint_key: Style::new().add_modifier(Modifier::BOLD),
        hint_text: Style::new(),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        here: Style::new().add_modifier(Modifier::BOLD),
        heading: Style::new().add_modifier(Modifier::BOLD),
        subheading: Style::new().add_modifier(Modifier::UNDERLINED),
        inferred: Style::new(),
        mine: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        dim: Style::new(),
        border_focus: Style::new().add_modifier(Modifier::BOLD),
        border: Style::new(),
        warning: Style::new().add_modifier(Modifier::BOLD),
        hit: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
    };

    /// Presentation on a projector, whose theme may be light or dark: every foreground is
    /// a mid tone at least 3:1 against both black and white, the selection is white on a
    /// dark blue (never a pale background), and body text is the terminal's own colour.
    pub const PRESENTATION: Theme = Theme {
        base: Style::new(),
        title_bar: Style::new()
            .fg(Color::Indexed(231))
            .bg(Color::Indexed(25))
            .add_modifier(Modifier::BOLD),
        hint_key: Style::new()
            .fg(Color::Indexed(32))
            .add_modifier(Modifier::BOLD),
        hint_text: Style::new(),
        selected: Style::new()
            .fg(Color::Indexed(231))
            .bg(Color::Indexed(25))
            .add_modifier(Modifier::BOLD),
        here: Style::new()
            .fg(Color::Indexed(28))
            .add_modifier(Modifier::BOLD),
        heading: Style::new()
            .fg(Color::Indexed(32))
            .add_modifier(Modifier::BOLD),
        subheading: Style::new()
            .fg(Color::Indexed(166))
            .add_modifier(Modifier::BOLD),
        inferred: Style::new().fg(Color::Indexed(133)),
        mine: Style::new()
            .fg(Color::Indexed(231))
            .bg(Color::Indexed(28))
            .add_modifier(Modifier::BOLD),
        dim: Style::new().fg(Color::Indexed(244)),
        border_focus: Style::new()
            .fg(Color::Indexed(32))
            .add_modifier(Modifier::BOLD),
        border: Style::new().fg(Color::Indexed(244)),
        warning: Style::new()
            .fg(Color::Indexed(160))
            .add_modifier(Modifier::BOLD),
        hit: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
    };

    /// Presentation in the terminal's own colours: bold, underline and reverse video only
    /// (from the high-contrast and monochrome themes, and under NO_COLOR).
    pub const PRESENTATION_PLAIN: Theme = Theme {
        base: Style::new(),
        title_bar: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        hint_key: Style::new().add_modifier(Modifier::BOLD.union(Modifier::REVERSED)),
        hint_text: Style::new(),
        selected: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        here: Style::new().add_modifier(Modifier::BOLD),
        heading: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        subheading: Style::new().add_modifier(Modifier::BOLD),
        inferred: Style::new(),
        mine: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        dim: Style::new(),
        border_focus: Style::new().add_modifier(Modifier::BOLD),
        border: Style::new(),
        warning: Style::new().add_modifier(Modifier::BOLD.union(Modifier::REVERSED)),
        hit: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
    };

    /// Every style of the theme.
    pub fn styles(&self) -> [Style; 15] {
        [
            self.base,
            self.title_bar,
            self.hint_key,
            self.hint_text,
            self.selected,
            self.here,
            self.heading,
            self.subheading,
            self.inferred,
            self.mine,
            self.dim,
            self.border_focus,
            self.border,
            self.warning,
            self.hit,
        ]
    }

    /// The theme presentation mode draws with: the mid-tone projector palette for a theme
    /// of the 256 colours, the terminal's own colours for the others (whose ANSI colours
    /// change with the terminal's theme, so their contrast cannot be promised).
    pub fn presentation(&self) -> Theme {
        let palette = self.styles().iter().any(|s| {
            [s.fg, s.bg]
                .into_iter()
                .flatten()
                .any(|c| matches!(c, Color::Indexed(16..) | Color::Rgb(..)))
        });
        if palette {
            Theme::PRESENTATION
        } else {
            Theme::PRESENTATION_PLAIN
        }
    }

    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::DEFAULT,
            ThemeName::HighContrast => Theme::HIGH_CONTRAST,
            ThemeName::Mono => Theme::MONOCHROME,
        }
    }

    /// The theme in force: `--theme` first; then a non-empty NO_COLOR (https://no-color.org)
    /// selects monochrome; then the saved setting; then the default.
    pub fn choose(
        flag: Option<ThemeName>,
        no_color: Option<&std::ffi::OsStr>,
        saved: Option<ThemeName>,
    ) -> ThemeName {
        if let Some(f) = flag {
            return f;
        }
        if no_color.is_some_and(|v| !v.is_empty()) {
            return ThemeName::Mono;
        }
        saved.unwrap_or(ThemeName::Default)
    }
}

/// The sRGB of a colour whose value does not depend on the terminal's theme: the 6x6x6
/// cube and the grey ramp of the 256 colours, and true colour. None for the 16 ANSI colours
/// and the terminal's own (Reset).
pub fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    match c {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(n @ 16..=231) => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let n = n - 16;
            Some((level(n / 36), level((n / 6) % 6), level(n % 6)))
        }
        Color::Indexed(n @ 232..=255) => {
            let v = 8 + 10 * (n - 232);
            Some((v, v, v))
        }
        _ => None,
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG contrast ratio between two sRGB colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_then_no_color_then_saved() {
        use std::ffi::OsStr;
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert_eq!(
            Theme::choose(Some(ThemeName::HighContrast), set, None),
            ThemeName::HighContrast
        );
        assert_eq!(
            Theme::choose(None, set, Some(ThemeName::HighContrast)),
            ThemeName::Mono
        );
        assert_eq!(
            Theme::choose(None, empty, Some(ThemeName::HighContrast)),
            ThemeName::HighContrast
        );
        assert_eq!(Theme::choose(None, None, None), ThemeName::Default);
    }

    /// The high-contrast theme keeps to the 16 ANSI colours; monochrome has none at all.
    #[test]
    fn palettes_keep_their_promise() {
        let styles = |t: Theme| {
            [
                t.base,
                t.title_bar,
                t.hint_key,
                t.hint_text,
                t.selected,
                t.here,
                t.heading,
                t.subheading,
                t.inferred,
                t.mine,
                t.dim,
                t.border_focus,
                t.border,
                t.warning,
                t.hit,
            ]
        };
        for s in styles(Theme::HIGH_CONTRAST) {
            for c in [s.fg, s.bg].into_iter().flatten() {
                assert!(!matches!(c, Color::Rgb(..) | Color::Indexed(_)), "{c:?}");
            }
        }
        for s in styles(Theme::MONOCHROME) {
            assert!(s.fg.is_none() && s.bg.is_none(), "{s:?}");
        }
    }
}
