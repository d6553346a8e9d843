//! The ladder's detail pane: everything about the selected place.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, page};
use crate::app::{App, Extents, Focus, View};
use crate::content::{self, place_page};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let place = app.selected();
    let title = format!("詳細：{}", content::place_name(&app.map, place));
    let focused = app.focus == Focus::Detail;
    let at = page::Pane {
        area,
        scroll: &app.detail,
        view: View::Detail,
    };
    // The page of a place is built and wrapped once per place, standing and width.
    let key = page::PageKey {
        view: View::Detail,
        map: app.map.identity(),
        what: format!("{place:?} {:?}", app.standing),
    };
    let items = || place_page(&app.map, place, app.standing.as_ref(), true);
    page::draw_cached(frame, at, title, key, items, focused, theme, ext);
}
