//! Bytes written to the terminal per navigation key, against a full repaint (clear, then the
//! whole frame), through the program's own backend (`career_nav::term`) over a counting
//! sink. Counts, not
//! times: deterministic. `cargo bench --bench terminal_bytes` prints the table.

#[path = "../benches/support/mod.rs"]
mod support;

use support::SIZES;
use support::bytes::{KEYS, key_bytes, table};

#[test]
fn a_redraw_without_change_writes_almost_nothing() {
    for (w, h) in SIZES {
        let rows = table(w, h);
        let (_, b) = rows.last().unwrap();
        assert!(
            b.key < 64,
            "{w}x{h}: {} bytes for an unchanged frame",
            b.key
        );
        assert!(b.full > 4000, "{w}x{h}: full repaint only {} bytes", b.full);
    }
}

#[test]
fn moving_in_a_list_writes_a_small_part_of_a_repaint() {
    for (w, h) in SIZES {
        for open in ["3", "5"] {
            let b = key_bytes(open, "j", w, h);
            assert!(
                b.ratio() < 0.3,
                "screen {open} at {w}x{h}: j wrote {} bytes, a full repaint {}",
                b.key,
                b.full
            );
        }
    }
}

/// A one-row move on any screen (the ladder, the detail pane, every list, compare, the
/// record, help) writes less than 60 % of a full repaint; no key (`Tab` included) writes
/// more than a full repaint. Compare's `j`/`k` and the detail pane's scroll every line of
/// the page: the backend moves them with a scroll region and writes only what differs.
#[test]
fn no_one_row_move_writes_more_than_60_percent_of_a_repaint() {
    let mut report = Vec::new();
    for (w, h) in SIZES {
        for &(name, open, pressed) in &KEYS {
            if pressed.is_empty() {
                continue;
            }
            let b = key_bytes(open, pressed, w, h);
            let over = if pressed == "Tab" {
                b.key > b.full
            } else {
                b.ratio() >= 0.6
            };
            if over {
                report.push(format!("{name} at {w}x{h}: {} of {} bytes", b.key, b.full));
            }
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

/// The frame after a key, and the first frame, each leave in one write.
#[test]
fn a_frame_is_one_write() {
    for (w, h) in SIZES {
        let mut app = support::app();
        let (mut t, counter) = support::bytes::counting_terminal(w, h);
        support::draw(&mut t, &mut app);
        assert_eq!(counter.writes.get(), 1, "{w}x{h}: first frame");
        assert!(counter.bytes.get() > 2000, "{w}x{h}: first frame too small");
        for k in ["j", "Tab", "6", "j", "?"] {
            let before = counter.writes.get();
            career_nav::tui::handle_key(&mut app, &support::key(k));
            support::draw(&mut t, &mut app);
            assert_eq!(counter.writes.get() - before, 1, "{w}x{h}: frame after {k}");
        }
    }
}

/// No cursor move after a double-width character: a frame of Japanese text moves the
/// cursor about once per changed run, not once per character.
#[test]
fn no_cursor_move_after_a_wide_character() {
    use std::io::Write;
    let mut app = support::app();
    // Draw the same state into a sink that keeps the bytes.
    let mut sink = Vec::new();
    {
        let mut t =
            ratatui::Terminal::new(career_nav::term::FrameBackend::with_size(&mut sink, 80, 24))
                .unwrap();
        support::draw(&mut t, &mut app);
        t.backend_mut().writer_mut().flush().unwrap();
    }
    let text = String::from_utf8_lossy(&sink);
    let moves = text.matches("\u{1b}[").count();
    let cups = text
        .split("\u{1b}[")
        .skip(1)
        .filter(|s| {
            let end = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(0);
            s[end..].starts_with('H')
        })
        .count();
    let wide = text
        .chars()
        .filter(|c| ('\u{3000}'..='\u{9fff}').contains(c))
        .count();
    assert!(wide > 200, "the frame holds {wide} wide characters");
    // At most one move per row and per gap between drawn parts, far fewer than the
    // wide characters.
    assert!(
        cups < 24 * 8,
        "{cups} cursor moves for {wide} wide characters ({moves} escapes)"
    );
}
