//! Settings that never lock the reader out (issue 16): each broken or odd `keys.ron` and
//! `config.ron` through the parser and through the real binary (`career-nav config`), the
//! hint bar with remapped directions, and "Ctrl-C always quits" over random keys files.

mod common;

use assert_cmd::Command;
use career_nav::config::{self, FileState};
use career_nav::keymap::{Action, Context, Keymap, fit_hints};
use career_nav::model::Lang;
use career_nav::screens::theme::ThemeName;
use career_nav::settings_messages::Problem;
use career_nav::tui::handle_key;
use common::{app_at, screen, type_keys};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;

fn ctrl_c() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
}

fn ev(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// A config directory holding the given files, and the binary pointed at it.
fn with_files(files: &[(&str, &str)]) -> (tempfile::TempDir, Command) {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("career-nav");
    std::fs::create_dir_all(&conf).unwrap();
    for (name, text) in files {
        std::fs::write(conf.join(name), text).unwrap();
    }
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("HOME", dir.path())
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ja_JP.UTF-8");
    (dir, c)
}

fn run(c: &mut Command) -> (Option<i32>, String) {
    let out = c.output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap(),
    )
}

// ---------------------------------------------------------------------------------------------
// Point 1: no action left without a key; Ctrl-C always quits.

#[test]
fn quit_with_no_key_is_an_error_naming_the_line() {
    let text = "[\n    (action: \"Down\", keys: [\"n\", \"Down\"]),\n    (action: \"Quit\", keys: []),\n]\n";
    let (line, col, p) = Keymap::parse_overrides(text).unwrap_err();
    assert_eq!((line, col), (3, 6));
    assert_eq!(
        p,
        Problem::NoKeys {
            action: "Quit".into()
        }
    );
    let ja = Keymap::with_overrides(text, "keys.ron", Lang::Ja).unwrap_err();
    assert!(
        ja.starts_with("keys.ron:3:6: Quit のキーが空です。"),
        "{ja}"
    );
    assert!(ja.contains("3 |     (action: \"Quit\", keys: []),"), "{ja}");
    // Through the binary: config names the file, line and column, exits 1.
    let (_d, mut c) = with_files(&[("keys.ron", text)]);
    let (code, out) = run(c.arg("config"));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("keys.ron:3:6: Quit のキーが空です。"), "{out}");
    assert!(
        out.contains("keys.ron には誤りがあるので使っていません。"),
        "{out}"
    );
}

#[test]
fn ctrl_c_quits_even_when_quit_is_moved_and_cannot_be_taken() {
    let (km, _) = Keymap::parse_overrides("[(action: \"Quit\", keys: [\"Ctrl-q\"])]").unwrap();
    for ctx in Context::ALL {
        assert_eq!(km.action_for(ctx, &ctrl_c()), Some(Action::Quit), "{ctx:?}");
    }
    assert_eq!(km.action_for(Context::Ladder, &ev('q')), None);
    // The help still lists Ctrl-C for quitting.
    let mut app = app_at(Some("主任"), Some(3));
    app.keymap = km;
    type_keys(&mut app, "?", 100, 30);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Ctrl-Q"), "{s}");
    assert!(s.contains("Ctrl-C"), "{s}");
    handle_key(&mut app, &ctrl_c());
    assert!(app.quit);
    // Ctrl-C cannot be given to another action.
    let (line, _, p) =
        Keymap::parse_overrides("[\n(action: \"Search\", keys: [\"Ctrl-c\"]),\n]").unwrap_err();
    assert_eq!(line, 2);
    assert_eq!(
        p,
        Problem::CtrlCReserved {
            action: "Search".into()
        }
    );
}

// ---------------------------------------------------------------------------------------------
// Point 2: a broken config.ron never stops the program; the command line wins.

