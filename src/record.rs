//! The reader's own development record: where they stand, which trainings they did or plan,
//! a self-check of their expectations, notes and questions for the 育成面談, and dated
//! snapshots of the self-check. Plain data; `store` reads and writes it.
//!
//! Entries are keyed by the map's ids and texts, never by position, so a new edition of the
//! map (or another map) cannot silently move a check onto a different expectation: entries
//! whose key the map no longer has are kept, and shown as such.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{CareerMap, Place, Text};

/// The format of the record file. Raise it when a change is not readable by older
/// versions; a record of a newer format is never overwritten.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub format_version: u32,
    /// Where the reader last stood.
    #[serde(default)]
    pub profile: Option<Profile>,
    /// Training id → done or planned.
    #[serde(default)]
    pub trainings: BTreeMap<String, TrainingStatus>,
    /// Expectation key (see [`expectation_key`]) → the reader's self-check.
    #[serde(default)]
    pub checks: BTreeMap<String, Check>,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// Questions for the supervisor at the 育成面談.
    #[serde(default)]
    pub questions: String,
    /// Dated copies of the self-check levels, oldest first.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

impl Default for Record {
    fn default() -> Self {
        Record {
            format_version: FORMAT_VERSION,
            profile: None,
            trainings: BTreeMap::new(),
            checks: BTreeMap::new(),
            notes: String::new(),
            questions: String::new(),
            snapshots: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The title the reader stands at (1級, 施設の長, 主幹, ...).
    pub title: String,
    /// 入庁N年目.
    pub year: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TrainingStatus {
    Planned,
    /// Done, in this (fiscal) year if the reader gave one.
    Done(Option<u16>),
}

/// The self-check scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// 未着手
    #[default]
    NotStarted,
    /// 取り組み中
    Working,
    /// できている
    Achieved,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::NotStarted => "未着手",
            Level::Working => "取り組み中",
            Level::Achieved => "できている",
        }
    }

    /// A mark that does not rely on colour: ○ ◐ ●.
    pub fn mark(self) -> &'static str {
        match self {
            Level::NotStarted => "○",
            Level::Working => "◐",
            Level::Achieved => "●",
        }
    }

    pub fn next(self) -> Level {
        match self {
            Level::NotStarted => Level::Working,
            Level::Working => Level::Achieved,
            Level::Achieved => Level::NotStarted,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub level: Level,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// YYYY-MM-DD
    pub date: String,
    pub levels: BTreeMap<String, Level>,
}

/// The key of an expectation: the place's id and the expectation's text.
pub fn expectation_key(place_id: &str, expectation: &str) -> String {
    crate::model::expectation_key(place_id, expectation)
}

/// An expectation to self-check: where it belongs and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub key: String,
    pub place: Place,
    pub text: Text,
}

/// The expectations of one place.
pub fn expectations_of(map: &CareerMap, p: Place) -> Vec<Expectation> {
    let (id, list) = match p {
        Place::Step(i) => (&map.steps[i].id, &map.steps[i].expectations),
        Place::Tier(t) => (
            &map.specialist_tiers[t].id,
            &map.specialist_tiers[t].expectations,
        ),
    };
    list.iter()
        .map(|e| Expectation {
            key: expectation_key(id, e),
            place: p,
            text: e.clone(),
        })
        .collect()
}

/// The expectations of `place` and of the step above it (for a specialist: the tier's).
pub fn expectations_to_check(map: &CareerMap, place: Place) -> Vec<Expectation> {
    let mut out = expectations_of(map, place);
    if let Place::Step(i) = place
        && let Some(n) = map.next_step(i)
    {
        out.extend(expectations_of(map, Place::Step(n)));
    }
    out
}

/// What changed in the self-check since the last snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub key: String,
    pub before: Level,
    pub after: Level,
}

