//! Drawing: every screen at 80x24 and 200x60 on a TestBackend, and a key press to a redrawn
//! frame (handle_key + draw), each beside the floor measured in the same run: a plain
//! `Paragraph` of text filling the same area, drawn on the same kind of terminal (what any
//! ratatui program pays for a frame of that size).
//!
//! Every measurement redraws on a terminal that has already drawn the screen, as the event
//! loop does: `Terminal::draw` renders into the back buffer, diffs it with the front one and
//! hands the changed cells to the backend.
//!
//! Run: `cargo bench --bench render`

use career_nav::tui::handle_key;
use divan::Bencher;

#[path = "support/mod.rs"]
mod support;

use support::{SCREENS, draw, draw_floor, floor_text, key, screen, test_terminal};

fn main() {
    divan::main();
}

const NAMES: [&str; 9] = {
    let mut names = [""; 9];
    let mut i = 0;
    while i < SCREENS.len() {
        names[i] = SCREENS[i].0;
        i += 1;
    }
    names
};

fn keys_of(name: &str) -> &'static str {
    SCREENS.iter().find(|(n, _)| *n == name).unwrap().1
}

/// Navigation keys, as (name, keys that open the screen, the key pressed, the key back).
/// Iterations alternate the two keys, so each iteration is one key and one frame and the
/// state stays in range.
const NAV: [(&str, &str, &str, &str); 6] = [
    ("ladder_j_k", "", "j", "k"),
    ("detail_j_k", "Enter PgDn", "j", "k"),
    ("overview_j_k", "2", "j", "k"),
    ("catalog_j_k", "3", "j", "k"),
    ("glossary_j_k", "5", "j", "k"),
    ("tab_btab", "", "Tab", "BTab"),
];

const NAV_NAMES: [&str; 6] = {
    let mut names = [""; 6];
    let mut i = 0;
    while i < NAV.len() {
        names[i] = NAV[i].0;
        i += 1;
    }
    names
};

fn screen_frame(bencher: Bencher, name: &str, w: u16, h: u16) {
    let (mut app, mut t) = screen(keys_of(name), w, h);
    bencher.bench_local(|| draw(&mut t, &mut app));
}

/// The least floor: a frame with nothing rendered (buffer reset, diff, flush).
fn floor_empty(bencher: Bencher, w: u16, h: u16) {
    let mut t = test_terminal(w, h);
    t.draw(|_| {}).unwrap();
    bencher.bench_local(|| {
        t.draw(|_| {}).unwrap();
    });
}

fn floor_frame(bencher: Bencher, w: u16, h: u16) {
    let lines = floor_text(w, h);
    let mut t = test_terminal(w, h);
    draw_floor(&mut t, &lines);
    bencher.bench_local(|| draw_floor(&mut t, &lines));
}

fn key_frame(bencher: Bencher, name: &str, w: u16, h: u16) {
    let (_, open, there, back) = *NAV.iter().find(|n| n.0 == name).unwrap();
    let (mut app, mut t) = screen(open, w, h);
    let (there, back) = (key(there), key(back));
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        handle_key(&mut app, if flip { &there } else { &back });
        draw(&mut t, &mut app);
    });
}

/// Floor for the key presses: the paragraph with one line changed per frame, so the
/// terminal's diff finds a change as it does after a key.
fn floor_key_frame(bencher: Bencher, w: u16, h: u16) {
    let lines = floor_text(w, h);
    let mut other = lines.clone();
    other.rotate_left(1);
    let mut t = test_terminal(w, h);
    draw_floor(&mut t, &lines);
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        draw_floor(&mut t, if flip { &other } else { &lines });
    });
}

#[divan::bench_group(sample_count = 100, sample_size = 10)]
mod frame_80x24 {
    use super::*;

    #[divan::bench(args = NAMES)]
    fn screen(bencher: Bencher, name: &str) {
        screen_frame(bencher, name, 80, 24);
    }

    #[divan::bench]
    fn floor_paragraph(bencher: Bencher) {
        floor_frame(bencher, 80, 24);
    }

    #[divan::bench]
    fn floor_empty_frame(bencher: Bencher) {
        floor_empty(bencher, 80, 24);
    }
}

#[divan::bench_group(sample_count = 100, sample_size = 10)]
mod frame_200x60 {
    use super::*;

    #[divan::bench(args = NAMES)]
    fn screen(bencher: Bencher, name: &str) {
        screen_frame(bencher, name, 200, 60);
    }

