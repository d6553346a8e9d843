//! The command line: the TUI by default, `show` for a printable walk, `check` for map authors.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::app::App;
use crate::args::Parsed;
pub use crate::args::{Cli, Command, MapFormat};
use crate::content::{self, Standing};
use crate::file_messages::FileMsg;
use crate::model::{self, CareerMap, LoadError};
use crate::render_text::Format;
use crate::screens::Theme;
use crate::screens::theme::ThemeName;
use crate::store::Store;

/// The minimal map `template` writes (beside the embedded map's text, apart from the data a
/// start reads).
pub static TEMPLATE: &str = match std::str::from_utf8(&TEMPLATE_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("data/template.ron is not UTF-8"),
};
#[cfg_attr(target_os = "linux", unsafe(link_section = "career_nav_cold"))]
static TEMPLATE_BYTES: [u8; include_bytes!("../data/template.ron").len()] =
    *include_bytes!("../data/template.ron");

pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The command line speaks the reader's language: help and errors in Japanese unless
    // `--lang en` or an English locale says otherwise.
    let lang = crate::args::lang_of(&args);
    match crate::args::parse(&args) {
        Ok(Parsed::Run(cli)) => run(cli),
        Ok(Parsed::Help(command)) => {
            // Broken between phrases at a terminal's width; a pipe gets whole lines.
            let width = std::io::stdout()
                .is_terminal()
                .then(|| crossterm::terminal::size().ok())
                .flatten()
                .map(|(w, _)| usize::from(w).clamp(40, 100));
            print(&crate::args::help(command, lang, width))
        }
        Ok(Parsed::Version) => print(&format!("career-nav {}\n", env!("CARGO_PKG_VERSION"))),
        Err(e) => {
            say(e.render(lang).trim_end());
            ExitCode::from(2)
        }
    }
}

/// Load a map; notes for its author (a converted encoding) go to standard error.
fn load_noted(path: Option<&Path>, lang: model::Lang) -> Result<CareerMap, LoadError> {
    match path {
        Some(p) => read_noted(p, lang).map(|f| f.map),
        None => model::load_embedded(),
    }
}

/// A map file read (workbooks and Shift_JIS by `career-nav-convert`); notes for its author
/// go to standard error.
fn read_noted(path: &Path, lang: model::Lang) -> Result<model::FromFile, LoadError> {
    let read = model::read_file_in(path, &crate::convert::Helper { lang })?;
    for n in &read.notes {
        eprintln!(
            "{}: {}",
            model::sanitize(&path.display().to_string()),
            n.render(lang)
        );
    }
    Ok(read)
}

