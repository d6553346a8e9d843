//! Pages of the explore screens: the overview of page 1, a training, the glossary, and the
//! comparison of two places. Like the ladder's pages, they are items, not drawing.

use super::{INFERRED_MARK, Item, join, place_name, place_page, role_text};
use crate::model::{Applies, CareerMap, CatalogEntry, InitiativeLabel, MeasureRole, Place};

/// Which role of a step a measure speaks of (⑥ OJT, ⑦ appraisal).
type RoleOf = fn(&crate::model::Step) -> &crate::model::RoleEntry;

/// A topic of page 1 (the overview screen lists these).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// 目指すべき職員像 and the states that realise it.
    Vision,
    /// A measure ①–⑩ (index into `measures`).
    Measure(usize),
    /// A new or expanded initiative (index into `initiatives`).
    Initiative(usize),
    /// 基礎調査等 and the map's own notes.
    Basis,
}

/// The overview's topics in the document's order.
pub fn topics(map: &CareerMap) -> Vec<Topic> {
    let mut v = vec![Topic::Vision];
    v.extend((0..map.measures.len()).map(Topic::Measure));
    v.extend((0..map.initiatives.len()).map(Topic::Initiative));
    v.push(Topic::Basis);
    v
}

/// "NEW" or "拡充".
pub fn label_text(l: InitiativeLabel) -> &'static str {
    match l {
        InitiativeLabel::New => "NEW",
        InitiativeLabel::Expanded => "拡充",
    }
}

/// The line for a topic in the overview's list.
pub fn topic_label(map: &CareerMap, t: Topic) -> String {
    match t {
        Topic::Vision => "目指すべき職員像".into(),
        Topic::Measure(i) => {
            let m = &map.measures[i];
            format!("{}{}", m.symbol, m.name)
        }
        Topic::Initiative(i) => {
            let n = &map.initiatives[i];
            format!("取組{}（{}）{}", n.number, label_text(n.label), n.title)
        }
        Topic::Basis => "基礎調査等".into(),
    }
}

pub fn topic_page(map: &CareerMap, t: Topic) -> Vec<Item> {
    let mut out = Vec::new();
    match t {
        Topic::Vision => vision(map, &mut out),
        Topic::Measure(i) => measure(map, i, &mut out),
        Topic::Initiative(i) => initiative(map, i, &mut out),
        Topic::Basis => basis(map, &mut out),
    }
    out
}

fn vision(map: &CareerMap, out: &mut Vec<Item>) {
    let v = &map.vision;
    out.push(Item::Title(format!(
        "{}　{}",
        map.meta.organisation, map.meta.title
    )));
    out.push(Item::Heading("目標：目指すべき職員像".into()));
    out.push(Item::Text(v.goal.to_string()));
    out.push(Item::Heading(
        "手段：「目指すべき職員像」を実現する状態".into(),
    ));
    out.push(Item::Bullet(
        0,
        format!("職場の状態：{}", v.workplace_state),
    ));
    out.push(Item::Bullet(0, format!("職員の状態：{}", v.staff_state)));
    out.push(Item::Heading("施策（①～⑩）".into()));
    for m in &map.measures {
        out.push(Item::Bullet(
            0,
            format!("{}{}　方針：{}", m.symbol, m.name, m.policy),
        ));
    }
}

