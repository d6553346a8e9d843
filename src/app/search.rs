//! Search: a query typed over any screen, its hits, and going to one.

use super::{App, CatalogView, Cursor, Focus, ListView, Overlay, Scroll, Tab};
use crate::keymap::Action;
use crate::search::{Hit, Index, Matched};

/// The search box and its hits.
#[derive(Default)]
pub struct SearchView {
    pub query: String,
    pub hits: Vec<Hit>,
    /// What the hits matched, to narrow from as the query grows.
    pub matched: Matched,
    /// The hits of the shorter queries typed on the way here, so that deleting a character
    /// gives them back without searching again.
    pub shorter: Vec<(String, Vec<Hit>, Matched)>,
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
                if let Some(target) = s.hits.get(s.selected).map(|h| h.target) {
                    self.overlay = None;
                    let origin = self.origin();
                    self.go_to(target);
                    // Esc where the hit led returns to where the search began.
                    self.search_origin = Some(origin);
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

/// Where the reader was when a search began: Esc where a hit led brings them back.
#[derive(Clone, Debug)]
pub struct Origin {
    tab: Tab,
    focus: Focus,
    cursor: Cursor,
    overview: ListView,
    glossary: ListView,
    catalog: CatalogView,
}

impl App {
    pub(super) fn origin(&self) -> Origin {
        Origin {
            tab: self.tab,
            focus: self.focus,
            cursor: self.cursor,
            overview: self.overview,
            glossary: self.glossary,
            catalog: self.catalog.clone(),
        }
    }

    /// Back to where the search began.
    pub(super) fn return_to(&mut self, o: Origin) {
        self.show_tab(o.tab);
        self.focus = o.focus;
        self.cursor = o.cursor;
        self.overview = o.overview;
        self.glossary = o.glossary;
        self.catalog = o.catalog;
    }
}
