//! `export` and the other commands that only read: what they may write and what they must
//! leave alone. The real binary, with its data, config and home folders in a temp folder.
//!
//! - An existing sheet is never replaced without `--force`, a read-only one not even then;
//!   a symbolic link is never replaced; a FIFO and a device (a null device) are written into,
//!   never replaced; `-o -` is standard output; a new sheet is 0600.
//! - `export` and `show` change nothing on disk: no data folder, no lock file, a broken
//!   record left where it is.
//! - Their messages are whole sentences in the reader's language (Japanese by default).
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

// ---------------------------------------------------------------------------------------------
// In the reader's language: whole sentences, Japanese by default

/// The sheet's and the record's messages say whole sentences in one language: Japanese
/// without a locale, English with `--lang en` or an English locale, never the two mixed.
#[test]
fn export_over_an_existing_file_says_so_in_one_language() {
    let h = Home::with_record();
    let sheet = h.path("s.md");
    fs::write(&sheet, "朝のシート").unwrap();
    let run = |args: &[&str], lang: Option<&str>| {
        let mut c = h.cmd();
        c.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        if let Some(l) = lang {
            c.env("LANG", l);
        }
        let out = c.args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        stderr(&out)
    };
    let ja = "career-nav: 面談シートを書き出せませんでした。s.md には同じ名前のファイルがあります。別の名前にするか、置き換えるなら --force を付けてください。\n";
    let en = "career-nav: The interview sheet was not written. s.md already exists. Give another name, or --force to replace it.\n";
    assert_eq!(run(&["export", "-o", "s.md"], None), ja);
    assert_eq!(run(&["export", "-o", "s.md"], Some("ja_JP.UTF-8")), ja);
    assert_eq!(run(&["--lang", "en", "export", "-o", "s.md"], None), en);
    assert_eq!(run(&["export", "--lang", "en", "-o", "s.md"], None), en);
    assert_eq!(run(&["export", "-o", "s.md"], Some("en_US.UTF-8")), en);
    assert_eq!(
        run(
            &["--lang", "ja", "export", "-o", "s.md"],
            Some("en_US.UTF-8")
        ),
        ja
    );
    assert_eq!(fs::read_to_string(&sheet).unwrap(), "朝のシート");

    // A read-only file, even with --force; a folder.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&sheet, fs::Permissions::from_mode(0o400)).unwrap();
        assert_eq!(
            run(&["export", "-o", "s.md", "--force"], None),
            "career-nav: 面談シートを書き出せませんでした。s.md は読み取り専用のファイルのため、--force を付けても置き換えません。\n"
        );
        assert_eq!(
            run(&["--lang", "en", "export", "-o", "s.md", "--force"], None),
            "career-nav: The interview sheet was not written. s.md is a read-only file; it is not replaced, even with --force.\n"
        );
    }
    fs::create_dir(h.path("dir")).unwrap();
    assert_eq!(
        run(&["export", "-o", "dir"], None),
        "career-nav: 面談シートを書き出せませんでした。dir はフォルダです。書き出すファイルの名前を指定してください。\n"
    );
}

