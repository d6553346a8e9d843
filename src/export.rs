//! Writing the interview sheet (面談シート) to a file — and a map (`dump-default -o`,
//! `template -o`) by the same rules — without ever losing what was there:
//!
//! - A new sheet is written whole to a temp file in the same directory, synced, then linked
//!   under its name only if that name is still free (an interrupted export leaves no half
//!   sheet, and two exports never overwrite each other). New sheets are 0600, like the
//!   record they come from.
//! - An existing file is replaced only with consent (`--force`), atomically, and never when
//!   it is read-only. The TUI never replaces: it picks a new name (`…-2.md`).
//! - A symbolic link is never replaced, nor followed to a file. A FIFO or a character device
//!   (`/dev/null`, a terminal), or a link to one (`/dev/stdout`), is written into as a
//!   stream; other special files and directories are refused.
//!
//! Errors are [`FileMsg`]s (rendered in the reader's language where they are shown), with
//! the path cleaned of anything a terminal would act on.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use crate::file_messages::shown;
use crate::file_messages::{FileMsg, Problem};

fn failed(path: &Path, e: &io::Error) -> FileMsg {
    FileMsg::WriteFailed {
        path: shown(path),
        why: Problem::from_io(e),
    }
}

/// Where `-o PATH` writes, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing there: a new file.
    New,
    /// A regular file that may be replaced (`--force` given, the file writable).
    Replace,
    /// A FIFO or a character device: written into, never replaced.
    Stream,
}

/// Decide how `path` may be written, or say why not.
pub fn target(path: &Path, force: bool) -> Result<Target, FileMsg> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Target::New),
        Err(e) => return Err(failed(path, &e)),
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        // `/dev/stdout`, a link to a terminal or a pipe: written into as a stream. A link to
        // anything else is left alone.
        #[cfg(unix)]
        if let Ok(target) = fs::metadata(path) {
            use std::os::unix::fs::FileTypeExt;
            if target.file_type().is_fifo() || target.file_type().is_char_device() {
                return Ok(Target::Stream);
            }
        }
        return Err(FileMsg::IsSymlink { path: shown(path) });
    }
    if kind.is_dir() {
        return Err(FileMsg::IsFolder { path: shown(path) });
    }
    if kind.is_file() {
        if !force {
            return Err(FileMsg::Exists { path: shown(path) });
        }
        if meta.permissions().readonly() {
            return Err(FileMsg::ReadOnlyFile { path: shown(path) });
        }
        return Ok(Target::Replace);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() || kind.is_char_device() {
            return Ok(Target::Stream);
        }
    }
    Err(FileMsg::NotRegular { path: shown(path) })
}

/// Write `text` to `path` as `-o PATH [--force]` asks: see the module's rules. A new or
/// replaced sheet is readable by its owner only.
pub fn write_to(path: &Path, text: &str, force: bool) -> Result<(), FileMsg> {
    write_bytes_to(path, text.as_bytes(), force, true)
}

/// Write `bytes` to `path` by the module's rules (`dump-default -o`, `template -o` too).
/// `private`: a new or replaced file is readable by its owner only (a sheet), else as the
/// umask says (a map to share).
pub fn write_bytes_to(
    path: &Path,
    bytes: &[u8],
    force: bool,
    private: bool,
) -> Result<(), FileMsg> {
    let failed = |e: io::Error| failed(path, &e);
    match target(path, force)? {
        Target::New => match write_new(path, bytes, private) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Created by someone else meanwhile: decide again (it may be a link now).
                match target(path, force)? {
                    Target::New => Err(failed(e)),
                    _ => write_bytes_to(path, bytes, force, private),
                }
            }
            other => other.map_err(failed),
        },
        Target::Replace => replace_file(path, bytes, private).map_err(failed),
        Target::Stream => {
            // No create, no truncate: into the FIFO or device as it is.
            let mut f = OpenOptions::new().write(true).open(path).map_err(failed)?;
            f.write_all(bytes).and_then(|()| f.flush()).map_err(failed)
        }
    }
}

/// Write `text` as a new file in `dir` named `stem.ext`, or `stem-2.ext`, `stem-3.ext`… the
/// first name that is free. Returns the path written.
pub fn write_new_file(dir: &Path, stem: &str, ext: &str, text: &str) -> Result<PathBuf, FileMsg> {
    for n in 1..=999 {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(name);
        match write_new(&path, text.as_bytes(), true) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(failed(&path, &e)),
        }
    }
    Err(FileMsg::TooManyNames {
        path: shown(&dir.join(format!("{stem}.{ext}"))),
    })
}

/// A new file at `path` (AlreadyExists if anything is there, a dangling link included),
/// written whole before it appears under its name.
fn write_new(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if fs::symlink_metadata(path).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    let (temp, mut file) = temp_file(&dir, private)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    let linked = written.and_then(|()| fs::hard_link(&temp, path));
    match linked {
        Ok(()) => {
            let _ = fs::remove_file(&temp);
            sync_dir(&dir);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
        Err(_) => {
            // No hard links here (some network or FAT file systems): a new file, created
            // only if the name is free.
            let _ = fs::remove_file(&temp);
            let mut file = new_file_options(private).open(path)?;
            let written = file.write_all(bytes).and_then(|()| file.sync_all());
            if let Err(e) = written {
                drop(file);
                let _ = fs::remove_file(path);
                return Err(e);
            }
            Ok(())
        }
    }
}

fn new_file_options(private: bool) -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(not(unix))]
    let _ = private;
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if private { 0o600 } else { 0o666 });
    }
    options
}

/// A new temp file in `dir` (0600 when `private`), by a name no one else uses.
fn temp_file(dir: &Path, private: bool) -> io::Result<(PathBuf, fs::File)> {
    let pid = std::process::id();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for n in 0..100u32 {
        let temp = dir.join(format!(".career-nav-export.{pid}.{nanos}.{n}.tmp"));
        match new_file_options(private).open(&temp) {
            Ok(f) => return Ok((temp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::ErrorKind::AlreadyExists.into())
}

/// Replace `path` with `bytes` so that a crash leaves the old file or the new one, never
/// half of one: a new file beside it, written and synced, renamed over the old one, then
/// the directory synced. `private`: readable by its owner only (on Unix). On an error the
/// new file is removed and the old one stays.
pub fn replace_file(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(not(unix))]
    let _ = private;
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if private { 0o600 } else { 0o666 });
    }
    // `.NAME.XXXXXX` (six letters and digits), the name the record store cleans up after a
    // save that was killed.
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
        ^ (u64::from(std::process::id()) << 32);
    let (tmp, mut file) = loop {
        const DIGITS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let suffix: String = (0..6)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                DIGITS[(seed >> 33) as usize % DIGITS.len()] as char
            })
            .collect();
        let tmp = dir.join(format!(".{name}.{suffix}"));
        match options.open(&tmp) {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
        return written;
    }
    #[cfg(unix)]
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
