//! The picker: where do you stand? First the grade (any title of a step or specialist tier),
//! then the year of service.

use super::stack::{self, Part};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, pane::pane};
use crate::app::Mode;
use crate::app::{App, Extents, MAX_YEAR, Picker, PickerStage, Scroll, View};
use crate::content::Standing;
use crate::keymap::{Action, Context};
use crate::model::Place;
use crate::words::Msg;
use crate::wrap;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let Some(picker) = app.picker() else {
        return;
    };
    let width = area.width.min(76);
    let area = Rect {
        x: area.x + (area.width - width) / 2,
        width,
        ..area
    };
    let w = crate::words::labels(app.lang);
    let title = match picker.stage {
        PickerStage::Grade => w.pick_grade_title,
        PickerStage::Year => w.pick_year_title,
    };
    let block = pane(title.into(), true, theme);
    let inner = block.inner(area);
    if inner.width < 4 || inner.height < 2 {
        frame.render_widget(block, area);
        return;
    }
    let s = match picker.stage {
        PickerStage::Grade => grades(frame, inner, app, picker, theme),
        PickerStage::Year => {
            year(frame, inner, app, picker, theme);
            Scroll::default()
        }
    };
    ext.put(View::Grades, s);
    // Signs that the list goes on, drawn on the frame.
    let block = match (picker.stage, s.more_above(), s.more_below()) {
        (PickerStage::Grade, _, true) => {
            block.title_bottom(Span::styled(w.more_below, theme.hint_key))
        }
        (PickerStage::Grade, true, false) => {
            block.title_bottom(Span::styled(w.more_above, theme.hint_key))
        }
        _ => block,
    };
    frame.render_widget(block, area);
}

/// The list of titles; returns what of it is shown.
fn grades(frame: &mut Frame, area: Rect, app: &App, picker: &Picker, theme: &Theme) -> Scroll {
    let words = crate::words::labels(app.lang);
    let w = area.width as usize;
    let intro = wrap::wrap(
        if app.map.specialist_tiers.is_empty() {
            words.pick_grade_intro
        } else {
            words.pick_grade_intro_specialist
        },
        w.saturating_sub(1),
        " ",
        " ",
    );
    let [top, list] = stack::rows(area, [Part::Fixed(intro.len() as u16 + 1), Part::Rest(1)]);
    frame.render_widget(
        Paragraph::new(intro.into_iter().map(Line::raw).collect::<Vec<_>>()),
        top,
    );

    // One row per title, with a heading row before each track.
    let mut rows: Vec<Line> = Vec::new();
    let mut selected_row = 0;
    let mut last_track = None;
    let name_w = app
        .titles
        .iter()
        .map(|(t, _)| wrap::width(t))
        .max()
        .unwrap_or(4);
    for (i, (title, place)) in app.titles.iter().enumerate() {
        let track = matches!(place, Place::Tier(_));
        if last_track != Some(track) {
            let heading = if track {
                words.specialist_track
            } else {
                words.line_track
            };
            rows.push(Line::styled(format!(" {heading}"), theme.heading));
            last_track = Some(track);
        }
        let selected = i == picker.grade;
        if selected {
            selected_row = rows.len();
        }
        let role = match place {
            Place::Step(s) => {
                let step = &app.map[*s];
                if *step.name == **title {
                    step.role.to_string()
                } else {
                    Msg::SameStepAs {
                        step: step.name.to_string(),
                    }
                    .text(app.lang)
                }
            }
            Place::Tier(t) => app.map[*t].role.to_string(),
        };
        let text = format!(
            "{}{}{}  {}",
            if selected { "▶ " } else { "  " },
            title,
            " ".repeat(name_w - wrap::width(title)),
            role
        );
        rows.push(Line::from(Span::styled(
            wrap::ellipsize(&text, w),
            if selected { theme.selected } else { theme.base },
        )));
    }
    let h = list.height as usize;
    // Keep the selection in view (and its track heading, when it is the first item).
    let s = app.grade_list.following(rows.len(), h, selected_row, 1);
    frame.render_widget(Paragraph::new(rows).scroll((s.offset as u16, 0)), list);
    s
}

