//! A scrollable page of content items in a framed pane, with signs of more: the detail of
//! the ladder, and the pages beside the overview, catalog and glossary lists.

use std::cell::RefCell;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Theme, pane::pane, text};
use crate::app::{Extents, Scroll, View};
use crate::content::Item;

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
    // One cell of margin left; the right border carries the scrollbar.
    let text_w = inner.width.saturating_sub(2) as usize;
    let lines = if text_w >= 2 {
        text::lines(items, text_w, theme)
    } else {
        Vec::new()
    };
    draw_lines(frame, at, block, lines, theme, ext);
}

/// What a cached page is: the part of the screen, the map (its identity), what is shown of
/// it (e.g. the place and where the reader stands, as text), the width and the theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    pub view: View,
    pub map: u64,
    pub what: String,
}

type Cached = (PageKey, usize, String, Rc<Vec<Line<'static>>>);

thread_local! {
    /// The last wrapped page of each part of the screen.
    static PAGES: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
}

/// [`draw`], with the wrapped lines kept by page, width and theme: a page is built and
/// wrapped once, and a frame that shows it again (a scroll, a key elsewhere) only cuts out
/// the lines in view. `items` is called only when the page is not cached.
#[allow(clippy::too_many_arguments)]
pub fn draw_cached(
    frame: &mut Frame,
    at: Pane,
    title: String,
    key: PageKey,
    items: impl FnOnce() -> Vec<Item>,
    focused: bool,
    theme: &Theme,
    ext: &mut Extents,
) {
    let area = at.area;
    let title = crate::wrap::ellipsize(&title, (area.width as usize).saturating_sub(6));
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    let text_w = inner.width.saturating_sub(2) as usize;
    let look = format!("{theme:?}");
    let hit = PAGES.with_borrow(|pages| {
        pages
            .iter()
            .find(|(k, w, t, _)| *k == key && *w == text_w && *t == look)
            .map(|(_, _, _, lines)| Rc::clone(lines))
    });
    let lines = match hit {
        Some(lines) => lines,
        None => {
            let lines = Rc::new(if text_w >= 2 {
                text::lines(&items(), text_w, theme)
            } else {
                Vec::new()
            });
            PAGES.with_borrow_mut(|pages| {
                pages.retain(|(k, ..)| k.view != key.view);
                pages.push((key, text_w, look, Rc::clone(&lines)));
            });
            lines
        }
    };
    draw_window(frame, at, block, &lines, theme, ext);
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
    draw_window(frame, at, block, &lines, theme, ext);
}

/// Draw the lines in view of a page, with the signs of more.
fn draw_window(
    frame: &mut Frame,
    at: Pane,
    block: ratatui::widgets::Block<'_>,
    lines: &[Line<'static>],
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
    // Only the lines in view are handed to the paragraph.
    let from = s.offset.min(lines.len());
    let to = (from + inner.height as usize).min(lines.len());
    frame.render_widget(Paragraph::new(lines[from..to].to_vec()), text_area);
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
