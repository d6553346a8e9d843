//! The slides of presentation mode. A slide never includes a reader's standing or record.

use super::{Item, open_to_all, place_page, topic_page};
use crate::app::Slide;
use crate::content::Topic;
use crate::model::{CareerMap, Place};

/// The items of one slide.
pub fn slide_items(map: &CareerMap, slide: Slide) -> Vec<Item> {
    match slide {
        Slide::Cover => {
            let m = &map.meta;
            vec![
                Item::Title(format!("{}　{}", m.organisation, m.title)),
                Item::Text(m.map_title.to_string()),
                Item::Text(m.edition.to_string()),
                Item::Heading("目指すべき職員像".into()),
                Item::Text(map.vision.goal.to_string()),
            ]
        }
        Slide::Overview => topic_page(map, Topic::Vision),
        Slide::Step(i) => place_page(map, Place::Step(i), None, false),
        Slide::Tier(t) => place_page(map, Place::Tier(t), None, false),
        Slide::Blocks => {
            let mut out = vec![Item::Title(
                "全職位共通の研修（職位を問わず受講できる）".into(),
            )];
            open_to_all(map, &mut out);
            out
        }
    }
}

/// The short name of a slide, for the progress line.
pub fn slide_name(map: &CareerMap, slide: Slide) -> String {
    match slide {
        Slide::Cover => "表紙".into(),
        Slide::Overview => "全体像".into(),
        Slide::Step(i) => map.steps[i].name.to_string(),
        Slide::Tier(t) => format!("スタッフ職（{}）", map.specialist_tiers[t].name),
        Slide::Blocks => "全職位共通の研修".into(),
    }
}
