//! The record's storage: round trip, file modes, broken and newer records, the lock (in one
//! process and across two), saves killed mid-way, places that cannot be written, and the store
//! that saves nothing. Every test works in its own temp directory; `open_default` runs in a
//! child process whose data and home directories are temp directories.
//!
//! A test that needs a second process runs this test binary again on itself (selected with
//! `--exact`), with its work in environment variables: in the child it plays the other
//! process's part, in the parent it checks what that part did. There is no helper test that
//! passes by doing nothing.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[cfg(unix)]
use career_nav::file_messages::{FileMsg, Problem};
use career_nav::record::{
    Check, FORMAT_VERSION, Level, Profile, Record, Snapshot, TrainingStatus, expectation_key,
};
use career_nav::store::{EDITION_FILE, Mode, RECORD_FILE, Store};

/// The directory a helper works in.
const HELPER_DIR: &str = "CAREER_NAV_TEST_STORE_DIR";
/// A file the save loop creates once its first save is done.
const HELPER_READY: &str = "CAREER_NAV_TEST_STORE_READY";

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temp dir")
}

fn full_record() -> Record {
    let key1 = expectation_key("shunin", "業務の改善を提案し、実行する");
    let key2 = expectation_key("shunin", "後輩職員に助言する");
    let key3 = expectation_key("kakaricho", "係の目標を示す");
    let checks = BTreeMap::from([
        (
            key1.clone(),
            Check {
                level: Level::Working,
                note: "窓口の待ち時間を減らす案を係で話し合った。\n次は手順書を直す。".into(),
            },
        ),
        (
            key2.clone(),
            Check {
                level: Level::Achieved,
                note: "新人の 「引き継ぎ」 を担当（4月〜6月）".into(),
            },
        ),
        (key3.clone(), Check::default()),
    ]);
    Record {
        format_version: FORMAT_VERSION,
        profile: Some(Profile {
            title: "主任".into(),
            year: 7,
        }),
        trainings: BTreeMap::from([
            ("T-101".into(), TrainingStatus::Done(Some(2024))),
            ("T-102".into(), TrainingStatus::Done(None)),
            ("T-201".into(), TrainingStatus::Planned),
        ]),
        checks,
        notes: "育成面談の前に見直すこと。\n\n・異動希望は来年度\n・資格：簿記2級".into(),
        questions: "係長級への昇任試験の時期は？\n研修の受講枠について".into(),
        snapshots: vec![
            Snapshot {
                date: "2025-04-01".into(),
                levels: BTreeMap::from([(key1.clone(), Level::NotStarted)]),
            },
            Snapshot {
                date: "2026-04-01".into(),
                levels: BTreeMap::from([(key1, Level::Working), (key2, Level::Achieved)]),
            },
        ],
        seen_edition: None,
    }
}

/// Strings a parser may stumble on.
fn awkward_record() -> Record {
    Record {
        notes: "引用符 \" と \\ と \"# と r#\"raw\"# と \"## の後\n改行\r\nタブ\t空文字\u{0}結合か\u{3099}絵文字🙂\u{202e}逆向き\u{feff}".into(),
        questions: "#\"\"#\\\\n".into(),
        checks: BTreeMap::from([(
            "鍵\"に\n改行".into(),
            Check {
                level: Level::Achieved,
                note: "\\".into(),
            },
        )]),
        ..Record::default()
    }
}

fn record_path(dir: &Path) -> PathBuf {
    dir.join(RECORD_FILE)
}

/// Files of the directory whose name starts with `prefix`, sorted.
fn files_starting(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

fn kept_files(dir: &Path) -> Vec<PathBuf> {
    files_starting(dir, &format!("{RECORD_FILE}.broken-"))
}

fn save_in(dir: &Path, record: &Record) {
    let mut opened = Store::open_in(dir);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    opened.store.save(record).expect("saved");
}

/// This test binary, run again on the test `name` only (in its child role).
fn helper(name: &str) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("the test binary"));
    c.args([name, "--exact", "--nocapture", "--test-threads=1"]);
    c.env_remove(HELPER_DIR).env_remove(HELPER_READY);
    c
}

/// A child process that is killed if the test fails before it ends.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// In a helper: end the process after `limit`, whatever the parent does.
fn give_up_after(limit: Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(limit);
        std::process::exit(3);
    });
}

// ---------------------------------------------------------------------------------------------
// Round trip and format

#[test]
fn a_full_record_round_trips() {
    let tmp = temp();
    let mut opened = Store::open_in(tmp.path());
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert!(opened.store.writable());
    assert_eq!(opened.store.mode(), Mode::Writable);
    assert_eq!(opened.store.read_only_reason(), None);
    assert_eq!(opened.store.path(), Some(record_path(tmp.path()).as_path()));
    assert_eq!(opened.record, Record::default());

    let record = full_record();
    opened.store.save(&record).unwrap();
    // Saving again over the first file is the same.
    opened.store.save(&record).unwrap();
    drop(opened);

    let again = Store::open_in(tmp.path());
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert!(again.store.writable());
    assert_eq!(again.record, record);
}

#[test]
fn japanese_text_is_written_as_it_reads() {
    let tmp = temp();
    save_in(tmp.path(), &full_record());
    let text = fs::read_to_string(record_path(tmp.path())).unwrap();
    assert!(text.starts_with("//"), "a header comment:\n{text}");
    assert!(
        text.contains(&format!("format_version: {FORMAT_VERSION}")),
        "{text}"
    );
    assert!(text.contains("育成面談の前に見直すこと。"), "{text}");
    assert!(text.contains("窓口の待ち時間"), "{text}");
    assert!(!text.contains("\\u"), "nothing escaped:\n{text}");
    // A note of several lines stays several lines.
    assert!(
        text.contains("\n・異動希望は来年度\n・資格：簿記2級"),
        "{text}"
    );
}

#[test]
fn awkward_strings_round_trip() {
    let tmp = temp();
    let record = awkward_record();
    save_in(tmp.path(), &record);
    let again = Store::open_in(tmp.path());
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(again.record, record);
}

#[test]
fn an_older_format_version_is_saved_as_the_current_one() {
    let tmp = temp();
    fs::write(
        record_path(tmp.path()),
        "(format_version: 0, notes: \"古い記録\")",
    )
    .unwrap();
    let mut opened = Store::open_in(tmp.path());
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert_eq!(opened.record.notes, "古い記録");
    opened.store.save(&opened.record).unwrap();
    drop(opened);
    let again = Store::open_in(tmp.path());
    assert_eq!(again.record.format_version, FORMAT_VERSION);
    assert_eq!(again.record.notes, "古い記録");
}

