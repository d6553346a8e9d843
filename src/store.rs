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
//! - A record of a newer format is never overwritten: the store becomes read-only. Fields a
//!   newer version of the same format added, at any level, are written back in place.
//! - Nothing here panics; every problem becomes a notice (at open) or an `Err` (from `save`),
//!   a [`FileMsg`] rendered in the reader's language where it is shown.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::file_messages::{FileMsg, Problem, shown};
use crate::record::{FORMAT_VERSION, Record, SeenEdition};

/// The record's file name in its directory.
pub const RECORD_FILE: &str = "record.ron";
/// The lock file's name in the same directory. It stays on disk; only the lock matters.
pub const LOCK_FILE: &str = "record.lock";
/// Beside the record: the map as the reader last saw it (RON), to say what the next edition
/// changed. Kept out of the record (whose `seen_edition` keeps an empty `snapshot`), so that
/// a start reads and every save writes a record of a few kilobytes, not the whole map; it is
/// read only when a new edition is announced. A record of an earlier version holds the
/// snapshot itself: it is read from there, and moved here by the next save.
pub const EDITION_FILE: &str = "edition.ron";

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
    /// A fingerprint of the snapshot [`EDITION_FILE`] holds as this process wrote it: the
    /// file is written once an edition, not at every save.
    edition_saved: Option<u64>,
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
    /// Never writes, for this reason.
    ReadOnly { reason: FileMsg },
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
/// and what the reader should be told, in order (rendered in the reader's language where
/// they are shown).
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub record: Record,
    pub notices: Vec<FileMsg>,
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
            Loaded::Current { text, .. } => {
                Some(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
            }
            _ => None,
        };
        let (state, record, mut notices) = decide(&location, lock, loaded);
        let record = checked(record, &mut notices);
        Opened {
            store: Store {
                location: Some(location),
                state,
                original,
                edition_saved: None,
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
                notices.push(FileMsg::NewerUsingEmpty {
                    path: shown(&path),
                    version,
                });
                Record::default()
            }),
            Loaded::Broken => {
                notices.push(FileMsg::BrokenUsingEmpty { path: shown(&path) });
                Record::default()
            }
            Loaded::Unreadable(why) => {
                notices.push(FileMsg::UnreadableUsingEmpty {
                    path: shown(&path),
                    why,
                });
                Record::default()
            }
        };
        let record = checked(record, &mut notices);
        Opened {
            store: Store::memory_because(FileMsg::ReadingOnly),
            record,
            notices,
        }
    }

    /// A store that saves nothing (no home dir; `show` and tests that must not touch disk).
    pub fn memory() -> Store {
        Store::memory_because(FileMsg::NotSaving)
    }

    fn memory_because(reason: FileMsg) -> Store {
        Store {
            location: None,
            state: State::ReadOnly { reason },
            original: None,
            edition_saved: None,
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

    /// Why it is read-only, if it is.
    pub fn read_only_reason(&self) -> Option<&FileMsg> {
        match &self.state {
            State::ReadOnly { reason } => Some(reason),
            _ => None,
        }
    }

    /// The map as the reader last saw it (RON), from [`EDITION_FILE`]; None when there is
    /// none (or it does not read as text).
    pub fn edition_snapshot(&self) -> Option<String> {
        let path = self.location.as_ref()?.dir.join(EDITION_FILE);
        let bytes = crate::capped::read_capped(&path, crate::capped::RECORD_LIMIT).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// Atomically write `record`. Err(why) when it cannot (read-only, directory not
    /// writable, disk full…). On Err the file on disk is unchanged.
    pub fn save(&mut self, record: &Record) -> Result<(), FileMsg> {
        let Some(location) = &self.location else {
            return Err(self
                .read_only_reason()
                .cloned()
                .unwrap_or(FileMsg::NotSaving));
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
        // The snapshot of the map's edition goes to its own file, the record keeps an empty
        // one: the record's text is made first, then the snapshot written, then the record
        // (should the record then not be written, the next start announces the edition
        // again, with the new edition's map as the old: no changes listed).
        let snapshot = record
            .seen_edition
            .as_ref()
            .map(|seen| seen.snapshot.as_str())
            .filter(|s| !s.is_empty());
        let text = match (snapshot, &record.seen_edition) {
            (Some(_), Some(seen)) => {
                let without_snapshot = Record {
                    seen_edition: Some(SeenEdition {
                        map: seen.map.clone(),
                        edition: seen.edition.clone(),
                        date: seen.date.clone(),
                        snapshot: String::new(),
                    }),
                    ..record.clone()
                };
                serialize(&without_snapshot, self.original.as_deref())?
            }
            _ => serialize(record, self.original.as_deref())?,
        };
        if let Some(snapshot) = snapshot {
            let mark = fingerprint(snapshot);
            if self.edition_saved != Some(mark) {
                let path = location.dir.join(EDITION_FILE);
                create_dir(&location.dir)
                    .and_then(|()| write_atomically(&path, snapshot.as_bytes()))
                    .map_err(|e| save_failed(&path, &e))?;
                self.edition_saved = Some(mark);
            }
        }
        // Recreate the directory if it was removed while the program ran.
        create_dir(&location.dir)
            .and_then(|()| write_atomically(&location.path, text.as_bytes()))
            .map_err(|e| save_failed(&location.path, &e))?;
        self.original = Some(text);
        Ok(())
    }
}

/// A fingerprint of a text (not kept anywhere: only compared within one process).
fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

fn open_at(dir: Option<PathBuf>) -> Opened {
    match dir {
        Some(dir) => Store::open_in(&dir),
        None => {
            let reason = FileMsg::NoHome;
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
        /// The file's text (checked as UTF-8 once, here).
        text: String,
    },
    Newer {
        version: u64,
        record: Option<Record>,
    },
    Broken,
    Unreadable(Problem),
}

/// The record file's bytes: a regular file of at most [`crate::capped::RECORD_LIMIT`] bytes
/// (a FIFO or a device standing at its place is refused, never waited on).
fn read_record(path: &Path) -> Result<Vec<u8>, crate::capped::ReadError> {
    crate::capped::read_capped(path, crate::capped::RECORD_LIMIT)
}

fn load(path: &Path) -> Loaded {
    let bytes = match read_record(path) {
        Ok(b) => b,
        // No such file, or no such directory (a file stands where the directory should be).
        Err(e)
            if matches!(
                e.kind(),
                Some(io::ErrorKind::NotFound | io::ErrorKind::NotADirectory)
            ) =>
        {
            return Loaded::Absent;
        }
        Err(e) => return Loaded::Unreadable(Problem::from_read(&e)),
    };
    match parse(bytes) {
        (Parsed::Current(record), Some(text)) => Loaded::Current { record, text },
        (Parsed::Newer { version, record }, _) => Loaded::Newer { version, record },
        _ => Loaded::Broken,
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

/// What the record file's bytes read as, and their text (checked as UTF-8 once, here; none
/// when they are not UTF-8).
fn parse(bytes: Vec<u8>) -> (Parsed, Option<String>) {
    match String::from_utf8(bytes) {
        Ok(text) => (parse_text(&text), Some(text)),
        Err(_) => (Parsed::Broken, None),
    }
}

fn parse_text(text: &str) -> Parsed {
    // An editor may have added a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The record is read once; only a record that does not read is probed for its version
    // (reading the text twice cost about 0.1 ms of every start).
    let record = ron::from_str::<Record>(text).ok();
    let version = match &record {
        Some(r) => Some(u64::from(r.format_version)),
        None => match ron::from_str::<VersionProbe>(text) {
            Ok(probe) => Some(u64::from(probe.format_version)),
            // A newer version may use syntax this one cannot parse at all.
            Err(_) => declared_version(text),
        },
    };
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

fn decide(location: &Location, lock: Lock, loaded: Loaded) -> (State, Record, Vec<FileMsg>) {
    let path = &location.path;
    let mut notices = Vec::new();
    let read_only = |reason: FileMsg, notices: &mut Vec<FileMsg>| {
        notices.push(reason.clone());
        State::ReadOnly { reason }
    };

    // Another copy has it: show what is there, touch nothing.
    if let Lock::Busy = lock {
        let state = read_only(FileMsg::OpenElsewhere { path: shown(path) }, &mut notices);
        let record = match loaded {
            Loaded::Absent => Record::default(),
            Loaded::Current { record, .. } => record,
            Loaded::Newer { version, record } => {
                notices.push(newer_reason(path, version));
                record.unwrap_or_else(|| {
                    notices.push(FileMsg::NewerShownEmpty);
                    Record::default()
                })
            }
            Loaded::Broken => {
                notices.push(FileMsg::BrokenShownEmpty { path: shown(path) });
                Record::default()
            }
            Loaded::Unreadable(why) => {
                notices.push(FileMsg::UnreadableShownEmpty {
                    path: shown(path),
                    why,
                });
                Record::default()
            }
        };
        return (state, record, notices);
    }

    match loaded {
        Loaded::Newer { version, record } => {
            let state = read_only(newer_reason(path, version), &mut notices);
            let record = record.unwrap_or_else(|| {
                notices.push(FileMsg::NewerShownEmpty);
                Record::default()
            });
            (state, record, notices)
        }
        Loaded::Unreadable(why) => {
            let state = read_only(
                FileMsg::UnreadableReadOnly {
                    path: shown(path),
                    why,
                },
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
                    notices.push(FileMsg::BrokenMovedAside { kept: shown(&kept) });
                    let state = writable(location, lock, &mut notices);
                    (state, Record::default(), notices)
                }
                Err(e) => {
                    let state = read_only(
                        FileMsg::BrokenNotMoved {
                            path: shown(path),
                            why: Problem::from_io(&e),
                        },
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
        Loaded::Current { record, text } => {
            let state = match lock {
                Lock::Failed(e) => pending(location, Some(text.into_bytes()), &e, &mut notices),
                lock => writable(location, lock, &mut notices),
            };
            (state, record, notices)
        }
    }
}

fn writable(location: &Location, lock: Lock, notices: &mut Vec<FileMsg>) -> State {
    match lock {
        Lock::Held(file) => {
            remove_stale_temp_files(&location.dir);
            State::Writable { _lock: Some(file) }
        }
        _ => {
            notices.push(FileMsg::NoLocking {
                dir: shown(&location.dir),
            });
            State::Writable { _lock: None }
        }
    }
}

fn pending(
    location: &Location,
    expected: Option<Vec<u8>>,
    e: &io::Error,
    notices: &mut Vec<FileMsg>,
) -> State {
    notices.push(FileMsg::FolderNotReady {
        dir: shown(&location.dir),
        why: Problem::from_io(e),
    });
    State::Pending { expected }
}

fn newer_reason(path: &Path, version: u64) -> FileMsg {
    FileMsg::Newer {
        path: shown(path),
        version,
        max: FORMAT_VERSION,
    }
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

/// Temp files of saves that were killed mid-way (`.record.ron.XXXXXX` and
/// `.edition.ron.XXXXXX`, named by `export::replace_file`). Only called while holding the lock, so no save is under way.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefixes = [format!(".{RECORD_FILE}."), format!(".{EDITION_FILE}.")];
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some(suffix) = prefixes.iter().find_map(|p| name.strip_prefix(p.as_str()))
            && suffix.len() == 6
            && suffix.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The current UTC time as YYYYMMDD-HHMMSS.
fn timestamp() -> String {
    let secs = crate::record::now_secs();
    let date = crate::record::civil_date(secs.div_euclid(86_400)).replace('-', "");
    let s = secs.rem_euclid(86_400);
    format!("{date}-{:02}{:02}{:02}", s / 3_600, s / 60 % 60, s % 60)
}

// ---------------------------------------------------------------------------------------------
// Saving

/// The directory was not ready at open: set it up now, and go on only if the file on disk is
/// still the one that was read then.
fn settle(location: &Location, expected: &Option<Vec<u8>>) -> Result<State, FileMsg> {
    let lock = match take_lock(&location.dir) {
        Lock::Held(file) => Some(file),
        Lock::Unsupported => None,
        Lock::Busy => {
            return Ok(State::ReadOnly {
                reason: FileMsg::OpenedElsewhereSince {
                    path: shown(&location.path),
                },
            });
        }
        Lock::Failed(e) => return Err(save_failed(&location.path, &e)),
    };
    let on_disk = match read_record(&location.path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == Some(io::ErrorKind::NotFound) => None,
        Err(e) => {
            return Err(FileMsg::SaveFailed {
                path: shown(&location.path),
                why: Problem::from_read(&e),
            });
        }
    };
    if on_disk != *expected {
        return Ok(State::ReadOnly {
            reason: FileMsg::ChangedSince {
                path: shown(&location.path),
            },
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
fn serialize(record: &Record, original: Option<&str>) -> Result<String, FileMsg> {
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
                return Err(FileMsg::TooLarge {
                    mib: crate::capped::RECORD_LIMIT / (1024 * 1024),
                });
            }
            if matches!(parse_text(&text), Parsed::Current(back) if back == *record) {
                return Ok(text);
            }
        }
    }
    Err(FileMsg::CannotSerialize)
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
fn checked(mut record: Record, notices: &mut Vec<FileMsg>) -> Record {
    use crate::record::TrainingStatus;
    let max = crate::app::MAX_YEAR;
    if let Some(p) = &record.profile
        && !(1..=max).contains(&p.year)
    {
        notices.push(FileMsg::YearOutOfRange { year: p.year, max });
        record.profile = None;
    }
    let mut bad_years = Vec::new();
    for (id, status) in record.trainings.iter_mut() {
        if let TrainingStatus::Done(Some(y)) = status
            && !(1950..=2200).contains(y)
        {
            bad_years.push((crate::model::sanitize(id), *y));
            *status = TrainingStatus::Done(None);
        }
    }
    if !bad_years.is_empty() {
        notices.push(FileMsg::TrainingYearsOutOfRange {
            trainings: bad_years,
            min: 1950,
            max: 2200,
        });
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

fn save_failed(path: &Path, e: &io::Error) -> FileMsg {
    FileMsg::SaveFailed {
        path: shown(path),
        why: Problem::from_io(e),
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

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
        assert_eq!(opened.notices[0], FileMsg::NoHome);
        assert!(opened.notices[0].to_string().contains("ホームディレクトリ"));
        assert_eq!(opened.store.read_only_reason(), Some(&opened.notices[0]));
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
            parse(b"(format_version: 1, notes: \"x\")".to_vec()).0,
            Parsed::Current(r) if r.notes == "x"
        ));
        assert!(matches!(
            parse("\u{feff}(format_version: 1)".as_bytes().to_vec()).0,
            Parsed::Current(_)
        ));
        assert!(matches!(
            parse(b"(format_version: 2, notes: \"x\", brand_new: [1, 2])".to_vec()).0,
            Parsed::Newer { version: 2, record: Some(r) } if r.notes == "x"
        ));
        assert!(matches!(
            parse(b"(format_version: 3, notes: Some(\"x\"))".to_vec()).0,
            Parsed::Newer {
                version: 3,
                record: None
            }
        ));
        assert!(matches!(
            parse(b"(format_version: 5, new_syntax: <<>>".to_vec()).0,
            Parsed::Newer {
                version: 5,
                record: None
            }
        ));
        assert!(matches!(
            parse(b"(format_version: 1, notes: ".to_vec()).0,
            Parsed::Broken
        ));
        assert!(matches!(parse(b"".to_vec()).0, Parsed::Broken));
        assert!(matches!(parse(vec![0xff, 0xfe, 0x00]).0, Parsed::Broken));
        assert!(matches!(
            parse(b"(notes: \"x\")".to_vec()).0,
            Parsed::Broken
        ));
    }

    #[test]
    fn timestamps_sort_and_fit_a_file_name() {
        let t = timestamp();
        assert_eq!(t.len(), "20260424-101530".len(), "{t}");
        assert!(t.chars().all(|c| c.is_ascii_digit() || c == '-'), "{t}");
    }
}
