//! What the program says about a place on the map, as a list of items that know nothing of
//! how they are drawn. The TUI styles and wraps them; `show` prints them as text or Markdown.
//! One builder means the screen and the handout can never disagree.

mod diff;
mod explore;
mod handout;
mod record;
mod slides;

pub use diff::*;
pub use explore::*;
pub use handout::*;
pub use record::*;
pub use slides::*;

use crate::model::{
    CareerMap, Lang, MeasureRole, Place, RoleEntry, StepIndex, TierIndex, Training, Typo,
};
use crate::words::{Msg, labels};

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
    /// A note that a placement or wording is a reading of the source, not printed fact. In
    /// full (`show --source`, the 原文 overlay, the handout's appendix) it is shown with ＊;
    /// quietly ([`quiet`]) it becomes a ＊ at the end of the line it qualifies.
    Inferred(u8, String),
    /// The text as printed in the source (原文) of the item above. Shown in full only.
    Source(u8, String),
    /// A line that says where the reader stands.
    Here(String),
}

impl Item {
    /// The item's text, whatever kind of item it is.
    pub fn text(&self) -> &str {
        match self {
            Item::Title(t)
            | Item::Heading(t)
            | Item::Subheading(t)
            | Item::Text(t)
            | Item::Here(t)
            | Item::Bullet(_, t)
            | Item::Mine(_, t)
            | Item::Inferred(_, t)
            | Item::Source(_, t) => t,
        }
    }

    /// The item's text, to change.
    pub fn text_mut(&mut self) -> &mut String {
        match self {
            Item::Title(t)
            | Item::Heading(t)
            | Item::Subheading(t)
            | Item::Text(t)
            | Item::Here(t)
            | Item::Bullet(_, t)
            | Item::Mine(_, t)
            | Item::Inferred(_, t)
            | Item::Source(_, t) => t,
        }
    }
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
        self.describe_in(Lang::Ja)
    }

    /// [`Standing::describe`] in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self.year {
            Some(year) => Msg::StandingWithYear {
                title: self.title.clone(),
                year,
            }
            .text(lang),
            None => self.title.clone(),
        }
    }

    /// True when the reader is in the intensive development period of `map`.
    fn in_year_training(&self, map: &CareerMap) -> bool {
        self.year.is_some_and(|y| y <= max_year(map))
    }
}

/// How many entries of one list a page on screen shows (the source's longest list, the
/// trainings open to all grades, has 29); the rest are named by a line that says where
/// they are all listed. Documents (`show`, handouts) list everything.
pub const SCREEN_LIST: usize = 100;

/// One mark, one meaning. A page's legend ([`legend`]) names the marks it uses and stands
/// before their first use.
///
/// A reading of the source (an inferred placement or wording), not printed fact.
pub const INFERRED_MARK: &str = "＊";
/// A note printed in the source (※…), and 「※原文：…」 beside a corrected typo.
pub const NOTE_MARK: &str = "※";
/// Where the reader stands (現在地).
pub const HERE_MARK: &str = "★";
/// The reader's own year of service in 集中育成期間.
pub const YEAR_MARK: &str = "◎";
/// The label of the program's own explanations (the glossary): not the source's text.
pub const EXPLAIN_MARK: &str = "〔解説〕";

/// The heading of the blocks page 2 does not tie to a grade. Not "open to all": many name
/// their own audience.
pub const UNTIED: &str = "職位に結び付けられていない研修（対象は研修ごと）";

/// The start of a legend line.
pub const LEGEND_PREFIX: &str = "記号：";

/// The prefix of a 原文 line.
pub const SOURCE_LABEL: &str = "原文：";

/// 「（※原文：データテラシー）」 for each typo whose corrected spelling `text` contains.
pub fn typo_notes(text: &str, typos: &[Typo]) -> String {
    typo_notes_in(text, typos, Lang::Ja)
}

/// [`typo_notes`] in `lang`.
pub fn typo_notes_in(text: &str, typos: &[Typo], lang: Lang) -> String {
    let mut out = text.to_string();
    for t in typos {
        if text.contains(t.corrected.as_str()) {
            out.push_str(
                &Msg::TypoNote {
                    mark: NOTE_MARK.into(),
                    printed: t.printed.to_string(),
                }
                .text(lang),
            );
        }
    }
    out
}