fn measure(map: &CareerMap, i: usize, out: &mut Vec<Item>) {
    let m = &map.measures[i];
    out.push(Item::Title(format!("{}{}", m.symbol, m.name)));
    if let Some(g) = &m.group {
        out.push(Item::Text(format!("区分：{g}")));
    }
    if let Some(n) = &m.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading("方針".into()));
    out.push(Item::Text(m.policy.to_string()));
    out.push(Item::Heading("目指す状態".into()));
    match &m.aim {
        Some(a) => out.push(Item::Text(a.to_string())),
        None => out.push(Item::Text(
            "原資料に記載なし（抽出の際に失われている）。".into(),
        )),
    }
    if !m.main_initiatives.is_empty() {
        out.push(Item::Heading("主な取組".into()));
        for x in &m.main_initiatives {
            out.push(Item::Bullet(0, x.to_string()));
        }
    }
    // The roles the map gives per step under ⑥ and ⑦.
    let roles: Option<(&str, RoleOf)> =
        match m.stands_for {
            Some(MeasureRole::Ojt) => Some(("職位ごとの OJT での役割", |s| &s.ojt)),
            Some(MeasureRole::Appraisal) => Some(("職位ごとの人事考課での役割", |s| &s.appraisal)),
            None => None,
        };
    if let Some((heading, role)) = roles {
        out.push(Item::Heading(heading.into()));
        for s in map.ladder() {
            let step = &map.steps[s];
            let r = role(step);
            let mark = if r.inferred.is_some() {
                INFERRED_MARK
            } else {
                ""
            };
            out.push(Item::Bullet(
                0,
                format!("{}：{}{mark}", step.name, role_text(r)),
            ));
        }
    }
    let trainings: Vec<CatalogEntry> = map
        .catalog()
        .into_iter()
        .filter(|e| e.measure == Some(i))
        .collect();
    out.push(Item::Heading(format!(
        "この施策の研修（{}件）",
        trainings.len()
    )));
    if trainings.is_empty() {
        out.push(Item::Text("この施策に属する研修は地図にない。".into()));
    }
    for e in &trainings {
        out.push(Item::Bullet(
            0,
            format!("{}（{}）", e.name, e.applies.describe(map)),
        ));
    }
}

fn initiative(map: &CareerMap, i: usize, out: &mut Vec<Item>) {
    let n = &map.initiatives[i];
    out.push(Item::Title(format!("取組{}　{}", n.number, n.title)));
    let mut kind = match n.label {
        InitiativeLabel::New => "NEW（新規）".to_string(),
        InitiativeLabel::Expanded => "拡充".to_string(),
    };
    if let Some(a) = &n.added {
        kind.push_str(&format!("・{a}"));
    }
    out.push(Item::Text(format!("区分：{kind}")));
    out.push(Item::Heading("内容".into()));
    out.push(Item::Text(n.description.to_string()));
    if let Some(note) = &n.note {
        out.push(Item::Text(note.to_string()));
    }
}

fn basis(map: &CareerMap, out: &mut Vec<Item>) {
    out.push(Item::Title("基礎調査等".into()));
    out.push(Item::Text(map.basis.text.to_string()));
    for s in &map.basis.sources {
        out.push(Item::Bullet(0, s.to_string()));
    }
    out.push(Item::Heading("この地図について".into()));
    out.push(Item::Text(format!(
        "{}「{}」{}（{}）",
        map.meta.organisation, map.meta.title, map.meta.map_title, map.meta.edition
    )));
    for n in &map.meta.notes {
        out.push(Item::Text(n.to_string()));
    }
    out.push(Item::Text(format!(
        "{INFERRED_MARK} の付いた箇所は、原資料の配置から推定したもの。"
    )));
}

/// Page 1 as one document, for `show --overview`.
pub fn overview(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Title(format!(
        "{}　{}（{}）",
        map.meta.organisation, map.meta.title, map.meta.edition
    ))];
    for t in topics(map) {
        let mut page = topic_page(map, t);
        if t == Topic::Vision {
            // The document's title says it already; the measures follow in full below.
            page[0] = Item::Title("目指すべき職員像".into());
            page.retain(|i| !matches!(i, Item::Bullet(_, b) if b.contains("方針：")));
            page.retain(|i| !matches!(i, Item::Heading(h) if h == "施策（①～⑩）"));
        }
        out.extend(page);
    }
    out
}

