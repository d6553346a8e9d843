//! career-nav: walk a career development map (人材育成マップ) in the terminal.
//!
//! - [`model`]: the map as data (serde types, loading, validation); knows nothing of screens.
//! - [`content`]: what is said about each place, shared by the TUI and `show`.
//! - [`app`] and [`keymap`]: state, actions and the one key table; plain Rust.
//! - [`ui`]: drawing, one file per screen. [`tui`]: the terminal event loop.
//! - [`cli`]: the command line.

pub mod app;
pub mod capped;
pub mod cli;
pub mod cli_help;
pub mod config;
pub mod content;
pub mod edition;
pub mod export;
pub mod handout;
pub mod keymap;
pub mod model;
pub mod plain;
pub mod record;
pub mod render_text;
pub mod ron_fields;
pub mod search;
pub mod settings_messages;
pub mod store;
pub mod term;
pub mod tui;
pub mod ui;
pub mod wrap;
