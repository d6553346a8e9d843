//! A scrollable page of content items in a framed pane, with signs of more: the detail of
//! the ladder, and the pages beside the overview, catalog and glossary lists.

use std::cell::RefCell;
use std::rc::Rc;

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};

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
    let title = crate::wrap::cut_title(&title, (area.width as usize).saturating_sub(6));
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

/// What a cached page is: the part of the screen, the map (its identity), what is shown of
/// it (e.g. the place and where the reader stands, as text), the width and the theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    pub view: View,
    /// Which part of the page (0: the page itself; 1: a part shared by many pages, such
    /// as the trainings open to all under every place's detail).
    pub part: u8,
    pub map: u64,
    pub what: String,
}

type Cached = (PageKey, usize, String, Rc<Vec<Line<'static>>>);

/// How many wrapped pages are kept for each part of the screen.
const KEPT_PER_PART: usize = 4;

thread_local! {
    /// The last wrapped page of each part of the screen.
    static PAGES: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
}

/// Drop every wrapped page kept (their wording changed).
pub fn forget_pages() {
    PAGES.with(|p| p.borrow_mut().clear());
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
    draw_cached_parts(
        frame,
        at,
        title,
        vec![(key, Box::new(items))],
        focused,
        theme,
        ext,
    );
}

/// A page made of parts, each wrapped and kept on its own: the parts follow one another
/// (a part after the first starts with a blank line, as a heading does inside a page).
pub type Part<'a> = (PageKey, Box<dyn FnOnce() -> Vec<Item> + 'a>);

#[allow(clippy::too_many_arguments)]
pub fn draw_cached_parts(
    frame: &mut Frame,
    at: Pane,
    title: String,
    parts: Vec<Part<'_>>,
    focused: bool,
    theme: &Theme,
    ext: &mut Extents,
) {
    let area = at.area;
    let title = crate::wrap::cut_title(&title, (area.width as usize).saturating_sub(6));
    let block = pane(title, focused, theme);
    let inner = block.inner(area);
    let text_w = inner.width.saturating_sub(2) as usize;
    let look = format!("{theme:?}");
    // The first frame lays out a page not yet wrapped only as far as it shows it (and a line
    // more, to know that more follows): the rest, with the count of lines and the scroll
    // bar, comes in the frame drawn right after it, before any key is read.
    let mut room = ext
        .first
        .then(|| at.scroll.offset + inner.height as usize + 1);
    let mut complete = true;
    let mut wrapped: Vec<Rc<Vec<Line<'static>>>> = Vec::new();
    for (n, (key, items)) in parts.into_iter().enumerate() {
        let hit = PAGES.with_borrow(|pages| {
            pages
                .iter()
                .find(|(k, w, t, _)| *k == key && *w == text_w && *t == look)
                .map(|(_, _, _, lines)| Rc::clone(lines))
        });
        let lines = match hit {
            Some(lines) => lines,
            None if room == Some(0) => {
                complete = false;
                break;
            }
            None => {
                let mut lines = Vec::new();
                let mut whole = true;
                if text_w >= 2 {
                    if n > 0 {
                        lines.push(Line::raw(""));
                    }
                    let limit = room.map_or(usize::MAX, |r| r.saturating_sub(lines.len()));
                    let (more, all) = text::lines_in_view(&items(), text_w, theme, limit);
                    lines.extend(more);
                    whole = all;
                }
                let lines = Rc::new(lines);
                if whole {
                    PAGES.with_borrow_mut(|pages| {
                        // Keep the last few pages of each part of the screen (walking back
                        // and forth between neighbours finds them), dropping the oldest.
                        let same = |k: &PageKey| (k.view, k.part) == (key.view, key.part);
                        if pages.iter().filter(|(k, ..)| same(k)).count() >= KEPT_PER_PART
                            && let Some(i) = pages.iter().position(|(k, ..)| same(k))
                        {
                            pages.remove(i);
                        }
                        pages.push((key, text_w, look.clone(), Rc::clone(&lines)));
                    });
                } else {
                    complete = false;
                }
                lines
            }
        };
        if let Some(r) = &mut room {
            *r = r.saturating_sub(lines.len());
        }
        wrapped.push(lines);
    }
    if !complete {
        ext.partial = true;
    }
    let parts: Vec<&[Line<'static>]> = wrapped.iter().map(|l| l.as_slice()).collect();
    draw_window(frame, at, block, &parts, complete, theme, ext);
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
    draw_window(frame, at, block, &[&lines], true, theme, ext);
}

/// Draw the lines in view of a page (given in parts that follow one another), with the
/// signs of more.
fn draw_window(
    frame: &mut Frame,
    at: Pane,
    block: ratatui::widgets::Block<'_>,
    parts: &[&[Line<'static>]],
    complete: bool,
    theme: &Theme,
    ext: &mut Extents,
) {
    let area = at.area;
    let inner = block.inner(area);
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let s = at.scroll.shown(total, inner.height as usize);
    ext.put(at.view, s);
    let mut block = block;
    if !complete {
        // Laid out only as far as it is shown: how many lines follow is not known yet.
        block = block.title_bottom(Span::styled(
            crate::words::labels(super::lang()).more_below,
            theme.hint_key,
        ));
    } else if s.more_below() {
        block = block.title_bottom(Span::styled(
            crate::words::Msg::MoreLines {
                shown: (s.offset + s.viewport).min(s.content),
                total: s.content,
            }
            .text(super::lang()),
            theme.hint_key,
        ));
    } else if s.more_above() {
        block = block.title_bottom(Span::styled(
            crate::words::labels(super::lang()).end_of_page,
            theme.dim,
        ));
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
    // Only the lines in view are drawn, each already wrapped to the width: set in the
    // buffer as they are (a paragraph would cut each into graphemes again and clone it).
    let buf = frame.buffer_mut();
    for (y, line) in
        (text_area.y..text_area.bottom()).zip(parts.iter().flat_map(|p| p.iter()).skip(s.offset))
    {
        buf.set_line(text_area.x, y, line, text_area.width);
    }
    if complete && s.max() > 0 && area.height > 2 {
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