/// The page for one training of the catalog.
pub fn training_page(map: &CareerMap, e: &CatalogEntry) -> Vec<Item> {
    let mut out = vec![Item::Title(e.name.to_string())];
    if let Some(m) = e.measure.map(|m| &map.measures[m]) {
        out.push(Item::Text(format!(
            "施策：{}{}（方針：{}）",
            m.symbol, m.name, m.policy
        )));
    }
    let when = e.applies.describe(map);
    if e.category != when {
        out.push(Item::Text(format!("区分：{}", e.category)));
    }
    out.push(Item::Text(format!("時期：{when}")));
    if let Some(a) = e.audience {
        out.push(Item::Text(format!("対象：{a}")));
    }
    if let Some(o) = e.organiser {
        out.push(Item::Text(format!("主催：{o}")));
    }
    if let Some(c) = e.contents {
        out.push(Item::Text(format!("内容：{c}")));
    }
    if let Some(n) = e.note {
        out.push(Item::Text(n.to_string()));
    }
    if let Some(n) = e.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading("どこで受けるか".into()));
    out.push(Item::Text(match e.applies {
        Applies::Year { year, step } => format!(
            "入庁{year}年目に受ける研修（原資料では{}の行に記載）。",
            map.steps[step].name
        ),
        Applies::Promotion(s) => format!("{}へ昇任するときに受ける研修。", map.steps[s].name),
        Applies::AllGrades => "職位を問わず受けられる研修。".into(),
    }));
    out
}

/// The whole catalog, for `show --catalog`: grouped by measure.
pub fn catalog(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Title(format!(
        "{}　研修一覧（{}件）",
        map.meta.organisation,
        map.catalog().len()
    ))];
    let entries = map.catalog();
    for (mi, m) in map.measures.iter().enumerate() {
        let mine: Vec<&CatalogEntry> = entries.iter().filter(|e| e.measure == Some(mi)).collect();
        if mine.is_empty() {
            continue;
        }
        out.push(Item::Heading(format!(
            "{}{}（方針：{}）",
            m.symbol, m.name, m.policy
        )));
        for e in mine {
            let mut line = format!("{}［{}］", e.name, e.applies.describe(map));
            if let Some(a) = e.audience {
                line.push_str(&format!("（対象：{a}）"));
            }
            if let Some(o) = e.organiser {
                line.push_str(&format!("（主催：{o}）"));
            }
            if let Some(c) = e.contents {
                line.push_str(&format!(" — {c}"));
            }
            out.push(Item::Bullet(0, line));
            out.push(Item::Bullet(1, format!("区分：{}", e.category)));
            if let Some(n) = e.note {
                out.push(Item::Bullet(1, n.to_string()));
            }
            if let Some(n) = e.inferred {
                out.push(Item::Inferred(1, n.to_string()));
            }
        }
    }
    out
}

/// What the glossary says of itself, wherever it is shown.
pub const GLOSSARY_DISCLAIMER: &str = "この用語集の説明は career-nav による一般的な説明であり、原資料（人材育成基本方針）の記載ではありません。";

pub fn glossary_page(map: &CareerMap, i: usize) -> Vec<Item> {
    let g = &map.glossary[i];
    let mut out = vec![Item::Title(g.term.to_string())];
    if let Some(r) = &g.reading {
        out.push(Item::Text(format!("読み：{r}")));
    }
    out.push(Item::Heading("説明（プログラムによる）".into()));
    out.push(Item::Text(g.explanation.to_string()));
    out.push(Item::Text(String::new()));
    out.push(Item::Inferred(0, GLOSSARY_DISCLAIMER.into()));
    out
}

/// The whole glossary, for `show --glossary`.
pub fn glossary(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Title("用語集".into())];
    out.push(Item::Text(GLOSSARY_DISCLAIMER.into()));
    for g in &map.glossary {
        let head = match &g.reading {
            Some(r) => format!("{}（{r}）", g.term),
            None => g.term.to_string(),
        };
        out.push(Item::Heading(head));
        out.push(Item::Text(g.explanation.to_string()));
    }
    out
}

/// The line step a place sits at: itself, or a tier's lowest placed level.
fn level_of(map: &CareerMap, p: Place) -> Option<usize> {
    match p {
        Place::Step(i) => Some(i),
        Place::Tier(t) => map.tier_home(t),
    }
}

