//! Pages of the explore screens: the overview of page 1, a training, the glossary, and the
//! comparison of two places. Like the ladder's pages, they are items, not drawing.

use super::{
    EXPLAIN_MARK, INFERRED_MARK, Item, UNTIED, document_header, join, place_name, place_page,
    role_text, typo_notes,
};
use crate::model::{
    Applies, CareerMap, CatalogEntry, GlossaryIndex, InitiativeIndex, InitiativeLabel,
    MeasureIndex, MeasureRole, Place, StepIndex,
};

/// Which role of a step a measure speaks of (⑥ OJT, ⑦ appraisal).
type RoleOf = fn(&crate::model::Step) -> &crate::model::RoleEntry;

/// A topic of page 1 (the overview screen lists these).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// 目指すべき職員像 and the states that realise it.
    Vision,
    /// A measure ①–⑩.
    Measure(MeasureIndex),
    /// A new or expanded initiative.
    Initiative(InitiativeIndex),
    /// The map's basis (its own heading, e.g. 基礎調査等) and notes.
    Basis,
}

/// The overview's topics in the document's order.
pub fn topics(map: &CareerMap) -> Vec<Topic> {
    let mut v = vec![Topic::Vision];
    v.extend(map.indexed().map(|(i, _)| Topic::Measure(i)));
    v.extend(map.indexed().map(|(i, _)| Topic::Initiative(i)));
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
            let m = &map[i];
            format!("{}{}", m.symbol, m.name)
        }
        Topic::Initiative(i) => {
            let n = &map[i];
            format!("取組{}（{}）{}", n.number, label_text(n.label), n.title)
        }
        Topic::Basis => basis_heading(map),
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
    // The city's name and the document's title are not printed (see 基礎調査等).
    out.push(Item::Title("目指すべき職員像".into()));
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
        if let Some(n) = &m.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
    out.push(Item::Heading(INITIATIVES.into()));
    for n in &map.initiatives {
        out.push(Item::Bullet(
            0,
            format!("取組{}（{}）{}", n.number, label_text(n.label), n.title),
        ));
    }
}

/// The heading page 1 prints above the initiatives.
pub const INITIATIVES: &str = "新規・拡充する取組";

