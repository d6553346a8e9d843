//! Where the reader's [`Record`] lives on disk, and how it is kept safe.
//!
//! - One file, `record.ron`, in the platform's data directory (on Linux
//!   `$XDG_DATA_HOME/career-nav/`). Nothing leaves the machine. On Unix the file is 0600 and a
//!   directory the store creates is 0700.
//! - Every save is atomic (temp file in the same directory, fsync, rename, fsync of the
//!   directory, by `atomic-write-file`): a crash or a kill leaves the old record or the new one.
//! - An exclusive lock on `record.lock`, held as long as the [`Store`] lives, keeps two running
//!   copies from overwriting each other: the second one opens the record read-only.
//! - A record that does not parse is moved aside under a new name (never over an earlier one),
//!   and the program goes on with an empty record.
//! - A record of a newer format is never overwritten: the store becomes read-only.
//! - Nothing here panics; every problem becomes a notice (at open) or an `Err` (from `save`),
//!   written in Japanese for the screen.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::record::{FORMAT_VERSION, Record};

/// The record's file name in its directory.
pub const RECORD_FILE: &str = "record.ron";
/// The lock file's name in the same directory. It stays on disk; only the lock matters.
pub const LOCK_FILE: &str = "record.lock";

/// The first line of every saved record, for a person who opens the file.
const HEADER: &str = "// career-nav の育成記録です。career-nav が保存のたびに書き換えます。\n";

/// Whether a [`Store`] saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `save` writes the record (or says why it could not, this time).
    Writable,
    /// `save` never writes; [`Store::read_only_reason`] says why.
    ReadOnly,
}

/// The storage of the record: its path, the lock, and whether it may be written.
#[derive(Debug)]
pub struct Store {
    /// None for a store that saves nothing.
    location: Option<Location>,
    state: State,
    /// The record's text as last read or written. Fields in it that this version does not
    /// know (a newer minor version wrote them), at any level, are written back in place by
    /// every save (see [`crate::ron_fields::keep_unknown_fields`]).
    original: Option<String>,
}

#[derive(Debug)]
struct Location {
    dir: PathBuf,
    path: PathBuf,
}

#[derive(Debug)]
enum State {
    /// Holding the lock (None where the file system has no locks).
    Writable { _lock: Option<File> },
    /// The directory or the lock file could not be set up at open. `save` tries again, and
    /// writes only if the file on disk is still what was read at open (`expected`).
    Pending { expected: Option<Vec<u8>> },
    /// Never writes, for this reason (a Japanese sentence).
    ReadOnly { reason: String },
}

impl Drop for Store {
    /// Release the lock explicitly. Closing the file is not enough: a child process forked
    /// by another thread (before its exec closes the inherited descriptor) shares the lock,
    /// which would then outlive this store for a moment.
    fn drop(&mut self) {
        if let State::Writable { _lock: Some(f) } = &self.state {
            let _ = f.unlock();
        }
    }
}

/// What [`Store::open_in`] and [`Store::open_default`] give: the store, the record to show,
/// and what the reader should be told (Japanese sentences), in order.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub record: Record,
    pub notices: Vec<String>,
}

impl Store {
    /// Open the record in the platform data dir.
    pub fn open_default() -> Opened {
        let dir = directories::ProjectDirs::from("", "", "career-nav")
            .map(|d| d.data_dir().to_path_buf());
        open_at(dir)
    }

