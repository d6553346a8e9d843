//! What changed between two editions of a map, for map authors.
//!
//! Entities are matched by their stable key (an id; an initiative's number; a glossary term),
//! so a rename is a change of the entity, never a removal and an addition. Lists of plain
//! strings (expectations, titles, main initiatives, notes, ...) have no ids: they are compared
//! as multisets, element by element, and a reorder is reported only when both hold the same
//! elements in a different order.
//!
//! The values kept here are display strings taken from the map (names rather than ids where a
//! reader needs names); [`crate::content::diff_items`] turns them into a report.

use std::collections::HashMap;

use super::{
    Applies, Block, CareerMap, CatalogEntry, Initiative, InitiativeLabel, Measure, RoleEntry,
    SpecialistTier, Step, Text, TrainingGroup,
};

/// The kinds of entity compared one by one, in the order the report shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiffKind {
    Step,
    SpecialistTier,
    Training,
    Measure,
    Initiative,
    Block,
    Glossary,
}

/// A compared field. One enum for every kind, so a label is written once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiffField {
    // The map as a whole.
    /// `meta.title` (人材育成基本方針).
    Title,
    MapTitle,
    Organisation,
    Edition,
    /// `meta.edition_date`.
    EditionDate,
    /// `meta.basis_heading`.
    BasisHeading,
    /// `meta.missing_note`.
    MissingNote,
    /// An element of `meta.notes`.
    MapNote,
    Goal,
    WorkplaceState,
    StaffState,
    /// `basis.text`.
    Basis,
    /// An element of `basis.sources`.
    BasisSource,
    YearTrainingName,
    YearTrainingSubtitle,

    // Shared by several kinds.
    Name,
    /// The entity's own `inferred` note.
    Inferred,
    /// A training's or an initiative's small-print note.
    Note,

    // Steps and specialist tiers.
    /// An element of `titles`.
    JobTitle,
    Role,
    /// An element of `expectations`.
    Expectation,
    /// The OJT role: name and detail.
    Ojt,
    OjtInferred,
    /// The 人事考課 role: name and detail.
    Appraisal,
    AppraisalInferred,
    /// The step above (shown by name, compared by id).
    Next,
    /// An element of a tier's `levels`.
    Level,

    // Trainings.
    Contents,
    Audience,
    Organiser,
    /// Where the training applies: a year, a promotion, or a block open to all.
    Applies,

    // Measures.
    Number,
    Symbol,
    Group,
    Policy,
    Aim,
    /// An element of `main_initiatives`.
    MainInitiative,

    // Initiatives.
    InitiativeTitle,
    Description,
    Label,
    /// `added`, e.g. 令和5年3月追加.
    AddedIn,

    // Blocks.
    /// The block's measure (shown as ①階層別研修, compared by id).
    Measure,
    Slogan,
    /// An element of the block's group names.
    TrainingGroup,

    // Glossary.
    Reading,
    Explanation,
}

/// How a field differs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Delta {
    /// A single value replaced; `None` where a side has no value.
    Changed {
        old: Option<String>,
        new: Option<String>,
    },
    /// An element of a list that only the new map has.
    Added(String),
    /// An element of a list that only the old map has.
    Removed(String),
    /// The same elements in another order.
    Reordered { old: Vec<String>, new: Vec<String> },
}

impl Delta {
    /// The same difference seen from the other side.
    pub fn mirrored(&self) -> Delta {
        match self {
            Delta::Changed { old, new } => Delta::Changed {
                old: new.clone(),
                new: old.clone(),
            },
            Delta::Added(v) => Delta::Removed(v.clone()),
            Delta::Removed(v) => Delta::Added(v.clone()),
            Delta::Reordered { old, new } => Delta::Reordered {
                old: new.clone(),
                new: old.clone(),
            },
        }
    }
}

/// One field's difference.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldChange {
    pub field: DiffField,
    pub delta: Delta,
}

