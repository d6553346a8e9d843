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
//! (Erasing runs of blank cells with ECH was tried and dropped: around double-width
//! characters terminals disagree on what ECH erases, and it saved under 1 %.)
//!
//! - **Short gaps rewritten.** The backend keeps what the screen shows; a gap of a few
//!   unchanged cells between two changed ones is written again when that is shorter than a
//!   cursor move over it.
//! - **Never more than a repaint.** When a frame changes most of the screen (a new screen,
//!   a scrolled page), it is sent as a clear and the whole screen if that is shorter.
//!
//! Underline colours are not written (no screen of ours sets one).

use std::io::{self, Write};

use crossterm::cursor::{Hide, Show};
use crossterm::style::{
    Attribute, Color as CColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor,
};
use crossterm::terminal::{self, Clear};
use crossterm::{execute, queue};
use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};
use ratatui::{Frame, Terminal};
use unicode_width::UnicodeWidthStr;

/// A crossterm backend that writes each frame in one piece, and no cursor move the terminal
/// does not need.
pub struct FrameBackend<W: Write> {
    buf: Vec<u8>,
    out: W,
    /// A fixed size (tests); `None` asks the terminal.
    size: Option<Size>,
    /// What the screen shows, when known (from a clear or the fresh alternate screen on):
    /// a frame whose changes would cost more bytes than clearing and drawing the whole
    /// screen is sent as that instead.
    shown: Option<Buffer>,
    /// The screen is blank (just cleared): nothing on it can be scrolled.
    blank: bool,
    /// The size of the terminal's buffers when its spare one was last emptied (see
    /// [`FrameSink`]): it is emptied again after a resize gives it cells.
    spare_emptied: Option<Rect>,
}

impl<W: Write> FrameBackend<W> {
    /// A backend on a real terminal (its size is asked of the terminal).
    pub fn new(out: W) -> Self {
        FrameBackend {
            buf: Vec::new(),
            out,
            size: None,
            shown: None,
            blank: false,
            spare_emptied: None,
        }
    }

    /// A backend of a fixed size on a blank screen, writing to `out` (for tests and
    /// benchmarks: no tty).
    pub fn with_size(out: W, width: u16, height: u16) -> Self {
        let mut b = FrameBackend::new(out);
        b.size = Some(Size { width, height });
        b.screen_is_blank();
        b
    }

