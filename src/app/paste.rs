//! A paste: text that arrives as one event (bracketed paste), taken as typed text where text
//! is typed (a note being edited, the search box) and ignored elsewhere, so that pasted
//! letters never act as keys.

use super::{App, Overlay};

/// The largest paste taken (bytes): a note is not a place for a whole file, and the record
/// must stay well within what is read back (see [`crate::capped::RECORD_LIMIT`]).
pub const PASTE_LIMIT: usize = 1024 * 1024;

impl App {
    /// Take pasted `text` as typed text, cleaned as typed text is: line breaks are kept in a
    /// note (CR LF and CR become LF) and folded to spaces in the one-line search box; control
    /// and invisible characters are dropped. Elsewhere a paste does nothing.
    pub fn paste(&mut self, text: &str) {
        if self.presentation().is_some() || self.help().is_some() {
            return;
        }
        if text.len() > PASTE_LIMIT && (self.editing().is_some() || self.search().is_some()) {
            self.message = Some(
                crate::words::Msg::PasteTooLong {
                    kb: text.len() / 1024,
                    limit: PASTE_LIMIT / 1024,
                }
                .text(self.lang),
            );
            return;
        }
        if self.editing().is_some() {
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            let clean: Vec<String> = text.split('\n').map(crate::model::sanitize).collect();
            self.edit_paste(&clean.join("\n"));
        } else if self.search().is_some() {
            let clean = crate::model::sanitize(text);
            if clean.is_empty() {
                return;
            }
            let Some(Overlay::Search(s)) = &mut self.overlay else {
                return;
            };
            let hits = std::mem::take(&mut s.hits);
            s.shorter.push((s.query.clone(), hits, s.matched.clone()));
            s.query.push_str(&clean);
            let (query, matched) = (s.query.clone(), s.matched.clone());
            let found = self.index().search_narrowing(&query, &matched);
            if let Some(Overlay::Search(s)) = &mut self.overlay {
                (s.hits, s.matched) = found;
                s.selected = 0;
                s.list.offset = 0;
            }
        }
    }
}
