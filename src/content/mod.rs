//! What the program says about a place on the map, as a list of items that know nothing of
//! how they are drawn. The TUI styles and wraps them; `show` prints them as text or Markdown.
//! One builder means the screen and the handout can never disagree.

mod diff;
mod explore;
mod record;
mod slides;

pub use diff::*;
pub use explore::*;
pub use record::*;
pub use slides::*;

use crate::model::{CareerMap, MeasureRole, Place, RoleEntry, Training};

/// One piece of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// The page's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A sub-heading inside a section.
    Subheading(String),
    /// A paragraph.
    Text(String),
    /// A list item at a depth (0 = top level).
    Bullet(u8, String),
    /// A list item that concerns the reader ("your year"), drawn so it stands out.
    Mine(u8, String),
    /// A note that a placement was inferred from the source's layout (shown with ※).
    Inferred(u8, String),
    /// A line that says where the reader stands.
    Here(String),
}

/// Where the reader stands: the place, the title they gave, their year of service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub place: Place,
    pub title: String,
    /// 入庁N年目, when known.
    pub year: Option<u8>,
}

impl Standing {
    /// "主任（入庁7年目）", or "主任" when the year is not known.
    pub fn describe(&self) -> String {
        match self.year {
            Some(y) => format!("{}（入庁{y}年目）", self.title),
            None => self.title.clone(),
        }
    }

    /// True when the reader is in the intensive development period of `map`.
    fn in_year_training(&self, map: &CareerMap) -> bool {
        self.year.is_some_and(|y| y <= max_year(map))
    }
}

/// The marker that prefixes inferred placements.
pub const INFERRED_MARK: &str = "※";

/// The name of a place as shown in lists: 主任, or スタッフ職（副主幹・…）.
pub fn place_name(map: &CareerMap, place: Place) -> String {
    match place {
        Place::Step(i) => map.steps[i].name.to_string(),
        Place::Tier(t) => format!("スタッフ職（{}）", map.specialist_tiers[t].name),
    }
}

/// The full page for a place: role, expectations, OJT and appraisal roles, training.
/// `blocks` adds the trainings open to every grade.
pub fn place_page(
    map: &CareerMap,
    place: Place,
    standing: Option<&Standing>,
    blocks: bool,
) -> Vec<Item> {
    let mut out = Vec::new();
    match place {
        Place::Step(i) => step_page(map, i, standing, &mut out),
        Place::Tier(t) => tier_page(map, t, standing, &mut out),
    }
    if blocks {
        out.extend(open_to_all_page(map));
    }
    out
}

/// The part of a place's page that is the same under every place: the trainings open to
/// every grade, under their heading.
pub fn open_to_all_page(map: &CareerMap) -> Vec<Item> {
    let mut out = vec![Item::Heading(
        "全職位共通の研修（職位を問わず受講できる）".into(),
    )];
    open_to_all(map, &mut out);
    out
}

fn here_line(map: &CareerMap, place: Place, standing: Option<&Standing>, out: &mut Vec<Item>) {
    let Some(s) = standing else { return };
    if s.place == place {
        out.push(Item::Here(format!("● 現在地：{}", s.describe())));
        return;
    }
    // A specialist standing at this line step's level.
    if let (Place::Tier(t), Place::Step(i)) = (s.place, place)
        && map.title_level(t, &s.title) == Some(i)
    {
        out.push(Item::Here(format!(
            "● 現在地：あなた（{}）は、{}と同じ水準のスタッフ職",
            s.describe(),
            map.steps[i].name
        )));
    }
}

fn step_page(map: &CareerMap, i: usize, standing: Option<&Standing>, out: &mut Vec<Item>) {
    let s = &map.steps[i];
    out.push(Item::Title(format!("{}　{}", s.name, s.role)));
    here_line(map, Place::Step(i), standing, out);
    if s.titles.len() > 1 || s.titles.first().is_some_and(|t| **t != *s.name) {
        out.push(Item::Text(format!("職位：{}", join(&s.titles, "・"))));
    }
    if let Some(n) = &s.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    expectations(&s.expectations, out);
    roles(map, &s.ojt, &s.appraisal, out);

    out.push(Item::Heading("研修".into()));
    let mut any = false;
    // This year's training first: it is what the reader can act on now.
    let mine = standing.filter(|st| st.place == Place::Step(i));
    if *map.year_training.step == *s.id || mine.is_some_and(|st| st.in_year_training(map)) {
        year_training(map, standing, out);
        any = true;
    }
    if let Some(p) = map.promotion_into(i) {
        let m = measure_label(map, &p.measure);
        out.push(Item::Subheading(format!("{m}：{}への昇任時", s.name)));
        if let Some(n) = &p.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
        for t in &p.trainings {
            training(t, 1, out);
        }
        any = true;
    }

    if !any {
        out.push(Item::Text(
            "この職位に固有の研修は原資料に記載がない（全職位共通の研修は下記）。".into(),
        ));
    }

    let beside = map.tiers_beside(i);
    if !beside.is_empty() {
        out.push(Item::Heading("同じ水準のスタッフ職".into()));
        for (t, tier) in beside {
            let titles: Vec<String> = map
                .tier_levels_at(t, i)
                .iter()
                .flat_map(|l| l.titles.iter().map(|x| x.to_string()))
                .collect();
            out.push(Item::Bullet(
                0,
                format!("{}（{}）", titles.join("・"), tier.role),
            ));
        }
    }

    out.push(Item::Heading("次の職位".into()));
    match map.next_step(i) {
        Some(n) => {
            let ns = &map.steps[n];
            out.push(Item::Text(format!("{}　{}", ns.name, ns.role)));
            if let Some(p) = map.promotion_into(n) {
                let names: Vec<&str> = p.trainings.iter().map(|t| t.name.as_str()).collect();
                out.push(Item::Bullet(
                    0,
                    format!("{}への昇任時の研修：{}", ns.name, names.join("、")),
                ));
            }
        }
        None => out.push(Item::Text("ライン職の最上位。".into())),
    }
}

