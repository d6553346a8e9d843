//! The command line: the TUI by default, `show` for a printable walk, `check` for map authors.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::{App, MAX_YEAR};
use crate::content::{self, Standing};
use crate::model::{self, CareerMap, LoadError};
use crate::render_text::{self, Format};
use crate::store::Store;
use crate::ui::Theme;
use crate::ui::theme::ThemeName;

#[derive(Debug, Parser)]
#[command(
    name = "career-nav",
    version,
    about = "Walk a career development map (人材育成マップ) in the terminal",
    long_about = "Walk Hamamatsu City's career development map (人材育成マップ): pick your grade \
                  and year of service, then see at every step from 1級 to 部長 the role expected \
                  of you, the training open to you, your OJT role and your appraisal role.\n\n\
                  Without a subcommand, opens the interactive navigator."
)]
pub struct Cli {
    /// Load the map from this RON file instead of the embedded default.
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Start at this grade: any title of a step or specialist tier (1級, 施設の長, 主幹, ...).
    #[arg(long, value_name = "TITLE")]
    pub grade: Option<String>,

    /// Year of service (入庁N年目), 1 to 45.
    #[arg(long, value_name = "N", value_parser = parse_year)]
    pub year: Option<u8>,

    /// Colours: default, high-contrast (the 16 ANSI colours only) or mono (no colour).
    /// Without it: mono when NO_COLOR is set, else the saved setting (config.ron), else default.
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeName>,

