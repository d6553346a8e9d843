//! For trainers and every reader: presentation mode, the handout, themes and NO_COLOR, and
//! the keymap overrides.

mod common;

use assert_cmd::Command;
use career_nav::app::Slide;
use career_nav::keymap::{Action, Context, Keymap};
use career_nav::model::Lang;
use career_nav::record::Profile;
use career_nav::screens::Theme;
use common::{app_at, key, map, screen, type_keys};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

fn cmd() -> Command {
    let dir = tempfile::tempdir().unwrap().keep();
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.env("XDG_DATA_HOME", &dir).env("XDG_CONFIG_HOME", &dir);
    c
}

#[test]
fn presentation_steps_through_slides_and_chapters() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "P", 80, 24);
    assert_eq!(app.context(), Context::Present);
    let p = app.presentation().unwrap();
    assert_eq!(p.slide(), Slide::Cover);
    let n = p.slides.len();
    let s = screen(&mut app, 80, 24);
    assert!(s.contains(&format!("1 / {n}")), "{s}");
    insta::assert_snapshot!("present_cover_80x24", s);
    // → walks pages and slides: from the cover, past the overview's pages, to 1級.
    let overview_pages = {
        type_keys(&mut app, "Right", 80, 24);
        let _ = screen(&mut app, 80, 24);
        app.presentation().unwrap().pages
    };
    for _ in 0..overview_pages {
        type_keys(&mut app, "Right", 80, 24);
    }
    assert!(matches!(
        app.presentation().unwrap().slide(),
        Slide::Step(_)
    ));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("1級　行政サービス活動の遂行者"), "{s}");
    insta::assert_snapshot!("present_kyu1_80x24", s);
    // A number and Enter go to that slide: 4 is the fourth slide (2級), 12 the last.
    type_keys(&mut app, "4 Enter", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains(&format!("4 / {n}　2級")), "{s}");
    assert!(s.contains("2級　行政サービス活動の自律的遂行者"), "{s}");
    type_keys(&mut app, &format!("{} {} Enter", n / 10, n % 10), 80, 24);
    assert_eq!(app.presentation().unwrap().slide(), Slide::Blocks);
    type_keys(&mut app, "Home", 80, 24);
    assert_eq!(app.presentation().unwrap().current, 0);
    type_keys(&mut app, "End", 80, 24);
    assert_eq!(app.presentation().unwrap().current, n - 1);
    // ← from a slide's first page goes to the last page of the slide before; a clicker's
    // PgUp does the same as ←.
    type_keys(&mut app, "Left", 80, 24);
    let _ = screen(&mut app, 80, 24);
    let p = app.presentation().unwrap();
    assert_eq!(p.current, n - 2);
    assert_eq!(p.page + 1, p.pages);
    for _ in 0..p.pages {
        type_keys(&mut app, "PgUp", 80, 24);
    }
    assert_eq!(app.presentation().unwrap().current, n - 3);
    // Esc returns to the navigator, where it was.
    type_keys(&mut app, "Esc", 80, 24);
    assert!(app.presentation().is_none());
    assert_eq!(app.context(), Context::Ladder);
    let s = screen(&mut app, 120, 40);
    insta::assert_snapshot!("present_wide_after_esc_120x40", s);
}

#[test]
fn presentation_never_shows_a_saved_record() {
    let mut app = app_at(Some("主任"), Some(3));
    app.record.profile = Some(Profile {
        title: "主任".into(),
        year: 3,
    });
    app.record.questions = "秘密の質問".into();
    app.start_presentation(false);
    for _ in 0..app.presentation().unwrap().slides.len() {
        let s = screen(&mut app, 120, 40);
        assert!(!s.contains("現在地"), "{s}");
        assert!(!s.contains('★'), "{s}");
        assert!(!s.contains("入庁3年目"), "{s}");
        assert!(!s.contains("秘密の質問"), "{s}");
        type_keys(&mut app, "Right", 120, 40);
    }
    // Started as `present`, there is no navigator to go back to: Esc ends it.
    type_keys(&mut app, "Esc", 80, 24);
    assert!(app.quit);
}

#[test]
fn presentation_at_every_size() {
    for (w, h) in [(0, 0), (1, 1), (20, 5), (40, 12), (80, 24), (200, 60)] {
        let mut app = app_at(None, None);
        app.start_presentation(false);
        for k in ["Right", "Down", "End", "?", "Esc", "9"] {
            type_keys(&mut app, k, w, h);
            let _ = screen(&mut app, w, h);
        }
    }
}

