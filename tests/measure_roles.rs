//! What a measure stands for (the OJT role, the appraisal role of every step) is said in the
//! map file, not by ids in the code: another organisation numbering its measures otherwise
//! keeps its OJT and appraisal roles.

use career_nav::content::{self, Item, Topic};
use career_nav::model::{self, Measure, MeasureRole, Place};

#[test]
fn the_roles_follow_the_measure_the_map_names() {
    let mut map = model::load_embedded().unwrap();
    // The embedded map says ⑥ is OJT and ⑦ appraisal.
    assert_eq!(&*map.measure_for(MeasureRole::Ojt).unwrap().symbol, "⑥");
    assert_eq!(
        &*map.measure_for(MeasureRole::Appraisal).unwrap().symbol,
        "⑦"
    );
    // Another organisation: OJT is its ②, appraisal its ③.
    for m in &mut map.measures {
        m.stands_for = match m.number {
            2 => Some(MeasureRole::Ojt),
            3 => Some(MeasureRole::Appraisal),
            _ => None,
        };
    }
    let step = map.ladder()[0];
    let page = content::place_page(&map, Place::Step(step), None, false);
    let headings: Vec<&str> = page
        .iter()
        .filter_map(|i| match i {
            Item::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert!(headings.contains(&"②OJTでの役割"), "{headings:?}");
    assert!(headings.contains(&"③人事考課での役割"), "{headings:?}");
    // The measure's own page lists every step's role under it.
    let ojt = map
        .indexed::<Measure>()
        .find(|(_, m)| m.number == 2)
        .unwrap()
        .0;
    let topic = content::topic_page(&map, Topic::Measure(ojt));
    assert!(
        topic
            .iter()
            .any(|i| matches!(i, Item::Heading(h) if h == "職位ごとの OJT での役割")),
        "{topic:?}"
    );
    let old = map
        .indexed::<Measure>()
        .find(|(_, m)| m.number == 6)
        .unwrap()
        .0;
    let topic = content::topic_page(&map, Topic::Measure(old));
    assert!(
        !topic
            .iter()
            .any(|i| matches!(i, Item::Heading(h) if h.contains("OJT での役割"))),
        "⑥ no longer stands for OJT: {topic:?}"
    );
}
