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

/// Clear a popup's area, and blank a wide glyph beneath that straddles its left edge:
/// `Clear` alone leaves the first half of such a glyph outside the popup, and the terminal
/// draws it over the popup's border (ratatui #2526). (A glyph straddling the right edge is
/// cleared with the popup: its second cell is already a blank.)
pub fn clear(frame: &mut ratatui::Frame, popup: ratatui::layout::Rect) {
    use unicode_width::UnicodeWidthStr;
    let buf = frame.buffer_mut();
    let popup = popup.intersection(buf.area);
    if popup.is_empty() {
        return;
    }
    if popup.x > buf.area.x {
        for y in popup.top()..popup.bottom() {
            if let Some(cell) = buf.cell_mut((popup.x - 1, y))
                && cell.symbol().width() > 1
            {
                cell.reset();
            }
        }
    }
    frame.render_widget(ratatui::widgets::Clear, popup);
}
