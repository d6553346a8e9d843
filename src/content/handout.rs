//! The handout as a document: the whole map as one table (the source's page 2 made
//! readable), a table of contents, the legend, then one chapter per part, each training
//! listed once. `crate::handout` prints it as HTML, Markdown or text. Never a reader's
//! record.

use super::{
    HERE_MARK, INFERRED_MARK, Item, NOTE_MARK, Standing, YEAR_MARK, appendix_in, full_in,
    glossary_in, open_to_all_in, overview_in, place_name_in, place_page_in, quiet_in, role_text_in,
};
use crate::model::{CareerMap, Lang, Place, StepIndex, TierIndex};
use crate::words::{Msg, labels};

/// A printable document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handout {
    pub title: String,
    /// Edition and source, under the title.
    pub subtitle: String,
    pub grid: Grid,
    /// Each mark the document uses, with what it means.
    pub legend: Vec<(String, String)>,
    pub chapters: Vec<Chapter>,
    /// The language of the program's words in it.
    pub lang: Lang,
}

/// One chapter: a new page in print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    /// An id for links from the contents (ASCII).
    pub id: String,
    pub title: String,
    /// The chapter's content; its Titles are sections one level below the chapter.
    pub items: Vec<Item>,
}

/// The map as one table: a row per step, up the ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<GridRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// The step's name (主任).
    pub step: String,
    /// Its titles when they differ from the name.
    pub titles: String,
    pub role: String,
    pub ojt: String,
    pub appraisal: String,
    /// The training of this step: 「集中育成期間：…」, 「昇任時：…」.
    pub trainings: Vec<String>,
    /// The specialist titles at this step's level, with their tier's role.
    pub specialists: Vec<String>,
}

/// The grid's column headings, in order.
pub const GRID_COLUMNS: [&str; 6] = [
    "職位",
    "職位に応じた役割",
    "OJTでの役割",
    "人事考課での役割",
    "研修",
    "同じ水準のスタッフ職",
];

/// [`GRID_COLUMNS`] in `lang`.
pub fn grid_columns(lang: Lang) -> [&'static str; 6] {
    let w = labels(lang);
    [
        w.grid_step,
        w.grid_role,
        w.grid_ojt,
        w.grid_appraisal,
        w.grid_training,
        w.grid_specialists,
    ]
}

/// The grid of the steps in `steps` (ladder order).
fn grid(map: &CareerMap, steps: &[StepIndex], lang: Lang) -> Grid {
    let w = labels(lang);
    let rows = steps
        .iter()
        .map(|&i| {
            let s = &map[i];
            let mut trainings = Vec::new();
            if *map.year_training.step == *s.id {
                let y = &map.year_training;
                let years: Vec<String> = y
                    .years
                    .iter()
                    .map(|e| {
                        Msg::YearTrainingName {
                            subtitle: y.subtitle.to_string(),
                            year: e.year,
                        }
                        .text(lang)
                    })
                    .collect();
                trainings.push(
                    Msg::GridYears {
                        name: y.name.to_string(),
                        years: years.join(w.sep_names),
                    }
                    .text(lang),
                );
            }
            if let Some(p) = map.promotion_into(i) {
                let names: Vec<&str> = p.trainings.iter().map(|t| t.name.as_str()).collect();
                trainings.push(
                    Msg::GridPromotion {
                        names: names.join(w.sep_names),
                    }
                    .text(lang),
                );
            }
            let specialists = map
                .tiers_beside(i)
                .into_iter()
                .map(|(t, tier)| {
                    let titles: Vec<String> = map
                        .tier_levels_at(t, i)
                        .iter()
                        .flat_map(|l| l.titles.iter().map(|x| x.to_string()))
                        .collect();
                    Msg::TitlesWithRole {
                        titles: titles.join(w.sep_titles),
                        role: tier.role.to_string(),
                    }
                    .text(lang)
                })
                .collect();
            let titles = if s.titles.len() > 1 || s.titles.first().is_some_and(|t| **t != *s.name) {
                super::join(&s.titles, w.sep_titles)
            } else {
                String::new()
            };
            GridRow {
                step: s.name.to_string(),
                titles,
                role: s.role.to_string(),
                ojt: role_text_in(&s.ojt, lang),
                appraisal: role_text_in(&s.appraisal, lang),
                trainings,
                specialists,
            }
        })
        .collect();
    Grid { rows }
}

