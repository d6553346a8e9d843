//! The floor for start-up measurements (`benches/startup.py`): a bare ratatui program that
//! puts one screen of Japanese and ASCII text up and waits for a key. Whatever career-nav
//! costs beyond this is its own.
//!
//! Run: `cargo build --release --example floor`

use crossterm::event::{self, Event};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let size = terminal.size()?;
    const PATTERN: &str = "職位の階段 career-nav 研修一覧（全職位）OJT推進者・考課者(二次) ";
    let lines: Vec<Line> = (0..size.height as usize)
        .map(|row| {
            let mut line = String::new();
            let mut width = 0;
            for c in PATTERN.chars().cycle().skip(row) {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if width + cw > size.width as usize {
                    break;
                }
                line.push(c);
                width += cw;
            }
            Line::from(line)
        })
        .collect();
    terminal.draw(|f| f.render_widget(Paragraph::new(lines.clone()), f.area()))?;
    loop {
        if let Event::Key(_) = event::read()? {
            break;
        }
    }
    ratatui::restore();
    Ok(())
}