/// Resolve `--grade`, or say which titles exist.
fn standing(
    map: &CareerMap,
    grade: &str,
    year: Option<u8>,
    lang: model::Lang,
) -> Result<Standing, String> {
    match map.resolve_title(grade) {
        Some(m) => Ok(Standing {
            place: m.place,
            title: m.title,
            year,
        }),
        None => {
            let titles: Vec<String> = map.all_titles().into_iter().map(|(t, _)| t).collect();
            let g = model::sanitize(grade);
            Err(match lang {
                model::Lang::Ja => format!(
                    "career-nav: 職位「{g}」はこの地図にありません。\n選べる職位：{}",
                    titles.join("、")
                ),
                model::Lang::En => format!(
                    "career-nav: unknown grade \"{g}\"\naccepted grades: {}",
                    titles.join(", ")
                ),
            })
        }
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let lang = crate::config::lang(cli.lang);
    match cli.command {
        Some(Command::Check { path }) => check(path.as_deref().or(cli.data.as_deref()), lang),
        Some(Command::Config) => config(&cli),
        Some(Command::Show(shown)) => show(cli.data.as_deref(), cli.lang, shown, lang),
        Some(Command::Export {
            format,
            output,
            force,
        }) => export(cli.data.as_deref(), format, output.as_deref(), force, lang),
        Some(Command::Present { ref from }) => {
            let from = from.clone();
            present(cli, from.as_deref())
        }
        Some(Command::DumpDefault {
            format,
            output,
            force,
        }) => dump(cli.data.as_deref(), format, output.as_deref(), force, lang),
        Some(Command::Template {
            format,
            output,
            force,
        }) => write_map(TEMPLATE, format, output.as_deref(), force, lang),
        Some(Command::Diff { old, new, format }) => diff(&old, &new, format, lang),
        None => tui(cli),
    }
}

/// `show`: the walk, a screen's text or a handout, printed. Never inlined into [`run`]: the
/// navigator's start-up runs `run`, and the commands it does not run are kept out of the
/// code a start pages in.
#[inline(never)]
fn show(
    data: Option<&Path>,
    flag_lang: Option<model::Lang>,
    shown: crate::args::Show,
    lang: model::Lang,
) -> ExitCode {
    let crate::args::Show {
        grade,
        year,
        overview,
        catalog,
        compare,
        glossary,
        all,
        source,
        format,
    } = shown;
    let load = |path: Option<&Path>| load_noted(path, lang);
    let fail_load = |e: LoadError| fail(&e.render(lang));
    let map = match load(data) {
        Ok(m) => m,
        Err(e) => return fail_load(e),
    };
    if year.is_some() && grade.is_none() {
        return fail(tr(
            lang,
            "career-nav: --year は --grade と一緒に使います。",
            "career-nav: --year goes with --grade",
        ));
    }
    if all {
        let h = content::handout_in(&map, source, lang);
        return print(&match format {
            Format::Text => crate::handout::text(&h),
            Format::Markdown => crate::handout::markdown(&h),
            Format::Html => crate::handout::html(&h),
        });
    }
    if format == Format::Html
        && let Some(g) = &grade
    {
        return match standing(&map, g, year, crate::config::lang(flag_lang)) {
            Ok(s) => print(&crate::handout::html(&content::grade_handout_in(
                &map, &s, lang,
            ))),
            Err(e) => fail(&e),
        };
    }
    let items = if overview {
        content::overview_in(&map, lang)
    } else if catalog {
        content::catalog_in(&map, lang)
    } else if glossary {
        content::glossary_in(&map, lang)
    } else if let Some(pair) = compare {
        let (a, b) = match (
            standing(&map, &pair[0], None, crate::config::lang(flag_lang)),
            standing(&map, &pair[1], None, crate::config::lang(flag_lang)),
        ) {
            (Ok(a), Ok(b)) => (a.place, b.place),
            (Err(e), _) | (_, Err(e)) => return fail(&e),
        };
        content::compare_document_in(&map, a, b, lang)
    } else {
        let grade = grade.unwrap_or_default();
        match standing(&map, &grade, year, crate::config::lang(flag_lang)) {
            Ok(s) => content::walk_in(&map, &s, lang),
            Err(e) => return fail(&e),
        }
    };
    let items = if all {
        items
    } else if source {
        content::full_in(&items, lang)
    } else {
        content::quiet_in(&items, crate::words::labels(lang).show_notes_hint, lang)
    };
    print(&crate::handout::render_in(&items, format, lang))
}

/// `diff`: what changed between two maps (like diff(1): 1 when they differ).
#[inline(never)]
fn diff(old: &Path, new: &Path, format: Format, lang: model::Lang) -> ExitCode {
    let load = |path: Option<&Path>| load_noted(path, lang);
    let fail_load = |e: LoadError| fail(&e.render(lang));
    let (a, b) = match (load(Some(old)), load(Some(new))) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return fail_load(e),
    };
    let d = model::diff(&a, &b);
    // File names are text from outside: cleaned like map text before they are shown.
    let items = content::diff_items_in(
        &d,
        &crate::export::shown(old),
        &crate::export::shown(new),
        lang,
    );
    match print(&crate::handout::render_in(&items, format, lang)) {
        // Like diff(1): 0 when the maps are the same, 1 when they differ.
        c if c == ExitCode::SUCCESS && !d.is_empty() => ExitCode::from(1),
        c => c,
    }
}

