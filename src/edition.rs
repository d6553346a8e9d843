//! New editions of a map: the record remembers the edition a reader last opened, and a
//! reader who opens a new edition of that map is told once what changed for their own step
//! and the next one, and where to read the rest.

use std::collections::HashSet;

use crate::content::{self, Item};
use crate::model::{self, CareerMap, DiffField, KindDiff, MapDiff, Place};
use crate::record::{Record, SeenEdition};

/// Which map this is (a new edition keeps its organisation and title).
fn map_key(map: &CareerMap) -> String {
    format!("{}／{}", map.meta.organisation, map.meta.title)
}

static SNAPSHOTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many snapshots of a map (the whole map in RON) this process has made: a start-up on
/// the edition seen last time makes none.
pub fn snapshots_made() -> usize {
    SNAPSHOTS.load(std::sync::atomic::Ordering::Relaxed)
}

/// The edition of `map` as the record keeps it.
pub fn seen(map: &CareerMap) -> SeenEdition {
    SNAPSHOTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    SeenEdition {
        map: map_key(map),
        edition: map.meta.edition.to_string(),
        date: map.meta.edition_date.as_ref().map(|d| d.to_string()),
        snapshot: ron::to_string(map).unwrap_or_default(),
    }
}

/// An edition's name with its date: 令和7年4月改訂（2025-04-01）.
fn label(edition: &str, date: Option<&str>) -> String {
    match date {
        Some(d) => format!("{edition}（{d}）"),
        None => edition.to_string(),
    }
}

/// What a reader standing at `place` (if known) should be told on opening `map`, and
/// whether the record must be saved: the record is updated to this edition either way.
/// `None` on a first use, with another map, or with the edition seen last time.
pub fn check(record: &mut Record, map: &CareerMap, place: Option<Place>) -> Option<Vec<Item>> {
    // The edition seen last time (the usual case): nothing to tell, nothing to rewrite, and
    // no snapshot of the map made (a whole map in RON, a large part of start-up).
    let (key, edition) = (map_key(map), map.meta.edition.to_string());
    let date = map.meta.edition_date.as_ref().map(|d| d.to_string());
    if record
        .seen_edition
        .as_ref()
        .is_some_and(|b| b.map == key && b.edition == edition && b.date == date)
    {
        return None;
    }
    let before = record.seen_edition.replace(seen(map))?;
    if before.map != key {
        return None;
    }
    let old: Option<CareerMap> = ron::from_str(&before.snapshot).ok();
    Some(notice(
        old.as_ref(),
        map,
        place,
        &label(&before.edition, before.date.as_deref()),
        &label(&edition, date.as_deref()),
    ))
}

/// The notice: the new edition, what changed for the reader's step and the next one, and
/// where to read the rest.
pub fn notice(
    old: Option<&CareerMap>,
    new: &CareerMap,
    place: Option<Place>,
    old_label: &str,
    new_label: &str,
) -> Vec<Item> {
    let mut out = vec![Item::Title(format!(
        "地図の版が変わりました：{old_label} → {new_label}"
    ))];
    let Some(old) = old else {
        out.push(Item::Text(
            "前の版の内容が記録に残っていないため、変わったところは示せません。".into(),
        ));
        out.push(Item::Text(rest_hint()));
        return out;
    };
    let d = model::diff(old, new);
    let (mine, label) = match place {
        Some(p) => mine(&d, old, new, p),
        None => (MapDiff::default(), String::new()),
    };
    let total = count(&d);
    let own = count(&mine);
    if place.is_none() {
        out.push(Item::Text(format!(
            "地図全体で {total} 件の変更があります。職位を選ぶと、その職位と次の職位の変更を示します。"
        )));
    } else if own == 0 {
        out.push(Item::Text(format!("{label}には変更がありません。")));
    } else {
        out.push(Item::Heading(format!("{label}の変更（{own}件）")));
        // The report's bullets, without its title and summary.
        out.extend(
            content::diff_items(&mine, old_label, new_label)
                .into_iter()
                .skip(2),
        );
    }
    if place.is_some() && total > own {
        out.push(Item::Text(format!(
            "ほかに地図全体で {} 件の変更があります。",
            total - own
        )));
    }
    out.push(Item::Text(rest_hint()));
    out
}

fn rest_hint() -> String {
    "新しい版の全体は「career-nav show --all」で読めます。二つの版の違いをすべて見るには、地図の担当者に\
     「career-nav diff 前の版 新しい版」の結果をたずねてください。"
        .into()
}

/// Entities added, removed or changed, plus the map-wide fields other than the edition's
/// own name and date (the notice's headline).
fn count(d: &MapDiff) -> usize {
    d.meta
        .iter()
        .filter(|f| !matches!(f.field, DiffField::Edition | DiffField::EditionDate))
        .count()
        + d.kinds()
            .iter()
            .map(|(_, k)| k.added.len() + k.removed.len() + k.changed.len())
            .sum::<usize>()
}

/// The part of `d` about the reader's place and the step above it: those entries and the
/// trainings taken there (on promotion into them, or in a year of service at them).
fn mine(d: &MapDiff, old: &CareerMap, new: &CareerMap, place: Place) -> (MapDiff, String) {
    let (ids, names): (Vec<String>, Vec<String>) = match place {
        Place::Step(i) => {
            let mut v = vec![(new.steps[i].id.to_string(), new.steps[i].name.to_string())];
            if let Some(n) = new.next_step(i) {
                v.push((new.steps[n].id.to_string(), new.steps[n].name.to_string()));
            }
            v.into_iter().unzip()
        }
        Place::Tier(t) => (
            vec![new.specialist_tiers[t].id.to_string()],
            vec![new.specialist_tiers[t].name.to_string()],
        ),
    };
    let keep: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut trainings: HashSet<String> = HashSet::new();
    for map in [old, new] {
        for e in map.catalog() {
            if let Some(s) = e.applies.step()
                && keep.contains(&*map.steps[s].id)
            {
                trainings.insert(e.id.to_string());
            }
        }
    }
    let filter = |k: &KindDiff, keys: &dyn Fn(&str) -> bool| KindDiff {
        added: k.added.iter().filter(|e| keys(&e.key)).cloned().collect(),
        removed: k.removed.iter().filter(|e| keys(&e.key)).cloned().collect(),
        changed: k.changed.iter().filter(|e| keys(&e.key)).cloned().collect(),
    };
    let mine = MapDiff {
        steps: filter(&d.steps, &|k| keep.contains(k)),
        specialist_tiers: filter(&d.specialist_tiers, &|k| keep.contains(k)),
        trainings: filter(&d.trainings, &|k| trainings.contains(k)),
        ..MapDiff::default()
    };
    (mine, names.join("と"))
}

/// The notice as plain lines (for plain mode and before the navigator starts).
pub fn text(items: &[Item]) -> String {
    crate::render_text::text(items)
}

/// The notice in one line, for the navigator's message bar.
pub fn summary(items: &[Item]) -> String {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Title(t) | Item::Heading(t) => Some(t.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("　")
}