    /// Open the record in `dir` (tests, and a future --record-dir option).
    pub fn open_in(dir: &Path) -> Opened {
        let location = Location {
            dir: dir.to_path_buf(),
            path: dir.join(RECORD_FILE),
        };
        let lock = take_lock(&location.dir);
        let loaded = load(&location.path);
        let original = match &loaded {
            Loaded::Current { bytes, .. } => std::str::from_utf8(bytes)
                .ok()
                .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t).to_string()),
            _ => None,
        };
        let (state, record, mut notices) = decide(&location, lock, loaded);
        let record = checked(record, &mut notices);
        Opened {
            store: Store {
                location: Some(location),
                state,
                original,
            },
            record,
            notices,
        }
    }

    /// Read the record in the platform data dir without changing anything on disk: no
    /// folder or lock file is created, a broken record is not moved aside. For what only
    /// reads (`export`, plain mode). The store saves nothing.
    pub fn read_default() -> Opened {
        match directories::ProjectDirs::from("", "", "career-nav") {
            Some(d) => Store::read_in(d.data_dir()),
            None => open_at(None),
        }
    }

    /// [`Store::read_default`] in `dir`.
    pub fn read_in(dir: &Path) -> Opened {
        let path = dir.join(RECORD_FILE);
        let mut notices = Vec::new();
        let record = match load(&path) {
            Loaded::Absent => Record::default(),
            Loaded::Current { record, .. } => record,
            Loaded::Newer { version, record } => record.unwrap_or_else(|| {
                notices.push(format!(
                    "記録ファイル {} は新しい版の career-nav で保存されたもの（形式 {version}）で、この版では読み取れないため、空の記録を使います。",
                    shown(&path)
                ));
                Record::default()
            }),
            Loaded::Broken => {
                notices.push(format!(
                    "記録ファイル {} が読めない形式のため、空の記録を使います。ファイルはそのまま残しています。",
                    shown(&path)
                ));
                Record::default()
            }
            Loaded::Unreadable(e) => {
                notices.push(format!(
                    "記録ファイル {} を読み込めなかったため（{}）、空の記録を使います。",
                    shown(&path),
                    describe(&e)
                ));
                Record::default()
            }
        };
        let record = checked(record, &mut notices);
        Opened {
            store: Store::memory_because(
                "記録を読むだけで開いているため、変更は保存されません。".into(),
            ),
            record,
            notices,
        }
    }

    /// A store that saves nothing (no home dir; `show` and tests that must not touch disk).
    pub fn memory() -> Store {
        Store::memory_because(
            "記録を保存しない設定で開いているため、この画面での変更は保存されません。".into(),
        )
    }

    fn memory_because(reason: String) -> Store {
        Store {
            location: None,
            state: State::ReadOnly { reason },
            original: None,
        }
    }

    /// The record file's path (None for a store that saves nothing).
    pub fn path(&self) -> Option<&Path> {
        self.location.as_ref().map(|l| l.path.as_path())
    }

    pub fn mode(&self) -> Mode {
        match self.state {
            State::ReadOnly { .. } => Mode::ReadOnly,
            State::Writable { .. } | State::Pending { .. } => Mode::Writable,
        }
    }

    /// Whether `save` writes. A writable store can still fail to save (a full disk, a
    /// directory that cannot be written); `save` then says why.
    pub fn writable(&self) -> bool {
        self.mode() == Mode::Writable
    }

    /// Why it is read-only, if it is (Japanese sentence).
    pub fn read_only_reason(&self) -> Option<&str> {
        match &self.state {
            State::ReadOnly { reason } => Some(reason),
            _ => None,
        }
    }

    /// Atomically write `record`. Err(message in Japanese) when it cannot (read-only,
    /// directory not writable, disk full…). On Err the file on disk is unchanged.
    pub fn save(&mut self, record: &Record) -> Result<(), String> {
        let Some(location) = &self.location else {
            return Err(self.read_only_reason().unwrap_or_default().to_string());
        };
        match &self.state {
            State::ReadOnly { reason } => return Err(reason.clone()),
            State::Pending { expected } => {
                self.state = settle(location, expected)?;
                if let State::ReadOnly { reason } = &self.state {
                    return Err(reason.clone());
                }
            }
            State::Writable { .. } => {}
        }
        let text = serialize(record, self.original.as_deref())?;
        // Recreate the directory if it was removed while the program ran.
        create_dir(&location.dir)
            .and_then(|()| write_atomically(&location.path, text.as_bytes()))
            .map_err(|e| save_failed(&location.path, &e))?;
        self.original = Some(text);
        Ok(())
    }
}

