//! Writing the interview sheet (面談シート) to a file: atomically, so an interrupted export
//! never leaves half a sheet where a whole one stood.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Write `text` to `path` atomically. The error is a sentence for the reader.
pub fn write_file(path: &Path, text: &str) -> Result<(), String> {
    replace_file(path, text.as_bytes(), false).map_err(|e| format!("{}：{e}", path.display()))
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
