//! The ladder's detail pane: everything about the selected place.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, page};
use crate::app::{App, Extents, Focus, View};
use crate::content;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let place = app.selected();
    let title = crate::words::Msg::DetailTitle {
        place: content::place_name_in(&app.map, place, app.lang),
    }
    .text(app.lang);
    let focused = app.focus == Focus::Detail;
    let at = page::Pane {
        area,
        scroll: &app.detail,
        view: View::Detail,
    };
    // The page of a place is built and wrapped once per place, standing and width; the
    // trainings open to all, the same under every place (and most of the page on a large
    // map), once per width.
    let map = app.map.identity();
    let own = page::PageKey {
        view: View::Detail,
        part: 0,
        map,
        what: format!("{place:?} {:?}", app.standing),
    };
    let shared = page::PageKey {
        view: View::Detail,
        part: 1,
        map,
        what: String::new(),
    };
    let parts: Vec<page::Part> = vec![
        (
            own,
            Box::new(|| {
                content::place_page_in(&app.map, place, app.standing.as_ref(), false, app.lang)
            }),
        ),
        (
            shared,
            Box::new(|| content::open_to_all_screen_page_in(&app.map, app.lang)),
        ),
    ];
    page::draw_cached_parts(frame, at, title, parts, focused, theme, ext);
}
