//! The record tab: self-check, interview notes and the training log on the left; the
//! selected entry on the right; the text editor in its place while typing.

use super::stack::{self, Part};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, page, pane::pane};
use crate::app::EditTarget;
use crate::app::{App, Extents, RecordRow, RecordRows, View};
use crate::content::{self, Item};
use crate::keymap::{Action, Context};
use crate::record::TrainingStatus;
use crate::words::{Msg, labels};
use crate::wrap;

/// Guest mode: the record screen says why it shows nothing.
pub fn draw_guest(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let w = area.width.saturating_sub(2).max(1) as usize;
    let lines: Vec<Line> = crate::wrap::wrap(labels(app.lang).guest_notice, w, "", "")
        .into_iter()
        .map(|l| Line::styled(l, theme.warning))
        .collect();
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: area.x + 1.min(area.width),
            y: area.y + 1.min(area.height),
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(1),
        },
    );
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, ext: &mut Extents) {
    let [head, body] = stack::rows(area, [Part::Fixed(1), Part::Rest(0)]);
    let snapshot = app.keymap.key(Context::Record, Action::Snapshot);
    let words = labels(app.lang);
    let header = match &app.record_read_only {
        // Said in full above every screen.
        Some(_) => Line::styled(words.record_not_saved, theme.warning),
        None => Line::styled(
            wrap::ellipsize(
                &match app.record.snapshots.last() {
                    Some(s) => Msg::LastSnapshot {
                        date: s.date.clone(),
                        key: snapshot,
                    }
                    .text(app.lang),
                    None => Msg::NoSnapshotYet { key: snapshot }.text(app.lang),
                },
                area.width as usize,
            ),
            theme.dim,
        ),
    };
    frame.render_widget(Paragraph::new(header), head);

    let stacked = body.width < 76;
    let (list_area, page_area) = if stacked {
        let [l, p] = stack::rows(body, [Part::Percent(50), Part::Rest(0)]);
        (l, p)
    } else {
        let [l, p] = stack::columns(body, [Part::Percent(55), Part::Rest(0)]);
        (l, p)
    };
    let rows = app.record_layout();
    draw_list(frame, list_area, app, &rows, theme, ext);

    let selected = rows.get(app.record_view.selected);
    if let Some(editing) = app.editing() {
        let what = match &editing.target {
            crate::app::EditTarget::CheckNote(_) => words.edit_check_note,
            crate::app::EditTarget::Notes => words.edit_notes,
            crate::app::EditTarget::Questions => words.edit_questions,
        };
        let done = app.keymap.key(Context::Edit, Action::Back);
        // The pane's title is short; the line under it names the item being noted and how
        // to finish, wrapped, never cut.
        let item = match (&editing.target, selected) {
            (crate::app::EditTarget::CheckNote(_), Some(RecordRow::Expectation(e))) => {
                Msg::Labeled {
                    name: content::place_name_in(&app.map, e.place, app.lang),
                    text: e.text.to_string(),
                }
                .text(app.lang)
            }
            _ => what.to_string(),
        };
        let block = pane(
            wrap::cut_title(what, (page_area.width as usize).saturating_sub(6)),
            true,
            theme,
        );
        let inner = block.inner(page_area);
        frame.render_widget(block, page_area);
        let head: Vec<Line> = if inner.width > 2 {
            let text = Msg::EditTitle { what: item, done }.text(app.lang);
            let mut lines = wrap::wrap(&text, inner.width as usize, "", "");
            // The text being typed keeps most of the pane.
            lines.truncate((inner.height as usize / 3).max(1));
            lines
                .into_iter()
                .map(|l| Line::styled(l, theme.dim))
                .collect()
        } else {
            Vec::new()
        };
        let [head_area, inner] =
            stack::rows(inner, [Part::Fixed(head.len() as u16), Part::Rest(0)]);
        frame.render_widget(Paragraph::new(head), head_area);
        if inner.width > 2 && inner.height > 0 {
            let width = inner.width as usize - 1;
            // The text wrapped between phrases, as every page is; its rows go back to the
            // editor, so that ↑↓ move by them.
            let (lines, rows, row, col) =
                edited_layout(editing.editor.lines(), editing.editor.cursor(), width);
            let h = inner.height as usize;
            // The view moves only as far as the cursor needs.
            let shown = editing.view.following(lines.len(), h, row, 0);
            ext.put(View::Editor, shown);
            ext.editor_rows = Some(rows);
            let top = shown.offset;
            let shown: Vec<Line> = lines
                .into_iter()
                .skip(top)
                .take(h)
                .map(|l| Line::styled(l, theme.base))
                .collect();
            frame.render_widget(Paragraph::new(shown), inner);
            // The terminal cursor where the text goes, so an input method composes there.
            let x = (col as u16).min(inner.width - 1);
            let y = ((row - top) as u16).min(inner.height - 1);
            ext.cursor = Some((inner.x + x, inner.y + y));
        }
        return;
    }
    let items: Vec<Item> = match &selected {
        Some(RecordRow::Expectation(e)) => content::check_page_in(
            &app.map,
            &app.record,
            e.place,
            &e.text,
            &e.key,
            &app.today,
            app.lang,
        ),
        Some(RecordRow::Training(k)) => {
            content::training_record_page_in(&app.map, &app.record, *k, app.lang)
        }
        Some(RecordRow::Notes) => content::notes_page_in(&app.record, false, app.lang),
        Some(RecordRow::Questions) => content::notes_page_in(&app.record, true, app.lang),
        Some(RecordRow::OrphanCheck(k)) => {
            content::orphan_page_in(&app.map, &app.record, k, false, app.lang)
        }
        Some(RecordRow::OrphanTraining(k)) => {
            content::orphan_page_in(&app.map, &app.record, k, true, app.lang)
        }
        Some(RecordRow::Heading(_)) | None => Vec::new(),
    };
    let at = page::Pane {
        area: page_area,
        scroll: &app.record_view.page,
        view: View::RecordPage,
    };
    page::draw(
        frame,
        at,
        words.record_page_title.into(),
        &items,
        false,
        theme,
        ext,
    );
}

