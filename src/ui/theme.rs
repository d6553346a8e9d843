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

impl Theme {
    pub const DEFAULT: Theme = Theme {
        base: Style::new(),
        title_bar: Style::new()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
        hint_key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        hint_text: Style::new(),
        selected: Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
        here: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        subheading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        inferred: Style::new().fg(Color::Magenta),
        mine: Style::new()
            .fg(Color::Green)
            .add_modifier(Modifier::BOLD.union(Modifier::REVERSED)),
        dim: Style::new().fg(Color::DarkGray),
        border_focus: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        border: Style::new(),
        warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
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

    /// Monochrome when NO_COLOR is set to anything non-empty (https://no-color.org).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::MONOCHROME,
            _ => Theme::DEFAULT,
        }
    }
}
