//! Test hooks stay out of release builds (issue 10, point 10): every place the program reads
//! a `CAREER_NAV_TEST_…` variable is a function compiled into debug builds only, with a
//! release twin that ignores the environment. Checked on the source, since the tests do not
//! build a release binary.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The attributes and doc comments right above line `at` (the function's own line).
fn attributes_above(lines: &[&str], at: usize) -> Vec<String> {
    lines[..at]
        .iter()
        .rev()
        .map(|l| l.trim())
        .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
        .map(str::to_string)
        .collect()
}

/// Every read of a `CAREER_NAV_TEST_` variable in `text`, with the function it is in and
/// whether that function is debug-only (`#[cfg(debug_assertions)]` or `#[cfg(test)]`).
fn hook_reads(text: &str) -> Vec<(String, bool)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let reads = ["var_os(\"CAREER_NAV_TEST", "var(\"CAREER_NAV_TEST"]
            .iter()
            .any(|r| line.contains(r));
        if !reads {
            continue;
        }
        let Some(f) = (0..=i).rev().find(|&j| {
            let t = lines[j].trim_start();
            t.starts_with("fn ") || t.starts_with("pub fn ") || t.starts_with("pub(crate) fn ")
        }) else {
            out.push((format!("line {}", i + 1), false));
            continue;
        };
        let attrs = attributes_above(&lines, f);
        let debug_only = attrs
            .iter()
            .any(|a| a == "#[cfg(debug_assertions)]" || a == "#[cfg(test)]");
        out.push((lines[f].trim().to_string(), debug_only));
    }
    out
}

#[test]
fn test_hooks_are_read_in_debug_builds_only() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = 0;
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for (function, debug_only) in hook_reads(&text) {
            found += 1;
            assert!(
                debug_only,
                "{}: `{function}` reads a test hook in release builds too",
                f.display()
            );
        }
    }
    // The panic hook the pseudo-terminal tests use is among them.
    assert!(found >= 1, "no test hook found: the check looks at nothing");
}

#[test]
fn the_check_tells_a_debug_only_hook_from_one_in_every_build() {
    let guarded = "/// Doc.\n#[cfg(debug_assertions)]\nfn hook() -> bool {\n    std::env::var_os(\"CAREER_NAV_TEST_X\").is_some()\n}\n";
    assert_eq!(hook_reads(guarded), [("fn hook() -> bool {".into(), true)]);
    let open =
        "/// Doc.\nfn hook() -> bool {\n    std::env::var_os(\"CAREER_NAV_TEST_X\").is_some()\n}\n";
    assert_eq!(hook_reads(open), [("fn hook() -> bool {".into(), false)]);
    assert!(hook_reads("fn f() { let _ = \"CAREER_NAV_TEST_PANIC\"; }").is_empty());
}
