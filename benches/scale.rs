//! What grows with the map: the 100x and 1000x maps (`support::big_map_text`).
//!
//! - `startup`: `check` on the map (`model::parse`: parse and validate) beside the whole
//!   start-up to the first frame (parse, `App::new`, the first frame at 200x60). The target:
//!   the first frame within 1.5 times `check`.
//! - `key`: a key and the frame after it on every screen at 200x60, beside the floor (a
//!   paragraph of Japanese text filling the screen, one line changed per frame). The target:
//!   2 ms at 100x, 10 ms at 1000x.
//!
//! Run: `cargo bench --bench scale` (a few minutes; the 1000x map is 37 MB of RON).
//! `WRITE_MAPS=DIR cargo bench --bench scale` writes the maps to DIR instead.

use std::sync::LazyLock;

use career_nav::app::App;
use career_nav::model::{self, CareerMap};
use career_nav::tui::handle_key;
use divan::{Bencher, black_box};

#[path = "support/mod.rs"]
mod support;

use support::{draw, draw_floor, floor_text, key, test_terminal, type_keys};

fn main() {
    // `WRITE_MAPS=DIR cargo bench --bench scale` writes the two maps as RON files (for
    // `benches/startup.py`) and measures nothing.
    if let Some(dir) = std::env::var_os("WRITE_MAPS") {
        let dir = std::path::PathBuf::from(dir);
        for (i, name) in ["100x.ron", "1000x.ron"].iter().enumerate() {
            std::fs::write(dir.join(name), &TEXT[i]).expect("write the map");
        }
        return;
    }
    divan::main();
}

static TEXT: LazyLock<[String; 2]> = LazyLock::new(|| [100, 1000].map(support::big_map_text));
static MAPS: LazyLock<[CareerMap; 2]> =
    LazyLock::new(|| [0, 1].map(|i| model::parse(&TEXT[i], "big").expect("valid")));

fn which(size: &str) -> usize {
    if size == "100x" { 0 } else { 1 }
}

const SIZES: [&str; 2] = ["100x", "1000x"];

/// Every screen, as (name, keys that open it, the key pressed, the key back). Search is
/// measured twice: a second character narrowing the first one's hits (研 → 研修, and back),
/// and a first character searching the whole index (研, and back to the empty box).
const KEYS: [(&str, &str, &str, &str); 10] = [
    ("ladder", "", "j", "k"),
    ("detail", "Enter PgDn", "j", "k"),
    ("overview", "2", "j", "k"),
    ("catalog", "3", "j", "k"),
    ("compare", "4", "j", "k"),
    ("glossary", "5", "j", "k"),
    ("record", "6", "j", "k"),
    ("help", "?", "j", "k"),
    ("search", "/ 研", "修", "Backspace"),
    ("search_first", "/", "研", "Backspace"),
];

const KEY_NAMES: [&str; 10] = {
    let mut names = [""; 10];
    let mut i = 0;
    while i < KEYS.len() {
        names[i] = KEYS[i].0;
        i += 1;
    }
    names
};

fn app(size: &str) -> App {
    support::app_on(MAPS[which(size)].clone(), "主任")
}

#[divan::bench_group(sample_count = 5, sample_size = 1)]
mod startup {
    use super::*;

    /// `career-nav check`: parse and validate.
    #[divan::bench(args = SIZES)]
    fn check(bencher: Bencher, size: &str) {
        let text = &TEXT[which(size)];
        bencher.bench_local(|| black_box(model::parse(text, "big").unwrap()));
    }

    /// Start-up to the first frame: parse, validate, the navigator, the first frame.
    #[divan::bench(args = SIZES)]
    fn first_frame(bencher: Bencher, size: &str) {
        let text = &TEXT[which(size)];
        bencher.bench_local(|| {
            let map = model::parse(text, "big").unwrap();
            let mut app = support::app_on(map, "主任");
            let mut t = test_terminal(200, 60);
            draw(&mut t, &mut app);
            black_box(app)
        });
    }
}

fn key_frame(bencher: Bencher, size: &str, name: &str) {
    let (_, open, there, back) = *KEYS.iter().find(|k| k.0 == name).unwrap();
    let mut app = app(size);
    let mut t = test_terminal(200, 60);
    // The search index, as the program builds it after the first frame.
    app.index();
    type_keys(&mut t, &mut app, open);
    let there = key(there);
    let back = if back == "Backspace" {
        crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Backspace,
            crossterm::event::KeyModifiers::NONE,
        )
    } else {
        key(back)
    };
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        handle_key(&mut app, if flip { &there } else { &back });
        draw(&mut t, &mut app);
    });
}

#[divan::bench_group(sample_count = 20, sample_size = 5)]
mod key_200x60_map_100x {
    use super::*;

    #[divan::bench(args = KEY_NAMES)]
    fn key(bencher: Bencher, name: &str) {
        key_frame(bencher, "100x", name);
    }

    #[divan::bench]
    fn floor_paragraph_changed(bencher: Bencher) {
        floor_key(bencher);
    }
}

#[divan::bench_group(sample_count = 10, sample_size = 2)]
mod key_200x60_map_1000x {
    use super::*;

    #[divan::bench(args = KEY_NAMES)]
    fn key(bencher: Bencher, name: &str) {
        key_frame(bencher, "1000x", name);
    }
}

/// The first visit of each screen on the 1000x map: a fresh navigator whose work after the
/// first frame is done (a reader looks at the first frame for a moment: the search index
/// and the widths of the longest lists, built aside), then the key that opens the screen and
/// the frame after it. This is where derived data is first made: the pages, their caches.
#[divan::bench_group(sample_count = 5, sample_size = 1)]
mod first_visit_200x60_map_1000x {
    use super::*;

    #[divan::bench(args = ["2", "3", "4", "5", "6", "?", "/", "Enter"])]
    fn open(bencher: Bencher, name: &str) {
        let k = key(name);
        bencher
            .with_inputs(|| {
                let mut app = app("1000x");
                let mut t = test_terminal(200, 60);
                draw(&mut t, &mut app);
                app.work_aside();
                while !app.index_is_built() {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                app.index();
                app.catalog_row_width();
                app.overview_row_width();
                (app, t)
            })
            .bench_local_values(|(mut app, mut t)| {
                handle_key(&mut app, &k);
                draw(&mut t, &mut app);
                (app, t)
            });
    }
}

fn floor_key(bencher: Bencher) {
    let lines = floor_text(200, 60);
    let mut other = lines.clone();
    other.rotate_left(1);
    let mut t = test_terminal(200, 60);
    draw_floor(&mut t, &lines);
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        draw_floor(&mut t, if flip { &other } else { &lines });
    });
}
