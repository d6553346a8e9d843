//! The record tab: the reader's self-check, training log, notes and questions for the
//! 育成面談. Changes are made to `App::record` and announced as effects; the event loop
//! saves them (the app itself never touches a file).

use crate::words::{Msg, labels};
use crossterm::event::KeyEvent;

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
    pub editor: super::Editor,
    /// What of the wrapped text is in view (it moves only as far as the cursor needs).
    pub view: super::Scroll,
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

/// The rows of the record screen, without one row per training built out: the rows above
/// the trainings, the count of trainings (row `head.len() + k` is catalog entry `k`), and the
/// rows after them. A key costs what it touches, however long the catalog is.
#[derive(Clone, Debug, Default)]
pub struct RecordRows {
    head: Vec<RecordRow>,
    trainings: usize,
    tail: Vec<RecordRow>,
}

impl RecordRows {
    pub fn len(&self) -> usize {
        self.head.len() + self.trainings + self.tail.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<RecordRow> {
        let h = self.head.len();
        if i < h {
            Some(self.head[i].clone())
        } else if i < h + self.trainings {
            Some(RecordRow::Training(i - h))
        } else {
            self.tail.get(i - h - self.trainings).cloned()
        }
    }

    /// Whether row `i` can be selected (it exists and is no heading).
    pub fn selectable(&self, i: usize) -> bool {
        let h = self.head.len();
        if i < h {
            self.head[i].selectable()
        } else if i < h + self.trainings {
            true
        } else {
            self.tail
                .get(i - h - self.trainings)
                .is_some_and(RecordRow::selectable)
        }
    }

    /// The first selectable row at or after `i`, if any.
    pub(crate) fn selectable_from(&self, i: usize) -> Option<usize> {
        (i..self.len()).find(|&j| self.selectable(j))
    }

    /// The selectable row `by` selectable rows away from selectable row `i` (clamped to the
    /// first and last selectable rows).
    pub(crate) fn step(&self, i: usize, by: isize) -> usize {
        let mut at = i;
        let mut left = by.unsigned_abs();
        while left > 0 {
            let next = if by > 0 {
                (at + 1..self.len()).find(|&j| self.selectable(j))
            } else {
                (0..at).rev().find(|&j| self.selectable(j))
            };
            match next {
                Some(j) => at = j,
                None => break,
            }
            left -= 1;
        }
        at
    }

    /// Every row, built out (for tests and faces that list them all).
    pub fn to_vec(&self) -> Vec<RecordRow> {
        (0..self.len()).filter_map(|i| self.get(i)).collect()
    }
}

impl App {
    /// The rows of the record screen for where the reader stands.
    pub fn record_rows(&self) -> Vec<RecordRow> {
        self.record_layout().to_vec()
    }

    /// The rows of the record screen, with the training rows left as a count.
    pub fn record_layout(&self) -> RecordRows {
        let mut rows = Vec::new();
        let place = self.standing.as_ref().map(|s| s.place);
        match place {
            Some(p) => {
                let names = match p {
                    Place::Step(i) => match self.map.next_step(i) {
                        Some(n) => Msg::NamesPair {
                            a: self.map[i].name.to_string(),
                            b: self.map[n].name.to_string(),
                        }
                        .text(self.lang),
                        None => self.map[i].name.to_string(),
                    },
                    Place::Tier(t) => self.map[t].name.to_string(),
                };
                rows.push(RecordRow::Heading(
                    Msg::SelfCheckOf { names }.text(self.lang),
                ));
                rows.extend(
                    expectations_to_check(&self.map, p)
                        .into_iter()
                        .map(RecordRow::Expectation),
                );
            }
            None => rows.push(RecordRow::Heading(
                Msg::SelfCheckNoStanding {
                    key: self.keymap.key(Context::Record, Action::ChangeStanding),
                }
                .text(self.lang),
            )),
        }
        rows.push(RecordRow::Heading(
            labels(self.lang).record_notes_heading.into(),
        ));
        rows.push(RecordRow::Notes);
        rows.push(RecordRow::Questions);
        // The legend of the ＊ that marks a promotion placement in the rows below.
        rows.push(RecordRow::Heading(
            Msg::TrainingLog {
                mark: crate::content::INFERRED_MARK.into(),
            }
            .text(self.lang),
        ));
        let trainings = self.map.catalog_len();
        // Self-checks made at other places of the map (before a promotion, say): kept and
        // shown, with their notes, in the map's order. Found from the record's own checks,
        // which are few, not by listing every expectation of the map.
        let current: std::collections::HashSet<&str> = rows
            .iter()
            .filter_map(|r| match r {
                RecordRow::Expectation(e) => Some(e.key.as_str()),
                _ => None,
            })
            .collect();
        let mut past: Vec<((Place, usize), &String)> = self
            .record
            .checks
            .keys()
            .filter(|k| !current.contains(k.as_str()))
            .filter_map(|k| Some((self.map.expectation_at(k)?, k)))
            .collect();
        past.sort();
        let mut tail = Vec::new();
        if !past.is_empty() {
            tail.push(RecordRow::Heading("ほかの職位で付けた自己チェック".into()));
            tail.extend(past.into_iter().filter_map(|((place, i), key)| {
                Some(RecordRow::Expectation(Expectation {
                    key: key.clone(),
                    place,
                    text: self.map.expectations_at(place).get(i)?.clone(),
                }))
            }));
        }
        let orphan_checks = self.record.unknown_checks(&self.map);
        let orphan_trainings = self.record.unknown_trainings(&self.map);
        if !orphan_checks.is_empty() || !orphan_trainings.is_empty() {
            tail.push(RecordRow::Heading(labels(self.lang).record_orphans.into()));
            tail.extend(orphan_checks.into_iter().map(RecordRow::OrphanCheck));
            tail.extend(orphan_trainings.into_iter().map(RecordRow::OrphanTraining));
        }
        RecordRows {
            head: rows,
            trainings,
            tail,
        }
    }