/// An entity only one side has.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DiffEntry {
    /// The matching key: the id, an initiative's number, a glossary term.
    pub key: String,
    /// The name as shown (a measure as ①階層別研修).
    pub name: String,
    /// Where it sits, when the name alone does not say (a training's place on the map).
    pub context: Option<String>,
}

/// An entity both sides have, with the fields that differ.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityChange {
    pub key: String,
    /// The name in the new map (a rename is among `fields`).
    pub name: String,
    pub fields: Vec<FieldChange>,
}

/// The differences of one kind of entity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindDiff {
    /// In the new map's order.
    pub added: Vec<DiffEntry>,
    /// In the old map's order.
    pub removed: Vec<DiffEntry>,
    /// In the new map's order.
    pub changed: Vec<EntityChange>,
}

impl KindDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    fn mirrored(&self) -> KindDiff {
        KindDiff {
            added: self.removed.clone(),
            removed: self.added.clone(),
            changed: self
                .changed
                .iter()
                .map(|c| EntityChange {
                    key: c.key.clone(),
                    name: c.name.clone(),
                    fields: c
                        .fields
                        .iter()
                        .map(|f| FieldChange {
                            field: f.field,
                            delta: f.delta.mirrored(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Everything that differs between two maps.
///
/// Not compared: the `inferred` notes of trainings and of promotion cells, a promotion
/// cell's measure, the year table's measure and step, and the order of entities (only the
/// order of a list of strings, or of a block's groups, is reported).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapDiff {
    /// The map as a whole: meta (title, edition, ...), vision, basis, the year table's name.
    pub meta: Vec<FieldChange>,
    pub steps: KindDiff,
    pub specialist_tiers: KindDiff,
    /// Every training, wherever it sits (years, promotions, blocks), matched by id.
    pub trainings: KindDiff,
    pub measures: KindDiff,
    pub initiatives: KindDiff,
    pub blocks: KindDiff,
    pub glossary: KindDiff,
}

impl MapDiff {
    /// True when the maps do not differ in anything compared.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty() && self.kinds().iter().all(|(_, k)| k.is_empty())
    }

    /// The entity kinds with their differences, in the report's order.
    pub fn kinds(&self) -> [(DiffKind, &KindDiff); 7] {
        [
            (DiffKind::Step, &self.steps),
            (DiffKind::SpecialistTier, &self.specialist_tiers),
            (DiffKind::Training, &self.trainings),
            (DiffKind::Measure, &self.measures),
            (DiffKind::Initiative, &self.initiatives),
            (DiffKind::Block, &self.blocks),
            (DiffKind::Glossary, &self.glossary),
        ]
    }

    /// The differences seen from the other side: added ↔ removed, old ↔ new. The order of
    /// the entries is kept, so compare a mirror with `diff(new, old)` order-insensitively.
    pub fn mirrored(&self) -> MapDiff {
        MapDiff {
            meta: self
                .meta
                .iter()
                .map(|f| FieldChange {
                    field: f.field,
                    delta: f.delta.mirrored(),
                })
                .collect(),
            steps: self.steps.mirrored(),
            specialist_tiers: self.specialist_tiers.mirrored(),
            trainings: self.trainings.mirrored(),
            measures: self.measures.mirrored(),
            initiatives: self.initiatives.mirrored(),
            blocks: self.blocks.mirrored(),
            glossary: self.glossary.mirrored(),
        }
    }
}

/// Compare two maps. Both are assumed valid, but nothing here panics on one that is not.
pub fn diff(old: &CareerMap, new: &CareerMap) -> MapDiff {
    MapDiff {
        meta: meta(old, new),
        steps: steps(old, new),
        specialist_tiers: tiers(old, new),
        trainings: trainings(old, new),
        measures: measures(old, new),
        initiatives: initiatives(old, new),
        blocks: blocks(old, new),
        glossary: glossary(old, new),
    }
}

// ----- Matching -----

/// Entities of both sides paired by key. Duplicate keys (which validation rejects for ids)
/// pair in order: the k-th old with the k-th new.
struct Matched<'a, T> {
    /// (old, new), in the new map's order.
    pairs: Vec<(&'a T, &'a T)>,
    added: Vec<&'a T>,
    removed: Vec<&'a T>,
}

fn match_by<'a, T>(old: &'a [T], new: &'a [T], key: impl Fn(&T) -> String) -> Matched<'a, T> {
    let ix = match_indices(
        &old.iter().map(&key).collect::<Vec<_>>(),
        &new.iter().map(&key).collect::<Vec<_>>(),
    );
    Matched {
        pairs: ix.pairs.iter().map(|&(o, n)| (&old[o], &new[n])).collect(),
        added: ix.added.iter().map(|&n| &new[n]).collect(),
        removed: ix.removed.iter().map(|&o| &old[o]).collect(),
    }
}

/// [`Matched`] by index.
struct Indices {
    /// (old, new), in the new order.
    pairs: Vec<(usize, usize)>,
    /// In the new order.
    added: Vec<usize>,
    /// In the old order.
    removed: Vec<usize>,
}

fn match_indices(old: &[String], new: &[String]) -> Indices {
    let mut old_at: HashMap<(&str, usize), usize> = HashMap::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, k) in old.iter().enumerate() {
        let n = seen.entry(k).or_default();
        old_at.insert((k, *n), i);
        *n += 1;
    }
    let mut used = vec![false; old.len()];
    let mut pairs = Vec::new();
    let mut added = Vec::new();
    seen.clear();
    for (j, k) in new.iter().enumerate() {
        let count = seen.entry(k).or_default();
        match old_at.get(&(k.as_str(), *count)) {
            Some(&i) => {
                used[i] = true;
                pairs.push((i, j));
            }
            None => added.push(j),
        }
        *count += 1;
    }
    let removed = (0..old.len()).filter(|&i| !used[i]).collect();
    Indices {
        pairs,
        added,
        removed,
    }
}

/// Build a kind's differences: `entry` describes an entity (a pair by its new side),
/// `fields` compares a pair.
fn kind_diff<'a, T>(
    m: Matched<'a, T>,
    entry: impl Fn(&'a T) -> DiffEntry,
    fields: impl Fn(&'a T, &'a T) -> Vec<FieldChange>,
) -> KindDiff {
    let changed = m
        .pairs
        .iter()
        .filter_map(|&(o, n)| {
            let f = fields(o, n);
            (!f.is_empty()).then(|| {
                let e = entry(n);
                EntityChange {
                    key: e.key,
                    name: e.name,
                    fields: f,
                }
            })
        })
        .collect();
    KindDiff {
        added: m.added.into_iter().map(&entry).collect(),
        removed: m.removed.into_iter().map(&entry).collect(),
        changed,
    }
}

// ----- Field comparisons -----

/// A value as (compared key, shown value).
type Keyed = (Option<String>, Option<String>);

/// Collects the differing fields of one pair.
#[derive(Default)]
struct Fields(Vec<FieldChange>);

/// What a line step and a specialist tier have in common, for comparing either.
#[derive(Clone, Copy)]
struct Person<'a> {
    name: &'a Text,
    titles: &'a [Text],
    role: &'a Text,
    expectations: &'a [Text],
    ojt: &'a RoleEntry,
    appraisal: &'a RoleEntry,
}

impl<'a> Person<'a> {
    fn of_step(s: &'a Step) -> Self {
        Person {
            name: &s.name,
            titles: &s.titles,
            role: &s.role,
            expectations: &s.expectations,
            ojt: &s.ojt,
            appraisal: &s.appraisal,
        }
    }

    fn of_tier(t: &'a SpecialistTier) -> Self {
        Person {
            name: &t.name,
            titles: &t.titles,
            role: &t.role,
            expectations: &t.expectations,
            ojt: &t.ojt,
            appraisal: &t.appraisal,
        }
    }
}

impl Fields {
    fn scalar(&mut self, field: DiffField, old: Option<&str>, new: Option<&str>) {
        if old != new {
            self.0.push(FieldChange {
                field,
                delta: Delta::Changed {
                    old: old.map(str::to_string),
                    new: new.map(str::to_string),
                },
            });
        }
    }

    fn text(&mut self, field: DiffField, old: &Text, new: &Text) {
        self.scalar(field, Some(old), Some(new));
    }

    fn opt(&mut self, field: DiffField, old: &Option<Text>, new: &Option<Text>) {
        self.scalar(field, old.as_deref(), new.as_deref());
    }

    /// A value compared by one string (e.g. an id) and shown as another (e.g. a name).
    fn keyed(&mut self, field: DiffField, old: Keyed, new: Keyed) {
        if old.0 != new.0 {
            self.0.push(FieldChange {
                field,
                delta: Delta::Changed {
                    old: old.1,
                    new: new.1,
                },
            });
        }
    }

    /// Lists of plain strings, compared as multisets; a reorder only when the multisets agree.
    fn list(&mut self, field: DiffField, old: &[Text], new: &[Text]) {
        let pair = |v: &[Text]| -> Vec<(String, String)> {
            v.iter().map(|t| (t.to_string(), t.to_string())).collect()
        };
        self.keyed_list(field, &pair(old), &pair(new));
    }

    /// Lists whose elements are compared by a key and shown by a display string.
    fn keyed_list(&mut self, field: DiffField, old: &[(String, String)], new: &[(String, String)]) {
        let mut removed = Vec::new();
        let mut pool: Vec<Option<&str>> = new.iter().map(|(k, _)| Some(k.as_str())).collect();
        for (k, shown) in old {
            match pool.iter().position(|p| *p == Some(k.as_str())) {
                Some(i) => pool[i] = None,
                None => removed.push(shown.clone()),
            }
        }
        let mut added = Vec::new();
        let mut pool: Vec<Option<&str>> = old.iter().map(|(k, _)| Some(k.as_str())).collect();
        for (k, shown) in new {
            match pool.iter().position(|p| *p == Some(k.as_str())) {
                Some(i) => pool[i] = None,
                None => added.push(shown.clone()),
            }
        }
        if removed.is_empty() && added.is_empty() {
            if old.iter().map(|(k, _)| k).ne(new.iter().map(|(k, _)| k)) {
                self.0.push(FieldChange {
                    field,
                    delta: Delta::Reordered {
                        old: old.iter().map(|(_, s)| s.clone()).collect(),
                        new: new.iter().map(|(_, s)| s.clone()).collect(),
                    },
                });
            }
            return;
        }
        for v in removed {
            self.0.push(FieldChange {
                field,
                delta: Delta::Removed(v),
            });
        }
        for v in added {
            self.0.push(FieldChange {
                field,
                delta: Delta::Added(v),
            });
        }
    }

    /// The fields steps and specialist tiers share.
    fn person(&mut self, o: Person, n: Person) {
        self.text(DiffField::Name, o.name, n.name);
        self.list(DiffField::JobTitle, o.titles, n.titles);
        self.text(DiffField::Role, o.role, n.role);
        self.list(DiffField::Expectation, o.expectations, n.expectations);
        self.role((DiffField::Ojt, DiffField::OjtInferred), o.ojt, n.ojt);
        self.role(
            (DiffField::Appraisal, DiffField::AppraisalInferred),
            o.appraisal,
            n.appraisal,
        );
    }

    fn role(&mut self, fields: (DiffField, DiffField), old: &RoleEntry, new: &RoleEntry) {
        self.scalar(fields.0, Some(&role_text(old)), Some(&role_text(new)));
        self.opt(fields.1, &old.inferred, &new.inferred);
    }
}

/// "グループ員（OJTを通じた成長）"
fn role_text(r: &RoleEntry) -> String {
    match &r.detail {
        Some(d) => format!("{}（{d}）", r.name),
        None => r.name.to_string(),
    }
}

// ----- Kinds -----

fn meta(old: &CareerMap, new: &CareerMap) -> Vec<FieldChange> {
    let mut f = Fields::default();
    let (o, n) = (&old.meta, &new.meta);
    f.text(DiffField::Title, &o.title, &n.title);
    f.text(DiffField::MapTitle, &o.map_title, &n.map_title);
    f.text(DiffField::Organisation, &o.organisation, &n.organisation);
    f.text(DiffField::Edition, &o.edition, &n.edition);
    f.opt(DiffField::EditionDate, &o.edition_date, &n.edition_date);
    f.opt(DiffField::BasisHeading, &o.basis_heading, &n.basis_heading);
    f.opt(DiffField::MissingNote, &o.missing_note, &n.missing_note);
    f.list(DiffField::MapNote, &o.notes, &n.notes);
    f.text(DiffField::Goal, &old.vision.goal, &new.vision.goal);
    f.text(
        DiffField::WorkplaceState,
        &old.vision.workplace_state,
        &new.vision.workplace_state,
    );
    f.text(
        DiffField::StaffState,
        &old.vision.staff_state,
        &new.vision.staff_state,
    );
    f.text(DiffField::Basis, &old.basis.text, &new.basis.text);
    f.list(
        DiffField::BasisSource,
        &old.basis.sources,
        &new.basis.sources,
    );
    let (oy, ny) = (&old.year_training, &new.year_training);
    f.text(DiffField::YearTrainingName, &oy.name, &ny.name);
    f.text(DiffField::YearTrainingSubtitle, &oy.subtitle, &ny.subtitle);
    f.0
}

fn plain_entry(id: &Text, name: &Text) -> DiffEntry {
    DiffEntry {
        key: id.to_string(),
        name: name.to_string(),
        context: None,
    }
}

/// A step id as a reader knows it: the step's name in `map`, or the id if it has none.
fn step_name(map: &CareerMap, id: &str) -> String {
    map.step(id)
        .map_or_else(|| id.to_string(), |s| s.name.to_string())
}

fn steps(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.steps, &new.steps, |s: &Step| s.id.to_string());
    kind_diff(
        m,
        |s| plain_entry(&s.id, &s.name),
        |o, n| {
            let mut f = Fields::default();
            f.person(Person::of_step(o), Person::of_step(n));
            let next = |map: &CareerMap, s: &Step| -> Keyed {
                (
                    s.next.as_ref().map(|t| t.to_string()),
                    s.next.as_ref().map(|t| step_name(map, t)),
                )
            };
            f.keyed(DiffField::Next, next(old, o), next(new, n));
            f.opt(DiffField::Inferred, &o.inferred, &n.inferred);
            f.0
        },
    )
}

fn tiers(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.specialist_tiers, &new.specialist_tiers, |t| {
        t.id.to_string()
    });
    let levels = |map: &CareerMap, t: &SpecialistTier| -> Vec<(String, String)> {
        t.levels
            .iter()
            .map(|l| {
                let titles = l
                    .titles
                    .iter()
                    .map(Text::as_str)
                    .collect::<Vec<_>>()
                    .join("・");
                (
                    format!("{titles}\u{0}{}\u{0}{}", l.step, l.basis),
                    format!("{titles} → {}（{}）", step_name(map, &l.step), l.basis),
                )
            })
            .collect()
    };
    kind_diff(
        m,
        |t| plain_entry(&t.id, &t.name),
        |o, n| {
            let mut f = Fields::default();
            f.person(Person::of_tier(o), Person::of_tier(n));
            f.keyed_list(DiffField::Level, &levels(old, o), &levels(new, n));
            f.opt(DiffField::Inferred, &o.inferred, &n.inferred);
            f.0
        },
    )
}

