//! The terminal event loop. It blocks on input (no tick: no CPU while the reader reads),
//! turns keys into actions through the keymap and redraws after each event.
//!
//! The terminal is given back as it was on every way out (quit, an error, a panic, a signal
//! that ends the process), with bracketed paste off and unread input discarded, so that
//! nothing typed or pasted reaches the shell. Ctrl-Z and SIGTSTP suspend: the terminal is
//! given back, and taken again (and redrawn) on SIGCONT.
//!
//! Saving is debounced ([`Autosave`]): after a pause in typing, at once after a paste, and
//! always before the process ends (quit, error, panic, signal) or is suspended.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::layout::Position;

use crate::term::FrameSink;

use crate::app::{App, Effect, Extents};
use crate::file_messages::FileMsg;
use crate::keymap;
use crate::record::Record;
use crate::screens::{self, Theme};
use crate::store::Store;

/// How long typing must pause before the record is saved.
pub const SAVE_PAUSE: Duration = Duration::from_millis(600);
/// The longest a change waits for a pause: a reader who types without stopping still has
/// their text saved this often.
pub const SAVE_AT_LEAST_EVERY: Duration = Duration::from_secs(5);

/// When to save: the record as it stands after the last change, and when it falls due.
/// Pure (time is given), so its rules are tested without a clock.
#[derive(Debug, Default)]
pub struct Autosave {
    pending: Option<Record>,
    /// When the first unsaved change was made.
    since: Option<Instant>,
    due: Option<Instant>,
}

impl Autosave {
    /// The record changed at `now`. `at_once`: save at the next chance (a paste), not after
    /// a pause.
    pub fn changed(&mut self, record: &Record, now: Instant, at_once: bool) {
        self.pending = Some(record.clone());
        let since = *self.since.get_or_insert(now);
        let due = if at_once {
            now
        } else {
            (now + SAVE_PAUSE).min(since + SAVE_AT_LEAST_EVERY)
        };
        self.due = Some(due);
    }

    /// Whether a change is waiting to be saved.
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// How long the loop may wait for input before a save falls due (None: nothing pending,
    /// wait for ever).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due.map(|d| d.saturating_duration_since(now))
    }

    /// The record to save now, if one is due at `now`.
    pub fn take_due(&mut self, now: Instant) -> Option<Record> {
        if self.due.is_some_and(|d| d <= now) {
            self.take()
        } else {
            None
        }
    }

    /// The record to save, due or not (before exit, on a signal, on suspend).
    pub fn take(&mut self) -> Option<Record> {
        self.since = None;
        self.due = None;
        self.pending.take()
    }
}

/// What the loop and the signal watcher share: the store, the unsaved record, and the
/// terminal (held while drawing, so a signal never writes into the middle of a frame).
struct Shared {
    store: Mutex<Store>,
    autosave: Mutex<Autosave>,
    terminal: Mutex<()>,
}

/// The language of messages said where the navigator is out of reach (a signal's save,
/// the last save after the loop): the navigator's, set when the loop starts.
static MESSAGE_LANG: std::sync::OnceLock<crate::model::Lang> = std::sync::OnceLock::new();

fn message_lang() -> crate::model::Lang {
    MESSAGE_LANG.get().copied().unwrap_or_default()
}

/// The terminal was taken again after a suspend: clear and redraw everything.
static REDRAW_ALL: AtomicBool = AtomicBool::new(false);
/// The terminal has been given back for good (the process is ending): a late SIGCONT must
/// not take it again.
static FINISHED: AtomicBool = AtomicBool::new(false);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    /// Save what is pending; Err(sentence) when it could not be saved.
    fn save_pending(&self) -> Result<(), crate::file_messages::FileMsg> {
        let Some(record) = lock(&self.autosave).take() else {
            return Ok(());
        };
        let mut store = lock(&self.store);
        if !store.writable() {
            return Ok(());
        }
        store.save(&record)
    }
}

