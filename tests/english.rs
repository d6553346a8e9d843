//! The TUI and `show` in English: with `--lang en` (App.lang) every word the program says
//! on screen is English. Drawn through the same render path as the other screen tests, on
//! the embedded map with every Japanese text replaced by ASCII (the map's text is data and
//! stays as the map says it: an English map shows English only).

mod common;

use std::collections::HashMap;

use assert_cmd::Command;
use career_nav::app::App;
use career_nav::model::{self, CareerMap, Lang};
use common::{screen, type_keys};

/// Kana, kanji, CJK punctuation and full-width forms: what the English screens must not
/// show. The program's marks (＊ ※ ★ ◎ ■ ▶) are symbols, not words, and are allowed.
fn japanese(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{FF00}'..='\u{FF09}'
        | '\u{FF0B}'..='\u{FFEF}')
}

/// The embedded map with each string that holds Japanese replaced by an ASCII one (the
/// same string always by the same replacement, so references by name still hold).
fn ascii_map_text() -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/hamamatsu.ron"))
        .unwrap();
    let mut names: HashMap<String, String> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                // A comment: dropped to the end of the line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            s.push(c);
                            s.extend(chars.next());
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                if s.chars().any(japanese) {
                    let n = names.len();
                    let word = names.entry(s).or_insert_with(|| format!("Word{n}"));
                    out.push('"');
                    out.push_str(word);
                    out.push('"');
                } else {
                    out.push('"');
                    out.push_str(&s);
                    out.push('"');
                }
            }
            c => out.push(c),
        }
    }
    out
}

fn english_map() -> CareerMap {
    model::parse(&ascii_map_text(), "english.ron").expect("the ASCII map loads")
}

#[test]
fn the_ascii_map_has_no_japanese() {
    let text = ascii_map_text();
    assert!(!text.chars().any(japanese));
    let map = english_map();
    assert!(!map.glossary.is_empty() && !map.specialist_tiers.is_empty());
}

/// Every screen a reader reaches, key by key from the picker: after each key the screen is
/// drawn at 80x24 and at 120x40. Returns every screen drawn, with the keys that led to it.
fn tour(lang: Lang, guest: bool) -> Vec<(String, String)> {
    let map = english_map();
    let mut app = App::new(map, None);
    app.lang = lang;
    if guest {
        app.start_guest();
    }
    let mut shots = Vec::new();
    let mut pressed = String::new();
    let shoot = |app: &mut App, pressed: &str, shots: &mut Vec<(String, String)>| {
        for (w, h) in [(80, 24), (120, 40)] {
            shots.push((format!("{pressed} @{w}x{h}"), screen(app, w, h)));
        }
    };
    shoot(&mut app, "start", &mut shots);
    let keys = if guest {
        "Tab 6 1 Enter Esc 3 2 ?"
    } else {
        // The picker (grade, then year), the ladder and its detail, a specialist post,
        // search, the overview and a page, the catalog (a training marked, filters), compare
        // and its chooser, the glossary, the record (a snapshot, a note), the source view,
        // help, and presentation with its index.
        "End Enter 3 Enter \
         Enter Esc l Esc c Esc \
         / W o r d 1 Down Esc \
         2 j Right Esc j j j \
         3 Space Space s m x Enter \
         4 Enter j Enter j Esc o o \
         5 j Right Esc \
         6 j Space S e j j Enter a b Esc \
         o o ? PgDn Esc \
         1 P Right Right i j Esc Right Right Right Right Right Right Right ? Esc 9 9 Enter Esc"
    };
    for k in keys.split_whitespace() {
        type_keys(&mut app, k, 80, 24);
        // What the event loop does after a key: save, write the interview sheet.
        career_nav::tui::run_effects(&mut app, &mut career_nav::store::Store::memory());
        pressed.push_str(k);
        pressed.push(' ');
        shoot(&mut app, &pressed, &mut shots);
    }
    // A screen too small to use.
    app.resize(20, 6);
    shots.push(("too small".into(), screen(&mut app, 20, 6)));
    shots
}

/// The interview sheet (`e` on the record) is written into the working directory: the
/// tests run in a directory of their own, one for the whole process (tests run in threads).
fn in_temp_dir() {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().unwrap());
    std::env::set_current_dir(dir.path()).unwrap();
}

