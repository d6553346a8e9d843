//! Bytes written to the terminal: the program's own backend (`career_nav::term`, crossterm
//! sequences, one write per frame, no cursor move after a wide character) over a counting
//! sink, at a fixed size so no terminal is needed. What one key costs on the wire (ratatui writes only
//! the cells that changed) against a full repaint (clear, then every non-blank cell, as
//! after `Terminal::clear` or a resize).

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;

use career_nav::app::App;
use career_nav::term::FrameBackend;
use career_nav::tui::handle_key;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType};

use super::{app, draw, key, type_keys};

/// A `Write` that keeps only the count, shared with whoever reads it (the backend's
/// `writer()` is unstable in ratatui 0.30).
#[derive(Clone, Default)]
pub struct Counter {
    pub bytes: Rc<Cell<usize>>,
    /// How many `write` calls reached the sink.
    pub writes: Rc<Cell<usize>>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writes.set(self.writes.get() + 1);
        self.bytes.set(self.bytes.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub type CountingTerminal = Terminal<FrameBackend<Counter>>;

/// A `w`x`h` terminal writing into a counter, and the counter.
pub fn counting_terminal(w: u16, h: u16) -> (CountingTerminal, Counter) {
    let counter = Counter::default();
    let t = Terminal::new(FrameBackend::with_size(counter.clone(), w, h))
        .expect("a terminal of a fixed size needs no tty");
    (t, counter)
}

/// One measurement: the bytes of a key and its frame, and of a full repaint of that frame.
#[derive(Clone, Copy, Debug)]
pub struct KeyBytes {
    pub key: usize,
    pub full: usize,
}

impl KeyBytes {
    pub fn ratio(&self) -> f64 {
        self.key as f64 / self.full as f64
    }
}

/// Open the screen with `open` (keys), then press `pressed` and count what the frame after
/// it writes; then count a full repaint of the same state on a fresh terminal: the clear
/// (`ESC[2J`, what `Terminal::clear` sends on a full-screen viewport) and the first frame.
pub fn key_bytes(open: &str, pressed: &str, w: u16, h: u16) -> KeyBytes {
    let mut app = app();
    let (mut t, counter) = counting_terminal(w, h);
    type_keys(&mut t, &mut app, open);
    let before = counter.bytes.get();
    handle_key(&mut app, &key(pressed));
    draw(&mut t, &mut app);
    let key = counter.bytes.get() - before;
    KeyBytes {
        key,
        full: full_repaint(&mut app, w, h),
    }
}

/// The bytes of clearing the screen and drawing `app` on it from nothing.
pub fn full_repaint(app: &mut App, w: u16, h: u16) -> usize {
    let (mut t, counter) = counting_terminal(w, h);
    t.backend_mut()
        .clear_region(ClearType::All)
        .expect("clear into a counter");
    draw(&mut t, app);
    counter.bytes.get()
}

/// The navigation keys measured: (name, keys that open the screen, the key pressed).
pub const KEYS: [(&str, &str, &str); 13] = [
    ("ladder j (next rung down)", "", "j"),
    ("ladder k (next rung up)", "", "k"),
    ("detail j (scroll one line)", "Enter", "j"),
    ("detail k (scroll back)", "Enter j j", "k"),
    ("overview j", "2", "j"),
    ("catalog j", "3", "j"),
    ("compare j", "4", "j"),
    ("compare k (scroll back)", "4 j j", "k"),
    ("glossary j", "5", "j"),
    ("record j", "6", "j"),
    ("help j", "?", "j"),
    ("Tab (next screen)", "", "Tab"),
    ("redraw, no key", "", ""),
];

/// Every key of [`KEYS`] at `w`x`h`. The last row presses nothing.
pub fn table(w: u16, h: u16) -> Vec<(&'static str, KeyBytes)> {
    KEYS.iter()
        .map(|&(name, open, pressed)| {
            let b = if pressed.is_empty() {
                no_key_bytes(w, h)
            } else {
                key_bytes(open, pressed, w, h)
            };
            (name, b)
        })
        .collect()
}

fn no_key_bytes(w: u16, h: u16) -> KeyBytes {
    let mut app = app();
    let (mut t, counter) = counting_terminal(w, h);
    type_keys(&mut t, &mut app, "");
    let before = counter.bytes.get();
    draw(&mut t, &mut app);
    KeyBytes {
        key: counter.bytes.get() - before,
        full: full_repaint(&mut app, w, h),
    }
}

/// The baseline: ratatui's own `CrosstermBackend` (ratatui-crossterm 0.1.2) over a counting
/// sink on a fixed viewport. Returns (bytes of the key's frame, bytes of a full repaint).
pub fn upstream_key_bytes(open: &str, pressed: &str, w: u16, h: u16) -> KeyBytes {
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{TerminalOptions, Viewport};
    let make = |c: Counter| {
        Terminal::with_options(
            CrosstermBackend::new(c),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .expect("a fixed viewport needs no tty")
    };
    let mut app = app();
    let counter = Counter::default();
    let mut t = make(counter.clone());
    type_keys(&mut t, &mut app, open);
    let before = counter.bytes.get();
    if !pressed.is_empty() {
        handle_key(&mut app, &key(pressed));
    }
    draw(&mut t, &mut app);
    let key = counter.bytes.get() - before;
    let fresh = Counter::default();
    let mut t = make(fresh.clone());
    t.backend_mut()
        .clear_region(ClearType::All)
        .expect("clear into a counter");
    draw(&mut t, &mut app);
    KeyBytes {
        key,
        full: fresh.bytes.get(),
    }
}
