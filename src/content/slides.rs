//! The slides of presentation mode. A slide never includes a reader's standing or record.

use super::{Item, open_to_all_in, place_page_in, topic_page_in};
use crate::app::Slide;
use crate::content::Topic;
use crate::model::{CareerMap, Lang, Place};
use crate::words::{Msg, labels};

/// The items of one slide.
pub fn slide_items(map: &CareerMap, slide: Slide) -> Vec<Item> {
    slide_items_in(map, slide, Lang::Ja)
}

/// [`slide_items`] in `lang`.
pub fn slide_items_in(map: &CareerMap, slide: Slide, lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    match slide {
        Slide::Cover => {
            let m = &map.meta;
            // The map's title is printed; the city and the document's title are identified.
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
            out.extend([
                Item::Text(
                    Msg::Edition {
                        edition: m.edition.to_string(),
                    }
                    .text(lang),
                ),
                Item::Heading(w.vision.into()),
                Item::Text(map.vision.goal.to_string()),
            ]);
            out
        }
        Slide::Overview => topic_page_in(map, Topic::Vision, lang),
        Slide::Step(i) => place_page_in(map, Place::Step(i), None, false, lang),
        Slide::Tier(t) => place_page_in(map, Place::Tier(t), None, false, lang),
        Slide::Blocks => {
            let mut out = vec![Item::Title(w.untied.into())];
            open_to_all_in(map, &mut out, lang);
            out
        }
    }
}

/// The short name of a slide, for the progress line.
pub fn slide_name(map: &CareerMap, slide: Slide) -> String {
    slide_name_in(map, slide, Lang::Ja)
}

/// [`slide_name`] in `lang`.
pub fn slide_name_in(map: &CareerMap, slide: Slide, lang: Lang) -> String {
    let w = labels(lang);
    match slide {
        Slide::Cover => w.slide_cover.into(),
        Slide::Overview => w.tab_overview.into(),
        Slide::Step(i) => map[i].name.to_string(),
        Slide::Tier(t) => Msg::SpecialistPlace {
            name: map[t].name.to_string(),
        }
        .text(lang),
        Slide::Blocks => w.slide_blocks.into(),
    }
}

/// The title of the handout's appendix.
pub const APPENDIX: &str = "付録　原文と注記";

/// Every fact that has a 原文 or a note, beside them: the fact as shown, its 原文 (the text as
/// printed in the source) and the full inference notes, under the page it belongs to.
pub fn appendix(items: &[Item]) -> Vec<Item> {
    appendix_in(items, Lang::Ja)
}

/// [`appendix`] in `lang`.
pub fn appendix_in(items: &[Item], lang: Lang) -> Vec<Item> {
    let w = labels(lang);
    let mut out = vec![
        Item::Title(w.appendix_title.into()),
        Item::Text(w.appendix_intro.into()),
    ];
    let mut page: Option<&str> = None;
    let mut page_shown = false;
    let mut fact: Option<&str> = None;
    let mut fact_shown = false;
    for item in items {
        match item {
            Item::Title(t) => {
                page = Some(t);
                page_shown = false;
                fact = Some(t);
                fact_shown = false;
            }
            Item::Source(_, n) | Item::Inferred(_, n) => {
                if !page_shown && let Some(p) = page {
                    out.push(Item::Heading(p.to_string()));
                    page_shown = true;
                }
                if !fact_shown && let Some(f) = fact {
                    out.push(Item::Bullet(0, f.to_string()));
                    fact_shown = true;
                }
                out.push(match item {
                    Item::Source(..) => Item::Source(1, n.clone()),
                    _ => Item::Inferred(1, n.clone()),
                });
            }
            Item::Heading(t)
            | Item::Subheading(t)
            | Item::Text(t)
            | Item::Here(t)
            | Item::Bullet(_, t)
            | Item::Mine(_, t) => {
                fact = Some(t);
                fact_shown = false;
            }
        }
    }
    out
}
