//! The search box over any screen: the query, the hits with where each is, the selection.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, pane::pane};
use crate::app::Overlay;
use crate::app::{App, Extents, View};
use crate::keymap::{Action, Context};
use crate::search::Index;
use crate::words::{Msg, labels};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let Some(s) = app.search() else {
        return;
    };
    // The whole body: a popup whose edge cut through wide characters beneath it
    // would leave half-drawn glyphs (ratatui #2526).
    let popup = area;
    frame.render_widget(Clear, popup);
    let key = |a| app.keymap.key(Context::Search, a);
    let title = Msg::SearchTitle {
        go: key(Action::Select),
        cancel: key(Action::Back),
    }
    .text(app.lang);
    let words = labels(app.lang);
    let block = pane(title, true, theme);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    if inner.width < 6 || inner.height < 3 {
        return;
    }
    let width = inner.width as usize - 1;
    let prompt = words.search_prompt;
    let shown = wrap::ellipsize(&s.query, width.saturating_sub(wrap::width(prompt) + 2));
    let count = if s.query.trim().is_empty() {
        words.search_intro.to_string()
    } else {
        Msg::HitCount { n: s.hits.len() }.text(app.lang)
    };
    let lines = vec![
        Line::from(vec![
            Span::styled(format!(" {prompt}"), theme.heading),
            Span::raw(shown.clone()),
        ]),
        Line::styled(format!(" {}", wrap::ellipsize(&count, width)), theme.dim),
    ];
    let input = Rect { height: 2, ..inner };
    frame.render_widget(Paragraph::new(lines), input);
    // The cursor after the query: the terminal's input method composes there.
    ext.cursor = Some((
        inner.x + 1 + (wrap::width(prompt) + wrap::width(&shown)) as u16,
        inner.y,
    ));

    let list = Rect {
        y: inner.y + 2,
        height: inner.height - 2,
        ..inner
    };
    let h = list.height as usize;
    // A hit is two lines: keep both of the selected one in view. Only the hits in view are
    // built (a short query on a large map has thousands).
    let total = if s.hits.is_empty() && !s.query.trim().is_empty() {
        1
    } else {
        s.hits.len() * 2
    };
    let shown = s.list.following(total, h, s.selected * 2 + 1, 1);
    ext.put(View::Hits, shown);
    let first = shown.offset / 2;
    let last = (shown.offset + h).div_ceil(2).min(s.hits.len());
    let mut rows: Vec<Line> = Vec::new();
    for (i, hit) in (first..last).filter_map(|i| Some((i, s.hits.get(i)?))) {
        let selected = i == s.selected;
        let style = if selected { theme.selected } else { theme.base };
        let mark = if selected { " ▶ " } else { "   " };
        // The text with the match underlined, cut to the width.
        let chars: Vec<char> = hit.text.chars().collect();
        let (a, b) = (
            hit.range.start.min(chars.len()),
            hit.range.end.min(chars.len()),
        );
        let before: String = chars[..a].iter().collect();
        let matched: String = chars[a..b].iter().collect();
        let after: String = chars[b..].iter().collect();
        let room = width.saturating_sub(3);
        let before = wrap::ellipsize(&before, room);
        let room2 = room.saturating_sub(wrap::width(&before));
        let matched = wrap::truncate(&matched, room2);
        let room3 = room2.saturating_sub(wrap::width(&matched));
        let after = wrap::ellipsize(&after, room3);
        rows.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(before, style),
            Span::styled(matched, style.patch(theme.hit)),
            Span::styled(after, style),
        ]));
        rows.push(Line::styled(
            format!(
                "     {}",
                wrap::ellipsize(&hit.place, width.saturating_sub(5))
            ),
            theme.dim,
        ));
    }
    if rows.is_empty() && !s.query.trim().is_empty() {
        rows.push(Line::styled(words.search_none, theme.dim));
    }
    let skip = shown.offset.saturating_sub(first * 2);
    frame.render_widget(Paragraph::new(rows).scroll((skip as u16, 0)), list);
}

// ---- handling: the keys of the search box ----
impl App {
    pub(crate) fn update_search(&mut self, action: Action) {
        let Some(Overlay::Search(s)) = &mut self.overlay else {
            return;
        };
        let mut changed = false;
        match action {
            // Invisible and control characters (pasted from a PDF, say) would match nothing.
            Action::Input(c) if crate::model::is_unsafe_char(c) => {}
            Action::Input(c) => {
                let hits = std::mem::take(&mut s.hits);
                s.shorter.push((s.query.clone(), hits, s.matched.clone()));
                s.query.push(c);
                changed = true;
            }
            Action::DeleteDigit => {
                changed = s.query.pop().is_some();
                if changed
                    && let Some((query, hits, matched)) = s.shorter.pop()
                    && query == s.query
                {
                    // What this query found before is still what it finds.
                    (s.hits, s.matched) = (hits, matched);
                    s.selected = 0;
                    s.list.offset = 0;
                    return;
                }
                s.shorter.clear();
            }
            Action::ClearInput => {
                changed = !s.query.is_empty();
                s.query.clear();
                s.shorter.clear();
            }
            Action::Down => s.selected = (s.selected + 1).min(s.hits.len().saturating_sub(1)),
            Action::Up => s.selected = s.selected.saturating_sub(1),
            Action::PageDown => {
                s.selected =
                    (s.selected + s.list.viewport.max(1)).min(s.hits.len().saturating_sub(1))
            }
            Action::PageUp => s.selected = s.selected.saturating_sub(s.list.viewport.max(1)),
            Action::Home => s.selected = 0,
            Action::End => s.selected = s.hits.len().saturating_sub(1),
            Action::Back => self.overlay = None,
            Action::Select => {
                if let Some(target) = s.hits.target(s.selected) {
                    self.overlay = None;
                    let origin = self.origin();
                    self.go_to(target);
                    // Esc where the hit led returns to where the search began.
                    self.search_origin = Some(origin);
                }
            }
            _ => {}
        }
        if changed {
            self.settle_index();
        }
        if changed && let Some(Overlay::Search(s)) = &mut self.overlay {
            let index = self
                .index
                .get_or_init(|| Index::build_in(&self.map, self.lang));
            (s.hits, s.matched) = index.search_narrowing(&s.query, &s.matched);
            s.selected = 0;
            s.list.offset = 0;
        }
    }
}
