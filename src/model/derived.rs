//! Data derived from a map, computed once on first use: the ladder, the lowest rung of each
//! specialist tier, the tier drawn beside each rung, the training catalog and the index of
//! self-check keys. Every question that needs them used to recompute them (the ladder once
//! per tier, the catalog once per key), which made a long map quadratic.
//!
//! A map is read, never changed, once it is in use: the cache is not invalidated. A clone
//! starts with an empty cache, so a copy that is then edited (as tests do) recomputes.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use super::catalog::Catalog;
use super::ids::{StepIndex, TierIndex};
use super::query::Place;

#[derive(Default)]
pub struct Derived {
    pub(super) ladder: OnceLock<Vec<StepIndex>>,
    pub(super) tier_homes: OnceLock<Vec<Option<StepIndex>>>,
    pub(super) tiers_at_steps: OnceLock<Vec<Vec<TierIndex>>>,
    pub(super) catalog: OnceLock<Catalog>,
    pub(super) expectations: OnceLock<HashMap<String, (Place, usize)>>,
    pub(super) identity: OnceLock<u64>,
}

impl Clone for Derived {
    fn clone(&self) -> Self {
        Derived::default()
    }
}

impl fmt::Debug for Derived {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Derived")
    }
}

static IDENTITIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl super::CareerMap {
    /// A number no other map (nor a clone of this one) has in this process: a key for
    /// caches of what is drawn from this map.
    pub fn identity(&self) -> u64 {
        *self
            .derived
            .identity
            .get_or_init(|| IDENTITIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}
