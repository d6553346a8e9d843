//! Bytes written to the terminal per navigation key, against a full repaint (clear, then the
//! whole frame), through the real `CrosstermBackend` over a counting sink. Counts, not
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

/// Keys that change the detail pane rewrite much of the screen (new text; ratatui has no
/// scroll regions), but never cost a full repaint.
#[test]
fn no_navigation_key_costs_a_full_repaint() {
    for (w, h) in SIZES {
        for &(name, open, pressed) in &KEYS {
            if pressed.is_empty() || pressed == "Tab" {
                continue;
            }
            let b = key_bytes(open, pressed, w, h);
            assert!(
                b.ratio() < 0.9,
                "{name} at {w}x{h}: {} bytes, a full repaint {}",
                b.key,
                b.full
            );
        }
    }
}
