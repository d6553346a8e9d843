//! New editions of a map: the record remembers the edition a reader last opened, and a
//! reader who opens a new edition of that map is told once what changed for their own step
//! and the next one, and where to read the rest.

use std::collections::HashSet;

use crate::content::{self, Item};
use crate::model::{self, CareerMap, DiffField, KindDiff, Lang, MapDiff, Place};
use crate::record::{Record, SeenEdition};
use crate::words::{Msg, labels};

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
fn label(edition: &str, date: Option<&str>, lang: Lang) -> String {
    match date {
        Some(d) => Msg::EditionLabel {
            edition: edition.into(),
            date: d.into(),
        }
        .text(lang),
        None => edition.to_string(),
    }
}

/// What a reader standing at `place` (if known) should be told on opening `map`, and
/// whether the record must be saved: the record is updated to this edition either way.
/// `None` on a first use, with another map, or with the edition seen last time.
pub fn check(record: &mut Record, map: &CareerMap, place: Option<Place>) -> Option<Vec<Item>> {
    check_in(record, map, place, Lang::Ja, || None)
}

/// [`check`], the notice in `lang` (the list of differences itself stays Japanese). The map
/// as last seen is the record's snapshot, or where the record keeps none (the store keeps it
/// beside the record: [`crate::store::EDITION_FILE`]) what `kept_snapshot` reads, asked
/// only when the edition changed.
pub fn check_in(
    record: &mut Record,
    map: &CareerMap,
    place: Option<Place>,
    lang: Lang,
    kept_snapshot: impl FnOnce() -> Option<String>,
) -> Option<Vec<Item>> {
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
    let snapshot = if before.snapshot.is_empty() {
        kept_snapshot()
    } else {
        Some(before.snapshot)
    };
    let old: Option<CareerMap> = snapshot.and_then(|s| ron::from_str(&s).ok());
    Some(notice_in(
        old.as_ref(),
        map,
        place,
        &label(&before.edition, before.date.as_deref(), lang),
        &label(&edition, date.as_deref(), lang),
        lang,
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
    notice_in(old, new, place, old_label, new_label, Lang::Ja)
}

/// [`notice`] in `lang`.
pub fn notice_in(
    old: Option<&CareerMap>,
    new: &CareerMap,
    place: Option<Place>,
    old_label: &str,
    new_label: &str,
    lang: Lang,
) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(
        Msg::EditionChanged {
            old: old_label.into(),
            new: new_label.into(),
        }
        .text(lang),
    )];
    let Some(old) = old else {
        out.push(Item::Text(w.edition_no_old.into()));
        out.push(Item::Text(w.edition_rest.into()));
        return out;
    };
    let d = model::diff(old, new);
    let (mine, label) = match place {
        Some(p) => mine(&d, old, new, p, lang),
        None => (MapDiff::default(), String::new()),
    };
    let total = count(&d);
    let own = count(&mine);
    if place.is_none() {
        out.push(Item::Text(Msg::EditionTotal { total }.text(lang)));
    } else if own == 0 {
        out.push(Item::Text(Msg::EditionNoneFor { label }.text(lang)));
    } else {
        out.push(Item::Heading(
            Msg::EditionChangesFor { label, own }.text(lang),
        ));
        // The report's bullets, without its title and summary.
        out.extend(
            content::diff_items_in(&mine, old_label, new_label, lang)
                .into_iter()
                .skip(2),
        );
    }
    if place.is_some() && total > own {
        out.push(Item::Text(Msg::EditionOthers { n: total - own }.text(lang)));
    }
    out.push(Item::Text(w.edition_rest.into()));
    out
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
fn mine(
    d: &MapDiff,
    old: &CareerMap,
    new: &CareerMap,
    place: Place,
    lang: Lang,
) -> (MapDiff, String) {
    let (ids, names): (Vec<String>, Vec<String>) = match place {
        Place::Step(i) => {
            let mut v = vec![(new[i].id.to_string(), new[i].name.to_string())];
            if let Some(n) = new.next_step(i) {
                v.push((new[n].id.to_string(), new[n].name.to_string()));
            }
            v.into_iter().unzip()
        }
        Place::Tier(t) => (vec![new[t].id.to_string()], vec![new[t].name.to_string()]),
    };
    let keep: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut trainings: HashSet<String> = HashSet::new();
    for map in [old, new] {
        for e in map.catalog() {
            if let Some(s) = e.applies.step()
                && keep.contains(&*map[s].id)
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
    let names = match names.as_slice() {
        [a, b] => Msg::StepsAnd {
            a: a.clone(),
            b: b.clone(),
        }
        .text(lang),
        _ => names.concat(),
    };
    (mine, names)
}

/// The notice as plain lines (for plain mode and before the navigator starts).
pub fn text(items: &[Item]) -> String {
    crate::render_text::text(items)
}

/// [`text`] with the marks of `lang`.
pub fn text_in(items: &[Item], lang: Lang) -> String {
    crate::render_text::text_in(items, lang)
}

/// The notice in one line, for the navigator's message bar.
pub fn summary(items: &[Item]) -> String {
    summary_in(items, Lang::Ja)
}

/// [`summary`], joined as `lang` writes.
pub fn summary_in(items: &[Item], lang: Lang) -> String {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Title(t) | Item::Heading(t) => Some(t.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(labels(lang).row_gap)
}