/// The marks a list of items uses, in legend order, with what each means. `how` says how to
/// see the full notes of ＊ (e.g. the key), or is empty.
pub fn legend(items: &[Item], how: &str) -> Option<String> {
    legend_in(items, how, Lang::Ja)
}

/// [`legend`] in `lang`.
pub fn legend_in(items: &[Item], how: &str, lang: Lang) -> Option<String> {
    let w = labels(lang);
    let text_of = |i: &Item| -> String {
        match i {
            // The faces draw these marks before the text.
            Item::Mine(_, t) => format!("{YEAR_MARK}{t}"),
            Item::Inferred(_, t) => format!("{INFERRED_MARK}{t}"),
            other => other.text().to_string(),
        }
    };
    let all: String = items.iter().map(text_of).collect();
    let parts: Vec<String> = [
        (
            INFERRED_MARK,
            Msg::LegendInferred { how: how.into() }.text(lang),
        ),
        (NOTE_MARK, w.legend_note.to_string()),
        (HERE_MARK, w.legend_you.to_string()),
        (YEAR_MARK, w.legend_year.to_string()),
        (w.explain_mark, w.legend_explain.to_string()),
    ]
    .into_iter()
    .filter(|(m, _)| all.contains(m))
    .map(|(m, what)| format!("{m} {what}"))
    .collect();
    (!parts.is_empty()).then(|| format!("{}{}", w.legend_prefix, parts.join(w.legend_gap)))
}

/// Put the legend right after the first title (before any mark), if the items use a mark.
fn insert_legend(mut items: Vec<Item>, how: &str, lang: Lang) -> Vec<Item> {
    let prefix = labels(lang).legend_prefix;
    let has_one = items
        .iter()
        .any(|i| matches!(i, Item::Text(t) if t.starts_with(prefix)));
    if has_one {
        return items;
    }
    if let Some(l) = legend_in(&items, how, lang) {
        let at = usize::from(matches!(items.first(), Some(Item::Title(_))));
        items.insert(at, Item::Text(l));
    }
    items
}

/// Quiet by default: each inference note becomes a compact ＊ at the end of the line it
/// qualifies, 原文 lines are left out, and a legend stands before the first mark. `how` says
/// how to see the full notes.
pub fn quiet(items: &[Item], how: &str) -> Vec<Item> {
    quiet_in(items, how, Lang::Ja)
}

/// [`quiet`], with the legend in `lang`.
pub fn quiet_in(items: &[Item], how: &str, lang: Lang) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Item::Source(..) => {}
            Item::Inferred(..) => {
                if let Some(last) = out.last_mut() {
                    mark(last);
                }
            }
            other => out.push(other.clone()),
        }
    }
    insert_legend(out, how, lang)
}

/// Complete: every note and every 原文 line, with the legend first.
pub fn full(items: &[Item]) -> Vec<Item> {
    full_in(items, Lang::Ja)
}

/// [`full`], with the legend in `lang`.
pub fn full_in(items: &[Item], lang: Lang) -> Vec<Item> {
    insert_legend(items.to_vec(), "", lang)
}

/// Append the compact ＊ to an item's line, once.
fn mark(item: &mut Item) {
    let t = item.text_mut();
    if !t.ends_with(INFERRED_MARK) {
        t.push_str(INFERRED_MARK);
    }
}

/// The name of a place as shown in lists: 主任, or スタッフ職（副主幹・…）.
pub fn place_name(map: &CareerMap, place: Place) -> String {
    place_name_in(map, place, Lang::Ja)
}

/// [`place_name`] in `lang`.
pub fn place_name_in(map: &CareerMap, place: Place, lang: Lang) -> String {
    match place {
        Place::Step(i) => map[i].name.to_string(),
        Place::Tier(t) => Msg::SpecialistPlace {
            name: map[t].name.to_string(),
        }
        .text(lang),
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
    place_page_in(map, place, standing, blocks, Lang::Ja)
}

/// [`place_page`] in `lang`.
pub fn place_page_in(
    map: &CareerMap,
    place: Place,
    standing: Option<&Standing>,
    blocks: bool,
    lang: Lang,
) -> Vec<Item> {
    let mut out = Vec::new();
    match place {
        Place::Step(i) => step_page(map, i, standing, &mut out, lang),
        Place::Tier(t) => tier_page(map, t, standing, &mut out, lang),
    }
    if blocks {
        out.extend(open_to_all_page_in(map, lang));
    }
    out
}

/// The part of a place's page that is the same under every place: the trainings open to
/// every grade, under their heading.
pub fn open_to_all_page(map: &CareerMap) -> Vec<Item> {
    open_to_all_page_in(map, Lang::Ja)
}

/// [`open_to_all_page`] in `lang`.
pub fn open_to_all_page_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    let mut out = vec![Item::Heading(labels(lang).untied.into())];
    open_to_all_in(map, &mut out, lang);
    out
}

