//! Writing the interview sheet (面談シート) to a file: atomically, so an interrupted export
//! never leaves half a sheet where a whole one stood.

use std::io::Write;
use std::path::Path;

use atomic_write_file::AtomicWriteFile;

/// Write `text` to `path` atomically. The error is a sentence for the reader.
pub fn write_file(path: &Path, text: &str) -> Result<(), String> {
    let result = AtomicWriteFile::open(path).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.commit()
    });
    result.map_err(|e| format!("{}：{e}", path.display()))
}
