//! The glossary tab: terms a reader may not know, explained by the program (not the source).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, list};
use crate::app::{App, Extents, Tab};
use crate::content::{Item, glossary_page_in};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let rows: Vec<String> = app
        .map
        .glossary
        .iter()
        .map(|g| g.term.to_string())
        .collect();
    let w = crate::words::labels(app.lang);
    let items = match app.map.nearest(app.glossary.selected) {
        None => vec![Item::Text(w.no_glossary.into())],
        Some(g) => glossary_page_in(&app.map, g, app.lang),
    };
    let list_width = rows.iter().map(|r| wrap::width(r)).max().unwrap_or(10) as u16 + 5;
    let lp = list::ListPage {
        list_title: w.tab_glossary.into(),
        header: vec![
            crate::words::Msg::ExplainedByProgram {
                mark: crate::words::labels(app.lang).explain_mark.into(),
            }
            .text(app.lang),
        ],
        rows,
        lazy_rows: None,
        cached_page: None,
        page_title: w.glossary_page_title.into(),
        page: &items,
        list_width: list_width.max(24),
        wrap_rows: true,
    };
    list::draw(frame, area, lp, (&app.glossary, Tab::Glossary), theme, ext);
}