/// [`open_to_all_page_in`] as a screen shows it: the first [`SCREEN_LIST`] trainings,
/// then how many more the training list holds.
pub fn open_to_all_screen_page_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    let mut out = vec![Item::Heading(labels(lang).untied.into())];
    open_to_all_limited(map, &mut out, lang, SCREEN_LIST);
    out
}

fn here_line(
    map: &CareerMap,
    place: Place,
    standing: Option<&Standing>,
    out: &mut Vec<Item>,
    lang: Lang,
) {
    let Some(s) = standing else { return };
    if s.place == place {
        out.push(Item::Here(format!(
            "{HERE_MARK} {}",
            Msg::HereIs {
                standing: s.describe_in(lang)
            }
            .text(lang)
        )));
        return;
    }
    // A specialist standing at this line step's level.
    if let (Place::Tier(t), Place::Step(i)) = (s.place, place)
        && map.title_level(t, &s.title) == Some(i)
    {
        out.push(Item::Here(format!(
            "{HERE_MARK} {}",
            Msg::HereBeside {
                standing: s.describe_in(lang),
                step: map[i].name.to_string(),
            }
            .text(lang)
        )));
        if let Some(n) = map[t]
            .levels
            .iter()
            .find(|l| l.titles.iter().any(|x| **x == *s.title))
            .and_then(|l| l.inferred.as_ref())
        {
            out.push(Item::Inferred(0, n.to_string()));
        }
    }
}

fn step_page(
    map: &CareerMap,
    i: StepIndex,
    standing: Option<&Standing>,
    out: &mut Vec<Item>,
    lang: Lang,
) {
    let w = labels(lang);
    let s = &map[i];
    out.push(Item::Title(
        Msg::NameRole {
            name: s.name.to_string(),
            role: s.role.to_string(),
        }
        .text(lang),
    ));
    if let Some(src) = &s.source {
        out.push(Item::Source(0, src.to_string()));
    }
    here_line(map, Place::Step(i), standing, out, lang);
    if s.titles.len() > 1 || s.titles.first().is_some_and(|t| **t != *s.name) {
        out.push(Item::Text(
            Msg::Titles {
                titles: join(&s.titles, w.sep_titles),
            }
            .text(lang),
        ));
    }
    if let Some(n) = &s.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    expectations(&s.expectations, &s.typos, out, lang);
    roles(map, &s.ojt, &s.appraisal, out, lang);

    out.push(Item::Heading(w.heading_training.into()));
    let mut any = false;
    // This year's training first: it is what the reader can act on now.
    let mine = standing.filter(|st| st.place == Place::Step(i));
    let printed_here = *map.year_training.step == *s.id;
    if printed_here || mine.is_some_and(|st| st.in_year_training(map)) {
        year_training(map, standing, !printed_here, out, lang);
        any = true;
    }
    if let Some(p) = map.promotion_into(i) {
        let m = measure_label(map, &p.measure);
        out.push(Item::Subheading(
            Msg::PromotionInto {
                measure: m,
                step: s.name.to_string(),
            }
            .text(lang),
        ));
        if let Some(n) = &p.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
        for t in &p.trainings {
            training_in(t, 1, out, lang);
        }
        any = true;
    }

    if !any {
        out.push(Item::Text(
            Msg::NoPromotionTraining {
                untied: w.untied.into(),
            }
            .text(lang),
        ));
    }

    let beside = map.tiers_beside(i);
    if !beside.is_empty() {
        out.push(Item::Heading(w.heading_same_level.into()));
        for (t, tier) in beside {
            let titles: Vec<String> = map
                .tier_levels_at(t, i)
                .iter()
                .flat_map(|l| l.titles.iter().map(|x| x.to_string()))
                .collect();
            out.push(Item::Bullet(
                0,
                Msg::TitlesWithRole {
                    titles: titles.join(w.sep_titles),
                    role: tier.role.to_string(),
                }
                .text(lang),
            ));
            for l in map.tier_levels_at(t, i) {
                if let Some(n) = &l.inferred {
                    out.push(Item::Inferred(1, n.to_string()));
                }
            }
        }
    }

    out.push(Item::Heading(w.heading_next.into()));
    match map.next_step(i) {
        Some(n) => {
            let ns = &map[n];
            out.push(Item::Text(
                Msg::NameRole {
                    name: ns.name.to_string(),
                    role: ns.role.to_string(),
                }
                .text(lang),
            ));
            if let Some(p) = map.promotion_into(n) {
                let names: Vec<&str> = p.trainings.iter().map(|t| t.name.as_str()).collect();
                out.push(Item::Bullet(
                    0,
                    Msg::NextPromotion {
                        step: ns.name.to_string(),
                        names: names.join(w.sep_names),
                    }
                    .text(lang),
                ));
                if let Some(n) = &p.inferred {
                    out.push(Item::Inferred(1, n.to_string()));
                }
            }
        }
        None => out.push(Item::Text(w.top_of_line.into())),
    }
}

