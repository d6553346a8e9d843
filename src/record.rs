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
    /// The edition of the map the reader last opened, so that a new edition is announced to
    /// them once (see `crate::edition`).
    #[serde(default)]
    pub seen_edition: Option<SeenEdition>,
}

/// A map's edition as the reader last saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenEdition {
    /// Which map: its organisation and title (another map is not a new edition).
    pub map: String,
    /// The edition's name (`meta.edition`).
    pub edition: String,
    /// The edition's date (`meta.edition_date`), where the map gives one.
    #[serde(default)]
    pub date: Option<String>,
    /// The map as it was (RON), to say what the next edition changed. Empty in a saved
    /// record: the store keeps it in a file of its own (`crate::store::EDITION_FILE`), and
    /// moves there the one a record of an earlier version holds. (Written as `""`, not left
    /// out: a field left out would be put back from the text read, as one this version does
    /// not know.)
    #[serde(default)]
    pub snapshot: String,
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
            seen_edition: None,
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
    let id = map.place_id(p);
    map.expectations_at(p)
        .iter()
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
        self.changes_since(self.snapshots.last(), keys)
    }

    /// The snapshot today's self-check is compared with: the last one taken before `today`
    /// (today's own snapshot is what is compared, not the baseline).
    pub fn baseline(&self, today: &str) -> Option<&Snapshot> {
        self.snapshots.iter().rev().find(|s| *s.date < *today)
    }

    /// What changed in `keys` since `base` (since nothing, when None).
    pub fn changes_since(&self, base: Option<&Snapshot>, keys: &[String]) -> Vec<Change> {
        let last = base;
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

/// Today's date as YYYY-MM-DD in the reader's time zone (TZ, else the system's), from the
/// system clock: in Japan a snapshot taken at 8:00 carries today's date, not yesterday's.
pub fn today() -> String {
    let now = now_secs();
    local_date(now, utc_offset(now))
}

/// Seconds since 1970-01-01 UTC by the system clock (0 before it).
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// How far the reader's time zone is ahead of UTC at `at` (seconds since the epoch), in
/// seconds: the C library's `localtime_r`, which reads TZ, else /etc/localtime, as every
/// other program of the machine does (UTC where it cannot tell).
#[cfg(unix)]
fn utc_offset(at: i64) -> i64 {
    // 32 bits on some targets: a date past 2038 there is read as the C library reads it.
    let t = at as libc::time_t;
    // SAFETY: `localtime_r` writes only the `tm` it is given, which is plain data that may
    // start zeroed; it returns null (and the offset stays 0) when it fails.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        // `c_long`: 64 bits here, 32 on some targets, so the widening is kept.
        #[allow(clippy::useless_conversion)]
        i64::from(tm.tm_gmtoff)
    }
}

/// How far the reader's time zone is ahead of UTC at `at` (seconds since the epoch), in
/// seconds, from the system's time zone.
#[cfg(not(unix))]
fn utc_offset(at: i64) -> i64 {
    jiff::Timestamp::from_second(at).map_or(0, |t| {
        i64::from(jiff::tz::TimeZone::system().to_offset(t).seconds())
    })
}

/// The date, as YYYY-MM-DD, at `at` (seconds since the epoch) in a time zone `offset`
/// seconds ahead of UTC.
pub fn local_date(at: i64, offset: i64) -> String {
    civil_date((at + offset).div_euclid(86_400))
}

/// The fiscal year (年度, April to March) of a date YYYY-MM-DD: 2026-03-31 is in 2025年度,
/// 2026-04-01 in 2026年度.
pub fn fiscal_year(date: &str) -> u16 {
    let year: u16 = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2000);
    let month: u8 = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(4);
    if month >= 4 { year } else { year - 1 }
}

/// A fiscal year as employees write it: 令和7年度 (2019年度 is 令和元年度), 平成 and 昭和
/// before it. With `western`, the Western year beside it: 令和7年度（2025年度）.
pub fn fiscal_label(fy: u16, western: bool) -> String {
    let era = match fy {
        2019.. => Some(("令和", fy - 2018)),
        1989..=2018 => Some(("平成", fy - 1988)),
        1926..=1988 => Some(("昭和", fy - 1925)),
        _ => None,
    };
    match era {
        Some((name, 1)) if western => format!("{name}元年度（{fy}年度）"),
        Some((name, 1)) => format!("{name}元年度"),
        Some((name, n)) if western => format!("{name}{n}年度（{fy}年度）"),
        Some((name, n)) => format!("{name}{n}年度"),
        None => format!("{fy}年度"),
    }
}

/// Days since 1970-01-01 → YYYY-MM-DD (Howard Hinnant's civil-from-days).
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
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
    fn today_is_the_local_date() {
        const HOUR: i64 = 3_600;
        // 2026-12-01 23:30 UTC is already 2 December in Japan (8:30), still 1 December in UTC.
        let at = 1_796_167_800;
        assert_eq!(local_date(at, 9 * HOUR), "2026-12-02");
        assert_eq!(local_date(at, 0), "2026-12-01");
        assert_eq!(local_date(at, -12 * HOUR), "2026-12-01");
        // Just before midnight in Japan, and at midnight.
        let at = 1_774_969_199; // 2026-03-31T14:59:59Z
        assert_eq!(local_date(at, 9 * HOUR), "2026-03-31");
        assert_eq!(fiscal_year(&local_date(at, 9 * HOUR)), 2025);
        assert_eq!(local_date(at + 1, 9 * HOUR), "2026-04-01");
        assert_eq!(fiscal_year(&local_date(at + 1, 9 * HOUR)), 2026);
        // Before the epoch, west of UTC.
        assert_eq!(local_date(0, -HOUR), "1969-12-31");
    }

    #[test]
    fn fiscal_years_run_april_to_march_in_the_japanese_era() {
        assert_eq!(fiscal_year("2026-04-01"), 2026);
        assert_eq!(fiscal_year("2026-03-31"), 2025);
        assert_eq!(fiscal_year("2027-01-15"), 2026);
        assert_eq!(fiscal_label(2025, false), "令和7年度");
        assert_eq!(fiscal_label(2025, true), "令和7年度（2025年度）");
        assert_eq!(fiscal_label(2019, false), "令和元年度");
        assert_eq!(fiscal_label(2018, true), "平成30年度（2018年度）");
        assert_eq!(fiscal_label(1989, false), "平成元年度");
        assert_eq!(fiscal_label(1988, false), "昭和63年度");
        assert_eq!(fiscal_label(1900, false), "1900年度");
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
        // Today's own snapshot is not the baseline: the one before it is.
        assert!(r.baseline("2026-04-01").is_none());
        assert_eq!(
            r.baseline("2026-05-01").map(|s| s.date.as_str()),
            Some("2026-04-01")
        );
        r.snapshot("2026-05-01".into());
        let c = r.changes_since(r.baseline("2026-05-01"), std::slice::from_ref(&k));
        assert!(c.is_empty(), "the same level as on 2026-04-01");
    }
}