fn measure(map: &CareerMap, i: MeasureIndex, out: &mut Vec<Item>) {
    let m = &map[i];
    out.push(Item::Title(format!("{}{}", m.symbol, m.name)));
    if let Some(src) = &m.source {
        out.push(Item::Source(0, src.to_string()));
    }
    if let Some(g) = &m.group {
        out.push(Item::Text(format!("区分：{g}")));
    }
    if let Some(n) = &m.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading("方針".into()));
    out.push(Item::Text(m.policy.to_string()));
    // Without an aim, the map's own note on missing values (if it has one), else nothing.
    if let Some(aim) = m.aim.as_ref().or(map.meta.missing_note.as_ref()) {
        out.push(Item::Heading("目指す状態".into()));
        out.push(Item::Text(aim.to_string()));
    }
    if let Some(n) = &m.aim_note {
        out.push(Item::Inferred(0, n.to_string()));
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
            let step = &map[s];
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
    if trainings.is_empty() && m.related_trainings.is_empty() {
        out.push(Item::Text("この施策に属する研修は地図にない。".into()));
    }
    for e in &trainings {
        out.push(Item::Bullet(
            0,
            format!("{}（{}）", e.name, e.applies.describe(map)),
        ));
        if let Some(n) = e.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
    if !m.related_trainings.is_empty() {
        let all = map.catalog();
        out.push(Item::Heading("ほかの施策の欄にある関連の研修".into()));
        for id in &m.related_trainings {
            if let Some(e) = all.iter().find(|e| *e.id == **id) {
                let owner = e
                    .measure
                    .map(|i| format!("{}{}", map[i].symbol, map[i].name))
                    .unwrap_or_default();
                out.push(Item::Bullet(
                    0,
                    format!("{}（{owner}・{}）", e.name, e.applies.describe(map)),
                ));
            }
        }
        if let Some(n) = &m.related_note {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
}

fn initiative(map: &CareerMap, i: InitiativeIndex, out: &mut Vec<Item>) {
    let n = &map[i];
    out.push(Item::Title(format!("取組{}　{}", n.number, n.title)));
    if let Some(src) = &n.source {
        out.push(Item::Source(0, src.to_string()));
    }
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
    out.push(Item::Title(basis_heading(map)));
    out.push(Item::Text(map.basis.text.to_string()));
    for s in &map.basis.sources {
        out.push(Item::Bullet(0, s.to_string()));
    }
    out.push(Item::Heading("この地図について".into()));
    let mut head = document_header(map);
    if let Some(Item::Title(t)) = head.first_mut() {
        head[0] = Item::Text(std::mem::take(t));
    }
    out.extend(head);
    for n in &map.meta.notes {
        out.push(Item::Text(n.to_string()));
    }
}

/// The heading of the map's basis: the map's own (e.g. 基礎調査等), or a neutral one.
pub fn basis_heading(map: &CareerMap) -> String {
    map.meta
        .basis_heading
        .as_ref()
        .map_or_else(|| "この地図の根拠".to_string(), |h| h.to_string())
}

/// Page 1 as one document, for `show --overview`.
pub fn overview(map: &CareerMap) -> Vec<Item> {
    let mut out = document_header(map);
    let mut initiatives_headed = false;
    for t in topics(map) {
        let mut page = topic_page(map, t);
        if t == Topic::Vision {
            // The document's title says it already; the measures and initiatives follow in
            // full below.
            page[0] = Item::Title("目指すべき職員像".into());
            if let Some(cut) = page
                .iter()
                .position(|i| matches!(i, Item::Heading(h) if h == "施策（①～⑩）"))
            {
                page.truncate(cut);
            }
        }
        if matches!(t, Topic::Initiative(_)) && !initiatives_headed {
            out.push(Item::Title(INITIATIVES.into()));
            initiatives_headed = true;
        }
        out.extend(page);
    }
    out
}

/// The page for one training of the catalog.
pub fn training_page(map: &CareerMap, e: &CatalogEntry) -> Vec<Item> {
    let mut out = vec![Item::Title(e.name.to_string())];
    if let Some(m) = e.measure.map(|m| &map[m]) {
        out.push(Item::Text(format!(
            "施策：{}{}（方針：{}）",
            m.symbol, m.name, m.policy
        )));
    }
    let when = e.applies.describe(map);
    if e.category != when {
        out.push(Item::Text(format!("区分：{}", e.category)));
    }
    // 時期 is a time (a year, a promotion); who may attend is 対象, as printed.
    if !matches!(e.applies, Applies::AllGrades) {
        out.push(Item::Text(format!("時期：{when}")));
        if let Some(n) = e.inferred {
            out.push(Item::Inferred(0, n.to_string()));
        }
    }
    match e.audience {
        Some(a) => out.push(Item::Text(format!("対象：{a}"))),
        None if matches!(e.applies, Applies::AllGrades) => out.push(Item::Text(
            "対象：原資料に「対象」の記載なし（研修名が対象を示すものもある）".into(),
        )),
        None => {}
    }
    if let Some(o) = e.organiser {
        out.push(Item::Text(format!("主催：{o}")));
    }
    if let Some(c) = e.contents {
        out.push(Item::Text(format!("内容：{}", typo_notes(c, e.typos))));
    }
    if let Some(n) = e.note {
        out.push(Item::Text(n.to_string()));
    }
    if let Some(src) = e.source {
        out.push(Item::Source(0, src.to_string()));
    }
    if matches!(e.applies, Applies::AllGrades)
        && let Some(n) = e.inferred
    {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading("どこで受けるか".into()));
    out.push(Item::Text(match e.applies {
        Applies::Year { year, step } => format!(
            "入庁{year}年目に受ける研修（原資料では{}の行に記載）。",
            map[step].name
        ),
        Applies::Promotion(s) => {
            let row = map
                .ladder()
                .into_iter()
                .find(|&r| map.next_step(r) == Some(s))
                .map_or_else(String::new, |r| format!("{}の行の", map[r].name));
            format!(
                "{}へ昇任するときに受ける研修と読める（原資料では{row}欄にあり、二つの職位の境にまたがる）。",
                map[s].name
            )
        }
        Applies::AllGrades => format!(
            "{UNTIED}。原資料ではどの職位の行にも結び付けられていない。だれでも受けられるという意味ではなく、対象は研修ごとに異なる。"
        ),
    }));
    out
}

/// The whole catalog, for `show --catalog`: grouped by measure.
pub fn catalog(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Title(format!(
        "研修一覧（{}件）",
        map.catalog().len()
    ))];
    let entries = map.catalog();
    for (mi, m) in map.indexed() {
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
            out.push(Item::Bullet(0, typo_notes(&line, e.typos)));
            if let Some(n) = e.inferred {
                out.push(Item::Inferred(1, n.to_string()));
            }
            out.push(Item::Bullet(1, format!("区分：{}", e.category)));
            if let Some(n) = e.note {
                out.push(Item::Bullet(1, n.to_string()));
            }
            if let Some(src) = e.source {
                out.push(Item::Source(1, src.to_string()));
            }
        }
    }
    out
}

/// What the glossary says of itself, wherever it is shown.
pub const GLOSSARY_DISCLAIMER: &str = "この用語集の説明は career-nav による一般的な説明であり、原資料の記載ではありません。地図の作り手の組織での使い方と異なることがあります。";

pub fn glossary_page(map: &CareerMap, i: GlossaryIndex) -> Vec<Item> {
    let g = &map[i];
    let mut out = vec![Item::Title(g.term.to_string())];
    if let Some(r) = &g.reading {
        out.push(Item::Text(format!("読み：{r}")));
    }
    out.push(Item::Text(format!("{EXPLAIN_MARK}{GLOSSARY_DISCLAIMER}")));
    out.push(Item::Heading(format!(
        "{EXPLAIN_MARK}説明（プログラムによる）"
    )));
    out.push(Item::Text(g.explanation.to_string()));
    out
}

/// The whole glossary, for `show --glossary`.
pub fn glossary(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Title("用語集".into())];
    out.push(Item::Text(format!("{EXPLAIN_MARK}{GLOSSARY_DISCLAIMER}")));
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
fn level_of(map: &CareerMap, p: Place) -> Option<StepIndex> {
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
        Place::Step(i) => &map[i].role,
        Place::Tier(t) => &map[t].role,
    };
    let entries = |p: Place| match p {
        Place::Step(i) => (&map[i].ojt, &map[i].appraisal),
        Place::Tier(t) => (&map[t].ojt, &map[t].appraisal),
    };
    let expectations = |p: Place| match p {
        Place::Step(i) => &map[i].expectations,
        Place::Tier(t) => &map[t].expectations,
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
    let symbol = |role| {
        map.measure_for(role)
            .map(|m| m.symbol.to_string())
            .unwrap_or_default()
    };
    let roles = [
        (format!("{}OJTでの役割", symbol(MeasureRole::Ojt)), oa, ob),
        (
            format!("{}人事考課での役割", symbol(MeasureRole::Appraisal)),
            aa,
            ab,
        ),
    ];
    for (label, x, y) in roles {
        out.push(Item::Heading(label));
        let common: Vec<&str> = x
            .name
            .split('・')
            .filter(|p| y.name.split('・').any(|q| q == *p))
            .collect();
        let both_steps = matches!((a, b), (Place::Step(_), Place::Step(_)));
        if x.name == y.name {
            out.push(Item::Text(format!("変わらない：{}", x.name)));
        } else if !common.is_empty() || !both_steps {
            // Roles that share a part (主任's 「実務指導者 OJT 推進者」 and グループ長's OJT推進者),
            // or a specialist's role the source does not give, support no claim of change:
            // both are shown as they stand.
            // Each note stands under its own side.
            for (n, r) in [(&na, x), (&nb, y)] {
                out.push(Item::Bullet(0, format!("{n}：{}", r.name)));
                if let Some(note) = &r.inferred {
                    out.push(Item::Inferred(1, note.to_string()));
                }
            }
            if !common.is_empty() {
                out.push(Item::Text(format!(
                    "どちらにも「{}」がある。役割が入れ替わるとは原資料から言えない。",
                    common.join("・")
                )));
            }
            continue;
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

    match steps_on_the_way(map, a, b) {
        // Two steps apart: the steps between and every promotion training on the way up.
        Some((low, way)) if way.len() > 1 => {
            let between: Vec<&str> = way[..way.len() - 1]
                .iter()
                .map(|&s| &*map[s].name)
                .collect();
            out.push(Item::Heading("間の職位".into()));
            out.push(Item::Text(format!(
                "{}（下から順に。{}つの昇任）",
                between.join(" → "),
                way.len()
            )));
            let low = &map[low].name;
            let high = &map[way[way.len() - 1]].name;
            out.push(Item::Heading(format!("{low}から{high}までの昇任時の研修")));
            for &s in &way {
                out.push(Item::Subheading(format!("{}への昇任時", map[s].name)));
                promotion_trainings(map, s, &mut out);
            }
        }
        _ => {
            // No empty section: a map with nothing to say here says nothing.
            if let Place::Step(j) = b
                && (map.promotion_into(j).is_some() || map.meta.missing_note.is_some())
            {
                out.push(Item::Heading(format!("{nb}への昇任時の研修")));
                promotion_trainings(map, j, &mut out);
            }
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
                    map[level].name,
                    join(&l.titles, "・"),
                    l.basis
                );
                if !beside.iter().any(|(l, _)| *l == line) {
                    beside.push((line, l.inferred.as_ref()));
                }
            }
        }
    }
    if !beside.is_empty() {
        out.push(Item::Heading("同じ水準のスタッフ職".into()));
        for (l, note) in beside {
            out.push(Item::Bullet(0, l));
            if let Some(n) = note {
                out.push(Item::Inferred(1, n.to_string()));
            }
        }
    }
    out
}

/// The promotion trainings into step `s`, or the map's own note on missing values (nothing
/// when the map has none).
fn promotion_trainings(map: &CareerMap, s: StepIndex, out: &mut Vec<Item>) {
    match map.promotion_into(s) {
        Some(p) => {
            if let Some(n) = &p.inferred {
                out.push(Item::Inferred(0, n.to_string()));
            }
            for t in &p.trainings {
                super::training(t, 0, out);
            }
        }
        None => {
            if let Some(n) = &map.meta.missing_note {
                out.push(Item::Text(n.to_string()));
            }
        }
    }
}

/// When `a` and `b` are two line steps: the lower of them, and the steps one is promoted
/// into on the way from it to the higher (the higher included), bottom to top.
fn steps_on_the_way(map: &CareerMap, a: Place, b: Place) -> Option<(StepIndex, Vec<StepIndex>)> {
    let (Place::Step(i), Place::Step(j)) = (a, b) else {
        return None;
    };
    let ladder = map.ladder();
    let (pi, pj) = (
        ladder.iter().position(|&s| s == i)?,
        ladder.iter().position(|&s| s == j)?,
    );
    let (lo, hi) = (pi.min(pj), pi.max(pj));
    (lo < hi).then(|| (ladder[lo], ladder[lo + 1..=hi].to_vec()))
}

/// `show --compare A B`: the differences, then each place's page.
pub fn compare_document(map: &CareerMap, a: Place, b: Place) -> Vec<Item> {
    let mut out = compare(map, a, b);
    out.extend(place_page(map, a, None, false));
    out.extend(place_page(map, b, None, false));
    out
}
