//! The terminal event loop. It blocks on input (no tick: no CPU while the reader reads),
//! turns keys into actions through the keymap and redraws after each event.

use std::io;

use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::App;
use crate::keymap;
use crate::ui::{self, Theme};

/// Run the TUI until the user quits. The terminal is restored on every exit path; a panic
/// is restored by the hook `ratatui::try_init` installs.
pub fn run(mut app: App, theme: Theme) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    restore_on_signals();
    let result = event_loop(&mut terminal, &mut app, &theme);
    ratatui::try_restore()?;
    result
}

fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        terminal
            .draw(|f| ui::draw(f, app, theme))
            .map_err(io::Error::other)?;
        if app.quit {
            return Ok(());
        }
        // Redraw after anything: a resize, a key, focus changes.
        if let Event::Key(key) = event::read()? {
            handle_key(app, &key);
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
    if let Some(action) = keymap::action_for(app.context(), key) {
        app.update(action);
    }
}
