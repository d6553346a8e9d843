//! The navigator's binary reads RON in UTF-8 and UTF-16 itself and leaves workbooks and
//! Shift_JIS text to `career-nav-convert`, the program built beside it. Without it, such a
//! file gets a clear sentence (not a misreading); with it, the file reads as before.

use std::path::{Path, PathBuf};
use std::process::Command;

use career_nav::model::EMBEDDED_MAP;

fn nav() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_career-nav"))
}

fn converter() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_career-nav-convert"))
}

/// The navigator copied alone into `dir` (no converter beside it).
fn alone(dir: &Path) -> PathBuf {
    let p = dir.join(format!("career-nav{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(nav(), &p).unwrap();
    p
}

fn run(bin: &Path, args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("d"))
        .env("XDG_CONFIG_HOME", dir.join("c"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The embedded map in Shift_JIS (its few characters CP932 lacks replaced), as Notepad saves.
fn shift_jis_map(dir: &Path) -> PathBuf {
    let text = EMBEDDED_MAP.replace('—', "-");
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable);
    let p = dir.join("sjis.ron");
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn workbooks_and_shift_jis_read_through_the_converter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, _, err) = run(
        &nav(),
        &["dump-default", "--format", "xlsx", "-o", "map.xlsx"],
        d,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read(d.join("map.xlsx"))
            .unwrap()
            .starts_with(b"PK")
    );
    let (code, out, err) = run(&nav(), &["check", "map.xlsx"], d);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("問題なし"), "{out}");
    shift_jis_map(d);
    let (code, out, err) = run(&nav(), &["check", "sjis.ron"], d);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("Shift_JIS (CP932)"), "the note: {err}");
    // The converted map is the same map: no difference from the embedded one's dump.
    std::fs::write(d.join("map.ron"), EMBEDDED_MAP).unwrap();
    let (code, out, _) = run(&nav(), &["diff", "map.ron", "map.xlsx"], d);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn without_the_converter_a_workbook_gets_a_sentence_and_ron_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, _, err) = run(
        &nav(),
        &["dump-default", "--format", "xlsx", "-o", "map.xlsx"],
        d,
    );
    assert_eq!(code, 0, "{err}");
    shift_jis_map(d);
    let bin_dir = d.join("bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let lone = alone(&bin_dir);
    for file in ["map.xlsx", "sjis.ron"] {
        let (code, out, err) = run(&lone, &["check", file], d);
        assert_eq!(code, 1, "{file}: {out}{err}");
        let said = format!("{out}{err}");
        assert!(
            said.contains(&format!("{file}: "))
                && said.contains("career-nav-convert")
                && said.contains("同じフォルダー"),
            "{file}: {said}"
        );
        let (_, out, err) = run(&lone, &["--lang", "en", "check", file], d);
        assert!(
            format!("{out}{err}").contains("career-nav-convert, which was not found"),
            "{out}{err}"
        );
        // Writing a workbook needs it too, and nothing is written.
        let (code, _, err) = run(
            &lone,
            &["dump-default", "--format", "xlsx", "-o", "new.xlsx"],
            d,
        );
        assert_eq!(code, 2, "{err}");
        assert!(
            err.starts_with("career-nav: ") && err.contains("career-nav-convert が読みますが"),
            "{err}"
        );
        assert!(!d.join("new.xlsx").exists());
    }
    // UTF-8 and UTF-16 are the navigator's own.
    std::fs::write(d.join("map.ron"), EMBEDDED_MAP).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(EMBEDDED_MAP.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(d.join("utf16.ron"), utf16).unwrap();
    for file in ["map.ron", "utf16.ron"] {
        let (code, out, err) = run(&lone, &["check", file], d);
        assert_eq!(code, 0, "{file}: {out}{err}");
    }
}

#[test]
fn a_workbook_error_names_the_cell_through_the_converter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A workbook that is a zip of nothing a workbook holds.
    std::fs::write(d.join("broken.xlsx"), b"PK\x03\x04 not really a zip").unwrap();
    let (code, out, err) = run(&nav(), &["check", "broken.xlsx"], d);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.starts_with("broken.xlsx: "), "{err}");
    assert!(
        !err.contains("career-nav-convert"),
        "the converter's own words: {err}"
    );
}

#[test]
fn the_converter_is_not_for_people_and_checks_its_version() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, out, err) = run(&converter(), &[], d);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("直接は使いません") && err.contains("career-nav check"),
        "{err}"
    );
    let (code, _, err) = run(
        &converter(),
        &["workbook", "--for", "0.0.0", "--lang", "en", "--name", "x"],
        d,
    );
    assert_eq!(code, 2);
    assert!(err.contains("career-nav version 0.0.0"), "{err}");
}
