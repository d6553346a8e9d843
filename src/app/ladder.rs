//! The ladder tab: the picker (where do you stand), the ladder cursor and the detail pane.

use super::{App, Cursor, Focus, MAX_YEAR, Mode, Picker, PickerStage, Tab, scroll};
use crate::content::Standing;
use crate::keymap::Action;
use crate::model::Place;

impl App {
    pub(super) fn cursor_for(&self, s: &Standing) -> Cursor {
        match s.place {
            Place::Step(i) => Cursor {
                row: self.row_of(i),
                specialist: false,
            },
            Place::Tier(t) => {
                let step = self
                    .map
                    .title_level(t, &s.title)
                    .or_else(|| self.map.tier_home(t));
                Cursor {
                    row: step.map_or(self.ladder.len().saturating_sub(1), |i| self.row_of(i)),
                    specialist: true,
                }
            }
        }
    }

    pub(super) fn row_of(&self, step: usize) -> usize {
        self.ladder.iter().position(|&s| s == step).unwrap_or(0)
    }

    /// The specialist tier drawn beside a rung, if any (computed once, in `App::new`).
    pub fn tier_at_row(&self, row: usize) -> Option<usize> {
        self.row_tiers.get(row).copied().flatten()
    }

    /// For each rung, the tier drawn beside it: the first the source places at that level.
    /// Tiers the source does not place at all sit beside the top rung.
    pub(super) fn tiers_by_row(
        map: &crate::model::CareerMap,
        ladder: &[usize],
    ) -> Vec<Option<usize>> {
        let mut rows: Vec<Option<usize>> = ladder
            .iter()
            .map(|&step| map.tiers_beside(step).first().map(|(t, _)| *t))
            .collect();
        if let Some(top) = rows.last_mut()
            && top.is_none()
        {
            *top = (0..map.specialist_tiers.len()).find(|&t| map.tier_home(t).is_none());
        }
        rows
    }

    /// The place the ladder's cursor is on.
    pub fn selected(&self) -> Place {
        self.place_at(self.cursor.row, self.cursor.specialist)
    }

    /// Every place one can visit, as plain mode lists them and the compare screen cycles
    /// through them: the ladder bottom to top, then the specialist tiers.
    pub fn places(&self) -> &[Place] {
        &self.compare.places
    }

    /// Put the ladder's cursor on `place`. A specialist tier sits at the reader's level when
    /// they hold one of its titles, else at the lowest level the source places it.
    pub fn visit(&mut self, place: Place) {
        self.cursor = self.cursor_for_place(place);
        self.tab = Tab::Ladder;
        self.mode = Mode::Browsing;
        self.focus = Focus::Ladder;
        self.detail.offset = 0;
    }

    /// The next place up from `place`, as the ladder's up key reaches it: the step above,
    /// or on the specialist track the next tier up (the line step of the rung above, where
    /// the track has no tier). A tier that spans several rungs is passed in one move.
    pub fn place_above(&self, place: Place) -> Option<Place> {
        let from = self.cursor_for_place(place);
        ((from.row + 1)..self.ladder.len())
            .map(|row| self.place_at(row, from.specialist))
            .find(|&p| p != place)
    }

    /// The next place down from `place` (see [`App::place_above`]).
    pub fn place_below(&self, place: Place) -> Option<Place> {
        let from = self.cursor_for_place(place);
        (0..from.row)
            .rev()
            .map(|row| self.place_at(row, from.specialist))
            .find(|&p| p != place)
    }

    /// The two places compared when the reader asks what a promotion from `place` changes:
    /// a step and the one above (the top step and the one below); a specialist tier and the
    /// line step of its level.
    pub fn compare_pair(&self, place: Place) -> (Place, Place) {
        let row = self.cursor_for_place(place).row;
        let mut c = self.compare.clone();
        c.start_at(&self.map, place, self.ladder.get(row).copied());
        (c.left_place(), c.right_place())
    }

    fn cursor_for_place(&self, place: Place) -> Cursor {
        let title = match (place, &self.standing) {
            (Place::Tier(_), Some(s)) if s.place == place => s.title.clone(),
            _ => String::new(),
        };
        self.cursor_for(&Standing {
            place,
            title,
            year: None,
        })
    }

    fn place_at(&self, row: usize, specialist: bool) -> Place {
        match self.tier_at_row(row) {
            Some(t) if specialist => Place::Tier(t),
            _ => Place::Step(self.ladder.get(row).copied().unwrap_or(0)),
        }
    }

    pub(super) fn update_grade(&mut self, action: Action) {
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

    pub(super) fn update_year(&mut self, action: Action) {
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

    pub(super) fn update_ladder(&mut self, action: Action) {
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

    pub(super) fn update_detail(&mut self, action: Action) {
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

    /// Ask where the reader stands, starting from where they stand now.
    pub(super) fn open_picker(&mut self) {
        let s = self.standing.as_ref();
        let grade = s.and_then(|s| self.titles.iter().position(|(t, _)| *t == s.title));
        self.mode = Mode::Choosing(Picker {
            stage: PickerStage::Grade,
            grade: grade.unwrap_or(0),
            year: s.and_then(|s| s.year).unwrap_or(1),
            typed: String::new(),
        });
        self.tab = Tab::Ladder;
    }
}
