//! The terminal backend the event loop draws through: crossterm's escape sequences, with two
//! changes to what `ratatui::backend::CrosstermBackend` (ratatui-crossterm 0.1.2, the latest
//! release) writes.
//!
//! - **Width-aware cursor.** After a double-width character the terminal's cursor has already
//!   moved two cells, yet ratatui-crossterm moves it again to the next cell (upstream fix
//!   not released: ratatui PR #2721). On a Japanese screen those moves were 43–49 % of the
//!   bytes. This backend moves the cursor only when the next changed cell is not where the
//!   cursor already is.
//! - **One write per frame.** Everything a frame writes (cells, cursor, colours, and on the
//!   first frame the switch to the alternate screen) is gathered in memory and leaves in one
//!   `write` when the terminal flushes at the end of the frame.
//!
//! - **Blank runs erased.** Old text going away used to be overwritten with spaces, one
//!   byte a cell; a run of 12 or more blank cells is erased with ECH (`ESC[nX`).
//!
//! Underline colours are not written (no screen of ours sets one).

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::style::{
    Attribute, Color as CColor, Colors, Print, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor,
};
use crossterm::terminal::{self, Clear};
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// A crossterm backend that writes each frame in one piece, and no cursor move the terminal
/// does not need.
pub struct FrameBackend<W: Write> {
    buf: Vec<u8>,
    out: W,
    /// A fixed size (tests); `None` asks the terminal.
    size: Option<Size>,
}

impl<W: Write> FrameBackend<W> {
    /// A backend on a real terminal (its size is asked of the terminal).
    pub fn new(out: W) -> Self {
        FrameBackend {
            buf: Vec::with_capacity(64 * 1024),
            out,
            size: None,
        }
    }

    /// A backend of a fixed size, writing to `out` (for tests and benchmarks: no tty).
    pub fn with_size(out: W, width: u16, height: u16) -> Self {
        let mut b = FrameBackend::new(out);
        b.size = Some(Size { width, height });
        b
    }

