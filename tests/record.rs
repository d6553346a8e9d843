//! The development record: the record screen's keys, the interview sheet, a record made on
//! another edition of the map, and `export` from a saved record (in a data directory of the
//! test's own; no test touches the real home).

mod common;

use assert_cmd::Command;
use career_nav::app::{Effect, RecordRow, Tab};
use career_nav::content::{self, Item};
use career_nav::keymap::Context;
use career_nav::record::{Check, Level, Profile, Record, TrainingStatus, expectation_key};
use career_nav::store::Store;
use common::{app_at, map, screen, type_keys};

fn text(items: &[Item]) -> String {
    career_nav::render_text::text(items)
}

/// The navigator at 主任, 3年目, on わたしの記録 with 上司に聞きたいこと selected, at `w`x`h`.
fn at_questions(w: u16, h: u16) -> career_nav::app::App {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "6", w, h);
    select(&mut app, |r| *r == RecordRow::Questions);
    app
}

/// Select the first row that `pick` accepts.
fn select(app: &mut career_nav::app::App, pick: impl Fn(&RecordRow) -> bool) {
    let rows = app.record_rows();
    app.record_view.selected = rows.iter().position(pick).expect("row exists");
}

#[test]
fn self_check_cycles_and_is_saved() {
    let mut app = app_at(Some("主任"), Some(3));
    app.effects.clear();
    type_keys(&mut app, "6", 100, 30);
    assert_eq!(app.context(), Context::Record);
    let rows = app.record_rows();
    let first = rows
        .iter()
        .find_map(|r| match r {
            RecordRow::Expectation(e) => Some(e.clone()),
            _ => None,
        })
        .unwrap();
    assert!(first.key.starts_with("shunin："));
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(app.record.level(&first.key), Level::Working);
    assert_eq!(app.effects, [Effect::Save]);
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(app.record.level(&first.key), Level::Achieved);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("● できている　主任："), "{s}");
    // The current and the next step's expectations are both there.
    let m = map();
    let n = m[m.step_index("shunin").unwrap()].expectations.len()
        + m[m.step_index("group_cho").unwrap()].expectations.len();
    assert_eq!(
        rows.iter()
            .filter(|r| matches!(r, RecordRow::Expectation(_)))
            .count(),
        n
    );
}

#[test]
fn notes_are_typed_in_japanese_and_kept() {
    let mut app = at_questions(100, 30);
    type_keys(&mut app, "Enter", 100, 30);
    assert_eq!(app.context(), Context::Edit);
    // Keys that are commands elsewhere are text here: q, 1, ?, /.
    type_keys(&mut app, "昇 任 試 験 は q 1 ? / Enter 次 の 行", 100, 30);
    assert!(!app.quit);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("昇任試験はq1?/"), "{s}");
    type_keys(&mut app, "Esc", 100, 30);
    assert_eq!(app.context(), Context::Record);
    assert_eq!(app.record.questions, "昇任試験はq1?/\n次の行");
    assert!(app.effects.contains(&Effect::Save));
    // Ctrl-C while typing keeps the text, then quits.
    type_keys(&mut app, "Enter に C-c", 100, 30);
    assert!(app.quit);
    assert_eq!(app.record.questions, "昇任試験はq1?/\n次の行に");
}

/// The editor's keys through the navigator: arrows move by characters and lines (↑↓ at the
/// same column on screen), Home/End, BS; the terminal cursor stands where the text goes.
#[test]
fn a_note_is_edited_in_the_middle() {
    let mut app = at_questions(100, 30);
    type_keys(&mut app, "Enter 研 修 Enter O J T", 100, 30);
    // Up from the end of "OJT" (three cells) lands after 研 (two cells): 研 is kept whole.
    type_keys(&mut app, "Up", 100, 30);
    assert_eq!(app.editing().unwrap().editor.cursor(), (0, 1));
    type_keys(&mut app, "の Home 新 End BSpace Down End BSpace", 100, 30);
    // The terminal's cursor is at the end of "OJ", on the line below 新研の.
    let mut t = common::draw(&mut app, 100, 30);
    let at = t.get_cursor_position().unwrap();
    let buf = t.backend().buffer();
    let row: String = (0..100)
        .map(|x| buf[(x, at.y)].symbol().to_string())
        .collect();
    assert!(row.contains("OJ"), "{row}");
    let above: String = (0..100)
        .map(|x| buf[(x, at.y - 1)].symbol().to_string())
        .collect();
    assert!(above.contains("新"), "{above}");
    assert_eq!(buf[(at.x - 1, at.y)].symbol(), "J");
    // Ctrl+U undoes the last change (the BS); Ctrl+Z is left to suspend the program, as the
    // help says.
    type_keys(&mut app, "C-u", 100, 30);
    assert_eq!(app.editing().unwrap().editor.text(), "新研の\nOJT");
    assert!(career_nav::tui::is_suspend(&app, &common::key("C-z")));
    type_keys(&mut app, "Esc", 100, 30);
    assert_eq!(app.record.questions, "新研の\nOJT");
}

