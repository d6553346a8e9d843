//! The navigator's binary reads RON in UTF-8 and UTF-16 itself and leaves workbooks and
//! Shift_JIS text to `career-nav-convert`, the program built beside it. Without it, such a
//! file gets a clear sentence (not a misreading); with it, the file reads as before.

use std::path::{Path, PathBuf};
use std::process::Command;

use career_nav::model::{self, EMBEDDED_MAP};

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
    let mut tries = 0;
    let out = loop {
        let got = Command::new(bin)
            .args(args)
            .current_dir(dir)
            .env("HOME", dir)
            .env("XDG_DATA_HOME", dir.join("d"))
            .env("XDG_CONFIG_HOME", dir.join("c"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output();
        // A binary just copied may be "busy" for a moment while another test's child still
        // holds it open between fork and exec (ETXTBSY): try again.
        match got {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            got => break got.unwrap(),
        }
    };
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

/// The embedded map written as `map.xlsx` in `dir` by the navigator (through the converter).
fn workbook_map(dir: &Path) -> PathBuf {
    let (code, _, err) = run(
        &nav(),
        &["dump-default", "--format", "xlsx", "-o", "map.xlsx"],
        dir,
    );
    assert_eq!(code, 0, "{err}");
    dir.join("map.xlsx")
}

#[test]
fn workbooks_and_shift_jis_read_through_the_converter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    workbook_map(d);
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
    // Dumped, a Shift_JIS map is its own text in UTF-8 (comments kept); a workbook is the
    // RON it reads as.
    let (code, out, err) = run(&nav(), &["--data", "sjis.ron", "dump-default"], d);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, EMBEDDED_MAP.replace('—', "-"));
    let (code, out, err) = run(&nav(), &["--data", "map.xlsx", "dump-default"], d);
    assert_eq!(code, 0, "{err}");
    assert!(model::parse(&out, "dumped").is_ok(), "{out}");
    // The converted map is the same map: no difference from the embedded one's dump.
    std::fs::write(d.join("map.ron"), EMBEDDED_MAP).unwrap();
    let (code, out, _) = run(&nav(), &["diff", "map.ron", "map.xlsx"], d);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn without_the_converter_a_workbook_gets_a_sentence_and_ron_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    workbook_map(d);
    shift_jis_map(d);
    let bin_dir = d.join("bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let lone = alone(&bin_dir);
    // A workbook, and text that may be Shift_JIS: what is missing is said, and where a text
    // stops being UTF-8.
    for (file, ja, en) in [
        (
            "map.xlsx",
            "ワークブック（.xlsx）の読み書きは career-nav-convert が受け持ちますが",
            "a workbook (.xlsx) is read and written by career-nav-convert, which was not found",
        ),
        (
            "sjis.ron",
            "UTF-8 としても UTF-16 としても読めません（",
            "Shift_JIS text is read by career-nav-convert, which was not found",
        ),
    ] {
        let (code, out, err) = run(&lone, &["check", file], d);
        assert_eq!(code, 1, "{file}: {out}{err}");
        assert!(
            err.starts_with(&format!("{file}: "))
                && err.contains(ja)
                && err.contains("同じフォルダー"),
            "{file}: {err}"
        );
        let (_, _, err) = run(&lone, &["--lang", "en", "check", file], d);
        assert!(err.contains(en), "{err}");
    }
    // Writing a workbook needs it too, and nothing is written.
    let (code, _, err) = run(
        &lone,
        &["dump-default", "--format", "xlsx", "-o", "new.xlsx"],
        d,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("career-nav: ワークブック（.xlsx）の読み書きは career-nav-convert"),
        "{err}"
    );
    assert!(!d.join("new.xlsx").exists());
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
    // 2級's next step does not exist: the cell is 次の職位ID on 2級's row.
    let mut map = model::load_embedded().unwrap();
    let row = map
        .steps
        .iter()
        .position(|s| s.id.as_str() == "kyu2")
        .unwrap();
    map.steps[row].next = Some("nowhere".into());
    std::fs::write(d.join("bad.xlsx"), model::xlsx::write(&map).unwrap()).unwrap();
    let (code, out, err) = run(&nav(), &["check", "bad.xlsx"], d);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.starts_with("bad.xlsx: 地図に問題が 1 件あります。"),
        "{err}"
    );
    assert!(
        err.contains("bad.xlsx: シート「職位」のセル ") && err.contains("（見出し「次の職位ID」）"),
        "{err}"
    );
    assert!(err.contains("nowhere"), "{err}");
    let (_, _, err) = run(&nav(), &["--lang", "en", "check", "bad.xlsx"], d);
    assert!(err.contains("bad.xlsx: sheet \"職位\", cell "), "{err}");
    // A file that is no zip at all, named .xlsx.
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
fn bytes_that_are_no_text_are_said_with_or_without_the_converter() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // UTF-8 with one stray byte at offset 12 (the 13th byte) that Shift_JIS cannot read
    // either.
    let mut bytes = b"CareerMap(\n ".to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(b" )\n");
    std::fs::write(d.join("junk.ron"), &bytes).unwrap();
    let (code, _, err) = run(&nav(), &["check", "junk.ron"], d);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "UTF-8、UTF-16、Shift_JIS のどの文字コードとしても読めません（13 バイト目が不正です）。"
        ),
        "{err}"
    );
    let bin_dir = d.join("bin");
    std::fs::create_dir(&bin_dir).unwrap();
    let (code, _, err) = run(&alone(&bin_dir), &["check", "junk.ron"], d);
    assert_eq!(code, 1);
    assert!(
        err.contains("UTF-8 としても UTF-16 としても読めません（13 バイト目が不正です）。"),
        "{err}"
    );
}

