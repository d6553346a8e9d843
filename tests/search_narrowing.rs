//! Typing on narrows the previous hits instead of searching the whole index again: the
//! hits are the same as a fresh search's at every key, whatever was typed before.

use career_nav::model;
use career_nav::search::{Index, Matched};

fn typed_one_by_one(index: &Index, keys: &[&str]) {
    let mut matched = Matched::default();
    let mut query = String::new();
    for k in keys {
        if *k == "\u{8}" {
            query.pop();
        } else {
            query.push_str(k);
        }
        let (hits, now) = index.search_narrowing(&query, &matched);
        assert_eq!(
            hits.iter().collect::<Vec<_>>(),
            index.search(&query),
            "after typing {query:?}"
        );
        matched = now;
    }
}

#[test]
fn narrowed_hits_are_a_fresh_searchs_hits() {
    let map = model::load_embedded().unwrap();
    let index = Index::build(&map);
    assert!(
        !index.search("研").is_empty()
            && index.search("研修 主任").len() < index.search("研").len()
    );
    typed_one_by_one(&index, &["研", "修", " ", "主", "任"]);
    // Backspace, and retyping: a shorter query is searched afresh.
    typed_one_by_one(&index, &["研", "修", "\u{8}", "\u{8}", "O", "J", "T"]);
    // Half-width katakana whose voicing mark joins the kana before it: "ｶ" then "ｶﾞ".
    typed_one_by_one(&index, &["ｶ", "ﾞ", "ｲ"]);
    // Full-width and half-width, upper and lower case.
    typed_one_by_one(&index, &["ｏ", "j", "Ｔ"]);
    // A word added before the last one is finished.
    typed_one_by_one(&index, &["主", " ", "研", "修"]);
}

#[path = "../benches/support/mod.rs"]
mod support;

/// In the search box: typing on narrows, deleting gives back the shorter query's hits;
/// at every key the hits are a fresh search's.
#[test]
fn the_search_box_shows_a_fresh_searchs_hits_at_every_key() {
    use career_nav::app::Overlay;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = support::app();
    career_nav::tui::handle_key(&mut app, &support::key("/"));
    let backspace = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
    let keys = [
        "研", "修", "BS", "BS", "主", " ", "研", "BS", "修", "BS", "BS", "BS", "O",
    ];
    for k in keys {
        let event = if k == "BS" {
            backspace
        } else {
            support::key(k)
        };
        career_nav::tui::handle_key(&mut app, &event);
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("the search box closed after {k}");
        };
        assert_eq!(
            s.hits.iter().collect::<Vec<_>>(),
            app.index().search(&s.query),
            "query {:?}",
            s.query
        );
    }
}

/// The index the navigator builds on a thread of its own after the first frame is the
/// index built in place (`tests/work_aside.rs` counts that it is built once).
#[test]
fn the_index_built_aside_is_the_index_built_in_place() {
    let app = support::app();
    app.work_aside();
    app.work_aside();
    for q in ["研修", "ojt", "主任 研修"] {
        assert_eq!(
            app.index().search(q),
            Index::build(&app.map).search(q),
            "{q}"
        );
    }
    assert!(app.index_is_built());
}

/// The widths measured aside are the widths measured in place, and the catalog's is the
/// widest row as a row is written (its parts measured, not the rows made).
#[test]
fn the_widths_measured_aside_are_the_rows_widths() {
    use unicode_width::UnicodeWidthStr;
    let aside = support::app();
    aside.work_aside();
    let here = support::app();
    assert_eq!(aside.catalog_row_width(), here.catalog_row_width());
    assert_eq!(aside.overview_row_width(), here.overview_row_width());
    let map = &here.map;
    let widest = map
        .catalog()
        .iter()
        .map(|e| {
            let symbol = e.measure.map_or("", |m| &*map[m].symbol);
            format!("{symbol} {}［{}］", e.name, e.applies.describe(map)).width()
        })
        .max()
        .unwrap();
    assert_eq!(here.catalog_row_width(), widest);
    let topics = career_nav::content::topics(map);
    let widest = topics
        .iter()
        .map(|t| career_nav::content::topic_label_in(map, *t, here.lang).width())
        .max()
        .unwrap();
    assert_eq!(here.overview_row_width(), widest);
}