fn tui(cli: Cli) -> ExitCode {
    let lang = crate::config::lang(cli.lang);
    let map = match load_noted(cli.data.as_deref(), lang) {
        Ok(m) => m,
        Err(e) => return fail(&e.render(lang)),
    };
    let standing = match cli.grade.as_deref() {
        Some(g) => match standing(&map, g, cli.year, crate::config::lang(cli.lang)) {
            Ok(s) => Some(s),
            Err(e) => return fail(&e),
        },
        None => None,
    };
    if cli.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return plain(map, standing, cli.year, cli.guest, lang);
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return fail(tr(
            crate::config::lang(cli.lang),
            "career-nav: 対話式の画面には端末が必要です（標準入力と標準出力が端末ではありません）。\n\
             標準入力から一行ずつ読み書きするには：career-nav --plain\n\
             地図を印刷するには：career-nav show --grade 職位 [--year N] [--format markdown]",
            "career-nav: the navigator needs a terminal (standard input and output are not one).\n\
             For lines of text read from standard input, use:  career-nav --plain\n\
             To print the map instead, use:  career-nav show --grade TITLE [--year N] [--format markdown]",
        ));
    }
    // A wrong settings or keys file never stops the navigator: the defaults stand in and
    // the reader is told on screen, and again on standard error after the navigator ends.
    let (theme, keymap, loaded) = settings(cli.theme);
    let lang = crate::config::lang(cli.lang);
    if cli.guest {
        // No record is opened at all: nothing is read, locked or written.
        let mut app = App::new(map, None);
        app.keymap = keymap;
        app.lang = lang;
        app.start_guest();
        return match crate::tui::run(app, theme, Store::memory()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => terminal_error(&e),
        };
    }
    let (mut app, store, more, edition) = open_navigator(map, standing, cli.year, lang);
    app.keymap = keymap;
    let mut notices = loaded.notices(lang);
    notices.extend(more);
    // A new edition of the map: said once, in full, before the navigator takes the screen.
    if let Some(items) = edition {
        let mut out = std::io::stdout();
        // Broken between phrases at the terminal's width, as plain mode prints a page (the
        // terminal's own wrapping put a 。 alone at the start of a line).
        let width = crossterm::terminal::size()
            .ok()
            .map(|(c, _)| usize::from(c));
        let text = format!(
            "{}\n{}",
            crate::edition::text_in(&items, lang),
            crate::words::labels(lang).edition_enter
        );
        let _ = write!(out, "{}", crate::plain::fitted(&text, width).join("\n"));
        let _ = out.flush();
        let _ = std::io::stdin().read_line(&mut String::new());
        notices.insert(0, crate::edition::summary_in(&items, lang));
    }
    if !notices.is_empty() {
        app.message = Some(notices.join(" "));
    }
    let result = crate::tui::run(app, theme, store);
    for e in loaded.errors(lang) {
        eprintln!("{e}");
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => terminal_error(&e),
    }
}

/// Lines in a terminal are broken between phrases at its width; a pipe gets whole lines.
fn plain_width() -> crate::plain::Width {
    if std::io::stdout().is_terminal() {
        crate::plain::Width::Terminal
    } else {
        crate::plain::Width::Unbroken
    }
}

/// Plain mode: numbered menus on standard input and output, for screen readers and pipes.
/// The same navigator as the TUI, with the same record (none at all for a guest).
#[inline(never)]
fn plain(
    map: CareerMap,
    standing: Option<Standing>,
    year: Option<u8>,
    guest: bool,
    lang: model::Lang,
) -> ExitCode {
    if guest {
        // No record is opened at all: nothing is read, locked or written.
        let mut app = App::new(map, None);
        app.lang = lang;
        app.start_guest();
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut output = std::io::stdout().lock();
        let width = plain_width();
        return match crate::plain::run_at(
            &mut app,
            &mut Store::memory(),
            &mut input,
            &mut output,
            width,
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => fail(&format!("career-nav: {e}")),
        };
    }
    // Plain mode has no picker to ask for a missing year: a grade alone is stood at as given.
    let (with_year, without) = match standing {
        Some(s) if s.year.is_none() => (None, Some(s)),
        s => (s, None),
    };
    let (mut app, mut store, mut notices, edition) = open_navigator(map, with_year, year, lang);
    if let Some(s) = without {
        app.stand(s);
    }
    // A new edition of the map: said once, in full, before the menu.
    if let Some(items) = edition {
        notices.insert(0, crate::edition::text(&items));
    }
    if !notices.is_empty() {
        app.message = Some(notices.join("\n"));
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut output = std::io::stdout().lock();
    match crate::plain::run_at(&mut app, &mut store, &mut input, &mut output, plain_width()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("career-nav: {e}")),
    }
}

/// The navigator on the saved record, as every face opens it: the store, where the reader
/// stands (given for this run, or the saved profile), the notices to show (a record moved
/// aside, a title the map no longer has), and what changed if the map is a new edition
/// since the reader last opened it (remembered at once). The store's messages are said in
/// `lang`.
fn open_navigator(
    map: CareerMap,
    standing: Option<Standing>,
    year: Option<u8>,
    lang: model::Lang,
) -> (App, Store, Vec<String>, Option<Vec<content::Item>>) {
    let opened = Store::open_default();
    let read_only = opened.store.read_only_reason().map(|m| m.render(lang));
    let (mut app, more) = App::start_in(
        lang,
        map,
        opened.record.sanitized(),
        read_only,
        standing,
        year,
    );
    // What the record holds that the map does not: kept, and said (never shown as valid).
    let not_in_map = FileMsg::NotInMap {
        checks: app.record.unknown_checks(&app.map).len(),
        trainings: app.record.unknown_trainings(&app.map).len(),
    };
    let notices: Vec<String> = opened
        .notices
        .iter()
        .chain(Some(&not_in_map).filter(|_| {
            not_in_map
                != FileMsg::NotInMap {
                    checks: 0,
                    trainings: 0,
                }
        }))
        .map(|m| m.render(lang))
        .chain(more)
        .collect();
    let mut store = opened.store;
    let edition = new_edition(
        &mut app.record,
        &app.map,
        app.standing.as_ref(),
        &mut store,
        lang,
    );
    (app, store, notices, edition)
}