/// A note of one long line, wrapped into many rows: ↑ goes up one row on screen (not to the
/// line above, which does not exist), and at the top the rows below stay in view.
#[test]
fn in_a_long_note_up_moves_by_the_rows_on_screen() {
    let mut app = at_questions(80, 24);
    type_keys(&mut app, "Enter", 80, 24);
    let long = "昇任試験の準備として研修計画を立てて実行することを上司に相談したい。".repeat(8);
    app.paste(&long);
    let end = common::draw(&mut app, 80, 24)
        .get_cursor_position()
        .unwrap();
    type_keys(&mut app, "Up", 80, 24);
    let up = common::draw(&mut app, 80, 24)
        .get_cursor_position()
        .unwrap();
    assert_eq!(up.y + 1, end.y, "one row up on screen");
    let (line, col) = app.editing().unwrap().editor.cursor();
    assert!(line == 0 && col > 0 && col < long.chars().count(), "{col}");
    for _ in 0..40 {
        type_keys(&mut app, "Up", 80, 24);
    }
    assert_eq!(app.editing().unwrap().editor.cursor(), (0, 0));
    // At the top of the text, its first rows are on screen, the cursor on the first.
    let s = common::screen(&mut app, 80, 24);
    let first = s
        .lines()
        .position(|l| l.contains("昇任試験の準備として"))
        .unwrap();
    assert!(
        s.lines()
            .nth(first + 1)
            .is_some_and(|l| l.contains('研') || l.contains('計')),
        "{s}"
    );
    let top = common::draw(&mut app, 80, 24)
        .get_cursor_position()
        .unwrap();
    assert_eq!(usize::from(top.y), first, "{s}");
    // Down again: one row at a time, the view following only as far as needed.
    type_keys(&mut app, "Down", 80, 24);
    let down = common::draw(&mut app, 80, 24)
        .get_cursor_position()
        .unwrap();
    assert_eq!(down.y, top.y + 1);
}

#[test]
fn training_log_plans_then_done_in_a_year() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "6", 100, 30);
    let k = app
        .map
        .catalog()
        .iter()
        .position(|e| e.name == "新任監督者級研修")
        .unwrap();
    select(&mut app, |r| *r == RecordRow::Training(k));
    type_keys(&mut app, "Space", 100, 30);
    let id = "shinnin_kantokusha";
    assert_eq!(app.record.trainings.get(id), Some(&TrainingStatus::Planned));
    type_keys(&mut app, "Space h h", 100, 30);
    let year = app.this_year - 2;
    assert_eq!(
        app.record.trainings.get(id),
        Some(&TrainingStatus::Done(Some(year)))
    );
    let s = screen(&mut app, 100, 30);
    let label = career_nav::record::fiscal_label(year, false);
    assert!(label.starts_with("令和"), "{label}");
    assert!(
        s.contains(&format!("受講済・{label}　新任監督者級研修")),
        "{s}"
    );
    // The page beside it gives the Western year too.
    assert!(s.contains(&format!("受講済・{label}（{year}年度）")), "{s}");
    type_keys(&mut app, "Space", 100, 30);
    assert_eq!(app.record.trainings.get(id), None);
}

#[test]
fn snapshot_and_what_changed_since() {
    let mut app = app_at(Some("1級"), Some(2));
    type_keys(&mut app, "6 Space S", 100, 30);
    assert_eq!(app.record.snapshots.len(), 1);
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("記録しました")
    );
    type_keys(&mut app, "Space", 100, 30);
    let s = screen(&mut app, 100, 30);
    // Today's snapshot is today's, not one to compare with (as on the sheet).
    let today = format!("前回の記録（{}）から", app.today);
    assert!(!s.contains(&today) && !s.contains("変化なし"), "{s}");
    // The sheet made on the day of the snapshot: today's is the first record, nothing to
    // compare with yet (never 「変化なし」 against itself).
    let same_day = text(&content::interview_sheet(
        &app.map,
        &app.record,
        app.standing.as_ref(),
        &app.today,
    ));
    assert!(!same_day.contains("変化なし"), "{same_day}");
    assert!(
        same_day.contains("今日の記録が最初の記録です"),
        "{same_day}"
    );
    // A later day: compared with that snapshot.
    let sheet = text(&content::interview_sheet(
        &app.map,
        &app.record,
        app.standing.as_ref(),
        "9999-12-31",
    ));
    assert!(sheet.contains("からの変化"), "{sheet}");
    assert!(
        sheet.contains("・取り組み中 → できている：組織の一員として"),
        "{sheet}"
    );
}