#[cfg(unix)]
#[test]
fn the_file_is_for_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // A directory the store creates is 0700, the record and the lock file 0600.
    let tmp = temp();
    let dir = tmp.path().join("data").join("career-nav");
    save_in(&dir, &full_record());
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&tmp.path().join("data")), 0o700);
    assert_eq!(mode(&record_path(&dir)), 0o600);
    assert_eq!(mode(&dir.join(career_nav::store::LOCK_FILE)), 0o600);

    // A record that was readable by others becomes the owner's on the next save.
    let tmp = temp();
    let path = record_path(tmp.path());
    fs::write(&path, "(format_version: 1)").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    save_in(tmp.path(), &full_record());
    assert_eq!(mode(&path), 0o600);
}

#[cfg(unix)]
#[test]
fn a_record_kept_elsewhere_through_a_symlink_stays_there() {
    let tmp = temp();
    let elsewhere = tmp.path().join("sync");
    fs::create_dir(&elsewhere).unwrap();
    let real = elsewhere.join("mine.ron");
    fs::write(&real, "(format_version: 1, notes: \"前\")").unwrap();
    let dir = tmp.path().join("data");
    fs::create_dir(&dir).unwrap();
    std::os::unix::fs::symlink(&real, record_path(&dir)).unwrap();

    let mut opened = Store::open_in(&dir);
    assert_eq!(opened.record.notes, "前");
    opened.store.save(&full_record()).unwrap();
    assert!(
        fs::symlink_metadata(record_path(&dir))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    drop(opened);
    assert_eq!(Store::open_in(&dir).record, full_record());
}

// ---------------------------------------------------------------------------------------------
// Broken and newer records

#[test]
fn a_broken_record_is_kept_aside_and_never_overwritten() {
    let tmp = temp();
    let dir = tmp.path();
    let first: Vec<u8> = [
        b"(format_version: 1, notes: \"\xff\xfe".as_slice(),
        "途中で".as_bytes(),
    ]
    .concat();
    fs::write(record_path(dir), &first).unwrap();

    let mut opened = Store::open_in(dir);
    let kept = kept_files(dir);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(fs::read(&kept[0]).unwrap(), first, "kept byte for byte");
    assert!(!record_path(dir).exists());
    assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
    assert!(
        opened.notices[0]
            .to_string()
            .contains(&kept[0].display().to_string()),
        "the notice names the kept file: {}",
        opened.notices[0]
    );
    assert!(opened.store.writable());
    assert_eq!(opened.record, Record::default());
    opened.store.save(&full_record()).unwrap();
    drop(opened);

    // A second broken record, in the same second, gets a name of its own.
    let second: &[u8] = b"not a record at all";
    fs::write(record_path(dir), second).unwrap();
    let opened = Store::open_in(dir);
    let kept_now = kept_files(dir);
    assert_eq!(kept_now.len(), 2, "{kept_now:?}");
    assert_eq!(fs::read(&kept[0]).unwrap(), first, "the first is untouched");
    let new = kept_now.iter().find(|p| **p != kept[0]).unwrap();
    assert_eq!(fs::read(new).unwrap(), second);
    assert!(
        opened.notices[0]
            .to_string()
            .contains(&new.display().to_string())
    );
    assert!(opened.store.writable());
}

#[test]
fn an_empty_file_is_kept_aside_too() {
    let tmp = temp();
    fs::write(record_path(tmp.path()), "").unwrap();
    let opened = Store::open_in(tmp.path());
    assert_eq!(kept_files(tmp.path()).len(), 1);
    assert_eq!(opened.notices.len(), 1);
    assert!(opened.store.writable());
}

/// Every cut of a saved file is either the whole record or kept aside: never a panic,
/// never a partial record taken for the real one.
#[test]
fn every_truncation_of_a_record_is_caught() {
    let tmp = temp();
    save_in(tmp.path(), &full_record());
    let whole = fs::read(record_path(tmp.path())).unwrap();
    let step = (whole.len() / 60).max(1);
    for cut in (0..whole.len()).step_by(step) {
        let dir = tmp.path().join(format!("cut{cut}"));
        fs::create_dir(&dir).unwrap();
        fs::write(record_path(&dir), &whole[..cut]).unwrap();
        let opened = Store::open_in(&dir);
        if opened.notices.is_empty() {
            // Only possible if the cut removed nothing but trailing whitespace.
            assert_eq!(opened.record, full_record(), "cut at {cut}");
        } else {
            assert_eq!(opened.record, Record::default(), "cut at {cut}");
            let kept = kept_files(&dir);
            assert_eq!(kept.len(), 1, "cut at {cut}: {:?}", opened.notices);
            assert_eq!(fs::read(&kept[0]).unwrap(), &whole[..cut]);
            assert!(opened.store.writable());
        }
    }
}

#[test]
fn a_record_of_a_newer_format_is_never_overwritten() {
    let tmp = temp();
    let dir = tmp.path();
    let newer = format!(
        "// 未来の版\n(format_version: {}, notes: \"面談メモ\", goals: [(text: \"新しい項目\")])\n",
        FORMAT_VERSION + 1
    );
    fs::write(record_path(dir), &newer).unwrap();

    let mut opened = Store::open_in(dir);
    assert!(!opened.store.writable());
    assert_eq!(opened.store.mode(), Mode::ReadOnly);
    let reason = opened
        .store
        .read_only_reason()
        .expect("a reason")
        .to_string();
    assert_eq!(
        opened.notices,
        vec![opened.store.read_only_reason().unwrap().clone()]
    );
    assert!(reason.contains("新しい版"), "{reason}");
    assert!(reason.contains(&record_path(dir).display().to_string()));
    // What this version understands of it is shown.
    assert_eq!(opened.record.notes, "面談メモ");

    let err = opened.store.save(&full_record()).unwrap_err();
    assert!(!err.to_string().is_empty());
    assert_eq!(fs::read_to_string(record_path(dir)).unwrap(), newer);
    assert!(kept_files(dir).is_empty(), "not taken for broken");
}

#[test]
fn a_newer_record_this_version_cannot_parse_is_still_newer() {
    let tmp = temp();
    let dir = tmp.path();
    let newer = "(format_version: 9, notes: Text(lang: \"ja\", body: \"x\"), \u{2603} @@)";
    fs::write(record_path(dir), newer).unwrap();
    let mut opened = Store::open_in(dir);
    assert!(!opened.store.writable());
    assert_eq!(opened.record, Record::default());
    assert_eq!(opened.notices.len(), 2, "{:?}", opened.notices);
    assert!(opened.store.save(&Record::default()).is_err());
    assert_eq!(fs::read_to_string(record_path(dir)).unwrap(), newer);
    assert!(kept_files(dir).is_empty());
}

// ---------------------------------------------------------------------------------------------
// The lock

#[test]
fn a_second_copy_opens_read_only_while_the_first_lives() {
    let tmp = temp();
    let dir = tmp.path();
    save_in(dir, &full_record());

    let mut first = Store::open_in(dir);
    assert!(first.store.writable());

    let mut second = Store::open_in(dir);
    assert!(!second.store.writable());
    assert_eq!(second.record, full_record(), "it still shows the record");
    let reason = second.store.read_only_reason().unwrap().to_string();
    assert!(reason.contains("別の career-nav"), "{reason}");
    assert_eq!(
        second.notices,
        vec![second.store.read_only_reason().unwrap().clone()]
    );
    assert!(second.store.save(&Record::default()).is_err());
    assert_eq!(Store::open_in(dir).record, full_record(), "not overwritten");

    first.store.save(&awkward_record()).unwrap();
    drop(first);
    drop(second);

    let third = Store::open_in(dir);
    assert!(third.store.writable(), "{:?}", third.notices);
    assert!(third.notices.is_empty());
    assert_eq!(third.record, awkward_record());
}

#[test]
fn a_second_copy_does_not_move_a_broken_record_the_first_has_open() {
    let tmp = temp();
    let dir = tmp.path();
    let first = Store::open_in(dir);
    fs::write(record_path(dir), "((((").unwrap();
    let second = Store::open_in(dir);
    assert!(!second.store.writable());
    assert_eq!(second.notices.len(), 2, "{:?}", second.notices);
    assert!(kept_files(dir).is_empty());
    assert_eq!(fs::read_to_string(record_path(dir)).unwrap(), "((((");
    drop(first);
}

/// The child's part: hold the lock on `HELPER_DIR` until standard input closes.
fn hold_the_lock(dir: &std::ffi::OsStr) {
    give_up_after(Duration::from_secs(60));
    let opened = Store::open_in(Path::new(&dir));
    // On a line of its own: the harness has printed "test … " without a line break.
    println!("\nLOCKED {}", opened.store.writable());
    std::io::stdout().flush().unwrap();
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    drop(opened);
}

#[test]
fn a_copy_in_another_process_holds_the_lock() {
    if let Some(dir) = std::env::var_os(HELPER_DIR) {
        return hold_the_lock(&dir);
    }
    let tmp = temp();
    let dir = tmp.path();
    save_in(dir, &full_record());

    let mut child = Child(
        helper("a_copy_in_another_process_holds_the_lock")
            .env(HELPER_DIR, dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    // Read on a thread, so that a child that never reports fails the test instead of
    // hanging it.
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let locked = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx
            .recv_timeout(left)
            .expect("the child reports that it holds the lock");
        if line.starts_with("LOCKED") {
            break line;
        }
    };
    assert_eq!(locked, "LOCKED true");

    let mut other = Store::open_in(dir);
    assert!(!other.store.writable());
    assert_eq!(other.notices.len(), 1, "{:?}", other.notices);
    assert!(other.store.save(&Record::default()).is_err());
    assert_eq!(other.record, full_record());

    drop(child.0.stdin.take());
    assert!(child.0.wait().unwrap().success());
    let after = Store::open_in(dir);
    assert!(after.store.writable(), "{:?}", after.notices);
}

// ---------------------------------------------------------------------------------------------
// Saves killed mid-way

#[cfg(unix)]
/// Two large records, each of which takes a while to write.
fn big_records() -> (Record, Record) {
    let mut a = full_record();
    let mut b = full_record();
    a.notes = "あいうえお、かきくけこ。\n".repeat(60_000);
    b.notes = "さしすせそ\n".repeat(100_000);
    b.questions = "質問？".repeat(50_000);
    (a, b)
}

#[cfg(unix)]
/// The child's part: save the two big records in turn, forever, in `dir`; create `ready`
/// after the first save.
fn save_forever(dir: &std::ffi::OsStr, ready: &std::ffi::OsStr) {
    give_up_after(Duration::from_secs(60));
    let (a, b) = big_records();
    let mut opened = Store::open_in(Path::new(&dir));
    assert!(opened.store.writable(), "{:?}", opened.notices);
    opened.store.save(&a).unwrap();
    fs::write(ready, "").unwrap();
    loop {
        opened.store.save(&b).unwrap();
        opened.store.save(&a).unwrap();
    }
}

/// A small xorshift, seeded from the clock; the seed is printed for a failing run.
#[cfg(unix)]
struct Rng(u64);

#[cfg(unix)]
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[cfg(unix)]
#[test]
fn a_save_killed_at_any_point_leaves_a_whole_record() {
    if let (Some(dir), Some(ready)) = (std::env::var_os(HELPER_DIR), std::env::var_os(HELPER_READY))
    {
        return save_forever(&dir, &ready);
    }
    let started = Instant::now();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = Rng(seed);
    let tmp = temp();
    let dir = tmp.path().join("store");
    let ready = tmp.path().join("ready");
    let initial = full_record();
    save_in(&dir, &initial);
    let (a, b) = big_records();

    let rounds = 20;
    let mut mid_save = 0;
    let mut seen = BTreeMap::<&str, usize>::new();
    for round in 0..rounds {
        let _ = fs::remove_file(&ready);
        let mut child = Child(
            helper("a_save_killed_at_any_point_leaves_a_whole_record")
                .env(HELPER_DIR, &dir)
                .env(HELPER_READY, &ready)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        while !ready.exists() {
            if let Some(status) = child.0.try_wait().unwrap() {
                let mut err = String::new();
                let _ = child.0.stderr.take().unwrap().read_to_string(&mut err);
                panic!("the saving child ended ({status}): {err}");
            }
            assert!(Instant::now() < deadline, "the saving child never saved");
            std::thread::sleep(Duration::from_micros(200));
        }
        // Somewhere within the next few saves.
        let delay = Duration::from_micros(rng.next() % 30_000);
        std::thread::sleep(delay);
        child.0.kill().unwrap(); // SIGKILL
        child.0.wait().unwrap();

        if !files_starting(&dir, &format!(".{RECORD_FILE}.")).is_empty() {
            mid_save += 1; // killed with a temp file open
        }
        let text = fs::read_to_string(record_path(&dir)).unwrap_or_else(|e| {
            panic!("round {round}, seed {seed}, delay {delay:?}: record unreadable: {e}")
        });
        let on_disk: Record = ron::from_str(&text).unwrap_or_else(|e| {
            panic!("round {round}, seed {seed}, delay {delay:?}: record broken: {e}")
        });
        let which = if on_disk == a {
            "A"
        } else if on_disk == b {
            "B"
        } else if on_disk == initial {
            "initial"
        } else {
            panic!("round {round}, seed {seed}, delay {delay:?}: a record that was never saved")
        };
        *seen.entry(which).or_default() += 1;

        // The next copy opens it cleanly, writable (the killed one's lock is gone), and
        // clears the temp file a killed save left.
        let opened = Store::open_in(&dir);
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        assert!(opened.store.writable());
        assert_eq!(opened.record, on_disk);
        assert!(files_starting(&dir, &format!(".{RECORD_FILE}.")).is_empty());
        assert!(kept_files(&dir).is_empty());
    }
    eprintln!(
        "{rounds} kills (seed {seed}): {seen:?}, {mid_save} with a save under way, in {:?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Places that cannot be written

/// Whether modes bind us (false for root, who writes anyway).
#[cfg(unix)]
fn modes_bind(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let bound = fs::write(&probe, "").is_err();
    let _ = fs::remove_file(probe);
    bound
}

/// Directory modes do not bind root (as CI runs): there, run the test `name` again in a child
/// process as `nobody` (uid and gid 65534), assert that it ran and passed, and return true.
/// False where modes bind: the test goes on itself. Either way the test checks something.
#[cfg(unix)]
fn rerun_unprivileged(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let probe = temp();
    fs::set_permissions(probe.path(), fs::Permissions::from_mode(0o500)).unwrap();
    let bound = modes_bind(probe.path());
    fs::set_permissions(probe.path(), fs::Permissions::from_mode(0o700)).unwrap();
    if bound {
        return false;
    }
    // A temp folder the child may use.
    let scratch = temp();
    fs::set_permissions(scratch.path(), fs::Permissions::from_mode(0o1777)).unwrap();
    let out = helper(name)
        .env("TMPDIR", scratch.path())
        .uid(65534)
        .gid(65534)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{name} as nobody failed:\n{stdout}{stderr}"
    );
    assert!(
        stdout.contains("test result: ok. 1 passed"),
        "{name} did not run as nobody:\n{stdout}{stderr}"
    );
    true
}

#[cfg(unix)]
#[test]
fn a_directory_that_cannot_be_written_gives_an_error_from_save() {
    use std::os::unix::fs::PermissionsExt;
    if rerun_unprivileged("a_directory_that_cannot_be_written_gives_an_error_from_save") {
        return;
    }
    let tmp = temp();
    let dir = tmp.path().join("data");
    save_in(&dir, &full_record());
    let before = fs::read(record_path(&dir)).unwrap();

    let mut opened = Store::open_in(&dir);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    let bound = modes_bind(&dir);
    let result = opened.store.save(&awkward_record());
    drop(opened);

    // Opened after the directory became read-only: no lock file to create is fine, the lock
    // file is already there; saving still fails.
    let mut late = Store::open_in(&dir);
    let late_result = late.store.save(&awkward_record());
    drop(late);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();

    assert!(bound, "directory modes bind here");
    let err = result.unwrap_err().to_string();
    assert!(err.contains("保存できませんでした"), "{err}");
    assert!(
        err.contains(&record_path(&dir).display().to_string()),
        "{err}"
    );
    assert!(late_result.is_err());
    assert_eq!(fs::read(record_path(&dir)).unwrap(), before, "unchanged");
}

#[cfg(unix)]
#[test]
fn a_directory_without_a_lock_file_that_cannot_be_written() {
    use std::os::unix::fs::PermissionsExt;
    if rerun_unprivileged("a_directory_without_a_lock_file_that_cannot_be_written") {
        return;
    }
    let tmp = temp();
    let dir = tmp.path().join("data");
    fs::create_dir(&dir).unwrap();
    fs::write(record_path(&dir), "(format_version: 1, notes: \"読める\")").unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    assert!(modes_bind(&dir), "directory modes bind here");
    let mut opened = Store::open_in(&dir);
    let result = opened.store.save(&full_record());
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();

    assert_eq!(opened.record.notes, "読める", "the record is still shown");
    assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
    assert!(result.is_err());
    // Once the directory can be written again, the next save goes through.
    opened.store.save(&full_record()).unwrap();
    drop(opened);
    assert_eq!(Store::open_in(&dir).record, full_record());
}

#[test]
fn an_impossible_path_gives_an_error_from_save() {
    let tmp = temp();
    let file = tmp.path().join("data");
    fs::write(&file, "a file, not a directory").unwrap();

    for dir in [file.clone(), file.join("career-nav")] {
        let mut opened = Store::open_in(&dir);
        assert_eq!(opened.record, Record::default());
        assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
        assert!(
            opened.notices[0]
                .to_string()
                .contains(&dir.display().to_string())
        );
        let err = opened.store.save(&full_record()).unwrap_err().to_string();
        assert!(err.contains("保存できませんでした"), "{err}");
        assert!(
            err.contains(&record_path(&dir).display().to_string()),
            "{err}"
        );
    }
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "a file, not a directory",
        "untouched"
    );
}

#[test]
fn a_place_that_becomes_usable_is_used_by_the_next_save() {
    let tmp = temp();
    let dir = tmp.path().join("data");
    fs::write(&dir, "in the way").unwrap();
    let mut opened = Store::open_in(&dir);
    assert!(opened.store.save(&full_record()).is_err());
    fs::remove_file(&dir).unwrap();
    opened.store.save(&full_record()).unwrap();
    assert!(opened.store.writable());
    drop(opened);
    assert_eq!(Store::open_in(&dir).record, full_record());
}

#[test]
fn a_record_that_appeared_meanwhile_is_not_overwritten() {
    let tmp = temp();
    let dir = tmp.path().join("data");
    fs::write(&dir, "in the way").unwrap();
    let mut opened = Store::open_in(&dir);
    fs::remove_file(&dir).unwrap();
    save_in(&dir, &awkward_record());
    let there = fs::read(record_path(&dir)).unwrap();

    let err = opened.store.save(&full_record()).unwrap_err();
    assert!(!opened.store.writable());
    assert_eq!(opened.store.read_only_reason(), Some(&err));
    assert_eq!(fs::read(record_path(&dir)).unwrap(), there);
}

#[test]
fn temp_files_of_killed_saves_are_cleared_and_nothing_else() {
    let tmp = temp();
    let dir = tmp.path();
    let stale = dir.join(format!(".{RECORD_FILE}.a1B2c3"));
    let stale_edition = dir.join(format!(".{EDITION_FILE}.Zz9y8X"));
    let other = dir.join(format!(".{RECORD_FILE}.mine-backup"));
    fs::write(&stale, "(format_ver").unwrap();
    fs::write(&stale_edition, "(meta: (").unwrap();
    fs::write(&other, "keep").unwrap();
    let opened = Store::open_in(dir);
    assert!(opened.notices.is_empty());
    assert!(!stale.exists());
    assert!(!stale_edition.exists());
    assert!(other.exists());
}

// ---------------------------------------------------------------------------------------------
// The store that saves nothing, and the default place

#[test]
fn a_memory_store_saves_nothing() {
    let mut store = Store::memory();
    assert!(!store.writable());
    assert_eq!(store.mode(), Mode::ReadOnly);
    assert_eq!(store.path(), None);
    let reason = store.read_only_reason().expect("a reason").clone();
    assert!(reason.to_string().ends_with('。'), "{reason}");
    assert_eq!(store.save(&full_record()), Err(reason));
}

#[cfg(target_os = "linux")]
/// The child's part: open the default store, save the full record and print its path.
fn open_the_default_store() {
    let mut opened = Store::open_default();
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    opened.store.save(&full_record()).unwrap();
    println!("\nPATH={}", opened.store.path().unwrap().display());
}

#[cfg(target_os = "linux")]
fn default_path_with(envs: &[(&str, &Path)], remove: &[&str]) -> PathBuf {
    let mut c = helper("the_default_place_is_the_xdg_data_directory");
    c.env(HELPER_DIR, "1");
    for (k, v) in envs {
        c.env(k, v);
    }
    for k in remove {
        c.env_remove(k);
    }
    let out = c.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("PATH=").map(|(_, p)| p))
        .unwrap_or_else(|| panic!("no path in {stdout}"));
    PathBuf::from(line)
}

#[cfg(target_os = "linux")]
#[test]
fn the_default_place_is_the_xdg_data_directory() {
    if std::env::var_os(HELPER_DIR).is_some() {
        return open_the_default_store();
    }
    let tmp = temp();
    let data = tmp.path().join("data");
    let home = tmp.path().join("home");
    fs::create_dir(&home).unwrap();

    let path = default_path_with(&[("XDG_DATA_HOME", &data), ("HOME", &home)], &[]);
    assert_eq!(path, data.join("career-nav").join(RECORD_FILE));
    assert_eq!(
        Store::open_in(&data.join("career-nav")).record,
        full_record()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data.join("career-nav")), 0o700);
        assert_eq!(mode(&path), 0o600);
    }
    assert_eq!(fs::read_dir(&home).unwrap().count(), 0, "home untouched");

    // Without XDG_DATA_HOME: under the home directory.
    let path = default_path_with(&[("HOME", &home)], &["XDG_DATA_HOME"]);
    assert_eq!(path, home.join(".local/share/career-nav").join(RECORD_FILE));
    assert!(path.exists());
}

