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

/// 研修一覧 shows your record: each training's state (予定 / 受講済 and its 年度), ◎ your
/// year, the years you are past; Space marks a training there as on わたしの記録; the step
/// filter starts at your own step.
#[test]
fn the_catalog_shows_and_marks_your_trainings() {
    let mut app = app_at(Some("2級"), Some(3));
    let cat = app.map.catalog();
    let year = |n: u8| {
        cat.iter()
            .position(
                |e| matches!(e.applies, career_nav::model::Applies::Year { year, .. } if year == n),
            )
            .unwrap()
    };
    let (y2, y3) = (year(2), year(3));
    let id2 = cat[y2].id.to_string();
    drop(cat);
    app.record
        .trainings
        .insert(id2.clone(), TrainingStatus::Done(Some(2024)));
    type_keys(&mut app, "3", 120, 40);
    assert_eq!(app.catalog.step, app.map.step_index("kyu2"));
    type_keys(&mut app, "x", 120, 40);
    let s = screen(&mut app, 120, 40);
    // The list's row of a training (the list is the left pane).
    let row = |s: &str, name: &str| {
        s.lines()
            .map(|l| l.split("┃│").next().unwrap_or(l))
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not listed:\n{s}"))
            .to_string()
    };
    let n2 = app.map.catalog()[y2].name.to_string();
    let n3 = app.map.catalog()[y3].name.to_string();
    assert!(
        // The state and a year you are past lead the row (the name may be cut after them).
        row(&s, "［受講済・令和6年度］").contains("［受講済・令和6年度］（過ぎた年次）1～5年目"),
        "{s}"
    );
    assert!(row(&s, &n3).contains(&format!("◎{n3}")), "{s}");
    let wide = screen(&mut app, 240, 40);
    assert!(row(&wide, &n2).contains("（過ぎた年次）"), "{wide}");
    assert!(!row(&wide, &n3).contains("（過ぎた年次）"), "{wide}");
    // Space marks the selected training: 予定, as on わたしの記録.
    app.catalog.select_entry(y3);
    type_keys(&mut app, "Space", 120, 40);
    let id3 = app.map.catalog()[y3].id.to_string();
    assert_eq!(
        app.record.trainings.get(&id3),
        Some(&TrainingStatus::Planned)
    );
    assert!(app.effects.contains(&career_nav::app::Effect::Save));
    let s = screen(&mut app, 120, 40);
    assert!(row(&s, &n3).contains(&format!("◎［予定］{n3}")), "{s}");
}
