//! A scrollable page of content items in a framed pane, with signs of more: the detail of
//! the ladder, and the pages beside the overview, catalog and glossary lists.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Theme, ladder::pane, text};
use crate::app::Scroll;
use crate::content::Item;

/// Draw `items` in a pane titled `title`, scrolled by `scroll` (its extent is recorded).
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    title: String,
    items: &[Item],
    scroll: &mut Scroll,
    focused: bool,
    theme: &Theme,
) {
    let title = crate::wrap::ellipsize(&title, (area.width as usize).saturating_sub(6));
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    // One cell of margin left; the right border carries the scrollbar.
    let text_w = inner.width.saturating_sub(2) as usize;
    let lines = if text_w >= 2 {
        text::lines(items, text_w, theme)
    } else {
        Vec::new()
    };
    draw_lines(frame, area, block, lines, scroll, theme);
}

/// Draw prepared lines in a pane, scrolled, with the signs of more.
pub fn draw_lines(
    frame: &mut Frame,
    area: Rect,
    block: ratatui::widgets::Block<'_>,
    lines: Vec<Line<'static>>,
    scroll: &mut Scroll,
    theme: &Theme,
) {
    let inner = block.inner(area);
    scroll.measure(lines.len(), inner.height as usize);
    let s = *scroll;
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
