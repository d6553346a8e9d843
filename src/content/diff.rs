//! The report of what changed between two editions of a map, for map authors.
//!
//! One bullet per difference, each readable on its own (a screen reader, `grep`):
//! 「追加：…」, 「削除：…」, 「変更：主任 — 役割名：「旧」→「新」」.

use super::Item;
use crate::model::{Delta, DiffEntry, DiffField, DiffKind, FieldChange, KindDiff, Lang, MapDiff};
use crate::words::{Msg, labels};

/// The report comparing the map `old_name` with the map `new_name`.
pub fn diff_items(d: &MapDiff, old_name: &str, new_name: &str) -> Vec<Item> {
    diff_items_in(d, old_name, new_name, Lang::Ja)
}

/// [`diff_items`] in `lang`.
pub fn diff_items_in(d: &MapDiff, old_name: &str, new_name: &str, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(
        Msg::DiffTitle {
            old: old_name.into(),
            new: new_name.into(),
        }
        .text(lang),
    )];
    if d.is_empty() {
        out.push(Item::Text(w.diff_none.into()));
        return out;
    }
    out.push(Item::Text(summary(d, lang)));

    if !d.meta.is_empty() {
        out.push(Item::Heading(w.diff_whole_map.into()));
        for c in &d.meta {
            meta_change(c, &mut out, lang);
        }
    }
    for (kind, k) in d.kinds() {
        if k.is_empty() {
            continue;
        }
        out.push(Item::Heading(kind_heading(kind, lang).into()));
        kind_items(kind, k, &mut out, lang);
    }
    out
}

/// 「追加 2件・削除 1件・変更 3件」: entities, plus the map-wide fields as changes.
fn summary(d: &MapDiff, lang: Lang) -> String {
    let (mut added, mut removed, mut changed) = (0, 0, d.meta.len());
    for (_, k) in d.kinds() {
        added += k.added.len();
        removed += k.removed.len();
        changed += k.changed.len();
    }
    Msg::DiffSummary {
        added,
        removed,
        changed,
    }
    .text(lang)
}

fn kind_heading(kind: DiffKind, lang: Lang) -> &'static str {
    let w = labels(lang);
    match kind {
        DiffKind::Step => w.diff_steps,
        DiffKind::SpecialistTier => w.specialist_track,
        DiffKind::Training => w.heading_training,
        DiffKind::Measure => w.crumb_measures,
        DiffKind::Initiative => w.initiatives,
        DiffKind::Block => w.diff_blocks,
        DiffKind::Glossary => w.tab_glossary,
    }
}

/// How an entity is named in a bullet.
fn entity_name(kind: DiffKind, key: &str, name: &str, lang: Lang) -> String {
    match kind {
        DiffKind::Initiative => Msg::DiffInitiative {
            key: key.into(),
            name: name.into(),
        }
        .text(lang),
        DiffKind::Glossary => quote(name, lang),
        _ => name.to_string(),
    }
}

fn lone(kind: DiffKind, e: &DiffEntry, lang: Lang) -> String {
    let name = entity_name(kind, &e.key, &e.name, lang);
    match &e.context {
        Some(c) => Msg::NameDetail {
            name,
            detail: c.to_string(),
        }
        .text(lang),
        None => name,
    }
}

fn kind_items(kind: DiffKind, k: &KindDiff, out: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    for e in &k.added {
        out.push(Item::Bullet(
            0,
            format!("{}{}", w.diff_added, lone(kind, e, lang)),
        ));
    }
    for e in &k.removed {
        out.push(Item::Bullet(
            0,
            format!("{}{}", w.diff_removed, lone(kind, e, lang)),
        ));
    }
    for c in &k.changed {
        let name = entity_name(kind, &c.key, &c.name, lang);
        let prefix = Msg::DiffEntity {
            prefix: w.diff_changed.into(),
            name,
        }
        .text(lang);
        for f in &c.fields {
            field_change(&prefix, f, out, lang);
        }
    }
}

/// Map-wide fields have no entity: 「変更：版：「旧」→「新」」, 「追加：注記：「…」」.
fn meta_change(c: &FieldChange, out: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    let label = field_label(c.field, lang);
    let prefixed = |prefix: &str, v: &str| {
        Msg::DiffPrefixed {
            prefix: prefix.into(),
            label: label.into(),
            value: quote(v, lang),
        }
        .text(lang)
    };
    match &c.delta {
        Delta::Added(v) => out.push(Item::Bullet(0, prefixed(w.diff_added, v))),
        Delta::Removed(v) => out.push(Item::Bullet(0, prefixed(w.diff_removed, v))),
        _ => field_change(w.diff_changed, c, out, lang),
    }
}

/// One field's difference after `prefix`.
fn field_change(prefix: &str, c: &FieldChange, out: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    let label = field_label(c.field, lang).to_string();
    let prefix = prefix.to_string();
    match &c.delta {
        Delta::Changed { old, new } => out.push(Item::Bullet(
            0,
            Msg::DiffFieldChanged {
                prefix,
                label,
                old: value(c.field, old.as_deref(), lang),
                new: value(c.field, new.as_deref(), lang),
            }
            .text(lang),
        )),
        Delta::Added(v) => out.push(Item::Bullet(
            0,
            Msg::DiffFieldAdded {
                prefix,
                label,
                value: quote(v, lang),
            }
            .text(lang),
        )),
        Delta::Removed(v) => out.push(Item::Bullet(
            0,
            Msg::DiffFieldRemoved {
                prefix,
                label,
                value: quote(v, lang),
            }
            .text(lang),
        )),
        Delta::Reordered { old, new } => {
            out.push(Item::Bullet(
                0,
                Msg::DiffReordered { prefix, label }.text(lang),
            ));
            let mut used = vec![false; old.len()];
            for (i, v) in new.iter().enumerate() {
                // Name each element's old place; doubled elements take their places in order.
                let was = old.iter().zip(used.iter()).position(|(o, u)| o == v && !*u);
                if let Some(w) = was {
                    used[w] = true;
                }
                let was = match was {
                    Some(x) if x == i => w.diff_unchanged.to_string(),
                    Some(x) => Msg::DiffWasAt { n: x + 1 }.text(lang),
                    None => String::new(),
                };
                out.push(Item::Bullet(
                    1,
                    format!("{}. {}{was}", i + 1, quote(v, lang)),
                ));
            }
        }
    }
}

fn quote(v: &str, lang: Lang) -> String {
    Msg::Quoted { text: v.into() }.text(lang)
}

/// A value, or what its absence means for the field.
fn value(field: DiffField, v: Option<&str>, lang: Lang) -> String {
    let w = labels(lang);
    match (v, field) {
        (Some(v), _) => quote(v, lang),
        (None, DiffField::Next) => w.diff_none_top.into(),
        (None, _) => w.diff_none_value.into(),
    }
}

fn field_label(field: DiffField, lang: Lang) -> &'static str {
    crate::words::diff_field(field, lang)
}
