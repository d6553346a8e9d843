//! A key on the record screen builds nothing derived from the map again: the catalog is
//! built once per map, however many keys are pressed. (Alone in its test binary: the count
//! is per process.)

use career_nav::model::{self, catalog_builds};
use career_nav::tui::handle_key;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn keys_on_the_record_screen_do_not_rebuild_the_catalog() {
    let map = model::load_embedded().unwrap();
    let at = map.resolve_title("主任").unwrap();
    let standing = career_nav::content::Standing {
        place: at.place,
        title: at.title,
        year: Some(3),
    };
    let mut app = career_nav::app::App::new(map, Some(standing));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let theme = career_nav::screens::Theme::DEFAULT;
    handle_key(&mut app, &key('6'));
    career_nav::tui::render(&mut t, &mut app, &theme).unwrap();
    let built = catalog_builds();
    assert!(
        built >= 1,
        "the record screen lists the catalog's trainings"
    );
    let first = app.record_view.selected;
    for c in "jjjjjjjjjjjjjjjjjjjjkkjjjjjj".chars() {
        handle_key(&mut app, &key(c));
        career_nav::tui::render(&mut t, &mut app, &theme).unwrap();
    }
    assert_ne!(
        app.record_view.selected, first,
        "the keys moved the selection"
    );
    assert_eq!(catalog_builds(), built, "a key rebuilt the catalog");
}