/// Every fact of the map is in the handout.
#[test]
fn the_handout_holds_every_fact_of_the_map() {
    let m = map();
    let out = cmd()
        .args(["show", "--all", "--format", "text"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    let mut facts: Vec<String> = vec![
        m.vision.goal.to_string(),
        m.vision.workplace_state.to_string(),
        m.vision.staff_state.to_string(),
    ];
    for st in &m.steps {
        facts.push(st.role.to_string());
        facts.extend(st.expectations.iter().map(|e| e.to_string()));
        facts.push(st.ojt.name.to_string());
        facts.push(st.appraisal.name.to_string());
        facts.extend(st.titles.iter().map(|e| e.to_string()));
    }
    for t in &m.specialist_tiers {
        facts.push(t.role.to_string());
        facts.extend(t.expectations.iter().map(|e| e.to_string()));
        facts.extend(t.titles.iter().map(|e| e.to_string()));
    }
    for e in m.catalog() {
        facts.push(e.name.to_string());
        facts.extend(e.contents.map(|c| c.to_string()));
        facts.extend(e.audience.map(|c| c.to_string()));
        facts.extend(e.organiser.map(|c| c.to_string()));
    }
    for x in &m.measures {
        facts.push(x.name.to_string());
        facts.push(x.policy.to_string());
        facts.extend(x.aim.iter().map(|a| a.to_string()));
        facts.extend(x.main_initiatives.iter().map(|a| a.to_string()));
    }
    for n in &m.initiatives {
        facts.push(n.title.to_string());
        facts.push(n.description.to_string());
    }
    for y in &m.year_training.years {
        facts.push(y.contents.to_string());
    }
    for g in &m.glossary {
        facts.push(g.term.to_string());
        facts.push(g.explanation.to_string());
    }
    for b in &m.basis.sources {
        facts.push(b.to_string());
    }
    let missing: Vec<&String> = facts.iter().filter(|f| !s.contains(f.as_str())).collect();
    assert!(missing.is_empty(), "missing from the handout: {missing:?}");
    // Markdown too, with the map's own markup characters escaped.
    let md = cmd()
        .args(["show", "--all", "--format", "markdown"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("## 部長　部の統括者／市行政の経営者"), "{md}");
}

/// The bytes a frame writes to a terminal, drawn with `theme`.
fn frame_bytes(app: &mut career_nav::app::App, theme: &Theme) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut out);
        let mut t = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, 100, 30)),
            },
        )
        .unwrap();
        career_nav::tui::render(&mut t, app, theme).unwrap();
    }
    out
}

/// SGR parameters of every `ESC [ … m` in `bytes`.
fn sgr_params(bytes: &[u8]) -> Vec<String> {
    let s = String::from_utf8_lossy(bytes);
    let mut out = Vec::new();
    let mut rest = &*s;
    while let Some(i) = rest.find("\u{1b}[") {
        let after = &rest[i + 2..];
        let end = after
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        if after[end..].starts_with('m') {
            out.push(after[..end].to_string());
        }
        rest = &after[end.min(after.len())..];
    }
    out
}

#[test]
fn monochrome_writes_no_colour_but_keeps_marks() {
    for keys in ["", "2", "3", "4", "6", "/ で", "?"] {
        let mut app = app_at(Some("主任"), Some(3));
        type_keys(&mut app, keys, 100, 30);
        let bytes = frame_bytes(&mut app, &Theme::MONOCHROME);
        for p in sgr_params(&bytes) {
            for part in p.split(';') {
                let n: u32 = part.parse().unwrap_or(0);
                // 39 and 49 are "default colour": a reset, not a colour.
                assert!(
                    !(30..=38).contains(&n) && !(40..=48).contains(&n) && !(90..=107).contains(&n),
                    "colour code {p} after {keys:?}"
                );
            }
        }
        // The selection still shows: a symbol, and reverse video (SGR 7).
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains('▶'), "after {keys:?}");
        assert!(
            sgr_params(&bytes)
                .iter()
                .any(|p| p.split(';').any(|x| x == "7")),
            "after {keys:?}"
        );
    }
    // The default theme does write colour: the test above would notice it.
    let mut app = app_at(Some("主任"), Some(3));
    assert!(
        sgr_params(&frame_bytes(&mut app, &Theme::DEFAULT))
            .iter()
            .any(|p| p.contains("38;5"))
    );
}

#[test]
fn no_color_selects_monochrome_unless_a_theme_is_asked_for() {
    use career_nav::screens::theme::ThemeName;
    use std::ffi::OsStr;
    assert_eq!(
        Theme::choose(None, Some(OsStr::new("1")), None),
        ThemeName::Mono
    );
    assert_eq!(
        Theme::choose(None, Some(OsStr::new("")), None),
        ThemeName::Default
    );
    assert_eq!(
        Theme::choose(Some(ThemeName::HighContrast), Some(OsStr::new("1")), None),
        ThemeName::HighContrast
    );
    // The saved setting is read from config.ron.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.ron"), "(theme: Some(HighContrast))").unwrap();
    let loaded = career_nav::config::load(Some(dir.path()));
    assert_eq!(loaded.saved_theme(), Some(ThemeName::HighContrast));
    std::fs::write(dir.path().join("config.ron"), "(theme: Some(Loud))").unwrap();
    let loaded = career_nav::config::load(Some(dir.path()));
    assert_eq!(loaded.saved_theme(), None, "a wrong file is not used");
    let e = &loaded.errors(career_nav::model::Lang::En)[0];
    assert!(e.contains("config.ron:1:"), "{e}");
    assert!(e.contains("Loud"), "{e}");
}