    /// Plain text for screen readers: numbered menus read line by line from standard input,
    /// no box drawing. Chosen automatically when TERM=dumb.
    #[arg(long, global = true)]
    pub plain: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print without a terminal UI (for screen readers, pipes and handouts): the walk from
    /// a grade to the top, or the overview, the catalog, a comparison, the glossary.
    #[command(group = clap::ArgGroup::new("what").required(true))]
    Show {
        /// Where you stand: any title of a step or specialist tier. Prints the walk from
        /// there to the top.
        #[arg(long, value_name = "TITLE", group = "what")]
        grade: Option<String>,
        /// Year of service (入庁N年目), 1 to 45: marks your year's training.
        #[arg(long, value_name = "N", value_parser = parse_year)]
        year: Option<u8>,
        /// Page 1: the vision, the measures ①–⑩ with their 方針, the initiatives.
        #[arg(long, group = "what")]
        overview: bool,
        /// Every training with its measure, organiser, audience and where it applies.
        #[arg(long, group = "what")]
        catalog: bool,
        /// Two grades side by side, and what changes between them.
        #[arg(long, num_args = 2, value_names = ["A", "B"], group = "what")]
        compare: Option<Vec<String>>,
        /// The glossary (the program's explanations of terms the document uses).
        #[arg(long, group = "what")]
        glossary: bool,
        /// The whole map as one printable handout: the overview, every step, every block
        /// open to all, the glossary.
        #[arg(long, group = "what")]
        all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write the interview sheet (面談シート) for the 育成面談 from your saved record: where you
    /// stand, the self-check, training done and planned, the next step, notes and questions.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Write to this file instead of standard output (`-` is standard output). An
        /// existing file is not replaced without --force; a symbolic link never is; a FIFO or
        /// a device is written into.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the file given with -o if it exists (never a read-only file or a link).
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Presentation mode for workshops: one slide per screen, ←/→ to step, 1–9 for chapters.
    /// Shows the map only, never anyone's saved record.
    Present,
    /// Print the embedded map (RON): the starting point for another organisation's map.
    DumpDefault,
    /// What changed between two editions of a map: steps, expectations, trainings,
    /// measures added, removed, changed.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Validate a map file (the embedded map without PATH): a summary and exit 0 if valid,
    /// the errors and exit 1 if not.
    Check {
        /// The map file to check (default: --data, or the embedded map).
        path: Option<PathBuf>,
        /// The language of the messages: en or ja.
        #[arg(long, value_enum, default_value_t = model::Lang::En)]
        lang: model::Lang,
    },
}

/// A year of service, 1 to 45; full-width digits (３) are accepted as an input method types them.
fn parse_year(s: &str) -> Result<u8, String> {
    let folded = crate::model::normalize_title(s);
    match folded.parse::<u8>() {
        Ok(y) if (1..=MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(format!(
            "a year of service from 1 to {MAX_YEAR} (入庁N年目)"
        )),
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    run(cli)
}

fn load(path: Option<&Path>) -> Result<CareerMap, LoadError> {
    match path {
        Some(p) => model::load_file(p),
        None => model::load_embedded(),
    }
}

/// Resolve `--grade`, or say which titles exist.
fn standing(map: &CareerMap, grade: &str, year: Option<u8>) -> Result<Standing, String> {
    match map.resolve_title(grade) {
        Some(m) => Ok(Standing {
            place: m.place,
            title: m.title,
            year,
        }),
        None => {
            let titles: Vec<String> = map.all_titles().into_iter().map(|(t, _)| t).collect();
            let g = model::sanitize(grade);
            Err(format!(
                "career-nav: unknown grade \"{g}\" (職位「{g}」はこの地図にありません)\n\
                 accepted grades (選べる職位): {}",
                titles.join(", ")
            ))
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { path, lang }) => check(path.as_deref().or(cli.data.as_deref()), lang),
        Some(Command::Show {
            grade,
            year,
            overview,
            catalog,
            compare,
            glossary,
            all,
            format,
        }) => {
            let map = match load(cli.data.as_deref()) {
                Ok(m) => m,
                Err(e) => return fail(&e.to_string()),
            };
            if year.is_some() && grade.is_none() {
                return fail("career-nav: --year goes with --grade");
            }
            let items = if all {
                content::handout(&map)
            } else if overview {
                content::overview(&map)
            } else if catalog {
                content::catalog(&map)
            } else if glossary {
                content::glossary(&map)
            } else if let Some(pair) = compare {
                let (a, b) = match (
                    standing(&map, &pair[0], None),
                    standing(&map, &pair[1], None),
                ) {
                    (Ok(a), Ok(b)) => (a.place, b.place),
                    (Err(e), _) | (_, Err(e)) => return fail(&e),
                };
                content::compare_document(&map, a, b)
            } else {
                let grade = grade.unwrap_or_default();
                match standing(&map, &grade, year) {
                    Ok(s) => content::walk(&map, &s),
                    Err(e) => return fail(&e),
                }
            };
            print(&render_text::render(&items, format))
        }
        Some(Command::Export {
            format,
            output,
            force,
        }) => export(cli.data.as_deref(), format, output.as_deref(), force),
        Some(Command::Present) => present(cli),
        Some(Command::DumpDefault) => print(model::EMBEDDED_MAP),
        Some(Command::Diff { old, new, format }) => {
            let (a, b) = match (model::load_file(&old), model::load_file(&new)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(e), _) | (_, Err(e)) => {
                    say(&e.to_string());
                    return ExitCode::from(1);
                }
            };
            let d = model::diff(&a, &b);
            // File names are text from outside: cleaned like map text before they are shown.
            let items =
                content::diff_items(&d, &crate::export::shown(&old), &crate::export::shown(&new));
            print(&render_text::render(&items, format))
        }
        None => tui(cli),
    }
}

fn tui(cli: Cli) -> ExitCode {
    let map = match load(cli.data.as_deref()) {
        Ok(m) => m,
        Err(e) => return fail(&e.to_string()),
    };
    let standing = match cli.grade.as_deref() {
        Some(g) => match standing(&map, g, cli.year) {
            Ok(s) => Some(s),
            Err(e) => return fail(&e),
        },
        None => None,
    };
    if cli.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return plain(&map, standing);
    }
    // A wrong settings or keys file is said before anything else.
    let (theme, keymap) = match settings(cli.theme) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return fail(
            "career-nav: the navigator needs a terminal (standard input and output are not one).\n\
             For lines of text read from standard input, use:  career-nav --plain\n\
             To print the map instead, use:  career-nav show --grade 1級 [--year N] [--format markdown]",
        );
    }
    let opened = Store::open_default();
    let mut app = App::new(map, None);
    app.keymap = keymap;
    app.record = opened.record.sanitized();
    app.record_read_only = opened.store.read_only_reason().map(str::to_string);
    let mut notices = opened.notices;
    match standing {
        // A grade without a year opens the picker at the year question.
        Some(s) if s.year.is_none() => {
            app.picker.grade = app
                .titles
                .iter()
                .position(|(t, _)| *t == s.title)
                .unwrap_or(0);
            app.picker.stage = crate::app::PickerStage::Year;
        }
        Some(s) => app.stand_for_this_run(s),
        None => {
            // Open where the reader stood last time.
            notices.extend(app.restore_profile());
            if let Some(y) = cli.year {
                app.picker.year = y;
            }
        }
    }
    if !notices.is_empty() {
        app.message = Some(notices.join(" "));
    }
    match crate::tui::run(app, theme, opened.store) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("career-nav: terminal error: {e}")),
    }
}

/// Plain mode: numbered menus on standard input and output, for screen readers and pipes.
/// The record is read (for the interview sheet), never written: nothing on disk changes.
fn plain(map: &CareerMap, standing: Option<Standing>) -> ExitCode {
    let opened = Store::read_default();
    let record = opened.record.sanitized();
    let standing = standing.or_else(|| {
        record.profile.as_ref().and_then(|p| {
            map.resolve_title(&p.title).map(|m| Standing {
                place: m.place,
                title: m.title,
                year: Some(p.year),
            })
        })
    });
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut output = std::io::stdout().lock();
    match crate::plain::run(map, standing, Some(&record), &mut input, &mut output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("career-nav: {e}")),
    }
}

