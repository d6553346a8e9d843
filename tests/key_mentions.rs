//! Every key named on a screen comes from the keymap in force: with every action rebound in
//! keys.ron, no sentence on any screen still names an old key.

mod common;

use career_nav::app::App;
use career_nav::keymap::{ACTION_NAMES, Context, Keymap};
use common::{app_at, screen, type_keys};

/// Full-width letters: keys no default binding uses.
fn new_key(i: usize) -> char {
    char::from_u32(0xFF21 + i as u32).expect("a full-width letter")
}

fn rebound() -> (Keymap, Vec<String>) {
    // On every screen, the typing ones (search, the editor) included.
    let screens: Vec<String> = Context::ALL.iter().map(|c| format!("\"{c:?}\"")).collect();
    let screens = screens.join(", ");
    let mut text = String::from("[\n");
    let mut labels = Vec::new();
    for (i, (name, _)) in ACTION_NAMES.iter().enumerate() {
        let k = new_key(i);
        text.push_str(&format!(
            "  (action: \"{name}\", keys: [\"{k}\"], screens: [{screens}]),\n"
        ));
        labels.push(k.to_string());
    }
    text.push(']');
    let km = Keymap::with_overrides(&text, "keys.ron", career_nav::model::Lang::Ja)
        .expect("every action can be rebound");
    (km, labels)
}

/// The new key for the action named `name`.
fn key_of(name: &str) -> String {
    let i = ACTION_NAMES.iter().position(|(n, _)| *n == name).unwrap();
    new_key(i).to_string()
}

/// The keys named in sentences such as 「（Esc で閉じる）」: the word just before " で".
fn named_keys(screen: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in screen.lines() {
        let mut rest = line;
        while let Some(at) = rest.find(" で") {
            let before = &rest[..at];
            let word: String = before
                .chars()
                .rev()
                .take_while(|c| !c.is_whitespace() && !"（(、。：「".contains(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            // "↑/↓ で増減": each key of a pair.
            out.extend(
                word.split('/')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string),
            );
            rest = &rest[at + " で".len()..];
        }
    }
    out
}

fn with_keys(mut app: App, km: &Keymap) -> App {
    app.keymap = km.clone();
    app
}

#[test]
fn no_screen_names_a_key_that_is_not_bound() {
    let (km, labels) = rebound();
    let k = |name: &str| key_of(name);
    // (keys typed from a fresh app standing at 主任, size) for each state with a sentence.
    let states: Vec<(Option<&str>, String, (u16, u16))> = vec![
        (None, String::new(), (100, 30)),                     // the picker
        (None, format!("{} {}", k("Select"), ""), (100, 30)), // the year question
        (Some("主任"), k("Help"), (100, 30)),
        (Some("主任"), k("Search"), (100, 30)),
        (Some("主任"), "3".into(), (120, 40)), // the catalog's filters
        (
            Some("主任"),
            format!("3 {} {}", k("FilterMeasureNext"), k("FilterStepNext")),
            (120, 40),
        ),
        (Some("主任"), "6".into(), (120, 40)), // the record: snapshot sentence
        (None, "6".into(), (120, 40)),         // the record with no standing
        (
            Some("主任"),
            format!("6 {}", k("ChangeStanding")),
            (100, 30),
        ),
        (Some("主任"), String::new(), (30, 10)), // too small
    ];
    let mut named = Vec::new();
    for (grade, keys, (w, h)) in &states {
        let mut app = with_keys(app_at(*grade, grade.map(|_| 8)), &km);
        if !keys.trim().is_empty() {
            type_keys(&mut app, keys, *w, *h);
        }
        let s = screen(&mut app, *w, *h);
        for word in named_keys(&s) {
            assert!(
                labels.contains(&word),
                "after {keys:?} at {w}x{h}: the screen names {word:?}, which is not a key in \
                 force:\n{s}"
            );
            named.push(word);
        }
    }
    // The record's notes in the editor: its title names the key that ends editing.
    let mut app = with_keys(app_at(Some("主任"), Some(8)), &km);
    type_keys(&mut app, "6", 120, 40);
    while !matches!(
        app.record_selected(),
        Some(career_nav::app::RecordRow::Notes)
    ) {
        type_keys(&mut app, &k("Down"), 120, 40);
    }
    type_keys(&mut app, &k("Select"), 120, 40);
    let s = screen(&mut app, 120, 40);
    assert!(app.editing().is_some(), "the editor is open:\n{s}");
    let words = named_keys(&s);
    assert!(words.contains(&k("Back")), "the editor names its key:\n{s}");
    named.extend(words);
    // The legend of a quiet page names the 原文 key in force.
    let mut app = with_keys(app_at(Some("主任"), Some(8)), &km);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains(&format!("{} で注記と原文", k("Source"))), "{s}");
    assert!(!s.contains("o で注記と原文"), "{s}");
    // The sentences were there to check: help, search, filters, snapshot, year, quit.
    for name in [
        "Back",
        "Select",
        "FilterMeasureNext",
        "FilterStepNext",
        "Snapshot",
        "Quit",
    ] {
        assert!(
            named.contains(&k(name)),
            "no screen named the key of {name} ({}); named: {named:?}",
            k(name)
        );
    }
}

/// At 80 columns the hint bar keeps each screen's main keys: `/` everywhere, `e` (the
/// interview sheet) on わたしの記録, `s` (the step filter) on 研修一覧; words go before keys,
/// first those of the keys every screen has (`/`, `?`), never quit's.
#[test]
fn the_hint_bar_keeps_the_main_keys_at_80_columns() {
    for (tab, main) in [
        ("1", None),
        ("2", None),
        ("3", Some("s 職位で絞込")),
        ("4", None),
        ("5", None),
        ("6", Some("e 面談シート")),
    ] {
        let mut app = app_at(Some("主任"), Some(8));
        type_keys(&mut app, tab, 80, 24);
        let s = screen(&mut app, 80, 24);
        let bar = s.lines().last().unwrap_or("");
        for k in ["q 終了"].into_iter().chain(main) {
            assert!(bar.contains(k), "screen {tab}: {k:?} missing from {bar:?}");
        }
        for k in ["/", "?"] {
            assert!(
                bar.split_whitespace().any(|w| w == k),
                "screen {tab}: {k:?} missing from {bar:?}"
            );
        }
    }
}