/// Every file message, in both languages: the Japanese one holds no English word and the
/// English one no Japanese (paths and `--force` aside), and each ends a sentence.
#[test]
fn every_file_message_is_one_language() {
    use career_nav::file_messages::{FileMsg, Problem};
    use career_nav::model::Lang;
    let path = || "p.ron".to_string();
    let problems = [
        Problem::PermissionDenied,
        Problem::NotFound,
        Problem::FileInTheWay,
        Problem::IsAFolder,
        Problem::StorageFull,
        Problem::QuotaExceeded,
        Problem::ReadOnlyPlace,
        Problem::Busy,
        Problem::NoReader,
        Problem::AlreadyExists,
        Problem::BadName,
        Problem::FileTooLarge,
        Problem::Fifo,
        Problem::Device,
        Problem::NotAFile,
        Problem::TooLarge { mib: 32 },
    ];
    let mut all = vec![
        FileMsg::NoHome,
        FileMsg::ReadingOnly,
        FileMsg::NotSaving,
        FileMsg::OpenElsewhere { path: path() },
        FileMsg::OpenedElsewhereSince { path: path() },
        FileMsg::ChangedSince { path: path() },
        FileMsg::Newer {
            path: path(),
            version: 2,
            max: 1,
        },
        FileMsg::NewerShownEmpty,
        FileMsg::NewerUsingEmpty {
            path: path(),
            version: 2,
        },
        FileMsg::BrokenUsingEmpty { path: path() },
        FileMsg::BrokenShownEmpty { path: path() },
        FileMsg::BrokenMovedAside { kept: path() },
        FileMsg::NoLocking { dir: path() },
        FileMsg::YearOutOfRange { year: 255, max: 45 },
        FileMsg::TrainingYearsOutOfRange {
            trainings: vec![("T1".into(), 9999)],
            min: 1950,
            max: 2200,
        },
        FileMsg::NotInMap {
            checks: 2,
            trainings: 1,
        },
        FileMsg::TooLarge { mib: 32 },
        FileMsg::CannotSerialize,
        FileMsg::IsSymlink { path: path() },
        FileMsg::IsFolder { path: path() },
        FileMsg::Exists { path: path() },
        FileMsg::ReadOnlyFile { path: path() },
        FileMsg::NotRegular { path: path() },
        FileMsg::TooManyNames { path: path() },
        FileMsg::SheetWritten { path: path() },
    ];
    for why in problems {
        all.push(FileMsg::BrokenNotMoved {
            path: path(),
            why: why.clone(),
        });
        all.push(FileMsg::UnreadableUsingEmpty {
            path: path(),
            why: why.clone(),
        });
        all.push(FileMsg::UnreadableShownEmpty {
            path: path(),
            why: why.clone(),
        });
        all.push(FileMsg::UnreadableReadOnly {
            path: path(),
            why: why.clone(),
        });
        all.push(FileMsg::FolderNotReady {
            dir: path(),
            why: why.clone(),
        });
        all.push(FileMsg::SaveFailed {
            path: path(),
            why: why.clone(),
        });
        all.push(FileMsg::Unsaved(Box::new(FileMsg::SaveFailed {
            path: path(),
            why: why.clone(),
        })));
        all.push(FileMsg::MapNotWritten(Box::new(FileMsg::WriteFailed {
            path: path(),
            why: why.clone(),
        })));
        all.push(FileMsg::OutputFailed { why: why.clone() });
        all.push(FileMsg::SheetNotWritten(Box::new(FileMsg::WriteFailed {
            path: path(),
            why,
        })));
    }
    let japanese = |c: char| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    for m in &all {
        let ja = m.render(Lang::Ja);
        let en = m.render(Lang::En);
        let ja_words: String = ja
            .replace("p.ron", "")
            .replace("career-nav", "")
            .replace("--force", "")
            .replace("MiB", "")
            .replace("T1", "");
        assert!(
            !ja_words.chars().any(|c| c.is_ascii_alphabetic()),
            "English in {ja}"
        );
        assert!(!en.chars().any(japanese), "Japanese in {en}");
        assert!(
            ja.ends_with('。') || ja.ends_with("：T1（9999年度）"),
            "{ja}"
        );
        assert!(en.ends_with('.') || en.ends_with(": T1 (9999)"), "{en}");
        assert_eq!(m.to_string(), ja, "Japanese is the default");
    }
}

/// The notice that another copy has the record: in Japanese by default, in English with
/// `--lang en` (plain mode, where it is printed).
#[test]
fn the_read_only_record_notice_is_in_the_readers_language() {
    let h = Home::with_record();
    // This process holds the record, as a running career-nav would.
    let held = Store::open_in(&h.data());
    assert!(held.store.writable());
    let run = |args: &[&str]| {
        let out = h
            .cmd()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .arg("--plain")
            .args(args)
            .write_stdin("q\n")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let record = h.data().join(RECORD_FILE).display().to_string();
    let ja = run(&[]);
    assert!(
        ja.contains(&format!("\n別の career-nav が同じ記録（{record}）を開いているため、読み取り専用で開きました。この画面での変更は保存されません。\n")),
        "{ja}"
    );
    assert!(!ja.contains("Another career-nav"), "{ja}");
    let en = run(&["--lang", "en"]);
    assert!(
        en.contains(&format!("\nAnother career-nav has the same record ({record}) open, so it was opened read-only. Changes made here are not saved.\n")),
        "{en}"
    );
    assert!(!en.contains("別の career-nav"), "{en}");
    drop(held);
}

// ---------------------------------------------------------------------------------------------
// A map written with -o follows the same rules

/// `dump-default -o` and `template -o` once replaced whatever stood at the path by rename:
/// a device (as root, `/dev/null` itself), a FIFO, a symbolic link, a read-only file. Now
/// they follow the sheet's rules: an existing file only with --force, never a read-only one
/// or a link; a FIFO or a device is written into.
#[cfg(unix)]
#[test]
fn a_map_written_with_o_replaces_nothing_it_must_not() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let h = Home::empty();
    let run = |args: &[&str]| {
        h.cmd()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .output()
            .unwrap()
    };
    for cmd in ["dump-default", "template"] {
        // A new file: written; again: refused (the hand edits stay); with --force: replaced.
        let map = format!("{cmd}.ron");
        let out = run(&[cmd, "-o", &map]);
        assert!(out.status.success(), "{cmd}: {}", stderr(&out));
        let written = fs::read_to_string(h.path(&map)).unwrap();
        fs::write(h.path(&map), "// 手で直した地図").unwrap();
        let out = run(&[cmd, "-o", &map]);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "career-nav: 地図を書き出せませんでした。{map} には同じ名前のファイルがあります。別の名前にするか、置き換えるなら --force を付けてください。\n"
            )
        );
        assert_eq!(
            fs::read_to_string(h.path(&map)).unwrap(),
            "// 手で直した地図"
        );
        let out = run(&["--lang", "en", cmd, "-o", &map]);
        assert_eq!(
            stderr(&out),
            format!(
                "career-nav: The map was not written. {map} already exists. Give another name, or --force to replace it.\n"
            )
        );
        let out = run(&[cmd, "-o", &map, "--force"]);
        assert!(out.status.success(), "{cmd}: {}", stderr(&out));
        assert_eq!(fs::read_to_string(h.path(&map)).unwrap(), written);

        // A read-only file: not even with --force.
        let ro = format!("{cmd}-ro.ron");
        fs::write(h.path(&ro), "読み取り専用").unwrap();
        fs::set_permissions(h.path(&ro), fs::Permissions::from_mode(0o400)).unwrap();
        let out = run(&[cmd, "-o", &ro, "--force"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {}", stderr(&out));
        assert_eq!(fs::read_to_string(h.path(&ro)).unwrap(), "読み取り専用");

        // A symbolic link: never replaced, nor followed to a file.
        let link = format!("{cmd}-link.ron");
        fs::write(h.path("target.ron"), "リンク先").unwrap();
        let _ = fs::remove_file(h.path(&link));
        std::os::unix::fs::symlink("target.ron", h.path(&link)).unwrap();
        let out = run(&[cmd, "-o", &link, "--force"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {}", stderr(&out));
        assert!(
            fs::symlink_metadata(h.path(&link))
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(h.path("target.ron")).unwrap(),
            "リンク先"
        );

        // A FIFO: written into, still a FIFO.
        let fifo = h.path(&format!("{cmd}.fifo"));
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
        };
        let out = run(&[cmd, "-o", fifo.to_str().unwrap()]);
        assert!(out.status.success(), "{cmd}: {}", stderr(&out));
        assert_eq!(reader.join().unwrap(), written);
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

        // A device (a private null device; mknod needs root, as CI runs).
        let null = h.path(&format!("{cmd}.null"));
        let made = std::process::Command::new("mknod")
            .arg(&null)
            .args(["c", "1", "3"])
            .output()
            .expect("mknod runs");
        if made.status.success() {
            let out = run(&[cmd, "-o", null.to_str().unwrap(), "--force"]);
            assert!(out.status.success(), "{cmd}: {}", stderr(&out));
            assert!(
                fs::symlink_metadata(&null)
                    .unwrap()
                    .file_type()
                    .is_char_device(),
                "{cmd} replaced the device by a file"
            );
        } else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true and mknod failed (CI runs as root): {}",
                String::from_utf8_lossy(&made.stderr)
            );
            eprintln!("SKIPPED (device part): mknod needs root");
        }
    }
}