/// The first Japanese character on any screen, with where it was.
fn first_japanese(shots: &[(String, String)]) -> Option<String> {
    shots.iter().find_map(|(at, s)| {
        s.lines()
            .find(|l| l.chars().any(japanese))
            .map(|l| format!("after {at}:\n{l}\n\n{s}"))
    })
}

#[test]
fn every_screen_in_english_shows_no_japanese() {
    in_temp_dir();
    let shots = tour(Lang::En, false);
    if let Some(bad) = first_japanese(&shots) {
        panic!("Japanese on an English screen {bad}");
    }
    // The tour went where it meant to: each screen's English chrome was drawn.
    let all: String = shots.iter().map(|(_, s)| s.as_str()).collect();
    for want in [
        "Where you stand (1/2): step",
        "Where you stand (2/2): year of service",
        "1 Ladder",
        "Details: ",
        "Search (Enter to go",
        "Measure: all",
        "Compare",
        "column's step",
        "Glossary",
        "My record",
        "Self-check",
        "Source and notes",
        "Help (Esc to close)",
        "Slides (Enter to go, Esc to close)",
        "There is no slide 99",
        "The terminal is",
        "quit",
    ] {
        assert!(all.contains(want), "no screen showed {want:?}");
    }
    // `e` on the record wrote the interview sheet, in English too.
    let sheet = std::fs::read_dir(".")
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("interview-sheet-")
        })
        .expect("the English interview sheet was written");
    let sheet = std::fs::read_to_string(sheet.path()).unwrap();
    let bad = sheet.lines().find(|l| l.chars().any(japanese));
    assert!(
        bad.is_none(),
        "Japanese in the English sheet: {bad:?}\n{sheet}"
    );
    for want in [
        "# Development interview sheet",
        "Where you stand",
        "Completed",
        "Planned",
    ] {
        assert!(sheet.contains(want), "no {want:?} in the sheet:\n{sheet}");
    }
    let guest = tour(Lang::En, true);
    if let Some(bad) = first_japanese(&guest) {
        panic!("Japanese on an English guest screen {bad}");
    }
    assert!(guest.iter().any(|(_, s)| s.contains("Guest mode")));
}

#[test]
fn the_default_language_keeps_the_japanese_chrome() {
    in_temp_dir();
    let all: String = tour(Lang::Ja, false).into_iter().map(|(_, s)| s).collect();
    for want in [
        "現在地を選ぶ（1/2）：職位",
        "職位の階段",
        "研修一覧",
        "わたしの記録",
        "ヘルプ（Esc で閉じる）",
        "終了",
    ] {
        assert!(all.contains(want), "no Japanese screen showed {want:?}");
    }
}

