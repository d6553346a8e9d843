//! Screens drawn on a TestBackend after key sequences: snapshots of what a person sees, and
//! every screen at every size without a panic.

mod common;

use common::{app_at, screen, type_keys};

#[test]
fn first_start_asks_where_you_stand() {
    let mut app = app_at(None, None);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("現在地を選ぶ（1/2）：職位"));
    assert!(s.contains("▶ 1級"));
    insta::assert_snapshot!("picker_80x24", s);
}

#[test]
fn picking_grade_and_year_opens_the_ladder_there() {
    let mut app = app_at(None, None);
    type_keys(&mut app, "j j Enter", 80, 24);
    let year = screen(&mut app, 80, 24);
    assert!(year.contains("職位：主任"), "{year}");
    insta::assert_snapshot!("picker_year_80x24", year);
    type_keys(&mut app, "3 Enter", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("現在地：主任（入庁3年目）"), "{s}");
    assert!(s.contains("▶ 主任"), "{s}");
    insta::assert_snapshot!("ladder_shunin_80x24", s);
}

#[test]
fn walking_up_shows_each_step() {
    let mut app = app_at(Some("1級"), Some(2));
    let mut seen = Vec::new();
    for _ in 0..7 {
        let s = screen(&mut app, 120, 40);
        let title = s
            .lines()
            .find_map(|l| l.split("詳細：").nth(1))
            .map(|t| t.split_whitespace().next().unwrap_or("").to_string())
            .unwrap();
        seen.push(title);
        type_keys(&mut app, "k", 120, 40);
    }
    assert_eq!(
        seen,
        [
            "1級",
            "2級",
            "主任",
            "グループ長",
            "課長補佐",
            "課長",
            "部長"
        ]
    );
}

#[test]
fn first_year_sees_their_year_marked() {
    let mut app = app_at(Some("1級"), Some(2));
    let s = screen(&mut app, 120, 40);
    assert!(
        s.contains("◎ 2年目：法制執務(基礎)、文章力 等（あなた：入庁2年目）"),
        "{s}"
    );
    insta::assert_snapshot!("ladder_kyu1_year2_120x40", s);
}

#[test]
fn specialist_beside_the_line() {
    let mut app = app_at(Some("主幹"), Some(15));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("▶ 主幹・技監 ★"), "{s}");
    assert!(s.contains("詳細：スタッフ職"), "{s}");
    insta::assert_snapshot!("ladder_shukan_120x40", s);
    // ← goes to the line step of the same level, → back.
    type_keys(&mut app, "h", 120, 40);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("▶ 課長補佐"), "{s}");
    assert!(s.contains("詳細：課長補佐"), "{s}");
}

#[test]
fn detail_scrolls_with_a_sign_of_more() {
    let mut app = app_at(Some("主任"), Some(7));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("↓ 続きあり"), "{s}");
    type_keys(&mut app, "Enter End", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("↓ 続きあり"), "{s}");
    assert!(s.contains("終わり"), "{s}");
    // The last block of the map is the last thing in the pane.
    assert!(
        s.contains("外部研修への参加支援") || s.contains("職員表彰"),
        "{s}"
    );
    insta::assert_snapshot!("detail_end_80x24", s);
}

#[test]
fn help_lists_keys_of_this_screen_first() {
    let mut app = app_at(Some("主任"), Some(7));
    type_keys(&mut app, "?", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("■ 職位の階段（いまの画面）"), "{s}");
    assert!(s.contains("Esc/? 閉じる"), "{s}");
    insta::assert_snapshot!("help_80x24", s);
    type_keys(&mut app, "Esc", 80, 24);
    assert!(!screen(&mut app, 80, 24).contains("ヘルプ（Esc"));
}

#[test]
fn narrow_terminal_stacks_the_panes() {
    let mut app = app_at(Some("課長"), Some(25));
    let s = screen(&mut app, 60, 30);
    assert!(s.contains("職位の階段"));
    assert!(s.contains("詳細：課長"));
    insta::assert_snapshot!("stacked_60x30", s);
}

#[test]
fn too_small_says_so_and_recovers() {
    let mut app = app_at(Some("主任"), Some(3));
    let s = screen(&mut app, 30, 8);
    assert!(s.contains("端末が小さすぎます"), "{s}");
    assert!(s.contains("30x8"), "{s}");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("詳細：主任"), "{s}");
}

/// Every screen at sizes from nothing to very large: no panic, and at usable sizes the
/// hint bar (the last line) is drawn.
#[test]
fn every_screen_at_every_size() {
    let states: &[(Option<&str>, &str)] = &[
        (None, ""),
        (None, "j j Enter"),
        (Some("主任"), ""),
        (Some("主任"), "Enter PgDn"),
        (Some("参事"), "?"),
        (Some("施設の長"), "l"),
        (Some("部長"), "Enter End ?"),
    ];
    let sizes = [
        (0, 0),
        (1, 1),
        (2, 1),
        (3, 2),
        (20, 5),
        (39, 11),
        (40, 12),
        (41, 13),
        (59, 20),
        (75, 24),
        (76, 24),
        (80, 24),
        (120, 40),
        (200, 60),
    ];
    for (grade, keys) in states {
        for &(w, h) in &sizes {
            let mut app = app_at(*grade, Some(4));
            type_keys(&mut app, keys, w, h);
            let s = screen(&mut app, w, h);
            if w >= 40 && h >= 12 {
                let last = s.lines().last().unwrap_or("");
                assert!(last.contains("終了"), "{grade:?} {keys} at {w}x{h}:\n{s}");
            }
        }
    }
}
