//! Typed positions in a map's lists: a [`StepIndex`] names one of [`CareerMap::steps`], a
//! [`TierIndex`] one of [`CareerMap::specialist_tiers`], and so on for measures, initiatives
//! and glossary entries.
//!
//! Only the map makes them (by walking its own lists, resolving an id it holds, or checking
//! a position against a list's length), so code outside the model never indexes a list with
//! a bare number that could be out of range or belong to another list: `map[step]`,
//! `map[tier]`, `map[measure]` read the entry. An index belongs to the map that made it; a
//! map is never changed once it is in use.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use super::{CareerMap, GlossaryEntry, Initiative, Measure, SpecialistTier, Step};

/// The position of an entry of type `T` in one of a map's lists.
pub struct Ix<T> {
    position: usize,
    kind: PhantomData<fn() -> T>,
}

/// One of the map's line steps.
pub type StepIndex = Ix<Step>;
/// One of the map's specialist tiers.
pub type TierIndex = Ix<SpecialistTier>;
/// One of the map's measures (施策).
pub type MeasureIndex = Ix<Measure>;
/// One of the map's new or expanded initiatives (取組).
pub type InitiativeIndex = Ix<Initiative>;
/// One of the map's glossary entries.
pub type GlossaryIndex = Ix<GlossaryEntry>;

impl<T> Ix<T> {
    pub(super) fn new(position: usize) -> Self {
        Ix {
            position,
            kind: PhantomData,
        }
    }

    /// The position in the map's list, for tables kept beside it (one entry per element)
    /// and for numbering.
    pub fn position(self) -> usize {
        self.position
    }
}

impl<T> Clone for Ix<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Ix<T> {}
impl<T> PartialEq for Ix<T> {
    fn eq(&self, other: &Self) -> bool {
        self.position == other.position
    }
}
impl<T> Eq for Ix<T> {}
impl<T> PartialOrd for Ix<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Ix<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.position.cmp(&other.position)
    }
}
impl<T> Hash for Ix<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.position.hash(state);
    }
}
impl<T> fmt::Debug for Ix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = std::any::type_name::<T>().rsplit("::").next().unwrap_or("");
        write!(f, "{kind}#{}", self.position)
    }
}

/// A list of the map that typed indices point into.
pub trait Listed: Sized {
    fn list(map: &CareerMap) -> &[Self];
    fn list_mut(map: &mut CareerMap) -> &mut [Self];
}

macro_rules! listed {
    ($t:ty, $field:ident) => {
        impl Listed for $t {
            fn list(map: &CareerMap) -> &[Self] {
                &map.$field
            }
            fn list_mut(map: &mut CareerMap) -> &mut [Self] {
                &mut map.$field
            }
        }
    };
}
listed!(Step, steps);
listed!(SpecialistTier, specialist_tiers);
listed!(Measure, measures);
listed!(Initiative, initiatives);
listed!(GlossaryEntry, glossary);

impl<T: Listed> Index<Ix<T>> for CareerMap {
    type Output = T;
    fn index(&self, i: Ix<T>) -> &T {
        &T::list(self)[i.position]
    }
}

/// For building a map in code (a test, a converter) before it is in use.
impl<T: Listed> IndexMut<Ix<T>> for CareerMap {
    fn index_mut(&mut self, i: Ix<T>) -> &mut T {
        &mut T::list_mut(self)[i.position]
    }
}

impl CareerMap {
    /// Every entry of a list with its index, in file order (the ladder's order is
    /// [`CareerMap::ladder`]).
    pub fn indexed<T: Listed + 'static>(&self) -> impl DoubleEndedIterator<Item = (Ix<T>, &T)> {
        T::list(self)
            .iter()
            .enumerate()
            .map(|(i, x)| (Ix::new(i), x))
    }

    /// Every step with its index, in file order.
    pub fn steps_indexed(&self) -> impl DoubleEndedIterator<Item = (StepIndex, &Step)> {
        self.indexed()
    }

    /// Every specialist tier with its index, lower tier first.
    pub fn tiers_indexed(&self) -> impl DoubleEndedIterator<Item = (TierIndex, &SpecialistTier)> {
        self.indexed()
    }

    /// The entry at a position of a list (a row of a list on screen), if there is one.
    pub fn at<T: Listed>(&self, position: usize) -> Option<Ix<T>> {
        (position < T::list(self).len()).then(|| Ix::new(position))
    }

    /// The entry at a position of a list, or the last one when the position is past the
    /// end (a list's selection kept while the list is shorter); none for an empty list.
    pub fn nearest<T: Listed>(&self, position: usize) -> Option<Ix<T>> {
        let len = T::list(self).len();
        (len > 0).then(|| Ix::new(position.min(len - 1)))
    }

    /// The tier at a position of the list (lower tier first), if there is one there.
    pub fn tier_at(&self, position: usize) -> Option<TierIndex> {
        self.at(position)
    }
}
