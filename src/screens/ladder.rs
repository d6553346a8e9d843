//! The ladder screen: the rungs from 1級 to 部長 drawn as a picture with the specialist track
//! beside them, and the selected place in full (see `detail.rs`).

use super::stack::{self, Part};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Theme, detail, pane::pane};
use crate::app::{App, Extents, Focus};
use crate::app::{Tab, scroll};
use crate::content::{HERE_MARK, INFERRED_MARK};
use crate::keymap::Action;
use crate::model::Place;
use crate::wrap;

/// Below this width the panes are stacked.
const SIDE_BY_SIDE_MIN: u16 = 76;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let rungs = app.ladder.len() as u16;
    let (ladder_area, detail_area) = if area.width >= SIDE_BY_SIDE_MIN {
        let [l, d] = stack::columns(
            area,
            [
                Part::Fixed(pane_width(app).min(area.width / 2)),
                Part::Rest(1),
            ],
        );
        (l, d)
    } else {
        // Stacked: one line per rung, the rest for the detail.
        let h = (rungs + 3).min(area.height / 2);
        let [l, d] = stack::rows(area, [Part::Fixed(h), Part::Rest(1)]);
        (l, d)
    };
    draw_ladder(frame, ladder_area, app, theme);
    detail::draw(frame, detail_area, app, theme, ext);
}

/// The width the ladder picture needs: the rung names, the specialist labels, the marks.
fn pane_width(app: &App) -> u16 {
    let (line_w, side_w) = column_widths(app);
    // borders + "▶ " + name + " ★" + " ┆" + "▶ " + label + " ★" + one spare cell
    (2 + 2 + line_w + 2 + 2 + 2 + side_w + 2 + 1) as u16
}

/// Display widths of the longest rung name and the longest specialist label (measured
/// over every rung once, then kept).
fn column_widths(app: &App) -> (usize, usize) {
    *app.ladder_widths.get_or_init(|| measure_columns(app))
}

fn measure_columns(app: &App) -> (usize, usize) {
    let line_w = app
        .ladder
        .iter()
        .map(|&s| wrap::width(&app.map[s].name))
        .max()
        .unwrap_or(4);
    let side_w = (0..app.ladder.len())
        .map(|row| wrap::width(&side_label(app, row)))
        .max()
        .unwrap_or(0);
    (line_w, side_w)
}

/// The specialist titles drawn beside a rung: those the source places at its level.
fn side_label(app: &App, row: usize) -> String {
    let Some(t) = app.tier_at_row(row) else {
        return String::new();
    };
    let step = app.ladder[row];
    let titles: Vec<String> = app
        .map
        .tier_levels_at(t, step)
        .iter()
        .flat_map(|l| l.titles.iter().map(|x| x.to_string()))
        .collect();
    // A placement that is a reading (副主幹・副技監 beside グループ長) carries its mark.
    let inferred = app
        .map
        .tier_levels_at(t, step)
        .iter()
        .any(|l| l.inferred.is_some());
    let mark = if inferred { INFERRED_MARK } else { "" };
    if titles.is_empty() {
        app.map[t].name.to_string()
    } else {
        format!(
            "{}{mark}",
            titles.join(crate::words::labels(app.lang).sep_titles)
        )
    }
}

