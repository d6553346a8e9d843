//! Presentation mode as a room sees it: every slide fits the screen (continuation pages
//! instead of scrolling), every slide is reachable by number and from the index, `b` blanks
//! the screen, the hint bar shows every key, and every colour reads on a light and a dark
//! projector theme.

mod common;

#[path = "../benches/support/mod.rs"]
#[allow(unused)]
mod support;

use career_nav::app::{App, Slide};
use career_nav::model::{self, CareerMap};
use career_nav::screens::Theme;
use career_nav::screens::present::{geometry, items, pages};
use career_nav::screens::theme::{contrast, luminance, rgb};
use common::{map, screen, type_keys};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

fn presenting(map: CareerMap) -> App {
    let mut app = App::new(map, None);
    app.start_presentation(false);
    app
}

/// Type a slide number and Enter.
fn go(app: &mut App, number: usize, w: u16, h: u16) {
    let keys: Vec<String> = number
        .to_string()
        .chars()
        .map(|c| c.to_string())
        .chain(["Enter".to_string()])
        .collect();
    type_keys(app, &keys.join(" "), w, h);
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn line_text(l: &ratatui::text::Line) -> String {
    l.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// The text an item shows (its markers aside).
fn item_text(i: &career_nav::content::Item) -> String {
    i.text().to_string()
}

/// Every slide of `map` at `w`x`h`: each page fits the body (no line cut, none wider than
/// its column), the pages together hold every item of the slide, and the screen shows each
/// page's lines with the slide number, the total and the page.
fn every_slide_fits(map: CareerMap, w: u16, h: u16) -> usize {
    let theme = Theme::DEFAULT.presentation();
    let area = Rect::new(0, 0, w, h);
    let body = geometry(area).body;
    let mut app = presenting(map.clone());
    let slides = app.presentation().unwrap().slides.clone();
    let total = slides.len();
    let mut continued = 0;
    for (n, &slide) in slides.iter().enumerate() {
        let laid = pages(&map, slide, body, &theme);
        assert!(!laid.is_empty());
        let mut all = String::new();
        for (k, page) in laid.iter().enumerate() {
            let col_w = if body.width >= career_nav::screens::present::TWO_COLUMNS {
                (body.width - 4) / 2
            } else {
                body.width
            };
            for col in &page.columns {
                assert!(
                    page.head.len() + col.len() <= body.height as usize,
                    "{w}x{h} slide {} page {}: {} + {} lines in {}",
                    n + 1,
                    k + 1,
                    page.head.len(),
                    col.len(),
                    body.height
                );
                for l in col {
                    assert!(
                        l.width() <= col_w as usize,
                        "{w}x{h}: {l:?} wider than {col_w}"
                    );
                }
            }
            if k == 0 {
                all.extend(page.head.iter().map(line_text));
            }
            all.extend(page.columns.iter().flatten().map(line_text));
        }
        let all = squeeze(&all);
        for item in items(&map, slide) {
            let t = squeeze(&item_text(&item));
            assert!(
                all.contains(&t),
                "{w}x{h} slide {} ({slide:?}) lost {t}",
                n + 1
            );
        }
        // The same pages on screen, reached by number and then →.
        go(&mut app, n + 1, w, h);
        for (k, page) in laid.iter().enumerate() {
            let s = screen(&mut app, w, h);
            let p = app.presentation().unwrap();
            assert_eq!((p.current, p.page, p.pages), (n, k, laid.len()), "{s}");
            assert!(s.contains(&format!(" {} / {total}　", n + 1)), "{s}");
            if laid.len() > 1 {
                assert!(s.contains(&format!("（{}/{}）", k + 1, laid.len())), "{s}");
            }
            assert!(!s.contains("続きあり"), "{s}");
            for l in page.lines() {
                let t = line_text(l);
                let t = t.trim();
                assert!(
                    s.contains(t),
                    "{w}x{h} slide {} page {}: {t}\n{s}",
                    n + 1,
                    k + 1
                );
            }
            type_keys(&mut app, "Right", w, h);
        }
        if laid.len() > 1 {
            continued += 1;
        }
    }
    continued
}

#[test]
fn every_slide_of_the_embedded_map_fits_without_scrolling() {
    for (w, h) in [(100, 30), (80, 24)] {
        every_slide_fits(map(), w, h);
    }
    // Wide screens use two columns: the step slides need no continuation there.
    let continued = every_slide_fits(map(), 160, 45);
    assert_eq!(
        continued, 0,
        "at 160x45 every slide of the embedded map is one page"
    );
}

#[test]
fn every_slide_of_a_larger_map_fits_without_scrolling() {
    let big = model::parse(&support::big_map_text(3), "big").unwrap();
    for (w, h) in [(100, 30), (80, 24)] {
        let continued = every_slide_fits(big.clone(), w, h);
        // Its trainings open to all are three times as many: they need continuation pages.
        assert!(continued > 0, "{w}x{h}");
    }
}

#[test]
fn a_resize_lays_the_slide_out_again() {
    let mut app = presenting(map());
    // 主任 is the fifth slide: two pages at 80x24, one at 160x45.
    go(&mut app, 5, 80, 24);
    type_keys(&mut app, "Right", 80, 24);
    let s = screen(&mut app, 80, 24);
    let p = app.presentation().unwrap();
    assert_eq!(p.slide(), Slide::Step(map().step_index("shunin").unwrap()));
    assert!(p.pages > 1 && p.page == 1, "{s}");
    assert!(s.contains("主任（2/"), "{s}");
    let s = screen(&mut app, 160, 45);
    let p = app.presentation().unwrap();
    assert_eq!((p.page, p.pages), (0, 1), "{s}");
    assert!(s.contains("5 / 12　主任"), "{s}");
    assert!(
        s.contains("■ 職位に応じた役割") && s.contains("■ 研修"),
        "{s}"
    );
    // Two columns side by side: a row holds text of both.
    assert!(
        s.lines()
            .any(|l| l.contains("■ 職位に応じた役割") && l.contains("■ 研修")),
        "{s}"
    );
}

#[test]
fn every_slide_is_reachable_by_number_and_from_the_index() {
    let mut app = presenting(map());
    let total = app.presentation().unwrap().slides.len();
    for n in 1..=total {
        go(&mut app, n, 80, 24);
        let s = screen(&mut app, 80, 24);
        assert_eq!(app.presentation().unwrap().current, n - 1, "{s}");
        assert!(s.contains(&format!(" {n} / {total}　")), "{s}");
    }
    // The specialist tiers have numbers too.
    go(&mut app, 10, 80, 24);
    assert_eq!(
        app.presentation().unwrap().slide(),
        Slide::Tier(app.map.tier_at(0).unwrap())
    );
    // A number being typed is shown; Backspace takes a digit back; Esc drops it.
    type_keys(&mut app, "1 2 BSpace", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("番号 1_"), "{s}");
    type_keys(&mut app, "Esc", 80, 24);
    assert!(!app.quit);
    assert!(app.presentation().unwrap().typed.is_empty());
    // A number with no slide says so and stays.
    go(&mut app, 99, 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("スライド 99 はありません（1～12）"), "{s}");
    assert_eq!(app.presentation().unwrap().current, 9);
    // The index: every slide listed, the current one selected; j j Enter goes two down.
    type_keys(&mut app, "i", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("スライド一覧"), "{s}");
    assert!(s.contains("▶10  スタッフ職"), "{s}");
    assert!(
        s.contains(" 1  表紙") && s.contains("12  職位に結び付けられていない研修"),
        "{s}"
    );
    type_keys(&mut app, "j j Enter", 80, 24);
    let p = app.presentation().unwrap();
    assert_eq!((p.current, p.index), (11, None));
    // Esc closes the index without leaving the presentation.
    type_keys(&mut app, "i Esc", 80, 24);
    assert!(app.presentation().unwrap().index.is_none() && !app.quit);
}

#[test]
fn b_blanks_the_screen_and_any_key_brings_it_back() {
    let mut app = presenting(map());
    go(&mut app, 5, 100, 30);
    type_keys(&mut app, "b", 100, 30);
    let s = screen(&mut app, 100, 30);
    assert!(s.trim().is_empty(), "{s}");
    // Any key, q too, only brings the slide back.
    for k in ["x", "q", "Right", "Esc"] {
        type_keys(&mut app, k, 100, 30);
        assert!(!app.quit, "{k}");
        let s = screen(&mut app, 100, 30);
        assert!(s.contains("5 / 12　主任"), "{k}: {s}");
        type_keys(&mut app, "b", 100, 30);
    }
}

#[test]
fn the_hint_bar_shows_every_key_a_slide_takes() {
    for (w, h) in [(80, 24), (100, 30), (160, 45)] {
        let mut app = presenting(map());
        let s = screen(&mut app, w, h);
        let bar = s.lines().last().unwrap();
        // Back and forward as separate hints: ← with a clicker's PgUp, → with PgDn.
        for k in [
            "←/PgUp 前へ",
            "→/PgDn 次へ",
            "0-9",
            "Enter",
            "番号",
            "i 一覧",
            "b 暗転",
            "Esc 終える",
            "? ヘルプ",
            "q 終了",
        ] {
            assert!(bar.contains(k), "{w}x{h}: {k} missing from {bar}");
        }
    }
}

/// The presentation colour rule. Text on the terminal's own background: its own colour, or
/// one at least 3:1 against both black and white. A background of its own: at least 3:1
/// against both black and white too (so it is never pale, and shows on either theme), under
/// a foreground at least 4.5:1 against it. The 16 ANSI colours change with the terminal's
/// theme, so they are not allowed.
fn colour_rule(fg: Color, bg: Color) -> Result<(), String> {
    let black = (0, 0, 0);
    let white = (255, 255, 255);
    let fixed = |c: Color| match c {
        Color::Reset => Ok(None),
        c => rgb(c)
            .map(Some)
            .ok_or_else(|| format!("{c:?} depends on the terminal's theme")),
    };
    let on_both = |c: Color, v: (u8, u8, u8)| {
        let (b, w) = (contrast(v, black), contrast(v, white));
        if b < 3.0 || w < 3.0 {
            Err(format!("{c:?}: {b:.2}:1 on black, {w:.2}:1 on white"))
        } else {
            Ok(())
        }
    };
    match (fixed(fg)?, fixed(bg)?) {
        (None, None) => Ok(()),
        (Some(f), None) => on_both(fg, f),
        (None, Some(_)) => Err(format!("{bg:?} under the terminal's own foreground")),
        (Some(f), Some(b)) => {
            on_both(bg, b)?;
            if luminance(b) > 0.3 {
                return Err(format!("{bg:?} is a pale background"));
            }
            match contrast(f, b) {
                r if r < 4.5 => Err(format!("{fg:?} on {bg:?}: {r:.2}:1")),
                _ => Ok(()),
            }
        }
    }
}

#[test]
fn the_colour_rule_rejects_the_navigators_pale_colours() {
    let d = Theme::DEFAULT;
    // The navigator's heading (2.6:1 on white) and its selection (a pale yellow).
    assert!(colour_rule(d.heading.fg.unwrap(), Color::Reset).is_err());
    assert!(colour_rule(d.selected.fg.unwrap(), d.selected.bg.unwrap()).is_err());
    assert!(colour_rule(Color::Yellow, Color::Reset).is_err());
}

fn draw_with(app: &mut App, theme: &Theme, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    career_nav::tui::render(&mut t, app, theme).unwrap();
    t.backend().buffer().clone()
}

#[test]
fn every_colour_a_presentation_draws_reads_on_light_and_dark_projectors() {
    for base in [Theme::DEFAULT, Theme::HIGH_CONTRAST, Theme::MONOCHROME] {
        let theme = base.presentation();
        for s in theme.styles() {
            let r = colour_rule(s.fg.unwrap_or(Color::Reset), s.bg.unwrap_or(Color::Reset));
            assert!(r.is_ok(), "{s:?}: {r:?}");
        }
        // Every cell of every slide, the index, the help and a message, as drawn.
        let mut app = presenting(map());
        let total = app.presentation().unwrap().slides.len();
        let mut screens = Vec::new();
        for n in 1..=total {
            go(&mut app, n, 120, 40);
            screens.push(draw_with(&mut app, &base, 120, 40));
        }
        type_keys(&mut app, "1 2 3", 120, 40);
        screens.push(draw_with(&mut app, &base, 120, 40));
        type_keys(&mut app, "Enter", 120, 40);
        screens.push(draw_with(&mut app, &base, 120, 40));
        type_keys(&mut app, "i", 120, 40);
        let index = draw_with(&mut app, &base, 120, 40);
        // The selection is marked by a non-pale background or reverse video, and ▶.
        let sel = index
            .content()
            .iter()
            .find(|c| c.symbol() == "▶")
            .expect("the index marks its selection");
        assert!(
            sel.bg != Color::Reset || sel.modifier.contains(Modifier::REVERSED),
            "{sel:?}"
        );
        screens.push(index);
        type_keys(&mut app, "Esc ?", 120, 40);
        screens.push(draw_with(&mut app, &base, 120, 40));
        for buf in &screens {
            for c in buf.content() {
                let r = colour_rule(c.fg, c.bg);
                assert!(r.is_ok(), "{:?} {:?}: {r:?}", c.symbol(), c);
            }
        }
    }
}

#[test]
fn present_from_a_title_starts_at_its_slide() {
    let m = map();
    let mut app = presenting(m.clone());
    app.present_from(m.resolve_title("主任").unwrap().place);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("5 / 12　主任"), "{s}");
    // A specialist title starts at its tier's slide.
    app.present_from(m.resolve_title("主幹").unwrap().place);
    assert_eq!(
        app.presentation().unwrap().slide(),
        Slide::Tier(app.map.tier_at(0).unwrap())
    );
    let out = assert_cmd::Command::cargo_bin("career-nav")
        .unwrap()
        .args(["present", "--from", "謎の職位"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("謎の職位") && err.contains("主任"), "{err}");
}

#[test]
fn the_presentation_keys_can_be_rebound() {
    use career_nav::keymap::{Action, Context, Keymap};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let km = Keymap::with_overrides(
        r#"[(action: "SlideIndex", keys: ["g"]), (action: "Blank", keys: ["."])]"#,
        "keys.ron",
        career_nav::model::Lang::Ja,
    )
    .unwrap();
    let ev = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        km.action_for(Context::Present, &ev('g')),
        Some(Action::SlideIndex)
    );
    assert_eq!(
        km.action_for(Context::Present, &ev('.')),
        Some(Action::Blank)
    );
    // The old keys now reach only the catch-all that brings a blanked screen back.
    assert!(matches!(
        km.action_for(Context::Present, &ev('i')),
        Some(Action::EditKey(_))
    ));
    let mut app = presenting(map());
    app.keymap = km;
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("g 一覧") && s.contains(". 暗転"), "{s}");
}
