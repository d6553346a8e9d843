//! Loading the map: parse + validate (`career_nav::model::parse`) of the embedded map and of
//! generated maps 10, 30 and 100 times its size, each beside floors measured in the same
//! run: `ron::from_str` into a `ron::Value` (RON without our types or checks) and reading
//! the bytes from a file. `typed_parse` and `validate` split our cost in two; `app_new` is
//! the rest of startup, and `app_new_part` splits it on the 100x map.
//!
//! Run: `cargo bench --bench load`

use std::path::PathBuf;
use std::sync::LazyLock;

use career_nav::app::{CatalogView, CompareView};
use career_nav::model::{self, CareerMap, EMBEDDED_MAP};
use divan::{Bencher, black_box};

#[path = "support/mod.rs"]
mod support;

fn main() {
    for which in MAPS {
        let t = text(which);
        eprintln!(
            "map {which}: {} bytes ({:.1}x the embedded file)",
            t.len(),
            t.len() as f64 / EMBEDDED_MAP.len() as f64,
        );
    }
    divan::main();
}

const MAPS: [&str; 4] = ["embedded", "10x", "30x", "100x"];

/// The generated maps' text, made (and checked to validate) once.
static GENERATED: LazyLock<[String; 3]> =
    LazyLock::new(|| [10, 30, 100].map(support::big_map_text));

fn text(which: &str) -> &'static str {
    match which {
        "embedded" => EMBEDDED_MAP,
        "10x" => &GENERATED[0],
        "30x" => &GENERATED[1],
        "100x" => &GENERATED[2],
        other => panic!("no map {other}"),
    }
}

/// The maps written to files, for the read floor.
static FILES: LazyLock<(tempfile::TempDir, Vec<PathBuf>)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let paths = MAPS
        .iter()
        .map(|which| {
            let p = dir.path().join(format!("{which}.ron"));
            std::fs::write(&p, text(which)).unwrap();
            p
        })
        .collect();
    (dir, paths)
});

/// Ours: RON into our types, then every check.
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn parse_and_validate(bencher: Bencher, which: &str) {
    let text = text(which);
    bencher.bench(|| model::parse(black_box(text), "bench").unwrap());
}

/// Part of ours: RON into our types (serde, sanitising every string), no checks.
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn typed_parse(bencher: Bencher, which: &str) {
    let text = text(which);
    bencher.bench(|| ron::from_str::<CareerMap>(black_box(text)).unwrap());
}

/// What a start does instead with the embedded map: build it with the code `build.rs` made
/// from the same file (beside `typed_parse` of "embedded", what reading it as RON costs).
#[divan::bench(sample_count = 100)]
fn embedded_built() -> CareerMap {
    model::load_embedded().unwrap()
}

/// Part of ours: the checks alone, on a map already parsed.
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn validate(bencher: Bencher, which: &str) {
    let text = text(which);
    let map: CareerMap = ron::from_str(text).unwrap();
    bencher.bench(|| model::validate(black_box(&map), black_box(text)));
}

/// Floor: the same text into an untyped `ron::Value`.
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn floor_ron_value(bencher: Bencher, which: &str) {
    let text = text(which);
    bencher.bench(|| ron::from_str::<ron::Value>(black_box(text)).unwrap());
}

/// Floor: reading the file's bytes (page cache warm).
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn floor_read_bytes(bencher: Bencher, which: &str) {
    let i = MAPS.iter().position(|m| *m == which).unwrap();
    let path = &FILES.1[i];
    bencher.bench(|| std::fs::read(black_box(path)).unwrap());
}

/// Startup after loading: `App::new` (titles, ladder, topics, search index, catalog and
/// compare views), standing at 主任. The map's clone is made outside the timing.
#[divan::bench(args = MAPS, sample_count = 10, sample_size = 1)]
fn app_new(bencher: Bencher, which: &str) {
    let map = model::parse(text(which), "bench").unwrap();
    bencher
        .with_inputs(|| map.clone())
        .bench_values(|m| support::app_on(m, "主任"));
}

/// What `App::new` builds, one part at a time, on the 100x map.
#[divan::bench(
    args = ["all_titles", "ladder", "topics", "search_index", "catalog_view", "compare_view"],
    sample_count = 10,
    sample_size = 1
)]
fn app_new_part_100x(bencher: Bencher, part: &str) {
    let map = model::parse(text("100x"), "bench").unwrap();
    let ladder = map.ladder();
    let map = &map;
    match part {
        "all_titles" => bencher.bench(|| black_box(map).all_titles()),
        "ladder" => bencher.bench(|| black_box(map).ladder()),
        "topics" => bencher.bench(|| career_nav::content::topics(black_box(map))),
        "search_index" => bencher.bench(|| career_nav::search::Index::build(black_box(map))),
        "catalog_view" => bencher.bench(|| CatalogView::new(black_box(map))),
        "compare_view" => bencher.bench(|| CompareView::new(black_box(map), &ladder)),
        other => panic!("no part {other}"),
    }
}