// ---------------------------------------------------------------------------------------------
// What this version does not know, and what is out of range

/// A format-1 record as a newer minor version could write it: fields this version does not
/// know, at the top level, with strings, nesting and comments that a naive scanner trips on.
const NEWER_MINOR: &str = r##"// career-nav の育成記録です。
(
    format_version: 1,
    profile: Some((title: "主任", year: 8)),
    mentor: Some((name: "浜松 太郎", since: "2025-04-01, ) 以降")),
    notes: "メモ",
    goals: [("目標1", Planned), ("目標2 /* not a comment */", Done(2024))],
    // a comment between fields
    flag: r#"raw "), text"#,
)
"##;

#[test]
fn fields_unknown_to_this_version_survive_a_save() {
    let tmp = temp();
    let dir = tmp.path();
    fs::write(record_path(dir), NEWER_MINOR).unwrap();

    let mut opened = Store::open_in(dir);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert_eq!(opened.record.notes, "メモ");
    let mut changed = opened.record.clone();
    changed.notes = "書き換えたメモ".into();
    opened.store.save(&changed).unwrap();
    drop(opened);

    let text = fs::read_to_string(record_path(dir)).unwrap();
    for field in [
        r#"mentor: Some((name: "浜松 太郎", since: "2025-04-01, ) 以降")),"#,
        r#"goals: [("目標1", Planned), ("目標2 /* not a comment */", Done(2024))],"#,
        r##"flag: r#"raw "), text"#,"##,
    ] {
        assert!(text.contains(field), "{field} lost:\n{text}");
    }
    // Read back: this version's fields as saved, and the unknown ones still there after a
    // second save.
    let mut again = Store::open_in(dir);
    assert_eq!(again.record, changed);
    again.store.save(&full_record()).unwrap();
    drop(again);
    let text = fs::read_to_string(record_path(dir)).unwrap();
    assert!(text.contains("mentor:") && text.contains("goals:") && text.contains("flag:"));
    assert_eq!(Store::open_in(dir).record, full_record());
}

