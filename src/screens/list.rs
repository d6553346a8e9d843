//! A list beside a page: the shape of the overview, the catalog and the glossary.

use super::stack::{self, Part};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, page, pane::pane};
use crate::app::{App, CatalogView, Focus, scroll};
use crate::app::{Extents, ListView, Tab, View};
use crate::content::Item;
use crate::content::Topic;
use crate::keymap::Action;
use crate::wrap;

/// What a list screen shows.
pub struct ListPage<'a> {
    pub list_title: String,
    /// Lines above the list (e.g. the catalog's filters).
    pub header: Vec<String>,
    pub rows: Vec<String>,
    /// The rows made on demand instead of `rows` (their count, and the maker of row `i`): a
    /// long list builds only the rows in view.
    pub lazy_rows: Option<(usize, &'a dyn Fn(usize) -> String)>,
    pub page_title: String,
    pub page: &'a [Item],
    /// The page made on demand instead of `page`, and kept wrapped under its key.
    pub cached_page: Option<(page::PageKey, &'a dyn Fn() -> Vec<Item>)>,
    /// The width the list would like (in cells, borders included).
    pub list_width: u16,
    /// Every row wraps instead of being cut (short lists whose entries are read whole: the
    /// overview's topics, the glossary's terms); otherwise only the selected row wraps.
    pub wrap_rows: bool,
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
        let h = (row_count(&lp) as u16 + 2 + lp.header.len() as u16)
            .min(area.height / 2)
            .max(3.min(area.height));
        let [l, p] = stack::rows(area, [Part::Fixed(h), Part::Rest(0)]);
        (l, p)
    } else {
        // The page beside needs no more than a reading width; what is left goes to the
        // list, so its entries are not cut on a wide screen.
        let room = area.width.saturating_sub(page::READING).max(area.width / 2);
        let w = lp.list_width.min(room);
        let [l, p] = stack::columns(area, [Part::Fixed(w), Part::Rest(0)]);
        (l, p)
    };
    draw_list(frame, list_area, &lp, (view, tab), theme, ext);
    let at = page::Pane {
        area: page_area,
        scroll: &view.page,
        view: View::Page(tab),
    };
    match lp.cached_page {
        Some((key, items)) => page::draw_cached(
            frame,
            at,
            lp.page_title,
            key,
            items,
            view.focus_page,
            theme,
            ext,
        ),
        None => page::draw(
            frame,
            at,
            lp.page_title,
            lp.page,
            view.focus_page,
            theme,
            ext,
        ),
    }
}

fn row_count(lp: &ListPage) -> usize {
    lp.lazy_rows.map_or(lp.rows.len(), |(n, _)| n)
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
    // The header never takes the list's last two rows: on a small screen (40x12) the list
    // still shows entries, and the header keeps its first lines. Its lines wrap (a filter
    // and its key are never cut), each taking at most two rows.
    let lines: Vec<Line> = lp
        .header
        .iter()
        .flat_map(|h| wrap::wrap(h, w, "", "  ").into_iter().take(2))
        .take((inner.height as usize).saturating_sub(2))
        .map(|h| Line::styled(h, theme.subheading))
        .collect();
    let header_n = lines.len();
    if header_n > 0 {
        let [top, rest] = stack::rows(inner, [Part::Fixed(header_n as u16), Part::Rest(0)]);
        frame.render_widget(Paragraph::new(lines), top);
        body = rest;
    }
    let count = row_count(lp);
    if count == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(
                crate::words::labels(super::lang()).none_found,
                theme.dim,
            )),
            body,
        );
        return;
    }
    let h = body.height as usize;
    let s = view.list.following(count, h, view.selected, 0);
    ext.put(View::List(tab), s);
    // Only the rows in view are made and cut to width, but the selected one, which wraps:
    // the entry being read is never cut.
    let mut rows: Vec<Line> = Vec::new();
    let mut chosen = None;
    for i in s.offset..count.min(s.offset + h) {
        let made;
        let r = match lp.lazy_rows {
            Some((_, row)) => {
                made = row(i);
                made.as_str()
            }
            None => lp.rows[i].as_str(),
        };
        // (With room for fewer than four rows, every row keeps to one line.)
        if i == view.selected && h >= 4 {
            let lines = wrap::wrap(r, w, "▶ ", "    ");
            chosen = Some(rows.len() + lines.len());
            rows.extend(
                lines
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, theme.selected))),
            );
        } else if lp.wrap_rows && h >= 4 {
            rows.extend(
                wrap::wrap(r, w, "  ", "    ")
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, theme.base))),
            );
        } else {
            let selected = i == view.selected;
            rows.push(Line::from(Span::styled(
                wrap::ellipsize(&format!("{}{r}", if selected { "▶ " } else { "  " }), w),
                if selected { theme.selected } else { theme.base },
            )));
        }
    }
    // The selected row whole in view: rows above it make room.
    if let Some(end) = chosen
        && end > h
    {
        rows.drain(..end - h);
    }
    rows.truncate(h);
    frame.render_widget(Paragraph::new(rows), body);
}

// ---- handling: the keys of a list screen (overview, catalog, glossary) ----
impl App {
    pub(crate) fn update_list(&mut self, action: Action) {
        let len = self.list_len();
        let tab = self.tab;
        let view = match tab {
            Tab::Overview => &mut self.overview,
            Tab::Catalog => &mut self.catalog.view,
            Tab::Glossary => &mut self.glossary,
            Tab::Ladder | Tab::Compare | Tab::Record => return,
        };
        if view.focus_page {
            match action {
                Action::Back | Action::Left => view.focus_page = false,
                other => scroll(&mut view.page, other),
            }
            return;
        }
        match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => view.step(action, len),
            Action::Right => view.focus_page = len > 0,
            Action::Select if tab == Tab::Catalog => self.open_training(),
            // Mark the selected training in your record, as on わたしの記録.
            Action::Toggle if tab == Tab::Catalog => {
                if let Some(k) = self.catalog.selected_entry() {
                    self.cycle_training(k);
                }
            }
            Action::Select => view.focus_page = len > 0,
            Action::ShowTrainings => {
                if let Some(Topic::Measure(m)) = self.topics.get(self.overview.selected) {
                    let m = *m;
                    self.catalog.step = None;
                    self.catalog.filter_measure(&self.map, Some(m));
                    self.tab = Tab::Catalog;
                }
            }
            Action::FilterMeasure(forward) => {
                let at = self.catalog.measure.map(|m| m.position());
                let m = CatalogView::cycle(at, self.map.measures.len(), forward)
                    .and_then(|p| self.map.at(p));
                self.catalog.filter_measure(&self.map, m);
            }
            Action::FilterStep(forward) => {
                let row = self
                    .catalog
                    .step
                    .and_then(|s| self.ladder.iter().position(|&x| x == s));
                let row = CatalogView::cycle(row, self.ladder.len(), forward);
                self.catalog.step = row.map(|r| self.ladder[r]);
                self.catalog.refilter(&self.map);
            }
            Action::ClearFilters => self.catalog.clear_filters(&self.map),
            _ => {}
        }
    }

    /// Enter on a training: go to the step where it applies, or read its page when it is
    /// open to every grade.
    fn open_training(&mut self) {
        let Some(k) = self.catalog.selected_entry() else {
            return;
        };
        match self.training_place(k) {
            Some(place) => {
                self.visit(place);
                self.focus = Focus::Detail;
            }
            None => self.catalog.view.focus_page = true,
        }
    }
}
