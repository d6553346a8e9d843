//! What the reader can do next, as the core allows it. A face offers exactly these: plain
//! mode numbers them, so a reader who cannot see the screen is offered every action a
//! sighted reader has, and nothing the core would refuse (a record another copy holds, or a
//! guest's, offers nothing that writes).
//!
//! Each kind of offer keeps its number wherever it appears, so a number means the same
//! thing on every visit (1 is always one rung up on a place's page); numbers of offers that
//! do not apply are left out, not reused.

use super::App;
use crate::model::Place;

/// Where the reader is, as the offers depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The start: the map's parts, where one stands, the record.
    Start,
    /// A place's page.
    Place(Place),
    /// A training's page (by its position in the catalog).
    Training(usize),
    /// わたしの記録.
    Record,
}

/// Something the reader can do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    // From the start.
    Ladder,
    Overview,
    Catalog,
    Compare,
    Glossary,
    Search,
    ChooseStanding,
    Record,
    // From a place's page.
    /// One rung up (the place it leads to).
    Up(Place),
    /// One rung down.
    Down(Place),
    /// What a promotion changes: the pair the comparison shows.
    ComparePair(Place, Place),
    /// The page with every note in full and the 原文 under each fact.
    Source,
    /// The trainings not tied to a grade (the same under every place).
    OpenToAll,
    /// Record the trainings taken at this step (how many there are).
    RecordHere(usize),
    // From a training's page.
    /// Record this training (planned, taken in a year, or cleared).
    LogTraining(usize),
    // From the record.
    /// Self-check the expectations where one stands (how many).
    Checks(usize),
    /// The training log (how many trainings are recorded).
    Trainings(usize),
    Notes,
    Questions,
    /// Record today's self-check, so later changes are shown against it.
    Snapshot,
    /// Write the 面談シート to a file.
    Export,
    /// Read the 面談シート here.
    Sheet,
}

impl Offer {
    /// The number the offer keeps on its menu.
    pub fn number(self) -> usize {
        match self {
            Offer::Ladder | Offer::Up(_) | Offer::Checks(_) => 1,
            Offer::Overview | Offer::Down(_) | Offer::Trainings(_) => 2,
            Offer::Catalog | Offer::ComparePair(..) | Offer::Notes => 3,
            Offer::Compare | Offer::Source | Offer::Questions | Offer::LogTraining(_) => 4,
            Offer::Glossary | Offer::Snapshot | Offer::OpenToAll => 5,
            Offer::Search | Offer::Export | Offer::RecordHere(_) => 6,
            Offer::ChooseStanding | Offer::Sheet => 7,
            Offer::Record => 8,
        }
    }
}

impl App {
    /// Whether the record may be changed at all (not held by another copy, not a guest's):
    /// what would change it is then not offered.
    fn record_changeable(&self) -> bool {
        self.record_read_only.is_none() && !self.guest
    }

    /// The trainings taken at a line step (its years of service and the promotion into
    /// it), as positions in the catalog; none for a specialist tier.
    pub fn trainings_at(&self, place: Place) -> Vec<usize> {
        let Place::Step(step) = place else {
            return Vec::new();
        };
        self.map
            .catalog()
            .iter()
            .enumerate()
            .filter(|(_, e)| e.applies.step() == Some(step))
            .map(|(k, _)| k)
            .collect()
    }

    /// Everything the reader can do from `at`, in menu order.
    pub fn offers(&self, at: At) -> Vec<Offer> {
        match at {
            At::Start => {
                let mut v = vec![Offer::Ladder];
                if !self.topics.is_empty() {
                    v.push(Offer::Overview);
                }
                v.push(Offer::Catalog);
                if self.places().len() > 1 {
                    v.push(Offer::Compare);
                }
                if !self.map.glossary.is_empty() {
                    v.push(Offer::Glossary);
                }
                v.push(Offer::Search);
                // A guest has no standing to keep and no record.
                if !self.guest {
                    v.push(Offer::ChooseStanding);
                    v.push(Offer::Record);
                }
                v
            }
            At::Place(place) => {
                let mut v = Vec::new();
                v.extend(self.place_above(place).map(Offer::Up));
                v.extend(self.place_below(place).map(Offer::Down));
                let (a, b) = self.compare_pair(place);
                if a != b {
                    v.push(Offer::ComparePair(a, b));
                }
                v.push(Offer::Source);
                if !self.map.blocks.is_empty() {
                    v.push(Offer::OpenToAll);
                }
                let here = self.trainings_at(place).len();
                if here > 0 && self.record_changeable() {
                    v.push(Offer::RecordHere(here));
                }
                v
            }
            At::Training(k) => {
                let known = k < self.map.catalog_len();
                (self.record_changeable() && known)
                    .then_some(Offer::LogTraining(k))
                    .into_iter()
                    .collect()
            }
            At::Record => {
                let writable = self.record_changeable();
                let checks = self.standing.as_ref().map_or(0, |s| {
                    crate::record::expectations_to_check(&self.map, s.place).len()
                });
                let mut v = Vec::new();
                if writable {
                    if checks > 0 {
                        v.push(Offer::Checks(checks));
                    }
                    v.push(Offer::Trainings(self.record.trainings.len()));
                    v.push(Offer::Notes);
                    v.push(Offer::Questions);
                    if checks > 0 {
                        v.push(Offer::Snapshot);
                    }
                }
                v.push(Offer::Export);
                v.push(Offer::Sheet);
                v
            }
        }
    }
}