/// A training from the catalog with where it applies: a key to compare (by ids and numbers,
/// so renaming a step or a block does not move its trainings) and the text to show.
struct TrainingView<'a> {
    entry: CatalogEntry<'a>,
    place_key: String,
    place: String,
}

/// `group_key` names a block's group (block id, group index) for comparing: the same key on
/// both sides for groups matched by [`match_groups`], so a renamed group moves no training.
fn training_views<'a>(
    map: &'a CareerMap,
    group_key: &dyn Fn(&str, usize) -> String,
) -> Vec<TrainingView<'a>> {
    // Which block and group hold each training open to all grades.
    let mut holder: HashMap<&str, (&str, usize)> = HashMap::new();
    for b in &map.blocks {
        for (gi, g) in b.groups.iter().enumerate() {
            for t in &g.items {
                holder.entry(&t.id).or_insert((&b.id, gi));
            }
        }
    }
    map.catalog()
        .into_iter()
        .map(|entry| {
            let (place_key, place) = match entry.applies {
                Applies::Year { year, .. } => {
                    (format!("year\u{0}{year}"), entry.applies.describe(map))
                }
                Applies::Promotion(s) => (
                    format!("into\u{0}{}", map[s].id),
                    entry.applies.describe(map),
                ),
                Applies::AllGrades => {
                    let key = holder.get(entry.id).map_or_else(String::new, |&(b, g)| {
                        format!("{b}\u{0}{}", group_key(b, g))
                    });
                    (
                        format!("block\u{0}{key}"),
                        format!("{}（{}）", entry.applies.describe(map), entry.category),
                    )
                }
            };
            TrainingView {
                entry,
                place_key,
                place,
            }
        })
        .collect()
}