/// Run the TUI until the user quits. The terminal is restored on every exit path; a panic
/// is restored by the hook `ratatui::try_init` installs (and ours before it).
pub fn run(mut app: App, theme: Theme, store: Store) -> io::Result<()> {
    let shared = Arc::new(Shared {
        store: Mutex::new(store),
        autosave: Mutex::new(Autosave::default()),
        terminal: Mutex::new(()),
    });
    let _ = MESSAGE_LANG.set(app.lang);
    install_panic_cleanup(Arc::clone(&shared));
    // Each frame leaves in one write, with no cursor move after a wide character; bracketed
    // paste is turned on in the first frame's write.
    let mut terminal = crate::term::init()?;
    // The handlers are set now; the thread that acts on them starts after the first frame
    // (a signal in between waits for it).
    let watcher = watch_signals(Arc::clone(&shared));
    let result = event_loop(&mut terminal, &mut app, &theme, &shared, watcher);
    let saved = shared.save_pending();
    {
        let _held = lock(&shared.terminal);
        FINISHED.store(true, Ordering::SeqCst);
        give_back_terminal();
    }
    if let Err(e) = saved {
        say(&format!("career-nav: {}", e.render(message_lang())));
    }
    result
}

fn event_loop<B: FrameSink>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    shared: &Shared,
    after_first_frame: impl FnOnce(),
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let forced_panic = test_panic_requested();
    let mut pasted = false;
    let mut after_first_frame = Some(after_first_frame);
    loop {
        let now = Instant::now();
        run_effects_with(app, shared, now, pasted);
        pasted = false;
        let due = lock(&shared.autosave).take_due(now);
        if let Some(record) = due {
            let mut store = lock(&shared.store);
            if store.writable()
                && let Err(e) = store.save(&record)
            {
                app.message = Some(FileMsg::Unsaved(Box::new(e)).render(app.lang));
            }
        }
        // After a quit the terminal is given back at once: no frame is drawn for it.
        if app.quit {
            return Ok(());
        }
        {
            let _held = lock(&shared.terminal);
            if REDRAW_ALL.swap(false, Ordering::SeqCst) {
                terminal.clear().map_err(io::Error::other)?;
            }
            // The first frame shows what is in view as soon as it can; a page it laid out
            // only that far is completed in a second frame at once, before any key.
            if after_first_frame.is_some() {
                if render_first(terminal, app, theme)? {
                    render(terminal, app, theme)?;
                }
            } else {
                render(terminal, app, theme)?;
            }
        }
        if forced_panic {
            panic!("forced panic (CAREER_NAV_TEST_PANIC)");
        }
        if let Some(start) = after_first_frame.take() {
            // The memory the first frames freed goes back to the system (glibc keeps it
            // otherwise) before the work done aside adds its own.
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            // SAFETY: `malloc_trim` only releases free memory of the allocator's heaps.
            unsafe {
                libc::malloc_trim(0);
            }
            // The signal watcher, then the search index: while the reader looks at the
            // first frame.
            start();
            app.work_aside();
        }
        // Wait for input; while a save is pending, only until it falls due.
        let wait = lock(&shared.autosave).wait(Instant::now());
        let ready = match wait {
            Some(t) => event::poll(t)?,
            None => true,
        };
        if !ready {
            continue;
        }
        // A burst of input (keys typed faster than frames are drawn, a paste the terminal
        // sends as keys) is handled whole, then drawn once: redraw after anything, but not
        // after every key of a burst.
        let burst_started = Instant::now();
        loop {
            pasted |= apply_event(app, event::read()?);
            if app.quit || burst_started.elapsed() >= BURST_FRAME || !event::poll(BURST_GAP)? {
                break;
            }
        }
    }
}

/// One event of a burst: a key (the suspend key suspends), a paste as typed text. True for
/// a paste (saved at once, not after a pause).
pub fn apply_event(app: &mut App, event: Event) -> bool {
    match event {
        Event::Key(key) if is_suspend(app, &key) => {
            suspend();
            false
        }
        Event::Key(key) => {
            handle_key(app, &key);
            false
        }
        Event::Paste(text) => {
            app.paste(&text);
            true
        }
        _ => false,
    }
}

/// At most this many queued events are applied before a frame is drawn.
pub const MAX_EVENTS_PER_FRAME: usize = 1024;

/// Apply a run of events that arrived together, then let the loop draw once. Stops at a
/// quit, and after [`MAX_EVENTS_PER_FRAME`] events so the screen keeps up. Returns how
/// many events were taken.
pub fn apply_events(
    app: &mut App,
    events: impl IntoIterator<Item = io::Result<Event>>,
) -> io::Result<usize> {
    let mut n = 0;
    for event in events.into_iter().take(MAX_EVENTS_PER_FRAME) {
        n += 1;
        apply_event(app, event?);
        if app.quit {
            break;
        }
    }
    Ok(n)
}

/// One frame: the navigator is told the size, the frame is drawn from its state (which
/// drawing only reads), and what each scrollable part showed is handed back to it. The loop
/// and the tests draw through this one function.
pub fn render<B: FrameSink>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    render_with(terminal, app, theme, false).map(|_| ())
}

