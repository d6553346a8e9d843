//! A page on screen lists at most `content::SCREEN_LIST` entries of one list and says how
//! many more there are and where they are all listed; documents (`show`) list everything.
//! The source's lists are far shorter, so on the embedded map nothing is ever cut.

#[path = "../benches/support/mod.rs"]
mod support;

mod common;

use career_nav::content::{
    self, Item, SCREEN_LIST, Topic, open_to_all_page_in, open_to_all_screen_page_in, topic_page_in,
    topic_screen_page_in, topics,
};
use career_nav::model::{self, CareerMap, Lang, Measure};

/// The embedded map thirteen times over: 104 initiatives, 182 trainings of ①, 377
/// trainings open to all grades.
fn big() -> CareerMap {
    model::parse(&support::big_map_text(13), "big").unwrap()
}

fn texts(items: &[Item]) -> Vec<String> {
    items.iter().map(|i| format!("{i:?}")).collect()
}

fn more_lines(items: &[Item]) -> Vec<String> {
    texts(items)
        .into_iter()
        .filter(|t| t.contains("に並んでいます") || t.contains(" more are listed under "))
        .collect()
}

/// The bullets under the heading `heading`, up to the next heading.
fn bullets_under(items: &[Item], heading: &str) -> usize {
    let start = items
        .iter()
        .position(|i| matches!(i, Item::Heading(h) if h.starts_with(heading)))
        .unwrap_or_else(|| panic!("no heading {heading}: {:?}", texts(items)));
    items[start + 1..]
        .iter()
        .take_while(|i| !matches!(i, Item::Heading(_)))
        .filter(|i| matches!(i, Item::Bullet(0, _)))
        .count()
}

#[test]
fn the_vision_page_on_screen_lists_the_first_initiatives_and_says_where_the_rest_are() {
    let map = big();
    assert_eq!(map.initiatives.len(), 104);
    let screen = topic_screen_page_in(&map, Topic::Vision, Lang::Ja);
    assert_eq!(bullets_under(&screen, "新規・拡充する取組"), SCREEN_LIST);
    assert_eq!(
        more_lines(&screen),
        [r#"Text("ほか4件は「全体像」に並んでいます。")"#]
    );
    // The document lists them all, with no such line.
    let whole = topic_page_in(&map, Topic::Vision, Lang::Ja);
    assert_eq!(bullets_under(&whole, "新規・拡充する取組"), 104);
    assert!(more_lines(&whole).is_empty());
    // In English too.
    let en = topic_screen_page_in(&map, Topic::Vision, Lang::En);
    assert_eq!(
        more_lines(&en),
        [r#"Text("4 more are listed under \"Overview\".")"#]
    );
}

#[test]
fn a_measure_page_on_screen_counts_every_training_and_lists_the_first() {
    let map = big();
    let first = map.indexed::<Measure>().next().unwrap().0;
    let n = map.catalog_of(first).count();
    assert!(n > SCREEN_LIST, "{n}");
    let screen = topic_screen_page_in(&map, Topic::Measure(first), Lang::Ja);
    let heading = format!("この施策の研修（{n}件）");
    assert_eq!(bullets_under(&screen, &heading), SCREEN_LIST);
    assert_eq!(
        more_lines(&screen),
        [format!(
            r#"Text("ほか{}件は「研修一覧」に並んでいます。")"#,
            n - SCREEN_LIST
        )]
    );
    let whole = topic_page_in(&map, Topic::Measure(first), Lang::Ja);
    assert_eq!(bullets_under(&whole, &heading), n);
    // The screen's entries are the document's first ones, in the same order.
    assert_eq!(
        texts(&screen[..screen.len() - 1]),
        texts(&whole[..screen.len() - 1])
    );
}

#[test]
fn the_trainings_open_to_all_on_screen_stop_at_the_limit() {
    let map = big();
    let total: usize = map
        .blocks
        .iter()
        .flat_map(|b| &b.groups)
        .map(|g| g.items.len())
        .sum();
    assert_eq!(total, 29 * 13);
    let whole = open_to_all_page_in(&map, Lang::Ja);
    let screen = open_to_all_screen_page_in(&map, Lang::Ja);
    assert_eq!(
        more_lines(&screen),
        [format!(
            r#"Text("ほか{}件は「研修一覧」に並んでいます。")"#,
            total - SCREEN_LIST
        )]
    );
    // What the screen shows is the document's beginning, up to the 100th training's name.
    let shown = &screen[..screen.len() - 1];
    assert_eq!(texts(shown), texts(&whole[..shown.len()]));
    // One bullet per training, starting with its name (the count holds on the whole page).
    let names: Vec<&str> = map
        .blocks
        .iter()
        .flat_map(|b| &b.groups)
        .flat_map(|g| &g.items)
        .map(|x| &*x.name)
        .collect();
    let trainings = |items: &[Item]| {
        items
            .iter()
            .filter(|i| matches!(i, Item::Bullet(_, t) if names.iter().any(|n| t.starts_with(n))))
            .count()
    };
    assert_eq!(trainings(&whole), total);
    assert_eq!(trainings(shown), SCREEN_LIST);
    // `show` (a document) lists every one.
    let at = map.resolve_title("主任").unwrap();
    let standing = content::Standing {
        place: at.place,
        title: at.title,
        year: Some(3),
    };
    let doc = content::walk(&map, &standing);
    assert!(more_lines(&doc).is_empty());
}

#[test]
fn nothing_is_cut_on_the_embedded_map() {
    let map = model::load_embedded().unwrap();
    for t in topics(&map) {
        let screen = topic_screen_page_in(&map, t, Lang::Ja);
        assert_eq!(
            texts(&screen),
            texts(&topic_page_in(&map, t, Lang::Ja)),
            "{t:?}"
        );
    }
    assert_eq!(
        texts(&open_to_all_screen_page_in(&map, Lang::Ja)),
        texts(&open_to_all_page_in(&map, Lang::Ja))
    );
}

/// On screen: the overview's vision page of the larger map, scrolled to its end, says where
/// the other initiatives are.
#[test]
fn the_overview_shows_the_line_at_the_end_of_the_page() {
    let mut app = support::app_on(big(), "主任");
    common::type_keys(&mut app, "2 l End", 100, 30);
    let s = common::screen(&mut app, 100, 30);
    assert!(s.contains("ほか4件は「全体像」に並んでいます。"), "{s}");
}
