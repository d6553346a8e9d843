//! Reading a file from outside (a map, `config.ron`, `keys.ron`, the record) with a size
//! limit, refusing what is not a regular file: `/dev/zero` would grow memory for ever and a
//! FIFO would block the program before it draws anything.
//!
//! The limits (documented in the README):
//! - a map: [`MAP_LIMIT`] (64 MiB; the embedded map is 52 KB, the benches' map 1000 times its
//!   size 51.5 MB, which the navigator opens and keeps quick);
//! - `config.ron` and `keys.ron`: [`SETTINGS_LIMIT`] (1 MiB);
//! - the record: [`RECORD_LIMIT`] (32 MiB).

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// The largest map file read.
pub const MAP_LIMIT: u64 = 64 * 1024 * 1024;
/// The largest `config.ron` or `keys.ron` read.
pub const SETTINGS_LIMIT: u64 = 1024 * 1024;
/// The largest record file read.
pub const RECORD_LIMIT: u64 = 32 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The system's error (no such file, no permission, …).
    Io(io::Error),
    /// Not a regular file: a FIFO, a device, a socket, a folder.
    NotAFile(&'static str),
    /// Larger than the limit (bytes).
    TooLarge(u64),
}

impl ReadError {
    /// The system's error kind, for callers that treat a missing file as "none".
    pub fn kind(&self) -> Option<io::ErrorKind> {
        match self {
            ReadError::Io(e) => Some(e.kind()),
            _ => None,
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotAFile(what) => write!(
                f,
                "not a regular file but {what}; it is not read (通常のファイルではないため読みません)"
            ),
            ReadError::TooLarge(limit) => write!(
                f,
                "the file is larger than {} MiB, the most career-nav reads (ファイルが大きすぎます。上限は {} MiB です)",
                limit / (1024 * 1024),
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// The whole of the regular file at `path` (a symbolic link is followed), at most `limit`
/// bytes; a FIFO, a device or a folder is refused without being opened for reading.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    refuse_special(&fs::metadata(path).map_err(ReadError::Io)?)?;
    let file = open_nonblocking(path).map_err(ReadError::Io)?;
    // Checked again on what was opened: the name may have been swapped meanwhile.
    let meta = file.metadata().map_err(ReadError::Io)?;
    refuse_special(&meta)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // A file that grows while it is read still stops at the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

fn refuse_special(meta: &fs::Metadata) -> Result<(), ReadError> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err(ReadError::NotAFile("a folder (フォルダ)"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Err(ReadError::NotAFile("a FIFO (名前付きパイプ)"));
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Err(ReadError::NotAFile("a device (デバイス)"));
        }
        if kind.is_socket() {
            return Err(ReadError::NotAFile("a socket (ソケット)"));
        }
    }
    Err(ReadError::NotAFile("a special file (特殊なファイル)"))
}

/// Open for reading without blocking on a FIFO swapped in after the first check (reads of
/// a regular file are not affected by O_NONBLOCK).
fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}