/// The program's first frame: what is in view first, as [`render`] draws it, but a long
/// page laid out only as far as it is shown (without its count of lines and scroll bar).
/// True when one was: [`render`] completes it.
pub fn render_first<B: FrameSink>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
) -> io::Result<bool>
where
    B::Error: Send + Sync + 'static,
{
    render_with(terminal, app, theme, true)
}

fn render_with<B: FrameSink>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    first: bool,
) -> io::Result<bool>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    app.resize(size.width, size.height);
    let mut ext = Extents {
        first,
        ..Extents::default()
    };
    B::draw_frame(terminal, |f| {
        screens::draw(f, app, theme, &mut ext);
        ext.cursor.map(|(x, y)| Position { x, y })
    })
    .map_err(io::Error::other)?;
    app.measured(&ext);
    Ok(ext.partial)
}

/// The longest a burst of input goes without a frame drawn.
const BURST_FRAME: Duration = Duration::from_millis(50);
/// More input within this is the same burst. Not zero: crossterm's `/dev/tty` source does
/// not look at its buffered events when polled with a zero timeout.
const BURST_GAP: Duration = Duration::from_millis(1);

/// Ctrl-Z suspends, unless the reader's keys file gave it to an action here (the editor's
/// "any other key" does not count: Ctrl-Z suspends while typing too).
pub fn is_suspend(app: &App, key: &KeyEvent) -> bool {
    key.kind != KeyEventKind::Release
        && key.code == KeyCode::Char('z')
        && key.modifiers == KeyModifiers::CONTROL
        && matches!(
            app.keymap.action_for(app.context(), key),
            None | Some(keymap::Action::EditKey(_))
        )
}

/// Test-only switch: the pseudo-terminal tests force a panic after the first frame to check
/// that the panic hook restores the terminal. Compiled into debug builds only: a release
/// binary has no such hook, whatever its environment.
#[cfg(debug_assertions)]
fn test_panic_requested() -> bool {
    std::env::var_os("CAREER_NAV_TEST_PANIC").is_some()
}

#[cfg(not(debug_assertions))]
fn test_panic_requested() -> bool {
    false
}

fn run_effects_with(app: &mut App, shared: &Shared, now: Instant, at_once: bool) {
    let effects = std::mem::take(&mut app.effects);
    let writable = lock(&shared.store).writable();
    for effect in effects {
        match effect {
            // Said once, in the record screen's header, when the store is read-only.
            Effect::Save if writable => {
                lock(&shared.autosave).changed(&app.record, now, at_once);
            }
            Effect::Save => {}
            Effect::Export => export(app),
        }
    }
}

/// Do what the app asked for, at once: save the record, write the interview sheet.
/// Failures become a message on screen; what the user typed stays in the app. (The event
/// loop debounces saves instead; this is the undebounced rule, for callers without a loop.)
pub fn run_effects(app: &mut App, store: &mut Store) {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::Save => {
                if !store.writable() {
                    continue;
                }
                if let Err(e) = store.save(&app.record) {
                    app.message = Some(FileMsg::Unsaved(Box::new(e)).render(app.lang));
                }
            }
            Effect::Export => export(app),
        }
    }
}

/// Write the interview sheet into the working directory, never over an existing file.
fn export(app: &mut App) {
    let sheet = crate::content::interview_sheet_in(
        &app.map,
        &app.record,
        app.standing.as_ref(),
        &app.today,
        app.lang,
    );
    let text = crate::render_text::markdown_in(&sheet, app.lang);
    let dir = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
    let name = format!(
        "{}-{}",
        crate::words::labels(app.lang).sheet_file,
        app.today
    );
    app.message = Some(
        match crate::export::write_new_file(&dir, &name, "md", &text) {
            Ok(path) => FileMsg::SheetWritten {
                path: crate::file_messages::shown(&path),
            }
            .render(app.lang),
            Err(e) => FileMsg::SheetNotWritten(Box::new(e)).render(app.lang),
        },
    );
}

/// A line to stderr that never panics (stderr may be a closed pipe or a full disk).
fn say(message: &str) {
    use std::io::Write;
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{message}");
}

/// Give the terminal back: bracketed paste off, unread input discarded (so the shell never
/// runs what was typed or pasted for the navigator), raw mode and the alternate screen off,
/// the cursor shown.
fn give_back_terminal() {
    let _ = crossterm::execute!(io::stdout(), event::DisableBracketedPaste);
    discard_unread_input();
    let _ = ratatui::try_restore();
    // The terminal's Drop, which shows the cursor, may never run (a signal, a suspend).
    let _ = crossterm::execute!(io::stdout(), crossterm::cursor::Show);
}