fn year(frame: &mut Frame, area: Rect, app: &App, picker: &Picker, theme: &Theme) {
    let w = area.width as usize;
    let (title, _) = &app.titles[picker.grade.min(app.titles.len() - 1)];
    let y = picker.year;
    let mut lines: Vec<Line> = Vec::new();
    lines.push(Line::raw(
        Msg::PickedTitle {
            title: title.clone(),
        }
        .text(app.lang),
    ));
    lines.push(Line::raw(""));
    let key = |a| app.keymap.key(Context::PickYear, a);
    let ask = Msg::AskYear {
        up: key(Action::Up),
        down: key(Action::Down),
        choose: key(Action::Select),
    }
    .text(app.lang);
    for l in wrap::wrap(&ask, w.saturating_sub(1), " ", " ") {
        lines.push(Line::raw(l));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::raw(crate::words::labels(app.lang).pick_year_before),
        Span::styled(format!(" ◀ {y:>2} ▶ "), theme.selected),
        Span::raw(Msg::YearAfter { max: MAX_YEAR }.text(app.lang)),
    ]));
    lines.push(Line::raw(""));
    let max = app
        .map
        .year_training
        .years
        .iter()
        .map(|e| e.year)
        .max()
        .unwrap_or(0);
    let yt = &app.map.year_training;
    let note = if y <= max {
        Msg::YearTrainingFor {
            year: y,
            name: yt.name.to_string(),
            subtitle: yt.subtitle.to_string(),
        }
        .text(app.lang)
    } else {
        Msg::YearTrainingUpTo {
            max,
            name: yt.name.to_string(),
            subtitle: yt.subtitle.to_string(),
        }
        .text(app.lang)
    };
    for l in wrap::wrap(&note, w.saturating_sub(1), " ", " ") {
        lines.push(Line::styled(l, theme.dim));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

// ---- handling: the keys of the picker ----
impl App {
    pub(crate) fn update_grade(&mut self, action: Action) {
        let n = self.titles.len();
        let back = self.standing.is_some();
        let Mode::Choosing(p) = &mut self.mode else {
            return;
        };
        let g = &mut p.grade;
        match action {
            Action::Down => *g = (*g + 1).min(n.saturating_sub(1)),
            Action::Up => *g = g.saturating_sub(1),
            Action::PageDown => *g = (*g + 10).min(n.saturating_sub(1)),
            Action::PageUp => *g = g.saturating_sub(10),
            Action::Home => *g = 0,
            Action::End => *g = n.saturating_sub(1),
            Action::Select if n > 0 => {
                p.stage = PickerStage::Year;
                p.typed.clear();
            }
            Action::Back if back => self.mode = Mode::Browsing,
            _ => {}
        }
    }

    pub(crate) fn update_year(&mut self, action: Action) {
        let Mode::Choosing(p) = &mut self.mode else {
            return;
        };
        match action {
            Action::Up | Action::Right => {
                p.year = (p.year + 1).min(MAX_YEAR);
                p.typed.clear();
            }
            Action::Down | Action::Left => {
                p.year = p.year.saturating_sub(1).max(1);
                p.typed.clear();
            }
            Action::Home => {
                p.year = 1;
                p.typed.clear();
            }
            Action::End => {
                p.year = MAX_YEAR;
                p.typed.clear();
            }
            Action::Digit(d) => {
                let mut t = p.typed.clone();
                t.push(char::from(b'0' + d));
                match t.parse::<u8>() {
                    Ok(y) if (1..=MAX_YEAR).contains(&y) => {
                        p.year = y;
                        p.typed = t;
                    }
                    _ if d > 0 => {
                        // Start over with this digit, as a number field does when full.
                        p.year = d;
                        p.typed = d.to_string();
                    }
                    _ => {}
                }
            }
            Action::DeleteDigit => {
                p.typed.pop();
                if let Ok(y) = p.typed.parse::<u8>() {
                    p.year = y.max(1);
                }
            }
            Action::Select => {
                if let Some((title, place)) = self.titles.get(p.grade).cloned() {
                    let year = p.year;
                    self.choose_standing(Standing {
                        place,
                        title,
                        year: Some(year),
                    });
                }
            }
            Action::Back => p.stage = PickerStage::Grade,
            _ => {}
        }
    }
}