fn tier_page(
    map: &CareerMap,
    t: TierIndex,
    standing: Option<&Standing>,
    out: &mut Vec<Item>,
    lang: Lang,
) {
    let w = labels(lang);
    let tier = &map[t];
    out.push(Item::Title(
        Msg::TierTitle {
            name: tier.name.to_string(),
            role: tier.role.to_string(),
        }
        .text(lang),
    ));
    if let Some(src) = &tier.source {
        out.push(Item::Source(0, src.to_string()));
    }
    here_line(map, Place::Tier(t), standing, out, lang);
    out.push(Item::Text(
        Msg::Titles {
            titles: join(&tier.titles, w.sep_titles),
        }
        .text(lang),
    ));
    if let Some(n) = &tier.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading(w.heading_line_match.into()));
    let mut placed: Vec<&str> = Vec::new();
    for l in &tier.levels {
        let step = map
            .step(&l.step)
            .map_or(l.step.to_string(), |s| s.name.to_string());
        out.push(Item::Bullet(
            0,
            Msg::TierLevel {
                titles: join(&l.titles, w.sep_titles),
                step,
                basis: l.basis.to_string(),
            }
            .text(lang),
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
            Msg::UnplacedTitles {
                titles: unplaced.join(w.sep_titles),
            }
            .text(lang),
        ));
    }

    expectations(&tier.expectations, &tier.typos, out, lang);
    roles(map, &tier.ojt, &tier.appraisal, out, lang);

    out.push(Item::Heading(w.heading_training.into()));
    let mut any = false;
    for l in &tier.levels {
        let Some(si) = map.step_index(&l.step) else {
            continue;
        };
        if let Some(p) = map.promotion_into(si) {
            let m = measure_label(map, &p.measure);
            out.push(Item::Subheading(
                Msg::TierPromotion {
                    measure: m,
                    step: map[si].name.to_string(),
                    titles: join(&l.titles, w.sep_titles),
                }
                .text(lang),
            ));
            if let Some(n) = &p.inferred {
                out.push(Item::Inferred(1, n.to_string()));
            }
            for tr in &p.trainings {
                training_in(tr, 1, out, lang);
            }
            any = true;
        }
    }
    if let Some(st) = standing.filter(|st| st.place == Place::Tier(t) && st.in_year_training(map)) {
        year_training(map, Some(st), true, out, lang);
        any = true;
    }
    if !any {
        out.push(Item::Text(
            Msg::NoTierTraining {
                untied: w.untied.into(),
            }
            .text(lang),
        ));
    }

    out.push(Item::Heading(w.heading_next.into()));
    out.push(Item::Text(w.no_next_from_specialist.into()));
}

fn expectations(list: &[crate::model::Text], typos: &[Typo], out: &mut Vec<Item>, lang: Lang) {
    out.push(Item::Heading(labels(lang).heading_roles.into()));
    for e in list {
        out.push(Item::Bullet(0, typo_notes_in(e, typos, lang)));
    }
}

fn roles(map: &CareerMap, ojt: &RoleEntry, appraisal: &RoleEntry, out: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    let roles = [
        (w.ojt, MeasureRole::Ojt, ojt),
        (w.appraisal, MeasureRole::Appraisal, appraisal),
    ];
    for (label, role, r) in roles {
        let symbol = map
            .measure_for(role)
            .map(|m| m.symbol.to_string())
            .unwrap_or_default();
        out.push(Item::Heading(
            Msg::RoleIn {
                symbol,
                role: label.into(),
            }
            .text(lang),
        ));
        out.push(Item::Text(role_text_in(r, lang)));
        if let Some(src) = &r.source {
            out.push(Item::Source(0, src.to_string()));
        }
        if let Some(n) = &r.inferred {
            out.push(Item::Inferred(0, n.to_string()));
        }
    }
}