/// A format-1 record as a newer minor version writes it, with a field this version does not
/// know in every struct of the record: the profile, a self-check, a snapshot, the edition
/// seen, and the record itself (struct names written, a key escaped, comments inside).
const NEWER_AT_EVERY_LEVEL: &str = r##"// written by career-nav 1.9
Record(
    format_version: 1,
    profile: Some(Profile(title: "主任", year: 8, grade_code: "S-2", /* since */ since: (2018, 4))),
    trainings: {"T-101": Done(Some(2024)), "T-102": Planned},
    checks: {
        "shunin：業務の改善を提案し、実行する": (level: Working, note: "案を出した", confidence: 3, evidence: ["議事録", "手順書 (案)"]),
        "shunin：\u{5f8c}輩職員に助言する": (level: NotStarted, note: "", confidence: 1),
    },
    notes: "メモ",
    questions: "",
    snapshots: [
        (date: "2026-04-01", levels: {"shunin：業務の改善を提案し、実行する": Working}, taken_by: "self", mood: Some(Calm)),
    ],
    seen_edition: Some((map: "浜松市", edition: "2026", date: None, snapshot: "", hash: "ab12")),
    mentor: (name: "浜松 太郎", since: "2025-04-01, ) 以降"),
)
"##;

/// What the newer version reads back: its own fields beside this version's.
mod newer {
    use std::collections::BTreeMap;