fn legend(map: &CareerMap, lang: Lang) -> Vec<(String, String)> {
    let w = labels(lang);
    let mut out = vec![
        (INFERRED_MARK.to_string(), w.handout_inferred.to_string()),
        (NOTE_MARK.to_string(), w.handout_note.to_string()),
    ];
    let symbols: Vec<String> = map
        .measures
        .iter()
        .map(|m| format!("{}{}", m.symbol, m.name))
        .collect();
    if let (Some(first), Some(last)) = (map.measures.first(), map.measures.last()) {
        out.push((
            Msg::SymbolRange {
                first: first.symbol.to_string(),
                last: last.symbol.to_string(),
            }
            .text(lang),
            Msg::MeasureNumbers {
                symbols: symbols.join(w.sep_names),
            }
            .text(lang),
        ));
    }
    out
}

/// The whole map: the grid, the overview, every step, the specialist tiers, the trainings
/// open to all, the glossary.
///
/// Quiet (a ＊ where a reading stands), then an appendix that sets every fact beside its
/// source text (原文) and its notes; with `source`, the chapters are complete too.
pub fn handout(map: &CareerMap, source: bool) -> Handout {
    handout_in(map, source, Lang::Ja)
}

/// [`handout`] in `lang`.
pub fn handout_in(map: &CareerMap, source: bool, lang: Lang) -> Handout {
    let w = labels(lang);
    let ladder = map.ladder();
    let mut chapters = Vec::new();
    // The overview, without the document's title and without its lists of trainings (each
    // training is listed once, in the chapter of its step or of the trainings open to all).
    let mut ov = overview_in(map, lang);
    ov.remove(0);
    drop_training_lists(&mut ov, lang);
    chapters.push(Chapter {
        id: "overview".into(),
        title: w.handout_overview.into(),
        items: ov,
    });
    for &i in &ladder {
        chapters.push(place_chapter(
            map,
            Place::Step(i),
            None,
            format!("step-{}", i.position()),
            lang,
        ));
    }
    for (t, _) in map.tiers_indexed() {
        chapters.push(place_chapter(
            map,
            Place::Tier(t),
            None,
            format!("tier-{}", t.position()),
            lang,
        ));
    }
    chapters.push(blocks_chapter(map, lang));
    if !map.glossary.is_empty() {
        let mut g = glossary_in(map, lang);
        let title = match g.remove(0) {
            Item::Title(t) => t,
            _ => w.tab_glossary.into(),
        };
        chapters.push(Chapter {
            id: "glossary".into(),
            title,
            items: g,
        });
    }
    // The appendix is built from the complete chapters, each under its own title.
    let body: Vec<Item> = chapters
        .iter()
        .flat_map(|c| std::iter::once(Item::Title(c.title.clone())).chain(c.items.clone()))
        .collect();
    let mut appendix = appendix_in(&body, lang);
    appendix.remove(0);
    for c in &mut chapters {
        c.items = shown(&c.items, source, w.handout_notes_appendix, lang);
    }
    chapters.push(Chapter {
        id: "appendix".into(),
        title: w.appendix_title.into(),
        items: appendix,
    });
    let mut legend = legend(map, lang);
    if !map.glossary.is_empty() {
        legend.push((w.explain_mark.into(), w.handout_explain.into()));
    }
    Handout {
        title: Msg::HandoutTitle {
            organisation: map.meta.organisation.to_string(),
            map: map.meta.map_title.to_string(),
        }
        .text(lang),
        subtitle: Msg::HandoutSubtitle {
            title: map.meta.title.to_string(),
            edition: map.meta.edition.to_string(),
        }
        .text(lang),
        grid: grid(map, &ladder, lang),
        legend,
        chapters,
        lang,
    }
}

/// A workshop handout for one grade: the grid and a chapter for each place from there to
/// the top, then the trainings open to all.
pub fn grade_handout(map: &CareerMap, standing: &Standing) -> Handout {
    grade_handout_in(map, standing, Lang::Ja)
}

