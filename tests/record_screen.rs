//! The record screen without rough edges: a snapshot needs a standing, a training cycled
//! past 受講済 keeps its year, self-check rows wrap instead of being cut, the note editor
//! starts from the top again when the window grows, and a read-only record is said in full
//! on every screen.

mod common;

use career_nav::app::RecordRow;
use career_nav::record::TrainingStatus;
use common::{app_at, screen, type_keys};

fn select(app: &mut career_nav::app::App, want: impl Fn(&RecordRow) -> bool) {
    for _ in 0..200 {
        if app.record_selected().is_some_and(|r| want(&r)) {
            return;
        }
        type_keys(app, "j", 100, 30);
    }
    panic!("row not found");
}

#[test]
fn a_snapshot_needs_a_standing_and_says_why() {
    let mut app = app_at(None, None);
    type_keys(&mut app, "6 S", 100, 30);
    assert!(app.record.snapshots.is_empty());
    let said = app.message.clone().unwrap_or_default();
    assert!(said.contains("現在地を選んでから"), "{said}");
    assert!(!said.contains("の自己チェックを記録しました"), "{said}");
}

#[test]
fn a_training_cycled_past_done_keeps_its_year() {
    let mut app = app_at(Some("主任"), Some(8));
    let id = app.map.catalog()[0].id.to_string();
    app.record
        .trainings
        .insert(id.clone(), TrainingStatus::Done(Some(2023)));
    type_keys(&mut app, "6", 100, 30);
    select(&mut app, |r| *r == RecordRow::Training(0));
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(app.record.trainings.get(&id), None);
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(
        app.record.trainings.get(&id),
        Some(&TrainingStatus::Planned)
    );
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(
        app.record.trainings.get(&id),
        Some(&TrainingStatus::Done(Some(2023))),
        "the year comes back, not this year"
    );
}

#[test]
fn self_check_rows_wrap_instead_of_being_cut() {
    let mut app = app_at(Some("グループ長"), Some(12));
    type_keys(&mut app, "6", 100, 30);
    let s = screen(&mut app, 100, 30);
    // The two rows that began alike (「グループ長：グループ員・メン…」) are read in full.
    let list: String = s
        .lines()
        .filter_map(|l| l.split('┃').nth(1))
        .map(|l| l.trim())
        .collect();
    for text in [
        "グループ員・メンバーと目指す方向を共有することができる。",
        "グループ員・メンバーの育成を考え、実務指導を通じた人材育成ができる。",
    ] {
        assert!(list.contains(text), "{text} not in full:\n{s}");
    }
    assert!(!s.contains("メン…"), "{s}");
}

#[test]
fn the_note_editor_starts_from_the_top_when_the_window_grows() {
    let mut app = app_at(Some("主任"), Some(8));
    app.record.notes = (1..=30)
        .map(|i| format!("メモ{i}行目"))
        .collect::<Vec<_>>()
        .join("\n");
    type_keys(&mut app, "6", 60, 14);
    select(&mut app, |r| *r == RecordRow::Notes);
    type_keys(&mut app, "Enter", 60, 14);
    assert!(app.editing().is_some());
    // The editor opens at the end of the text: scrolled down in a small window.
    let small = screen(&mut app, 60, 14);
    // (The editor's lines are the ones inside its thick frame.)
    assert!(small.contains("┃メモ30行目"), "{small}");
    assert!(!small.contains("┃メモ1行目"), "{small}");
    // In a window tall enough for all of it, all of it shows, from the first line.
    let big = screen(&mut app, 120, 50);
    assert!(big.contains("┃メモ1行目"), "{big}");
    assert!(big.contains("┃メモ30行目"), "{big}");
}

#[test]
fn a_read_only_record_is_said_in_full_on_every_screen() {
    let why = "別の career-nav が同じ記録を開いています。そちらを閉じてから開き直すと、変更を保存できます。";
    for tab in 1..=6 {
        let mut app = app_at(Some("主任"), Some(8));
        app.record_read_only = Some(why.into());
        type_keys(&mut app, &tab.to_string(), 80, 24);
        let s = screen(&mut app, 80, 24);
        let joined: String = s.lines().map(str::trim).collect();
        assert!(joined.contains(why), "screen {tab}:\n{s}");
    }
}
