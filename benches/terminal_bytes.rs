//! Bytes written to the terminal per navigation key, against a full repaint of the same
//! frame. A count, not a time: it is the same on every run and machine.
//!
//! Run: `cargo bench --bench terminal_bytes`
//! (`tests/terminal_bytes.rs` asserts the same counts stay well under a full repaint.)

#[path = "support/mod.rs"]
mod support;

use support::bytes::{KEYS, table, upstream_key_bytes};

fn main() {
    // `cargo bench -- <filter>` passes arguments; this report has nothing to filter.
    for (w, h) in support::SIZES {
        println!(
            "terminal bytes at {w}x{h}: career_nav::term::FrameBackend, and the baseline \
             ratatui CrosstermBackend (ratatui-crossterm 0.1.2) in the same run"
        );
        println!(
            "  {:<28} {:>8} {:>13} {:>7} | {:>8} {:>13} {:>7}",
            "key", "bytes", "full repaint", "ratio", "baseline", "full repaint", "ratio"
        );
        for ((name, b), &(_, open, pressed)) in table(w, h).into_iter().zip(KEYS.iter()) {
            let u = upstream_key_bytes(open, pressed, w, h);
            println!(
                "  {:<28} {:>8} {:>13} {:>6.1}% | {:>8} {:>13} {:>6.1}%",
                name,
                b.key,
                b.full,
                100.0 * b.ratio(),
                u.key,
                u.full,
                100.0 * u.ratio()
            );
        }
    }
}
