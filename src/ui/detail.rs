//! The detail pane: everything about the selected place, scrollable, with signs of more.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Theme, ladder::pane, text};
use crate::app::{App, Focus};
use crate::content::{self, place_page};

pub fn draw(frame: &mut Frame, area: Rect, app: &mut App, theme: &Theme) {
    let place = app.selected();
    let focused = app.focus == Focus::Detail;
    let title = format!("詳細：{}", content::place_name(&app.map, place));
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    // Leave the rightmost column to the scrollbar.
    let text_w = inner.width.saturating_sub(2) as usize;
    let items = place_page(&app.map, place, app.standing.as_ref(), true);
    let lines = if text_w >= 2 {
        text::lines(&items, text_w, theme)
    } else {
        Vec::new()
    };
    app.detail.measure(lines.len(), inner.height as usize);
    let scroll = app.detail;

    let mut block = block;
    if scroll.more_below() {
        let pct = (scroll.offset + scroll.viewport) * 100 / scroll.content.max(1);
        block = block.title_bottom(Span::styled(
            format!(" ↓ 続きあり（{pct}%） "),
            theme.hint_key,
        ));
    } else if scroll.more_above() {
        block = block.title_bottom(Span::styled(" 終わり ", theme.dim));
    }
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let text_area = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.offset.min(u16::MAX as usize) as u16, 0)),
        text_area,
    );
    if scroll.max() > 0 {
        let mut state = ScrollbarState::new(scroll.max()).position(scroll.offset);
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