    use career_nav::record::Level;
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Record {
        pub profile: Option<Profile>,
        pub checks: BTreeMap<String, Check>,
        pub snapshots: Vec<Snapshot>,
        pub seen_edition: Option<Seen>,
        pub mentor: Mentor,
        pub notes: String,
    }
    #[derive(Deserialize)]
    pub struct Profile {
        pub title: String,
        pub year: u8,
        pub grade_code: String,
        pub since: (u16, u8),
    }
    #[derive(Deserialize)]
    pub struct Check {
        pub level: Level,
        pub confidence: u8,
        #[serde(default)]
        pub evidence: Vec<String>,
    }
    #[derive(Deserialize)]
    pub struct Snapshot {
        pub date: String,
        #[serde(default)]
        pub taken_by: String,
        #[serde(default)]
        pub mood: Option<Mood>,
    }
    #[derive(Deserialize, Debug, PartialEq)]
    pub enum Mood {
        Calm,
    }
    #[derive(Deserialize)]
    pub struct Seen {
        pub edition: String,
        pub hash: String,
    }
    #[derive(Deserialize)]
    pub struct Mentor {
        pub name: String,
        pub since: String,
    }
}

#[test]
fn fields_unknown_at_every_level_survive_an_edit_in_place() {
    let tmp = temp();
    let dir = tmp.path();
    fs::write(record_path(dir), NEWER_AT_EVERY_LEVEL).unwrap();
    let improve = expectation_key("shunin", "業務の改善を提案し、実行する");
    let advise = expectation_key("shunin", "後輩職員に助言する");

    let mut opened = Store::open_in(dir);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert!(opened.store.writable());
    let mut edited = opened.record.clone();
    assert_eq!(edited.profile.as_ref().map(|p| p.year), Some(8));
    // The edits the reader makes: a year later, a check re-checked, a note, a snapshot.
    edited.profile.as_mut().unwrap().year = 9;
    edited.checks.get_mut(&improve).unwrap().level = Level::Achieved;
    edited.checks.get_mut(&advise).unwrap().note = "新人を担当".into();
    edited.notes = "書き換えたメモ".into();
    edited.snapshot("2026-10-01".into());
    opened.store.save(&edited).unwrap();
    drop(opened);

    // Twice: the second save keeps what the first one kept.
    for round in 0..2 {
        let text = fs::read_to_string(record_path(dir)).unwrap();
        let back: newer::Record = ron::from_str(text.trim_start_matches(|c| c != '('))
            .unwrap_or_else(|e| {
                panic!("round {round}: the newer version cannot read it: {e}\n{text}")
            });
        let profile = back.profile.expect("profile");
        assert_eq!(
            (
                profile.title.as_str(),
                profile.year,
                profile.grade_code.as_str(),
                profile.since
            ),
            ("主任", 9, "S-2", (2018, 4)),
            "{text}"
        );
        let c = &back.checks[&improve];
        assert_eq!((c.level, c.confidence), (Level::Achieved, 3), "{text}");
        assert_eq!(c.evidence, ["議事録", "手順書 (案)"], "{text}");
        assert_eq!(back.checks[&advise].confidence, 1, "{text}");
        assert_eq!(back.snapshots.len(), 2, "{text}");
        assert_eq!(back.snapshots[0].date, "2026-04-01");
        assert_eq!(back.snapshots[0].taken_by, "self", "{text}");
        assert_eq!(back.snapshots[0].mood, Some(newer::Mood::Calm), "{text}");
        let seen = back.seen_edition.expect("seen edition");
        assert_eq!(
            (seen.edition.as_str(), seen.hash.as_str()),
            ("2026", "ab12")
        );
        assert_eq!(back.mentor.name, "浜松 太郎");
        assert_eq!(back.mentor.since, "2025-04-01, ) 以降");
        assert_eq!(back.notes, "書き換えたメモ");
        // And this version reads its own edits back.
        let mut again = Store::open_in(dir);
        assert!(again.notices.is_empty(), "{:?}", again.notices);
        assert_eq!(again.record, edited);
        again.store.save(&edited).unwrap();
    }

    // A struct the reader removes takes its unknown fields with it: nothing is put back
    // into a profile chosen again later.
    let mut opened = Store::open_in(dir);
    let mut cleared = opened.record.clone();
    cleared.profile = None;
    opened.store.save(&cleared).unwrap();
    cleared.profile = Some(Profile {
        title: "係長".into(),
        year: 12,
    });
    opened.store.save(&cleared).unwrap();
    drop(opened);
    let text = fs::read_to_string(record_path(dir)).unwrap();
    assert!(!text.contains("grade_code"), "{text}");
    assert!(
        text.contains("taken_by") && text.contains("mentor"),
        "{text}"
    );
    assert_eq!(Store::open_in(dir).record, cleared);
}