/// A record made on another edition of the map: what the map no longer has is kept and
/// shown, never dropped.
fn record_from_another_edition() -> Record {
    let mut r = Record {
        profile: Some(Profile {
            title: "主任".into(),
            year: 6,
        }),
        ..Record::default()
    };
    r.trainings
        .insert("old_training".into(), TrainingStatus::Done(Some(2019)));
    r.trainings
        .insert("setsugu".into(), TrainingStatus::Done(Some(2021)));
    r.trainings
        .insert("career_design".into(), TrainingStatus::Planned);
    r.checks.insert(
        "shunin：昔の書き方の役割".into(),
        Check {
            level: Level::Achieved,
            note: "旧版".into(),
        },
    );
    let m = map();
    let e = &m.step("shunin").unwrap().expectations[1];
    r.checks.insert(
        expectation_key("shunin", e),
        Check {
            level: Level::Working,
            note: "後輩2人を担当\n来期も継続".into(),
        },
    );
    r.notes = "異動希望あり".into();
    r.questions = "係長試験の時期は？".into();
    r
}

#[test]
fn entries_the_map_no_longer_has_are_kept_and_shown() {
    let mut app = app_at(None, None);
    app.record = record_from_another_edition();
    assert_eq!(app.restore_profile(), None);
    assert_eq!(
        app.standing.as_ref().unwrap().describe(),
        "主任（入庁6年目）"
    );
    let rows = app.record_rows();
    assert!(rows.contains(&RecordRow::OrphanTraining("old_training".into())));
    assert!(rows.contains(&RecordRow::OrphanCheck("shunin：昔の書き方の役割".into())));
    app.tab = Tab::Record;
    select(&mut app, |r| matches!(r, RecordRow::OrphanTraining(_)));
    let s = screen(&mut app, 100, 60);
    assert!(s.contains("この地図にない記録"), "{s}");
    assert!(s.contains("（地図にない）old_training"), "{s}");
    // Nothing was dropped.
    assert_eq!(app.record.trainings.len(), 3);
    assert_eq!(app.record.checks.len(), 2);
}

#[test]
fn a_profile_the_map_does_not_know_is_said() {
    let mut app = app_at(None, None);
    app.record.profile = Some(Profile {
        title: "係長".into(),
        year: 9,
    });
    let notice = app.restore_profile().unwrap();
    assert!(notice.contains("係長"), "{notice}");
    assert!(app.standing.is_none());
}

#[test]
fn the_interview_sheet_holds_what_the_interview_needs() {
    let mut app = app_at(None, None);
    app.record = record_from_another_edition();
    app.restore_profile();
    let items =
        content::interview_sheet(&app.map, &app.record, app.standing.as_ref(), "2026-11-24");
    let s = career_nav::render_text::markdown(&items);
    assert!(s.starts_with("# 育成面談シート\n"), "{s}");
    assert!(s.contains("作成日：2026-11-24"), "{s}");
    assert!(s.contains("\n## 現在地\n\n主任（入庁6年目）"), "{s}");
    assert!(
        s.contains("- ［◐ 取り組み中］後輩への実務指導を通して"),
        "{s}"
    );
    assert!(
        s.contains("  - メモ：後輩2人を担当\n  - メモ：来期も継続"),
        "{s}"
    );
    assert!(
        s.contains("- ［○ 未着手］課の課題に対して"),
        "next step's expectations: {s}"
    );
    assert!(
        s.contains("- 接遇研修：受講済・令和3年度（2021年度）"),
        "{s}"
    );
    assert!(s.contains("- キャリアデザイン研修：予定"), "{s}");
    assert!(
        s.contains("- old\\_training：受講済・令和元年度（2019年度）"),
        "{s}"
    );
    assert!(s.contains("## 次の職位：グループ長"), "{s}");
    // 主任's cell prints 「実務指導者 OJT 推進者」: the sheet does not claim a promotion turns
    // one into the other, and it carries no inference notes (a ＊ and the legend only).
    assert!(!s.contains("実務指導者 → OJT推進者"), "{s}");
    assert!(s.contains("- 主任：実務指導者・OJT推進者＊"), "{s}");
    assert!(!s.contains("原資料の配置から推定"), "{s}");
    let legend = s.find("記号：＊").expect("a legend");
    assert!(
        legend < s.find("＊\n").unwrap(),
        "legend before the first mark: {s}"
    );
    assert!(s.contains("被考課者 → 考課者(一次)"), "{s}");
    assert!(s.contains("新任監督者級研修"), "{s}");
    assert!(s.contains("## 面談メモ\n\n異動希望あり"), "{s}");
    assert!(
        s.contains("## 上司に聞きたいこと\n\n係長試験の時期は？"),
        "{s}"
    );
    // One page: short enough to print on A4.
    assert!(s.lines().count() < 120, "{} lines", s.lines().count());
}