fn trainings(old: &CareerMap, new: &CareerMap) -> KindDiff {
    // A new group takes the index of the old group it was matched with.
    let mut same_group: HashMap<(&str, usize), usize> = HashMap::new();
    for (o, n) in match_by(&old.blocks, &new.blocks, |b| b.id.to_string()).pairs {
        for (og, ng) in match_groups(o, n).pairs {
            same_group.insert((&n.id, ng), og);
        }
    }
    let ov = training_views(old, &|_, g| format!("{g}"));
    let nv = training_views(new, &|b, g| match same_group.get(&(b, g)) {
        Some(og) => format!("{og}"),
        None => format!("new{g}"),
    });
    let m = match_by(&ov, &nv, |t| t.entry.id.to_string());
    kind_diff(
        m,
        |t| DiffEntry {
            key: t.entry.id.to_string(),
            name: t.entry.name.to_string(),
            context: Some(t.place.clone()),
        },
        |o, n| {
            let (oe, ne) = (&o.entry, &n.entry);
            let mut f = Fields::default();
            f.scalar(DiffField::Name, Some(oe.name), Some(ne.name));
            f.scalar(
                DiffField::Contents,
                oe.contents.map(|t| &**t),
                ne.contents.map(|t| &**t),
            );
            f.scalar(
                DiffField::Audience,
                oe.audience.map(|t| &**t),
                ne.audience.map(|t| &**t),
            );
            f.scalar(
                DiffField::Organiser,
                oe.organiser.map(|t| &**t),
                ne.organiser.map(|t| &**t),
            );
            f.scalar(
                DiffField::Note,
                oe.note.map(|t| &**t),
                ne.note.map(|t| &**t),
            );
            f.keyed(
                DiffField::Applies,
                (Some(o.place_key.clone()), Some(o.place.clone())),
                (Some(n.place_key.clone()), Some(n.place.clone())),
            );
            f.0
        },
    )
}