    /// Queue bytes to go out with the next frame (e.g. entering the alternate screen).
    pub fn queue_bytes(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Say that the screen is blank now (the alternate screen was just entered, or the
    /// screen cleared): from here on the backend knows what the screen shows.
    pub fn screen_is_blank(&mut self) {
        self.blank = true;
        self.shown = self
            .size()
            .ok()
            .map(|s| Buffer::empty(Rect::new(0, 0, s.width, s.height)));
    }

    /// Where the frames go.
    pub fn writer(&self) -> &W {
        &self.out
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Write what takes the screen from what it shows to `next`, a whole frame, and keep
    /// `next` as what it shows. Returns the buffer the frame after is drawn into: what the
    /// screen showed, reset (the navigator holds two screens in all, not ratatui's two and
    /// a copy of one here).
    pub fn present(&mut self, next: Buffer) -> io::Result<Buffer> {
        let blank = std::mem::take(&mut self.blank);
        let mut old = match self.shown.take() {
            Some(old) if old.area == next.area => old,
            // What the screen shows is not known: every cell is written.
            _ => {
                let a = next.area;
                let every = (a.y..a.y + a.height)
                    .flat_map(|y| (a.x..a.x + a.width).map(move |x| (x, y)))
                    .filter_map(|(x, y)| next.cell(Position { x, y }).map(|c| (x, y, c)));
                draw_cells(&mut self.buf, hide_covered(every), None)?;
                self.shown = Some(next);
                return Ok(Buffer::empty(a));
            }
        };
        let start = self.buf.len();
        if blank {
            // On a blank screen what differs is every cell with something to show (the
            // diff of the first frame, without comparing every cell with a blank one).
            draw_cells(&mut self.buf, visible_cells(&next), Some(&next))?;
        } else {
            let cells = old.diff(&next);
            draw_cells(&mut self.buf, cells.iter().copied(), Some(&next))?;
            // Rows that moved up or down: scroll them on the terminal, then write what
            // still differs, when that is shorter.
            if rows_touched(&cells) >= SCROLL_MIN_ROWS
                && let Some(scrolled) = scrolled_frame(&mut old, &next)?
                && scrolled.len() < self.buf.len() - start
            {
                self.buf.truncate(start);
                self.buf.extend_from_slice(&scrolled);
            }
        }
        // A large change (more bytes than half the screen's cells): clearing and drawing
        // the screen whole may cost less (blank cells are then skipped, not written over).
        // Not on a blank screen: that is what was just written.
        let area = usize::from(next.area.width) * usize::from(next.area.height);
        if !blank && self.buf.len() - start > area / 2 {
            let mut whole = Vec::with_capacity(self.buf.len() - start);
            queue!(whole, Clear(terminal::ClearType::All))?;
            draw_cells(&mut whole, visible_cells(&next), Some(&next))?;
            if whole.len() < self.buf.len() - start {
                self.buf.truncate(start);
                self.buf.extend_from_slice(&whole);
            }
        }
        self.shown = Some(next);
        old.reset();
        Ok(old)
    }
}

/// How a frame reaches the terminal. Backends other than [`FrameBackend`] draw through
/// ratatui's own [`Terminal::draw`]; a [`FrameBackend`] is handed the whole frame
/// ([`FrameBackend::present`]) and gives back the buffer the next frame is drawn into, so
/// the terminal's second buffer is kept empty. `draw` draws the frame and says where the
/// terminal's cursor goes (hidden when `None`).
pub trait FrameSink: Backend + Sized {
    fn draw_frame(
        terminal: &mut Terminal<Self>,
        draw: impl FnOnce(&mut Frame) -> Option<Position>,
    ) -> Result<(), Self::Error> {
        terminal
            .draw(|f| {
                if let Some(p) = draw(f) {
                    f.set_cursor_position(p);
                }
            })
            .map(drop)
    }
}

impl FrameSink for ratatui::backend::TestBackend {}

impl<W: Write> FrameSink for ratatui::backend::CrosstermBackend<W> {}

impl<W: Write> FrameSink for FrameBackend<W> {
    fn draw_frame(
        terminal: &mut Terminal<Self>,
        draw: impl FnOnce(&mut Frame) -> Option<Position>,
    ) -> io::Result<()> {
        terminal.autoresize()?;
        empty_spare(terminal);
        let cursor = draw(&mut terminal.get_frame());
        let next = std::mem::replace(terminal.current_buffer_mut(), Buffer::empty(Rect::ZERO));
        let spare = terminal.backend_mut().present(next)?;
        *terminal.current_buffer_mut() = spare;
        match cursor {
            None => terminal.hide_cursor()?,
            Some(p) => {
                terminal.show_cursor()?;
                terminal.set_cursor_position(p)?;
            }
        }
        Backend::flush(terminal.backend_mut())
    }
}

/// Empty the terminal's second buffer (ratatui's "previous" frame, which a
/// [`FrameBackend`] does not use: it keeps what the screen shows itself), unless it was
/// emptied at this size already. The buffer being drawn into is reset on the way.
fn empty_spare<W: Write>(terminal: &mut Terminal<FrameBackend<W>>) {
    let area = terminal.current_buffer_mut().area;
    if terminal.backend().spare_emptied == Some(area) {
        return;
    }
    // `swap_buffers` resets the buffer it leaves and makes the other one current.
    terminal.swap_buffers();
    *terminal.current_buffer_mut() = Buffer::empty(Rect::ZERO);
    terminal.swap_buffers();
    terminal.backend_mut().spare_emptied = Some(area);
}

/// The cells of a row-major run, without those hidden under a wide character before them.
fn hide_covered<'a>(
    cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> impl Iterator<Item = (u16, u16, &'a Cell)> {
    let mut hidden = 0usize;
    cells.filter(move |(_, _, cell)| {
        if hidden > 0 {
            hidden -= 1;
            return false;
        }
        hidden = cell.symbol().width().saturating_sub(1);
        true
    })
}

/// What is still queued (the cursor shown again as the terminal is dropped) goes out.
impl<W: Write> Drop for FrameBackend<W> {
    fn drop(&mut self) {
        let _ = Backend::flush(self);
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    /// Cells changed as ratatui's own [`Terminal::draw`] finds them (the navigator draws
    /// through [`FrameSink`] instead): applied to a copy of what the screen shows, which is
    /// then presented.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let Some(shown) = self.shown.as_ref() else {
            return draw_cells(&mut self.buf, content, None);
        };
        let mut next = shown.clone();
        for (x, y, cell) in content {
            if let Some(c) = next.cell_mut(Position { x, y }) {
                *c = cell.clone();
            }
            // A wide character covers the cells after it: the terminal blanks them (the
            // terminal's diff never sends them, so they would keep older text here).
            for dx in 1..cell.symbol().width() {
                let at = Position {
                    x: x.saturating_add(dx as u16),
                    y,
                };
                if let Some(c) = next.cell_mut(at) {
                    c.reset();
                }
            }
        }
        self.present(next).map(drop)
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
        move_to(&mut self.buf, x, y);
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        use crossterm::terminal::ClearType as C;
        if clear_type == ClearType::All {
            self.screen_is_blank();
        } else {
            // Part of the screen cleared from where the cursor is: no longer known.
            self.shown = None;
        }
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
        self.shown = None;
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

/// How many rows a frame must change before it is checked for a scroll.
const SCROLL_MIN_ROWS: usize = 3;
/// The largest scroll looked for, in rows (a key scrolls one row; a few more cost little).
const SCROLL_MAX_ROWS: usize = 3;

/// How many distinct rows the changed cells touch.
fn rows_touched(cells: &[(u16, u16, &Cell)]) -> usize {
    let mut rows = 0;
    let mut last = None;
    for &(_, y, _) in cells {
        if last != Some(y) {
            rows += 1;
            last = Some(y);
        }
    }
    rows
}

/// A scroll of the rows `top..=bottom` by `by` rows: positive moves the text up (new rows
/// appear at the bottom), negative down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Scroll {
    top: usize,
    bottom: usize,
    by: isize,
}

/// A number standing for what a cell shows (its first character, colours and attributes),
/// to compare rows quickly. Two cells that differ may rarely get the same number: this only
/// chooses the scroll; what is written after it is found by comparing the cells themselves.
fn cell_key(c: &Cell) -> u64 {
    fn color(c: Color) -> u64 {
        match c {
            Color::Rgb(r, g, b) => 1 << 25 | u64::from(r) << 16 | u64::from(g) << 8 | u64::from(b),
            Color::Indexed(i) => 1 << 24 | u64::from(i),
            Color::Reset => 0,
            Color::Black => 1,
            Color::Red => 2,
            Color::Green => 3,
            Color::Yellow => 4,
            Color::Blue => 5,
            Color::Magenta => 6,
            Color::Cyan => 7,
            Color::Gray => 8,
            Color::DarkGray => 9,
            Color::LightRed => 10,
            Color::LightGreen => 11,
            Color::LightYellow => 12,
            Color::LightBlue => 13,
            Color::LightMagenta => 14,
            Color::LightCyan => 15,
            Color::White => 16,
        }
    }
    const P: u64 = 0x9E37_79B9_7F4A_7C15;
    let ch = c.symbol().chars().next().map_or(0, u64::from);
    let k = (ch ^ color(c.fg) << 21).wrapping_mul(P);
    let k = (k ^ color(c.bg)).wrapping_mul(P);
    (k ^ u64::from(c.modifier.bits())).wrapping_mul(P)
}

/// How many cells of row `a` of `x` differ from row `b` of `y` (keys of rows `w` wide).
fn row_diff(x: &[u64], a: usize, y: &[u64], b: usize, w: usize) -> usize {
    x[a * w..(a + 1) * w]
        .iter()
        .zip(&y[b * w..(b + 1) * w])
        .filter(|(p, q)| p != q)
        .count()
}

/// The band of rows and the shift that make most of `new` out of `old` moved: for each shift
/// of up to [`SCROLL_MAX_ROWS`] rows either way, the run of rows where the moved old row is
/// closer to the new one than the old row in place is (most cells gained, Kadane's maximum
/// run). `None` when no shift gains half a row of cells.
fn best_scroll(old: &Buffer, new: &Buffer) -> Option<Scroll> {
    let w = usize::from(new.area.width);
    let h = usize::from(new.area.height);
    if w == 0 || h < 2 || old.area != new.area {
        return None;
    }
    let (old, new): (Vec<u64>, Vec<u64>) = (
        old.content.iter().map(cell_key).collect(),
        new.content.iter().map(cell_key).collect(),
    );
    let (old, new) = (old.as_slice(), new.as_slice());
    let in_place: Vec<usize> = (0..h).map(|y| row_diff(old, y, new, y, w)).collect();
    let mut best: Option<(isize, Scroll)> = None;
    for d in 1..=SCROLL_MAX_ROWS.min(h - 1) {
        for up in [true, false] {
            // New row y shows old row y + d (up) or y - d (down).
            let rows: Box<dyn Iterator<Item = usize>> = if up {
                Box::new(0..h - d)
            } else {
                Box::new(d..h)
            };
            let (mut run, mut run_start) = (0isize, 0usize);
            for y in rows {
                let from = if up { y + d } else { y - d };
                let gain = in_place[y] as isize - row_diff(old, from, new, y, w) as isize;
                if run <= 0 {
                    run = 0;
                    run_start = y;
                }
                run += gain;
                if best.is_none_or(|(g, _)| run > g) {
                    let (top, bottom) = if up {
                        (run_start, y + d)
                    } else {
                        (run_start - d, y)
                    };
                    let by = if up { d as isize } else { -(d as isize) };
                    best = Some((run, Scroll { top, bottom, by }));
                }
            }
        }
    }
    best.filter(|&(gain, s)| gain >= (w / 2) as isize && s.bottom > s.top)
        .map(|(_, s)| s)
}

/// `b` made what the terminal shows after `scroll` (the rows moved in are blank).
fn apply_scroll(b: &mut Buffer, s: Scroll) {
    let w = usize::from(b.area.width);
    let band = &mut b.content[s.top * w..(s.bottom + 1) * w];
    let moved = s.by.unsigned_abs() * w;
    let len = band.len();
    if s.by > 0 {
        band.rotate_left(moved);
        band[len - moved..].iter_mut().for_each(Cell::reset);
    } else {
        band.rotate_right(moved);
        band[..moved].iter_mut().for_each(Cell::reset);
    }
}

/// The bytes that take a screen showing `old` to `new` by scrolling a band of rows (a scroll
/// region, DECSTBM, and SU/SD), then writing the cells that still differ; `None` when no
/// scroll fits. Colours are at the terminal's defaults between frames, so the rows scrolled
/// in are blank in the default background. `old` is left as the scroll leaves the screen.
fn scrolled_frame(old: &mut Buffer, new: &Buffer) -> io::Result<Option<Vec<u8>>> {
    let Some(s) = best_scroll(old, new) else {
        return Ok(None);
    };
    apply_scroll(old, s);
    let moved = &*old;
    let mut out = Vec::new();
    // Set the region (the cursor goes home), scroll it, give the whole screen back.
    let (n, dir) = (s.by.unsigned_abs(), if s.by > 0 { 'S' } else { 'T' });
    write!(
        out,
        "\x1b[{};{}r\x1b[{n}{dir}\x1b[r",
        s.top + 1,
        s.bottom + 1
    )?;
    draw_cells(&mut out, moved.diff(new).into_iter(), Some(new))?;
    Ok(Some(out))
}

/// The cells a screen showing `b` has drawn, in order: every cell but the blank ones and
/// those hidden under a wide character.
fn visible_cells(b: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let a = b.area;
    let (mut x, mut y) = (a.x, a.y);
    let mut hidden = 0usize;
    b.content.iter().filter_map(move |cell| {
        let at = (x, y);
        x += 1;
        if x == a.x + a.width {
            (x, y) = (a.x, y + 1);
        }
        // A row starts with nothing hidden.
        if at.0 == a.x {
            hidden = 0;
        }
        if hidden > 0 {
            hidden -= 1;
            return None;
        }
        hidden = cell.symbol().width().saturating_sub(1);
        (!is_plain_blank(cell) && !matches!(cell.diff_option, CellDiffOption::Skip))
            .then_some((at.0, at.1, cell))
    })
}

/// Whether a cell is blank in the terminal's default colours (what a clear leaves).
fn is_plain_blank(cell: &Cell) -> bool {
    cell.symbol() == " "
        && cell.fg == Color::Reset
        && cell.bg == Color::Reset
        && cell.modifier.is_empty()
}

/// The text of the unchanged cells `from..to` of row `y`, when writing it again is how to get
/// the cursor to `to`: every cell in the current style, none cut by `to`.
fn gap_text(
    b: &Buffer,
    y: u16,
    from: u16,
    to: u16,
    style: (Color, Color, Modifier),
) -> Option<String> {
    let mut out = String::new();
    let mut x = from;
    while x < to {
        let c = b.cell(Position { x, y })?;
        let symbol = c.symbol();
        let width = u16::try_from(symbol.width()).ok()?;
        if width == 0 || x + width > to || (c.fg, c.bg, c.modifier) != style {
            return None;
        }
        out.push_str(symbol);
        x += width;
    }
    Some(out)
}

/// Write the changed cells. The cursor is moved only where it is not already: after a
/// character of width w at column x the terminal's cursor stands at x + w. With the screen
/// known (`screen`), a short gap of unchanged cells on the same row is written again when
/// that is shorter than moving the cursor over it.
fn draw_cells<'a>(
    w: &mut Vec<u8>,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
    screen: Option<&Buffer>,
) -> io::Result<()> {
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut cursor: Option<(u16, u16)> = None;
    // The bytes crossterm writes for each pair of colours, made once a frame (a screen has
    // a few pairs and changes between them hundreds of times).
    let mut pairs: Vec<((Color, Color), Vec<u8>)> = Vec::new();
    for (x, y, cell) in content {
        if cursor != Some((x, y)) {
            let fill = match (screen, cursor) {
                (Some(b), Some((cx, cy))) if cy == y && cx < x && x - cx <= 4 => {
                    gap_text(b, y, cx, x, (fg, bg, modifier))
                }
                _ => None,
            };
            match fill {
                Some(text) if text.len() < move_len(x, y) => w.extend_from_slice(text.as_bytes()),
                _ => move_to(w, x, y),
            }
        }
        if cell.modifier != modifier {
            queue_modifiers(w, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            let pair = (cell.fg, cell.bg);
            match pairs.iter().find(|(p, _)| *p == pair) {
                Some((_, bytes)) => w.extend_from_slice(bytes),
                None => {
                    let mut bytes = Vec::new();
                    queue!(
                        bytes,
                        SetColors(Colors::new(
                            cell.fg.into_crossterm(),
                            cell.bg.into_crossterm()
                        ))
                    )?;
                    w.extend_from_slice(&bytes);
                    pairs.push((pair, bytes));
                }
            }
            fg = cell.fg;
            bg = cell.bg;
        }
        // The cell's text as it is (what crossterm's Print writes, without its formatter:
        // one call a cell was a tenth of a first frame's instructions).
        let symbol = cell.symbol();
        w.extend_from_slice(symbol.as_bytes());
        let width = u16::try_from(symbol.width()).unwrap_or(u16::MAX);
        cursor = Some((x.saturating_add(width), y));
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

/// The number of decimal digits of `n`.
fn digits(n: u32) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

/// The length of the cursor move to (x, y): `ESC [ row ; col H`.
fn move_len(x: u16, y: u16) -> usize {
    4 + digits(u32::from(y) + 1) + digits(u32::from(x) + 1)
}

/// Move the cursor to (x, y), as crossterm's `MoveTo` writes it (1-based row, then column).
fn move_to(w: &mut Vec<u8>, x: u16, y: u16) {
    fn number(w: &mut Vec<u8>, n: u32) {
        let mut digits = [0u8; 5];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        w.extend_from_slice(&digits[i..]);
    }
    w.extend_from_slice(b"\x1b[");
    number(w, u32::from(y) + 1);
    w.push(b';');
    number(w, u32::from(x) + 1);
    w.push(b'H');
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
    // Enter the alternate screen and clear it (not every terminal clears it on entry), and
    // turn bracketed paste on (a paste arrives as one event).
    execute!(
        enter,
        terminal::EnterAlternateScreen,
        crossterm::event::EnableBracketedPaste,
        Clear(terminal::ClearType::All)
    )?;
    backend.queue_bytes(&enter);
    // The terminal's second buffer is emptied before the backend's screen is made: never
    // three screens at once.
    let mut terminal = Terminal::new(backend)?;
    empty_spare(&mut terminal);
    terminal.backend_mut().screen_is_blank();
    Ok(terminal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::cursor::MoveTo;
    use ratatui::style::Style;

    /// A screen of numbered lines, the first at `first`, each unlike its neighbours.
    fn lines(first: usize, h: u16) -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 30, h));
        for y in 0..h {
            b.set_string(
                0,
                y,
                {
                    let n = first + usize::from(y);
                    format!("行{n} {}", ["あい", "うえお", "か"][n % 3].repeat(5))
                },
                Style::default(),
            );
        }
        b
    }

    #[test]
    fn text_moved_a_row_is_found_as_a_scroll_of_its_band() {
        // Rows 1..=8 show text moved up one row; rows 0 and 9 (a frame) stay.
        let mut old = lines(0, 10);
        let mut new = lines(1, 10);
        for b in [&mut old, &mut new] {
            b.set_string(0, 0, format!("見出し{}", "=".repeat(24)), Style::default());
            b.set_string(0, 9, format!("末尾{}", "=".repeat(26)), Style::default());
        }
        assert_eq!(
            best_scroll(&old, &new),
            Some(Scroll {
                top: 1,
                bottom: 8,
                by: 1
            })
        );
        assert_eq!(
            best_scroll(&new, &old),
            Some(Scroll {
                top: 1,
                bottom: 8,
                by: -1
            })
        );
        // After the scroll only the row moved in differs.
        let mut moved = old.clone();
        apply_scroll(
            &mut moved,
            Scroll {
                top: 1,
                bottom: 8,
                by: 1,
            },
        );
        let rows: std::collections::BTreeSet<u16> =
            moved.diff(&new).iter().map(|&(_, y, _)| y).collect();
        assert_eq!(rows, [8].into(), "{:?}", moved.diff(&new));
    }

    /// A frame is written from the screen the backend keeps and the frame drawn; the
    /// terminal's second buffer stays empty (two screens in memory, not three); the cursor
    /// goes where the frame puts it, or is hidden.
    #[test]
    fn frames_reach_the_terminal_through_two_buffers() {
        let mut t = Terminal::new(FrameBackend::with_size(Vec::new(), 20, 4)).unwrap();
        FrameBackend::draw_frame(&mut t, |f| {
            f.buffer_mut()
                .set_string(0, 1, "日本語 abc", Style::default());
            Some(Position { x: 3, y: 2 })
        })
        .unwrap();
        let first = String::from_utf8(t.backend().writer().clone()).unwrap();
        assert!(first.contains("日本語 abc"), "{first:?}");
        assert!(first.ends_with("\x1b[?25h\x1b[3;4H"), "{first:?}");
        t.backend_mut().writer_mut().clear();
        // Only what changed is written: 語 became 文, after the cursor stood at 日本.
        FrameBackend::draw_frame(&mut t, |f| {
            f.buffer_mut()
                .set_string(0, 1, "日本文 abc", Style::default());
            None
        })
        .unwrap();
        let second = String::from_utf8(t.backend().writer().clone()).unwrap();
        assert_eq!(second, "\x1b[2;5H文\x1b[?25l", "{second:?}");
        assert_eq!(
            t.backend().shown.as_ref().map(|b| b.area),
            Some(Rect::new(0, 0, 20, 4))
        );
        // The buffer drawn into next is whole and blank; the other one holds nothing.
        assert_eq!(
            t.current_buffer_mut(),
            &Buffer::empty(Rect::new(0, 0, 20, 4))
        );
        t.swap_buffers();
        assert_eq!(t.current_buffer_mut().area, Rect::ZERO);
    }

    /// The cells a screen has drawn: every cell but plain blanks and those under a wide
    /// character, row by row, as found by looking each one up.
    #[test]
    fn visible_cells_are_the_drawn_ones() {
        let area = Rect::new(3, 2, 7, 3);
        let mut b = Buffer::empty(area);
        b.set_string(3, 2, "日本a", Style::default());
        // A wide character in the last column: its cover would be off the row.
        b.set_string(8, 3, "x語", Style::default());
        b.set_string(4, 4, " ", Style::default().bg(Color::Blue));
        b.set_string(6, 4, "語b", Style::default());
        let mut reference = Vec::new();
        for y in area.y..area.y + area.height {
            let mut hidden = 0;
            for x in area.x..area.x + area.width {
                if hidden > 0 {
                    hidden -= 1;
                    continue;
                }
                let c = &b[(x, y)];
                hidden = c.symbol().width().saturating_sub(1);
                if !is_plain_blank(c) {
                    reference.push((x, y, c.symbol().to_string()));
                }
            }
        }
        let found: Vec<_> = visible_cells(&b)
            .map(|(x, y, c)| (x, y, c.symbol().to_string()))
            .collect();
        assert_eq!(found, reference);
        assert_eq!(found.len(), 7, "{found:?}");
    }

    #[test]
    fn cursor_moves_are_written_as_crossterm_writes_them() {
        for (x, y) in [
            (0, 0),
            (8, 9),
            (9, 8),
            (99, 0),
            (0, 99),
            (9998, 9999),
            (65534, 65534),
        ] {
            let mut ours = Vec::new();
            move_to(&mut ours, x, y);
            let mut theirs = Vec::new();
            queue!(theirs, MoveTo(x, y)).unwrap();
            assert_eq!(ours, theirs, "({x}, {y})");
            assert_eq!(move_len(x, y), theirs.len(), "({x}, {y})");
        }
    }

    #[test]
    fn a_scrolled_frame_sets_the_region_scrolls_and_gives_the_screen_back() {
        let mut old = lines(0, 12);
        let new = lines(1, 12);
        let bytes = scrolled_frame(&mut old, &new).unwrap().expect("a scroll");
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("\x1b[1;12r\x1b[1S\x1b[r"), "{text:?}");
        // Only the last row is written after it.
        assert!(text.contains("行12 ") && !text.contains("行11"), "{text:?}");
    }
}