fn draw_ladder(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = app.focus == Focus::Ladder;
    let w = crate::words::labels(app.lang);
    let block = pane(w.tab_ladder.into(), focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let width = inner.width as usize;
    let map = &app.map;
    let (line_w, _) = column_widths(app);
    // Two lines per rung (rung + rail) when there is room, else one.
    let rungs = app.ladder.len();
    let header = 1;
    let legend = 3;
    let spacious = inner.height as usize >= rungs * 2 - 1 + header + legend;

    let standing = app.standing.as_ref();
    // The rung the reader stands at, and whether on the specialist track. A specialist title
    // whose level the source does not print stands at no rung: the legend says so.
    let here_row = standing.and_then(|s| match s.place {
        Place::Step(i) => Some((app.ladder.iter().position(|&x| x == i), false)),
        Place::Tier(t) => map
            .title_level(t, &s.title)
            .map(|i| (app.ladder.iter().position(|&x| x == i), true)),
    });
    let unplaced = standing
        .filter(|s| matches!(s.place, Place::Tier(t) if map.title_level(t, &s.title).is_none()));
    // The rungs are few; if the pane is shorter, keep the cursor's rung in view. Only the
    // rungs in view are built (a long ladder costs what is shown).
    let visible = inner.height as usize;
    let per_rung = if spacious { 2 } else { 1 };
    let cursor_line = 1 + (rungs - 1 - app.cursor.row) * per_rung;
    let offset = cursor_line.saturating_sub(visible.saturating_sub(1));
    let in_view = |line: usize| line >= offset && line < offset + visible;
    let mut lines: Vec<Line> = Vec::new();
    let line_col = 2 + line_w + 2;
    lines.push(Line::from(vec![Span::styled(
        if map.specialist_tiers.is_empty() {
            format!("  {}", w.line_track)
        } else {
            pad(&format!("  {}", w.line_track), line_col) + " " + w.specialist_track
        },
        theme.dim,
    )]));
    // The legend stands before the marks it explains, when the pane has room for it.
    // Only the marks this map uses.
    let mut legend_lines: Vec<Line> = Vec::new();
    let second = match (
        map.specialist_tiers.is_empty(),
        crate::content::has_inferred(map),
    ) {
        (false, true) => format!(
            "{}{}{INFERRED_MARK} {}",
            w.legend_specialist, w.legend_gap, w.legend_inferred
        ),
        (false, false) => w.legend_specialist.to_string(),
        (true, true) => format!("{INFERRED_MARK} {}", w.legend_inferred),
        (true, false) => String::new(),
    };
    // A guest has no standing to mark.
    let marks = if app.guest {
        w.legend_selected.to_string()
    } else {
        format!(
            "{}{}{HERE_MARK} {}",
            w.legend_selected, w.legend_gap, w.legend_here
        )
    };
    for part in [marks, second] {
        if part.is_empty() {
            continue;
        }
        for l in wrap::wrap(&part, width, "", "") {
            legend_lines.push(Line::styled(l, theme.dim));
        }
    }
    let rung_lines = if spacious { rungs * 2 - 1 } else { rungs };
    let unplaced_lines = if unplaced.is_some() { 3 } else { 0 };
    let legend_n = if inner.height as usize >= header + rung_lines + unplaced_lines + legend {
        let n = legend_lines.len();
        lines.extend(legend_lines);
        n
    } else {
        0
    };
    for row in (0..rungs).rev() {
        if !in_view(lines.len()) {
            lines.push(Line::default());
            if spacious && row > 0 {
                lines.push(Line::default());
            }
            continue;
        }
        let step = app.ladder[row];
        let on_line = app.cursor.row == row && !app.cursor.specialist;
        let on_side = app.cursor.row == row && app.cursor.specialist;
        let here_line = here_row == Some((Some(row), false));
        let here_side = here_row == Some((Some(row), true));

        let mut spans: Vec<Span> = Vec::new();
        let name = &map[step].name;
        let cell = format!(
            "{}{}",
            if on_line { "▶ " } else { "  " },
            pad(
                &format!("{name}{}", if here_line { " ★" } else { "" }),
                line_w + 2
            )
        );
        spans.push(Span::styled(
            cell,
            if on_line {
                theme.selected
            } else if here_line {
                theme.here
            } else {
                theme.base
            },
        ));
        if app.tier_at_row(row).is_some() {
            let mut label = side_label(app, row);
            if here_side {
                label.push_str(" ★");
            }
            spans.push(Span::styled(" ┆", theme.dim));
            spans.push(Span::styled(
                format!("{}{label}", if on_side { "▶ " } else { " " }),
                if on_side {
                    theme.selected
                } else if here_side {
                    theme.here
                } else {
                    theme.base
                },
            ));
        }
        lines.push(fit(spans, width));
        if spacious && row > 0 {
            lines.push(Line::styled(
                format!("{}┃", " ".repeat(2 + line_w / 2)),
                theme.dim,
            ));
        }
    }
    if let Some(s) = unplaced {
        lines.push(Line::raw(""));
        for l in wrap::wrap(
            &format!(
                "{HERE_MARK} {}",
                crate::words::Msg::UnplacedSpecialist {
                    title: s.title.clone()
                }
                .text(app.lang)
            ),
            width,
            "",
            "  ",
        ) {
            lines.push(Line::styled(l, theme.here));
        }
    }

    // The rungs are few; if the pane is shorter, keep the cursor's rung in view.
    let visible = inner.height as usize;
    let cursor_line =
        header + legend_n + (rungs - 1 - app.cursor.row) * if spacious { 2 } else { 1 };
    let offset = cursor_line.saturating_sub(visible.saturating_sub(1));
    super::put_lines(frame, inner, &lines, offset);
}

fn pad(s: &str, width: usize) -> String {
    let w = wrap::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Cut a line of spans to `width` cells.
fn fit(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut used = 0;
    let mut out = Vec::new();
    for s in spans {
        let w = wrap::width(&s.content);
        if used + w <= width {
            used += w;
            out.push(s);
        } else {
            let cut = wrap::truncate(&s.content, width - used);
            out.push(Span::styled(cut, s.style));
            break;
        }
    }
    Line::from(out)
}

// ---- handling: the keys of the ladder and its detail pane ----
impl App {
    pub(crate) fn update_ladder(&mut self, action: Action) {
        let top = self.ladder.len().saturating_sub(1);
        let before = self.selected();
        match action {
            Action::Up => self.move_row(self.cursor.row.saturating_add(1).min(top)),
            Action::Down => self.move_row(self.cursor.row.saturating_sub(1)),
            // As drawn: the top of the ladder is the top of the screen.
            Action::Home => self.move_row(top),
            Action::End => self.move_row(0),
            // The detail beside the ladder pages without leaving the ladder.
            Action::PageDown | Action::PageUp => scroll(&mut self.detail, action),
            Action::Right if self.tier_at_row(self.cursor.row).is_some() => {
                self.cursor.specialist = true;
            }
            Action::Left => self.cursor.specialist = false,
            Action::Select => self.focus = Focus::Detail,
            Action::Back => {
                if let Some(s) = &self.standing {
                    self.cursor = self.cursor_for(s);
                }
            }
            Action::ChangeStanding => self.open_picker(),
            Action::Compare => self.compare_selected(),
            _ => {}
        }
        if self.selected() != before {
            self.detail.offset = 0;
        }
    }

    /// Move to another rung, staying on the specialist track where there is one.
    fn move_row(&mut self, row: usize) {
        self.cursor.row = row;
        if self.tier_at_row(row).is_none() {
            self.cursor.specialist = false;
        }
    }

    pub(crate) fn update_detail(&mut self, action: Action) {
        match action {
            Action::Back => self.focus = Focus::Ladder,
            Action::ChangeStanding => self.open_picker(),
            Action::Compare => self.compare_selected(),
            other => scroll(&mut self.detail, other),
        }
    }

    /// Compare the selected place with the step above it (what a promotion changes).
    fn compare_selected(&mut self) {
        let (a, b) = self.compare_pair(self.selected());
        let from = (self.tab, self.focus);
        self.compare.show(a, b);
        self.show_tab(Tab::Compare);
        self.compare.came_from = Some(from);
    }
}