#[test]
fn a_wrong_theme_is_named_with_the_accepted_values_and_the_closest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.ron"),
        "(theme: Some(Highcontrast))\n",
    )
    .unwrap();
    let loaded = config::load(Some(dir.path()));
    let FileState::Broken(e) = &loaded.settings else {
        panic!("{:?}", loaded.settings)
    };
    assert_eq!((e.line, e.column), (1, 14));
    assert_eq!(
        e.problem,
        Problem::UnknownTheme {
            given: "Highcontrast".into(),
            closest: Some("HighContrast")
        }
    );
    // The defaults go on; the command line wins over the file.
    assert_eq!(loaded.saved_theme(), None);
    assert_eq!(loaded.theme(None, None).0, ThemeName::Default);
    assert_eq!(loaded.theme(Some(ThemeName::Mono), None).0, ThemeName::Mono);
    let ja = e.headline(Lang::Ja);
    assert!(
        ja.ends_with("テーマ「Highcontrast」はありません。選べるのは Default、HighContrast、Mono のどれかです。「HighContrast」のことでしょうか。"),
        "{ja}"
    );
    let en = e.headline(Lang::En);
    assert!(
        en.ends_with("There is no theme \"Highcontrast\": choose Default, HighContrast or Mono. Did you mean \"HighContrast\"?"),
        "{en}"
    );
    assert!(!ja.contains("Unexpected variant"), "{ja}");
    // One line for the navigator's message bar, short enough for 80 columns.
    let n = loaded.notices(Lang::Ja);
    assert_eq!(
        n,
        vec!["config.ron 1行14列に誤り。既定で起動。詳細は career-nav config".to_string()]
    );
    assert!(unicode_width::UnicodeWidthStr::width(n[0].as_str()) <= 80);
    // `theme: Mono` without Some is accepted too.
    std::fs::write(dir.path().join("config.ron"), "(theme: Mono)").unwrap();
    assert_eq!(
        config::load(Some(dir.path())).saved_theme(),
        Some(ThemeName::Mono)
    );
}

#[test]
fn config_reports_each_file_in_the_readers_language() {
    let (_d, mut c) = with_files(&[("config.ron", "(theme: Some(Highcontrast))")]);
    let (code, out) = run(c.args(["config", "--theme", "mono"]));
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("config.ron：あります"), "{out}");
    assert!(out.contains("「HighContrast」のことでしょうか。"), "{out}");
    assert!(out.contains("keys.ron：ありません"), "{out}");
    assert!(
        out.contains("いま使われるテーマ：Mono（コマンドラインの --theme による）"),
        "{out}"
    );
    // An English locale, or --lang en, speaks English.
    let (_d, mut c) = with_files(&[("config.ron", "(theme: Some(Highcontrast))")]);
    let (_, out) = run(c.arg("config").env("LANG", "en_US.UTF-8"));
    assert!(out.contains("Did you mean \"HighContrast\"?"), "{out}");
    assert!(out.contains("keys.ron: not found"), "{out}");
    let (_d, mut c) = with_files(&[]);
    let (code, out) = run(c.args(["config", "--lang", "en"]));
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Theme in use: Default (the default)"), "{out}");
    // A good pair of files: what each changed.
    let (d, mut c) = with_files(&[
        ("config.ron", "(theme: Some(HighContrast))"),
        (
            "keys.ron",
            "[\n  (action: \"Down\", keys: [\"n\", \"Down\"]),\n  (action: \"Search\", keys: [\"Ctrl-f\"], screens: [\"Ladder\"]),\n]",
        ),
    ]);
    let (code, out) = run(c.arg("config"));
    assert_eq!(code, Some(0), "{out}");
    let keys_path = d.path().join("career-nav").join("keys.ron");
    assert!(
        out.contains(&format!("keys.ron：あります（{}）", keys_path.display())),
        "{out}"
    );
    assert!(
        out.contains("テーマを HighContrast にしています。"),
        "{out}"
    );
    assert!(
        out.contains("2 行目：Down（すべての画面）を ↓ / j から n / ↓ に変更"),
        "{out}"
    );
    assert!(
        out.contains("3 行目：Search（画面 Ladder）を / から Ctrl-F に変更"),
        "{out}"
    );
    assert!(
        out.contains("いま使われるテーマ：HighContrast（config.ron による）"),
        "{out}"
    );
}

