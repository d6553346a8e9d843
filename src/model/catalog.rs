//! Every training of the map in one list, with where it applies. The training catalog,
//! search, and the measure view all read this.

use std::collections::HashMap;

use super::{CareerMap, Inferred, MeasureIndex, StepIndex, Text, Training, Typo};

/// Where a training applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applies {
    /// In this year of service (集中育成期間), at the step the year table sits at.
    Year { year: u8, step: StepIndex },
    /// On promotion into this step.
    Promotion(StepIndex),
    /// Not tied to a grade by the source (a block of page 2); the audience varies.
    AllGrades,
}

/// One training with its context.
#[derive(Clone, Debug)]
pub struct CatalogEntry<'a> {
    pub id: &'a str,
    /// The name as shown: a training's name, or 「1～5年目職員研修（N年目）」 for a year of
    /// 集中育成期間 (the source names only the whole).
    pub name: &'a str,
    /// The measure the training belongs to.
    pub measure: Option<MeasureIndex>,
    /// The category within the measure: the year table's name, 昇任時, or the block's group.
    pub category: &'a str,
    /// For a training of a block's named group: the block's name and the group's (the two
    /// halves of `category`, 「block：group」).
    pub group: Option<(&'a str, &'a str)>,
    pub contents: Option<&'a Text>,
    pub audience: Option<&'a Text>,
    pub organiser: Option<&'a Text>,
    pub note: Option<&'a Text>,
    /// 原文: the text as printed.
    pub source: Option<&'a Text>,
    /// Typos corrected in the name or contents.
    pub typos: &'a [Typo],
    pub inferred: &'a Inferred,
    pub applies: Applies,
}

static NO_NOTE: Inferred = None;

/// Where an entry's training sits in the map.
#[derive(Clone, Copy, Debug)]
enum Source {
    /// A year of the year table, by index into `year_training.years`.
    Year(usize),
    /// `promotion_trainings[p].trainings[t]`.
    Promotion(usize, usize),
    /// `blocks[b].groups[g].items[t]`.
    Block(usize, usize, usize),
}

/// One catalog entry as built once: the strings made for it and where its training is.
#[derive(Debug)]
pub(super) struct Slot {
    name: Option<String>,
    category: String,
    measure: Option<MeasureIndex>,
    applies: Applies,
    source: Source,
}

impl CareerMap {
    /// Every training, in the order of the map: the years, the promotions up the ladder,
    /// then the blocks open to all in measure order. Built once; this call only lends it.
    pub fn catalog(&self) -> Vec<CatalogEntry<'_>> {
        let c = self.built_catalog();
        (0..c.slots.len())
            .map(|k| self.entry(&c.slots[k]))
            .collect()
    }

    /// The catalog's entries of measure `m`, in catalog order (only theirs are made).
    pub fn catalog_of(&self, m: MeasureIndex) -> impl Iterator<Item = CatalogEntry<'_>> {
        self.built_catalog()
            .slots
            .iter()
            .filter(move |s| s.measure == Some(m))
            .map(|s| self.entry(s))
    }

    /// How many trainings the catalog holds.
    pub fn catalog_len(&self) -> usize {
        self.built_catalog().slots.len()
    }

    /// Catalog entry `k`, without lending the whole catalog.
    pub fn catalog_entry(&self, k: usize) -> Option<CatalogEntry<'_>> {
        self.built_catalog().slots.get(k).map(|s| self.entry(s))
    }

    /// The catalog index of the training with this id.
    pub fn catalog_position(&self, id: &str) -> Option<usize> {
        self.built_catalog().by_id.get(id).copied()
    }

    fn built_catalog(&self) -> &Catalog {
        self.derived.catalog.get_or_init(|| {
            count_catalog_build();
            let slots = self.catalog_slots();
            let mut by_id = HashMap::with_capacity(slots.len());
            for (k, s) in slots.iter().enumerate() {
                by_id.entry(self.entry(s).id.to_string()).or_insert(k);
            }
            Catalog { slots, by_id }
        })
    }

    fn entry<'a>(&'a self, s: &'a Slot) -> CatalogEntry<'a> {
        let (t, cell_note, group) = match s.source {
            Source::Year(e) => {
                let e = &self.year_training.years[e];
                return CatalogEntry {
                    id: &e.id,
                    name: s.name.as_deref().unwrap_or_default(),
                    measure: s.measure,
                    category: &s.category,
                    group: None,
                    contents: Some(&e.contents),
                    audience: None,
                    organiser: None,
                    note: None,
                    source: e.source.as_ref(),
                    typos: &[],
                    inferred: &NO_NOTE,
                    applies: s.applies,
                };
            }
            Source::Promotion(p, t) => {
                let p = &self.promotion_trainings[p];
                (&p.trainings[t], &p.inferred, None)
            }
            Source::Block(b, g, t) => {
                let b = &self.blocks[b];
                let group = &b.groups[g];
                let names = group.name.as_deref().map(|n| (&*b.name, n));
                (&group.items[t], &b.inferred, names)
            }
        };
        entry_of(t, s, cell_note, group)
    }

    /// The catalog's entries, built in one pass over the map (linear in its size).
    fn catalog_slots(&self) -> Vec<Slot> {
        let measure_ids: HashMap<&str, MeasureIndex> = self
            .indexed()
            .rev()
            .map(|(i, m): (MeasureIndex, &super::Measure)| (&*m.id, i))
            .collect();
        let measure_index = |id: &str| measure_ids.get(id).copied();
        let mut promotions: HashMap<&str, usize> = HashMap::new();
        for (i, p) in self.promotion_trainings.iter().enumerate().rev() {
            promotions.insert(&p.into, i);
        }
        let mut out = Vec::new();
        let y = &self.year_training;
        if let Some(step) = self.step_index(&y.step) {
            let category = format!("{}（{}）", y.name, y.subtitle);
            for (i, e) in y.years.iter().enumerate() {
                out.push(Slot {
                    // Not 「N年目職員研修」: the source names only the whole (1～5年目職員研修).
                    name: Some(format!("{}（{}年目）", y.subtitle, e.year)),
                    category: category.clone(),
                    measure: measure_index(&y.measure),
                    applies: Applies::Year { year: e.year, step },
                    source: Source::Year(i),
                });
            }
        }
        for &step in self.ladder_slice() {
            let Some(&pi) = promotions.get(&*self[step].id) else {
                continue;
            };
            let p = &self.promotion_trainings[pi];
            let category = format!("{}への昇任時", self[step].name);
            for t in 0..p.trainings.len() {
                out.push(Slot {
                    name: None,
                    category: category.clone(),
                    measure: measure_index(&p.measure),
                    applies: Applies::Promotion(step),
                    source: Source::Promotion(pi, t),
                });
            }
        }
        let mut blocks: Vec<(usize, u8)> = self
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| measure_index(&b.measure).map(|m| (i, self[m].number)))
            .collect();
        blocks.sort_by_key(|&(_, n)| n);
        for (bi, _) in blocks {
            let b = &self.blocks[bi];
            for (gi, g) in b.groups.iter().enumerate() {
                let category = g
                    .name
                    .as_ref()
                    .map_or_else(|| b.name.to_string(), |n| format!("{}：{n}", b.name));
                for ti in 0..g.items.len() {
                    out.push(Slot {
                        name: None,
                        category: category.clone(),
                        measure: measure_index(&b.measure),
                        applies: Applies::AllGrades,
                        source: Source::Block(bi, gi, ti),
                    });
                }
            }
        }
        out
    }
}

