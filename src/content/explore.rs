//! Pages of the explore screens: the overview of page 1, a training, the glossary, and the
//! comparison of two places. Like the ladder's pages, they are items, not drawing.

use super::{
    INFERRED_MARK, Item, document_header_in, join, place_name_in, place_page_in, role_text_in,
    typo_notes_in,
};
use crate::model::{
    Applies, CareerMap, CatalogEntry, GlossaryIndex, InitiativeIndex, InitiativeLabel, Lang,
    MeasureIndex, MeasureRole, Place, StepIndex,
};
use crate::words::{Msg, labels};

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

/// A catalog entry's name in `lang`: a training's own name, or the program's name for a
/// year of the year table (「1～5年目職員研修（N年目）」).
pub fn entry_name_in(map: &CareerMap, e: &CatalogEntry, lang: Lang) -> String {
    match e.applies {
        Applies::Year { year, .. } => Msg::YearTrainingName {
            subtitle: map.year_training.subtitle.to_string(),
            year,
        }
        .text(lang),
        _ => e.name.to_string(),
    }
}

/// A catalog entry's category in `lang`: the year table's name, 「…への昇任時」, or the
/// block's group as the map names it.
pub fn entry_category_in(map: &CareerMap, e: &CatalogEntry, lang: Lang) -> String {
    let y = &map.year_training;
    match e.applies {
        Applies::Year { .. } => Msg::NameDetail {
            name: y.name.to_string(),
            detail: y.subtitle.to_string(),
        }
        .text(lang),
        Applies::Promotion(s) => Msg::ApplyPromotion {
            step: map[s].name.to_string(),
        }
        .text(lang),
        // A block's group is 「block：group」 as the catalog joins it (in Japanese); the
        // block and the group, labelled in the reader's language.
        Applies::AllGrades => match e.group {
            Some((block, group)) => Msg::Labeled {
                name: block.to_string(),
                text: group.to_string(),
            }
            .text(lang),
            None => e.category.to_string(),
        },
    }
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
    label_text_in(l, Lang::Ja)
}

/// [`label_text`] in `lang`.
pub fn label_text_in(l: InitiativeLabel, lang: Lang) -> &'static str {
    match l {
        InitiativeLabel::New => "NEW",
        InitiativeLabel::Expanded => labels(lang).expanded,
    }
}

/// The line for a topic in the overview's list.
pub fn topic_label(map: &CareerMap, t: Topic) -> String {
    topic_label_in(map, t, Lang::Ja)
}

/// [`topic_label`] in `lang`.
pub fn topic_label_in(map: &CareerMap, t: Topic, lang: Lang) -> String {
    match t {
        Topic::Vision => labels(lang).vision.into(),
        Topic::Measure(i) => {
            let m = &map[i];
            format!("{}{}", m.symbol, m.name)
        }
        Topic::Initiative(i) => {
            let n = &map[i];
            initiative_line(n, lang)
        }
        Topic::Basis => basis_heading_in(map, lang),
    }
}

/// How many times the catalog's rows were measured in this process (a test checks that
/// the screen takes the width measured after the first frame).
static ROW_WIDTHS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many times [`catalog_row_width`] has run in this process.
pub fn catalog_row_measures() -> usize {
    ROW_WIDTHS.load(std::sync::atomic::Ordering::Relaxed)
}

/// The width the training list (研修一覧) sizes its pane by, whatever its filters show: the
/// widest of the rows' common part, the measure's symbol, a space, the name and ［when］ in
/// Japanese (the screen adds room for the reader's marks and status). The parts are
/// measured, not the rows made (a large map has tens of thousands; the "when" words are
/// few, measured once each).
pub fn catalog_row_width(map: &CareerMap) -> usize {
    ROW_WIDTHS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let width = crate::wrap::width;
    let mut when = std::collections::HashMap::new();
    (0..map.catalog_len())
        .filter_map(|k| map.catalog_entry(k))
        .map(|e| {
            let symbol = e.measure.map_or("", |m| &*map[m].symbol);
            let when = *when
                .entry(e.applies)
                .or_insert_with(|| width(&e.applies.describe(map)));
            width(symbol) + 1 + width(e.name) + width("［］") + when
        })
        .max()
        .unwrap_or(10)
}