/// "グループ員（OJTを通じた成長）"
pub fn role_text(r: &RoleEntry) -> String {
    role_text_in(r, Lang::Ja)
}

/// [`role_text`] in `lang`.
pub fn role_text_in(r: &RoleEntry, lang: Lang) -> String {
    match &r.detail {
        Some(d) => Msg::NameDetail {
            name: r.name.to_string(),
            detail: d.to_string(),
        }
        .text(lang),
        None => r.name.to_string(),
    }
}

/// The year table. `elsewhere`: shown at a place other than the row that prints it.
fn year_training(
    map: &CareerMap,
    standing: Option<&Standing>,
    elsewhere: bool,
    out: &mut Vec<Item>,
    lang: Lang,
) {
    let y = &map.year_training;
    let m = measure_label(map, &y.measure);
    out.push(Item::Subheading(
        Msg::MeasureHeading {
            measure: m,
            name: y.name.to_string(),
            subtitle: y.subtitle.to_string(),
        }
        .text(lang),
    ));
    if elsewhere {
        let row = map
            .step(&y.step)
            .map_or_else(|| y.step.to_string(), |s| s.name.to_string());
        out.push(Item::Text(Msg::YearTrainingElsewhere { row }.text(lang)));
        if let Some(n) = &y.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
    if let Some(src) = &y.source {
        out.push(Item::Source(1, src.to_string()));
    }
    for e in &y.years {
        let text = Msg::YearEntry {
            year: e.year,
            contents: e.contents.to_string(),
        }
        .text(lang);
        if standing.is_some_and(|s| s.year == Some(e.year)) {
            out.push(Item::Mine(
                1,
                Msg::YearEntryMine { text, year: e.year }.text(lang),
            ));
        } else {
            out.push(Item::Bullet(1, text));
        }
        if let Some(src) = &e.source {
            out.push(Item::Source(2, src.to_string()));
        }
    }
    if let Some(year) = standing.and_then(|s| s.year)
        && year > max_year(map)
    {
        out.push(Item::Text(
            Msg::PastYearTraining {
                year,
                name: y.name.to_string(),
                max: max_year(map),
            }
            .text(lang),
        ));
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

/// One training as a bullet, with its notes, in `lang`.
pub(crate) fn training_in(t: &Training, depth: u8, out: &mut Vec<Item>, lang: Lang) {
    let mut s = t.name.to_string();
    if let Some(o) = &t.organiser {
        s.push_str(
            &Msg::Organiser {
                organiser: o.to_string(),
            }
            .text(lang),
        );
    }
    if let Some(a) = &t.audience {
        s.push_str(
            &Msg::Audience {
                audience: a.to_string(),
            }
            .text(lang),
        );
    }
    if let Some(c) = &t.contents {
        s.push_str(&format!(" — {c}"));
    }
    out.push(Item::Bullet(depth, typo_notes_in(&s, &t.typos, lang)));
    if let Some(n) = &t.note {
        out.push(Item::Bullet(depth + 1, n.to_string()));
    }
    if let Some(src) = &t.source {
        out.push(Item::Source(depth + 1, src.to_string()));
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

/// The blocks page 2 does not tie to a grade, grouped by measure with the slogan each block
/// prints on page 2 (not page 1's 方針). Each training's printed audience is shown with it.
pub fn open_to_all(map: &CareerMap, out: &mut Vec<Item>) {
    open_to_all_in(map, out, Lang::Ja)
}

/// [`open_to_all`] in `lang`.
pub fn open_to_all_in(map: &CareerMap, out: &mut Vec<Item>, lang: Lang) {
    open_to_all_limited(map, out, lang, usize::MAX);
}

fn open_to_all_limited(map: &CareerMap, out: &mut Vec<Item>, lang: Lang, limit: usize) {
    out.push(Item::Text(labels(lang).open_to_all_intro.into()));
    let blocks = map.blocks_in_measure_order();
    let total: usize = blocks
        .iter()
        .flat_map(|(_, b)| &b.groups)
        .map(|g| g.items.len())
        .sum();
    let mut left = limit;
    for (m, b) in blocks {
        if left == 0 {
            break;
        }
        out.push(Item::Subheading(format!("{}{}", m.symbol, b.name)));
        if let Some(src) = &b.source {
            out.push(Item::Source(0, src.to_string()));
        }
        out.push(Item::Text(typo_notes_in(&b.slogan, &b.typos, lang)));
        if let Some(n) = &b.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
        for g in &b.groups {
            if left == 0 {
                break;
            }
            let depth = match &g.name {
                Some(name) => {
                    out.push(Item::Bullet(0, name.to_string()));
                    1
                }
                None => 0,
            };
            for t in g.items.iter().take(left) {
                training_in(t, depth, out, lang);
            }
            left -= g.items.len().min(left);
        }
    }
    if total > limit {
        out.push(Item::Text(
            Msg::MoreIn {
                n: total - limit,
                list: labels(lang).tab_catalog.into(),
            }
            .text(lang),
        ));
    }
}

/// The walk from `from` to the top of the ladder, for `show`: a header, each place's page,
/// then the blocks open to all once at the end.
pub fn walk(map: &CareerMap, standing: &Standing) -> Vec<Item> {
    walk_in(map, standing, Lang::Ja)
}

/// [`walk`] in `lang`.
pub fn walk_in(map: &CareerMap, standing: &Standing, lang: Lang) -> Vec<Item> {
    let mut out = document_header_in(map, lang);
    let ladder = map.ladder();
    let start_step = match standing.place {
        Place::Step(i) => Some(i),
        Place::Tier(t) => {
            // A specialist walks their tier, then the line from the level above theirs.
            out.extend(place_page_in(
                map,
                standing.place,
                Some(standing),
                false,
                lang,
            ));
            match map.title_level(t, &standing.title) {
                Some(level) => map.next_step(level),
                None => {
                    out.push(Item::Text(
                        Msg::WalkUnplaced {
                            title: standing.title.clone(),
                        }
                        .text(lang),
                    ));
                    None
                }
            }
        }
    };
    if let Some(start) = start_step {
        let from = ladder.iter().position(|&s| s == start).unwrap_or(0);
        for &i in &ladder[from..] {
            out.extend(place_page_in(
                map,
                Place::Step(i),
                Some(standing),
                false,
                lang,
            ));
        }
    }
    out.push(Item::Title(labels(lang).untied.into()));
    open_to_all_in(map, &mut out, lang);
    for n in &map.meta.notes {
        out.push(Item::Text(
            Msg::MapNote {
                note: n.to_string(),
            }
            .text(lang),
        ));
    }
    out
}

/// The title of a document about the map, with what of it is identified rather than printed.
pub fn document_header(map: &CareerMap) -> Vec<Item> {
    document_header_in(map, Lang::Ja)
}

/// [`document_header`] in `lang`.
pub fn document_header_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    // The map's title is printed; the city's name and the document's title are identified.
    let m = &map.meta;
    let mut out = vec![
        Item::Title(m.map_title.to_string()),
        Item::Text(
            Msg::OrgTitle {
                organisation: m.organisation.to_string(),
                title: m.title.to_string(),
            }
            .text(lang),
        ),
    ];
    if let Some(n) = &m.identified {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Text(
        Msg::Edition {
            edition: m.edition.to_string(),
        }
        .text(lang),
    ));
    out
}

/// True when some entry of the map carries an `inferred` note (else the legend of ※ is not
/// shown).
pub(crate) fn has_inferred(map: &CareerMap) -> bool {
    let role = |r: &crate::model::RoleEntry| r.inferred.is_some();
    let training = |t: &crate::model::Training| t.inferred.is_some();
    map.measures.iter().any(|m| m.inferred.is_some())
        || map
            .steps
            .iter()
            .any(|s| s.inferred.is_some() || role(&s.ojt) || role(&s.appraisal))
        || map.specialist_tiers.iter().any(|t| {
            t.inferred.is_some()
                || role(&t.ojt)
                || role(&t.appraisal)
                || t.levels.iter().any(|l| l.inferred.is_some())
        })
        || map
            .promotion_trainings
            .iter()
            .any(|p| p.inferred.is_some() || p.trainings.iter().any(training))
        || map
            .blocks
            .iter()
            .any(|b| b.inferred.is_some() || b.groups.iter().any(|g| g.items.iter().any(training)))
}

pub(crate) fn join(list: &[crate::model::Text], sep: &str) -> String {
    list.iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(sep)
}
