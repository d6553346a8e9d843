//! A scrollable page of content items in a framed pane, with signs of more: the detail of
//! the ladder, and the pages beside the overview, catalog and glossary lists.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Theme, pane::pane, text};
use crate::app::{Extents, Scroll, View};
use crate::content::Item;

/// The width a page's text stops at, about 40 full-width characters, with its frame: on a
/// wide screen the lines stay readable and the room goes to the layout.
pub const READING: u16 = 84;

/// Where a page is drawn and what of it is shown.
pub struct Pane<'a> {
    pub area: Rect,
    /// The scroll it is shown at, and the part of the screen it is (for [`Extents`]).
    pub scroll: &'a Scroll,
    pub view: View,
}

/// Draw `items` in a pane titled `title`, scrolled by `scroll` (what is shown goes to
/// `ext`).
pub fn draw(
    frame: &mut Frame,
    at: Pane,
    title: String,
    items: &[Item],
    focused: bool,
    theme: &Theme,
    ext: &mut Extents,
) {
    let area = at.area;
    let title = crate::wrap::ellipsize(&title, (area.width as usize).saturating_sub(6));
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    // One cell of margin left; the right border carries the scrollbar; lines stop at a
    // reading width.
    let text_w = (inner.width.saturating_sub(2) as usize).min(READING as usize - 4);
    let lines = if text_w >= 2 {
        text::lines(items, text_w, theme)
    } else {
        Vec::new()
    };
    draw_lines(frame, at, block, lines, theme, ext);
}

/// Draw prepared lines in a pane, scrolled, with the signs of more.
pub fn draw_lines(
    frame: &mut Frame,
    at: Pane,
    block: ratatui::widgets::Block<'_>,
    lines: Vec<Line<'static>>,
    theme: &Theme,
    ext: &mut Extents,
) {
    let area = at.area;
    let inner = block.inner(area);
    let s = at.scroll.shown(lines.len(), inner.height as usize);
    ext.put(at.view, s);
    let mut block = block;
    if s.more_below() {
        block = block.title_bottom(Span::styled(
            format!(
                " ↓ 続きあり（{}/{}行） ",
                (s.offset + s.viewport).min(s.content),
                s.content
            ),
            theme.hint_key,
        ));
    } else if s.more_above() {
        block = block.title_bottom(Span::styled(" 終わり ", theme.dim));
    }
    frame.render_widget(block, area);
    if inner.width < 3 || inner.height == 0 {
        return;
    }
    let text_area = Rect {
        x: inner.x + 1,
        width: inner.width - 1,
        ..inner
    };
    frame.render_widget(
        Paragraph::new(lines).scroll((s.offset.min(u16::MAX as usize) as u16, 0)),
        text_area,
    );
    if s.max() > 0 && area.height > 2 {
        let mut state = ScrollbarState::new(s.max()).position(s.offset);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(Some("↑"))
                .end_symbol(Some("↓")),
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}