/// The display width of each topic's label ([`topic_label_in`]) without making the labels
/// of the initiatives (a large map has thousands): an initiative's row is the line's fixed
/// words, measured once, and its number, label and title.
pub fn topic_label_widths_in<'a>(
    map: &'a CareerMap,
    topics: &'a [Topic],
    lang: Lang,
) -> impl Iterator<Item = usize> + 'a {
    let width = crate::wrap::width;
    let fixed = width(
        &Msg::InitiativeLine {
            number: String::new(),
            label: String::new(),
            title: String::new(),
        }
        .text(lang),
    );
    topics.iter().map(move |&t| match t {
        Topic::Initiative(i) => {
            let n = &map[i];
            let digits = n.number.checked_ilog10().unwrap_or(0) as usize + 1;
            fixed + digits + width(label_text_in(n.label, lang)) + width(&n.title)
        }
        t => width(&topic_label_in(map, t, lang)),
    })
}

fn initiative_line(n: &crate::model::Initiative, lang: Lang) -> String {
    Msg::InitiativeLine {
        number: n.number.to_string(),
        label: label_text_in(n.label, lang).into(),
        title: n.title.to_string(),
    }
    .text(lang)
}

pub fn topic_page(map: &CareerMap, t: Topic) -> Vec<Item> {
    topic_page_in(map, t, Lang::Ja)
}

/// [`topic_page`] in `lang`.
pub fn topic_page_in(map: &CareerMap, t: Topic, lang: Lang) -> Vec<Item> {
    topic_page_limited(map, t, lang, usize::MAX)
}

/// [`topic_page_in`] as the overview's screen shows it: each list of the page (the
/// initiatives, a measure's trainings) cut at [`super::SCREEN_LIST`] entries, with where the
/// rest are. A map of the source's size never reaches the cut; on a map a thousand times
/// larger, the page stays a page and costs what a page costs.
pub fn topic_screen_page_in(map: &CareerMap, t: Topic, lang: Lang) -> Vec<Item> {
    topic_page_limited(map, t, lang, super::SCREEN_LIST)
}

fn topic_page_limited(map: &CareerMap, t: Topic, lang: Lang, limit: usize) -> Vec<Item> {
    let mut out = Vec::new();
    match t {
        Topic::Vision => vision(map, &mut out, lang, limit),
        Topic::Measure(i) => measure(map, i, &mut out, lang, limit),
        Topic::Initiative(i) => initiative(map, i, &mut out, lang),
        Topic::Basis => basis(map, &mut out, lang),
    }
    out
}