/// Remember the map's edition in the record (saved when it changed and the record can be
/// written), and the notice of a new edition if there is one.
fn new_edition(
    record: &mut crate::record::Record,
    map: &CareerMap,
    standing: Option<&Standing>,
    store: &mut Store,
    lang: model::Lang,
) -> Option<Vec<content::Item>> {
    let before = record.seen_edition.clone();
    let items = crate::edition::check_in(record, map, standing.map(|s| s.place), lang, || {
        store.edition_snapshot()
    });
    if record.seen_edition != before && store.writable() {
        // A record that cannot be saved now announces the edition again next time.
        let _ = store.save(record);
    }
    items
}

/// The theme and keymap in force, from `--theme`, NO_COLOR and the config directory, with
/// what was loaded (to report a wrong file).
fn settings(flag: Option<ThemeName>) -> (Theme, crate::keymap::Keymap, crate::config::Loaded) {
    let loaded = crate::config::load(crate::config::config_dir().as_deref());
    let (name, _) = loaded.theme(flag, std::env::var_os("NO_COLOR").as_deref());
    (Theme::named(name), loaded.keymap.clone(), loaded)
}

/// `config`: where the settings files are looked for, what they changed, what is in force.
#[inline(never)]
fn config(cli: &Cli) -> ExitCode {
    let loaded = crate::config::load(crate::config::config_dir().as_deref());
    let (text, ok) = loaded.report(
        cli.theme,
        std::env::var_os("NO_COLOR").as_deref(),
        crate::config::lang(cli.lang),
    );
    match print(&text) {
        c if c != ExitCode::SUCCESS => c,
        _ if ok => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// `present`: presentation mode on its own, with no record opened at all.
#[inline(never)]
fn present(cli: Cli, from: Option<&str>) -> ExitCode {
    let lang = crate::config::lang(cli.lang);
    let map = match load_noted(cli.data.as_deref(), lang) {
        Ok(m) => m,
        Err(e) => return fail(&e.render(lang)),
    };
    let from = match from.map(|g| standing(&map, g, None, crate::config::lang(cli.lang))) {
        Some(Ok(s)) => Some(s.place),
        Some(Err(e)) => return fail(&e),
        None => None,
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return fail(tr(
            crate::config::lang(cli.lang),
            "career-nav: プレゼンテーションには端末が必要です。\n\
             印刷する配布資料は:  career-nav show --all --format html",
            "career-nav: presentation mode needs a terminal.\n\
             For a printable handout instead, use:  career-nav show --all --format html",
        ));
    }
    let (theme, keymap, loaded) = settings(cli.theme);
    let lang = crate::config::lang(cli.lang);
    let mut app = App::new(map, None);
    app.keymap = keymap;
    app.lang = lang;
    app.start_presentation(false);
    if let Some(place) = from {
        app.present_from(place);
    }
    let notices = loaded.notices(lang);
    if !notices.is_empty() {
        app.message = Some(notices.join(" "));
    }
    let result = crate::tui::run(app, theme, Store::memory());
    for e in loaded.errors(lang) {
        eprintln!("{e}");
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => terminal_error(&e),
    }
}

/// `export`: the interview sheet from the saved record.
/// It only reads: the record is not moved, no folder or lock file is created.
#[inline(never)]
fn export(
    data: Option<&Path>,
    format: Format,
    output: Option<&Path>,
    force: bool,
    lang: model::Lang,
) -> ExitCode {
    let map = match load_noted(data, lang) {
        Ok(m) => m,
        Err(e) => return fail(&e.render(lang)),
    };
    let opened = Store::read_default();
    let record = opened.record.sanitized();
    for n in &opened.notices {
        say(&format!("career-nav: {}", n.render(lang)));
    }
    let standing = record.profile.as_ref().and_then(|p| {
        map.resolve_title(&p.title).map(|m| Standing {
            place: m.place,
            title: m.title,
            year: Some(p.year),
        })
    });
    let sheet = content::interview_sheet_in(
        &map,
        &record,
        standing.as_ref(),
        &crate::record::today(),
        lang,
    );
    let text = crate::handout::render_in(&sheet, format, lang);
    match output {
        Some(path) if path.as_os_str() != "-" => {
            match crate::export::write_to(path, &text, force) {
                Ok(()) => {
                    let written = FileMsg::SheetWritten {
                        path: crate::export::shown(path),
                    };
                    say(&format!("career-nav: {}", written.render(lang)));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&format!(
                    "career-nav: {}",
                    FileMsg::SheetNotWritten(Box::new(e)).render(lang)
                )),
            }
        }
        _ => print_bytes_in(text.as_bytes(), lang),
    }
}

/// `dump-default`: the embedded map, or the `--data` map (never silently the embedded one
/// when `--data` is given), as RON or as a workbook.
#[inline(never)]
fn dump(
    data: Option<&Path>,
    format: MapFormat,
    output: Option<&Path>,
    force: bool,
    lang: model::Lang,
) -> ExitCode {
    let Some(path) = data else {
        return write_map(model::EMBEDDED_MAP, format, output, force, lang);
    };
    // A RON file is dumped as it is (comments kept); a workbook as the RON it reads as.
    let text = match read_noted(path, lang) {
        Ok(model::FromFile {
            text: Some(text), ..
        }) => text,
        Ok(model::FromFile { map, .. }) => match model::to_ron(&map) {
            Ok(t) => t,
            Err(e) => return fail(&format!("career-nav: {e}")),
        },
        Err(e) => return fail(&e.render(lang)),
    };
    write_map(&text, format, output, force, lang)
}

/// Write a map as RON (`text`) or as a workbook, to `output` or standard output.
#[inline(never)]
fn write_map(
    text: &str,
    format: MapFormat,
    output: Option<&Path>,
    force: bool,
    lang: model::Lang,
) -> ExitCode {
    let ja = lang == model::Lang::Ja;
    let bytes = match format {
        MapFormat::Ron => text.as_bytes().to_vec(),
        MapFormat::Xlsx => match (crate::convert::Helper { lang }).write_workbook(text) {
            Ok(b) => b,
            Err(sentence) => return fail(&format!("career-nav: {sentence}")),
        },
    };
    match output {
        // Never over a file without --force, never over a link; into a FIFO or a device.
        Some(path) => match crate::export::write_bytes_to(path, &bytes, force, false) {
            Ok(()) => {
                let name = model::sanitize(&path.display().to_string());
                if ja {
                    eprintln!("career-nav: {name} に書き出しました。");
                } else {
                    eprintln!("career-nav: wrote {name}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!(
                "career-nav: {}",
                FileMsg::MapNotWritten(Box::new(e)).render(lang)
            )),
        },
        None if format == MapFormat::Xlsx && std::io::stdout().is_terminal() => fail(if ja {
            "career-nav: ワークブックは文字ではないため、画面には出せません。-o 地図.xlsx でファイルに書き出してください。"
        } else {
            "career-nav: a workbook is not text: write it to a file with -o map.xlsx"
        }),
        None => print_bytes_in(&bytes, lang),
    }
}

#[inline(never)]
fn check(path: Option<&Path>, lang: model::Lang) -> ExitCode {
    // The embedded map with every check too (a start reads it without them).
    let loaded = match path {
        Some(_) => load_noted(path, lang),
        None => model::parse(model::EMBEDDED_MAP, model::EMBEDDED_NAME),
    };
    match loaded {
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

/// The terminal failed under the navigator.
fn terminal_error(e: &std::io::Error) -> ExitCode {
    let lang = crate::config::lang(None);
    fail(&format!(
        "career-nav: {}{e}",
        tr(lang, "端末の誤り：", "terminal error: ")
    ))
}

/// The sentence of `lang`.
fn tr<'a>(lang: model::Lang, ja: &'a str, en: &'a str) -> &'a str {
    match lang {
        model::Lang::Ja => ja,
        model::Lang::En => en,
    }
}

/// A line to stderr. Unlike `eprintln!`, never a panic: a closed pipe or a full disk on
/// stderr leaves the exit status to say what happened.
fn say(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{message}").and_then(|()| err.flush());
}

/// Print to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print(s: &str) -> ExitCode {
    print_bytes(s.as_bytes())
}

fn print_bytes(bytes: &[u8]) -> ExitCode {
    print_bytes_in(bytes, crate::config::lang(None))
}

/// [`print_bytes`], its error said in `lang`.
fn print_bytes_in(bytes: &[u8], lang: model::Lang) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let failed = FileMsg::OutputFailed {
                why: crate::file_messages::Problem::from_io(&e),
            };
            fail(&format!("career-nav: {}", failed.render(lang)));
            ExitCode::from(1)
        }
    }
}