fn tier_page(map: &CareerMap, t: usize, standing: Option<&Standing>, out: &mut Vec<Item>) {
    let tier = &map.specialist_tiers[t];
    out.push(Item::Title(format!(
        "スタッフ職（{}）　{}",
        tier.name, tier.role
    )));
    here_line(map, Place::Tier(t), standing, out);
    out.push(Item::Text(format!("職位：{}", join(&tier.titles, "・"))));
    if let Some(n) = &tier.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading("ライン職との対応".into()));
    let mut placed: Vec<&str> = Vec::new();
    for l in &tier.levels {
        let step = map
            .step(&l.step)
            .map_or(l.step.to_string(), |s| s.name.to_string());
        out.push(Item::Bullet(
            0,
            format!("{} → {}級　根拠：{}", join(&l.titles, "・"), step, l.basis),
        ));
        if let Some(n) = &l.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
        placed.extend(l.titles.iter().map(|x| x.as_str()));
    }
    let unplaced: Vec<&str> = tier
        .titles
        .iter()
        .map(|x| x.as_str())
        .filter(|x| !placed.contains(x))
        .collect();
    if !unplaced.is_empty() {
        out.push(Item::Bullet(
            0,
            format!("{}：対応する職位は原資料に記載なし", unplaced.join("・")),
        ));
    }

    expectations(&tier.expectations, out);
    roles(map, &tier.ojt, &tier.appraisal, out);

    out.push(Item::Heading("研修".into()));
    let mut any = false;
    for l in &tier.levels {
        let Some(si) = map.step_index(&l.step) else {
            continue;
        };
        if let Some(p) = map.promotion_into(si) {
            let m = measure_label(map, &p.measure);
            out.push(Item::Subheading(format!(
                "{m}：{}級への昇任時（{}）",
                map.steps[si].name,
                join(&l.titles, "・")
            )));
            if let Some(n) = &p.inferred {
                out.push(Item::Inferred(1, n.to_string()));
            }
            for tr in &p.trainings {
                training(tr, 1, out);
            }
            any = true;
        }
    }
    if let Some(st) = standing.filter(|st| st.place == Place::Tier(t) && st.in_year_training(map)) {
        year_training(map, Some(st), out);
        any = true;
    }
    if !any {
        out.push(Item::Text(
            "この職位に固有の研修は原資料に記載がない（全職位共通の研修は下記）。".into(),
        ));
    }

    out.push(Item::Heading("次の職位".into()));
    out.push(Item::Text(
        "スタッフ職からの昇任先は原資料に記載がない。上の「ライン職との対応」が、同じ水準のライン職を示す。"
            .into(),
    ));
}

fn expectations(list: &[crate::model::Text], out: &mut Vec<Item>) {
    out.push(Item::Heading("職位に応じた役割".into()));
    for e in list {
        out.push(Item::Bullet(0, e.to_string()));
    }
}

fn roles(map: &CareerMap, ojt: &RoleEntry, appraisal: &RoleEntry, out: &mut Vec<Item>) {
    let roles = [
        ("OJT", MeasureRole::Ojt, ojt),
        ("人事考課", MeasureRole::Appraisal, appraisal),
    ];
    for (label, role, r) in roles {
        let symbol = map
            .measure_for(role)
            .map(|m| m.symbol.to_string())
            .unwrap_or_default();
        out.push(Item::Heading(format!("{symbol}{label}での役割")));
        out.push(Item::Text(role_text(r)));
        if let Some(n) = &r.inferred {
            out.push(Item::Inferred(0, n.to_string()));
        }
    }
}

