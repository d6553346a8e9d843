//! New editions of a map: a reader who opens a new edition of the map they used last time
//! is told once what changed for their own step and the next one.

use career_nav::content::Item;
use career_nav::edition;
use career_nav::model::{CareerMap, Lang, Place, Text, parse};
use career_nav::record::Record;

fn first() -> CareerMap {
    parse(career_nav::cli::TEMPLATE, "v1.ron").unwrap()
}

/// The second edition: 係員's role and a training into 係長 change; the glossary too.
fn second_text() -> String {
    career_nav::cli::TEMPLATE
        .replace("edition: \"第1版\"", "edition: \"第2版\"")
        .replace("Some(\"2026-04-01\")", "Some(\"2027-04-01\")")
        .replace("role: \"業務の担い手\"", "role: \"業務の中心となる担い手\"")
        .replace(
            "Training(id: \"new_leader\", name: \"新任係長研修\"),",
            "Training(id: \"new_leader\", name: \"新任係長研修\"),\n                Training(id: \"leader_coach\", name: \"係長のコーチング研修\"),",
        )
        .replace("職場で、仕事を通じて行う育成。", "職場で仕事を通じて行う育成。")
}

fn texts(items: &[Item]) -> String {
    edition::text(items)
}

/// The first and the second edition as map files in `dir`.
fn two_editions(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (v1, v2) = (dir.join("v1.ron"), dir.join("v2.ron"));
    std::fs::write(&v1, career_nav::cli::TEMPLATE).unwrap();
    std::fs::write(&v2, second_text()).unwrap();
    (v1, v2)
}

