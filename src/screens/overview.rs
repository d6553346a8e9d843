//! The overview tab: page 1 of the source — the vision, the measures ①–⑩, the initiatives.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::page::PageKey;
use super::{Theme, list};
use crate::app::{App, Extents, Tab, View};
use crate::content::{self, topic_label_in};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    // The topics grow with the map (every initiative is one): rows are made when in view,
    // the list's width measured once, the selected topic's page built and wrapped once.
    let row = |i: usize| -> String {
        app.topics
            .get(i)
            .map(|t| topic_label_in(&app.map, *t, app.lang))
            .unwrap_or_default()
    };
    let selected = app
        .overview
        .selected
        .min(app.topics.len().saturating_sub(1));
    let topic = app.topics.get(selected).copied();
    let items = || {
        topic
            .map(|t| content::topic_screen_page_in(&app.map, t, app.lang))
            .unwrap_or_default()
    };
    let page_title = topic
        .map(|t| content::topic_label_in(&app.map, t, app.lang))
        .unwrap_or_default();
    let widest = app.overview_row_width();
    let list_width = widest.min(usize::from(u16::MAX - 5)) as u16 + 5;
    let lp = list::ListPage {
        list_title: app.tab.title_in(app.lang).into(),
        header: Vec::new(),
        rows: Vec::new(),
        lazy_rows: Some((app.topics.len(), &row)),
        page_title: wrap::cut_title(&page_title, area.width as usize / 2),
        page: &[],
        cached_page: Some((
            PageKey {
                view: View::Page(Tab::Overview),
                part: 0,
                map: app.map.identity(),
                what: format!("{topic:?}"),
            },
            &items,
        )),
        list_width,
        wrap_rows: true,
    };
    list::draw(frame, area, lp, (&app.overview, Tab::Overview), theme, ext);
}
