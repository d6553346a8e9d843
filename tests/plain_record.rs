//! A screen-reader user keeps a whole record in plain mode, through piped input to the real
//! binary: where they stand, a self-check with a note, a training with its year, a Japanese
//! note in two lines, a snapshot and the interview sheet. A later start of the TUI shows it.

mod common;

use assert_cmd::Command;
use career_nav::app::App;
use career_nav::record::{Level, TrainingStatus};
use career_nav::store::Store;
use common::{map, screen, type_keys};

/// The catalog number (1-based, as plain mode lists it) of a training.
fn training_number(name: &str) -> (usize, String) {
    let map = map();
    let cat = map.catalog();
    let k = cat
        .iter()
        .position(|e| e.name.contains(name))
        .expect("training in catalog");
    (k + 1, cat[k].id.to_string())
}

#[test]
fn plain_mode_keeps_a_whole_record_that_the_tui_then_shows() {
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (n, training_id) = training_number("OJT");
    let first_check = {
        let map = map();
        let m = map.resolve_title("主任").unwrap();
        career_nav::record::expectations_to_check(&map, m.place)[0].clone()
    };
    let input = [
        "7",
        "主任",
        "8", // stand at 主任, year 8: the place page follows
        "0", // back to the menu
        "8", // わたしの記録
        "1",
        "1",
        "3", // first self-check: できている
        "1",
        "4",
        "部下への声かけを増やす",
        "",  // its note
        "0", // back to the record menu
        "2",
        &n.to_string(),
        "2",
        "2023",
        "0", // a training, done in 2023
        "3",
        "上司に相談したいこと",
        "異動の希望について",
        "",  // notes, two lines
        "5", // snapshot
        "6", // export the sheet
        "0",
        "q",
    ]
    .join("\n");
    let out = Command::cargo_bin("career-nav")
        .unwrap()
        .current_dir(work.path())
        .env("XDG_DATA_HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .arg("--plain")
        .write_stdin(format!("{input}\n"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    for said in [
        "現在地を「主任（入庁8年目）」にしました。記録に保存しました。",
        "自己チェックを付ける（",
        "［できている］",
        "2023年度",
        "育成面談のメモを保存しました。",
        "の自己チェックを記録しました",
        "面談シートを",
    ] {
        assert!(text.contains(said), "{said:?} not said in:\n{text}");
    }
    assert!(!text.contains("変更できません"), "{text}");

    // What was saved is the record the TUI opens.
    let opened = Store::open_in(&home.path().join("career-nav"));
    let r = &opened.record;
    assert_eq!(
        r.profile.as_ref().map(|p| (p.title.as_str(), p.year)),
        Some(("主任", 8))
    );
    assert_eq!(r.level(&first_check.key), Level::Achieved);
    assert_eq!(r.note(&first_check.key), "部下への声かけを増やす");
    assert_eq!(
        r.trainings.get(&training_id),
        Some(&TrainingStatus::Done(Some(2023)))
    );
    assert_eq!(r.notes, "上司に相談したいこと\n異動の希望について");
    assert_eq!(r.snapshots.len(), 1);
    // The sheet was written where the reader ran the program.
    let sheets: Vec<_> = std::fs::read_dir(work.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("面談シート-"))
        .collect();
    assert_eq!(sheets.len(), 1, "one sheet written");
    let sheet = std::fs::read_to_string(sheets[0].path()).unwrap();
    assert!(sheet.contains("異動の希望について"), "{sheet}");

    // A later start of the TUI opens at the saved standing and shows the record.
    let ro = opened.store.read_only_reason().map(ToString::to_string);
    let (mut app, notices) = App::start(map(), opened.record.clone(), ro, None, None);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        app.standing.as_ref().map(|s| s.describe()).as_deref(),
        Some("主任（入庁8年目）")
    );
    type_keys(&mut app, "6", 120, 40);
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("上司に相談したいこと"), "{shown}");
}

#[test]
fn a_standing_given_on_the_command_line_is_not_saved() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("career-nav");
    let run = |args: &[&str], input: &str| {
        Command::cargo_bin("career-nav")
            .unwrap()
            .current_dir(home.path())
            .env("XDG_DATA_HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .args(args)
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    };
    // Chosen inside the program: saved.
    assert!(run(&["--plain"], "7\n主任\n8\n0\nq\n").status.success());
    let saved = |dir| {
        Store::open_in(dir)
            .record
            .profile
            .map(|p| (p.title, p.year))
    };
    assert_eq!(saved(&dir), Some(("主任".to_string(), 8)));
    // Given on the command line: shown for this run, the saved one stays.
    let out = run(&["--plain", "--grade", "課長", "--year", "20"], "0\n");
    assert!(String::from_utf8_lossy(&out.stdout).contains("現在地：課長（入庁20年目）"));
    assert_eq!(saved(&dir), Some(("主任".to_string(), 8)));
    // The TUI core follows the same rule.
    let opened = Store::open_in(&dir);
    let m = map().resolve_title("課長").unwrap();
    let given = career_nav::content::Standing {
        place: m.place,
        title: m.title,
        year: Some(20),
    };
    let (app, _) = App::start(map(), opened.record, None, Some(given), None);
    assert!(app.effects.is_empty(), "nothing to save: {:?}", app.effects);
    assert_eq!(app.record.profile.map(|p| p.year), Some(8));
}
