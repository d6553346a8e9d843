//! The state of the explore screens: the lists of the overview, the catalog (with its
//! filters) and the glossary, and the two places of the comparison. Their keys are handled
//! in `crate::screens`.

use super::{App, Focus, Scroll, Tab};
use crate::keymap::Action;
use crate::model::{Applies, CareerMap, MeasureIndex, Place, StepIndex};

/// A list with a page for its selected item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
    /// Keys scroll the page instead of moving in the list.
    pub focus_page: bool,
    pub list: Scroll,
    pub page: Scroll,
}

impl ListView {
    pub fn select(&mut self, i: usize) {
        if i != self.selected {
            self.page.offset = 0;
        }
        self.selected = i;
        self.focus_page = false;
    }

    /// Move the selection in a list of `len` items.
    pub(crate) fn step(&mut self, action: Action, len: usize) {
        let last = len.saturating_sub(1);
        let page = self.list.viewport.saturating_sub(1).max(1);
        let to = match action {
            Action::Down => (self.selected + 1).min(last),
            Action::Up => self.selected.saturating_sub(1),
            Action::PageDown => (self.selected + page).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::Home => 0,
            Action::End => last,
            _ => self.selected,
        };
        self.select(to);
    }
}

/// The training catalog: the list, filtered by measure and by step.
#[derive(Clone, Debug)]
pub struct CatalogView {
    pub view: ListView,
    /// Only trainings of this measure.
    pub measure: Option<MeasureIndex>,
    /// Only trainings that apply at this step (index into `steps`): its year and promotion
    /// trainings and those open to all grades.
    pub step: Option<StepIndex>,
    /// The entries shown, as indices into `map.catalog()`.
    pub entries: Vec<usize>,
}

impl CatalogView {
    pub fn new(map: &CareerMap) -> Self {
        let mut c = CatalogView {
            view: ListView::default(),
            measure: None,
            step: None,
            entries: Vec::new(),
        };
        c.refilter(map);
        c
    }

    pub fn filtered(&self) -> bool {
        self.measure.is_some() || self.step.is_some()
    }

    pub(crate) fn refilter(&mut self, map: &CareerMap) {
        let keep = self.entries.get(self.view.selected).copied();
        self.entries = map
            .catalog()
            .iter()
            .enumerate()
            .filter(|(_, e)| self.measure.is_none_or(|m| e.measure == Some(m)))
            // At a step: its promotion training, the 1–5年目 training (it goes by year of
            // service, not by grade) and what is open to all grades.
            .filter(|(_, e)| {
                self.step.is_none_or(|s| match e.applies {
                    Applies::AllGrades | Applies::Year { .. } => true,
                    Applies::Promotion(p) => p == s,
                })
            })
            .map(|(i, _)| i)
            .collect();
        let at = keep
            .and_then(|k| self.entries.iter().position(|&e| e == k))
            .unwrap_or(0);
        self.view.select(at);
        self.view.page.offset = 0;
    }

    pub fn clear_filters(&mut self, map: &CareerMap) {
        self.measure = None;
        self.step = None;
        self.refilter(map);
    }

    /// Show only the trainings that apply at step `s` (all with None).
    pub fn filter_step(&mut self, map: &CareerMap, s: Option<StepIndex>) {
        self.step = s;
        self.refilter(map);
    }

    /// Show only the trainings of measure `m`.
    pub(crate) fn filter_measure(&mut self, map: &CareerMap, m: Option<MeasureIndex>) {
        self.measure = m;
        self.refilter(map);
    }

    /// Select catalog entry `k` (an index into `map.catalog()`), if shown.
    pub fn select_entry(&mut self, k: usize) {
        if let Some(i) = self.entries.iter().position(|&e| e == k) {
            self.view.select(i);
        }
    }

    /// The catalog index of the selected entry.
    pub fn selected_entry(&self) -> Option<usize> {
        self.entries.get(self.view.selected).copied()
    }

    /// Cycle an optional index through 0..len: None → 0 → 1 → … → None.
    pub(crate) fn cycle(v: Option<usize>, len: usize, forward: bool) -> Option<usize> {
        match (v, forward) {
            (None, true) => (len > 0).then_some(0),
            (None, false) => len.checked_sub(1),
            (Some(i), true) => (i + 1 < len).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
        }
    }
}