impl Record {
    /// The record with every string cleaned of what must not reach a terminal (a record
    /// file may have been edited by hand). Line breaks in notes are kept.
    pub fn sanitized(mut self) -> Record {
        let clean = |s: &str| {
            s.lines()
                .map(crate::model::sanitize)
                .collect::<Vec<_>>()
                .join("\n")
        };
        self.notes = clean(&self.notes);
        self.questions = clean(&self.questions);
        if let Some(p) = self.profile.as_mut() {
            p.title = crate::model::sanitize(&p.title);
        }
        self.trainings = std::mem::take(&mut self.trainings)
            .into_iter()
            .map(|(k, v)| (crate::model::sanitize(&k), v))
            .collect();
        self.checks = std::mem::take(&mut self.checks)
            .into_iter()
            .map(|(k, mut c)| {
                c.note = clean(&c.note);
                (crate::model::sanitize(&k), c)
            })
            .collect();
        for snap in &mut self.snapshots {
            snap.date = crate::model::sanitize(&snap.date);
            snap.levels = std::mem::take(&mut snap.levels)
                .into_iter()
                .map(|(k, v)| (crate::model::sanitize(&k), v))
                .collect();
        }
        self
    }

    /// The note of a self-check ("" when there is none).
    pub fn note(&self, key: &str) -> &str {
        self.checks.get(key).map_or("", |c| c.note.as_str())
    }

    /// The level of an expectation (未着手 when never checked).
    pub fn level(&self, key: &str) -> Level {
        self.checks.get(key).map(|c| c.level).unwrap_or_default()
    }

    /// Changes between the latest snapshot (or nothing) and now, over `keys`.
    pub fn changes_since_snapshot(&self, keys: &[String]) -> Vec<Change> {
        let last = self.snapshots.last();
        keys.iter()
            .filter_map(|k| {
                let before = last
                    .and_then(|s| s.levels.get(k).copied())
                    .unwrap_or_default();
                let after = self.level(k);
                (before != after).then(|| Change {
                    key: k.clone(),
                    before,
                    after,
                })
            })
            .collect()
    }

    /// Take a dated snapshot of every self-check level.
    pub fn snapshot(&mut self, date: String) {
        let levels = self
            .checks
            .iter()
            .map(|(k, c)| (k.clone(), c.level))
            .collect();
        // One snapshot a day: a second one the same day replaces the first.
        if self.snapshots.last().is_some_and(|s| s.date == date) {
            self.snapshots.pop();
        }
        self.snapshots.push(Snapshot { date, levels });
    }

    /// Training ids the record mentions that the map does not have.
    pub fn unknown_trainings(&self, map: &CareerMap) -> Vec<String> {
        self.trainings
            .keys()
            .filter(|k| map.catalog_position(k).is_none())
            .cloned()
            .collect()
    }

    /// Self-check keys the map does not have (an expectation reworded or removed).
    pub fn unknown_checks(&self, map: &CareerMap) -> Vec<String> {
        self.checks
            .keys()
            .filter(|k| map.expectation_at(k).is_none())
            .cloned()
            .collect()
    }
}

/// Today's date as YYYY-MM-DD (UTC), from the system clock.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// Days since 1970-01-01 → YYYY-MM-DD (Howard Hinnant's civil-from-days).
pub fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_723), "2024-01-01");
        assert_eq!(civil_date(20_781), "2026-11-24");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }

    #[test]
    fn level_cycles_through_the_scale() {
        let l = Level::default();
        assert_eq!(l.label(), "未着手");
        assert_eq!(l.next().label(), "取り組み中");
        assert_eq!(l.next().next().label(), "できている");
        assert_eq!(l.next().next().next(), Level::NotStarted);
    }

    #[test]
    fn changes_since_the_last_snapshot() {
        let mut r = Record::default();
        let k = "kyu1：x".to_string();
        r.checks.insert(
            k.clone(),
            Check {
                level: Level::Working,
                note: String::new(),
            },
        );
        assert_eq!(r.changes_since_snapshot(std::slice::from_ref(&k)).len(), 1);
        r.snapshot("2026-04-01".into());
        assert!(
            r.changes_since_snapshot(std::slice::from_ref(&k))
                .is_empty()
        );
        r.checks.get_mut(&k).unwrap().level = Level::Achieved;
        let c = r.changes_since_snapshot(std::slice::from_ref(&k));
        assert_eq!((c[0].before, c[0].after), (Level::Working, Level::Achieved));
        r.snapshot("2026-04-01".into());
        assert_eq!(r.snapshots.len(), 1, "one snapshot a day");
    }
}