#[test]
fn a_year_of_service_out_of_range_is_not_used() {
    let tmp = temp();
    let dir = tmp.path();
    fs::write(
        record_path(dir),
        "(format_version: 1, profile: Some((title: \"主任\", year: 255)), trainings: {\"T-1\": Done(Some(9999)), \"T-2\": Done(Some(2024))})",
    )
    .unwrap();
    let opened = Store::open_in(dir);
    assert_eq!(opened.record.profile, None, "入庁255年目 is not a standing");
    assert_eq!(
        opened.record.trainings.get("T-1"),
        Some(&TrainingStatus::Done(None))
    );
    assert_eq!(
        opened.record.trainings.get("T-2"),
        Some(&TrainingStatus::Done(Some(2024)))
    );
    assert_eq!(opened.notices.len(), 2, "{:?}", opened.notices);
    assert!(
        opened.notices[0].to_string().contains("255"),
        "{:?}",
        opened.notices
    );
    assert!(
        opened.notices[1].to_string().contains("T-1"),
        "{:?}",
        opened.notices
    );
    // A year in range is used as it is.
    let tmp = temp();
    fs::write(
        record_path(tmp.path()),
        "(format_version: 1, profile: Some((title: \"主任\", year: 45)))",
    )
    .unwrap();
    let opened = Store::open_in(tmp.path());
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert_eq!(opened.record.profile.map(|p| p.year), Some(45));
}

// ---------------------------------------------------------------------------------------------
// Reading only changes nothing

/// Every entry under `dir`, with its kind and bytes (None for a folder).
fn tree(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.insert(p.clone(), None);
            out.extend(tree(&p));
        } else {
            out.insert(p.clone(), Some(fs::read(&p).unwrap_or_default()));
        }
    }
    out
}

#[test]
fn reading_a_record_changes_nothing_on_disk() {
    // No folder: none is created.
    let tmp = temp();
    let dir = tmp.path().join("career-nav");
    let read = Store::read_in(&dir);
    assert_eq!(read.record, Record::default());
    assert!(read.notices.is_empty(), "{:?}", read.notices);
    assert!(!dir.exists(), "reading created the data folder");

    // A broken record: said, not moved aside; no lock file.
    fs::create_dir(&dir).unwrap();
    fs::write(record_path(&dir), "(format_version: 1, notes: ").unwrap();
    let before = tree(&dir);
    let read = Store::read_in(&dir);
    assert_eq!(read.record, Record::default());
    assert_eq!(read.notices.len(), 1, "{:?}", read.notices);
    assert_eq!(tree(&dir), before, "reading changed the data folder");
    let mut store = read.store;
    assert!(!store.writable());
    assert!(store.save(&full_record()).is_err());
    assert_eq!(tree(&dir), before);

    // A good record is read as it is.
    fs::remove_file(record_path(&dir)).unwrap();
    save_in(&dir, &full_record());
    let before = tree(&dir);
    assert_eq!(Store::read_in(&dir).record, full_record());
    assert_eq!(tree(&dir), before);
}