fn measure_entry(m: &Measure) -> DiffEntry {
    DiffEntry {
        key: m.id.to_string(),
        name: format!("{}{}", m.symbol, m.name),
        context: None,
    }
}

fn measures(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.measures, &new.measures, |m| m.id.to_string());
    kind_diff(m, measure_entry, |o, n| {
        let mut f = Fields::default();
        f.scalar(
            DiffField::Number,
            Some(&o.number.to_string()),
            Some(&n.number.to_string()),
        );
        f.text(DiffField::Symbol, &o.symbol, &n.symbol);
        f.text(DiffField::Name, &o.name, &n.name);
        f.opt(DiffField::Group, &o.group, &n.group);
        f.text(DiffField::Policy, &o.policy, &n.policy);
        f.opt(DiffField::Aim, &o.aim, &n.aim);
        f.list(
            DiffField::MainInitiative,
            &o.main_initiatives,
            &n.main_initiatives,
        );
        f.opt(DiffField::Inferred, &o.inferred, &n.inferred);
        f.0
    })
}

/// "NEW" or "拡充", as the source prints the label.
fn label_text(l: InitiativeLabel) -> &'static str {
    match l {
        InitiativeLabel::New => "NEW",
        InitiativeLabel::Expanded => "拡充",
    }
}