    /// Keep the selection on a selectable row (the first one, when it is on a heading).
    pub fn fix_record_selection(&mut self, rows: &RecordRows) {
        let sel = self.record_view.selected;
        if rows.selectable(sel) {
            return;
        }
        if let Some(i) = rows
            .selectable_from(sel)
            .or_else(|| rows.selectable_from(0))
        {
            self.record_view.selected = i;
        }
    }

    /// The selected row.
    pub fn record_selected(&self) -> Option<RecordRow> {
        self.record_layout().get(self.record_view.selected)
    }

    pub(crate) fn changed(&mut self) {
        if !self.effects.contains(&Effect::Save) {
            self.effects.push(Effect::Save);
        }
    }

    /// The 年度 a training can have been taken in: from the one the reader joined in (their
    /// year of service counts it as the first) to this one. Without a year of service, from
    /// 1950.
    pub fn taken_years(&self) -> std::ops::RangeInclusive<u16> {
        let joined = self
            .standing
            .as_ref()
            .and_then(|s| s.year)
            .map_or(1950, |y| {
                self.this_year
                    .saturating_sub(u16::from(y).saturating_sub(1))
            });
        joined.min(self.this_year)..=self.this_year
    }

    /// Cycle what the record says of catalog entry `k`: nothing → 予定 → 受講済 (this 年度,
    /// or the year it had before in this session) → nothing.
    pub(crate) fn cycle_training(&mut self, k: usize) {
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
                self.message = Some(Msg::CannotChange { why: why.clone() }.text(self.lang));
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
        let Some(id) = self.map.catalog_entry(k).map(|e| e.id.to_string()) else {
            return;
        };
        if !self.writable() {
            return;
        }
        if let Some(TrainingStatus::Done(Some(y))) = status
            && !self.taken_years().contains(&y)
        {
            let said = |year| {
                Msg::FiscalYear {
                    year,
                    western: true,
                }
                .text(self.lang)
            };
            let years = self.taken_years();
            self.message = Some(
                Msg::TakenYearOutside {
                    first: said(*years.start()),
                    last: said(*years.end()),
                }
                .text(self.lang),
            );
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
            self.message = Some(labels(self.lang).snapshot_needs_standing.into());
            return;
        }
        if !self.writable() {
            return;
        }
        let again = self
            .record
            .snapshots
            .last()
            .is_some_and(|s| s.date == self.today);
        self.record.snapshot(self.today.clone());
        let date = self.today.clone();
        let said = if again {
            Msg::SnapshotReplaced { date }
        } else {
            Msg::SnapshotTaken { date }
        };
        self.message = Some(said.text(self.lang));
        self.changed();
    }

    /// Ask the face to write the interview sheet.
    pub fn request_export(&mut self) {
        self.effects.push(Effect::Export);
    }

    pub(crate) fn start_edit(&mut self, target: EditTarget, text: &str) {
        let editor = super::Editor::new(text);
        self.overlay = Some(Overlay::Editing(Box::new(Editing {
            target,
            editor,
            view: super::Scroll::default(),
        })));
    }

    /// A key typed into the text being edited. The text goes into the record at once (and
    /// is saved), so a crash mid-typing loses at most the key being typed.
    pub(crate) fn edit_key(&mut self, key: KeyEvent) {
        if let crossterm::event::KeyCode::Char(c) = key.code
            && crate::model::is_unsafe_char(c)
        {
            return;
        }
        if let Some(Overlay::Editing(e)) = &mut self.overlay
            && e.editor.input(key)
        {
            self.apply_edit();
        }
    }

    /// Pasted text (already cleaned) inserted at the cursor of the text being edited, and
    /// put into the record as one change.
    pub(crate) fn edit_paste(&mut self, text: &str) {
        if let Some(Overlay::Editing(e)) = &mut self.overlay
            && e.editor.insert_str(text)
        {
            self.apply_edit();
        }
    }

    /// Put the text being edited (sanitised) into the record.
    fn apply_edit(&mut self) {
        let Some(e) = self.editing() else {
            return;
        };
        let text = e.editor.text();
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