/// Which column of the comparison the arrows change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// Two places side by side.
#[derive(Clone, Debug)]
pub struct CompareView {
    /// The places one can compare: the ladder bottom to top, then the specialist tiers.
    pub places: Vec<Place>,
    pub left: usize,
    pub right: usize,
    pub active: Side,
    pub scroll: Scroll,
    /// Choosing the active side's place: the place under the chooser's cursor.
    pub choosing: Option<usize>,
    /// Where the comparison was asked for (Esc goes back there).
    pub came_from: Option<(Tab, Focus)>,
}

impl CompareView {
    pub fn new(map: &CareerMap, ladder: &[StepIndex]) -> Self {
        let mut places: Vec<Place> = ladder.iter().map(|&s| Place::Step(s)).collect();
        places.extend(map.tiers_indexed().map(|(t, _)| Place::Tier(t)));
        CompareView {
            right: 1.min(places.len().saturating_sub(1)),
            places,
            left: 0,
            active: Side::Right,
            scroll: Scroll::default(),
            choosing: None,
            came_from: None,
        }
    }

    pub fn left_place(&self) -> Place {
        self.places[self.left]
    }

    pub fn right_place(&self) -> Place {
        self.places[self.right]
    }

    /// Compare `place` with the step above it: what a promotion changes. A specialist tier
    /// is compared with the line step of `level` (where the reader sees or holds it), else
    /// of the lowest level it sits at; the top step with the one below.
    pub fn start_at(&mut self, map: &CareerMap, place: Place, level: Option<StepIndex>) {
        let index = |p: Place| self.places.iter().position(|x| *x == p);
        let (a, b) = match place {
            Place::Step(i) => match map.next_step(i) {
                Some(n) => (Place::Step(i), Place::Step(n)),
                None => {
                    let below = map
                        .steps_indexed()
                        .find(|(_, s)| s.next.as_deref() == Some(&*map[i].id))
                        .map(|(b, _)| b);
                    (below.map_or(Place::Step(i), Place::Step), Place::Step(i))
                }
            },
            Place::Tier(t) => (
                level
                    .or_else(|| map.tier_home(t))
                    .map_or(place, Place::Step),
                Place::Tier(t),
            ),
        };
        if let (Some(a), Some(b)) = (index(a), index(b)) {
            self.left = a;
            self.right = b;
        }
        self.scroll.offset = 0;
    }
}

impl CompareView {
    /// Show `a` beside `b` (places of [`CompareView::places`]).
    pub fn show(&mut self, a: Place, b: Place) {
        let index = |p: Place| self.places.iter().position(|x| *x == p);
        if let (Some(a), Some(b)) = (index(a), index(b)) {
            self.left = a;
            self.right = b;
        }
        self.scroll.offset = 0;
    }
}

/// How a training of a year of service (集中育成期間) stands to the reader's own year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearFit {
    /// The reader is in that year now (◎).
    Yours,
    /// The reader is past that year.
    Past,
}

impl App {
    /// How a training that applies as `applies` stands to the reader's year of service;
    /// none for trainings not tied to a year, or with no year given.
    pub fn year_fit(&self, applies: Applies) -> Option<YearFit> {
        let mine = self.standing.as_ref()?.year?;
        match applies {
            Applies::Year { year, .. } if year == mine => Some(YearFit::Yours),
            Applies::Year { year, .. } if year < mine => Some(YearFit::Past),
            _ => None,
        }
    }

    /// The list view of the current tab, if it has one.
    pub fn list_view(&self) -> Option<&ListView> {
        match self.tab {
            Tab::Overview => Some(&self.overview),
            Tab::Catalog => Some(&self.catalog.view),
            Tab::Glossary => Some(&self.glossary),
            Tab::Ladder | Tab::Compare | Tab::Record => None,
        }
    }

    pub(crate) fn list_len(&self) -> usize {
        match self.tab {
            Tab::Overview => self.topics.len(),
            Tab::Catalog => self.catalog.entries.len(),
            Tab::Glossary => self.map.glossary.len(),
            Tab::Ladder | Tab::Compare | Tab::Record => 0,
        }
    }

    /// The step where catalog entry `k` is taken (its year's or its promotion's), if any.
    pub fn training_place(&self, k: usize) -> Option<Place> {
        self.map.catalog().get(k)?.applies.step().map(Place::Step)
    }
}
