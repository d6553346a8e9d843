//! The compare tab: two places side by side, and what changes between them (for a step and
//! the next: what a promotion changes).

use super::stack::{self, Part};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, page, pane::pane, text};
use crate::app::scroll;
use crate::app::{App, Extents, Side, View};
use crate::content;
use crate::keymap::Action;
use crate::words::Msg;
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let [head, body] = stack::rows(area, [Part::Fixed(1), Part::Rest(0)]);
    let c = &app.compare;
    let (a, b) = (c.left_place(), c.right_place());
    let name = |p| content::place_name_in(&app.map, p, app.lang);
    let w = crate::words::labels(app.lang);
    let side = |label: &str, p, active: bool| {
        let text = format!(
            "{}{}",
            if active { "▶ " } else { "  " },
            Msg::CompareSide {
                side: label.into(),
                place: name(p)
            }
            .text(app.lang)
        );
        Span::styled(text, if active { theme.selected } else { theme.base })
    };
    let header = Line::from(vec![
        side(w.left, a, c.active == Side::Left),
        Span::raw(format!("{}⇔{}", w.row_gap, w.row_gap)),
        side(w.right, b, c.active == Side::Right),
    ]);
    frame.render_widget(Paragraph::new(header), head);

    let block = pane(w.compare_title.into(), true, theme);
    let inner = block.inner(body);
    // Lines stop at the reading width, as the ladder's detail does; two columns side by side
    // take each up to that width.
    let full = inner.width.saturating_sub(2) as usize;
    let width = full.min(page::READING as usize - 4);
    let mut lines = if width >= 2 {
        text::lines(&content::compare_in(&app.map, a, b, app.lang), width, theme)
    } else {
        Vec::new()
    };
    if width >= 2 {
        lines.push(Line::raw(""));
        lines.push(Line::styled(w.compare_side_by_side, theme.heading));
        lines.extend(side_by_side(app, a, b, full, theme));
    }
    let at = page::Pane {
        area: body,
        scroll: &app.compare.scroll,
        view: View::Compare,
    };
    page::draw_lines(frame, at, block, lines, theme, ext);
    if let Some(at) = c.choosing {
        chooser(frame, body, app, at, theme);
    }
}

/// The list the active side's place is chosen from, over the comparison.
fn chooser(frame: &mut Frame, area: Rect, app: &App, at: usize, theme: &Theme) {
    let c = &app.compare;
    let left = c.active == Side::Left;
    let width = area.width.min(60);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        width,
        ..area
    };
    super::pane::clear(frame, popup);
    let block = pane(Msg::ChooseSide { left }.text(app.lang), true, theme);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    let rows: Vec<Line> = c
        .places
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let selected = i == at;
            let text = format!(
                "{}{}",
                if selected { "▶ " } else { "  " },
                content::place_name_in(&app.map, p, app.lang)
            );
            Line::styled(
                wrap::ellipsize(&text, w),
                if selected { theme.selected } else { theme.base },
            )
        })
        .collect();
    // The cursor always in view; nothing to keep between frames.
    let h = inner.height as usize;
    let offset = at.saturating_sub(h.saturating_sub(1));
    frame.render_widget(Paragraph::new(rows).scroll((offset as u16, 0)), inner);
}

/// The two places' pages in two columns, or one after the other when narrow.
fn side_by_side(
    app: &App,
    a: crate::model::Place,
    b: crate::model::Place,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let left = content::place_page_in(&app.map, a, app.standing.as_ref(), false, app.lang);
    let right = content::place_page_in(&app.map, b, app.standing.as_ref(), false, app.lang);
    if width < 50 {
        let mut out = text::lines(&left, width, theme);
        out.push(Line::raw(""));
        out.extend(text::lines(&right, width, theme));
        return out;
    }
    let col = ((width - 3) / 2).min(page::READING as usize - 4);
    let l = text::lines(&left, col, theme);
    let r = text::lines(&right, col, theme);
    let n = l.len().max(r.len());
    (0..n)
        .map(|i| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            let used = match l.get(i) {
                Some(line) => {
                    spans.extend(line.spans.iter().cloned());
                    line.spans.iter().map(|s| wrap::width(&s.content)).sum()
                }
                None => 0,
            };
            spans.push(Span::raw(" ".repeat(col.saturating_sub(used))));
            spans.push(Span::styled(" │ ", theme.dim));
            if let Some(line) = r.get(i) {
                spans.extend(line.spans.iter().cloned());
            }
            Line::from(spans)
        })
        .collect()
}

// ---- handling: the keys of the comparison ----
impl App {
    /// The compare screen: ↑↓ scroll as on every screen; the places are chosen explicitly
    /// (Enter opens a list for the side marked ▶); Esc goes back to where `c` was pressed.
    pub(crate) fn update_compare(&mut self, action: Action) {
        let c = &mut self.compare;
        let last = c.places.len().saturating_sub(1);
        if let Some(at) = c.choosing {
            let to = match action {
                Action::Up => at.saturating_sub(1),
                Action::Down => (at + 1).min(last),
                Action::PageUp => at.saturating_sub(10),
                Action::PageDown => (at + 10).min(last),
                Action::Home => 0,
                Action::End => last,
                Action::Select => {
                    match c.active {
                        Side::Left => c.left = at,
                        Side::Right => c.right = at,
                    }
                    c.choosing = None;
                    c.scroll.offset = 0;
                    return;
                }
                Action::Back => {
                    c.choosing = None;
                    return;
                }
                _ => at,
            };
            c.choosing = Some(to);
            return;
        }
        match action {
            Action::Left => c.active = Side::Left,
            Action::Right => c.active = Side::Right,
            Action::Select => {
                c.choosing = Some(match c.active {
                    Side::Left => c.left,
                    Side::Right => c.right,
                })
            }
            Action::Back => {
                if let Some((tab, focus)) = c.came_from.take() {
                    self.show_tab(tab);
                    self.focus = focus;
                }
            }
            other => scroll(&mut c.scroll, other),
        }
    }
}
