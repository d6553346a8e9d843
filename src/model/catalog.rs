//! Every training of the map in one list, with where it applies. The training catalog,
//! search, and the measure view all read this.

use super::{CareerMap, Inferred, Text, Training, Typo};

/// Where a training applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applies {
    /// In this year of service (集中育成期間), at the step the year table sits at.
    Year { year: u8, step: usize },
    /// On promotion into this step (an index into `steps`).
    Promotion(usize),
    /// Not tied to a grade by the source (a block of page 2); the audience varies.
    AllGrades,
}

/// One training with its context.
#[derive(Clone, Debug)]
pub struct CatalogEntry<'a> {
    pub id: &'a str,
    /// The name as shown: a training's name, or 「N年目職員研修」 for a year of 集中育成期間.
    pub name: String,
    /// Index into `measures`.
    pub measure: Option<usize>,
    /// The category within the measure: the year table's name, 昇任時, or the block's group.
    pub category: String,
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

impl<'a> CatalogEntry<'a> {
    /// An entry for a training of the map; its own inferred note, or else its cell's.
    fn of(
        t: &'a Training,
        measure: Option<usize>,
        category: String,
        cell_note: &'a Inferred,
        applies: Applies,
    ) -> Self {
        CatalogEntry {
            id: &t.id,
            name: t.name.to_string(),
            measure,
            category,
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
            applies,
        }
    }
}

impl CareerMap {
    /// Every training, in the order of the map: the years, the promotions up the ladder,
    /// then the blocks open to all in measure order.
    pub fn catalog(&self) -> Vec<CatalogEntry<'_>> {
        let measure_index = |id: &str| self.measures.iter().position(|m| *m.id == *id);
        let mut out = Vec::new();
        let y = &self.year_training;
        if let Some(step) = self.step_index(&y.step) {
            for e in &y.years {
                out.push(CatalogEntry {
                    id: &e.id,
                    // Not 「N年目職員研修」: the source names only the whole (1～5年目職員研修).
                    name: format!("{}（{}年目）", y.subtitle, e.year),
                    measure: measure_index(&y.measure),
                    category: format!("{}（{}）", y.name, y.subtitle),
                    contents: Some(&e.contents),
                    audience: None,
                    organiser: None,
                    note: None,
                    source: e.source.as_ref(),
                    typos: &[],
                    inferred: &NO_NOTE,
                    applies: Applies::Year { year: e.year, step },
                });
            }
        }
        for step in self.ladder() {
            let Some(p) = self.promotion_into(step) else {
                continue;
            };
            for t in &p.trainings {
                out.push(CatalogEntry::of(
                    t,
                    measure_index(&p.measure),
                    format!("{}への昇任時", self.steps[step].name),
                    &p.inferred,
                    Applies::Promotion(step),
                ));
            }
        }
        for (m, b) in self.blocks_in_measure_order() {
            for g in &b.groups {
                for t in &g.items {
                    let category = g
                        .name
                        .as_ref()
                        .map_or_else(|| b.name.to_string(), |n| format!("{}：{n}", b.name));
                    out.push(CatalogEntry::of(
                        t,
                        measure_index(&m.id),
                        category,
                        &b.inferred,
                        Applies::AllGrades,
                    ));
                }
            }
        }
        out
    }
}

impl Applies {
    /// "入庁3年目", "主任への昇任時", "職位に結び付けられていない".
    pub fn describe(self, map: &CareerMap) -> String {
        match self {
            Applies::Year { year, .. } => format!("入庁{year}年目"),
            Applies::Promotion(s) => format!("{}への昇任時", map.steps[s].name),
            Applies::AllGrades => "職位に結び付けられていない".to_string(),
        }
    }

    /// The step a reader is taken to for this training, if one.
    pub fn step(self) -> Option<usize> {
        match self {
            Applies::Year { step, .. } | Applies::Promotion(step) => Some(step),
            Applies::AllGrades => None,
        }
    }
}
