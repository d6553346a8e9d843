//! The formats a map file may come in besides UTF-8 and UTF-16 text: workbooks (.xlsx) and
//! text in Shift_JIS. Reading them takes large libraries (zip, the workbook readers and
//! writers, the tables of the Japanese legacy encodings), so the navigator's own binary does
//! not hold them: it asks `career-nav-convert`, a second program built beside it (see
//! `crate::convert`). In one process (that program, and the tests) they are [`InProcess`].

use super::{CareerMap, LoadError};

/// Reads what the navigator's binary does not read itself.
pub trait Formats {
    /// A workbook's map, checked as a map file is (errors name sheets and cells).
    fn workbook(&self, bytes: &[u8], file: &str) -> Result<CareerMap, LoadError>;
    /// Text in Shift_JIS (CP932) as UTF-8; `Ok(None)` when the bytes are not Shift_JIS either.
    /// `Err` when it cannot be told (the converter is missing or failed): what to say.
    fn shift_jis(&self, bytes: &[u8], file: &str) -> Result<Option<String>, LoadError>;
}

/// The formats read in this process, with the libraries linked in.
pub struct InProcess;

impl Formats for InProcess {
    fn workbook(&self, bytes: &[u8], file: &str) -> Result<CareerMap, LoadError> {
        super::xlsx::read(bytes, file)
    }

    fn shift_jis(&self, bytes: &[u8], _file: &str) -> Result<Option<String>, LoadError> {
        Ok(encoding_rs::SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|t| t.into_owned()))
    }
}
