//! The screens: one module per screen, its key handling (an `impl App` block of the core's
//! state changes for that screen) and its drawing together; shared widgets (`page`, `list`,
//! `pane`, `text`, `theme`) beside them. This module lays out the frame (title bar, screen,
//! hint bar), guards tiny terminals and draws the overlays.

mod catalog;
mod compare;
mod detail;
mod glossary;
mod help;
mod ladder;
mod list;
mod overview;
mod page;
mod pane;
mod picker;
pub mod present;
mod record;
mod search;
mod source;
mod stack;
mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Extents, MIN_HEIGHT, MIN_WIDTH, Tab};
use crate::keymap;
use crate::model::Lang;
use crate::words::{Msg, labels};
use crate::wrap;
use stack::Part;

/// Lines written into `area` from line `skip` on, each cut at the area's width: what a
/// `Paragraph` of left-aligned lines without wrapping draws (tested equal below), without
/// its styling every cell of the area first and cutting each line into graphemes twice.
fn put_lines(frame: &mut Frame, area: Rect, lines: &[Line], skip: usize) {
    let buf = frame.buffer_mut();
    for (y, line) in (area.y..area.bottom()).zip(lines.iter().skip(skip)) {
        buf.set_line(area.x, y, line, area.width);
    }
}

thread_local! {
    /// The language of the frame being drawn, for the shared widgets that are not handed the
    /// app (pages, lists); set by [`draw`] for each frame.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::Ja) };
}

/// The language of the frame being drawn.
pub(crate) fn lang() -> Lang {
    LANG.with(|l| l.get())
}
pub use theme::Theme;

/// Draw the whole frame from the navigator's state, which it only reads. What each
/// scrollable part showed goes into `ext`, for the navigator to keep ([`App::measured`]).
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, ext: &mut Extents) {
    let area = frame.area();
    LANG.with(|l| l.set(app.lang));
    // The legends of quiet pages name the 原文 key of the keymap in force, in the reader's
    // language; pages wrapped with another wording are dropped.
    if text::set_notes_key(
        &app.keymap
            .key(keymap::Context::Ladder, keymap::Action::Source),
        app.lang,
    ) {
        page::forget_pages();
    }
    if area.width == 0 || area.height == 0 {
        return;
    }
    if app.too_small {
        too_small(frame, area, app, theme);
        return;
    }
    if app.presentation().is_some() {
        present::draw(frame, area, app, theme, ext);
        return;
    }
    // Why the record is not saved (another copy has it, a newer format): said in full on
    // every screen, not only on the record's.
    let notice: Vec<String> = match &app.record_read_only {
        // A guest's record screen says why it shows nothing; the other screens stay clean.
        Some(_) if app.guest => Vec::new(),
        Some(why) => wrap::wrap(
            &Msg::ReadOnly { why: why.clone() }.text(app.lang),
            area.width as usize,
            " ",
            " ",
        ),
        None => Vec::new(),
    };
    let notice_h = (notice.len() as u16).min(area.height.saturating_sub(8) / 2);
    // A message in the bar (why a change was refused, where a file went) wraps onto the
    // rows above rather than being cut: up to three lines.
    let message: Vec<String> = app
        .message
        .as_ref()
        .map(|m| wrap::wrap(m, area.width as usize, "", " "))
        .unwrap_or_default();
    let bar_h = (message.len() as u16)
        .clamp(1, 3)
        .min(area.height.saturating_sub(notice_h + 6).max(1));
    let [top, tabs, note, body, bar] = stack::rows(
        area,
        [
            Part::Fixed(1),
            Part::Fixed(1),
            Part::Fixed(notice_h),
            Part::Rest(1),
            Part::Fixed(bar_h),
        ],
    );
    title_bar(frame, top, app, theme);
    tab_bar(frame, tabs, app, theme);
    if notice_h > 0 {
        let lines: Vec<Line> = notice
            .into_iter()
            .map(|l| Line::styled(l, theme.warning))
            .collect();
        frame.render_widget(Paragraph::new(lines), note);
    }
    match app.tab {
        _ if app.picker().is_some() => picker::draw(frame, body, app, theme, ext),
        Tab::Ladder => ladder::draw(frame, body, app, theme, ext),
        Tab::Overview => overview::draw(frame, body, app, theme, ext),
        Tab::Catalog => catalog::draw(frame, body, app, theme, ext),
        Tab::Compare => compare::draw(frame, body, app, theme, ext),
        Tab::Glossary => glossary::draw(frame, body, app, theme, ext),
        Tab::Record if app.guest => record::draw_guest(frame, body, app, theme),
        Tab::Record => record::draw(frame, body, app, theme, ext),
    }
    if app.source_view().is_some() {
        source::draw(frame, body, app, theme, ext);
    }
    if app.search().is_some() {
        search::draw(frame, body, app, theme, ext);
    }
    if app.help().is_some() {
        help::draw(frame, body, app, theme, ext);
    }
    hint_bar(frame, bar, app, theme, ext);
}