/// [`grade_handout`] in `lang`.
pub fn grade_handout_in(map: &CareerMap, standing: &Standing, lang: Lang) -> Handout {
    let w = labels(lang);
    let ladder = map.ladder();
    let mut chapters = Vec::new();
    let start = match standing.place {
        Place::Step(i) => Some(i),
        Place::Tier(t) => {
            chapters.push(place_chapter(
                map,
                standing.place,
                Some(standing),
                format!("tier-{}", t.position()),
                lang,
            ));
            map.title_level(t, &standing.title)
                .and_then(|l| map.next_step(l))
        }
    };
    let walked: Vec<StepIndex> = match start {
        Some(s) => {
            let from = ladder.iter().position(|&x| x == s).unwrap_or(0);
            ladder[from..].to_vec()
        }
        None => Vec::new(),
    };
    for &i in &walked {
        chapters.push(place_chapter(
            map,
            Place::Step(i),
            Some(standing),
            format!("step-{}", i.position()),
            lang,
        ));
    }
    chapters.push(blocks_chapter(map, lang));
    // The grid from the reader's level up (a specialist's own level included).
    let grid_steps: Vec<StepIndex> = match standing.place {
        Place::Tier(t) => match map.title_level(t, &standing.title) {
            Some(l) => {
                let from = ladder.iter().position(|&x| x == l).unwrap_or(0);
                ladder[from..].to_vec()
            }
            None => ladder.clone(),
        },
        Place::Step(_) => walked.clone(),
    };
    for c in &mut chapters {
        c.items = shown(&c.items, false, w.handout_notes_show, lang);
    }
    let mut legend = legend(map, lang);
    legend[0].1 = w.handout_inferred_show.into();
    let has = |f: fn(&Item) -> bool| chapters.iter().flat_map(|c| &c.items).any(f);
    if has(|i| matches!(i, Item::Here(_))) {
        legend.push((HERE_MARK.into(), w.handout_here.into()));
    }
    if has(|i| matches!(i, Item::Mine(..))) {
        legend.push((YEAR_MARK.into(), w.handout_year.into()));
    }
    Handout {
        title: Msg::GradeHandoutTitle {
            organisation: map.meta.organisation.to_string(),
            map: map.meta.map_title.to_string(),
            from: standing.describe_in(lang),
        }
        .text(lang),
        subtitle: Msg::HandoutSubtitle {
            title: map.meta.title.to_string(),
            edition: map.meta.edition.to_string(),
        }
        .text(lang),
        grid: grid(map, &grid_steps, lang),
        legend,
        chapters,
        lang,
    }
}

/// A chapter's items as a handout shows them: quiet, or complete with `source`; the legend
/// stands once, before the first chapter, not in each.
fn shown(items: &[Item], source: bool, how: &str, lang: Lang) -> Vec<Item> {
    let mut out = if source {
        full_in(items, lang)
    } else {
        quiet_in(items, how, lang)
    };
    let prefix = labels(lang).legend_prefix;
    out.retain(|i| !matches!(i, Item::Text(t) if t.starts_with(prefix)));
    out
}

/// A handout of any list of items (`export`, `diff`, `show --overview` as HTML): the first
/// title is the document's, each further title starts a chapter; no grid.
pub fn document(items: &[Item]) -> Handout {
    document_in(items, Lang::Ja)
}

/// [`document`] in `lang`.
pub fn document_in(items: &[Item], lang: Lang) -> Handout {
    let mut title = String::new();
    let mut chapters: Vec<Chapter> = Vec::new();
    let mut lead: Vec<Item> = Vec::new();
    for item in items {
        match item {
            Item::Title(t) if title.is_empty() && chapters.is_empty() && lead.is_empty() => {
                title = t.clone()
            }
            Item::Title(t) => chapters.push(Chapter {
                id: format!("part-{}", chapters.len() + 1),
                title: t.clone(),
                items: Vec::new(),
            }),
            other => match chapters.last_mut() {
                Some(c) => c.items.push(other.clone()),
                None => lead.push(other.clone()),
            },
        }
    }
    if !lead.is_empty() {
        chapters.insert(
            0,
            Chapter {
                id: "part-0".into(),
                title: title.clone(),
                items: lead,
            },
        );
    }
    Handout {
        title,
        subtitle: String::new(),
        grid: Grid { rows: Vec::new() },
        legend: if items.iter().any(|i| matches!(i, Item::Inferred(..))) {
            vec![(
                INFERRED_MARK.to_string(),
                labels(lang).document_inferred.to_string(),
            )]
        } else {
            Vec::new()
        },
        chapters,
        lang,
    }
}

