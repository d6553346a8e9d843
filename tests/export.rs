//! `export` and the other commands that only read: what they may write and what they must
//! leave alone. The real binary, with its data, config and home folders in a temp folder.
//!
//! - An existing sheet is never replaced without `--force`, a read-only one not even then;
//!   a symbolic link is never replaced; a FIFO and a device (a null device) are written into,
//!   never replaced; `-o -` is standard output; a new sheet is 0600.
//! - `export` and plain mode change nothing on disk: no data folder, no lock file, a broken
//!   record left where it is.
//! - Output that cannot be written (a closed pipe, a full disk) never panics.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use career_nav::record::{Profile, Record};
use career_nav::store::{RECORD_FILE, Store};

struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    /// A temp home with a saved record (主任, 入庁8年目, a note).
    fn with_record() -> Home {
        let home = Home::empty();
        let mut opened = Store::open_in(&home.data());
        opened
            .store
            .save(&Record {
                profile: Some(Profile {
                    title: "主任".into(),
                    year: 8,
                }),
                notes: "面談メモ".into(),
                ..Record::default()
            })
            .unwrap();
        home
    }

    fn empty() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// The record's folder.
    fn data(&self) -> PathBuf {
        self.dir.path().join("data").join("career-nav")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("career-nav").unwrap();
        c.current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env_remove("TERM")
            .timeout(std::time::Duration::from_secs(60));
        c
    }

    /// The same, as a std Command (whose standard streams can be any file).
    fn raw(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_career-nav"));
        c.current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env_remove("TERM")
            .stdin(Stdio::null());
        c
    }

    fn export_to(&self, path: &Path, extra: &[&str]) -> std::process::Output {
        self.cmd()
            .arg("export")
            .arg("-o")
            .arg(path)
            .args(extra)
            .output()
            .unwrap()
    }
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_new_sheet_is_written_whole_and_for_its_owner_only() {
    let h = Home::with_record();
    let sheet = h.path("sheet.md");
    let out = h.export_to(&sheet, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = fs::read_to_string(&sheet).unwrap();
    assert!(text.contains("面談メモ") && text.contains("主任"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&sheet).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // No temp file left beside it.
    let names: Vec<String> = fs::read_dir(h.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn an_existing_sheet_is_replaced_only_with_force() {
    let h = Home::with_record();
    let sheet = h.path("sheet.md");
    fs::write(&sheet, "朝の面談シート（手で直した）").unwrap();
    let out = h.export_to(&sheet, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&sheet).unwrap(),
        "朝の面談シート（手で直した）"
    );
    let out = h.export_to(&sheet, &["--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(fs::read_to_string(&sheet).unwrap().contains("面談メモ"));
}

#[cfg(unix)]
#[test]
fn a_read_only_sheet_is_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let h = Home::with_record();
    let sheet = h.path("sheet.md");
    fs::write(&sheet, "提出済み").unwrap();
    fs::set_permissions(&sheet, fs::Permissions::from_mode(0o444)).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let out = h.export_to(&sheet, extra);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {}", stderr(&out));
        assert_eq!(fs::read_to_string(&sheet).unwrap(), "提出済み", "{extra:?}");
        assert_eq!(
            fs::metadata(&sheet).unwrap().permissions().mode() & 0o777,
            0o444
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_never_replaced() {
    let h = Home::with_record();
    let target = h.path("elsewhere.md");
    fs::write(&target, "リンク先").unwrap();
    let link = h.path("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let dangling = h.path("dangling.md");
    std::os::unix::fs::symlink(h.path("nowhere.md"), &dangling).unwrap();
    for path in [&link, &dangling] {
        for extra in [&[][..], &["--force"][..]] {
            let out = h.export_to(path, extra);
            assert_eq!(out.status.code(), Some(2), "{path:?} {extra:?}");
            assert!(
                fs::symlink_metadata(path).unwrap().file_type().is_symlink(),
                "{path:?} {extra:?}: the link was replaced"
            );
        }
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "リンク先");
    assert!(
        !h.path("nowhere.md").exists(),
        "written through a dangling link"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_into_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let h = Home::with_record();
    let fifo = h.path("sheet.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            fs::File::open(&fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    let out = h.export_to(&fifo, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Checked before waiting for the reader: had the FIFO been replaced, no one would
    // ever write into it.
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    let text = reader.join().unwrap();
    assert!(text.contains("面談メモ"), "{text}");
}

/// A character device is written into, never replaced. The device is a private null
/// device made with mknod in a temp folder (root only, as CI runs): a regression must not
/// turn the machine's own /dev/null into a regular file, as the old export did when run as
/// root.
#[cfg(unix)]
#[test]
fn a_device_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let h = Home::with_record();
    let null = h.path("null");
    let made = std::process::Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .output()
        .expect("mknod runs");
    if !made.status.success() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true and mknod failed (CI runs as root): {}",
            String::from_utf8_lossy(&made.stderr)
        );
        eprintln!("SKIPPED: mknod needs root to make a private null device");
        return;
    }
    let out = h.export_to(&null, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device(),
        "the device was replaced by a file"
    );
}

/// `/dev/stdout` is a link to the output stream: written into, like `-o -`.
#[cfg(target_os = "linux")]
#[test]
fn a_link_to_a_stream_is_written_into() {
    let h = Home::with_record();
    let out = h
        .cmd()
        .args(["export", "-o", "/dev/stdout"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("面談メモ"));
}

#[test]
fn a_dash_is_standard_output() {
    let h = Home::with_record();
    let out = h.cmd().args(["export", "-o", "-"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("面談メモ"));
    assert!(!h.path("-").exists());
}

/// `export` and `show` only read: the data folder is not created, no lock file appears,
/// a broken record is not moved aside. (Plain mode is the navigator with the same record as
/// the TUI: it keeps a record, so it is not among them.)
#[test]
fn commands_that_only_read_change_nothing_on_disk() {
    let h = Home::empty();
    let out = h.cmd().arg("export").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !h.dir.path().join("data").exists(),
        "a data folder was made"
    );

    let out = h.cmd().args(["show", "--all"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !h.dir.path().join("data").exists(),
        "show made a data folder"
    );

    fs::create_dir_all(h.data()).unwrap();
    fs::write(h.data().join(RECORD_FILE), "(format_version: 1, notes: ").unwrap();
    for args in [&["export"][..], &["show", "--overview"][..]] {
        let out = h.cmd().args(args).write_stdin("q\n").output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let names: Vec<String> = fs::read_dir(h.data())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [RECORD_FILE], "{args:?} changed the data folder");
    }
    let out = h.cmd().arg("export").output().unwrap();
    assert!(stderr(&out).contains("読めない形式"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// Output that cannot be written

/// A pipe whose reading end is already closed: every write to it fails (EPIPE).
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let h = Home::empty();
    let bad = h.path("bad.ron");
    fs::write(&bad, "CareerMap(").unwrap();
    // check's errors into a closed pipe: exit 1 as before, no panic (101).
    for lang in ["en", "ja"] {
        let out = h
            .raw()
            .args(["check", "--lang", lang])
            .arg(&bad)
            .stderr(closed_pipe())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "check --lang {lang}");
    }
    // show into a closed pipe: quietly done.
    let out = h
        .raw()
        .args(["show", "--all"])
        .stdout(closed_pipe())
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // An unknown grade said into a closed pipe.
    let out = h
        .raw()
        .args(["show", "--grade", "nope"])
        .stderr(closed_pipe())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    let h = Home::with_record();
    let full = || {
        fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let cases: [(&[&str], bool); 4] = [
        (&["show", "--grade", "nope"], false),
        (&["show", "--all"], true),
        (&["export"], true),
        (&["check", "--lang", "ja"], true),
    ];
    for (args, stdout_full) in cases {
        let mut c = h.raw();
        c.args(args).stderr(Stdio::from(full()));
        if stdout_full {
            c.stdout(Stdio::from(full()));
        }
        let out = c.output().unwrap();
        let code = out.status.code();
        assert!(
            matches!(code, Some(1 | 2)),
            "{args:?}: exit {code:?} (101 is a panic)"
        );
    }
}

/// `e` in the navigator, twice the same day: the second sheet gets a new name and the
/// first, hand edits included, stays as it was.
#[test]
fn the_navigator_never_replaces_a_sheet() {
    let h = Home::empty();
    let dir = h.dir.path();
    let first =
        career_nav::export::write_new_file(dir, "面談シート-2026-12-02", "md", "朝").unwrap();
    assert_eq!(first, dir.join("面談シート-2026-12-02.md"));
    fs::write(&first, "朝（手で直した）").unwrap();
    let second =
        career_nav::export::write_new_file(dir, "面談シート-2026-12-02", "md", "夕").unwrap();
    assert_eq!(second, dir.join("面談シート-2026-12-02-2.md"));
    let third =
        career_nav::export::write_new_file(dir, "面談シート-2026-12-02", "md", "夜").unwrap();
    assert_eq!(third, dir.join("面談シート-2026-12-02-3.md"));
    assert_eq!(fs::read_to_string(&first).unwrap(), "朝（手で直した）");
    assert_eq!(fs::read_to_string(&second).unwrap(), "夕");
    assert_eq!(fs::read_to_string(&third).unwrap(), "夜");
    // A link standing at the next name is passed over, not written through.
    #[cfg(unix)]
    {
        let target = h.path("target.md");
        std::os::unix::fs::symlink(&target, dir.join("面談シート-2026-12-03.md")).unwrap();
        let fourth =
            career_nav::export::write_new_file(dir, "面談シート-2026-12-03", "md", "x").unwrap();
        assert_eq!(fourth, dir.join("面談シート-2026-12-03-2.md"));
        assert!(!target.exists());
    }
}