fn draw_list(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    rows: &RecordRows,
    theme: &Theme,
    ext: &mut Extents,
) {
    let block = pane(
        labels(app.lang).tab_record.into(),
        app.editing().is_none(),
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    // A training's 年度, with the Western year beside it where there is room.
    let status = |s| {
        if w >= 100 {
            content::status_text_in(s, app.lang)
        } else {
            content::status_text_short_in(s, app.lang)
        }
    };
    // Each row wraps (two self-checks that begin alike are told apart), and only the rows in
    // view are built: a map of thousands of trainings costs what is shown.
    let row_lines = |i: usize| -> Vec<Line<'static>> {
        let Some(row) = rows.get(i) else {
            return Vec::new();
        };
        let selected = i == app.record_view.selected;
        // Every row has one shape: its state (and ✎ when it has a note) leads the first line,
        // the text follows beside it, continuation lines are indented under it.
        let gap = labels(app.lang).row_gap;
        let (lead, text) = match &row {
            // A heading carries meaning (how to choose a standing, the legend): it wraps.
            RecordRow::Heading(h) => {
                // Before self-checks of which one has a note: what its ✎ means.
                let noted = (i + 1..)
                    .map_while(|j| match rows.get(j) {
                        Some(RecordRow::Expectation(e)) => Some(e),
                        _ => None,
                    })
                    .any(|e| {
                        app.record
                            .checks
                            .get(&e.key)
                            .is_some_and(|c| !c.note.trim().is_empty())
                    });
                let h = if noted {
                    format!("{h}{gap}{}", labels(app.lang).note_mark_legend)
                } else {
                    h.clone()
                };
                return wrap::wrap(&h, w, "■ ", "  ")
                    .into_iter()
                    .map(|l| Line::styled(l, theme.heading))
                    .collect();
            }
            RecordRow::Expectation(e) => {
                let note = app
                    .record
                    .checks
                    .get(&e.key)
                    .is_some_and(|c| !c.note.trim().is_empty());
                (
                    format!(
                        "{}{}{gap}",
                        content::level_text_in(app.level_of(&e.key), app.lang),
                        if note { " ✎" } else { "" },
                    ),
                    Msg::Labeled {
                        name: content::place_name_in(&app.map, e.place, app.lang),
                        text: e.text.to_string(),
                    }
                    .text(app.lang),
                )
            }
            RecordRow::Notes => (
                String::new(),
                Msg::NotesRow {
                    first: first_line(&app.record.notes, app.lang),
                }
                .text(app.lang),
            ),
            RecordRow::Questions => (
                String::new(),
                Msg::QuestionsRow {
                    first: first_line(&app.record.questions, app.lang),
                }
                .text(app.lang),
            ),
            RecordRow::Training(k) => {
                let Some(e) = app.map.catalog_entry(*k) else {
                    return Vec::new();
                };
                // A placement that is a reading carries its mark (legend in the heading).
                let mark = if e.inferred.is_some() {
                    content::INFERRED_MARK
                } else {
                    ""
                };
                (
                    format!("{}{gap}", status(app.record.trainings.get(e.id))),
                    Msg::CatalogLine {
                        name: content::entry_name_in(&app.map, &e, app.lang),
                        when: format!("{}{mark}", e.applies.describe_in(&app.map, app.lang)),
                    }
                    .text(app.lang),
                )
            }
            RecordRow::OrphanCheck(k) => (
                format!("{}{gap}", content::level_text_in(app.level_of(k), app.lang)),
                format!(
                    "{}{}",
                    labels(app.lang).not_in_map,
                    content::check_label_in(&app.map, k, app.lang)
                ),
            ),
            RecordRow::OrphanTraining(k) => (
                format!("{}{gap}", status(app.record.trainings.get(k))),
                format!("{}{k}", labels(app.lang).not_in_map),
            ),
        };
        let style = if selected { theme.selected } else { theme.base };
        let first = format!("{}{lead}", if selected { "▶ " } else { "  " });
        wrap::wrap(&text, w, &first, "    ")
            .into_iter()
            .map(|l| Line::from(Span::styled(l, style)))
            .collect()
    };
    let h = inner.height as usize;
    let n = rows.len();
    let v = &app.record_view;
    let sel = v.selected.min(n.saturating_sub(1));
    // The first row shown (the list's offset counts rows): the selected row whole in view,
    // with the heading above the first row of a section, moved as little as needed.
    let mut first = v.list.offset.min(n.saturating_sub(1));
    if sel < first + 1 {
        first = sel.saturating_sub(1);
    } else {
        let mut start = sel;
        let mut used = row_lines(sel).len();
        while start > first {
            let more = row_lines(start - 1).len();
            if used + more > h {
                break;
            }
            used += more;
            start -= 1;
        }
        first = start;
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut i = first;
    while i < n && lines.len() < h {
        lines.extend(row_lines(i));
        i += 1;
    }
    ext.put(
        View::Record,
        crate::app::Scroll {
            offset: first,
            content: n,
            viewport: (i - first).max(1),
        },
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

fn first_line(s: &str, lang: crate::model::Lang) -> String {
    match s.lines().find(|l| !l.trim().is_empty()) {
        Some(l) => crate::model::sanitize(l),
        None => labels(lang).unwritten.into(),
    }
}

// ---- handling: the keys of the record screen ----
impl App {
    pub(crate) fn update_record(&mut self, action: Action) {
        let rows = self.record_layout();
        self.fix_record_selection(&rows);
        let changes = matches!(
            action,
            Action::Toggle | Action::Select | Action::Left | Action::Right | Action::Snapshot
        );
        if changes && let Some(why) = &self.record_read_only {
            self.message = Some(Msg::CannotChange { why: why.clone() }.text(self.lang));
            return;
        }
        let Some(first) = rows.selectable_from(0) else {
            return;
        };
        let at = rows
            .selectable_from(self.record_view.selected)
            .unwrap_or(first);
        let page = self.record_view.list.viewport.saturating_sub(1).max(1) as isize;
        let Some(row) = rows.get(at) else {
            return;
        };
        match action {
            Action::Down => self.record_view.selected = rows.step(at, 1),
            Action::Up => self.record_view.selected = rows.step(at, -1),
            Action::PageDown => self.record_view.selected = rows.step(at, page),
            Action::PageUp => self.record_view.selected = rows.step(at, -page),
            Action::Home => self.record_view.selected = first,
            Action::End => {
                self.record_view.selected = (0..rows.len())
                    .rev()
                    .find(|&j| rows.selectable(j))
                    .unwrap_or(first);
            }
            Action::Toggle => self.toggle(&row),
            Action::Left | Action::Right => {
                let delta: i32 = if action == Action::Left { -1 } else { 1 };
                if let RecordRow::Training(k) = &row
                    && let Some(e) = self.map.catalog_entry(*k)
                {
                    let id = e.id.to_string();
                    if let Some(TrainingStatus::Done(y)) = self.record.trainings.get(&id) {
                        // Within the years it can have been taken in; past them the core
                        // says why.
                        let year = (y.unwrap_or(self.this_year) as i32 + delta).clamp(0, 9999);
                        self.set_training(*k, Some(TrainingStatus::Done(Some(year as u16))));
                    }
                }
            }
            Action::Select => match &row {
                RecordRow::Expectation(e) => {
                    let note = self
                        .record
                        .checks
                        .get(&e.key)
                        .map(|c| c.note.clone())
                        .unwrap_or_default();
                    self.start_edit(EditTarget::CheckNote(e.key.clone()), &note);
                }
                RecordRow::Notes => {
                    let t = self.record.notes.clone();
                    self.start_edit(EditTarget::Notes, &t);
                }
                RecordRow::Questions => {
                    let t = self.record.questions.clone();
                    self.start_edit(EditTarget::Questions, &t);
                }
                RecordRow::Training(_) => {
                    self.message = Some(
                        Msg::TrainingToggleKey {
                            key: self.keymap.key(Context::Record, Action::Toggle),
                        }
                        .text(self.lang),
                    );
                }
                _ => {}
            },
            Action::Snapshot => self.take_snapshot(),
            Action::Export => self.request_export(),
            _ => {}
        }
        if self.record_view.selected != at {
            self.record_view.page.offset = 0;
        }
    }

    fn toggle(&mut self, row: &RecordRow) {
        match row {
            RecordRow::Expectation(e) => {
                let next = self.record.level(&e.key).next();
                self.set_check(&e.key, next);
            }
            RecordRow::Training(k) => self.cycle_training(*k),
            _ => {}
        }
    }
}

/// The lines of a text being edited, wrapped in `width` cells between phrases, and where the
/// cursor (line, character) falls on them: (lines, row, column in cells). A line whose
/// phrase-wrapped form cannot be matched back to its characters is cut between characters
/// instead, so that the cursor is always where the text says.
#[cfg(test)]
fn edited_view(
    text: &[String],
    cursor: (usize, usize),
    width: usize,
) -> (Vec<String>, usize, usize) {
    let (lines, _, row, col) = edited_layout(text, cursor, width);
    (lines, row, col)
}

/// [`edited_view`], with each row's place in the text: (line, its first character).
#[allow(clippy::type_complexity)]
fn edited_layout(
    text: &[String],
    cursor: (usize, usize),
    width: usize,
) -> (Vec<String>, Vec<(usize, usize)>, usize, usize) {
    let mut out = Vec::new();
    let mut rows = Vec::new();
    let mut at = (0, 0);
    for (i, line) in text.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let (wrapped, starts) = if line.is_empty() {
            (vec![String::new()], vec![0])
        } else {
            phrase_lines(&chars, wrap::wrap(line, width, "", ""))
                .unwrap_or_else(|| char_lines(&chars, width))
        };
        if i == cursor.0 {
            let r = starts.iter().rposition(|&s| s <= cursor.1).unwrap_or(0);
            let from = starts[r];
            let upto = cursor.1.min(chars.len()).max(from);
            let col = wrap::width(&chars[from..upto].iter().collect::<String>());
            at = (out.len() + r, col);
        }
        rows.extend(starts.into_iter().map(|s| (i, s)));
        out.extend(wrapped);
    }
    (out, rows, at.0, at.1)
}

/// Lines wrapped between phrases, with the character each starts at (spaces dropped at a
/// break are skipped); None if they do not match the text's characters.
fn phrase_lines(chars: &[char], wrapped: Vec<String>) -> Option<(Vec<String>, Vec<usize>)> {
    let mut pos = 0;
    let mut starts = Vec::new();
    for w in &wrapped {
        while pos < chars.len() && chars[pos].is_whitespace() && !w.starts_with(chars[pos]) {
            pos += 1;
        }
        starts.push(pos);
        for ch in w.chars() {
            while pos < chars.len() && chars[pos] != ch && chars[pos].is_whitespace() {
                pos += 1;
            }
            if chars.get(pos) != Some(&ch) {
                return None;
            }
            pos += 1;
        }
    }
    Some((wrapped, starts))
}

/// Lines cut between any two characters at `width` cells, with the character each starts at.
fn char_lines(chars: &[char], width: usize) -> (Vec<String>, Vec<usize>) {
    let (mut lines, mut starts) = (vec![String::new()], vec![0]);
    let mut used = 0;
    for (i, &c) in chars.iter().enumerate() {
        let w = wrap::width(c.encode_utf8(&mut [0; 4]));
        if used + w > width.max(1) && used > 0 {
            lines.push(String::new());
            starts.push(i);
            used = 0;
        }
        lines.last_mut().expect("a line").push(c);
        used += w;
    }
    (lines, starts)
}

#[cfg(test)]
mod tests {
    use super::edited_view;

    #[test]
    fn an_edited_text_wraps_between_phrases_and_keeps_its_cursor() {
        let text = vec!["仕事を効率的に処理するようにしているための文章です".to_string()];
        let (lines, row, col) = edited_view(&text, (0, 0), 16);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), text[0]);
        // Broken where every page breaks (between phrases), not between any two characters.
        assert_eq!(lines, crate::wrap::wrap(&text[0], 16, "", ""));
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with("の文章") || l.starts_with("章")),
            "{lines:?}"
        );
        assert_eq!((row, col), (0, 0));
        // The cursor at the end sits after the last character of the last line.
        let end = text[0].chars().count();
        let (lines, row, col) = edited_view(&text, (0, end), 16);
        assert_eq!(row, lines.len() - 1);
        assert_eq!(col, crate::wrap::width(lines.last().unwrap()));
        // A second line, and an empty one, keep their own rows.
        let text = vec!["あ".to_string(), String::new(), "いう".to_string()];
        assert_eq!(edited_view(&text, (2, 1), 10).1, 2);
        assert_eq!(edited_view(&text, (2, 1), 10).2, 2);
    }

    #[test]
    fn spaces_dropped_at_a_break_do_not_move_the_cursor_off_its_character() {
        let text = vec!["one two three four five six".to_string()];
        let (lines, row, col) = edited_view(&text, (0, 8), 10);
        // "three" (character 8) starts the second line; the space before it was dropped.
        assert_eq!(lines, ["one two", "three four", "five six"]);
        assert_eq!((row, col), (1, 0));
        // On the space after "two" (character 7): the end of the first line.
        assert_eq!(edited_view(&text, (0, 7), 10).1, 0);
        assert_eq!(edited_view(&text, (0, 10), 10), (lines.clone(), 1, 2));
    }
}