#[test]
fn export_writes_the_sheet_from_the_saved_record() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("career-nav");
    let mut opened = Store::open_in(&dir);
    opened.store.save(&record_from_another_edition()).unwrap();
    drop(opened);
    let out = home.path().join("sheet.md");
    let status = Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_DATA_HOME", home.path())
        .args(["export", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let s = std::fs::read_to_string(&out).unwrap();
    assert!(s.contains("主任（入庁6年目）"), "{s}");
    assert!(s.contains("係長試験の時期は？"), "{s}");
    let text = Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_DATA_HOME", home.path())
        .args(["export", "--format", "text"])
        .output()
        .unwrap();
    let t = String::from_utf8(text.stdout).unwrap();
    assert!(t.starts_with("■ 育成面談シート"), "{t}");
    // `show` never changes the saved profile.
    Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_DATA_HOME", home.path())
        .args(["show", "--grade", "部長"])
        .assert()
        .success();
    let reopened = Store::open_in(&dir);
    assert_eq!(reopened.record.profile.unwrap().title, "主任");
}

#[test]
fn a_read_only_record_refuses_changes_and_says_why() {
    let mut app = app_at(Some("主任"), Some(3));
    app.record_read_only = Some("別の career-nav が同じ記録を開いています".into());
    type_keys(&mut app, "6 Space", 100, 30);
    assert!(app.record.checks.is_empty());
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("変更できません")
    );
    select(&mut app, |r| *r == RecordRow::Notes);
    type_keys(&mut app, "Enter", 100, 30);
    assert!(
        app.editing().is_none(),
        "no editor whose text could not be kept"
    );
}

#[test]
fn checks_made_before_a_promotion_stay_visible() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "6 Space", 100, 30);
    let key = app
        .record_rows()
        .iter()
        .find_map(|r| match r {
            RecordRow::Expectation(e) => Some(e.key.clone()),
            _ => None,
        })
        .unwrap();
    app.record.checks.get_mut(&key).unwrap().note = "後輩の指導".into();
    // Promoted: now at グループ長, the 主任 checks are no longer "current or next".
    let m = map();
    let g = m.resolve_title("グループ長").unwrap();
    app.stand(career_nav::content::Standing {
        place: g.place,
        title: g.title,
        year: Some(4),
    });
    let rows = app.record_rows();
    assert!(rows.contains(&RecordRow::Heading("ほかの職位で付けた自己チェック".into())));
    assert!(
        rows.iter()
            .any(|r| matches!(r, RecordRow::Expectation(e) if e.key == key))
    );
}

#[test]
fn enter_on_a_training_keeps_its_record() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "6", 100, 30);
    select(&mut app, |r| matches!(r, RecordRow::Training(_)));
    type_keys(&mut app, "Space Space Enter", 100, 30);
    assert_eq!(app.record.trainings.len(), 1);
    assert!(matches!(
        app.record.trainings.values().next(),
        Some(TrainingStatus::Done(Some(_)))
    ));
}

#[test]
fn the_record_list_pages_and_the_hints_follow_the_row() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "6", 100, 30);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Enter メモ"), "on a self-check: {s}");
    assert!(!s.contains("年度"), "no year keys on a self-check: {s}");
    type_keys(&mut app, "End", 100, 30);
    let rows = app.record_rows();
    assert_eq!(app.record_view.selected, rows.len() - 1);
    let s = screen(&mut app, 100, 30);
    assert!(!s.contains("Enter メモ"), "on a training: {s}");
    assert!(s.contains("年度"), "{s}");
    type_keys(&mut app, "Home PgDn", 100, 30);
    assert!(app.record_view.selected > 5);
}

