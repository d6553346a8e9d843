//! Bytes written to the terminal per navigation key, against a full repaint of the same
//! frame. A count, not a time: it is the same on every run and machine.
//!
//! Run: `cargo bench --bench terminal_bytes`
//! (`tests/terminal_bytes.rs` asserts the same counts stay well under a full repaint.)

#[path = "support/mod.rs"]
mod support;

use support::bytes::table;

fn main() {
    // `cargo bench -- <filter>` passes arguments; this report has nothing to filter.
    for (w, h) in support::SIZES {
        println!("terminal bytes at {w}x{h} (CrosstermBackend, fixed viewport)");
        println!(
            "  {:<28} {:>8} {:>13} {:>7}",
            "key", "bytes", "full repaint", "ratio"
        );
        for (name, b) in table(w, h) {
            println!(
                "  {:<28} {:>8} {:>13} {:>6.1}%",
                name,
                b.key,
                b.full,
                100.0 * b.ratio()
            );
        }
    }
}
