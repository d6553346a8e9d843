//! Where the reader stands and the places of the map: the ladder, the place one rung up
//! or down, the pair a comparison shows, a place visited, the picker opened. Every face
//! (the TUI, plain mode) asks these; none works them out itself.

use super::{App, Cursor, Focus, Mode, Picker, PickerStage, Tab};
use crate::content::Standing;
use crate::model::{Place, StepIndex, TierIndex};

impl App {
    pub(crate) fn cursor_for(&self, s: &Standing) -> Cursor {
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

    pub(crate) fn row_of(&self, step: StepIndex) -> usize {
        self.ladder.iter().position(|&s| s == step).unwrap_or(0)
    }

    /// The specialist tier drawn beside a rung, if any (computed once, in `App::new`).
    pub fn tier_at_row(&self, row: usize) -> Option<TierIndex> {
        self.row_tiers.get(row).copied().flatten()
    }

    /// For each rung, the tier drawn beside it: the first the source places at that level.
    /// Tiers the source does not place at all sit beside the top rung.
    pub(crate) fn tiers_by_row(
        map: &crate::model::CareerMap,
        ladder: &[StepIndex],
    ) -> Vec<Option<TierIndex>> {
        let mut rows: Vec<Option<TierIndex>> = ladder
            .iter()
            .map(|&step| map.tiers_beside(step).first().map(|(t, _)| *t))
            .collect();
        if let Some(top) = rows.last_mut()
            && top.is_none()
        {
            *top = map
                .tiers_indexed()
                .map(|(t, _)| t)
                .find(|&t| map.tier_home(t).is_none());
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

    pub(crate) fn cursor_for_place(&self, place: Place) -> Cursor {
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
            _ => Place::Step(self.rung(row)),
        }
    }

    /// The step on a row of the ladder (the top one past it). A map in use has passed
    /// validation, which refuses a map without steps, so the ladder has a rung.
    pub fn rung(&self, row: usize) -> StepIndex {
        let last = self.ladder.len().saturating_sub(1);
        self.ladder[row.min(last)]
    }

    /// Ask where the reader stands, starting from where they stand now. The screen under
    /// the picker stays as it is: Esc goes back to it, and a choice shows it again with the
    /// new standing.
    pub(crate) fn open_picker(&mut self) {
        let s = self.standing.as_ref();
        let grade = s.and_then(|s| self.titles.iter().position(|(t, _)| *t == s.title));
        self.mode = Mode::Choosing(Picker {
            stage: PickerStage::Grade,
            grade: grade.unwrap_or(0),
            year: s.and_then(|s| s.year).unwrap_or(1),
            typed: String::new(),
        });
    }
}