/// Take the terminal again after a suspend: raw mode, the alternate screen, bracketed
/// paste, the cursor hidden; the next frame is drawn whole.
#[cfg(unix)]
fn take_terminal() {
    // Raw mode set again even if crossterm thinks it is on: a shell may have reset the
    // terminal while the process was stopped from outside (SIGSTOP, then SIGCONT).
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::terminal::enable_raw_mode();
    let _ = crossterm::execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        event::EnableBracketedPaste,
        crossterm::cursor::Hide
    );
    REDRAW_ALL.store(true, Ordering::SeqCst);
}

#[cfg(unix)]
fn discard_unread_input() {
    let _ = rustix::termios::tcflush(
        rustix::stdio::stdin(),
        rustix::termios::QueueSelector::IFlush,
    );
}

#[cfg(not(unix))]
fn discard_unread_input() {}

/// Before ratatui's hook (which restores raw mode and the screen): save what is pending,
/// bracketed paste off, unread input discarded.
fn install_panic_cleanup(shared: Arc<Shared>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // try_lock: the panicking thread may hold a lock itself.
        let pending = shared.autosave.try_lock().ok().and_then(|mut a| a.take());
        if let (Some(record), Ok(mut store)) = (pending, shared.store.try_lock())
            && store.writable()
        {
            let _ = store.save(&record);
        }
        FINISHED.store(true, Ordering::SeqCst);
        let _ = crossterm::execute!(io::stdout(), event::DisableBracketedPaste);
        discard_unread_input();
        previous(info);
    }));
}

/// Suspend (Ctrl-Z): as if the terminal had sent SIGTSTP.
#[cfg(unix)]
fn suspend() {
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
}

#[cfg(not(unix))]
fn suspend() {}

/// Signals that end the process by default: the watcher saves what is pending, gives the
/// terminal back, then exits with the conventional 128+N. SIGTSTP suspends (the terminal
/// given back first); SIGCONT takes the terminal again and redraws.
#[cfg(unix)]
fn watch_signals(shared: Arc<Shared>) -> impl FnOnce() {
    use signal_hook::consts::*;
    use signal_hook::iterator::Signals;
    const ENDING: [i32; 11] = [
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ,
    ];
    let signals = Signals::new(ENDING.iter().copied().chain([SIGTSTP, SIGCONT])).ok();
    move || {
        let Some(mut signals) = signals else {
            return;
        };
        std::thread::spawn(move || {
            for sig in signals.forever() {
                match sig {
                    SIGTSTP => {
                        let saved = shared.save_pending();
                        {
                            let _held = lock(&shared.terminal);
                            give_back_terminal();
                        }
                        if let Err(e) = saved {
                            say(&format!("career-nav: {}", e.render(message_lang())));
                        }
                        // Stop here; SIGCONT (`fg`) comes next.
                        let _ = signal_hook::low_level::raise(SIGSTOP);
                    }
                    SIGCONT => {
                        {
                            let _held = lock(&shared.terminal);
                            if FINISHED.load(Ordering::SeqCst) {
                                continue;
                            }
                            take_terminal();
                        }
                        // Wake the loop (crossterm turns SIGWINCH into a resize event).
                        let _ = signal_hook::low_level::raise(SIGWINCH);
                    }
                    sig => {
                        let saved = shared.save_pending();
                        // Held until exit: no frame is drawn after the terminal is given back.
                        let _held = lock(&shared.terminal);
                        FINISHED.store(true, Ordering::SeqCst);
                        give_back_terminal();
                        if let Err(e) = saved {
                            say(&format!("career-nav: {}", e.render(message_lang())));
                        }
                        std::process::exit(128 + sig);
                    }
                }
            }
        });
    }
}

#[cfg(not(unix))]
fn watch_signals(_shared: Arc<Shared>) -> impl FnOnce() {
    || {}
}

/// What the loop does with one key event: the same function the tests call.
pub fn handle_key(app: &mut App, key: &KeyEvent) {
    // Windows also reports releases; act on presses (and repeats) only.
    if key.kind == KeyEventKind::Release {
        return;
    }
    if let Some(action) = app.keymap.action_for(app.context(), key) {
        // On the "too small" screen nothing is visible: only quitting acts.
        if app.too_small && action != keymap::Action::Quit {
            return;
        }
        app.update(action);
    }
}
