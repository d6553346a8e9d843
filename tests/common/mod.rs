//! Helpers shared by the integration tests: build the app on the embedded map, type keys
//! through the same path the terminal loop uses, draw on a TestBackend.
#![allow(dead_code)]

use career_nav::app::App;
use career_nav::content::Standing;
use career_nav::model::{self, CareerMap};
use career_nav::screens::Theme;
use career_nav::tui::handle_key;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn map() -> CareerMap {
    model::load_embedded().expect("the embedded map is valid")
}

/// An app on the embedded map, standing at `grade` in `year` (or at the picker with None).
pub fn app_at(grade: Option<&str>, year: Option<u8>) -> App {
    let map = map();
    let standing = grade.map(|g| {
        let m = map.resolve_title(g).expect("known title");
        Standing {
            place: m.place,
            title: m.title,
            year,
        }
    });
    App::new(map, standing)
}

/// A key by the names tui-look uses: "j", "Enter", "Esc", "Tab", "BTab", "Up", "PgDn", "C-c".
pub fn key(name: &str) -> KeyEvent {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "BSpace" => KeyCode::Backspace,
        "Space" => KeyCode::Char(' '),
        s if s.starts_with("C-") && s.chars().count() == 3 => {
            let c = s.chars().nth(2).unwrap();
            return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        }
        s if s.chars().count() == 1 => KeyCode::Char(s.chars().next().unwrap()),
        other => panic!("unknown key name {other}"),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Type keys (space-separated names), drawing after each as the real loop does.
pub fn type_keys(app: &mut App, keys: &str, width: u16, height: u16) {
    for k in keys.split_whitespace() {
        draw(app, width, height);
        handle_key(app, &key(k));
    }
}

/// Draw the app and return the terminal.
pub fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
    career_nav::tui::render(&mut t, app, &Theme::DEFAULT).unwrap();
    t
}

/// The screen as text, one line per row, trailing spaces trimmed. Wide characters occupy
/// two cells; the second (empty) cell is skipped so lines read naturally.
pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    let t = draw(app, width, height);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