    /// Queue bytes to go out with the next frame (e.g. entering the alternate screen).
    pub fn queue_bytes(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Where the frames go.
    pub fn writer(&self) -> &W {
        &self.out
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }
}

/// What is still queued (the cursor shown again as the terminal is dropped) goes out.
impl<W: Write> Drop for FrameBackend<W> {
    fn drop(&mut self) {
        let _ = Backend::flush(self);
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        draw_cells(&mut self.buf, content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        queue!(self.buf, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        queue!(self.buf, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        crossterm::cursor::position().map(|(x, y)| Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        queue!(self.buf, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        use crossterm::terminal::ClearType as C;
        queue!(
            self.buf,
            Clear(match clear_type {
                ClearType::All => C::All,
                ClearType::AfterCursor => C::FromCursorDown,
                ClearType::BeforeCursor => C::FromCursorUp,
                ClearType::CurrentLine => C::CurrentLine,
                ClearType::UntilNewLine => C::UntilNewLine,
            })
        )
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            self.buf.push(b'\n');
        }
        self.flush()
    }

    fn size(&self) -> io::Result<Size> {
        match self.size {
            Some(s) => Ok(s),
            None => terminal::size().map(|(width, height)| Size { width, height }),
        }
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        if let Some(s) = self.size {
            return Ok(WindowSize {
                columns_rows: s,
                pixels: Size::default(),
            });
        }
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: w.columns,
                height: w.rows,
            },
            pixels: Size {
                width: w.width,
                height: w.height,
            },
        })
    }

    /// The frame leaves here, in one write.
    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        self.out.flush()
    }
}

/// A run of at least this many blank cells is erased with ECH (`ESC[nX`) and a cursor move
/// instead of being written out as spaces.
const ERASE_RUN: usize = 12;

/// Whether a cell is blank in the terminal's default colours (what ECH leaves behind).
fn is_plain_blank(cell: &Cell) -> bool {
    cell.symbol() == " "
        && cell.fg == Color::Reset
        && cell.bg == Color::Reset
        && cell.modifier.is_empty()
}

/// Write the changed cells. The cursor is moved only where it is not already: after a
/// character of width w at column x the terminal's cursor stands at x + w. A long run of
/// changed cells that become blank (old text going away) is erased in one sequence.
fn draw_cells<'a>(
    w: &mut Vec<u8>,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> io::Result<()> {
    let cells: Vec<(u16, u16, &Cell)> = content.collect();
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut cursor: Option<(u16, u16)> = None;
    let mut i = 0;
    while i < cells.len() {
        let (x, y, cell) = cells[i];
        if cursor != Some((x, y)) {
            queue!(w, MoveTo(x, y))?;
        }
        if is_plain_blank(cell) {
            let run = cells[i..]
                .iter()
                .enumerate()
                .take_while(|(k, (cx, cy, c))| {
                    *cy == y && usize::from(*cx) == usize::from(x) + k && is_plain_blank(c)
                })
                .count();
            if run >= ERASE_RUN {
                if !modifier.is_empty() {
                    queue!(w, SetAttribute(Attribute::Reset))?;
                    modifier = Modifier::empty();
                    fg = Color::Reset;
                    bg = Color::Reset;
                }
                if fg != Color::Reset || bg != Color::Reset {
                    queue!(w, SetColors(Colors::new(CColor::Reset, CColor::Reset)))?;
                    fg = Color::Reset;
                    bg = Color::Reset;
                }
                write!(w, "\x1b[{run}X")?;
                // ECH leaves the cursor where it was.
                cursor = Some((x, y));
                i += run;
                continue;
            }
        }
        if cell.modifier != modifier {
            queue_modifiers(w, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            queue!(
                w,
                SetColors(Colors::new(
                    cell.fg.into_crossterm(),
                    cell.bg.into_crossterm()
                ))
            )?;
            fg = cell.fg;
            bg = cell.bg;
        }
        let symbol = cell.symbol();
        queue!(w, Print(symbol))?;
        let width = u16::try_from(symbol.width()).unwrap_or(u16::MAX);
        cursor = Some((x.saturating_add(width), y));
        i += 1;
    }
    // Leave the terminal with default colours and attributes, as ratatui-crossterm does,
    // but only when something was set.
    if fg != Color::Reset {
        queue!(w, SetForegroundColor(CColor::Reset))?;
    }
    if bg != Color::Reset {
        queue!(w, SetBackgroundColor(CColor::Reset))?;
    }
    if !modifier.is_empty() {
        queue!(w, SetAttribute(Attribute::Reset))?;
    }
    Ok(())
}

/// The attribute changes from `from` to `to` (as ratatui-crossterm writes them).
fn queue_modifiers(w: &mut Vec<u8>, from: Modifier, to: Modifier) -> io::Result<()> {
    let removed = from - to;
    let set = |w: &mut Vec<u8>, a: Attribute| queue!(w, SetAttribute(a));
    if removed.contains(Modifier::REVERSED) {
        set(w, Attribute::NoReverse)?;
    }
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        // Bold and dim are both undone by normal intensity; what stays is set again.
        set(w, Attribute::NormalIntensity)?;
        if to.contains(Modifier::DIM) {
            set(w, Attribute::Dim)?;
        }
        if to.contains(Modifier::BOLD) {
            set(w, Attribute::Bold)?;
        }
    }
    for (m, off) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(m) {
            set(w, off)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(w, Attribute::NoBlink)?;
    }
    let added = to - from;
    for (m, on) in [
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ] {
        let intensity = matches!(m, Modifier::BOLD | Modifier::DIM);
        if added.contains(m) && !(intensity && reset_intensity) {
            set(w, on)?;
        }
    }
    Ok(())
}

/// The terminal the event loop draws on.
pub type FrameTerminal = Terminal<FrameBackend<io::Stdout>>;

/// Raw mode, the alternate screen and a panic hook that restores the terminal (installed
/// before any later hook, as `ratatui::try_init` does). The switch to the alternate screen
/// goes out with the first frame, in the same write.
pub fn init() -> io::Result<FrameTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = ratatui::try_restore();
        // With panic = "abort" no destructor runs to show the cursor again.
        let _ = execute!(io::stdout(), Show);
        hook(info);
    }));
    terminal::enable_raw_mode()?;
    let mut backend = FrameBackend::new(io::stdout());
    let mut enter = Vec::new();
    execute!(enter, terminal::EnterAlternateScreen)?;
    backend.queue_bytes(&enter);
    Terminal::new(backend)
}
