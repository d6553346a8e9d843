//! The app's state and updates, without a terminal: keys go through the keymap into
//! `App::update`, exactly as the event loop sends them.

mod common;

use career_nav::app::{Focus, MAX_YEAR, Mode, PickerStage, Tab};
use career_nav::keymap::Context;
use career_nav::model::Place;
use career_nav::tui::handle_key;
use common::{app_at, key, type_keys};

fn press(app: &mut career_nav::app::App, keys: &str) {
    for k in keys.split_whitespace() {
        handle_key(app, &key(k));
    }
}

fn step_name(app: &career_nav::app::App) -> String {
    match app.selected() {
        Place::Step(i) => app.map[i].name.to_string(),
        Place::Tier(t) => format!("tier:{}", app.map[t].id),
    }
}

#[test]
fn picker_then_ladder() {
    let mut app = app_at(None, None);
    assert_eq!(app.context(), Context::PickGrade);
    press(&mut app, "j j j Enter");
    assert_eq!(app.context(), Context::PickYear);
    press(&mut app, "1 2 Enter");
    let s = app.standing.clone().unwrap();
    assert_eq!(s.title, "グループ長");
    assert_eq!(s.year, Some(12));
    assert!(app.tab == Tab::Ladder && app.picker().is_none());
    assert_eq!(step_name(&app), "グループ長");
}

#[test]
fn an_alias_title_stands_on_its_step() {
    let mut app = app_at(None, None);
    // 施設の長 is listed right after グループ長.
    press(&mut app, "j j j j Enter 5 Enter");
    assert_eq!(app.standing.as_ref().unwrap().title, "施設の長");
    assert_eq!(step_name(&app), "グループ長");
}

#[test]
fn year_entry_stays_in_range() {
    let mut app = app_at(None, None);
    press(&mut app, "Enter");
    press(&mut app, "j j j");
    assert_eq!(app.picker().unwrap().year, 1, "never below 1");
    press(&mut app, "4 6");
    assert_eq!(
        app.picker().unwrap().year,
        6,
        "46 is out of range: starts again with 6"
    );
    press(&mut app, "BSpace 0");
    assert!(app.picker().unwrap().year >= 1);
    press(&mut app, "4 5");
    assert_eq!(app.picker().unwrap().year, 45);
    press(&mut app, "k");
    assert_eq!(app.picker().unwrap().year, MAX_YEAR);
    press(&mut app, "Esc");
    assert_eq!(app.picker().unwrap().stage, PickerStage::Grade);
}

#[test]
fn walking_the_ladder_up_and_down() {
    let mut app = app_at(Some("1級"), Some(1));
    press(&mut app, "j");
    assert_eq!(step_name(&app), "1級", "no rung below 1級");
    press(&mut app, "k k k");
    assert_eq!(step_name(&app), "グループ長");
    // Home and End go as drawn: the top of the screen is the top of the ladder.
    press(&mut app, "Home");
    assert_eq!(step_name(&app), "部長");
    press(&mut app, "Up");
    assert_eq!(step_name(&app), "部長", "no rung above 部長");
    press(&mut app, "End");
    assert_eq!(step_name(&app), "1級");
}

#[test]
fn the_specialist_track_beside_the_line() {
    let mut app = app_at(Some("主任"), Some(8));
    assert!(
        !app.can(career_nav::keymap::Action::Right),
        "nothing beside 主任"
    );
    press(&mut app, "l");
    assert_eq!(step_name(&app), "主任");
    press(&mut app, "k l");
    assert_eq!(step_name(&app), "tier:staff1");
    press(&mut app, "k");
    assert_eq!(step_name(&app), "tier:staff1", "主幹・技監 at 課長補佐");
    press(&mut app, "k");
    assert_eq!(step_name(&app), "tier:staff2", "副参事 at 課長");
    press(&mut app, "k");
    assert_eq!(
        step_name(&app),
        "部長",
        "nothing beside 部長: back on the line"
    );
    press(&mut app, "Esc");
    assert_eq!(step_name(&app), "主任", "Esc returns to where you stand");
}

