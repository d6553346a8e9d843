//! The report of what changed between two editions of a map, for map authors.
//!
//! One bullet per difference, each readable on its own (a screen reader, `grep`):
//! 「追加：…」, 「削除：…」, 「変更：主任 — 役割名：「旧」→「新」」.

use super::Item;
use crate::model::{Delta, DiffEntry, DiffField, DiffKind, FieldChange, KindDiff, MapDiff};

/// The report comparing the map `old_name` with the map `new_name`.
pub fn diff_items(d: &MapDiff, old_name: &str, new_name: &str) -> Vec<Item> {
    let mut out = vec![Item::Title(format!("地図の違い：{old_name} → {new_name}"))];
    if d.is_empty() {
        out.push(Item::Text("違いはありません。".into()));
        return out;
    }
    out.push(Item::Text(summary(d)));

    if !d.meta.is_empty() {
        out.push(Item::Heading("地図全体".into()));
        for c in &d.meta {
            meta_change(c, &mut out);
        }
    }
    for (kind, k) in d.kinds() {
        if k.is_empty() {
            continue;
        }
        out.push(Item::Heading(kind_heading(kind).into()));
        kind_items(kind, k, &mut out);
    }
    out
}

/// 「追加 2件・削除 1件・変更 3件」: entities, plus the map-wide fields as changes.
fn summary(d: &MapDiff) -> String {
    let (mut added, mut removed, mut changed) = (0, 0, d.meta.len());
    for (_, k) in d.kinds() {
        added += k.added.len();
        removed += k.removed.len();
        changed += k.changed.len();
    }
    format!("追加 {added}件・削除 {removed}件・変更 {changed}件")
}

fn kind_heading(kind: DiffKind) -> &'static str {
    match kind {
        DiffKind::Step => "職位",
        DiffKind::SpecialistTier => "スタッフ職",
        DiffKind::Training => "研修",
        DiffKind::Measure => "施策",
        DiffKind::Initiative => "新規・拡充する取組",
        DiffKind::Block => "職位に結び付けられていない研修ブロック",
        DiffKind::Glossary => "用語集",
    }
}

/// How an entity is named in a bullet.
fn entity_name(kind: DiffKind, key: &str, name: &str) -> String {
    match kind {
        DiffKind::Initiative => format!("取組{key}「{name}」"),
        DiffKind::Glossary => format!("「{name}」"),
        _ => name.to_string(),
    }
}

fn lone(kind: DiffKind, e: &DiffEntry) -> String {
    let name = entity_name(kind, &e.key, &e.name);
    match &e.context {
        Some(c) => format!("{name}（{c}）"),
        None => name,
    }
}

fn kind_items(kind: DiffKind, k: &KindDiff, out: &mut Vec<Item>) {
    for e in &k.added {
        out.push(Item::Bullet(0, format!("追加：{}", lone(kind, e))));
    }
    for e in &k.removed {
        out.push(Item::Bullet(0, format!("削除：{}", lone(kind, e))));
    }
    for c in &k.changed {
        let name = entity_name(kind, &c.key, &c.name);
        for f in &c.fields {
            field_change(&format!("変更：{name} — "), f, out);
        }
    }
}

/// Map-wide fields have no entity: 「変更：版：「旧」→「新」」, 「追加：注記：「…」」.
fn meta_change(c: &FieldChange, out: &mut Vec<Item>) {
    let label = field_label(c.field);
    match &c.delta {
        Delta::Added(v) => out.push(Item::Bullet(0, format!("追加：{label}：{}", quote(v)))),
        Delta::Removed(v) => out.push(Item::Bullet(0, format!("削除：{label}：{}", quote(v)))),
        _ => field_change("変更：", c, out),
    }
}

/// One field's difference after `prefix`.
fn field_change(prefix: &str, c: &FieldChange, out: &mut Vec<Item>) {
    let label = field_label(c.field);
    match &c.delta {
        Delta::Changed { old, new } => out.push(Item::Bullet(
            0,
            format!(
                "{prefix}{label}：{}→{}",
                value(c.field, old.as_deref()),
                value(c.field, new.as_deref())
            ),
        )),
        Delta::Added(v) => out.push(Item::Bullet(
            0,
            format!("{prefix}{label}を追加：{}", quote(v)),
        )),
        Delta::Removed(v) => out.push(Item::Bullet(
            0,
            format!("{prefix}{label}を削除：{}", quote(v)),
        )),
        Delta::Reordered { old, new } => {
            out.push(Item::Bullet(
                0,
                format!("{prefix}{label}の順序（新しい順）："),
            ));
            let mut used = vec![false; old.len()];
            for (i, v) in new.iter().enumerate() {
                // Name each element's old place; doubled elements take their places in order.
                let was = old.iter().zip(used.iter()).position(|(o, u)| o == v && !*u);
                if let Some(w) = was {
                    used[w] = true;
                }
                let was = match was {
                    Some(w) if w == i => "（変わらず）".to_string(),
                    Some(w) => format!("（旧{}番目）", w + 1),
                    None => String::new(),
                };
                out.push(Item::Bullet(1, format!("{}. {}{was}", i + 1, quote(v))));
            }
        }
    }
}

fn quote(v: &str) -> String {
    format!("「{v}」")
}

/// A value, or what its absence means for the field.
fn value(field: DiffField, v: Option<&str>) -> String {
    match (v, field) {
        (Some(v), _) => quote(v),
        (None, DiffField::Next) => "（なし：最上位）".into(),
        (None, _) => "（なし）".into(),
    }
}

fn field_label(field: DiffField) -> &'static str {
    use DiffField as F;
    match field {
        F::Title => "方針名",
        F::MapTitle => "地図の題名",
        F::Organisation => "団体",
        F::Edition => "版",
        F::EditionDate => "版の日付",
        F::BasisHeading => "根拠の見出し",
        F::MissingNote => "記載がない項目の注記",
        F::MapNote => "注記",
        F::Goal => "目指すべき職員像",
        F::WorkplaceState => "職場の状態",
        F::StaffState => "職員の状態",
        F::Basis => "地図の根拠",
        F::BasisSource => "地図の根拠の資料",
        F::YearTrainingName => "集中育成期間の名前",
        F::YearTrainingSubtitle => "集中育成期間の副題",
        F::Name => "名前",
        F::Inferred => "推定の注記",
        F::Note => "注記",
        F::JobTitle => "職名",
        F::Role => "役割名",
        F::Expectation => "役割の内容",
        F::Ojt => "OJTでの役割",
        F::OjtInferred => "OJTでの役割の推定の注記",
        F::Appraisal => "人事考課での役割",
        F::AppraisalInferred => "人事考課での役割の推定の注記",
        F::Next => "次の職位",
        F::Level => "ライン職との対応",
        F::Contents => "内容",
        F::Audience => "対象",
        F::Organiser => "主催",
        F::Applies => "位置づけ",
        F::Number => "番号",
        F::Symbol => "記号",
        F::Group => "区分",
        F::Policy => "方針",
        F::Aim => "目指す状態",
        F::MainInitiative => "主な取組",
        F::InitiativeTitle => "題名",
        F::Description => "説明",
        F::Label => "ラベル",
        F::AddedIn => "追加時期",
        F::Measure => "施策",
        F::Slogan => "標語",
        F::TrainingGroup => "グループ",
        F::Reading => "読み",
        F::Explanation => "説明",
    }
}
