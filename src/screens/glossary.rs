//! The glossary tab: terms a reader may not know, explained by the program (not the source).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, list};
use crate::app::{App, Extents, Tab};
use crate::content::{Item, glossary_page};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let rows: Vec<String> = app
        .map
        .glossary
        .iter()
        .map(|g| g.term.to_string())
        .collect();
    let items = match app.map.nearest(app.glossary.selected) {
        None => vec![Item::Text("この地図には用語集がありません。".into())],
        Some(g) => glossary_page(&app.map, g),
    };
    let list_width = rows.iter().map(|r| wrap::width(r)).max().unwrap_or(10) as u16 + 5;
    let lp = list::ListPage {
        list_title: "用語集".into(),
        header: vec![format!(
            "{}説明はプログラムによるもの",
            crate::content::EXPLAIN_MARK
        )],
        rows,
        lazy_rows: None,
        cached_page: None,
        page_title: "説明（プログラムによる）".into(),
        page: &items,
        list_width: list_width.max(24),
    };
    list::draw(frame, area, lp, (&app.glossary, Tab::Glossary), theme, ext);
}