#[test]
fn a_broken_config_stops_no_command() {
    let (_d, mut c) = with_files(&[
        ("config.ron", "(theme: Some(Highcontrast))"),
        ("keys.ron", "[(action: \"Quit\", keys: [])"),
    ]);
    let (code, out) = run(c.args(["--theme", "mono", "show", "--grade", "主任"]));
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("主任"), "{out}");
    // Without a terminal the navigator and present stop for that reason only.
    for args in [
        &["--theme", "mono"][..],
        &["--theme", "mono", "present"][..],
    ] {
        let (_d, mut c) = with_files(&[("config.ron", "(theme: Some(Highcontrast))")]);
        let (code, out) = run(c.args(args));
        assert_eq!(code, Some(2), "{out}");
        assert!(out.contains("端末が必要です"), "{out}");
        assert!(!out.contains("Highcontrast"), "{out}");
    }
}

// ---------------------------------------------------------------------------------------------
// Point 3: both actions named; an empty file; a missing `]` where it is missing.

#[test]
fn a_key_bound_twice_names_both_actions() {
    let text = "[\n    (action: \"Down\", keys: [\"n\", \"Down\"]),\n    (action: \"Search\", keys: [\"n\"]),\n]\n";
    let e = Keymap::with_overrides(text, "keys.ron", Lang::Ja).unwrap_err();
    assert!(e.starts_with("keys.ron:3:6: n は画面「"), "{e}");
    assert!(
        e.contains("で Down と Search の両方に割り当てられています。"),
        "{e}"
    );
    // Two entries that swap keys are no conflict.
    let (km, changes) = Keymap::parse_overrides(
        "[(action: \"Up\", keys: [\"j\"]), (action: \"Down\", keys: [\"k\"])]",
    )
    .unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(km.action_for(Context::Ladder, &ev('j')), Some(Action::Up));
    assert_eq!(km.action_for(Context::Ladder, &ev('k')), Some(Action::Down));
}

#[test]
fn an_empty_keys_file_changes_nothing() {
    for text in [
        "",
        "\n\n",
        "// my keys, later\n",
        "/* nothing */ \n // yet\n",
        "[]",
    ] {
        let (km, changes) = Keymap::parse_overrides(text).unwrap();
        assert!(changes.is_empty(), "{text:?}");
        assert_eq!(
            km.hints(Context::Ladder, |_| true),
            Keymap::default().hints(Context::Ladder, |_| true)
        );
    }
    let (_d, mut c) = with_files(&[("keys.ron", "// later\n"), ("config.ron", "")]);
    let (code, out) = run(c.arg("config"));
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("キーの変更は書かれていません（既定のキーのまま）。"),
        "{out}"
    );
}

#[test]
fn a_missing_closing_bracket_is_reported_where_it_is_missing() {
    let text = "[\n    (action: \"Down\", keys: [\"n\", \"Down\"]),\n    (action: \"Search\", keys: [\"Ctrl-f\"]),\n";
    let (line, col, p) = Keymap::parse_overrides(text).unwrap_err();
    // Right after the last entry's comma.
    assert_eq!((line, col), (3, 42));
    assert_eq!(
        p,
        Problem::Unclosed {
            open: '[',
            line: 1,
            column: 1
        }
    );
    let ja = Keymap::with_overrides(text, "keys.ron", Lang::Ja).unwrap_err();
    assert!(
        ja.starts_with("keys.ron:3:42: 1 行 1 列で開いた「[」が閉じられていません。ここに「]」を書き足してください。"),
        "{ja}"
    );
    assert!(!ja.contains("KeyOverride"), "{ja}");
    // A file that is not a list says what shape it must have.
    let e = Keymap::with_overrides("(action: \"Down\", keys: [\"n\"])", "keys.ron", Lang::En)
        .unwrap_err();
    assert!(e.contains("Write the whole file in the form ["), "{e}");
}

