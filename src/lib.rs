//! career-nav: walk a career development map (人材育成マップ) in the terminal.
//!
//! One navigator with several faces:
//! - [`model`]: the map as data (serde types, loading, validation, data derived once, typed
//!   indices into its lists); knows nothing of screens.
//! - [`app`]: the core. [`app::App`] owns the state (the mode, the overlay, each screen's
//!   view) and every rule: places and their neighbours, the compare pair, search hit → place,
//!   the saved profile → the standing, every record edit, and what the reader can do next
//!   ([`app::App::offers`]). No terminal, no drawing.
//! - [`keymap`]: the one key table; input, the help, the hint bar and every key named on
//!   screen read it.
//! - [`screens`]: one module per screen, its key handling and its drawing together (the
//!   ladder, the picker, the overview, the catalog, compare, the glossary, the record, search,
//!   help, the 原文 view, presentation); shared widgets in `page`, `list`, `pane`, `text`,
//!   `theme`. Drawing reads the core and reports what it showed ([`app::Extents`]).
//! - The faces: [`tui`] (the terminal event loop, [`term`] its backend), [`plain`] (the
//!   core's offers as numbered menus, for screen readers and pipes), presentation (a mode of the core, drawn by
//!   [`screens`]); [`content`], [`render_text`] and [`handout`] say the same things as text,
//!   Markdown and HTML for `show` and `export`.
//! - The reader's record: [`record`] (the data), [`store`] (saving it safely, keeping fields
//!   a newer version wrote: [`ron_fields`]), [`export`].
//! - The program's words, one table per language (Japanese first, English by the locale or
//!   `--lang en`): [`words`] (screens, `show`, the sheet), [`file_messages`] (the record and
//!   files), `model::messages` (map errors), [`settings_messages`], [`args`]; plain mode's
//!   in `plain::words`.
//! - [`cli`] runs the commands; [`args`] reads the command line (its help and errors in the
//!   reader's language).

pub mod app;
pub mod args;
pub mod capped;
pub mod cli;
pub mod config;
pub mod content;
pub mod convert;
pub mod edition;
pub mod export;
pub mod file_messages;
pub mod handout;
pub mod keymap;
pub mod model;
pub mod plain;
pub mod record;
pub mod render_text;
pub mod ron_fields;
pub mod screens;
pub mod search;
pub mod settings_messages;
pub mod store;
pub mod term;
pub mod tui;
pub mod words;
pub mod wrap;