fn initiatives(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.initiatives, &new.initiatives, |i: &Initiative| {
        i.number.to_string()
    });
    kind_diff(
        m,
        |i| DiffEntry {
            key: i.number.to_string(),
            name: i.title.to_string(),
            context: None,
        },
        |o, n| {
            let mut f = Fields::default();
            f.text(DiffField::InitiativeTitle, &o.title, &n.title);
            f.text(DiffField::Description, &o.description, &n.description);
            f.scalar(
                DiffField::Label,
                Some(label_text(o.label)),
                Some(label_text(n.label)),
            );
            f.opt(DiffField::AddedIn, &o.added, &n.added);
            f.opt(DiffField::Note, &o.note, &n.note);
            f.0
        },
    )
}

fn blocks(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.blocks, &new.blocks, |b| b.id.to_string());
    let measure = |map: &CareerMap, id: &Text| -> Keyed {
        let shown = map
            .measure(id)
            .map_or_else(|| id.to_string(), |m| format!("{}{}", m.symbol, m.name));
        (Some(id.to_string()), Some(shown))
    };
    kind_diff(
        m,
        |b| plain_entry(&b.id, &b.name),
        |o, n| {
            let mut f = Fields::default();
            f.text(DiffField::Name, &o.name, &n.name);
            f.keyed(
                DiffField::Measure,
                measure(old, &o.measure),
                measure(new, &n.measure),
            );
            f.text(DiffField::Slogan, &o.slogan, &n.slogan);
            f.groups(o, n);
            f.opt(DiffField::Inferred, &o.inferred, &n.inferred);
            f.0
        },
    )
}