/// Dates as employees count them (issue 13, point 2): the sheet is dated in the reader's
/// time zone, not UTC. Two zones 26 hours apart always give different dates; each binary's
/// date is the one its zone says now.
#[test]
fn the_sheet_is_dated_in_the_readers_time_zone() {
    use career_nav::record::{local_date, now_secs};
    let home = tempfile::tempdir().unwrap();
    let date_in = |tz: &str| -> String {
        let out = Command::cargo_bin("career-nav")
            .unwrap()
            .env("XDG_DATA_HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path())
            .env("TZ", tz)
            .args(["export", "--format", "text"])
            .output()
            .unwrap();
        let t = String::from_utf8(out.stdout).unwrap();
        t.split("作成日：")
            .nth(1)
            .and_then(|r| r.get(..10))
            .unwrap_or_else(|| panic!("no date in {t}"))
            .to_string()
    };
    let mut dates = Vec::new();
    for (tz, hours) in [("<+14>-14", 14), ("<-12>+12", -12), ("JST-9", 9)] {
        let before = local_date(now_secs(), hours * 3_600);
        let got = date_in(tz);
        let after = local_date(now_secs(), hours * 3_600);
        assert!(got == before || got == after, "{tz}: {got}, not {before}");
        dates.push(got);
    }
    assert_ne!(dates[0], dates[1]);
}

#[test]
fn the_record_gives_the_western_year_where_there_is_room() {
    let mut app = app_at(Some("主任"), Some(3));
    let id = "shinnin_kantokusha";
    app.record
        .trainings
        .insert(id.into(), TrainingStatus::Done(Some(2024)));
    type_keys(&mut app, "6", 80, 24);
    // Rows wrap: bring the training's row into view by selecting it.
    let k = app.map.catalog().iter().position(|e| e.id == id).unwrap();
    select(&mut app, |r| *r == RecordRow::Training(k));
    let narrow = screen(&mut app, 80, 24);
    assert!(
        narrow.contains("受講済・令和6年度　新任監督者級研修"),
        "{narrow}"
    );
    let wide = screen(&mut app, 240, 40);
    assert!(
        wide.contains("受講済・令和6年度（2024年度）　新任監督者級研修"),
        "{wide}"
    );
}

#[test]
fn a_self_check_is_shown_against_the_snapshot_before_today_not_todays_own() {
    let mut app = app_at(Some("主任"), Some(8));
    let today = app.today.clone();
    type_keys(&mut app, "6", 100, 30);
    select(&mut app, |r| matches!(r, RecordRow::Expectation(_)));
    let Some(RecordRow::Expectation(e)) = app.record_selected() else {
        panic!("an expectation row")
    };
    // Achieved today, snapshot taken today: nothing earlier to compare with.
    app.set_check(&e.key, Level::Achieved);
    app.take_snapshot();
    let page = |app: &career_nav::app::App| {
        text(&content::check_page(
            &app.map,
            &app.record,
            e.place,
            &e.text,
            &e.key,
            &today,
        ))
    };
    assert!(!page(&app).contains("前回の記録"), "{}", page(&app));
    // An older snapshot where it was not started: the change is shown against that one.
    app.record.snapshots.insert(
        0,
        career_nav::record::Snapshot {
            date: "2000-04-01".into(),
            levels: Default::default(),
        },
    );
    let shown = page(&app);
    assert!(shown.contains("前回の記録（2000-04-01）から"), "{shown}");
    assert!(!shown.contains("変化なし"), "{shown}");
    // And the screen says the same.
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("前回の記録（2000-04-01）から"), "{s}");
}

#[test]
fn a_training_cannot_be_taken_before_joining_or_in_a_year_to_come() {
    // A 1級 in the first year of service joined this 年度.
    let mut app = app_at(Some("1級"), Some(1));
    let this = app.this_year;
    assert_eq!(app.taken_years(), this..=this);
    let k = 0;
    app.set_training(k, Some(TrainingStatus::Done(Some(this - 2))));
    let id = app.map.catalog_entry(k).unwrap().id.to_string();
    assert_eq!(app.record.trainings.get(&id), None);
    let said = app.message.take().unwrap();
    assert!(said.contains("入庁した年度より前"), "{said}");
    app.set_training(k, Some(TrainingStatus::Done(Some(this + 1))));
    assert_eq!(app.record.trainings.get(&id), None);
    app.set_training(k, Some(TrainingStatus::Done(Some(this))));
    assert_eq!(
        app.record.trainings.get(&id),
        Some(&TrainingStatus::Done(Some(this)))
    );
    // In year 8, seven 年度 back is the year of joining.
    let mut app = app_at(Some("主任"), Some(8));
    assert_eq!(*app.taken_years().start(), this - 7);
    app.set_training(k, Some(TrainingStatus::Done(Some(this - 7))));
    assert!(app.record.trainings.contains_key(&id));
}
