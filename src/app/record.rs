//! The record tab: the reader's self-check, training log, notes and questions for the
//! 育成面談. Changes are made to `App::record` and announced as effects; the event loop
//! saves them (the app itself never touches a file).

use crossterm::event::KeyEvent;
use ratatui_textarea::{TextArea, WrapMode};

use super::{App, Effect, Scroll};
use crate::keymap::Action;
use crate::model::Place;
use crate::record::{Expectation, Level, TrainingStatus, expectations_to_check};

/// A row of the record screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordRow {
    /// A section heading (not selectable).
    Heading(String),
    /// An expectation to self-check.
    Expectation(Expectation),
    /// A training of the catalog, by index.
    Training(usize),
    /// The free notes.
    Notes,
    /// Questions for the 育成面談.
    Questions,
    /// A self-check the map no longer has (kept, shown as such).
    OrphanCheck(String),
    /// A training id the map no longer has.
    OrphanTraining(String),
}

impl RecordRow {
    pub fn selectable(&self) -> bool {
        !matches!(self, RecordRow::Heading(_))
    }
}

/// What is being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditTarget {
    /// The note of a self-check, by key.
    CheckNote(String),
    Notes,
    Questions,
}

pub struct Editing {
    pub target: EditTarget,
    pub area: TextArea<'static>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct RecordView {
    /// Index into the rows (always a selectable one when there is any).
    pub selected: usize,
    pub list: Scroll,
    pub page: Scroll,
}

impl App {
    /// The rows of the record screen for where the reader stands.
    pub fn record_rows(&self) -> Vec<RecordRow> {
        let mut rows = Vec::new();
        let place = self.standing.as_ref().map(|s| s.place);
        match place {
            Some(p) => {
                let names = match p {
                    Place::Step(i) => match self.map.next_step(i) {
                        Some(n) => {
                            format!("{}・{}", self.map.steps[i].name, self.map.steps[n].name)
                        }
                        None => self.map.steps[i].name.to_string(),
                    },
                    Place::Tier(t) => self.map.specialist_tiers[t].name.to_string(),
                };
                rows.push(RecordRow::Heading(format!("自己チェック：{names}の役割")));
                rows.extend(
                    expectations_to_check(&self.map, p)
                        .into_iter()
                        .map(RecordRow::Expectation),
                );
            }
            None => rows.push(RecordRow::Heading(
                "自己チェック：現在地を選ぶと出ます（1 の画面で p）".into(),
            )),
        }
        rows.push(RecordRow::Heading("育成面談のメモ".into()));
        rows.push(RecordRow::Notes);
        rows.push(RecordRow::Questions);
        rows.push(RecordRow::Heading("研修の記録（予定・受講済）".into()));
        rows.extend((0..self.map.catalog().len()).map(RecordRow::Training));
        // Self-checks made at other places of the map (before a promotion, say): kept and
        // shown, with their notes.
        let current: Vec<String> = rows
            .iter()
            .filter_map(|r| match r {
                RecordRow::Expectation(e) => Some(e.key.clone()),
                _ => None,
            })
            .collect();
        let orphan_checks = self.record.unknown_checks(&self.map);
        let past: Vec<Expectation> = self
            .map
            .steps
            .iter()
            .enumerate()
            .map(|(i, _)| Place::Step(i))
            .chain((0..self.map.specialist_tiers.len()).map(Place::Tier))
            .flat_map(|p| crate::record::expectations_of(&self.map, p))
            .filter(|e| !current.contains(&e.key) && self.record.checks.contains_key(&e.key))
            .collect();
        if !past.is_empty() {
            rows.push(RecordRow::Heading("ほかの職位で付けた自己チェック".into()));
            rows.extend(past.into_iter().map(RecordRow::Expectation));
        }
        let orphan_trainings = self.record.unknown_trainings(&self.map);
        if !orphan_checks.is_empty() || !orphan_trainings.is_empty() {
            rows.push(RecordRow::Heading(
                "この地図にない記録（以前の版の地図のもの。消さずに残しています）".into(),
            ));
            rows.extend(orphan_checks.into_iter().map(RecordRow::OrphanCheck));
            rows.extend(orphan_trainings.into_iter().map(RecordRow::OrphanTraining));
        }
        rows
    }

    /// Keep the selection on a selectable row (the first one, when it is on a heading).
    pub fn fix_record_selection(&mut self, rows: &[RecordRow]) {
        let sel = self.record_view.selected;
        if rows.get(sel).is_some_and(RecordRow::selectable) {
            return;
        }
        if let Some(i) = (sel..rows.len())
            .chain(0..sel)
            .find(|&i| rows[i].selectable())
        {
            self.record_view.selected = i;
        }
    }

    /// The selected row.
    pub fn record_selected(&self) -> Option<RecordRow> {
        self.record_rows().get(self.record_view.selected).cloned()
    }

    fn changed(&mut self) {
        if !self.effects.contains(&Effect::Save) {
            self.effects.push(Effect::Save);
        }
    }