/// How an unnamed group (a block's only list) is shown.
const UNNAMED_GROUP: &str = "（名前なし）";

fn group_name(g: &TrainingGroup) -> String {
    g.name
        .as_ref()
        .map_or_else(|| UNNAMED_GROUP.to_string(), |n| n.to_string())
}

/// The groups of one block in two editions, matched by name first; then a group whose name
/// changed is found by the trainings it keeps (the most shared ids).
fn match_groups(o: &Block, n: &Block) -> Indices {
    let names = |b: &Block| -> Vec<String> {
        b.groups
            .iter()
            .map(|g| g.name.as_deref().unwrap_or("").to_string())
            .collect()
    };
    let mut ix = match_indices(&names(o), &names(n));
    let shared = |og: usize, ng: usize| {
        o.groups[og]
            .items
            .iter()
            .filter(|t| n.groups[ng].items.iter().any(|u| u.id == t.id))
            .count()
    };
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for &og in &ix.removed {
        for &ng in &ix.added {
            let k = shared(og, ng);
            if k > 0 {
                candidates.push((k, og, ng));
            }
        }
    }
    // Most shared first; ties by position, so each side's earlier group goes first.
    candidates.sort_by_key(|&(k, og, ng)| (std::cmp::Reverse(k), og + ng, og.min(ng)));
    for (_, og, ng) in candidates {
        if ix.removed.contains(&og) && ix.added.contains(&ng) {
            ix.removed.retain(|&x| x != og);
            ix.added.retain(|&x| x != ng);
            ix.pairs.push((og, ng));
        }
    }
    ix.pairs.sort_by_key(|&(_, ng)| ng);
    ix
}

