//! Guest mode (`career-nav --guest`) for a shared screen: no standing (現在地), no record,
//! nothing written. The event loop is given a store that saves nothing; here the app
//! refuses what would show or change a record.

use super::{App, Context};
use crate::keymap::Action;
use crate::record::Record;

/// What the reader is told when a key would need a standing or a record.
pub const GUEST_NOTICE: &str = "ゲストモード：あなたの職位と記録は表示せず、何も保存しません（自分の記録は --guest なしで開く）。";

impl App {
    /// Turn guest mode on: forget any standing and record, and close the picker.
    pub fn start_guest(&mut self) {
        self.guest = true;
        self.standing = None;
        self.record = Record::default();
        self.record_read_only = Some(crate::words::labels(self.lang).guest_notice.into());
        if self.picker().is_some() {
            self.mode = super::Mode::Browsing;
        }
        self.effects.clear();
    }

    /// Whether guest mode refuses `action` in `context`: choosing a standing, and every key
    /// of the record screen but those that leave it.
    pub(crate) fn guest_refuses(&self, context: Context, action: Action) -> bool {
        if !self.guest {
            return false;
        }
        match (context, action) {
            (_, Action::ChangeStanding | Action::Export) => true,
            (Context::PickGrade | Context::PickYear | Context::Record | Context::Edit, a) => {
                !matches!(
                    a,
                    Action::NextTab
                        | Action::PrevTab
                        | Action::GoTab(_)
                        | Action::Help
                        | Action::Quit
                        | Action::Search
                        | Action::Present
                )
            }
            _ => false,
        }
    }
}
