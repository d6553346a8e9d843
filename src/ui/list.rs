//! A list beside a page: the shape of the overview, the catalog and the glossary.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, page, pane::pane};
use crate::app::{Extents, ListView, Tab, View};
use crate::content::Item;
use crate::wrap;

/// What a list screen shows.
pub struct ListPage<'a> {
    pub list_title: String,
    /// Lines above the list (e.g. the catalog's filters).
    pub header: Vec<String>,
    pub rows: Vec<String>,
    pub page_title: String,
    pub page: &'a [Item],
    /// The width the list would like (in cells, borders included).
    pub list_width: u16,
}

/// Draw the list screen `tab` (its list and the page beside it).
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    lp: ListPage,
    (view, tab): (&ListView, Tab),
    theme: &Theme,
    ext: &mut Extents,
) {
    let stacked = area.width < 76;
    let (list_area, page_area) = if stacked {
        let h = (lp.rows.len() as u16 + 2 + lp.header.len() as u16)
            .min(area.height / 2)
            .max(3.min(area.height));
        let [l, p] = area.layout(&Layout::vertical([
            Constraint::Length(h),
            Constraint::Min(0),
        ]));
        (l, p)
    } else {
        // The page beside needs no more than a reading width; what is left goes to the
        // list, so its entries are not cut on a wide screen.
        let room = area.width.saturating_sub(page::READING).max(area.width / 2);
        let w = lp.list_width.min(room);
        let [l, p] = area.layout(&Layout::horizontal([
            Constraint::Length(w),
            Constraint::Min(0),
        ]));
        (l, p)
    };
    draw_list(frame, list_area, &lp, (view, tab), theme, ext);
    let at = page::Pane {
        area: page_area,
        scroll: &view.page,
        view: View::Page(tab),
    };
    page::draw(
        frame,
        at,
        lp.page_title,
        lp.page,
        view.focus_page,
        theme,
        ext,
    );
}

fn draw_list(
    frame: &mut Frame,
    area: Rect,
    lp: &ListPage,
    (view, tab): (&ListView, Tab),
    theme: &Theme,
    ext: &mut Extents,
) {
    let block = pane(lp.list_title.clone(), !view.focus_page, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 3 || inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    let mut body = inner;
    if !lp.header.is_empty() {
        let [top, rest] = inner.layout(&Layout::vertical([
            Constraint::Length(lp.header.len() as u16),
            Constraint::Min(0),
        ]));
        let lines: Vec<Line> = lp
            .header
            .iter()
            .map(|h| Line::styled(wrap::ellipsize(h, w), theme.subheading))
            .collect();
        frame.render_widget(Paragraph::new(lines), top);
        body = rest;
    }
    let rows: Vec<Line> = lp
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let selected = i == view.selected;
            let text = format!("{}{r}", if selected { "▶ " } else { "  " });
            Line::from(Span::styled(
                wrap::ellipsize(&text, w),
                if selected { theme.selected } else { theme.base },
            ))
        })
        .collect();
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("（該当なし）", theme.dim)),
            body,
        );
        return;
    }
    let h = body.height as usize;
    let s = view.list.following(rows.len(), h, view.selected, 0);
    ext.put(View::List(tab), s);
    frame.render_widget(Paragraph::new(rows).scroll((s.offset as u16, 0)), body);
}