    pub(super) fn update_record(&mut self, action: Action) {
        let rows = self.record_rows();
        self.fix_record_selection(&rows);
        let changes = matches!(
            action,
            Action::Toggle | Action::Select | Action::Left | Action::Right | Action::Snapshot
        );
        if changes && let Some(why) = &self.record_read_only {
            self.message = Some(format!("変更できません：{why}"));
            return;
        }
        let selectable: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].selectable()).collect();
        if selectable.is_empty() {
            return;
        }
        let pos = selectable
            .iter()
            .position(|&i| i >= self.record_view.selected)
            .unwrap_or(0);
        let last = selectable.len() - 1;
        let page = self.record_view.list.viewport.saturating_sub(1).max(1);
        let move_to = |p: usize| selectable[p.min(last)];
        match action {
            Action::Down => self.record_view.selected = move_to(pos + 1),
            Action::Up => self.record_view.selected = move_to(pos.saturating_sub(1)),
            Action::PageDown => self.record_view.selected = move_to(pos + page),
            Action::PageUp => self.record_view.selected = move_to(pos.saturating_sub(page)),
            Action::Home => self.record_view.selected = move_to(0),
            Action::End => self.record_view.selected = move_to(last),
            Action::Toggle => self.toggle(&rows[selectable[pos]]),
            Action::Left | Action::Right => {
                let delta: i32 = if action == Action::Left { -1 } else { 1 };
                if let RecordRow::Training(k) = &rows[selectable[pos]] {
                    let id = self.map.catalog()[*k].id.to_string();
                    if let Some(TrainingStatus::Done(y)) = self.record.trainings.get_mut(&id) {
                        let year = y.unwrap_or(self.this_year) as i32 + delta;
                        *y = Some(year.clamp(1950, 2200) as u16);
                        self.changed();
                    }
                }
            }
            Action::Select => match &rows[selectable[pos]] {
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
                    self.message =
                        Some("研修の記録は Space で変えます（予定 → 受講済 → なし）。".into());
                }
                _ => {}
            },
            Action::Snapshot => {
                self.record.snapshot(self.today.clone());
                self.message = Some(format!(
                    "{} の自己チェックを記録しました（次からはここからの変化を表示します）。",
                    self.today
                ));
                self.changed();
            }
            Action::Export => self.effects.push(Effect::Export),
            _ => {}
        }
        if self.record_view.selected != selectable[pos] {
            self.record_view.page.offset = 0;
        }
    }

    fn toggle(&mut self, row: &RecordRow) {
        match row {
            RecordRow::Expectation(e) => {
                let c = self.record.checks.entry(e.key.clone()).or_default();
                c.level = c.level.next();
                self.changed();
            }
            RecordRow::Training(k) => {
                let id = self.map.catalog()[*k].id.to_string();
                let next = match self.record.trainings.get(&id) {
                    None => Some(TrainingStatus::Planned),
                    Some(TrainingStatus::Planned) => {
                        Some(TrainingStatus::Done(Some(self.this_year)))
                    }
                    Some(TrainingStatus::Done(_)) => None,
                };
                match next {
                    Some(s) => self.record.trainings.insert(id, s),
                    None => self.record.trainings.remove(&id),
                };
                self.changed();
            }
            _ => {}
        }
    }

    fn start_edit(&mut self, target: EditTarget, text: &str) {
        let mut area = TextArea::new(text.lines().map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        self.editing = Some(Editing { target, area });
    }

    /// A key typed into the text being edited. The text goes into the record at once (and
    /// is saved), so a crash mid-typing loses at most the key being typed.
    pub(super) fn edit_key(&mut self, key: KeyEvent) {
        if let crossterm::event::KeyCode::Char(c) = key.code
            && crate::model::is_unsafe_char(c)
        {
            return;
        }
        if let Some(e) = self.editing.as_mut()
            && e.area.input(key)
        {
            self.apply_edit();
        }
    }

    /// Pasted text (already cleaned) inserted at the cursor of the text being edited, and
    /// put into the record as one change.
    pub(super) fn edit_paste(&mut self, text: &str) {
        if let Some(e) = self.editing.as_mut()
            && e.area.insert_str(text)
        {
            self.apply_edit();
        }
    }

    /// Put the text being edited (sanitised) into the record.
    fn apply_edit(&mut self) {
        let Some(e) = self.editing.as_ref() else {
            return;
        };
        let text: Vec<String> = e
            .area
            .lines()
            .iter()
            .map(|l| crate::model::sanitize(l))
            .collect();
        let text = text.join("\n").trim_end().to_string();
        match &e.target {
            EditTarget::CheckNote(key) => {
                self.record.checks.entry(key.clone()).or_default().note = text;
            }
            EditTarget::Notes => self.record.notes = text,
            EditTarget::Questions => self.record.questions = text,
        }
        self.changed();
    }

    /// Keep what was typed in the record and stop editing.
    pub fn finish_edit(&mut self) {
        if self.editing.is_some() {
            self.apply_edit();
            self.editing = None;
        }
    }

    /// The level of a self-check.
    pub fn level_of(&self, key: &str) -> Level {
        self.record.level(key)
    }
}
