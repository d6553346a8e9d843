//! The record tab: the reader's self-check, training log, notes and questions for the
//! 育成面談. Changes are made to `App::record` and announced as effects; the event loop
//! saves them (the app itself never touches a file).

use crossterm::event::KeyEvent;
use ratatui_textarea::{TextArea, WrapMode};

use super::{App, Effect, Overlay, Scroll};
use crate::keymap::{Action, Context};
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

#[derive(Clone, Debug, Default)]
pub struct RecordView {
    /// Index into the rows (always a selectable one when there is any).
    pub selected: usize,
    pub list: Scroll,
    pub page: Scroll,
    /// The year of a training cycled past 受講済 in this session, by id: cycling on to
    /// 受講済 again brings it back instead of this year.
    pub years: std::collections::HashMap<String, u16>,
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
            None => rows.push(RecordRow::Heading(format!(
                "自己チェック：現在地を選ぶと出ます（{} で選べます）",
                self.keymap.key(Context::Record, Action::ChangeStanding)
            ))),
        }
        rows.push(RecordRow::Heading("育成面談のメモ".into()));
        rows.push(RecordRow::Notes);
        rows.push(RecordRow::Questions);
        // The legend of the ＊ that marks a promotion placement in the rows below.
        rows.push(RecordRow::Heading(format!(
            "研修の記録（予定・受講済）　{} 推定の時期",
            crate::content::INFERRED_MARK
        )));
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

    pub(super) fn changed(&mut self) {
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
                    if let Some(TrainingStatus::Done(y)) = self.record.trainings.get(&id) {
                        let year = y.unwrap_or(self.this_year) as i32 + delta;
                        let year = Some(year.clamp(1950, 2200) as u16);
                        self.set_training(*k, Some(TrainingStatus::Done(year)));
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
                    self.message = Some(format!(
                        "研修の記録は {} で変えます（予定 → 受講済 → なし）。",
                        self.keymap.key(Context::Record, Action::Toggle)
                    ));
                }
                _ => {}
            },
            Action::Snapshot => self.take_snapshot(),
            Action::Export => self.request_export(),
            _ => {}
        }
        if self.record_view.selected != selectable[pos] {
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

    /// Cycle what the record says of catalog entry `k`: nothing → 予定 → 受講済 (this 年度,
    /// or the year it had before in this session) → nothing.
    pub(super) fn cycle_training(&mut self, k: usize) {
        let Some(id) = self.map.catalog().get(k).map(|e| e.id.to_string()) else {
            return;
        };
        let next = match self.record.trainings.get(&id) {
            None => Some(TrainingStatus::Planned),
            Some(TrainingStatus::Planned) => {
                let year = self.record_view.years.get(&id).copied();
                Some(TrainingStatus::Done(Some(year.unwrap_or(self.this_year))))
            }
            Some(TrainingStatus::Done(y)) => {
                if let Some(y) = y {
                    self.record_view.years.insert(id.clone(), *y);
                }
                None
            }
        };
        self.set_training(k, next);
    }

    // ---- record edits: every face changes the record through these ----

    /// Whether the record may be changed; when not, the reader is told why.
    fn writable(&mut self) -> bool {
        match &self.record_read_only {
            Some(why) => {
                self.message = Some(format!("変更できません：{why}"));
                false
            }
            None => true,
        }
    }

    /// Set the self-check level of expectation `key`.
    pub fn set_check(&mut self, key: &str, level: Level) {
        if self.writable() {
            self.record.checks.entry(key.to_string()).or_default().level = level;
            self.changed();
        }
    }

    /// Set the note of self-check `key` (sanitised; trailing blank lines dropped).
    pub fn set_check_note(&mut self, key: &str, text: &str) {
        if self.writable() {
            self.record.checks.entry(key.to_string()).or_default().note = clean_text(text);
            self.changed();
        }
    }

    /// Set what the record says of catalog entry `k`: planned, done (in a year), or nothing.
    pub fn set_training(&mut self, k: usize, status: Option<TrainingStatus>) {
        let Some(id) = self.map.catalog().get(k).map(|e| e.id.to_string()) else {
            return;
        };
        if !self.writable() {
            return;
        }
        match status {
            Some(s) => self.record.trainings.insert(id, s),
            None => self.record.trainings.remove(&id),
        };
        self.changed();
    }

    /// Set the free notes (`questions`: the questions for the 育成面談 instead).
    pub fn set_notes(&mut self, questions: bool, text: &str) {
        if self.writable() {
            let text = clean_text(text);
            if questions {
                self.record.questions = text;
            } else {
                self.record.notes = text;
            }
            self.changed();
        }
    }

    /// Keep today's self-check as a snapshot, to compare with later. Refused (with the
    /// reason) before the reader has said where they stand: there is nothing to check yet.
    pub fn take_snapshot(&mut self) {
        if self.standing.is_none() {
            self.message = Some(
                "自己チェックの記録は、現在地を選んでからにしてください（自己チェックの項目は職位で決まります）。"
                    .into(),
            );
            return;
        }
        if !self.writable() {
            return;
        }
        self.record.snapshot(self.today.clone());
        self.message = Some(format!(
            "{} の自己チェックを記録しました（次からはここからの変化を表示します）。",
            self.today
        ));
        self.changed();
    }

    /// Ask the face to write the interview sheet.
    pub fn request_export(&mut self) {
        self.effects.push(Effect::Export);
    }

    fn start_edit(&mut self, target: EditTarget, text: &str) {
        let mut area = TextArea::new(text.lines().map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        self.overlay = Some(Overlay::Editing(Box::new(Editing { target, area })));
    }

    /// A key typed into the text being edited. The text goes into the record at once (and
    /// is saved), so a crash mid-typing loses at most the key being typed.
    pub(super) fn edit_key(&mut self, key: KeyEvent) {
        if let crossterm::event::KeyCode::Char(c) = key.code
            && crate::model::is_unsafe_char(c)
        {
            return;
        }
        if let Some(Overlay::Editing(e)) = &mut self.overlay
            && e.area.input(key)
        {
            self.apply_edit();
        }
    }

    /// Pasted text (already cleaned) inserted at the cursor of the text being edited, and
    /// put into the record as one change.
    pub(super) fn edit_paste(&mut self, text: &str) {
        if let Some(Overlay::Editing(e)) = &mut self.overlay
            && e.area.insert_str(text)
        {
            self.apply_edit();
        }
    }

    /// Put the text being edited (sanitised) into the record.
    fn apply_edit(&mut self) {
        let Some(e) = self.editing() else {
            return;
        };
        let text = e.area.lines().join("\n");
        match e.target.clone() {
            EditTarget::CheckNote(key) => self.set_check_note(&key, &text),
            EditTarget::Notes => self.set_notes(false, &text),
            EditTarget::Questions => self.set_notes(true, &text),
        }
    }

    /// Keep what was typed in the record and stop editing.
    pub fn finish_edit(&mut self) {
        if self.editing().is_some() {
            self.apply_edit();
            self.overlay = None;
        }
    }

    /// The level of a self-check.
    pub fn level_of(&self, key: &str) -> Level {
        self.record.level(key)
    }
}

/// Text as the record keeps it: each line sanitised, trailing blank lines dropped.
fn clean_text(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(crate::model::sanitize).collect();
    lines.join("\n").trim_end().to_string()
}