/// A converter of another build, or one that fails, beside a copy of the navigator: the
/// navigator says so, and does not wait on it.
#[cfg(unix)]
#[test]
fn a_wrong_converter_is_said_not_waited_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    workbook_map(d);
    for (script, want) in [
        // Reads nothing, says nothing.
        (
            "exit 3",
            "career-nav-convert が理由を言わずに止まりました（終了コード 3）。",
        ),
        // Says why, with a control character the terminal must not get.
        (
            "printf '別の版です\\033[2J\\n' >&2; exit 2",
            "career-nav-convert が断りました（「別の版です[2J」）。",
        ),
        (
            "kill -9 $$",
            "career-nav-convert がシグナルで止められました。",
        ),
    ] {
        let bin_dir = tempfile::tempdir_in(d).unwrap();
        let lone = alone(bin_dir.path());
        let fake = bin_dir.path().join("career-nav-convert");
        std::fs::write(&fake, format!("#!/bin/sh\n{script}\n")).unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        // A script just written may be "busy" for a moment while another test's child
        // still holds its file open between fork and exec (ETXTBSY): try again.
        let mut tries = 0;
        let (code, out, err) = loop {
            let got = run(&lone, &["check", "map.xlsx"], d);
            tries += 1;
            if !got.2.contains("起動できませんでした") || tries == 20 {
                break got;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        assert_eq!(code, 1, "{script}: {out}{err}");
        assert!(err.contains(want), "{script}: {err}");
        assert!(!err.contains('\u{1b}'), "{script}: {err:?}");
    }
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
    assert!(
        err.contains("and career-nav (0.0.0) were not built together"),
        "{err}"
    );
}

/// The point of the converter: the navigator's binary holds none of the workbook and
/// legacy-encoding libraries (a call to the in-process readers would link them back in, and
/// only this would notice). The converter's binary, which does hold them, shows the check
/// finds them.
#[cfg(target_os = "linux")]
#[test]
fn the_navigator_links_no_workbook_or_encoding_library() {
    let symbols = |bin: &Path| -> Vec<String> {
        match Command::new("nm").arg("--demangle").arg(bin).output() {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter(|l| {
                    ["calamine::", "rust_xlsxwriter::", "encoding_rs::"]
                        .iter()
                        .any(|c| l.contains(c))
                })
                .map(str::to_string)
                .collect(),
            other => panic!("nm (binutils) is needed to read the binaries' symbols: {other:?}"),
        }
    };
    if Command::new("nm").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs nm (binutils) for this test"
        );
        eprintln!("skipped: no nm");
        return;
    }
    let in_converter = symbols(&converter());
    if in_converter.is_empty() {
        // Stripped binaries (`cargo test --release`): there are no symbols to read.
        eprintln!("skipped: the binaries have no symbols (stripped)");
        return;
    }
    assert!(in_converter.len() > 100);
    let in_nav = symbols(&nav());
    assert!(in_nav.is_empty(), "{:#?}", &in_nav[..in_nav.len().min(10)]);
}