fn open_at(dir: Option<PathBuf>) -> Opened {
    match dir {
        Some(dir) => Store::open_in(&dir),
        None => {
            let reason = "ホームディレクトリが見つからず記録の保存先を決められないため、記録を保存せずに始めます。この画面での変更は保存されません。".to_string();
            Opened {
                store: Store::memory_because(reason.clone()),
                record: Record::default(),
                notices: vec![reason],
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Opening

enum Lock {
    Held(File),
    /// Another copy holds it.
    Busy,
    /// The file system has no locks.
    Unsupported,
    /// The directory or the lock file could not be set up.
    Failed(io::Error),
}

fn take_lock(dir: &Path) -> Lock {
    let file = match create_dir(dir).and_then(|()| open_lock_file(dir)) {
        Ok(f) => f,
        Err(e) => return Lock::Failed(e),
    };
    match file.try_lock() {
        Ok(()) => Lock::Held(file),
        Err(TryLockError::WouldBlock) => Lock::Busy,
        Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => Lock::Unsupported,
        Err(TryLockError::Error(e)) => Lock::Failed(e),
    }
}

/// Create `dir` and its parents if missing; on Unix the ones created are 0700.
fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn open_lock_file(dir: &Path) -> io::Result<File> {
    let path = dir.join(LOCK_FILE);
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(&path) {
        Ok(f) => Ok(f),
        // A lock file that exists in a directory we cannot write still locks.
        Err(e) => File::open(&path).map_err(|_| e),
    }
}

/// What was found at the record's path.
enum Loaded {
    Absent,
    Current {
        record: Record,
        bytes: Vec<u8>,
    },
    Newer {
        version: u64,
        record: Option<Record>,
    },
    Broken,
    Unreadable(io::Error),
}

/// The record file's bytes: a regular file of at most [`crate::capped::RECORD_LIMIT`] bytes
/// (a FIFO or a device standing at its place is refused, never waited on).
fn read_record(path: &Path) -> io::Result<Vec<u8>> {
    use crate::capped::{RECORD_LIMIT, ReadError, read_capped};
    read_capped(path, RECORD_LIMIT).map_err(|e| match e {
        ReadError::Io(e) => e,
        other => io::Error::other(other.to_string()),
    })
}

fn load(path: &Path) -> Loaded {
    let bytes = match read_record(path) {
        Ok(b) => b,
        // No such file, or no such directory (a file stands where the directory should be).
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Loaded::Absent;
        }
        Err(e) => return Loaded::Unreadable(e),
    };
    match parse(&bytes) {
        Parsed::Current(record) => Loaded::Current { record, bytes },
        Parsed::Newer { version, record } => Loaded::Newer { version, record },
        Parsed::Broken => Loaded::Broken,
    }
}

enum Parsed {
    Current(Record),
    Newer {
        version: u64,
        record: Option<Record>,
    },
    Broken,
}

/// Only the version, so that a newer record with fields this version does not know is
/// recognised as newer rather than as broken.
#[derive(Deserialize)]
#[serde(rename = "Record")]
struct VersionProbe {
    format_version: u32,
}

fn parse(bytes: &[u8]) -> Parsed {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Parsed::Broken;
    };
    // An editor may have added a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let version = match ron::from_str::<VersionProbe>(text) {
        Ok(probe) => Some(u64::from(probe.format_version)),
        // A newer version may use syntax this one cannot parse at all.
        Err(_) => declared_version(text),
    };
    let record = ron::from_str::<Record>(text).ok();
    match version {
        Some(version) if version > u64::from(FORMAT_VERSION) => Parsed::Newer { version, record },
        // Older formats are read as they are; raise FORMAT_VERSION with a migration here.
        _ => record.map_or(Parsed::Broken, Parsed::Current),
    }
}

/// The number after the first `format_version:` in a text that does not parse.
fn declared_version(text: &str) -> Option<u64> {
    let (_, rest) = text.split_once("format_version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits: &str = &rest[..rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len())];
    if digits.is_empty() {
        return None;
    }
    // Too many digits is still a (very) newer version.
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

fn decide(location: &Location, lock: Lock, loaded: Loaded) -> (State, Record, Vec<String>) {
    let path = &location.path;
    let mut notices = Vec::new();
    let read_only = |reason: String, notices: &mut Vec<String>| {
        notices.push(reason.clone());
        State::ReadOnly { reason }
    };

    // Another copy has it: show what is there, touch nothing.
    if let Lock::Busy = lock {
        let state = read_only(
            format!(
                "別の career-nav が同じ記録（{}）を開いているため、読み取り専用で開きました。この画面での変更は保存されません。",
                shown(path)
            ),
            &mut notices,
        );
        let record = match loaded {
            Loaded::Absent => Record::default(),
            Loaded::Current { record, .. } => record,
            Loaded::Newer { version, record } => {
                notices.push(newer_reason(path, version));
                record.unwrap_or_else(|| {
                    notices.push(newer_unreadable());
                    Record::default()
                })
            }
            Loaded::Broken => {
                notices.push(format!(
                    "記録ファイル {} が読めない形式だったため、空の記録を表示しています。ファイルはそのまま残しています。",
                    shown(path)
                ));
                Record::default()
            }
            Loaded::Unreadable(e) => {
                notices.push(format!(
                    "記録ファイル {} を読み込めなかったため（{}）、空の記録を表示しています。",
                    shown(path),
                    describe(&e)
                ));
                Record::default()
            }
        };
        return (state, record, notices);
    }

    match loaded {
        Loaded::Newer { version, record } => {
            let state = read_only(newer_reason(path, version), &mut notices);
            let record = record.unwrap_or_else(|| {
                notices.push(newer_unreadable());
                Record::default()
            });
            (state, record, notices)
        }
        Loaded::Unreadable(e) => {
            let state = read_only(
                format!(
                    "記録ファイル {} を読み込めませんでした（{}）。ファイルを上書きしないよう、読み取り専用で開きました。この画面での変更は保存されません。",
                    shown(path),
                    describe(&e)
                ),
                &mut notices,
            );
            (state, Record::default(), notices)
        }
        Loaded::Broken => {
            let kept = match &lock {
                Lock::Held(_) | Lock::Unsupported => keep_aside(location),
                Lock::Failed(e) => Err(io::Error::new(e.kind(), e.to_string())),
                Lock::Busy => Err(io::ErrorKind::ResourceBusy.into()),
            };
            match kept {
                Ok(kept) => {
                    notices.push(format!(
                        "記録ファイルが読めない形式だったため、{} に移して新しい記録で始めます。",
                        shown(&kept)
                    ));
                    let state = writable(location, lock, &mut notices);
                    (state, Record::default(), notices)
                }
                Err(e) => {
                    let state = read_only(
                        format!(
                            "記録ファイル {} が読めない形式で、別の名前に移すこともできませんでした（{}）。ファイルを上書きしないよう、空の記録を読み取り専用で開きました。この画面での変更は保存されません。",
                            shown(path),
                            describe(&e)
                        ),
                        &mut notices,
                    );
                    (state, Record::default(), notices)
                }
            }
        }
        Loaded::Absent => {
            let state = match lock {
                Lock::Failed(e) => pending(location, None, &e, &mut notices),
                lock => writable(location, lock, &mut notices),
            };
            (state, Record::default(), notices)
        }
        Loaded::Current { record, bytes } => {
            let state = match lock {
                Lock::Failed(e) => pending(location, Some(bytes), &e, &mut notices),
                lock => writable(location, lock, &mut notices),
            };
            (state, record, notices)
        }
    }
}

fn writable(location: &Location, lock: Lock, notices: &mut Vec<String>) -> State {
    match lock {
        Lock::Held(file) => {
            remove_stale_temp_files(&location.dir);
            State::Writable { _lock: Some(file) }
        }
        _ => {
            notices.push(format!(
                "記録の保存先（{}）ではファイルのロックが使えないため、ロックなしで開きました。career-nav を同時に二つ開くと、後から保存した方の内容だけが残ります。",
                shown(&location.dir)
            ));
            State::Writable { _lock: None }
        }
    }
}

fn pending(
    location: &Location,
    expected: Option<Vec<u8>>,
    e: &io::Error,
    notices: &mut Vec<String>,
) -> State {
    notices.push(format!(
        "記録の保存先 {} を使えません（{}）。このままでは変更を保存できないため、保存するときにもう一度試します。",
        shown(&location.dir),
        describe(e)
    ));
    State::Pending { expected }
}

fn newer_reason(path: &Path, version: u64) -> String {
    format!(
        "記録ファイル {} は新しい版の career-nav で保存されたもの（形式 {version}。この版が読めるのは形式 {FORMAT_VERSION} まで）なので、上書きしないよう読み取り専用で開きました。この画面での変更は保存されません。",
        shown(path)
    )
}

fn newer_unreadable() -> String {
    "その記録の内容はこの版では読み取れないため、空の記録を表示しています。".to_string()
}

/// Move a record that does not parse to `record.ron.broken-YYYYMMDD-HHMMSS[-N]`, never over
/// an existing file. Returns the new path.
fn keep_aside(location: &Location) -> io::Result<PathBuf> {
    let stamp = timestamp();
    for n in 1..=1000 {
        let name = if n == 1 {
            format!("{RECORD_FILE}.broken-{stamp}")
        } else {
            format!("{RECORD_FILE}.broken-{stamp}-{n}")
        };
        let kept = location.dir.join(name);
        match move_without_overwriting(&location.path, &kept) {
            Ok(()) => {
                sync_dir(&location.dir);
                return Ok(kept);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::ErrorKind::AlreadyExists.into())
}

/// A hard link (atomic, fails if `to` exists) then removing `from`; where hard links are not
/// supported, a copy into a newly created file.
fn move_without_overwriting(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => copy_to_new_file(from, to)?,
    }
    if let Err(e) = fs::remove_file(from) {
        // The broken file stays where it is; so must its copy not linger unannounced.
        let _ = fs::remove_file(to);
        return Err(e);
    }
    Ok(())
}

fn copy_to_new_file(from: &Path, to: &Path) -> io::Result<()> {
    let bytes = fs::read(from)?;
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(to)?;
    let written = file.write_all(&bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        let _ = fs::remove_file(to);
        return Err(e);
    }
    Ok(())
}

/// Temp files of saves that were killed mid-way (`.record.ron.XXXXXX`, named by
/// `export::replace_file`). Only called while holding the lock, so no save is under way.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{RECORD_FILE}.");
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some(suffix) = name.strip_prefix(&prefix)
            && suffix.len() == 6
            && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The current UTC time as YYYYMMDD-HHMMSS.
fn timestamp() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let date = crate::record::civil_date(secs / 86_400).replace('-', "");
    let s = secs % 86_400;
    format!("{date}-{:02}{:02}{:02}", s / 3_600, s / 60 % 60, s % 60)
}

// ---------------------------------------------------------------------------------------------
// Saving

/// The directory was not ready at open: set it up now, and go on only if the file on disk is
/// still the one that was read then.
fn settle(location: &Location, expected: &Option<Vec<u8>>) -> Result<State, String> {
    let lock = match take_lock(&location.dir) {
        Lock::Held(file) => Some(file),
        Lock::Unsupported => None,
        Lock::Busy => {
            return Ok(State::ReadOnly {
                reason: format!(
                    "別の career-nav が同じ記録（{}）を開いたため、読み取り専用に切り替えました。この画面での変更は保存されません。",
                    shown(&location.path)
                ),
            });
        }
        Lock::Failed(e) => return Err(save_failed(&location.path, &e)),
    };
    let on_disk = match read_record(&location.path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(save_failed(&location.path, &e)),
    };
    if on_disk != *expected {
        return Ok(State::ReadOnly {
            reason: format!(
                "記録ファイル {} が、開いた後にほかで変更されていました。その内容を上書きしないよう、読み取り専用に切り替えました。この画面での変更は保存されません。",
                shown(&location.path)
            ),
        });
    }
    if lock.is_some() {
        remove_stale_temp_files(&location.dir);
    }
    Ok(State::Writable { _lock: lock })
}

/// The file's text: the header and the record in pretty RON, strings unescaped so that
/// Japanese and line breaks stay readable. Checked by reading it back; should a string not
/// survive unescaped, it is written escaped instead.
fn serialize(record: &Record, original: Option<&str>) -> Result<String, String> {
    let current;
    let record = if record.format_version == FORMAT_VERSION {
        record
    } else {
        current = Record {
            format_version: FORMAT_VERSION,
            ..record.clone()
        };
        &current
    };
    for escape in [false, true] {
        let config = ron::ser::PrettyConfig::new()
            .new_line("\n")
            .escape_strings(escape);
        let Ok(plain) = ron::ser::to_string_pretty(record, config) else {
            continue;
        };
        // With the unknown fields kept, or (should that not read back) without them.
        let kept = original.map(|old| with_unknown_fields(old, &plain));
        for body in kept.iter().chain([&plain]) {
            let text = format!("{HEADER}{body}\n");
            // What could not be read back is not written.
            if text.len() as u64 > crate::capped::RECORD_LIMIT {
                return Err(format!(
                    "記録が大きすぎるため（上限 {} MiB）、保存しませんでした。保存済みの記録ファイルは変更していません。",
                    crate::capped::RECORD_LIMIT / (1024 * 1024)
                ));
            }
            if matches!(parse(text.as_bytes()), Parsed::Current(back) if back == *record) {
                return Ok(text);
            }
        }
    }
    Err("記録をファイルに書ける形に変換できなかったため、保存しませんでした。保存済みの記録ファイルは変更していません。".to_string())
}

/// The pretty RON `body` of a record with the fields of `old` (the record as read) that
/// this version does not know put back in place, at every level. The body is returned
/// unchanged should the result not keep them all (never seen; the save then goes on without
/// them rather than not at all).
fn with_unknown_fields(old: &str, body: &str) -> String {
    use crate::ron_fields::{dropped_fields, keep_unknown_fields};
    match keep_unknown_fields(old, body) {
        Some(merged) if dropped_fields(old, &merged).is_some_and(|d| d.is_empty()) => merged,
        _ => body.to_string(),
    }
}

/// The record with what is out of range taken out, each said in a notice: a year of service
/// outside 1–[`crate::app::MAX_YEAR`] (the profile is dropped: the reader chooses again), a
/// training year outside 1950–2200 (kept as done, without a year).
fn checked(mut record: Record, notices: &mut Vec<String>) -> Record {
    use crate::record::TrainingStatus;
    let max = crate::app::MAX_YEAR;
    if let Some(p) = &record.profile
        && !(1..=max).contains(&p.year)
    {
        notices.push(format!(
            "記録の入庁年目（{}）が 1〜{max} の範囲外のため、使いませんでした。現在地を選び直してください。",
            p.year
        ));
        record.profile = None;
    }
    let mut bad_years = Vec::new();
    for (id, status) in record.trainings.iter_mut() {
        if let TrainingStatus::Done(Some(y)) = status
            && !(1950..=2200).contains(y)
        {
            bad_years.push(format!("{}（{y}年度）", crate::model::sanitize(id)));
            *status = TrainingStatus::Done(None);
        }
    }
    if !bad_years.is_empty() {
        notices.push(format!(
            "記録の研修の受講年度が範囲外（1950〜2200）のため、年度なしの受講済として扱います：{}",
            bad_years.join("、")
        ));
    }
    record
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A record file that is a symlink (kept elsewhere by the reader) is written where it
    // points, not replaced by a plain file.
    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    // fsync the file, rename it over the old one, fsync the directory. On an error the
    // temp file is removed and the old record stays.
    crate::export::replace_file(&target, bytes, true)
}

fn save_failed(path: &Path, e: &io::Error) -> String {
    format!(
        "記録を {} に保存できませんでした（{}）。保存済みの記録ファイルは変更していません。",
        shown(path),
        describe(e)
    )
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// A path as shown in a message: cleaned like map text (a folder name may hold escapes).
fn shown(path: &Path) -> String {
    crate::model::sanitize(&path.display().to_string())
}

/// An I/O error, in words for the reader.
fn describe(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => "アクセスする権限がありません".into(),
        K::NotFound => "フォルダまたはファイルが見つかりません".into(),
        K::AlreadyExists | K::NotADirectory => {
            "同じ名前のファイルがあるため、フォルダとして使えません".into()
        }
        K::IsADirectory => "同じ名前のフォルダがあります".into(),
        K::StorageFull => "ディスクの空きが足りません".into(),
        K::QuotaExceeded => "ディスクの使用量の上限に達しています".into(),
        K::ReadOnlyFilesystem => "読み取り専用の場所です".into(),
        K::ResourceBusy => "使用中です".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_home_directory_means_a_store_that_saves_nothing() {
        let opened = open_at(None);
        assert!(!opened.store.writable());
        assert_eq!(opened.store.path(), None);
        assert_eq!(opened.record, Record::default());
        assert_eq!(opened.notices.len(), 1);
        assert!(opened.notices[0].contains("ホームディレクトリ"));
        assert_eq!(
            opened.store.read_only_reason(),
            Some(opened.notices[0].as_str())
        );
        let mut store = opened.store;
        assert!(store.save(&Record::default()).is_err());
    }

    #[test]
    fn the_declared_version_of_a_text_that_does_not_parse() {
        assert_eq!(declared_version("(format_version: 7, x: ???"), Some(7));
        assert_eq!(declared_version("( format_version :12)"), Some(12));
        assert_eq!(
            declared_version("(format_version: 99999999999999999999999999"),
            Some(u64::MAX)
        );
        assert_eq!(declared_version("(format_version: -1"), None);
        assert_eq!(declared_version("(format_version"), None);
        assert_eq!(declared_version("garbage"), None);
    }

    #[test]
    fn versions_are_told_apart_before_the_full_parse() {
        assert!(matches!(
            parse(b"(format_version: 1, notes: \"x\")"),
            Parsed::Current(r) if r.notes == "x"
        ));
        assert!(matches!(
            parse("\u{feff}(format_version: 1)".as_bytes()),
            Parsed::Current(_)
        ));
        assert!(matches!(
            parse(b"(format_version: 2, notes: \"x\", brand_new: [1, 2])"),
            Parsed::Newer { version: 2, record: Some(r) } if r.notes == "x"
        ));
        assert!(matches!(
            parse(b"(format_version: 3, notes: Some(\"x\"))"),
            Parsed::Newer {
                version: 3,
                record: None
            }
        ));
        assert!(matches!(
            parse(b"(format_version: 5, new_syntax: <<>>"),
            Parsed::Newer {
                version: 5,
                record: None
            }
        ));
        assert!(matches!(
            parse(b"(format_version: 1, notes: "),
            Parsed::Broken
        ));
        assert!(matches!(parse(b""), Parsed::Broken));
        assert!(matches!(parse(&[0xff, 0xfe, 0x00]), Parsed::Broken));
        assert!(matches!(parse(b"(notes: \"x\")"), Parsed::Broken));
    }

    #[test]
    fn timestamps_sort_and_fit_a_file_name() {
        let t = timestamp();
        assert_eq!(t.len(), "20260424-101530".len(), "{t}");
        assert!(t.chars().all(|c| c.is_ascii_digit() || c == '-'), "{t}");
    }
}