fn ev(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn a_partial_keys_file_overrides_the_defaults() {
    let text = "// my keys\n[\n    (action: \"Down\", keys: [\"n\", \"Down\"]),\n    (action: \"Search\", keys: [\"Ctrl-f\"]),\n]\n";
    let km = Keymap::with_overrides(text, "keys.ron", Lang::En).unwrap();
    assert_eq!(km.action_for(Context::Ladder, &ev('n')), Some(Action::Down));
    assert_eq!(
        km.action_for(Context::Ladder, &ev('j')),
        None,
        "j is no longer Down"
    );
    assert_eq!(
        km.action_for(Context::Ladder, &ev('k')),
        Some(Action::Up),
        "the rest stays"
    );
    let ctrl_f = KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert_eq!(
        km.action_for(Context::Overview, &ctrl_f),
        Some(Action::Search)
    );
    assert_eq!(km.action_for(Context::Overview, &ev('/')), None);
    // Help and the hint bar show the keys in force.
    let mut app = app_at(Some("主任"), Some(3));
    app.keymap = km;
    let s = screen(&mut app, 100, 30);
    // k and n are not the usual pair: each direction is its own hint.
    assert!(s.contains("↑/k 上へ  ↓/n 下へ"), "{s}");
    assert!(s.contains("Ctrl-F 検索"), "{s}");
    career_nav::tui::handle_key(&mut app, &key("n"));
    assert_eq!(
        career_nav::content::place_name(&app.map, app.selected()),
        "2級"
    );
    type_keys(&mut app, "?", 100, 30);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("n / ↓"), "{s}");
}

#[test]
fn quit_can_be_rebound_and_typing_screens_keep_their_letters() {
    let text =
        "[(action: \"Quit\", keys: [\"Ctrl-q\"]), (action: \"Down\", keys: [\"n\", \"Down\"])]";
    let km = Keymap::with_overrides(text, "keys.ron", Lang::En).unwrap();
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(km.action_for(Context::Ladder, &ctrl_q), Some(Action::Quit));
    assert_eq!(km.action_for(Context::Ladder, &ev('q')), None);
    // In the search box n still types n.
    assert_eq!(
        km.action_for(Context::Search, &ev('n')),
        Some(Action::Input('n'))
    );
    // Ctrl-C still quits, on every screen.
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for ctx in Context::ALL {
        assert_eq!(km.action_for(ctx, &ctrl_c), Some(Action::Quit), "{ctx:?}");
    }
    let mut app = app_at(Some("主任"), Some(3));
    app.keymap = km;
    type_keys(&mut app, "/ d a n", 80, 24);
    assert_eq!(app.search().unwrap().query, "dan");
}

#[test]
fn a_key_bound_twice_or_an_unknown_action_names_the_line() {
    let twice =
        "[\n    (action: \"Down\", keys: [\"j\"]),\n    (action: \"Up\", keys: [\"j\"]),\n]\n";
    let e = Keymap::with_overrides(twice, "keys.ron", Lang::En).unwrap_err();
    assert!(e.starts_with("keys.ron:3:6: "), "{e}");
    assert!(e.contains("j is bound to both Down and Up"), "{e}");
    assert!(e.contains("^"), "{e}");
    let unknown = "[\n  (action: \"Fly\", keys: [\"f\"]),\n]";
    let e = Keymap::with_overrides(unknown, "keys.ron", Lang::En).unwrap_err();
    assert!(
        e.starts_with("keys.ron:2:4: There is no action \"Fly\""),
        "{e}"
    );
    assert!(e.contains("Down"), "lists the known actions: {e}");
    let bad_key = "[(action: \"Down\", keys: [\"Hyper-x\"])]";
    let e = Keymap::with_overrides(bad_key, "keys.ron", Lang::En).unwrap_err();
    assert!(e.contains("There is no key \"Hyper-x\""), "{e}");
    let syntax = "[(action: \"Down\" keys: [\"n\"])]";
    let e = Keymap::with_overrides(syntax, "keys.ron", Lang::En).unwrap_err();
    assert!(e.starts_with("keys.ron:1:"), "{e}");
    // `career-nav config` says so, and exits 1.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("career-nav")).unwrap();
    std::fs::write(dir.path().join("career-nav/keys.ron"), twice).unwrap();
    let out = Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .args(["config", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("keys.ron:3:6"), "{text}");
}

#[test]
fn dump_default_is_the_embedded_map_and_checks_clean() {
    let out = cmd().arg("dump-default").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, career_nav::model::EMBEDDED_MAP);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, &text).unwrap();
    let out = cmd()
        .arg("check")
        .arg(&path)
        .arg("--lang")
        .arg("ja")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("mine.ron: 問題なし")
    );
    // An edited copy: diff names what changed.
    std::fs::write(
        dir.path().join("new.ron"),
        text.replace("行政サービス活動の効率的推進者", "行政サービス活動の推進者"),
    )
    .unwrap();
    let out = cmd()
        .arg("diff")
        .arg(&path)
        .arg(dir.path().join("new.ron"))
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("行政サービス活動の効率的推進者") && s.contains("行政サービス活動の推進者"),
        "{s}"
    );
    assert!(s.contains("変更"), "{s}");
}
