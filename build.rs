//! Turns BudouX's Japanese model (`data/budoux/ja.json`) into static hash tables
//! (`$OUT_DIR/budoux_ja.rs`, included by `src/wrap.rs`): the navigator starts with them in
//! its read-only data instead of building them on the heap from the JSON at its first frame.
//! `src/wrap.rs` tests that every key and score reads back as a JSON parser reads the file.
//! Also names the build (`CAREER_NAV_BUILD`), so the two programs know each other, and
//! gives the linker the order of the functions a start runs (`link_order`).

use std::env;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

const MODEL: &str = "data/budoux/ja.json";

/// The names of the model's tables, in the order `src/wrap.rs` keeps them.
const TABLES: [&str; 13] = [
    "UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3", "TW1", "TW2", "TW3", "TW4",
];

/// Up to three characters as one number (16 bits each: the model has no character past
/// U+FFFF), as `src/wrap.rs` packs them.
fn pack(key: &str) -> u64 {
    key.chars().fold(0, |k, c| {
        assert!(u32::from(c) <= 0xFFFF, "{key}: a character past U+FFFF");
        (k << 16) | u64::from(c)
    })
}

/// The slot a key starts looking at, as `src/wrap.rs` computes it.
fn slot(key: u64, mask: usize) -> usize {
    let x = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((x ^ (x >> 32)) as usize) & mask
}

/// The tables of the JSON text: an object of feature names, each an object of keys (no
/// escapes) and integers.
fn read(json: &str) -> Vec<(String, Vec<(String, i32)>)> {
    let mut tables = Vec::new();
    let mut rest = json.trim().strip_prefix('{').expect("an object");
    loop {
        rest = rest.trim_start().strip_prefix('"').expect("a name");
        let (name, after) = rest.split_once('"').expect("a name");
        rest = after
            .trim_start()
            .strip_prefix(':')
            .and_then(|r| r.trim_start().strip_prefix('{'))
            .expect("a table");
        let (body, after) = rest.split_once('}').expect("a table's end");
        let mut entries = Vec::new();
        for entry in body.split(',').filter(|e| !e.trim().is_empty()) {
            let (key, value) = entry.rsplit_once(':').expect("key: score");
            let key = key.trim().trim_matches('"');
            assert!(!key.contains('\\') && key.chars().count() <= 3, "{key}");
            entries.push((key.to_string(), value.trim().parse().expect("an integer")));
        }
        tables.push((name.to_string(), entries));
        rest = after.trim_start();
        match rest.strip_prefix(',') {
            Some(r) => rest = r,
            None => break,
        }
    }
    tables
}

/// What the two programs' conversation depends on: the map's types and how they are read
/// and written (`src/model/`), the protocol (`src/convert.rs`), and the libraries' versions
/// (`Cargo.lock`). An edit elsewhere (a screen, a word) leaves the converter usable.
const SPOKEN: [&str; 3] = ["src/model", "src/convert.rs", "Cargo.lock"];

/// Every file at or under `path`, sorted; a missing one stops the build (an identity made
/// of nothing would match any converter).
fn files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let entries = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("build.rs: {} cannot be read: {e}", path.display()));
    let mut here: Vec<_> = entries
        .map(|e| e.expect("a directory entry").path())
        .collect();
    here.sort();
    for p in here {
        files(&p, out);
    }
}

