//! The 原文 view: the selected item complete, over the current screen. Every fact stands
//! beside the text as printed in the source (原文), and every inference note is shown in full
//! (the screens underneath show only a compact ＊). Opened and closed by `Action::Source`.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, page, pane::pane, text};
use crate::app::{App, Extents, RecordRow, Tab, View};
use crate::content::{self, Item};
use crate::keymap::Action;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let Some(scroll) = app.source_view() else {
        return;
    };
    // The whole body, as the help does (a popup edge through wide glyphs draws badly), with
    // the page a reading width wide in its middle.
    super::pane::clear(frame, area);
    let width = area.width.min(page::READING);
    let area = Rect {
        x: area.x + (area.width - width) / 2,
        width,
        ..area
    };
    let key = app
        .keymap
        .bindings
        .iter()
        .find(|b| b.row.action == Action::Source)
        .map(|b| b.keys_label_in(app.lang))
        .unwrap_or_default();
    let block = pane(
        crate::words::Msg::SourceTitle { key }.text(app.lang),
        true,
        theme,
    );
    let inner = block.inner(area);
    // Lines stop at the reading width, as every page's do.
    let width = (inner.width.saturating_sub(2) as usize).min(page::READING as usize - 4);
    let lines = if width >= 2 {
        text::lines_full(&content::full_in(&items(app), app.lang), width, theme)
    } else {
        Vec::new()
    };
    let at = page::Pane {
        area,
        scroll,
        view: View::Source,
    };
    page::draw_lines(frame, at, block, lines, theme, ext);
}

/// The selected item's page, complete.
fn items(app: &App) -> Vec<Item> {
    let map = &app.map;
    let page = match app.tab {
        Tab::Ladder => Some(content::place_page_in(
            map,
            app.selected(),
            app.standing.as_ref(),
            false,
            app.lang,
        )),
        Tab::Overview => app
            .topics
            .get(app.overview.selected)
            .map(|t| content::topic_screen_page_in(map, *t, app.lang)),
        Tab::Catalog => app
            .catalog
            .selected_entry()
            .and_then(|k| map.catalog_entry(k))
            .map(|e| content::training_page_in(map, &e, app.lang)),
        Tab::Compare => Some(content::compare_in(
            map,
            app.compare.left_place(),
            app.compare.right_place(),
            app.lang,
        )),
        Tab::Glossary => map
            .nearest(app.glossary.selected)
            .map(|g| content::glossary_page(map, g)),
        Tab::Record => match app.record_selected() {
            Some(RecordRow::Training(k)) => map
                .catalog_entry(k)
                .map(|e| content::training_page_in(map, &e, app.lang)),
            _ => None,
        },
    };
    page.unwrap_or_else(|| {
        vec![Item::Text(
            crate::words::labels(app.lang).no_source_here.into(),
        )]
    })
}