#[test]
fn missing_and_unknown_fields_are_named_in_japanese() {
    let e = Keymap::with_overrides("[(action: \"Down\")]", "keys.ron", Lang::Ja).unwrap_err();
    assert!(
        e.starts_with("keys.ron:1:17: 「keys」が書かれていません。"),
        "{e}"
    );
    let e = Keymap::with_overrides("[(action: \"Down\", key: [\"n\"])]", "keys.ron", Lang::Ja)
        .unwrap_err();
    assert!(
        e.contains("「key」という項目はありません。書けるのは action、keys、screens です。"),
        "{e}"
    );
    assert!(!e.contains("KeyOverride"), "{e}");
    // A character that would not show on a terminal is no key.
    let (_, _, p) =
        Keymap::parse_overrides("[(action: \"Down\", keys: [\"\u{200B}\"])]").unwrap_err();
    assert!(matches!(p, Problem::UnknownKey { .. }), "{p:?}");
}

#[test]
fn names_close_to_a_known_one_are_suggested() {
    let (_, _, p) = Keymap::parse_overrides("[(action: \"down\", keys: [\"n\"])]").unwrap_err();
    assert!(
        matches!(
            p,
            Problem::UnknownAction {
                closest: Some("Down"),
                ..
            }
        ),
        "{p:?}"
    );
    let (_, _, p) =
        Keymap::parse_overrides("[(action: \"Down\", keys: [\"n\"], screens: [\"Ladeer\"])]")
            .unwrap_err();
    assert!(
        matches!(
            p,
            Problem::UnknownScreen {
                closest: Some("Ladder"),
                ..
            }
        ),
        "{p:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Point 4: forward and back apart when their keys are not the usual pair.

#[test]
fn remapped_directions_are_shown_apart() {
    let (km, _) = Keymap::parse_overrides(
        "[(action: \"Left\", keys: [\"z\", \"h\"]), (action: \"Right\", keys: [\"l\", \"n\"])]",
    )
    .unwrap();
    let words = |km: &Keymap| -> Vec<String> {
        km.hints(Context::Present, |_| true)
            .into_iter()
            .map(|h| format!("{} {}", h.keys, h.word))
            .collect()
    };
    let w = words(&km);
    assert!(w.contains(&"hz 前へ".to_string()), "{w:?}");
    assert!(w.contains(&"ln 次へ".to_string()), "{w:?}");
    assert!(!w.iter().any(|h| h.contains("hzln")), "{w:?}");
    // One way open (the ladder at a line step with a tier beside it): its own word.
    let ladder: Vec<String> = km
        .hints(Context::Ladder, |a| a != Action::Left)
        .into_iter()
        .map(|h| format!("{} {}", h.keys, h.word))
        .collect();
    assert!(ladder.contains(&"ln スタッフ職".to_string()), "{ladder:?}");
    let default: Vec<String> = Keymap::default()
        .hints(Context::Ladder, |a| a != Action::Left)
        .into_iter()
        .map(|h| format!("{} {}", h.keys, h.word))
        .collect();
    assert!(
        default.contains(&"→/l ライン職/スタッフ職".to_string()),
        "{default:?}"
    );
    // The usual pairs stay one hint.
    let compare: Vec<String> = Keymap::default()
        .hints(Context::Compare, |_| true)
        .into_iter()
        .map(|h| format!("{} {}", h.keys, h.word))
        .collect();
    assert!(
        compare.contains(&"←→/hl 左右の列".to_string()),
        "{compare:?}"
    );
    // On screen, at 80 columns, in the ladder from a specialist tier (both ways open).
    let (km, _) = Keymap::parse_overrides(
        "[(action: \"Down\", keys: [\"n\", \"Down\"]), (action: \"Up\", keys: [\"Up\", \"u\"])]",
    )
    .unwrap();
    let mut app = app_at(Some("主任"), Some(3));
    app.keymap = km;
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("↑/u 上へ  ↓/n 下へ"), "{s}");
    let bar = fit_hints(app.keymap.hints(Context::Ladder, |_| true), 80);
    assert_eq!(bar.last().unwrap().word, "終了");
}

// ---------------------------------------------------------------------------------------------
// "Ctrl-C always quits", whatever keys.ron says.

const ACTIONS: &[&str] = &[
    "Up",
    "Down",
    "Left",
    "Right",
    "Select",
    "Back",
    "Help",
    "Quit",
    "Search",
    "NextTab",
    "Toggle",
    "Present",
    "Export",
    "ClearInput",
    "Fly",
];
const KEYS: &[&str] = &[
    "q", "j", "k", "n", "Esc", "Enter", "Ctrl-c", "Ctrl-C", "Ctrl-q", "Ctrl-x", "Up", "Tab",
    "Space", "/", "?", "c", "", "Hyper-x",
];
const SCREENS: &[&str] = &[
    "Ladder", "Search", "Edit", "Help", "Present", "Record", "Compare", "Nowhere",
];

fn entry() -> impl Strategy<Value = String> {
    (
        prop::sample::select(ACTIONS),
        prop::collection::vec(prop::sample::select(KEYS), 0..4),
        prop::collection::vec(prop::sample::select(SCREENS), 0..3),
    )
        .prop_map(|(a, keys, screens)| {
            let q = |v: &[&str]| {
                v.iter()
                    .map(|k| format!("{k:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if screens.is_empty() {
                format!("(action: {a:?}, keys: [{}])", q(&keys))
            } else {
                format!(
                    "(action: {a:?}, keys: [{}], screens: [{}])",
                    q(&keys),
                    q(&screens)
                )
            }
        })
}

/// A keys file: entries, sometimes damaged (a character cut at some place).
fn keys_file() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(entry(), 0..6),
        prop::option::of(any::<prop::sample::Index>()),
    )
        .prop_map(|(entries, cut)| {
            let text = format!("[\n{}\n]\n", entries.join(",\n"));
            match cut {
                Some(i) => {
                    let chars: Vec<char> = text.chars().collect();
                    let at = i.index(chars.len());
                    chars[..at].iter().chain(&chars[at + 1..]).collect()
                }
                None => text,
            }
        })
}

/// Ways into each screen, by the default keys' actions.
const PATHS: &[&[Action]] = &[
    &[],
    &[Action::Select],
    &[Action::Search],
    &[Action::Help],
    &[Action::Present],
    &[Action::GoTab(3)],
    &[Action::GoTab(4)],
    &[Action::GoTab(6)],
    &[Action::GoTab(6), Action::End, Action::Select],
    &[Action::ChangeStanding],
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn ctrl_c_always_quits(text in keys_file(), path in prop::sample::select(PATHS)) {
        let km = match Keymap::parse_overrides(&text) {
            Ok((km, _)) => km,
            // A wrong file is not used: the defaults are, where Ctrl-C quits too.
            Err((line, col, _)) => {
                prop_assert!(line >= 1 && col >= 1);
                Keymap::default()
            }
        };
        for ctx in Context::ALL {
            prop_assert_eq!(km.action_for(ctx, &ctrl_c()), Some(Action::Quit));
        }
        // No action in force is left without a key, and no key means two things.
        prop_assert!(km.bindings.iter().all(|b| !b.keys.is_empty()));
        prop_assert!(km.conflicts().is_empty());
        // In the app, from wherever the path leads.
        let mut app = app_at(Some("主任"), Some(3));
        app.keymap = km;
        for a in path.iter() {
            app.update(*a);
        }
        let _ = screen(&mut app, 80, 24);
        handle_key(&mut app, &ctrl_c());
        prop_assert!(app.quit, "in {:?}", app.context());
    }
}
