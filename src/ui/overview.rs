//! The overview tab: page 1 of the source — the vision, the measures ①–⑩, the initiatives.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Theme, list};
use crate::app::{App, Extents, Tab};
use crate::content::{self, topic_label, topic_page};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let rows: Vec<String> = app
        .topics
        .iter()
        .map(|t| topic_label(&app.map, *t))
        .collect();
    let selected = app
        .overview
        .selected
        .min(app.topics.len().saturating_sub(1));
    let items = app
        .topics
        .get(selected)
        .map(|t| topic_page(&app.map, *t))
        .unwrap_or_default();
    let page_title = app
        .topics
        .get(selected)
        .map(|t| content::topic_label(&app.map, *t))
        .unwrap_or_default();
    let list_width = rows.iter().map(|r| wrap::width(r)).max().unwrap_or(10) as u16 + 5;
    let lp = list::ListPage {
        list_title: format!("全体像：{}", app.map.meta.title),
        header: Vec::new(),
        rows,
        lazy_rows: None,
        page_title: wrap::ellipsize(&page_title, area.width as usize / 2),
        page: &items,
        list_width: list_width.min(40),
    };
    list::draw(frame, area, lp, (&app.overview, Tab::Overview), theme, ext);
}