// ---------------------------------------------------------------------------------------------
// Special files where the record should be

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let out = Command::new("mkfifo")
        .arg(path)
        .output()
        .expect("mkfifo runs");
    assert!(out.status.success(), "mkfifo {}", path.display());
}

/// A FIFO standing where the record should be is refused at once (never waited on) and not
/// replaced: the store is read-only.
#[cfg(unix)]
#[test]
fn a_fifo_as_the_record_is_refused_not_waited_on() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = temp();
    let dir = tmp.path().to_path_buf();
    mkfifo(&record_path(&dir));
    // Opened on a thread: a store that waits on the FIFO fails the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = tx.send(Store::open_in(&dir));
        });
    }
    let mut opened = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("opening the store waits on the FIFO");
    let dir = dir.as_path();
    assert!(!opened.store.writable(), "{:?}", opened.notices);
    assert!(
        opened.notices.iter().any(|n| matches!(
            n,
            FileMsg::UnreadableReadOnly {
                why: Problem::Fifo,
                ..
            }
        )),
        "{:?}",
        opened.notices
    );
    assert!(opened.store.save(&full_record()).is_err());
    assert!(
        fs::symlink_metadata(record_path(dir))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let read = Store::read_in(dir);
    assert_eq!(read.record, Record::default());
    assert_eq!(read.notices.len(), 1, "{:?}", read.notices);
}

/// A record linked to /dev/zero would be read for ever: refused as a device.
#[cfg(unix)]
#[test]
fn a_record_linked_to_a_device_is_refused() {
    let tmp = temp();
    let dir = tmp.path();
    std::os::unix::fs::symlink("/dev/zero", record_path(dir)).unwrap();
    let opened = Store::open_in(dir);
    assert!(!opened.store.writable());
    assert!(
        opened.notices.iter().any(|n| matches!(
            n,
            FileMsg::UnreadableReadOnly {
                why: Problem::Device,
                ..
            }
        )),
        "{:?}",
        opened.notices
    );
    drop(opened);
    assert_eq!(
        fs::read_link(record_path(dir)).unwrap(),
        Path::new("/dev/zero"),
        "the link is left as it was"
    );
}

/// A record larger than the limit is not read (nor overwritten).
#[test]
fn a_record_over_the_limit_is_refused() {
    let tmp = temp();
    let dir = tmp.path();
    let f = fs::File::create(record_path(dir)).unwrap();
    f.set_len(career_nav::capped::RECORD_LIMIT + 1).unwrap();
    drop(f);
    let opened = Store::open_in(dir);
    assert!(!opened.store.writable());
    assert!(
        opened.notices.iter().any(|n| n.to_string().contains("MiB")),
        "{:?}",
        opened.notices
    );
    drop(opened);
    assert_eq!(
        fs::metadata(record_path(dir)).unwrap().len(),
        career_nav::capped::RECORD_LIMIT + 1
    );
}

// ---------------------------------------------------------------------------------------------
// When the event loop saves

mod autosave {
    use super::*;
    use career_nav::tui::{Autosave, SAVE_AT_LEAST_EVERY, SAVE_PAUSE};

    fn with_notes(s: &str) -> Record {
        Record {
            notes: s.into(),
            ..Record::default()
        }
    }

    /// Typing a character every 50 ms: nothing falls due while the typing goes on, one save
    /// of the last text after the pause.
    #[test]
    fn typing_is_saved_once_after_a_pause() {
        let t0 = Instant::now();
        let step = Duration::from_millis(50);
        let mut a = Autosave::default();
        assert_eq!(a.wait(t0), None, "nothing pending: wait for input for ever");
        let mut text = String::new();
        let mut saves = 0;
        for i in 0..40u32 {
            let now = t0 + step * i;
            text.push('あ');
            a.changed(&with_notes(&text), now, false);
            if a.take_due(now + step / 2).is_some() {
                saves += 1;
            }
        }
        assert_eq!(saves, 0, "a save while typing (40 characters at 20/s)");
        let last = t0 + step * 39;
        assert_eq!(a.wait(last), Some(SAVE_PAUSE));
        assert!(a.take_due(last + SAVE_PAUSE / 2).is_none());
        let saved = a.take_due(last + SAVE_PAUSE).expect("due after the pause");
        assert_eq!(saved.notes.chars().count(), 40);
        assert!(!a.is_pending());
        assert!(a.take_due(last + SAVE_PAUSE * 10).is_none(), "saved once");
    }

    /// Typing that never pauses is still saved every few seconds.
    #[test]
    fn typing_without_a_pause_is_saved_at_least_every_few_seconds() {
        let t0 = Instant::now();
        let step = Duration::from_millis(100);
        let mut a = Autosave::default();
        let mut saved_at = Vec::new();
        for i in 0..200u32 {
            let now = t0 + step * i;
            a.changed(&with_notes(&"x".repeat(i as usize + 1)), now, false);
            if a.take_due(now).is_some() {
                saved_at.push(now - t0);
            }
        }
        assert!(saved_at.len() >= 3, "{saved_at:?}");
        for pair in saved_at.windows(2) {
            assert!(
                pair[1] - pair[0] <= SAVE_AT_LEAST_EVERY + step,
                "{saved_at:?}"
            );
        }
    }

    /// A paste is saved at the next chance; `take` hands over what is pending, due or not
    /// (before exit, on a signal).
    #[test]
    fn a_paste_is_saved_at_once_and_exit_takes_what_is_pending() {
        let t0 = Instant::now();
        let mut a = Autosave::default();
        a.changed(&with_notes("貼り付け"), t0, true);
        assert_eq!(a.wait(t0), Some(Duration::ZERO));
        assert_eq!(a.take_due(t0).map(|r| r.notes), Some("貼り付け".into()));
        a.changed(&with_notes("途中"), t0, false);
        assert!(a.take_due(t0).is_none());
        assert_eq!(a.take().map(|r| r.notes), Some("途中".into()));
        assert!(a.take().is_none());
    }
}

/// A record too large to be read back is not written: the file on disk stays as it was.
#[test]
fn a_record_over_the_limit_is_not_saved() {
    let tmp = temp();
    let dir = tmp.path();
    save_in(dir, &full_record());
    let before = fs::read(record_path(dir)).unwrap();
    let mut opened = Store::open_in(dir);
    let huge = Record {
        notes: "x".repeat(career_nav::capped::RECORD_LIMIT as usize + 1),
        ..full_record()
    };
    let e = opened.store.save(&huge).unwrap_err();
    assert!(e.to_string().contains("MiB"), "{e}");
    assert_eq!(fs::read(record_path(dir)).unwrap(), before);
}

