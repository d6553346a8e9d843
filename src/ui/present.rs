//! Presentation mode: one slide per screen in a large, sparse layout for a projector, with
//! a progress line. No tabs, no standing, no record.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, text};
use crate::app::{App, Extents, View};
use crate::content::{Item, slide_items, slide_name};
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let Some(p) = app.presentation() else {
        return;
    };
    let slide = p.slide();
    let items = crate::content::quiet(&slide_items(&app.map, slide), "");
    // A centred column with wide margins; blank lines between items for a sparse look.
    let width = (area.width.saturating_sub(8)).clamp(1, 76);
    let x = area.x + (area.width - width) / 2;
    let body = Rect {
        x,
        y: area.y + 1.min(area.height),
        width,
        height: area.height.saturating_sub(3),
    };
    let mut lines: Vec<Line> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let mut part = text::lines_full(std::slice::from_ref(item), width as usize, theme);
        if let Item::Title(_) = item {
            // The title stands alone, underlined by a rule.
            for l in &mut part {
                *l = l.clone().style(theme.heading);
            }
            part.push(Line::styled("━".repeat(width as usize / 2), theme.heading));
        }
        if n > 0
            && matches!(
                item,
                Item::Bullet(0, _) | Item::Mine(0, _) | Item::Heading(_) | Item::Subheading(_)
            )
        {
            lines.push(Line::raw(""));
        }
        lines.extend(part);
    }
    let scroll = p.scroll.shown(lines.len(), body.height as usize);
    ext.put(View::Slide, scroll);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.offset as u16, 0)),
        body,
    );

    // Progress: a bar of slides, "3 / 13", the slide's name, and a sign of more below.
    if area.height >= 2 {
        let total = p.slides.len();
        let bar: String = (0..total)
            .map(|i| if i == p.current { '■' } else { '□' })
            .collect();
        let more = if scroll.more_below() {
            "　↓ 続きあり"
        } else {
            ""
        };
        let progress = format!(
            " {bar}  {} / {total}　{}{more}",
            p.current + 1,
            slide_name(&app.map, slide)
        );
        let y = area.y + area.height - 2;
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(
                wrap::ellipsize(&progress, area.width as usize),
                theme.dim,
            ))),
            Rect {
                x: area.x,
                y,
                width: area.width,
                height: 1,
            },
        );
    }
}