#[test]
fn a_specialist_starts_on_their_track_at_their_level() {
    let app = app_at(Some("副技監"), Some(18));
    assert_eq!(step_name(&app), "tier:staff1");
    assert_eq!(
        app.ladder[app.cursor.row],
        app.map.step_index("group_cho").unwrap()
    );
    let app = app_at(Some("技監"), Some(18));
    assert_eq!(
        app.ladder[app.cursor.row],
        app.map.step_index("kacho_hosa").unwrap()
    );
}

#[test]
fn focus_and_scroll_of_the_detail() {
    let mut app = app_at(Some("主任"), Some(3));
    // The scroll extent is measured when the screen is drawn.
    type_keys(&mut app, "Enter", 80, 24);
    assert_eq!(app.focus, Focus::Detail);
    type_keys(&mut app, "j j j", 80, 24);
    assert_eq!(app.detail.offset, 3);
    type_keys(&mut app, "End", 80, 24);
    assert_eq!(app.detail.offset, app.detail.max());
    type_keys(&mut app, "PgDn j", 80, 24);
    assert_eq!(app.detail.offset, app.detail.max(), "never past the end");
    type_keys(&mut app, "Home k", 80, 24);
    assert_eq!(app.detail.offset, 0);
    type_keys(&mut app, "Esc", 80, 24);
    assert_eq!(app.focus, Focus::Ladder);
    // Moving to another step starts its page at the top.
    type_keys(&mut app, "Enter End Esc k", 80, 24);
    assert_eq!(app.detail.offset, 0);
}

#[test]
fn help_opens_and_closes_from_every_screen() {
    for keys in ["", "Enter", "Tab", "Tab Tab", "3 Enter", "4"] {
        let mut app = app_at(Some("主任"), Some(3));
        press(&mut app, keys);
        let before = app.context();
        press(&mut app, "?");
        assert_eq!(app.context(), Context::Help);
        press(&mut app, "?");
        assert_eq!(app.context(), before);
    }
    let mut app = app_at(None, None);
    press(&mut app, "? Esc");
    assert_eq!(app.context(), Context::PickGrade);
}

#[test]
fn changing_where_you_stand_can_be_cancelled() {
    let mut app = app_at(Some("課長"), Some(20));
    press(&mut app, "p");
    assert_eq!(app.context(), Context::PickGrade);
    press(&mut app, "Esc");
    assert!(app.tab == Tab::Ladder && app.picker().is_none());
    assert_eq!(app.standing.as_ref().unwrap().title, "課長");
    // Without a standing, Esc on the first question has nowhere to go back to.
    let mut app = app_at(None, None);
    press(&mut app, "Esc");
    assert_eq!(app.context(), Context::PickGrade);
}

#[test]
fn quit_from_anywhere() {
    for keys in ["", "Enter", "Enter 3", "?"] {
        let mut app = app_at(None, None);
        press(&mut app, keys);
        press(&mut app, "q");
        assert!(app.quit, "q after {keys:?}");
        let mut app = app_at(Some("部長"), Some(30));
        press(&mut app, keys);
        press(&mut app, "C-c");
        assert!(app.quit, "Ctrl-C after {keys:?}");
    }
}

#[test]
fn the_picker_opened_from_a_screen_goes_back_to_it() {
    // Esc: back where `p` was pressed, the list's selection kept.
    for (keys, tab) in [
        ("5 j j", Tab::Glossary),
        ("6 j", Tab::Record),
        ("3", Tab::Catalog),
    ] {
        let mut app = app_at(Some("主任"), Some(8));
        type_keys(&mut app, keys, 100, 30);
        let glossary = app.glossary.selected;
        type_keys(&mut app, "p", 100, 30);
        assert!(matches!(app.mode, Mode::Choosing(_)), "{keys}");
        type_keys(&mut app, "Esc", 100, 30);
        assert!(matches!(app.mode, Mode::Browsing), "{keys}");
        assert_eq!(app.tab, tab, "{keys} p Esc");
        assert_eq!(app.glossary.selected, glossary);
    }
    // A choice: the screen is shown again, with the new standing.
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "6 p k Enter Enter", 100, 30);
    assert_eq!(app.tab, Tab::Record);
    assert_eq!(app.standing.as_ref().unwrap().title, "2級");
}