/// A data folder whose name holds terminal escapes and controls: every notice and every
/// save error names it cleaned, in both languages.
#[cfg(unix)]
#[test]
fn a_hostile_folder_name_is_shown_cleaned() {
    use career_nav::model::Lang;
    for name in [
        "evil\u{1b}]0;pwned\u{7}",
        "clear\u{1b}[2J",
        "csi\u{9b}31m",
        "bidi\u{202e}txt",
        "line\nbreak\rcr",
    ] {
        let tmp = temp();
        let dir = tmp.path().join(name);
        fs::create_dir(&dir).unwrap();
        // Broken: moved aside, said. Then held by another copy: read-only, said.
        fs::write(record_path(&dir), "(format_version: 1, notes: ").unwrap();
        let first = Store::open_in(&dir);
        let second = Store::open_in(&dir);
        let mut said: Vec<&FileMsg> = first.notices.iter().chain(&second.notices).collect();
        assert_eq!(said.len(), 2, "{name:?}: {said:?}");
        // A folder where the record should be: unreadable, said.
        let other = tmp.path().join(format!("{name}-2"));
        fs::create_dir_all(record_path(&other)).unwrap();
        let unreadable = Store::read_in(&other).notices;
        assert_eq!(unreadable.len(), 1, "{unreadable:?}");
        said.extend(&unreadable);
        for m in said {
            for lang in [Lang::Ja, Lang::En] {
                let text = m.render(lang);
                assert!(
                    !text.chars().any(career_nav::model::is_unsafe_char),
                    "{name:?}: {text:?}"
                );
                assert!(
                    text.contains("evil")
                        || text.contains("clear")
                        || text.contains("csi")
                        || text.contains("bidi")
                        || text.contains("line"),
                    "{text}"
                );
            }
        }
        drop(first);
    }
}

/// A newer version may write its record with a RON extension enabled: the attribute is
/// kept with the fields it wrote, so that it can still read them.
#[test]
fn an_extension_the_newer_version_enabled_is_kept_with_its_fields() {
    let tmp = temp();
    let dir = tmp.path();
    fs::write(
        record_path(dir),
        "// newer\n#![enable(implicit_some)]\n(format_version: 1, profile: Some((title: \"主任\", year: 8, since: 2018)), notes: \"メモ\", mentor: (name: \"浜松\"))",
    )
    .unwrap();
    let mut opened = Store::open_in(dir);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert_eq!(opened.record.notes, "メモ");
    let mut edited = opened.record.clone();
    edited.notes = "書き換え".into();
    edited.profile.as_mut().unwrap().year = 9;
    opened.store.save(&edited).unwrap();
    drop(opened);
    let text = fs::read_to_string(record_path(dir)).unwrap();
    assert!(text.contains("#![enable(implicit_some)]"), "{text}");
    assert!(text.contains("since: 2018"), "{text}");
    assert!(text.contains("mentor: (name: \"浜松\")"), "{text}");

    #[derive(serde::Deserialize)]
    struct NewerProfile {
        year: u8,
        since: Option<u16>,
    }
    #[derive(serde::Deserialize)]
    struct Newer {
        profile: Option<NewerProfile>,
        notes: String,
    }
    let back: Newer = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let p = back.profile.unwrap();
    assert_eq!(
        (p.year, p.since, back.notes.as_str()),
        (9, Some(2018), "書き換え")
    );
    assert_eq!(Store::open_in(dir).record, edited);
}

mod unknown_fields_props {
    use super::*;
    use proptest::prelude::*;

    /// Values a newer version could write, with what trips a scanner: quotes, escapes,
    /// raw strings, brackets in strings, comments, nesting, Japanese.
    fn value() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            "\\PC{0,12}".prop_map(|s| ron::to_string(&s).unwrap()),
            Just("r#\"raw \"), ] } text\"#".to_string()),
            Just("'\\''".to_string()),
            Just("Some(\"（括弧）, ]\")".to_string()),
            Just("None".to_string()),
            Just("Waived(2024)".to_string()),
            Just("3.5e-2".to_string()),
        ];
        leaf.prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3)
                    .prop_map(|v| format!("[{}]", v.join(", "))),
                (inner.clone(), inner.clone())
                    .prop_map(|(a, b)| format!("(a: {a}, /* ) */ b: {b})")),
                inner.clone().prop_map(|a| format!("{{\"k, )\": {a}}}")),
            ]
        })
    }

    fn text() -> impl Strategy<Value = String> {
        "[\\PC\"\\\\#()\\[\\]{},:\n]{0,20}"
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 32,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Unknown fields with any value, in every struct of the record, survive an edit of
        /// that very struct, byte for byte and in place.
        #[test]
        fn unknown_fields_anywhere_survive_any_edit(
            values in proptest::collection::vec(value(), 5),
            title in text(),
            key in text(),
            note in text(),
            notes in text(),
            new_notes in text(),
            year in 1u8..45,
        ) {
            let q = |s: &str| ron::to_string(s).unwrap();
            let original = format!(
                "// newer\n(format_version: 1, profile: Some((title: {}, year: {year}, u1: {})), checks: {{{}: (level: Working, note: {}, u2: {})}}, notes: {}, snapshots: [(date: \"2026-04-01\", levels: {{{}: Working}}, u3: {})], seen_edition: Some((map: \"m\", edition: \"e\", u4: {})), u5: {})",
                q(&title), values[0], q(&key), q(&note), values[1], q(&notes), q(&key), values[2], values[3], values[4]
            );
            let tmp = temp();
            let dir = tmp.path();
            fs::write(record_path(dir), &original).unwrap();
            let mut opened = Store::open_in(dir);
            prop_assert!(opened.notices.is_empty(), "{:?}\n{original}", opened.notices);
            let mut edited = opened.record.clone();
            prop_assert_eq!(&edited.notes, &notes);
            edited.notes = new_notes.clone();
            edited.profile.as_mut().unwrap().year = year + 1;
            edited.checks.get_mut(&key).unwrap().level = Level::Achieved;
            opened.store.save(&edited).unwrap();
            drop(opened);

            let saved = fs::read_to_string(record_path(dir)).unwrap();
            prop_assert_eq!(
                career_nav::ron_fields::dropped_fields(&original, &saved),
                Some(vec![]),
                "{}\n->\n{}", original, saved
            );
            for (i, v) in values.iter().enumerate() {
                let field = format!("u{}: {v}", i + 1);
                prop_assert!(saved.contains(&field), "{} lost:\n{}", field, saved);
            }
            prop_assert_eq!(Store::open_in(dir).record, edited);
        }
    }
}
