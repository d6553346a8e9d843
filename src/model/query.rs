//! Questions asked of a valid map: the ladder in order, what a title names, what training
//! applies where. All of them assume [`super::validate`] found no problem.

use super::ids::{StepIndex, TierIndex};
use super::{
    Block, CareerMap, Measure, MeasureRole, PromotionTraining, SpecialistTier, Step, TitleLevel,
};

/// A place on the map a person can stand at or look at.
/// Ordered line steps first (in file order), then tiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// A line step.
    Step(StepIndex),
    /// A specialist tier.
    Tier(TierIndex),
}

/// What a title a person typed resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleMatch {
    pub place: Place,
    /// The title as the map spells it.
    pub title: String,
}

impl CareerMap {
    /// The steps from the bottom of the ladder (the one step nobody points at) to the top.
    /// On a map that failed validation this returns what it can without looping.
    pub fn ladder(&self) -> Vec<StepIndex> {
        self.ladder_slice().to_vec()
    }

    /// The ladder, computed once (see [`CareerMap::ladder`]).
    pub fn ladder_slice(&self) -> &[StepIndex] {
        self.derived.ladder.get_or_init(|| self.walk_ladder())
    }

    fn walk_ladder(&self) -> Vec<StepIndex> {
        let index: std::collections::HashMap<&str, usize> = self
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| (&*s.id, i))
            .collect();
        let targets: std::collections::HashSet<&str> = self
            .steps
            .iter()
            .filter_map(|s| s.next.as_deref())
            .collect();
        let start = self.steps.iter().position(|s| !targets.contains(&*s.id));
        let mut seen = vec![false; self.steps.len()];
        let mut out = Vec::with_capacity(self.steps.len());
        let mut cur = start;
        while let Some(i) = cur {
            if seen[i] {
                break;
            }
            seen[i] = true;
            out.push(StepIndex::new(i));
            cur = self.steps[i]
                .next
                .as_deref()
                .and_then(|n| index.get(n).copied());
        }
        out
    }

    pub fn step_index(&self, id: &str) -> Option<StepIndex> {
        self.steps
            .iter()
            .position(|s| *s.id == *id)
            .map(StepIndex::new)
    }

    /// The specialist tier with this id.
    pub fn tier_index(&self, id: &str) -> Option<TierIndex> {
        self.specialist_tiers
            .iter()
            .position(|t| *t.id == *id)
            .map(TierIndex::new)
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| *s.id == *id)
    }

    /// The measure that stands for `role` on every step (OJT, appraisal), if the map says.
    pub fn measure_for(&self, role: MeasureRole) -> Option<&Measure> {
        self.measures.iter().find(|m| m.stands_for == Some(role))
    }

    /// The measure with this id.
    pub fn measure_index(&self, id: &str) -> Option<super::MeasureIndex> {
        self.indexed::<Measure>()
            .find(|(_, m)| *m.id == *id)
            .map(|(i, _)| i)
    }

    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| *m.id == *id)
    }

    /// The id of a place (a step's or a tier's).
    pub fn place_id(&self, place: Place) -> &str {
        match place {
            Place::Step(s) => &self[s].id,
            Place::Tier(t) => &self[t].id,
        }
    }

    /// The expectations listed under a place's role.
    pub fn expectations_at(&self, place: Place) -> &[super::Text] {
        match place {
            Place::Step(s) => &self[s].expectations,
            Place::Tier(t) => &self[t].expectations,
        }
    }

    /// The step above `step`.
    pub fn next_step(&self, step: StepIndex) -> Option<StepIndex> {
        self[step].next.as_deref().and_then(|n| self.step_index(n))
    }

    /// Resolve a title typed by a person: any title of a step or of a specialist tier, or a
    /// step's id or short name. Surrounding spaces and full-width digits are forgiven.
    pub fn resolve_title(&self, typed: &str) -> Option<TitleMatch> {
        let want = normalize_title(typed);
        for (i, s) in self.steps_indexed() {
            for t in s.titles.iter().chain([&s.name, &s.id]) {
                if normalize_title(t) == want {
                    return Some(TitleMatch {
                        place: Place::Step(i),
                        title: t.to_string(),
                    });
                }
            }
        }
        for (i, t) in self.tiers_indexed() {
            for title in t.titles.iter().chain([&t.id]) {
                if normalize_title(title) == want {
                    return Some(TitleMatch {
                        place: Place::Tier(i),
                        title: title.to_string(),
                    });
                }
            }
        }
        None
    }

    /// Every title a person may give, line steps first (bottom to top), then specialists.
    pub fn all_titles(&self) -> Vec<(String, Place)> {
        let mut out = Vec::new();
        for &i in self.ladder_slice() {
            for t in &self[i].titles {
                out.push((t.to_string(), Place::Step(i)));
            }
        }
        for (i, tier) in self.tiers_indexed() {
            for t in &tier.titles {
                out.push((t.to_string(), Place::Tier(i)));
            }
        }
        out
    }

    /// The trainings taken on promotion into `step`.
    pub fn promotion_into(&self, step: StepIndex) -> Option<&PromotionTraining> {
        let id = &*self[step].id;
        self.promotion_trainings.iter().find(|p| *p.into == *id)
    }

    /// The level entries of a tier that sit at `step`.
    pub fn tier_levels_at(&self, tier: TierIndex, step: StepIndex) -> Vec<&TitleLevel> {
        let id = &*self[step].id;
        self[tier]
            .levels
            .iter()
            .filter(|l| *l.step == *id)
            .collect()
    }

    /// The tiers drawn beside `step`, with the titles that sit there.
    pub fn tiers_beside(&self, step: StepIndex) -> Vec<(TierIndex, &SpecialistTier)> {
        self.tiers_at_steps()
            .get(step.position())
            .map(|ts| ts.iter().map(|&t| (t, &self[t])).collect())
            .unwrap_or_default()
    }

    /// For each step (by position in `steps`), the tiers with a level there, in tier order.
    /// Built once, in one pass over the tiers' levels.
    fn tiers_at_steps(&self) -> &[Vec<TierIndex>] {
        self.derived.tiers_at_steps.get_or_init(|| {
            let index: std::collections::HashMap<&str, usize> = self
                .steps
                .iter()
                .enumerate()
                .rev()
                .map(|(i, s)| (&*s.id, i))
                .collect();
            let mut at = vec![Vec::new(); self.steps.len()];
            for (t, tier) in self.tiers_indexed() {
                for l in &tier.levels {
                    if let Some(&s) = index.get(&*l.step) {
                        let v: &mut Vec<TierIndex> = &mut at[s];
                        if v.last() != Some(&t) {
                            v.push(t);
                        }
                    }
                }
            }
            at
        })
    }

    /// The lowest step a tier sits at, if the source places any of its titles.
    pub fn tier_home(&self, tier: TierIndex) -> Option<StepIndex> {
        let homes = self.derived.tier_homes.get_or_init(|| {
            let at = self.tiers_at_steps();
            let mut homes = vec![None; self.specialist_tiers.len()];
            for &s in self.ladder_slice() {
                for &t in &at[s.position()] {
                    let home = &mut homes[t.position()];
                    if home.is_none() {
                        *home = Some(s);
                    }
                }
            }
            homes
        });
        homes.get(tier.position()).copied().flatten()
    }

    /// Where the self-check with this key sits: its place and the index of the expectation
    /// there. Keys are indexed once, for the whole map.
    pub fn expectation_at(&self, key: &str) -> Option<(Place, usize)> {
        self.derived
            .expectations
            .get_or_init(|| {
                let mut index = std::collections::HashMap::new();
                let steps = self
                    .steps_indexed()
                    .map(|(i, s)| (Place::Step(i), &s.id, &s.expectations));
                let tiers = self
                    .tiers_indexed()
                    .map(|(i, t)| (Place::Tier(i), &t.id, &t.expectations));
                for (place, id, list) in steps.chain(tiers) {
                    for (k, e) in list.iter().enumerate() {
                        index.entry(expectation_key(id, e)).or_insert((place, k));
                    }
                }
                index
            })
            .get(key)
            .copied()
    }

    /// The step a specific specialist title sits at, if the source says.
    pub fn title_level(&self, tier: TierIndex, title: &str) -> Option<StepIndex> {
        self[tier]
            .levels
            .iter()
            .find(|l| l.titles.iter().any(|t| **t == *title))
            .and_then(|l| self.step_index(&l.step))
    }

    /// Blocks open to all grades, in measure order.
    pub fn blocks_in_measure_order(&self) -> Vec<(&Measure, &Block)> {
        let mut v: Vec<_> = self
            .blocks
            .iter()
            .filter_map(|b| self.measure(&b.measure).map(|m| (m, b)))
            .collect();
        v.sort_by_key(|(m, _)| m.number);
        v
    }
}

/// The key of a self-check: the place's id and the expectation's text.
pub fn expectation_key(place_id: &str, expectation: &str) -> String {
    format!("{place_id}：{expectation}")
}

/// Trim, fold full-width ASCII to half-width, drop inner spaces: "  １級 " → "1級".
pub fn normalize_title(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}
