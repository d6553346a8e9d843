//! Helpers shared by the benchmarks: the app on the embedded map, keys by name, a map 100
//! times the embedded one, and the floor every ratatui program pays (a plain Paragraph).
#![allow(dead_code)]

pub mod bytes;

use career_nav::app::App;
use career_nav::content::Standing;
use career_nav::model::{self, CareerMap};
use career_nav::screens::Theme;
use career_nav::tui::handle_key;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// The two sizes every screen is measured at: the classic terminal and a large one.
pub const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

/// The screens, as (name, keys typed after standing at 主任 in year 3).
pub const SCREENS: [(&str, &str); 9] = [
    ("ladder", ""),
    ("detail_scrolled", "Enter PgDn j j"),
    ("overview", "2"),
    ("catalog", "3"),
    ("compare", "4"),
    ("glossary", "5"),
    ("record", "6"),
    ("search_query", "/ 研 修"),
    ("help", "?"),
];

/// The app on the embedded map, standing at 主任 in year 3 (as `--grade 主任 --year 3`).
pub fn app() -> App {
    app_on(
        model::load_embedded().expect("the embedded map is valid"),
        "主任",
    )
}

/// The app on `map`, standing at `grade` in year 3.
pub fn app_on(map: CareerMap, grade: &str) -> App {
    let m = map.resolve_title(grade).expect("known title");
    let standing = Standing {
        place: m.place,
        title: m.title,
        year: Some(3),
    };
    App::new(map, Some(standing))
}

/// A key by name: "j", "Enter", "Esc", "Tab", "BTab", "PgDn", "PgUp", "End", "Up", "Down".
pub fn key(name: &str) -> KeyEvent {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "End" => KeyCode::End,
        s if s.chars().count() == 1 => KeyCode::Char(s.chars().next().unwrap()),
        other => panic!("unknown key name {other}"),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Draw one frame of the app on `terminal`, as the event loop does.
pub fn draw<B: career_nav::term::FrameSink>(terminal: &mut Terminal<B>, app: &mut App)
where
    B::Error: Send + Sync + 'static,
{
    career_nav::tui::render(terminal, app, &Theme::DEFAULT)
        .map_err(|_| "draw failed")
        .unwrap();
}

/// Type keys (space-separated names), drawing before each as the real loop does, then draw
/// the result: scroll extents are measured by drawing, so the size matters.
pub fn type_keys<B: career_nav::term::FrameSink>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    keys: &str,
) where
    B::Error: Send + Sync + 'static,
{
    for k in keys.split_whitespace() {
        draw(terminal, app);
        handle_key(app, &key(k));
    }
    draw(terminal, app);
}

/// A terminal of `w`x`h` on a TestBackend.
pub fn test_terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).expect("a TestBackend terminal")
}

/// The app at screen `keys`, with a terminal of `w`x`h` that has drawn it.
pub fn screen(keys: &str, w: u16, h: u16) -> (App, Terminal<TestBackend>) {
    let mut app = app();
    let mut t = test_terminal(w, h);
    type_keys(&mut t, &mut app, keys);
    (app, t)
}

/// The floor: `h` lines of mixed Japanese and ASCII text, each `w` cells wide, as a plain
/// Paragraph (no layout, no styles, no wrapping).
pub fn floor_text(w: u16, h: u16) -> Vec<Line<'static>> {
    const PATTERN: &str = "職位の階段 career-nav 研修一覧（全職位）OJT推進者・考課者(二次) ";
    let mut lines = Vec::with_capacity(h as usize);
    for row in 0..h as usize {
        let mut line = String::new();
        let mut width = 0;
        for c in PATTERN.chars().cycle().skip(row) {
            let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if width + cw > w as usize {
                break;
            }
            line.push(c);
            width += cw;
        }
        lines.push(Line::from(line));
    }
    lines
}

/// Draw the floor paragraph on `terminal`.
pub fn draw_floor<B: Backend>(terminal: &mut Terminal<B>, lines: &[Line<'static>]) {
    terminal
        .draw(|f| f.render_widget(Paragraph::new(lines.to_vec()), f.area()))
        .map_err(|_| "draw failed")
        .unwrap();
}

/// RON text of a map `copies` times the embedded one (100 gives the "100x" map): `copies`
/// copies of the ladder linked into one ladder (700 steps at 100) by `next`, and `copies`
/// times the specialist tiers, promotion trainings, blocks (and so trainings), initiatives
/// and glossary, every id and title renamed so the map validates. The measures (numbered
/// ①–⑩) and the year table (years 1–5) stay as they are: the schema allows one of each.
/// Panics unless the text parses and validates with `career_nav::model::parse`.
pub fn big_map_text(copies: usize) -> String {
    let base = model::load_embedded().expect("the embedded map is valid");
    let mut big = base.clone();
    let suffix = |s: &str, k: usize| -> model::Text {
        if k == 0 {
            s.into()
        } else {
            format!("{s}_{k}").as_str().into()
        }
    };
    let bottom = base[base.ladder()[0]].id.to_string();
    big.steps.clear();
    big.specialist_tiers.clear();
    big.promotion_trainings.clear();
    big.blocks.clear();
    big.initiatives.clear();
    big.glossary.clear();
    for k in 0..copies {
        for s in &base.steps {
            let mut s = s.clone();
            s.id = suffix(&s.id, k);
            s.name = suffix(&s.name, k);
            s.titles = s.titles.iter().map(|t| suffix(t, k)).collect();
            s.next = match &s.next {
                Some(n) => Some(suffix(n, k)),
                // The top of copy k leads to the bottom of copy k + 1.
                None if k + 1 < copies => Some(suffix(&bottom, k + 1)),
                None => None,
            };
            big.steps.push(s);
        }
        for t in &base.specialist_tiers {
            let mut t = t.clone();
            t.id = suffix(&t.id, k);
            t.titles = t.titles.iter().map(|x| suffix(x, k)).collect();
            for l in &mut t.levels {
                l.titles = l.titles.iter().map(|x| suffix(x, k)).collect();
                l.step = suffix(&l.step, k);
            }
            big.specialist_tiers.push(t);
        }
        for p in &base.promotion_trainings {
            let mut p = p.clone();
            p.into = suffix(&p.into, k);
            for t in &mut p.trainings {
                t.id = suffix(&t.id, k);
            }
            big.promotion_trainings.push(p);
        }
        for b in &base.blocks {
            let mut b = b.clone();
            b.id = suffix(&b.id, k);
            for g in &mut b.groups {
                for t in &mut g.items {
                    t.id = suffix(&t.id, k);
                }
            }
            big.blocks.push(b);
        }
        big.initiatives.extend(base.initiatives.iter().cloned());
        for g in &base.glossary {
            let mut g = g.clone();
            g.term = suffix(&g.term, k);
            big.glossary.push(g);
        }
    }
    // Pretty, with struct names, as the embedded file is written.
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    let text = ron::ser::to_string_pretty(&big, config).expect("the big map serializes");
    let map = model::parse(&text, "big map").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.ladder().len(), base.steps.len() * copies);
    assert_eq!(map.catalog().len(), {
        let years = base.year_training.years.len();
        years + (base.catalog().len() - years) * copies
    });
    text
}