/// `career-nav show …` on the ASCII map, in the environment `env` adds.
fn show(args: &[&str], env: &[(&str, &str)]) -> String {
    static MAP: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = MAP.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("english.ron"), ascii_map_text()).unwrap();
        d
    });
    let map = english_map();
    let grade = map.all_titles()[0].0.clone();
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.env("XDG_DATA_HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(env.iter().copied())
        .arg("--data")
        .arg(dir.path().join("english.ron"))
        .arg("show");
    for a in args {
        c.arg(if *a == "GRADE" { grade.as_str() } else { a });
    }
    let out = c.output().unwrap();
    assert!(out.status.success(), "show {args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn show_prints_english_headings_with_lang_en_or_an_english_locale() {
    let walks = [
        show(&["--lang", "en", "--grade", "GRADE", "--year", "3"], &[]),
        show(
            &["--grade", "GRADE", "--year", "3"],
            &[("LANG", "en_US.UTF-8")],
        ),
    ];
    for out in &walks {
        let bad = out.lines().find(|l| l.chars().any(japanese));
        assert!(bad.is_none(), "Japanese in English show: {bad:?}");
        for heading in [
            "[The role at this step]",
            "[Training]",
            "[Next step]",
            "Role in OJT",
        ] {
            assert!(out.contains(heading), "no {heading:?} in:\n{out}");
        }
    }
    for args in [
        &["--lang", "en", "--overview"][..],
        &["--lang", "en", "--catalog"],
        &["--lang", "en", "--glossary"],
        &["--lang", "en", "--compare", "GRADE", "GRADE"],
        &["--lang", "en", "--grade", "GRADE", "--source"],
        &["--lang", "en", "--grade", "GRADE", "--format", "markdown"],
        &["--lang", "en", "--grade", "GRADE", "--format", "html"],
        &["--lang", "en", "--overview", "--format", "html"],
        &["--lang", "en", "--all"],
        &["--lang", "en", "--all", "--source"],
        &["--lang", "en", "--all", "--format", "markdown"],
        &["--lang", "en", "--all", "--format", "html"],
    ] {
        let out = show(args, &[]);
        let bad = out.lines().find(|l| l.chars().any(japanese));
        assert!(bad.is_none(), "Japanese in show {args:?}: {bad:?}");
    }
    let all = show(&["--lang", "en", "--all", "--format", "html"], &[]);
    for want in [
        "<html lang=\"en\">",
        "Contents",
        "Legend",
        "Appendix: source and notes",
    ] {
        assert!(all.contains(want), "no {want:?} in the English handout");
    }
    // Japanese by default, and with a Japanese locale.
    for out in [
        show(&["--grade", "GRADE", "--year", "3"], &[]),
        show(&["--grade", "GRADE"], &[("LANG", "ja_JP.UTF-8")]),
    ] {
        assert!(
            out.contains("【職位に応じた役割】") && out.contains("【研修】"),
            "{out}"
        );
    }
}

#[test]
fn a_new_editions_notice_speaks_english() {
    use career_nav::edition;
    let map = english_map();
    let step = map.all_titles()[0].1;
    for items in [
        edition::notice_in(None, &map, Some(step), "v1", "v2", Lang::En),
        edition::notice_in(Some(&map), &map, Some(step), "v1", "v2", Lang::En),
        edition::notice_in(Some(&map), &map, None, "v1", "v2", Lang::En),
    ] {
        let text = edition::text_in(&items, Lang::En) + &edition::summary_in(&items, Lang::En);
        let bad = text.lines().find(|l| l.chars().any(japanese));
        assert!(bad.is_none(), "{bad:?}");
        assert!(
            text.contains("The map has a new edition: v1 → v2"),
            "{text}"
        );
    }
}

#[test]
fn diff_and_the_edition_notice_list_changes_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let old = ascii_map_text();
    let new = old.replacen("\"Word1\"", "\"Another title\"", 1).replacen(
        "\"Word120\"",
        "\"Another role\"",
        1,
    );
    assert_ne!(old, new);
    std::fs::write(dir.path().join("old.ron"), &old).unwrap();
    std::fs::write(dir.path().join("new.ron"), &new).unwrap();
    for format in ["text", "markdown", "html"] {
        let out = Command::cargo_bin("career-nav")
            .unwrap()
            .env("XDG_DATA_HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path())
            .current_dir(dir.path())
            .args([
                "--lang", "en", "diff", "old.ron", "new.ron", "--format", format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let bad = text.lines().find(|l| l.chars().any(japanese));
        assert!(bad.is_none(), "{format}: {bad:?}");
        assert!(text.contains("Differences of the map"), "{text}");
        assert!(text.contains("Another role"), "{text}");
    }
    // The notice of a new edition lists the changes of the reader's step in English too.
    let (a, b) = (
        model::parse(&old, "old.ron").unwrap(),
        model::parse(&new, "new.ron").unwrap(),
    );
    let place = b.all_titles().into_iter().find(|(_, p)| {
        let items = career_nav::edition::notice_in(Some(&a), &b, Some(*p), "v1", "v2", Lang::En);
        items.len() > 4
    });
    let (_, place) = place.expect("some step sees its change");
    let items = career_nav::edition::notice_in(Some(&a), &b, Some(place), "v1", "v2", Lang::En);
    let text = career_nav::edition::text_in(&items, Lang::En);
    let bad = text.lines().find(|l| l.chars().any(japanese));
    assert!(bad.is_none(), "{bad:?}\n{text}");
    assert!(text.contains("Changed: "), "{text}");
}
