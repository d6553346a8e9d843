//! Drawing. One file per screen; this one lays out the frame (title bar, screen, hint bar),
//! guards tiny terminals and overlays the help.

mod catalog;
mod compare;
mod detail;
mod glossary;
mod help;
mod ladder;
mod list;
mod overview;
mod page;
mod picker;
pub mod present;
mod record;
mod search;
mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Tab};
use crate::keymap;
use crate::wrap;
pub use theme::Theme;

/// Below this the screens cannot show anything useful.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Draw the whole frame. Takes the app mutably only to record scroll extents.
pub fn draw(frame: &mut Frame, app: &mut App, theme: &Theme) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        app.too_small = true;
        return;
    }
    app.too_small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
    if app.too_small {
        too_small(frame, area, theme);
        return;
    }
    if app.present.is_some() {
        present::draw(frame, area, app, theme);
        return;
    }
    let [top, tabs, body, bar] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ]));
    title_bar(frame, top, app, theme);
    tab_bar(frame, tabs, app, theme);
    match app.tab {
        Tab::Ladder if app.picker_open => picker::draw(frame, body, app, theme),
        Tab::Ladder => ladder::draw(frame, body, app, theme),
        Tab::Overview => overview::draw(frame, body, app, theme),
        Tab::Catalog => catalog::draw(frame, body, app, theme),
        Tab::Compare => compare::draw(frame, body, app, theme),
        Tab::Glossary => glossary::draw(frame, body, app, theme),
        Tab::Record if app.guest => record::draw_guest(frame, body, theme),
        Tab::Record => record::draw(frame, body, app, theme),
    }
    if app.search.is_some() {
        search::draw(frame, body, app, theme);
    }
    if app.help_open {
        help::draw(frame, body, app, theme);
    }
    hint_bar(frame, bar, app, theme);
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let w = area.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (text, style) in [
        ("端末が小さすぎます", theme.warning),
        (
            &*format!(
                "現在 {}x{}／必要 {MIN_WIDTH}x{MIN_HEIGHT} 以上",
                area.width, area.height
            ),
            theme.base,
        ),
        ("広げると表示します。q で終了。", theme.base),
    ] {
        for l in wrap::wrap(text, w, "", "") {
            lines.push(Line::styled(l, style));
        }
    }
    lines.truncate(area.height as usize);
    frame.render_widget(Paragraph::new(lines), area);
}

fn title_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let m = &app.map.meta;
    let right = match &app.standing {
        _ if app.guest => "ゲストモード（記録なし・保存なし） ".to_string(),
        Some(s) => format!("現在地：{} ", s.describe()),
        None => "現在地：未選択 ".to_string(),
    };
    let w = area.width as usize;
    let right_w = wrap::width(&right);
    // The longest left part that fits beside the standing.
    let candidates = [
        format!(
            " career-nav　{}　{}（{}）",
            m.organisation, m.map_title, m.edition
        ),
        format!(" career-nav　{}　{}", m.organisation, m.map_title),
        format!(" career-nav　{}", m.organisation),
        " career-nav".to_string(),
    ];
    let line = match candidates.iter().find(|l| wrap::width(l) + right_w < w) {
        Some(left) => {
            let gap = w - wrap::width(left) - right_w;
            format!("{left}{}{right}", " ".repeat(gap))
        }
        None => wrap::truncate(&right, w),
    };
    frame.render_widget(Paragraph::new(line).style(theme.title_bar), area);
}

/// The screens by number; the current one marked by ▶ and reverse video, not colour alone.
fn tab_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let mut spans = Vec::new();
    for t in Tab::ALL {
        let current = t == app.tab;
        let text = format!(
            "{}{} {} ",
            if current { "▶" } else { " " },
            t.number(),
            t.title()
        );
        spans.push(Span::styled(
            text,
            if current { theme.selected } else { theme.dim },
        ));
        spans.push(Span::raw(" "));
    }
    let line = Line::from(spans);
    let line = if line.width() > area.width as usize {
        // Too narrow for names: numbers, and the current screen's name.
        Line::from(
            Tab::ALL
                .iter()
                .map(|t| {
                    let current = *t == app.tab;
                    let text = if current {
                        format!("▶{} {} ", t.number(), t.title())
                    } else {
                        format!(" {} ", t.number())
                    };
                    Span::styled(text, if current { theme.selected } else { theme.dim })
                })
                .collect::<Vec<_>>(),
        )
    } else {
        line
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn hint_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if let Some(m) = &app.message {
        let line = Line::styled(wrap::ellipsize(m, area.width as usize), theme.warning);
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let hints = keymap::fit_hints(
        app.keymap.hints(app.context(), |a| app.can(a)),
        area.width as usize,
    );
    let mut spans: Vec<Span> = Vec::new();
    for h in hints {
        spans.push(Span::styled(h.keys, theme.hint_key));
        spans.push(Span::styled(format!(" {}  ", h.word), theme.hint_text));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
