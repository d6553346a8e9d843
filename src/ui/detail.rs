//! The ladder's detail pane: everything about the selected place.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, page};
use crate::app::{App, Extents, Focus, View};
use crate::content::{self, place_page};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let place = app.selected();
    let title = format!("詳細：{}", content::place_name(&app.map, place));
    let items = place_page(&app.map, place, app.standing.as_ref(), true);
    let focused = app.focus == Focus::Detail;
    let at = page::Pane {
        area,
        scroll: &app.detail,
        view: View::Detail,
    };
    page::draw(frame, at, title, &items, focused, theme, ext);
}