/// A sheet to standard output on a full disk: said in the reader's language, exit 1.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_under_export_is_said_in_one_language() {
    let h = Home::with_record();
    for (args, said) in [
        (
            &["export"][..],
            "career-nav: 標準出力に書き出せませんでした（ディスクの空きが足りません）。\n",
        ),
        (
            &["--lang", "en", "export"][..],
            "career-nav: The output could not be written (the disk is full).\n",
        ),
        (
            &["dump-default"][..],
            "career-nav: 標準出力に書き出せませんでした（ディスクの空きが足りません）。\n",
        ),
    ] {
        let out = h
            .raw()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .stdout(Stdio::from(
                fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            ))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(stderr(&out), said, "{args:?}");
    }
}

/// What the record holds that the map does not (an expectation reworded, a training
/// removed, in a new edition): said when the navigator opens, in the reader's language, and
/// kept; a year of service out of range is said and not used.
#[test]
fn entries_the_map_lacks_and_years_out_of_range_are_said_at_start() {
    let h = Home::empty();
    fs::create_dir_all(h.data()).unwrap();
    let run = |args: &[&str]| {
        // Written again each time: the first start saves the record without the bad year.
        fs::write(
            h.data().join(RECORD_FILE),
            "(format_version: 1, profile: Some((title: \"主任\", year: 255)), trainings: {\"T-X\": Done(Some(2024)), \"NOPE\": Planned}, checks: {\"nowhere：架空の期待\": (level: Achieved, note: \"x\")})",
        )
        .unwrap();
        let out = h
            .cmd()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .arg("--plain")
            .args(args)
            .write_stdin("q\n")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let ja = run(&[]);
    for said in [
        "記録の入庁年目（255）が 1〜45 の範囲外のため、使いませんでした。現在地を選び直してください。",
        "記録に、この地図にない自己チェックが 1 件、研修が 2 件あります（以前の版の地図のものです）。消さずに、わたしの記録の最後に分けて残しています。",
    ] {
        assert!(ja.contains(said), "{said} not in:\n{ja}");
    }
    assert!(!ja.contains("入庁255年目"), "{ja}");
    let en = run(&["--lang", "en"]);
    for said in [
        "The record's year of service (255) is outside 1 to 45, so it was not used. Choose where you stand again.",
        "Entries of the record this map does not have (from an earlier edition): self-check 1, training 2. They are kept, listed apart at the end of your record.",
    ] {
        assert!(en.contains(said), "{said} not in:\n{en}");
    }
    // Kept on disk.
    let text = fs::read_to_string(h.data().join(RECORD_FILE)).unwrap();
    assert!(
        text.contains("nowhere：架空の期待") && text.contains("NOPE"),
        "{text}"
    );
}
