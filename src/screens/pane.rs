//! A pane's frame, shared by every screen.

use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType};

use super::Theme;

/// A pane's frame: thick border and a ▶ in the title when it has the focus.
pub fn pane<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let (t, bt, style) = if focused {
        (format!("▶ {title} "), BorderType::Thick, theme.border_focus)
    } else {
        (format!(" {title} "), BorderType::Plain, theme.border)
    };
    Block::bordered()
        .border_type(bt)
        .border_style(style)
        .title(Span::styled(t, style))
}