fn too_small(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let quit = app.keymap.key(app.context(), keymap::Action::Quit);
    let w = area.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (text, style) in [
        (labels(app.lang).too_small, theme.warning),
        (
            &*Msg::TooSmallSize {
                w: area.width,
                h: area.height,
                min_w: MIN_WIDTH,
                min_h: MIN_HEIGHT,
            }
            .text(app.lang),
            theme.base,
        ),
        (&*Msg::TooSmallQuit { quit }.text(app.lang), theme.base),
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
        _ if app.guest => labels(app.lang).guest_bar.to_string(),
        Some(s) => Msg::StandingBar {
            standing: s.describe_in(app.lang),
        }
        .text(app.lang),
        None => labels(app.lang).no_standing_bar.to_string(),
    };
    let w = area.width as usize;
    let right_w = wrap::width(&right);
    // The longest left part that fits beside the standing.
    let candidates = [
        format!(" career-nav{}{}", labels(app.lang).row_gap, m.map_title),
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
            t.title_in(app.lang)
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
                        format!("▶{} {} ", t.number(), t.title_in(app.lang))
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

fn hint_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &Extents) {
    if let Some(m) = &app.message {
        let w = area.width as usize;
        let mut lines = wrap::wrap(m, w, "", " ");
        if lines.len() > area.height as usize {
            // Past the room: the last line shown says something was cut.
            lines.truncate(area.height as usize);
            if let Some(last) = lines.last_mut() {
                *last = wrap::ellipsize(&format!("{last}…"), w);
            }
        }
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|l| Line::styled(l, theme.warning))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let hints = keymap::fit_hints(
        app.keymap
            .hints_in(app.lang, app.context(), |a| app.can_with(a, ext)),
        area.width as usize,
    );
    let mut spans: Vec<Span> = Vec::new();
    for h in hints {
        spans.push(Span::styled(h.keys, theme.hint_key));
        // A hint whose word was dropped for room keeps its key.
        let word = if h.word.is_empty() {
            "  ".to_string()
        } else {
            format!(" {}  ", h.word)
        };
        spans.push(Span::styled(word, theme.hint_text));
    }
    put_lines(frame, area, &[Line::from(spans)], 0);
}

#[cfg(test)]
mod put_lines_tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::Paragraph;

    /// [`super::put_lines`] draws what a `Paragraph` of the same lines draws: styled lines
    /// and spans, wide characters cut at the edge, lines longer and fewer than the area,
    /// scrolled.
    #[test]
    fn put_lines_draws_as_a_paragraph_does() {
        let lines = vec![
            Line::styled("★ 主任（係長級）", Style::default().fg(Color::Yellow)),
            Line::from(vec![
                Span::styled("j", Style::default().add_modifier(Modifier::BOLD)),
                Span::raw(" 下へ  "),
                Span::styled("人材育成基本方針の全体像", Style::default().bg(Color::Blue)),
            ]),
            Line::raw(""),
            Line::styled(
                "abc日本語の文字列がはみ出す",
                Style::default().fg(Color::Red),
            )
            .patch_style(Style::default().add_modifier(Modifier::REVERSED)),
            Line::raw("x日"),
        ];
        for (w, h) in [(9, 3), (10, 6), (13, 2), (40, 8)] {
            for skip in 0..3 {
                let area = ratatui::layout::Rect::new(1, 1, w - 2, h - 1);
                let mut a = Terminal::new(TestBackend::new(w, h)).unwrap();
                let mut b = Terminal::new(TestBackend::new(w, h)).unwrap();
                a.draw(|f| f.render_widget(Paragraph::new(lines.clone()).scroll((skip, 0)), area))
                    .unwrap();
                b.draw(|f| super::put_lines(f, area, &lines, usize::from(skip)))
                    .unwrap();
                assert_eq!(
                    a.backend().buffer(),
                    b.backend().buffer(),
                    "{w}x{h}, from line {skip}"
                );
            }
        }
    }
}