/// What differs between two places. When `b` is the step above `a`, this is what a
/// promotion changes.
pub fn compare(map: &CareerMap, a: Place, b: Place) -> Vec<Item> {
    let (na, nb) = (place_name(map, a), place_name(map, b));
    let promotion =
        matches!((a, b), (Place::Step(i), Place::Step(j)) if map.next_step(i) == Some(j));
    let mut out = vec![Item::Title(if promotion {
        format!("昇任で変わること：{na} → {nb}")
    } else {
        format!("比較：{na} と {nb}")
    })];
    if a == b {
        out.push(Item::Text(
            "同じ職位どうしの比較です。片方の職位を変えてください。".into(),
        ));
    }
    let role = |p: Place| match p {
        Place::Step(i) => &map.steps[i].role,
        Place::Tier(t) => &map.specialist_tiers[t].role,
    };
    let entries = |p: Place| match p {
        Place::Step(i) => (&map.steps[i].ojt, &map.steps[i].appraisal),
        Place::Tier(t) => (
            &map.specialist_tiers[t].ojt,
            &map.specialist_tiers[t].appraisal,
        ),
    };
    let expectations = |p: Place| match p {
        Place::Step(i) => &map.steps[i].expectations,
        Place::Tier(t) => &map.specialist_tiers[t].expectations,
    };

    out.push(Item::Heading("役割名".into()));
    if role(a) == role(b) {
        out.push(Item::Text(format!("変わらない：{}", role(a))));
    } else {
        out.push(Item::Bullet(0, format!("{na}：{}", role(a))));
        out.push(Item::Bullet(0, format!("{nb}：{}", role(b))));
    }
    let (oa, aa) = entries(a);
    let (ob, ab) = entries(b);
    for (label, x, y) in [("⑥OJTでの役割", oa, ob), ("⑦人事考課での役割", aa, ab)] {
        out.push(Item::Heading(label.into()));
        if x.name == y.name {
            out.push(Item::Text(format!("変わらない：{}", x.name)));
        } else {
            out.push(Item::Text(format!("{} → {}", x.name, y.name)));
        }
        let mut notes: Vec<String> = Vec::new();
        for r in [x, y] {
            if let Some(n) = &r.inferred {
                let line = format!("{}：{n}", r.name);
                if !notes.contains(&line) {
                    notes.push(line);
                }
            }
        }
        out.extend(notes.into_iter().map(|n| Item::Inferred(0, n)));
    }

    let added: Vec<_> = expectations(b)
        .iter()
        .filter(|e| !expectations(a).contains(e))
        .collect();
    out.push(Item::Heading(format!(
        "{nb}で求められる役割（{na}にないもの）"
    )));
    if added.is_empty() {
        out.push(Item::Text("なし（同じ役割）。".into()));
    }
    for e in added {
        out.push(Item::Bullet(0, e.to_string()));
    }

    if let Place::Step(j) = b {
        out.push(Item::Heading(format!("{nb}への昇任時の研修")));
        match map.promotion_into(j) {
            Some(p) => {
                if let Some(n) = &p.inferred {
                    out.push(Item::Inferred(0, n.to_string()));
                }
                for t in &p.trainings {
                    super::training(t, 0, &mut out);
                }
            }
            None => out.push(Item::Text("原資料に記載なし。".into())),
        }
    }

    // The specialist tiers at the levels of both places, with the source's 対象 notes.
    let mut beside = Vec::new();
    for p in [a, b] {
        let Some(level) = level_of(map, p) else {
            continue;
        };
        for (t, _) in map.tiers_beside(level) {
            for l in map.tier_levels_at(t, level) {
                let line = format!(
                    "{}級：{}　根拠：{}",
                    map.steps[level].name,
                    join(&l.titles, "・"),
                    l.basis
                );
                if !beside.contains(&line) {
                    beside.push(line);
                }
            }
        }
    }
    if !beside.is_empty() {
        out.push(Item::Heading("同じ水準のスタッフ職".into()));
        for l in beside {
            out.push(Item::Bullet(0, l));
        }
    }
    out
}

/// `show --compare A B`: the differences, then each place's page.
pub fn compare_document(map: &CareerMap, a: Place, b: Place) -> Vec<Item> {
    let mut out = compare(map, a, b);
    out.extend(place_page(map, a, None, false));
    out.extend(place_page(map, b, None, false));
    out
}
