//! Search: a query typed over any screen, its hits, and going to one.

use super::{App, Overlay, Scroll};
use crate::keymap::Action;
use crate::search::{Hit, Index, Matched};

/// The search box and its hits.
#[derive(Default)]
pub struct SearchView {
    pub query: String,
    pub hits: Vec<Hit>,
    /// What the hits matched, to narrow from as the query grows.
    pub matched: Matched,
    pub selected: usize,
    pub list: Scroll,
}

impl App {
    pub(super) fn update_search(&mut self, action: Action) {
        let Some(Overlay::Search(s)) = &mut self.overlay else {
            return;
        };
        let mut changed = false;
        match action {
            // Invisible and control characters (pasted from a PDF, say) would match nothing.
            Action::Input(c) if crate::model::is_unsafe_char(c) => {}
            Action::Input(c) => {
                s.query.push(c);
                changed = true;
            }
            Action::DeleteDigit => changed = s.query.pop().is_some(),
            Action::ClearInput => {
                changed = !s.query.is_empty();
                s.query.clear();
            }
            Action::Down => s.selected = (s.selected + 1).min(s.hits.len().saturating_sub(1)),
            Action::Up => s.selected = s.selected.saturating_sub(1),
            Action::PageDown => {
                s.selected =
                    (s.selected + s.list.viewport.max(1)).min(s.hits.len().saturating_sub(1))
            }
            Action::PageUp => s.selected = s.selected.saturating_sub(s.list.viewport.max(1)),
            Action::Back => self.overlay = None,
            Action::Select => {
                if let Some(target) = s.hits.get(s.selected).map(|h| h.target) {
                    self.overlay = None;
                    self.go_to(target);
                }
            }
            _ => {}
        }
        if changed && let Some(Overlay::Search(s)) = &mut self.overlay {
            let index = self.index.get_or_init(|| Index::build(&self.map));
            (s.hits, s.matched) = index.search_narrowing(&s.query, &s.matched);
            s.selected = 0;
            s.list.offset = 0;
        }
    }
}
