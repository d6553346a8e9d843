//! Search: a query typed over any screen, its hits, and going to one.

use super::{App, CatalogView, Cursor, Focus, ListView, Scroll, Tab};
use crate::search::{Hits, Matched};

/// The search box and its hits.
#[derive(Default)]
pub struct SearchView {
    pub query: String,
    pub hits: Hits,
    /// What the hits matched, to narrow from as the query grows.
    pub matched: Matched,
    /// The hits of the shorter queries typed on the way here, so that deleting a character
    /// gives them back without searching again.
    pub shorter: Vec<(String, Hits, Matched)>,
    pub selected: usize,
    pub list: Scroll,
}

impl App {}

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
    pub(crate) fn origin(&self) -> Origin {
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
    pub(crate) fn return_to(&mut self, o: Origin) {
        self.show_tab(o.tab);
        self.focus = o.focus;
        self.cursor = o.cursor;
        self.overview = o.overview;
        self.glossary = o.glossary;
        self.catalog = o.catalog;
    }
}
