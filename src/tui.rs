//! The terminal event loop. It blocks on input (no tick: no CPU while the reader reads),
//! turns keys into actions through the keymap and redraws after each event.

use std::io;

use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::{App, Effect, Extents};
use crate::keymap;
use crate::store::Store;
use crate::ui::{self, Theme};

/// Run the TUI until the user quits. The terminal is restored on every exit path; a panic
/// is restored by the hook `term::init` installs.
pub fn run(mut app: App, theme: Theme, mut store: Store) -> io::Result<()> {
    // Each frame leaves in one write, with no cursor move after a wide character.
    let mut terminal = crate::term::init()?;
    // The signal watcher starts once the first frame is up.
    let result = event_loop(
        &mut terminal,
        &mut app,
        &theme,
        &mut store,
        restore_on_signals,
    );
    ratatui::try_restore()?;
    result
}

fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    store: &mut Store,
    after_first_frame: impl FnOnce(),
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    // Test-only switch: the pseudo-terminal tests force a panic after the first frame to
    // check that the panic hook restores the terminal.
    let forced_panic = std::env::var_os("CAREER_NAV_TEST_PANIC").is_some();
    let mut after_first_frame = Some(after_first_frame);
    loop {
        run_effects(app, store);
        render(terminal, app, theme)?;
        if forced_panic {
            panic!("forced panic (CAREER_NAV_TEST_PANIC)");
        }
        if app.quit {
            return Ok(());
        }
        if let Some(f) = after_first_frame.take() {
            f();
            // The search index: built while the reader looks at the first frame.
            app.index();
        }
        // Redraw after anything: a resize, a key, focus changes. Block until then (no
        // tick), then take what else has already arrived, so that keys that came while
        // the last frame was drawn are drawn once, together.
        let first = event::read()?;
        apply_events(app, std::iter::once(Ok(first)).chain(pending_events()))?;
    }
}

/// Events already waiting: never blocks.
fn pending_events() -> impl Iterator<Item = io::Result<Event>> {
    std::iter::from_fn(|| match event::poll(std::time::Duration::ZERO) {
        Ok(true) => Some(event::read()),
        Ok(false) => None,
        Err(e) => Some(Err(e)),
    })
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
        if let Event::Key(key) = event? {
            handle_key(app, &key);
        }
        if app.quit {
            break;
        }
    }
    Ok(n)
}

/// One frame: the navigator is told the size, the frame is drawn from its state (which
/// drawing only reads), and what each scrollable part showed is handed back to it. The loop
/// and the tests draw through this one function.
pub fn render<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    app.resize(size.width, size.height);
    let mut ext = Extents::default();
    terminal
        .draw(|f| ui::draw(f, app, theme, &mut ext))
        .map_err(io::Error::other)?;
    app.measured(&ext);
    Ok(())
}

/// Do what the app asked for: save the record, write the interview sheet. Failures become
/// a message on screen; what the user typed stays in the app.
pub fn run_effects(app: &mut App, store: &mut Store) {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::Save => {
                if !store.writable() {
                    // Said once, in the record screen's header; not after every key.
                    continue;
                }
                if let Err(e) = store.save(&app.record) {
                    app.message = Some(format!(
                        "記録を保存できませんでした：{e}（入力した内容は画面に残っています）"
                    ));
                }
            }
            Effect::Export => {
                let name = format!("面談シート-{}.md", app.today);
                let sheet = crate::content::interview_sheet(
                    &app.map,
                    &app.record,
                    app.standing.as_ref(),
                    &app.today,
                );
                let text = crate::render_text::markdown(&sheet);
                let path = std::path::Path::new(&name);
                app.message = Some(match crate::export::write_file(path, &text) {
                    Ok(()) => {
                        let shown = std::env::current_dir()
                            .map(|d| d.join(&name).display().to_string())
                            .unwrap_or(name);
                        format!("面談シートを {shown} に書き出しました。")
                    }
                    Err(e) => format!("面談シートを書き出せませんでした：{e}"),
                });
            }
        }
    }
}

/// SIGTERM, SIGHUP and SIGINT (raw mode turns Ctrl-C into a key, but `kill -INT` still comes
/// as a signal) would end the process with the terminal still in raw mode on the alternate
/// screen. A watcher thread restores it first, then exits with the conventional 128+N.
#[cfg(unix)]
fn restore_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;
    let Ok(mut signals) = Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _ = ratatui::try_restore();
            // The terminal's Drop, which shows the cursor, never runs on this path.
            let _ = crossterm::execute!(std::io::stdout(), crossterm::cursor::Show);
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
fn restore_on_signals() {}

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