fn vision(map: &CareerMap, out: &mut Vec<Item>, lang: Lang, limit: usize) {
    let w = labels(lang);
    let v = &map.vision;
    // The city's name and the document's title are not printed (see 基礎調査等).
    out.push(Item::Title(w.vision.into()));
    out.push(Item::Heading(w.goal_vision.into()));
    out.push(Item::Text(v.goal.to_string()));
    out.push(Item::Heading(w.means_heading.into()));
    out.push(Item::Bullet(
        0,
        Msg::Workplace {
            state: v.workplace_state.to_string(),
        }
        .text(lang),
    ));
    out.push(Item::Bullet(
        0,
        Msg::StaffState {
            state: v.staff_state.to_string(),
        }
        .text(lang),
    ));
    out.push(Item::Heading(w.measures_heading.into()));
    for m in &map.measures {
        out.push(Item::Bullet(
            0,
            Msg::MeasurePolicy {
                measure: format!("{}{}", m.symbol, m.name),
                policy: m.policy.to_string(),
            }
            .text(lang),
        ));
        if let Some(n) = &m.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
    out.push(Item::Heading(w.initiatives.into()));
    for n in map.initiatives.iter().take(limit) {
        out.push(Item::Bullet(0, initiative_line(n, lang)));
    }
    more_in(out, map.initiatives.len(), limit, w.tab_overview, lang);
}

/// The line that ends a list cut at `limit` of its `total` entries, if it was cut.
fn more_in(out: &mut Vec<Item>, total: usize, limit: usize, list: &str, lang: Lang) {
    if total > limit {
        out.push(Item::Text(
            Msg::MoreIn {
                n: total - limit,
                list: list.into(),
            }
            .text(lang),
        ));
    }
}

/// The heading page 1 prints above the initiatives.
pub const INITIATIVES: &str = "新規・拡充する取組";

fn measure(map: &CareerMap, i: MeasureIndex, out: &mut Vec<Item>, lang: Lang, limit: usize) {
    let w = labels(lang);
    let m = &map[i];
    out.push(Item::Title(format!("{}{}", m.symbol, m.name)));
    if let Some(src) = &m.source {
        out.push(Item::Source(0, src.to_string()));
    }
    if let Some(g) = &m.group {
        out.push(Item::Text(
            Msg::Kind {
                kind: g.to_string(),
            }
            .text(lang),
        ));
    }
    if let Some(n) = &m.inferred {
        out.push(Item::Inferred(0, n.to_string()));
    }
    out.push(Item::Heading(w.heading_policy.into()));
    out.push(Item::Text(m.policy.to_string()));
    // Without an aim, the map's own note on missing values (if it has one), else nothing.
    if let Some(aim) = m.aim.as_ref().or(map.meta.missing_note.as_ref()) {
        out.push(Item::Heading(w.heading_aim.into()));
        out.push(Item::Text(aim.to_string()));
    }
    if let Some(n) = &m.aim_note {
        out.push(Item::Inferred(0, n.to_string()));
    }
    if !m.main_initiatives.is_empty() {
        out.push(Item::Heading(w.heading_main.into()));
        for x in &m.main_initiatives {
            out.push(Item::Bullet(0, x.to_string()));
        }
    }
    // The roles the map gives per step under ⑥ and ⑦.
    let roles: Option<(&str, RoleOf)> = match m.stands_for {
        Some(MeasureRole::Ojt) => Some((w.ojt_roles, |s| &s.ojt)),
        Some(MeasureRole::Appraisal) => Some((w.appraisal_roles, |s| &s.appraisal)),
        None => None,
    };
    if let Some((heading, role)) = roles {
        out.push(Item::Heading(heading.into()));
        let ladder = map.ladder_slice();
        for &s in ladder.iter().take(limit) {
            let step = &map[s];
            let r = role(step);
            let mark = if r.inferred.is_some() {
                INFERRED_MARK
            } else {
                ""
            };
            out.push(Item::Bullet(
                0,
                Msg::Labeled {
                    name: step.name.to_string(),
                    text: format!("{}{mark}", role_text_in(r, lang)),
                }
                .text(lang),
            ));
        }
        more_in(out, ladder.len(), limit, w.tab_ladder, lang);
    }
    let total = map.catalog_of(i).count();
    out.push(Item::Heading(Msg::MeasureTrainings { n: total }.text(lang)));
    if total == 0 && m.related_trainings.is_empty() {
        out.push(Item::Text(w.no_measure_training.into()));
    }
    for e in &map.catalog_of(i).take(limit).collect::<Vec<CatalogEntry>>() {
        out.push(Item::Bullet(
            0,
            Msg::NameDetail {
                name: entry_name_in(map, e, lang),
                detail: e.applies.describe_in(map, lang),
            }
            .text(lang),
        ));
        if let Some(n) = e.inferred {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
    more_in(out, total, limit, w.tab_catalog, lang);
    if !m.related_trainings.is_empty() {
        out.push(Item::Heading(w.related.into()));
        for id in &m.related_trainings {
            if let Some(e) = map.catalog_position(id).and_then(|k| map.catalog_entry(k)) {
                let owner = e
                    .measure
                    .map(|i| format!("{}{}", map[i].symbol, map[i].name))
                    .unwrap_or_default();
                out.push(Item::Bullet(
                    0,
                    Msg::RelatedTraining {
                        name: entry_name_in(map, &e, lang),
                        owner,
                        when: e.applies.describe_in(map, lang),
                    }
                    .text(lang),
                ));
            }
        }
        if let Some(n) = &m.related_note {
            out.push(Item::Inferred(1, n.to_string()));
        }
    }
}

fn initiative(map: &CareerMap, i: InitiativeIndex, out: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    let n = &map[i];
    out.push(Item::Title(
        Msg::InitiativeTitle {
            number: n.number.to_string(),
            title: n.title.to_string(),
        }
        .text(lang),
    ));
    if let Some(src) = &n.source {
        out.push(Item::Source(0, src.to_string()));
    }
    let mut kind = match n.label {
        InitiativeLabel::New => w.new_kind.to_string(),
        InitiativeLabel::Expanded => w.expanded.to_string(),
    };
    if let Some(a) = &n.added {
        kind = Msg::KindAdded {
            kind,
            added: a.to_string(),
        }
        .text(lang);
    }
    out.push(Item::Text(Msg::Kind { kind }.text(lang)));
    out.push(Item::Heading(w.heading_contents.into()));
    out.push(Item::Text(n.description.to_string()));
    if let Some(note) = &n.note {
        out.push(Item::Text(note.to_string()));
    }
}

fn basis(map: &CareerMap, out: &mut Vec<Item>, lang: Lang) {
    out.push(Item::Title(basis_heading_in(map, lang)));
    out.push(Item::Text(map.basis.text.to_string()));
    for s in &map.basis.sources {
        out.push(Item::Bullet(0, s.to_string()));
    }
    out.push(Item::Heading(labels(lang).about_map.into()));
    let mut head = document_header_in(map, lang);
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
    basis_heading_in(map, Lang::Ja)
}

/// [`basis_heading`] in `lang`.
pub fn basis_heading_in(map: &CareerMap, lang: Lang) -> String {
    map.meta
        .basis_heading
        .as_ref()
        .map_or_else(|| labels(lang).basis_default.to_string(), |h| h.to_string())
}

/// Page 1 as one document, for `show --overview`.
pub fn overview(map: &CareerMap) -> Vec<Item> {
    overview_in(map, Lang::Ja)
}

/// [`overview`] in `lang`.
pub fn overview_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let mut out = document_header_in(map, lang);
    let mut initiatives_headed = false;
    for t in topics(map) {
        let mut page = topic_page_in(map, t, lang);
        if t == Topic::Vision {
            // The document's title says it already; the measures and initiatives follow in
            // full below.
            page[0] = Item::Title(w.vision.into());
            if let Some(cut) = page
                .iter()
                .position(|i| matches!(i, Item::Heading(h) if h == w.measures_heading))
            {
                page.truncate(cut);
            }
        }
        if matches!(t, Topic::Initiative(_)) && !initiatives_headed {
            out.push(Item::Title(w.initiatives.into()));
            initiatives_headed = true;
        }
        out.extend(page);
    }
    out
}

/// The page for one training of the catalog.
pub fn training_page(map: &CareerMap, e: &CatalogEntry) -> Vec<Item> {
    training_page_in(map, e, Lang::Ja)
}

/// [`training_page`] in `lang`.
pub fn training_page_in(map: &CareerMap, e: &CatalogEntry, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(entry_name_in(map, e, lang))];
    if let Some(m) = e.measure.map(|m| &map[m]) {
        out.push(Item::Text(
            Msg::TrainingMeasure {
                measure: format!("{}{}", m.symbol, m.name),
                policy: m.policy.to_string(),
            }
            .text(lang),
        ));
    }
    let when = e.applies.describe_in(map, lang);
    // The category, when it says more than the time (it is compared with the time as
    // the catalog words it, in Japanese).
    if *e.category != e.applies.describe(map) {
        out.push(Item::Text(
            Msg::Kind {
                kind: entry_category_in(map, e, lang),
            }
            .text(lang),
        ));
    }
    // 時期 is a time (a year, a promotion); who may attend is 対象, as printed.
    if !matches!(e.applies, Applies::AllGrades) {
        out.push(Item::Text(Msg::When { when }.text(lang)));
        if let Some(n) = e.inferred {
            out.push(Item::Inferred(0, n.to_string()));
        }
    }
    match e.audience {
        Some(a) => out.push(Item::Text(
            Msg::For {
                audience: a.to_string(),
            }
            .text(lang),
        )),
        None if matches!(e.applies, Applies::AllGrades) => {
            out.push(Item::Text(w.no_audience.into()))
        }
        None => {}
    }
    if let Some(o) = e.organiser {
        out.push(Item::Text(
            Msg::OrganisedBy {
                organiser: o.to_string(),
            }
            .text(lang),
        ));
    }
    if let Some(c) = e.contents {
        out.push(Item::Text(
            Msg::ContentsLine {
                contents: typo_notes_in(c, e.typos, lang),
            }
            .text(lang),
        ));
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
    out.push(Item::Heading(w.where_taken.into()));
    out.push(Item::Text(match e.applies {
        Applies::Year { year, step } => Msg::WhereYear {
            year,
            step: map[step].name.to_string(),
        }
        .text(lang),
        Applies::Promotion(s) => {
            let row = map
                .ladder()
                .into_iter()
                .find(|&r| map.next_step(r) == Some(s))
                .map(|r| map[r].name.to_string());
            Msg::WherePromotion {
                step: map[s].name.to_string(),
                row,
            }
            .text(lang)
        }
        Applies::AllGrades => Msg::WhereNone {
            untied: w.untied.into(),
        }
        .text(lang),
    }));
    out
}

/// The whole catalog, for `show --catalog`: grouped by measure.
pub fn catalog(map: &CareerMap) -> Vec<Item> {
    catalog_in(map, Lang::Ja)
}

/// [`catalog`] in `lang`.
pub fn catalog_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    let mut out = vec![Item::Title(
        Msg::CatalogTitle {
            n: map.catalog().len(),
        }
        .text(lang),
    )];
    let entries = map.catalog();
    for (mi, m) in map.indexed() {
        let mine: Vec<&CatalogEntry> = entries.iter().filter(|e| e.measure == Some(mi)).collect();
        if mine.is_empty() {
            continue;
        }
        out.push(Item::Heading(
            Msg::MeasureWithPolicy {
                measure: format!("{}{}", m.symbol, m.name),
                policy: m.policy.to_string(),
            }
            .text(lang),
        ));
        for e in mine {
            let mut line = Msg::CatalogLine {
                name: entry_name_in(map, e, lang),
                when: e.applies.describe_in(map, lang),
            }
            .text(lang);
            if let Some(a) = e.audience {
                line.push_str(
                    &Msg::Audience {
                        audience: a.to_string(),
                    }
                    .text(lang),
                );
            }
            if let Some(o) = e.organiser {
                line.push_str(
                    &Msg::OrganiserParen {
                        organiser: o.to_string(),
                    }
                    .text(lang),
                );
            }
            if let Some(c) = e.contents {
                line.push_str(&format!(" — {c}"));
            }
            out.push(Item::Bullet(0, typo_notes_in(&line, e.typos, lang)));
            if let Some(n) = e.inferred {
                out.push(Item::Inferred(1, n.to_string()));
            }
            out.push(Item::Bullet(
                1,
                Msg::Kind {
                    kind: entry_category_in(map, e, lang),
                }
                .text(lang),
            ));
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
    glossary_page_in(map, i, Lang::Ja)
}

/// [`glossary_page`] in `lang`.
pub fn glossary_page_in(map: &CareerMap, i: GlossaryIndex, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let g = &map[i];
    let mut out = vec![Item::Title(g.term.to_string())];
    if let Some(r) = &g.reading {
        out.push(Item::Text(
            Msg::Reading {
                reading: r.to_string(),
            }
            .text(lang),
        ));
    }
    out.push(Item::Text(format!(
        "{}{}",
        w.explain_mark, w.glossary_disclaimer
    )));
    out.push(Item::Heading(format!(
        "{}{}",
        w.explain_mark, w.glossary_page_title
    )));
    out.push(Item::Text(g.explanation.to_string()));
    out
}

/// The whole glossary, for `show --glossary`.
pub fn glossary(map: &CareerMap) -> Vec<Item> {
    glossary_in(map, Lang::Ja)
}

/// [`glossary`] in `lang`.
pub fn glossary_in(map: &CareerMap, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![Item::Title(w.tab_glossary.into())];
    out.push(Item::Text(format!(
        "{}{}",
        w.explain_mark, w.glossary_disclaimer
    )));
    for g in &map.glossary {
        let head = match &g.reading {
            Some(r) => Msg::NameDetail {
                name: g.term.to_string(),
                detail: r.to_string(),
            }
            .text(lang),
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
    compare_in(map, a, b, Lang::Ja)
}

/// [`compare`] in `lang`.
pub fn compare_in(map: &CareerMap, a: Place, b: Place, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let (na, nb) = (place_name_in(map, a, lang), place_name_in(map, b, lang));
    let promotion =
        matches!((a, b), (Place::Step(i), Place::Step(j)) if map.next_step(i) == Some(j));
    let mut out = vec![Item::Title(if promotion {
        Msg::ComparePromotion {
            a: na.clone(),
            b: nb.clone(),
        }
        .text(lang)
    } else {
        Msg::CompareTitle {
            a: na.clone(),
            b: nb.clone(),
        }
        .text(lang)
    })];
    if a == b {
        out.push(Item::Text(w.same_place.into()));
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

    let labeled = |name: &str, text: &str| {
        Msg::Labeled {
            name: name.into(),
            text: text.into(),
        }
        .text(lang)
    };
    out.push(Item::Heading(w.heading_role_name.into()));
    if role(a) == role(b) {
        out.push(Item::Text(
            Msg::Unchanged {
                what: role(a).to_string(),
            }
            .text(lang),
        ));
    } else {
        out.push(Item::Bullet(0, labeled(&na, role(a))));
        out.push(Item::Bullet(0, labeled(&nb, role(b))));
    }
    let (oa, aa) = entries(a);
    let (ob, ab) = entries(b);
    let symbol = |role| {
        map.measure_for(role)
            .map(|m| m.symbol.to_string())
            .unwrap_or_default()
    };
    let roles = [
        (
            Msg::RoleIn {
                symbol: symbol(MeasureRole::Ojt),
                role: w.ojt.into(),
            }
            .text(lang),
            oa,
            ob,
        ),
        (
            Msg::RoleIn {
                symbol: symbol(MeasureRole::Appraisal),
                role: w.appraisal.into(),
            }
            .text(lang),
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
            out.push(Item::Text(
                Msg::Unchanged {
                    what: x.name.to_string(),
                }
                .text(lang),
            ));
        } else if !common.is_empty() || !both_steps {
            // Roles that share a part (主任's 「実務指導者 OJT 推進者」 and グループ長's OJT推進者),
            // or a specialist's role the source does not give, support no claim of change:
            // both are shown as they stand.
            // Each note stands under its own side.
            for (n, r) in [(&na, x), (&nb, y)] {
                out.push(Item::Bullet(0, labeled(n, &r.name)));
                if let Some(note) = &r.inferred {
                    out.push(Item::Inferred(1, note.to_string()));
                }
            }
            if !common.is_empty() {
                out.push(Item::Text(
                    Msg::SharedRole {
                        common: common.join(w.sep_titles),
                    }
                    .text(lang),
                ));
            }
            continue;
        } else {
            out.push(Item::Text(format!("{} → {}", x.name, y.name)));
        }
        let mut notes: Vec<String> = Vec::new();
        for r in [x, y] {
            if let Some(n) = &r.inferred {
                let line = labeled(&r.name, n);
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
    out.push(Item::Heading(
        Msg::RequiredIn {
            b: nb.clone(),
            a: na.clone(),
        }
        .text(lang),
    ));
    if added.is_empty() {
        out.push(Item::Text(w.same_roles.into()));
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
            out.push(Item::Heading(w.heading_between.into()));
            out.push(Item::Text(
                Msg::BetweenSteps {
                    steps: between.join(" → "),
                    n: way.len(),
                }
                .text(lang),
            ));
            let low = &map[low].name;
            let high = &map[way[way.len() - 1]].name;
            out.push(Item::Heading(
                Msg::PromotionsFromTo {
                    low: low.to_string(),
                    high: high.to_string(),
                }
                .text(lang),
            ));
            for &s in &way {
                out.push(Item::Subheading(
                    Msg::ApplyPromotion {
                        step: map[s].name.to_string(),
                    }
                    .text(lang),
                ));
                promotion_trainings(map, s, &mut out, lang);
            }
        }
        _ => {
            // No empty section: a map with nothing to say here says nothing.
            if let Place::Step(j) = b
                && (map.promotion_into(j).is_some() || map.meta.missing_note.is_some())
            {
                out.push(Item::Heading(
                    Msg::PromotionTrainingsInto { step: nb.clone() }.text(lang),
                ));
                promotion_trainings(map, j, &mut out, lang);
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
                let line = Msg::BesideLine {
                    step: map[level].name.to_string(),
                    titles: join(&l.titles, w.sep_titles),
                    basis: l.basis.to_string(),
                }
                .text(lang);
                if !beside.iter().any(|(l, _)| *l == line) {
                    beside.push((line, l.inferred.as_ref()));
                }
            }
        }
    }
    if !beside.is_empty() {
        out.push(Item::Heading(w.heading_same_level.into()));
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
fn promotion_trainings(map: &CareerMap, s: StepIndex, out: &mut Vec<Item>, lang: Lang) {
    match map.promotion_into(s) {
        Some(p) => {
            if let Some(n) = &p.inferred {
                out.push(Item::Inferred(0, n.to_string()));
            }
            for t in &p.trainings {
                super::training_in(t, 0, out, lang);
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
    compare_document_in(map, a, b, Lang::Ja)
}

/// [`compare_document`] in `lang`.
pub fn compare_document_in(map: &CareerMap, a: Place, b: Place, lang: Lang) -> Vec<Item> {
    let mut out = compare_in(map, a, b, lang);
    out.extend(place_page_in(map, a, None, false, lang));
    out.extend(place_page_in(map, b, None, false, lang));
    out
}