/// The theme and keymap in force, from `--theme`, NO_COLOR and the config directory.
fn settings(flag: Option<ThemeName>) -> Result<(Theme, crate::keymap::Keymap), String> {
    let dir = crate::config::config_dir();
    let saved = crate::config::load_settings(dir.as_deref())?;
    let name = Theme::choose(flag, std::env::var_os("NO_COLOR").as_deref(), saved.theme);
    let keymap = crate::config::load_keymap(dir.as_deref())?;
    Ok((Theme::named(name), keymap))
}

/// `present`: presentation mode on its own, with no record opened at all.
fn present(cli: Cli) -> ExitCode {
    let map = match load(cli.data.as_deref()) {
        Ok(m) => m,
        Err(e) => return fail(&e.to_string()),
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return fail(
            "career-nav: presentation mode needs a terminal.\n\
             For a printable handout instead, use:  career-nav show --all --format markdown",
        );
    }
    let (theme, keymap) = match settings(cli.theme) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    let mut app = App::new(map, None);
    app.keymap = keymap;
    app.start_presentation(false);
    match crate::tui::run(app, theme, Store::memory()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("career-nav: terminal error: {e}")),
    }
}

/// `export`: the interview sheet from the saved record.
/// It only reads: the record is not moved, no folder or lock file is created.
fn export(data: Option<&Path>, format: Format, output: Option<&Path>, force: bool) -> ExitCode {
    let map = match load(data) {
        Ok(m) => m,
        Err(e) => return fail(&e.to_string()),
    };
    let opened = Store::read_default();
    let record = opened.record.sanitized();
    for n in &opened.notices {
        say(&format!("career-nav: {n}"));
    }
    let standing = record.profile.as_ref().and_then(|p| {
        map.resolve_title(&p.title).map(|m| Standing {
            place: m.place,
            title: m.title,
            year: Some(p.year),
        })
    });
    let sheet = content::interview_sheet(&map, &record, standing.as_ref(), &crate::record::today());
    let text = render_text::render(&sheet, format);
    match output {
        Some(path) if path.as_os_str() != "-" => {
            match crate::export::write_to(path, &text, force) {
                Ok(()) => {
                    say(&format!("career-nav: wrote {}", crate::export::shown(path)));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!(
                    "career-nav: cannot write the sheet (面談シートを書き出せませんでした): {e}"
                )),
            }
        }
        _ => print(&text),
    }
}

fn check(path: Option<&Path>, lang: model::Lang) -> ExitCode {
    match load(path) {
        Ok(map) => {
            let name = path.map_or(model::EMBEDDED_NAME.to_string(), crate::export::shown);
            let counts = [
                map.steps.len(),
                map.specialist_tiers.len(),
                map.measures.len(),
                map.initiatives.len(),
                map.catalog().len(),
                map.blocks.len(),
            ];
            let (ok, labels) = match lang {
                model::Lang::En => (
                    "ok",
                    [
                        "steps",
                        "specialist tiers",
                        "measures",
                        "initiatives",
                        "trainings",
                        "blocks",
                    ],
                ),
                model::Lang::Ja => (
                    "問題なし",
                    [
                        "職位",
                        "スタッフ職",
                        "施策",
                        "取組",
                        "研修",
                        "研修のまとまり",
                    ],
                ),
            };
            let parts: Vec<String> = match lang {
                model::Lang::En => counts
                    .iter()
                    .zip(labels)
                    .map(|(n, l)| format!("{n} {l}"))
                    .collect(),
                model::Lang::Ja => counts
                    .iter()
                    .zip(labels)
                    .map(|(n, l)| format!("{l} {n}"))
                    .collect(),
            };
            let sep = if lang == model::Lang::Ja { "、" } else { ", " };
            let summary = format!("{ok} — {}", parts.join(sep));
            print(&format!("{name}: {summary}\n"))
        }
        Err(e) => {
            say(&e.render(lang));
            ExitCode::from(1)
        }
    }
}

fn fail(message: &str) -> ExitCode {
    say(message);
    ExitCode::from(2)
}

/// A line to stderr. Unlike `eprintln!`, never a panic: a closed pipe or a full disk on
/// stderr leaves the exit status to say what happened.
fn say(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{message}").and_then(|()| err.flush());
}

/// Print to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print(s: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            fail(&format!("career-nav: cannot write output: {e}"));
            ExitCode::from(1)
        }
    }
}