impl Fields {
    /// A block's groups: renamed, removed, added, or (with nothing else) reordered.
    fn groups(&mut self, o: &Block, n: &Block) {
        let ix = match_groups(o, n);
        let field = DiffField::TrainingGroup;
        for &(og, ng) in &ix.pairs {
            self.opt(field, &o.groups[og].name, &n.groups[ng].name);
        }
        for &og in &ix.removed {
            self.0.push(FieldChange {
                field,
                delta: Delta::Removed(group_name(&o.groups[og])),
            });
        }
        for &ng in &ix.added {
            self.0.push(FieldChange {
                field,
                delta: Delta::Added(group_name(&n.groups[ng])),
            });
        }
        if ix.removed.is_empty()
            && ix.added.is_empty()
            && ix.pairs.windows(2).any(|w| w[0].0 > w[1].0)
        {
            self.0.push(FieldChange {
                field,
                delta: Delta::Reordered {
                    old: o.groups.iter().map(group_name).collect(),
                    new: n.groups.iter().map(group_name).collect(),
                },
            });
        }
    }
}

fn glossary(old: &CareerMap, new: &CareerMap) -> KindDiff {
    let m = match_by(&old.glossary, &new.glossary, |g| g.term.to_string());
    kind_diff(
        m,
        |g| plain_entry(&g.term, &g.term),
        |o, n| {
            let mut f = Fields::default();
            f.opt(DiffField::Reading, &o.reading, &n.reading);
            f.text(DiffField::Explanation, &o.explanation, &n.explanation);
            f.0
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(v: &[&str]) -> Vec<Text> {
        v.iter().map(|s| Text::new(s)).collect()
    }

    fn list(old: &[&str], new: &[&str]) -> Vec<FieldChange> {
        let mut f = Fields::default();
        f.list(DiffField::Expectation, &texts(old), &texts(new));
        f.0
    }

    fn d(delta: Delta) -> FieldChange {
        FieldChange {
            field: DiffField::Expectation,
            delta,
        }
    }

    #[test]
    fn lists_compare_as_multisets() {
        assert_eq!(list(&["a", "b"], &["a", "b"]), vec![]);
        assert_eq!(
            list(&["a", "b"], &["a", "c"]),
            vec![d(Delta::Removed("b".into())), d(Delta::Added("c".into()))]
        );
        // A doubled element counts.
        assert_eq!(list(&["a"], &["a", "a"]), vec![d(Delta::Added("a".into()))]);
        // An element moved and another added: no reorder, only the addition.
        assert_eq!(
            list(&["a", "b"], &["b", "a", "c"]),
            vec![d(Delta::Added("c".into()))]
        );
        assert_eq!(
            list(&["a", "b"], &["b", "a"]),
            vec![d(Delta::Reordered {
                old: vec!["a".into(), "b".into()],
                new: vec!["b".into(), "a".into()],
            })]
        );
    }

    #[test]
    fn duplicate_keys_pair_in_order() {
        let old = ["x", "x", "y"];
        let new = ["x", "z", "x", "x"];
        let m = match_by(&old, &new, |s| s.to_string());
        assert_eq!(m.pairs.len(), 2);
        assert_eq!(m.added, vec![&"z", &"x"]);
        assert_eq!(m.removed, vec![&"y"]);
    }
}
