//! Keys that arrive while a frame is drawn are applied together, then drawn once: the
//! event loop applies every waiting event of a burst (`tui::apply_event`) before its next
//! frame; `tui::apply_events` is that run of events.

use career_nav::tui::{MAX_EVENTS_PER_FRAME, apply_events};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[path = "../benches/support/mod.rs"]
mod support;

fn key(c: char) -> std::io::Result<Event> {
    Ok(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

#[test]
fn queued_keys_are_applied_together_and_drawn_once() {
    let mut one_by_one = support::app();
    let mut together = support::app();
    let (mut t1, c1) = support::bytes::counting_terminal(80, 24);
    let (mut t2, c2) = support::bytes::counting_terminal(80, 24);
    support::draw(&mut t1, &mut one_by_one);
    support::draw(&mut t2, &mut together);
    let keys = "6jjjjjjjjjj";
    let frames_before = c1.writes.get();
    for c in keys.chars() {
        apply_events(&mut one_by_one, [key(c)]).unwrap();
        support::draw(&mut t1, &mut one_by_one);
    }
    assert_eq!(
        c1.writes.get() - frames_before,
        keys.len(),
        "a frame per key"
    );
    let before = c2.writes.get();
    let taken = apply_events(&mut together, keys.chars().map(key)).unwrap();
    support::draw(&mut t2, &mut together);
    assert_eq!(taken, keys.len());
    assert_eq!(c2.writes.get() - before, 1, "one frame for the run");
    // The same place, on the same screen.
    assert_eq!(
        together.record_view.selected,
        one_by_one.record_view.selected
    );
    let mut s1 = support::test_terminal(80, 24);
    let mut s2 = support::test_terminal(80, 24);
    support::draw(&mut s1, &mut one_by_one);
    support::draw(&mut s2, &mut together);
    assert_eq!(s1.backend().buffer(), s2.backend().buffer());
}

#[test]
fn a_quit_ends_the_run_and_a_long_run_is_cut_for_a_frame() {
    let mut app = support::app();
    let taken = apply_events(&mut app, "jjqjjj".chars().map(key)).unwrap();
    assert_eq!(taken, 3);
    assert!(app.quit);
    let mut app = support::app();
    let taken = apply_events(&mut app, std::iter::repeat_with(|| key('j'))).unwrap();
    assert_eq!(taken, MAX_EVENTS_PER_FRAME);
}
