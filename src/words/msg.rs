//! Sentences with parameters.

/// A sentence of the program's own, with what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    HelpTitle { close: String },
}

impl Msg {
    /// One example of every message (for tests over the tables).
    pub fn examples() -> Vec<Msg> {
        vec![Msg::HelpTitle {
            close: "Esc".into(),
        }]
    }
}