/// "グループ員（OJTを通じた成長）"
pub fn role_text(r: &RoleEntry) -> String {
    match &r.detail {
        Some(d) => format!("{}（{}）", r.name, d),
        None => r.name.to_string(),
    }
}

fn year_training(map: &CareerMap, standing: Option<&Standing>, out: &mut Vec<Item>) {
    let y = &map.year_training;
    let m = measure_label(map, &y.measure);
    out.push(Item::Subheading(format!(
        "{m}：{}（{}）",
        y.name, y.subtitle
    )));
    for e in &y.years {
        let text = format!("{}年目：{}", e.year, e.contents);
        if standing.is_some_and(|s| s.year == Some(e.year)) {
            out.push(Item::Mine(
                1,
                format!("{text}（あなた：入庁{}年目）", e.year),
            ));
        } else {
            out.push(Item::Bullet(1, text));
        }
    }
    if let Some(year) = standing.and_then(|s| s.year)
        && year > max_year(map)
    {
        out.push(Item::Text(format!(
            "あなたは入庁{year}年目：{}（1～{}年目）は過ぎています。",
            y.name,
            max_year(map)
        )));
    }
}

pub(crate) fn max_year(map: &CareerMap) -> u8 {
    map.year_training
        .years
        .iter()
        .map(|y| y.year)
        .max()
        .unwrap_or(0)
}

pub(crate) fn training(t: &Training, depth: u8, out: &mut Vec<Item>) {
    let mut s = t.name.to_string();
    if let Some(o) = &t.organiser {
        s.push_str(&format!("［{o}］"));
    }
    if let Some(a) = &t.audience {
        s.push_str(&format!("（対象：{a}）"));
    }
    if let Some(c) = &t.contents {
        s.push_str(&format!(" — {c}"));
    }
    out.push(Item::Bullet(depth, s));
    if let Some(n) = &t.note {
        out.push(Item::Text(format!("    {n}")));
    }
    if let Some(n) = &t.inferred {
        out.push(Item::Inferred(depth + 1, n.to_string()));
    }
}

/// "①階層別研修"
fn measure_label(map: &CareerMap, id: &str) -> String {
    map.measure(id)
        .map(|m| format!("{}{}", m.symbol, m.name))
        .unwrap_or_else(|| id.to_string())
}

/// The blocks open to all grades, grouped by measure with its 方針.
pub fn open_to_all(map: &CareerMap, out: &mut Vec<Item>) {
    for (m, b) in map.blocks_in_measure_order() {
        out.push(Item::Subheading(format!("{}{}", m.symbol, b.name)));
        out.push(Item::Text(format!("方針：{}", m.policy)));
        if let Some(n) = &b.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
        for g in &b.groups {
            match &g.name {
                Some(name) => {
                    out.push(Item::Bullet(0, name.to_string()));
                    for t in &g.items {
                        training(t, 1, out);
                    }
                }
                None => {
                    for t in &g.items {
                        training(t, 0, out);
                    }
                }
            }
        }
    }
}

/// The walk from `from` to the top of the ladder, for `show`: a header, each place's page,
/// then the blocks open to all once at the end.
pub fn walk(map: &CareerMap, standing: &Standing) -> Vec<Item> {
    let mut out = vec![Item::Title(format!(
        "{}　{}（{}・{}）",
        map.meta.organisation, map.meta.map_title, map.meta.title, map.meta.edition
    ))];
    let ladder = map.ladder();
    let start_step = match standing.place {
        Place::Step(i) => Some(i),
        Place::Tier(t) => {
            // A specialist walks their tier, then the line from the level above theirs.
            out.extend(place_page(map, standing.place, Some(standing), false));
            match map.title_level(t, &standing.title) {
                Some(level) => map.next_step(level),
                None => {
                    out.push(Item::Text(format!(
                        "{}がどのライン職の水準にあたるかは原資料に記載がないため、ここから上の職位の歩みは示さない。",
                        standing.title
                    )));
                    None
                }
            }
        }
    };
    if let Some(start) = start_step {
        let from = ladder.iter().position(|&s| s == start).unwrap_or(0);
        for &i in &ladder[from..] {
            out.extend(place_page(map, Place::Step(i), Some(standing), false));
        }
    }
    out.push(Item::Title(
        "全職位共通の研修（職位を問わず受講できる）".into(),
    ));
    open_to_all(map, &mut out);
    for n in &map.meta.notes {
        out.push(Item::Text(format!(
            "{n}（原資料の注記。P.1 は `show --overview` で表示できる）"
        )));
    }
    out.push(Item::Text(format!(
        "{INFERRED_MARK} の付いた箇所は、原資料の配置から推定したもの。"
    )));
    out
}

pub(crate) fn join(list: &[crate::model::Text], sep: &str) -> String {
    list.iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(sep)
}