/// A step's or tier's chapter, each training listed once: the step's "next step" names the
/// next step's trainings only by its chapter, a tier's promotions point to the line step's.
fn place_chapter(
    map: &CareerMap,
    place: Place,
    standing: Option<&Standing>,
    id: String,
    lang: Lang,
) -> Chapter {
    let mut items = place_page_in(map, place, standing, false, lang);
    let title = match items.first() {
        Some(Item::Title(_)) => match items.remove(0) {
            Item::Title(t) => t,
            _ => unreachable!(),
        },
        _ => place_name_in(map, place, lang),
    };
    match place {
        Place::Step(i) => {
            if let Some(n) = map.next_step(i) {
                let step = map[n].name.to_string();
                let prefix = Msg::NextPromotion {
                    step: step.clone(),
                    names: String::new(),
                }
                .text(lang);
                for item in &mut items {
                    if matches!(item, Item::Bullet(0, t) if t.starts_with(&prefix)) {
                        *item = Item::Bullet(0, Msg::InChapter { step: step.clone() }.text(lang));
                    }
                }
            }
            // The years of 集中育成期間 by the names the catalog gives them, listed in the
            // chapter of the step whose row prints them; elsewhere one line says where.
            let y = &map.year_training;
            let home = *map[i].id == *y.step;
            let home_name = map
                .step_index(&y.step)
                .map_or_else(String::new, |s| map[s].name.to_string());
            let mut said = false;
            items.retain_mut(|item| {
                let (Item::Bullet(d, t) | Item::Mine(d, t)) = item else {
                    return true;
                };
                let Some(e) = y.years.iter().find(|e| {
                    *t == Msg::YearEntry {
                        year: e.year,
                        contents: e.contents.to_string(),
                    }
                    .text(lang)
                }) else {
                    return true;
                };
                if home {
                    *t = Msg::YearTrainingEntry {
                        subtitle: y.subtitle.to_string(),
                        year: e.year,
                        contents: e.contents.to_string(),
                    }
                    .text(lang);
                    true
                } else if !said {
                    said = true;
                    *item = Item::Bullet(
                        *d,
                        Msg::YearTrainingInChapter {
                            subtitle: y.subtitle.to_string(),
                            home: home_name.clone(),
                        }
                        .text(lang),
                    );
                    true
                } else {
                    false
                }
            });
        }
        Place::Tier(t) => tier_trainings_by_reference(map, t, &mut items, lang),
    }
    Chapter { id, title, items }
}

/// In a tier's chapter, the promotion trainings (listed in the line steps' chapters) become
/// one line each that says where they are.
fn tier_trainings_by_reference(map: &CareerMap, t: TierIndex, items: &mut Vec<Item>, lang: Lang) {
    let w = labels(lang);
    let Some(start) = items
        .iter()
        .position(|i| matches!(i, Item::Heading(h) if h == w.heading_training))
    else {
        return;
    };
    let end = items[start + 1..]
        .iter()
        .position(|i| matches!(i, Item::Heading(_)))
        .map_or(items.len(), |e| start + 1 + e);
    let mut section = Vec::new();
    for l in &map[t].levels {
        let Some(si) = map.step_index(&l.step) else {
            continue;
        };
        if map.promotion_into(si).is_some() {
            section.push(Item::Bullet(
                0,
                Msg::TierPromotionInChapter {
                    titles: super::join(&l.titles, w.sep_titles),
                    step: map[si].name.to_string(),
                }
                .text(lang),
            ));
        }
    }
    if section.is_empty() {
        return;
    }
    items.splice(start + 1..end, section);
}

/// Drop the overview's "この施策の研修" lists: a training is listed in its own chapter.
fn drop_training_lists(items: &mut Vec<Item>, lang: Lang) {
    // The heading as the overview words it, up to its count.
    let heading = Msg::MeasureTrainings { n: 0 }.text(lang);
    let prefix = &heading[..heading.find('0').unwrap_or(heading.len())];
    let mut out = Vec::with_capacity(items.len());
    let mut skipping = false;
    for item in items.drain(..) {
        match &item {
            Item::Heading(h) if h.starts_with(prefix) => {
                skipping = true;
                continue;
            }
            Item::Heading(_) | Item::Title(_) => skipping = false,
            _ => {}
        }
        if !skipping {
            out.push(item);
        }
    }
    *items = out;
}

fn blocks_chapter(map: &CareerMap, lang: Lang) -> Chapter {
    let mut items = Vec::new();
    open_to_all_in(map, &mut items, lang);
    Chapter {
        id: "blocks".into(),
        title: labels(lang).untied.into(),
        items,
    }
}