    #[divan::bench]
    fn floor_paragraph(bencher: Bencher) {
        floor_frame(bencher, 200, 60);
    }

    #[divan::bench]
    fn floor_empty_frame(bencher: Bencher) {
        floor_empty(bencher, 200, 60);
    }
}

#[divan::bench_group(sample_count = 100, sample_size = 10)]
mod key_to_frame_80x24 {
    use super::*;

    #[divan::bench(args = NAV_NAMES)]
    fn key(bencher: Bencher, name: &str) {
        key_frame(bencher, name, 80, 24);
    }

    #[divan::bench]
    fn floor_paragraph_changed(bencher: Bencher) {
        floor_key_frame(bencher, 80, 24);
    }
}

#[divan::bench_group(sample_count = 100, sample_size = 10)]
mod key_to_frame_200x60 {
    use super::*;

    #[divan::bench(args = NAV_NAMES)]
    fn key(bencher: Bencher, name: &str) {
        key_frame(bencher, name, 200, 60);
    }

    #[divan::bench]
    fn floor_paragraph_changed(bencher: Bencher) {
        floor_key_frame(bencher, 200, 60);
    }
}

/// Screens on the 100x map at 200x60: what grows per frame with the map (the catalog and
/// record screens list every training; the ladder draws 700 rungs' worth of scroll).
#[divan::bench_group(sample_count = 5, sample_size = 1)]
mod frame_200x60_map_100x {
    use super::*;

    #[divan::bench(args = ["ladder", "catalog", "record", "search_query"])]
    fn screen(bencher: Bencher, name: &str) {
        let map = career_nav::model::parse(&support::big_map_text(100), "100x").unwrap();
        let mut app = support::app_on(map, "主任");
        let mut t = test_terminal(200, 60);
        support::type_keys(&mut t, &mut app, keys_of(name));
        bencher.bench_local(|| draw(&mut t, &mut app));
    }
}

/// Keys through the program's own backend (`career_nav::term::FrameBackend` over a sink,
/// the scroll check included), as the event loop draws: compare's `j`/`k` and the detail
/// pane's scroll move every row of the page (sent as a scroll region).
const BACKEND_NAV: [(&str, &str, &str, &str); 4] = [
    ("ladder_j_k", "", "j", "k"),
    ("detail_j_k", "Enter PgDn", "j", "k"),
    ("compare_j_k", "4 j j", "j", "k"),
    ("glossary_j_k", "5", "j", "k"),
];

fn key_frame_backend(bencher: Bencher, name: &str, w: u16, h: u16) {
    let (_, open, there, back) = *BACKEND_NAV.iter().find(|n| n.0 == name).unwrap();
    let mut app = support::app();
    let backend = career_nav::term::FrameBackend::with_size(std::io::sink(), w, h);
    let mut t = ratatui::Terminal::new(backend).unwrap();
    support::type_keys(&mut t, &mut app, open);
    let (there, back) = (key(there), key(back));
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        handle_key(&mut app, if flip { &there } else { &back });
        draw(&mut t, &mut app);
    });
}

fn floor_key_frame_backend(bencher: Bencher, w: u16, h: u16) {
    let lines = floor_text(w, h);
    let mut other = lines.clone();
    other.rotate_left(1);
    let backend = career_nav::term::FrameBackend::with_size(std::io::sink(), w, h);
    let mut t = ratatui::Terminal::new(backend).unwrap();
    draw_floor(&mut t, &lines);
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        draw_floor(&mut t, if flip { &other } else { &lines });
    });
}

#[divan::bench_group(sample_count = 100, sample_size = 10)]
mod key_to_frame_own_backend {
    use super::*;

    #[divan::bench(args = ["ladder_j_k", "detail_j_k", "compare_j_k", "glossary_j_k"])]
    fn key_80x24(bencher: Bencher, name: &str) {
        key_frame_backend(bencher, name, 80, 24);
    }

    #[divan::bench(args = ["ladder_j_k", "detail_j_k", "compare_j_k", "glossary_j_k"])]
    fn key_200x60(bencher: Bencher, name: &str) {
        key_frame_backend(bencher, name, 200, 60);
    }

    /// The floor's paragraph with every line moved up one (a scroll), through the same
    /// backend.
    #[divan::bench]
    fn floor_paragraph_scrolled_80x24(bencher: Bencher) {
        floor_key_frame_backend(bencher, 80, 24);
    }

    #[divan::bench]
    fn floor_paragraph_scrolled_200x60(bencher: Bencher) {
        floor_key_frame_backend(bencher, 200, 60);
    }
}