/// What plain mode prints for 係員 in year 2 on `map`, the record and settings in `home`.
fn plain_start(home: &std::path::Path, map: &std::path::Path) -> String {
    let out = assert_cmd::Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_DATA_HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env_remove("NO_COLOR")
        .arg("--data")
        .arg(map)
        .args(["--plain", "--grade", "係員", "--year", "2"])
        .write_stdin("q\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_new_edition_is_told_once_for_the_readers_steps() {
    let v1 = first();
    let v2 = parse(&second_text(), "v2.ron").unwrap();
    let staff = Place::Step(v1.step_index("staff").unwrap());
    let mut record = Record::default();
    // The first use: nothing to tell; the edition is remembered.
    assert!(edition::check(&mut record, &v1, Some(staff)).is_none());
    let seen = record.seen_edition.clone().expect("remembered");
    assert_eq!(seen.edition, "第1版");
    assert_eq!(seen.date.as_deref(), Some("2026-04-01"));
    // The same edition again: nothing, and the map kept beside the record is not read.
    assert!(edition::check(&mut record, &v1, Some(staff)).is_none());
    assert_eq!(record.seen_edition.as_ref(), Some(&seen));
    let mut kept_only = record.clone();
    kept_only.seen_edition.as_mut().unwrap().snapshot.clear();
    let read = || -> Option<String> { panic!("the kept map read for the same edition") };
    assert!(edition::check_in(&mut kept_only, &v1, Some(staff), Lang::Ja, read).is_none());
    // The new edition: what changed for 係員 and 係長, the rest counted.
    let items = edition::check(&mut record, &v2, Some(staff)).expect("a notice");
    let shown = texts(&items);
    assert!(
        shown.contains("地図の版が変わりました：第1版（2026-04-01） → 第2版（2027-04-01）"),
        "{shown}"
    );
    assert!(shown.contains("係員と係長の変更（2件）"), "{shown}");
    assert!(shown.contains("業務の中心となる担い手"), "{shown}");
    assert!(shown.contains("係長のコーチング研修"), "{shown}");
    assert!(!shown.contains("職場で仕事を通じて行う育成"), "{shown}");
    assert!(
        shown.contains("ほかに地図全体で 1 件の変更があります。"),
        "{shown}"
    );
    assert!(shown.contains("career-nav show --all"), "{shown}");
    assert_eq!(record.seen_edition.as_ref().unwrap().edition, "第2版");
    // Once only.
    assert!(edition::check(&mut record, &v2, Some(staff)).is_none());
    // The record keeps the edition through a save (RON) and a load.
    let saved = ron::to_string(&record).unwrap();
    let back: Record = ron::from_str(&saved).unwrap();
    assert_eq!(back.seen_edition, record.seen_edition);
    // A record from before this field still loads.
    let old: Record = ron::from_str("(format_version: 1)").unwrap();
    assert!(old.seen_edition.is_none());
}

#[test]
fn another_map_is_not_a_new_edition_and_a_reader_without_a_step_gets_the_count() {
    let v1 = first();
    let mut other = first();
    other.meta.organisation = Text::new("△△町");
    other.meta.edition = Text::new("初版");
    let mut record = Record::default();
    assert!(edition::check(&mut record, &v1, None).is_none());
    assert!(edition::check(&mut record, &other, None).is_none());
    assert!(edition::check(&mut record, &v1, None).is_none());
    let v2 = parse(&second_text(), "v2.ron").unwrap();
    let shown = texts(&edition::check(&mut record, &v2, None).unwrap());
    // 係員's role, the new training, the glossary: the edition's name and date are the
    // headline, not changes.
    assert!(
        shown.contains("地図全体で 3 件の変更があります。"),
        "{shown}"
    );
    assert!(!shown.contains("ほかに"), "{shown}");
}

#[test]
fn plain_mode_shows_the_new_edition_once() {
    let dir = tempfile::tempdir().unwrap();
    let (v1, v2) = two_editions(dir.path());
    let run = |map: &std::path::Path| plain_start(dir.path(), map);
    let notice = "地図の版が変わりました";
    assert!(!run(&v1).contains(notice));
    let second = run(&v2);
    assert!(second.contains(notice), "{second}");
    assert!(second.contains("係員と係長の変更（2件）"), "{second}");
    assert!(!run(&v2).contains(notice), "told once");
}

/// The map as last seen is kept beside the record, not in it: a start reads a record of a
/// few kilobytes. A record of an earlier version, with the map in it, is read as it is and
/// moved to the new form by the save that remembers the next edition.
#[test]
fn the_map_as_last_seen_is_kept_beside_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let (v1, v2) = two_editions(dir.path());
    let records = dir.path().join("career-nav");
    let run = |map: &std::path::Path| plain_start(dir.path(), map);
    let record_of = || -> Record {
        let text = std::fs::read_to_string(records.join(career_nav::store::RECORD_FILE)).unwrap();
        ron::from_str(&text).unwrap()
    };
    let kept = || std::fs::read_to_string(records.join(career_nav::store::EDITION_FILE)).unwrap();

    run(&v1);
    let seen = record_of().seen_edition.expect("the edition remembered");
    assert_eq!(seen.edition, "第1版");
    assert_eq!(seen.snapshot, "", "the record holds no map");
    let v1_map = first();
    assert_eq!(kept(), ron::to_string(&v1_map).unwrap());
    let record_len = std::fs::metadata(records.join(career_nav::store::RECORD_FILE))
        .unwrap()
        .len();
    assert!(record_len < 2_000, "{record_len} bytes");
    // The next edition is told from the map kept beside the record.
    let told = run(&v2);
    assert!(told.contains("係員と係長の変更（2件）"), "{told}");
    assert_eq!(record_of().seen_edition.unwrap().edition, "第2版");
    let v2_map = parse(&second_text(), "v2.ron").unwrap();
    assert_eq!(kept(), ron::to_string(&v2_map).unwrap());

    // A record of an earlier version: the map as it saw it inside, and a file beside it
    // that is not that map (it must not be the one compared with).
    let mut old = Record::default();
    assert!(edition::check(&mut old, &v1_map, None).is_none());
    assert!(!old.seen_edition.as_ref().unwrap().snapshot.is_empty());
    std::fs::write(
        records.join(career_nav::store::RECORD_FILE),
        ron::to_string(&old).unwrap(),
    )
    .unwrap();
    std::fs::write(records.join(career_nav::store::EDITION_FILE), "(broken").unwrap();
    let told = run(&v2);
    assert!(told.contains("係員と係長の変更（2件）"), "{told}");
    let moved = record_of().seen_edition.unwrap();
    assert_eq!(
        (moved.edition.as_str(), moved.snapshot.as_str()),
        ("第2版", "")
    );
    assert_eq!(kept(), ron::to_string(&v2_map).unwrap());
}