/// An identity of what the two programs share (FNV-1a over the names and bytes of
/// [`SPOKEN`]): `career-nav` and `career-nav-convert` built from the same sources share it,
/// and the navigator refuses a converter of another build (`src/convert.rs`).
fn build_id() -> u64 {
    let mut paths = Vec::new();
    for p in SPOKEN {
        files(std::path::Path::new(p), &mut paths);
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in paths {
        let bytes = std::fs::read(&p)
            .unwrap_or_else(|e| panic!("build.rs: {} cannot be read: {e}", p.display()));
        for b in p.to_string_lossy().bytes().chain(bytes) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn main() {
    println!("cargo::rerun-if-changed={MODEL}");
    println!("cargo::rerun-if-changed=build.rs");
    for p in SPOKEN {
        println!("cargo::rerun-if-changed={p}");
    }
    println!("cargo::rustc-env=CAREER_NAV_BUILD={:016x}", build_id());
    link_order();
    let json = std::fs::read_to_string(MODEL).expect("the BudouX model");
    let tables = read(&json);
    let mut out = String::new();
    let mut total: i64 = 0;
    for name in TABLES {
        let (_, entries) = tables
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("table {name}"));
        // Open addressing, at most half full: a lookup is one multiplication and a probe or two.
        let size = (entries.len() * 2).next_power_of_two().max(2);
        // A slot is one number: the key in the upper 48 bits, the score in the lower 16
        // (8 bytes a slot, not the 16 of a (u64, i32) pair).
        let mut slots = vec![0u64; size];
        for (key, score) in entries {
            total += i64::from(*score);
            let k = pack(key);
            assert_ne!(k, 0);
            let score = i16::try_from(*score).expect("a score within 16 bits");
            let mut i = slot(k, size - 1);
            while slots[i] != 0 {
                assert_ne!(slots[i] >> 16, k, "{name}: {key} twice");
                i = (i + 1) & (size - 1);
            }
            slots[i] = (k << 16) | u64::from(score as u16);
        }
        writeln!(out, "pub static {name}: [u64; {size}] = [").unwrap();
        for v in slots {
            writeln!(out, "{v:#x},").unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    writeln!(out, "pub const TOTAL: i64 = {total};").unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("budoux_ja.rs");
    std::fs::write(dest, out).unwrap();
}

/// Places the functions a start runs together in the navigator's release binary.
///
/// A page fault on the binary maps the whole 64 KB window of the file around it, so a start
/// that runs ~600 functions spread over 2.3 MB of code makes nearly all of it resident. The
/// list `benches/support/link-order.txt` (written by `benches/link_order.py`, in the order a
/// start first uses them) makes the linker place them first: the code resident at the first
/// frame fell from 2,192 kB to 844 kB (BENCHMARKS.md). A stale list places fewer functions;
/// it never breaks the build (the linker is told not to warn of names it does not find). The
/// navigator's names carry a hash of the release profile's settings (`strip` included): after
/// a change to the profile, regenerate the list, or none of the navigator's own functions is
/// placed.
///
/// Only where the linker is known to be lld (rustc 1.90 and later link x86-64 Linux with it
/// unless told otherwise); `CAREER_NAV_NO_LINK_ORDER=1` turns it off.
fn link_order() {
    let list = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("benches/support/link-order.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    println!("cargo::rerun-if-env-changed=CAREER_NAV_NO_LINK_ORDER");
    println!("cargo::rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    if env::var("PROFILE").as_deref() != Ok("release")
        || env::var_os("CAREER_NAV_NO_LINK_ORDER").is_some()
        || env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu")
        || env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some()
        || chooses_linker(&env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default())
        || !links_with_lld()
        || !list.is_file()
    {
        return;
    }
    println!(
        "cargo::rustc-link-arg-bin=career-nav=-Wl,--symbol-ordering-file={}",
        list.display()
    );
    println!("cargo::rustc-link-arg-bin=career-nav=-Wl,--no-warn-symbol-ordering");
}

/// Flags that pick another linker, or turn the bundled lld off.
fn chooses_linker(rustflags: &str) -> bool {
    rustflags
        .split('\x1f')
        .any(|f| f.contains("linker") || f.contains("link-self-contained") || f.contains("fuse-ld"))
}

/// rustc 1.90 or later (the first to link x86_64-unknown-linux-gnu with its own lld).
fn links_with_lld() -> bool {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("--version").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-...)"
    let text = String::from_utf8_lossy(&out.stdout);
    let mut version = text
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split(['.', '-'])
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (version.next().unwrap_or(0), version.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