/// An entry for a training of the map; its own inferred note, or else its cell's.
fn entry_of<'a>(
    t: &'a Training,
    s: &'a Slot,
    cell_note: &'a Inferred,
    group: Option<(&'a str, &'a str)>,
) -> CatalogEntry<'a> {
    CatalogEntry {
        id: &t.id,
        name: s.name.as_deref().unwrap_or(&t.name),
        measure: s.measure,
        category: &s.category,
        group,
        contents: t.contents.as_ref(),
        audience: t.audience.as_ref(),
        organiser: t.organiser.as_ref(),
        note: t.note.as_ref(),
        source: t.source.as_ref(),
        typos: &t.typos,
        inferred: if t.inferred.is_some() {
            &t.inferred
        } else {
            cell_note
        },
        applies: s.applies,
    }
}

impl Applies {
    /// "入庁3年目", "主任への昇任時", "職位に結び付けられていない".
    pub fn describe(self, map: &CareerMap) -> String {
        self.describe_in(map, crate::model::Lang::Ja)
    }

    /// [`Applies::describe`] in `lang`.
    pub fn describe_in(self, map: &CareerMap, lang: crate::model::Lang) -> String {
        use crate::words::Msg;
        match self {
            Applies::Year { year, .. } => Msg::ApplyYear { year }.text(lang),
            Applies::Promotion(s) => Msg::ApplyPromotion {
                step: map[s].name.to_string(),
            }
            .text(lang),
            Applies::AllGrades => Msg::ApplyNone.text(lang),
        }
    }

    /// The step a reader is taken to for this training, if one.
    pub fn step(self) -> Option<StepIndex> {
        match self {
            Applies::Year { step, .. } | Applies::Promotion(step) => Some(step),
            Applies::AllGrades => None,
        }
    }
}

/// The catalog's entries and where each training id sits in it.
pub struct Catalog {
    pub(super) slots: Vec<Slot>,
    pub(super) by_id: HashMap<String, usize>,
}

/// How many times the catalog was built in this process (tests check that a key on the
/// record screen builds nothing).
static CATALOG_BUILDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub(super) fn count_catalog_build() {
    CATALOG_BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// How many catalogs have been built in this process so far.
pub fn catalog_builds() -> usize {
    CATALOG_BUILDS.load(std::sync::atomic::Ordering::Relaxed)
}
