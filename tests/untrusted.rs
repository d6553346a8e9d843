//! Text from outside the program never reaches a terminal raw.
//!
//! A map whose strings carry terminal escape sequences (SGR, OSC 8 links, OSC 0 window
//! titles), C0 and C1 controls, bidi overrides and isolates and zero-width characters, and a
//! saved record whose notes carry the same, go through every way out of the program:
//!
//! - `show` (every view, text and Markdown), `export`, `check`, `diff` and plain mode, run as
//!   the real binary: their bytes hold no ESC, no C1 character, no bidi or zero-width
//!   character, and no control character but the line break;
//! - the TUI, every screen drawn through crossterm into a byte buffer: after removing the
//!   well-formed CSI sequences crossterm writes for cursor moves and styles, nothing of the
//!   kind is left;
//! - what the reader types (search, the notes editor) and names on the command line (a map
//!   path), which is untrusted too when it is pasted.
//!
//! Each check also finds the visible rest of a payload (`[31m`, `pwned`) in the output, so it
//! cannot pass by showing nothing.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use career_nav::app::{App, RecordRow};
use career_nav::model::{CareerMap, EMBEDDED_MAP, parse};
use career_nav::record::expectations_to_check;
use career_nav::record::{Check, Level, Profile, Record, Snapshot, TrainingStatus};
use career_nav::screens::Theme;
use career_nav::store::Store;
use career_nav::tui::handle_key;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const HOSTILE_FILE: &str = "hostile.ron";

/// Payloads as RON escapes, with text left over once the controls are gone (so the string
/// is visibly there). Inserted into strings that are only shown.
const SHOWN_PAYLOADS: &[&str] = &[
    "\\u{1b}[31m",
    "\\u{1b}]8;;https://evil.example/\\u{7}link\\u{1b}]8;;\\u{7}",
    "\\u{1b}]0;pwned\\u{7}",
    "\\u{1b}]0;pwned\\u{1b}\\\\",
    "\\u{9b}2J",
    "\\u{1b}[2J\\u{1b}[H",
    "\\u{1b}P+q\\u{1b}\\\\",
    // The same, written raw into the file (RON takes any character in a string).
    "\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
];

/// Payloads that leave nothing once cleaned: safe in ids, references and titles, which the
/// map uses as keys (the map must still hold together).
const INVISIBLE_PAYLOADS: &[&str] = &[
    "\\u{202e}",
    "\\u{202a}\\u{202b}\\u{202c}\\u{202d}",
    "\\u{2066}\\u{2067}\\u{2068}\\u{2069}",
    "\\u{200b}\\u{200c}\\u{200d}\\u{200e}\\u{200f}",
    "\\u{feff}",
    "\\u{0}\\u{7}\\u{8}\\u{7f}",
    "\\u{80}\\u{8d}\\u{90}\\u{9b}\\u{9c}\\u{9d}\\u{9e}\\u{9f}",
    "\\u{1b}",
    "\u{202e}",
    "\u{200b}",
    "\u{9b}",
];

/// The same kinds of characters, raw, for the record and for typed input.
const HOSTILE_TEXT: &str = "メモ\u{1b}[31m赤\u{1b}]8;;https://evil.example/\u{7}リンク\u{1b}]8;;\u{7}\
    \u{1b}]0;pwned\u{7}\u{9b}2J\u{85}\u{8d}\u{202e}逆\u{202a}\u{202d}\u{2066}\u{2069}\u{200b}\
    \u{200f}\u{feff}終\n二行目\u{0}\u{8}\u{7f}";

/// Fields whose values are keys (ids, references, titles): only invisible payloads there.
const KEY_FIELDS: &[&str] = &[
    "id",
    "next",
    "step",
    "into",
    "measure",
    "titles",
    "name",
    "related_trainings",
];

/// The field a string literal at byte `at` of `text` belongs to: the name before the last
/// `:` on its line, or, for an item of a list spread over lines, the list's name.
fn field_of(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let on_line = &text[line_start..at];
    let name_before = |s: &str| -> Option<String> {
        let colon = s.rfind(':')?;
        let name: String = s[..colon]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        Some(name.chars().rev().collect())
    };
    if let Some(n) = name_before(on_line) {
        return n;
    }
    // A list item on its own line: the nearest `name: [` above.
    for line in text[..line_start].lines().rev() {
        let t = line.trim_end();
        if t.ends_with('[')
            && let Some(n) = name_before(t)
        {
            return n;
        }
    }
    String::new()
}

/// The embedded map with a payload at the start and at the end of every string (outside
/// comments), rotating through the payloads.
fn hostile_map_text() -> String {
    let mut out = String::with_capacity(EMBEDDED_MAP.len() * 2);
    let mut in_string = false;
    let mut escaped = false;
    let mut n = 0usize;
    let mut chars = EMBEDDED_MAP.char_indices().peekable();
    let mut field = String::new();
    let pick = |field: &str, n: usize| -> &'static str {
        // Keys get invisible payloads only; a third of the other strings too.
        if KEY_FIELDS.contains(&field) || n % 3 == 2 {
            INVISIBLE_PAYLOADS[n % INVISIBLE_PAYLOADS.len()]
        } else {
            SHOWN_PAYLOADS[n % SHOWN_PAYLOADS.len()]
        }
    };
    while let Some((i, c)) = chars.next() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                out.push_str(pick(&field, n));
                n += 1;
                in_string = false;
            }
            out.push(c);
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                field = field_of(EMBEDDED_MAP, i);
                out.push(c);
                out.push_str(pick(&field, n));
                n += 1;
            }
            '/' if chars.peek().is_some_and(|(_, n)| *n == '/') => {
                out.push(c);
                while let Some((_, c)) = chars.next_if(|(_, c)| *c != '\n') {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn hostile_map() -> CareerMap {
    match parse(&hostile_map_text(), HOSTILE_FILE) {
        Ok(m) => m,
        Err(e) => panic!("the hostile map does not load:\n{e}"),
    }
}

/// A record holding hostile text in every string a reader can write (and a few a hand edit
/// can add).
fn hostile_record(map: &CareerMap) -> Record {
    let place = map.resolve_title("主任").expect("主任 is a title").place;
    let mut checks = BTreeMap::new();
    for (i, e) in expectations_to_check(map, place).into_iter().enumerate() {
        checks.insert(
            e.key,
            Check {
                level: if i % 2 == 0 {
                    Level::Working
                } else {
                    Level::Achieved
                },
                note: format!("{i}{HOSTILE_TEXT}"),
            },
        );
    }
    checks.insert(
        format!("orphan\u{1b}[31m{HOSTILE_TEXT}"),
        Check {
            level: Level::Working,
            note: HOSTILE_TEXT.into(),
        },
    );
    let mut trainings = BTreeMap::new();
    for (i, t) in map.catalog().iter().enumerate().take(6) {
        trainings.insert(
            t.id.to_string(),
            if i % 2 == 0 {
                TrainingStatus::Done(Some(2024))
            } else {
                TrainingStatus::Planned
            },
        );
    }
    trainings.insert(
        format!("gone\u{1b}]0;pwned\u{7}{HOSTILE_TEXT}"),
        TrainingStatus::Planned,
    );
    Record {
        profile: Some(Profile {
            title: "主任".into(),
            year: 3,
        }),
        trainings,
        checks,
        notes: HOSTILE_TEXT.into(),
        questions: format!("質問{HOSTILE_TEXT}"),
        snapshots: vec![Snapshot {
            date: format!("2024-04-01{}", "\u{1b}[31m"),
            levels: BTreeMap::new(),
        }],
        ..Record::default()
    }
}

/// A data home (for `XDG_DATA_HOME`) holding the hostile record, and the hostile map file.
struct Setup {
    dir: tempfile::TempDir,
    map: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join(HOSTILE_FILE);
        std::fs::write(&map, hostile_map_text()).unwrap();
        let record = hostile_record(&hostile_map());
        let mut opened = Store::open_in(&dir.path().join("career-nav"));
        opened.store.save(&record).expect("the record is saved");
        // The store (and its lock) goes here, before the program opens the record.
        drop(opened);
        Setup { dir, map }
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("career-nav").unwrap();
        c.env("XDG_DATA_HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path())
            .env_remove("NO_COLOR")
            .env_remove("TERM")
            .arg("--data")
            .arg(&self.map);
        c
    }
}

/// What must never be written as text: controls (C0 but the line break, DEL, C1), bidi
/// embeddings, overrides and isolates, zero-width characters and the BOM. Written out here,
/// not taken from the program, so the test does not share the program's mistakes.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Every forbidden character of `bytes` (read as UTF-8), with a little context.
fn offenders(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(_, c)| forbidden(**c))
        .take(5)
        .map(|(i, c)| {
            let from = i.saturating_sub(12);
            let around: String = chars[from..(i + 12).min(chars.len())].iter().collect();
            format!("U+{:04X} in {around:?}", *c as u32)
        })
        .collect()
}

/// Assert the output of a command is clean, and shows the payloads' visible rest.
fn assert_clean(what: &str, bytes: &[u8], expect_residue: bool) {
    assert!(
        std::str::from_utf8(bytes).is_ok(),
        "{what}: the output is not UTF-8"
    );
    assert!(
        !bytes.contains(&0x1b),
        "{what}: ESC in the output: {:?}",
        offenders(bytes)
    );
    let bad = offenders(bytes);
    assert!(bad.is_empty(), "{what}: {}", bad.join("; "));
    if expect_residue {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            text.contains("31m") || text.contains("pwned"),
            "{what}: the hostile strings were not shown at all:\n{}",
            text.chars().take(400).collect::<String>()
        );
    }
}

fn run(what: &str, c: &mut Command) -> Vec<u8> {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{what}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean(&format!("{what} (stderr)"), &out.stderr, false);
    out.stdout
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_hostile_map_loads_and_keeps_the_visible_rest() {
    let text = hostile_map_text();
    assert!(
        text.matches("\\u{1b}").count() > 100,
        "few payloads inserted"
    );
    let map = hostile_map();
    assert!(map.meta.title.contains("[31m") || map.meta.title.contains("pwned"));
    // Nothing forbidden survives loading, in any string the map holds: written back as RON,
    // no such character appears, raw or escaped.
    let dump = ron::to_string(&map).unwrap();
    let bad: Vec<char> = dump.chars().filter(|c| forbidden(*c)).collect();
    assert!(bad.is_empty(), "{bad:?}");
    assert!(
        !dump.contains("\\u{"),
        "an escaped character survived loading"
    );
    // The map has the same shape as the embedded one.
    let plain = common::map();
    assert_eq!(map.steps.len(), plain.steps.len());
    assert_eq!(map.catalog().len(), plain.catalog().len());
    assert_eq!(map.ladder(), plain.ladder());
}

#[test]
fn show_prints_no_escapes_controls_or_invisible_characters() {
    let s = Setup::new();
    let views: &[&[&str]] = &[
        &["--grade", "主任", "--year", "3"],
        &["--grade", "参事"],
        &["--overview"],
        &["--catalog"],
        &["--glossary"],
        &["--compare", "主任", "課長"],
        &["--all"],
    ];
    for view in views {
        for format in ["text", "markdown"] {
            let what = format!("show {} --format {format}", view.join(" "));
            let out = run(
                &what,
                s.cmd().arg("show").args(*view).args(["--format", format]),
            );
            assert_clean(&what, &out, true);
        }
    }
}

#[test]
fn export_prints_no_escapes_controls_or_invisible_characters() {
    let s = Setup::new();
    for format in ["text", "markdown"] {
        let what = format!("export --format {format}");
        let out = run(&what, s.cmd().args(["export", "--format", format]));
        assert_clean(&what, &out, true);
        let text = String::from_utf8_lossy(&out);
        // The notes were there, cleaned, not dropped.
        assert!(text.contains("赤") && text.contains("二行目"), "{text}");
        // And to a file.
        let file = s.dir.path().join(format!("sheet.{format}"));
        run(
            &what,
            s.cmd()
                .args(["export", "--format", format, "-o"])
                .arg(&file),
        );
        assert_clean(&format!("{what} -o"), &std::fs::read(&file).unwrap(), true);
    }
}

#[test]
fn check_and_diff_print_no_escapes() {
    let s = Setup::new();
    let out = run("check", s.cmd().arg("check"));
    assert_clean("check", &out, false);
    let old = s.dir.path().join("embedded.ron");
    std::fs::write(&old, EMBEDDED_MAP).unwrap();
    for format in ["text", "markdown"] {
        let what = format!("diff --format {format}");
        // diff exits 1 when the maps differ, as these do (like diff(1)).
        let out = s
            .cmd()
            .arg("diff")
            .arg(&old)
            .arg(&s.map)
            .args(["--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert_clean(&format!("{what} (stderr)"), &out.stderr, false);
        assert_clean(&what, &out.stdout, true);
    }
}

#[test]
fn plain_mode_prints_no_escapes() {
    let s = Setup::new();
    // Wander through every menu; numbers a menu lacks are answered and asked again.
    let mut input = String::new();
    for walk in [
        "1\n1\n2\n3\n0\n0\n",
        "2\n1\n2\n3\n4\n5\n0\n0\n",
        "3\n1\n2\n0\n0\n",
        "4\n1\n2\n0\n0\n",
        "5\n1\n2\n3\n0\n0\n",
        "6\n研修\n1\n0\n\n",
        "6\n\u{202e}研修\u{1b}[31m\n0\n\n",
        "7\n3\n4\n",
        "8\n0\n",
    ] {
        input.push_str(walk);
    }
    input.push_str("q\n");
    let out = run("--plain", s.cmd().arg("--plain").write_stdin(input));
    assert_clean("--plain", &out, true);
}

/// A map that does not load, with escapes written raw on the line of the error: the error
/// message quotes that line, cleaned.
#[test]
fn a_broken_hostile_map_reports_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // A syntax error on a line holding raw escapes and bidi characters.
        EMBEDDED_MAP.replacen(
            "name: \"主任\",",
            "name: \"主任\u{1b}]0;pwned\u{7}\u{202e}\" \u{1b}[31m,",
            1,
        ),
        // A validation error whose value is hostile.
        EMBEDDED_MAP.replacen(
            "next: Some(\"kyu2\")",
            "next: Some(\"\u{1b}]0;pwned\u{7}\u{202e}kyu9\\u{1b}[2J\")",
            1,
        ),
        // A stray control character outside any string.
        EMBEDDED_MAP.replacen("CareerMap(", "CareerMap(\u{1b}[31m\u{9b}", 1),
    ];
    for (i, text) in cases.iter().enumerate() {
        let path = dir.path().join(format!("broken{i}.ron"));
        std::fs::write(&path, text).unwrap();
        for args in [&["check"][..], &["show", "--overview"][..], &[][..]] {
            let out = Command::cargo_bin("career-nav")
                .unwrap()
                .env("XDG_DATA_HOME", dir.path())
                .arg("--data")
                .arg(&path)
                .args(args)
                .output()
                .unwrap();
            assert!(!out.status.success(), "case {i} {args:?} was accepted");
            let what = format!("case {i}: {args:?}");
            assert_clean(&format!("{what} stderr"), &out.stderr, false);
            assert_clean(&format!("{what} stdout"), &out.stdout, false);
        }
    }
}

/// A map path is typed or pasted by the reader, or expanded from a glob over files someone
/// else named: it is printed in messages, and must be printed cleaned too.
#[test]
fn a_hostile_file_name_is_printed_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let name = "map\u{1b}]0;pwned\u{7}\u{1b}[31m\u{202e}nor.ron";
    // Missing, and present but broken.
    let missing = dir.path().join(format!("missing-{name}"));
    let broken = dir.path().join(name);
    std::fs::write(&broken, "CareerMap(").unwrap();
    for path in [&missing, &broken] {
        for args in [&["check"][..], &["show", "--overview"][..]] {
            let out = Command::cargo_bin("career-nav")
                .unwrap()
                .env("XDG_DATA_HOME", dir.path())
                .arg("--data")
                .arg(path)
                .args(args)
                .output()
                .unwrap();
            assert!(!out.status.success());
            assert_clean(
                &format!("{args:?} on {:?}: stderr", path.file_name().unwrap()),
                &out.stderr,
                false,
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The TUI's bytes

/// Remove every well-formed CSI sequence (ESC [ parameters intermediates final). A broken one
/// is left whole, so its ESC is found.
fn strip_csi(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            let mut j = i + 2;
            while j < bytes.len() && (0x30..=0x3f).contains(&bytes[j]) {
                j += 1;
            }
            while j < bytes.len() && (0x20..=0x2f).contains(&bytes[j]) {
                j += 1;
            }
            if j < bytes.len() && (0x40..=0x7e).contains(&bytes[j]) {
                i = j + 1;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The app as `career-nav` starts it: the map, then the saved record (cleaned on load, as
/// the program does) and the standing it remembers.
fn app_from_disk(map: CareerMap, data_home: &Path) -> App {
    let opened = Store::open_in(&data_home.join("career-nav"));
    let mut app = App::new(map, None);
    app.record = opened.record.sanitized();
    assert!(app.restore_profile().is_none(), "the profile resolves");
    app
}

/// Draw after each key through crossterm into bytes; return them all.
fn drive(app: &mut App, keys: &[KeyEvent], (w, h): (u16, u16)) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    {
        let mut t = Terminal::with_options(
            CrosstermBackend::new(&mut out),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .unwrap();
        career_nav::tui::render(&mut t, app, &Theme::DEFAULT).unwrap();
        for k in keys {
            handle_key(app, k);
            // Never run the effects here (no files): only what is drawn matters.
            app.effects.clear();
            career_nav::tui::render(&mut t, app, &Theme::DEFAULT).unwrap();
        }
    }
    out
}

fn keys(names: &str) -> Vec<KeyEvent> {
    names.split_whitespace().map(common::key).collect()
}

fn repeat(names: &str, n: usize) -> Vec<KeyEvent> {
    (0..n).flat_map(|_| keys(names)).collect()
}

fn typed(s: &str) -> Vec<KeyEvent> {
    s.chars()
        .map(|c| match c {
            '\n' => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        })
        .collect()
}

/// What each screen is walked with: every item of every list, every page scrolled.
fn screen_walks(app: &App) -> Vec<(&'static str, Vec<KeyEvent>)> {
    let topics = app.topics.len();
    let entries = app.catalog.entries.len();
    let glossary = app.map.glossary.len();
    let places = app.compare.places.len();
    let rows = app.record_rows().len();
    let slides = app.ladder.len() + app.map.specialist_tiers.len() + 4;
    let cat = |a: Vec<KeyEvent>, b: Vec<KeyEvent>| a.into_iter().chain(b).collect::<Vec<_>>();
    vec![
        (
            "picker",
            cat(keys("p j j j j j j j j j j k Enter 3 Up"), keys("Esc Esc")),
        ),
        (
            "ladder",
            cat(
                cat(repeat("k", 8), repeat("j", 8)),
                cat(
                    repeat("l PgDn h k", 8),
                    keys("Enter PgDn PgDn PgDn End Home Esc"),
                ),
            ),
        ),
        (
            "overview",
            cat(keys("2"), repeat("Enter PgDn PgDn Esc j", topics)),
        ),
        (
            "catalog",
            cat(
                cat(keys("3"), repeat("l PgDn Esc j", entries)),
                cat(repeat("m", 12), repeat("s", 8)),
            ),
        ),
        (
            "compare",
            cat(
                cat(keys("4"), repeat("k PgDn", places)),
                cat(keys("h"), repeat("k PgDn", places)),
            ),
        ),
        ("glossary", cat(keys("5"), repeat("l PgDn Esc j", glossary))),
        ("record", cat(keys("6"), repeat("j", rows))),
        ("help", cat(keys("?"), repeat("PgDn", 20))),
        (
            "search",
            cat(
                cat(keys("/"), typed("研修")),
                cat(repeat("Down", 12), cat(typed("31m"), keys("Enter"))),
            ),
        ),
        ("present", cat(keys("P"), repeat("Right j j", slides))),
    ]
}

fn assert_terminal_bytes_clean(what: &str, bytes: &[u8]) {
    let rest = strip_csi(bytes);
    let esc = rest.iter().filter(|b| **b == 0x1b).count();
    assert!(
        esc == 0,
        "{what}: {esc} ESC outside well-formed CSI sequences: {:?}",
        offenders(&rest)
    );
    let bad = offenders(&rest);
    assert!(bad.is_empty(), "{what}: {}", bad.join("; "));
    assert!(
        std::str::from_utf8(&rest).is_ok(),
        "{what}: the text written is not UTF-8"
    );
}

/// Walk the screens named (all when empty) at `size`; check the bytes of each.
fn check_screens(size: (u16, u16), only: &[&str]) {
    let s = Setup::new();
    let mut residue = false;
    let base = app_from_disk(hostile_map(), s.dir.path());
    for (name, walk) in screen_walks(&base) {
        if !only.is_empty() && !only.contains(&name) {
            continue;
        }
        let mut app = app_from_disk(hostile_map(), s.dir.path());
        let bytes = drive(&mut app, &walk, size);
        assert_terminal_bytes_clean(&format!("{name} at {size:?}"), &bytes);
        let text = String::from_utf8_lossy(&strip_csi(&bytes)).into_owned();
        residue |= text.contains("31m") || text.contains("pwned");
    }
    assert!(residue, "the hostile strings were never drawn");
}

#[test]
fn every_screen_writes_only_csi_sequences_and_clean_text() {
    check_screens((80, 24), &[]);
}

/// Wide: long strings are not cut, so every character of them is written.
#[test]
fn wide_screens_write_only_csi_sequences_and_clean_text() {
    check_screens(
        (200, 60),
        &["picker", "ladder", "compare", "record", "present"],
    );
}

/// The record's notes, opened in the editor: the saved text (cleaned at load) and what the
/// reader types or pastes into it.
#[test]
fn the_editor_writes_only_csi_sequences_and_clean_text() {
    let s = Setup::new();
    let mut app = app_from_disk(hostile_map(), s.dir.path());
    let rows = app.record_rows();
    let notes = rows
        .iter()
        .position(|r| *r == RecordRow::Notes)
        .expect("a notes row");
    handle_key(&mut app, &common::key("6"));
    app.record_view.selected = notes;
    let mut walk = keys("Enter");
    walk.extend(typed(HOSTILE_TEXT));
    walk.extend(keys("Esc"));
    let bytes = drive(&mut app, &walk, (80, 24));
    assert_terminal_bytes_clean("the notes editor", &bytes);
    assert!(app.editing().is_none(), "Esc ends the editing");
    // What was typed is kept, and the record shown from it is clean too.
    let bytes = drive(&mut app, &repeat("j", rows.len()), (80, 24));
    assert_terminal_bytes_clean("the record after editing", &bytes);
}

/// A search typed or pasted with bidi and zero-width characters: the search box shows none
/// of them, and they do not stop the search from finding what the visible text names.
#[test]
fn a_typed_search_with_invisible_characters_is_clean_and_still_finds() {
    let mut app = common::app_at(Some("主任"), Some(3));
    let mut walk = keys("/");
    walk.extend(typed("\u{202e}研修\u{200b}\u{2066}\u{feff}\u{200f}"));
    walk.extend(keys("Down Down"));
    let bytes = drive(&mut app, &walk, (80, 24));
    assert_terminal_bytes_clean("the search box", &bytes);
    assert!(
        app.search().is_some_and(|s| !s.hits.is_empty()),
        "a query of 研修 with invisible characters around it finds nothing: the typed \
         characters are searched for, not dropped where they enter"
    );
}

/// The checks themselves: they find what they look for. A cell whose symbol holds a bidi
/// override or a zero-width character (set directly, as a widget that forgot to clean its
/// text could) is written to the terminal as it is, and must be caught; an OSC sequence is
/// not a CSI sequence and must be left for the ESC check.
#[test]
fn the_byte_checks_catch_what_they_look_for() {
    let mut out: Vec<u8> = Vec::new();
    {
        let mut t = Terminal::with_options(
            CrosstermBackend::new(&mut out),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, 20, 2)),
            },
        )
        .unwrap();
        t.draw(|f| {
            f.buffer_mut()[(0, 0)].set_symbol("a\u{202e}");
            f.buffer_mut()[(1, 0)].set_symbol("b\u{200b}");
        })
        .unwrap();
    }
    let rest = strip_csi(&out);
    assert!(!rest.contains(&0x1b), "CSI sequences are stripped");
    assert_eq!(
        offenders(&rest).len(),
        2,
        "{:?}",
        String::from_utf8_lossy(&rest)
    );
    let osc = b"x\x1b]0;title\x07y\x1b[31mz";
    assert_eq!(strip_csi(osc), b"x\x1b]0;title\x07yz");
    assert!(!offenders(b"\xc2\x9b").is_empty(), "C1 CSI as a character");
}

// ---------------------------------------------------------------------------------------------
// Hostile paths: names that hold escapes, and files that never end or never open

/// A file name with an OSC window title and a clear-screen in it.
const HOSTILE_NAME: &str = "x\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}.ron";

fn bin(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.current_dir(dir)
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env_remove("TERM")
        .timeout(std::time::Duration::from_secs(60));
    c
}

/// `check` of a good map, `diff`'s header (text and Markdown) and export's errors name the
/// file: cleaned, with the visible rest of the name kept.
#[test]
fn a_hostile_file_name_is_cleaned_in_check_diff_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join(HOSTILE_NAME);
    std::fs::write(&good, EMBEDDED_MAP).unwrap();
    let other = dir.path().join(format!("b-{HOSTILE_NAME}"));
    std::fs::write(
        &other,
        EMBEDDED_MAP.replacen("実務指導者", "実務の指導者", 1),
    )
    .unwrap();

    let out = bin(dir.path()).arg("check").arg(&good).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_clean("check (a good map)", &out.stdout, true);
    for format in ["text", "markdown"] {
        let out = bin(dir.path())
            .arg("diff")
            .arg(&good)
            .arg(&other)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_clean(&format!("diff --format {format}"), &out.stdout, true);
    }
    // Export into a folder that does not exist, and over a file that does.
    let missing = dir.path().join(HOSTILE_NAME).join("sheet.md");
    let existing = dir.path().join(format!("sheet-{HOSTILE_NAME}"));
    std::fs::write(&existing, "").unwrap();
    for target in [&missing, &existing] {
        let out = bin(dir.path())
            .args(["export", "-o"])
            .arg(target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_clean("export's error", &out.stderr, true);
    }
}

/// `--data /dev/zero` would grow memory until the kernel kills the program; a FIFO would
/// block it for ever; `config.ron` linked to /dev/zero the same. Each is refused at once,
/// with a message that says why.
#[cfg(unix)]
#[test]
fn files_that_never_end_or_never_open_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("map.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for (data, says) in [
        (Path::new("/dev/zero"), "device"),
        (fifo.as_path(), "FIFO"),
        (dir.path(), "folder"),
    ] {
        for args in [&["check"][..], &["show", "--overview"][..]] {
            let out = bin(dir.path())
                .args(["--lang", "en", "--data"])
                .arg(data)
                .args(args)
                .output()
                .unwrap();
            assert!(!out.status.success(), "{data:?} {args:?} was read");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(says), "{data:?} {args:?}: {err}");
        }
    }
    // A settings file linked to /dev/zero is refused at once, never read (a wrong settings
    // file never stops the navigator: the defaults stand in); `config` says why.
    let config = dir.path().join("config").join("career-nav");
    std::fs::create_dir_all(&config).unwrap();
    std::os::unix::fs::symlink("/dev/zero", config.join("config.ron")).unwrap();
    let out = bin(dir.path())
        .args(["config", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("config.ron") && said.contains("device"),
        "{said}"
    );
}

/// A map over the size limit is refused without being read whole.
#[test]
fn a_map_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(career_nav::capped::MAP_LIMIT + 1).unwrap();
    drop(f);
    let out = bin(dir.path())
        .args(["--lang", "en", "check"])
        .arg(&big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("MiB"), "{err}");
}

/// A map on one long line with an error deep inside: the excerpt is a window around the
/// column, not the whole line, and the caret still stands under the character at fault.
#[test]
fn an_error_in_a_long_line_shows_a_window_around_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one-line.ron");
    let one_line: String = EMBEDDED_MAP
        .lines()
        .map(|l| l.split("//").next().unwrap_or("").trim())
        .collect::<Vec<_>>()
        .join(" ");
    let padded = format!(
        "{}{}",
        " ".repeat(200_000),
        one_line.replacen("主任", "主任\" 誤", 1)
    );
    std::fs::write(&path, &padded).unwrap();
    let out = bin(dir.path()).arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.len() < 2_000, "{} bytes of error", err.len());
    let lines: Vec<&str> = err.lines().collect();
    let (Some(code), Some(caret)) = (
        lines.iter().position(|l| l.starts_with("1 | ")),
        lines.iter().find(|l| l.trim_end().ends_with('^')),
    ) else {
        panic!("no excerpt:\n{err}");
    };
    let code = lines[code];
    assert!(code.contains("...") && code.contains("誤"), "{code}");
    // The caret's display column is the column of the character it points at.
    let caret_col = unicode_width::UnicodeWidthStr::width(caret.trim_end()) - 1;
    let mut width = 0;
    let at = code
        .chars()
        .find(|c| {
            let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            width += w;
            width > caret_col
        })
        .unwrap();
    assert!(
        !at.is_whitespace(),
        "the caret points at a blank:\n{code}\n{caret}"
    );
}

/// A keys file of 4,000 entries loads (in linear time: it took 38 s when each entry's
/// position was searched from the top), and an error in its last entry names its line.
#[test]
fn a_keys_file_of_thousands_of_entries_loads_and_points_at_the_last() {
    let mut text = String::from("[\n");
    for _ in 0..4_000 {
        text.push_str("    (action: \"Down\", keys: [\"j\", \"Down\"]),\n");
    }
    let good = format!("{text}]\n");
    let km =
        career_nav::keymap::Keymap::with_overrides(&good, "keys.ron", career_nav::model::Lang::En)
            .unwrap();
    assert!(km.conflicts().is_empty());
    let bad = format!(
        "{text}    // a comment that says action\n    (action: \"Fly\", keys: [\"x\"]),\n]\n"
    );
    let e =
        career_nav::keymap::Keymap::with_overrides(&bad, "keys.ron", career_nav::model::Lang::En)
            .unwrap_err();
    assert!(
        e.starts_with("keys.ron:4003:6: There is no action \"Fly\""),
        "{e}"
    );
    // On one line: columns in characters (31 per entry, after the opening bracket).
    let one_line = format!(
        "[{}(action: \"Fly\", keys: [\"x\"])]",
        "(action: \"Down\", keys: [\"j\"]), ".repeat(100)
    );
    let e = career_nav::keymap::Keymap::with_overrides(
        &one_line,
        "keys.ron",
        career_nav::model::Lang::En,
    )
    .unwrap_err();
    assert!(e.starts_with("keys.ron:1:3103: There is no action"), "{e}");
}

/// A pasted text with escapes, bidi controls, CR LF and NUL: into a note it goes cleaned
/// (line breaks kept), into the search box on one line; never as keys.
#[test]
fn a_hostile_paste_is_taken_as_clean_text() {
    let map = career_nav::model::load_embedded().unwrap();
    let mut app = App::new(map, None);
    handle_key(&mut app, &common::key("6"));
    let rows = app.record_rows();
    app.record_view.selected = rows
        .iter()
        .position(|r| *r == RecordRow::Notes)
        .expect("a notes row");
    handle_key(&mut app, &common::key("Enter"));
    assert!(app.editing().is_some());
    let paste = "一行目\u{1b}]0;pwned\u{7}\r\n二行目\u{202e}\u{0}q\u{1b}q\rq\tz";
    app.paste(paste);
    assert_eq!(app.record.notes, "一行目]0;pwned\n二行目qq\nq z");
    assert!(app.editing().is_some(), "a pasted Esc or q acted as a key");
    assert!(!app.quit);
    assert!(app.effects.contains(&career_nav::app::Effect::Save));
    handle_key(&mut app, &common::key("Esc"));
    assert!(app.editing().is_none());
    // Outside a text, a paste does nothing (its letters are not keys).
    let before = app.tab;
    app.paste("q6/");
    assert_eq!(app.tab, before);
    assert!(!app.quit && app.search().is_none());
    // Into the search box, on one line.
    handle_key(&mut app, &common::key("/"));
    app.paste("デー\u{1b}[31m\r\nタ");
    let s = app.search().unwrap();
    assert_eq!(s.query, "デー[31m タ");
}

/// A paste larger than the limit is refused with a message, and the note is left as it was.
#[test]
fn a_paste_over_the_limit_is_refused() {
    let mut app = common::app_at(Some("主任"), Some(3));
    common::type_keys(&mut app, "6 j j j j j Enter", 80, 24);
    assert!(app.editing().is_some());
    app.paste("前");
    let before = app.record.clone();
    app.effects.clear();
    app.paste(&"x".repeat(career_nav::app::PASTE_LIMIT + 1));
    assert_eq!(app.record, before);
    assert!(app.effects.is_empty());
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("多すぎる"))
    );
    assert!(app.editing().is_some());
}

/// Ctrl-Z suspends on every screen, the note editor included, unless keys.ron binds it.
#[test]
fn ctrl_z_suspends_everywhere_unless_bound() {
    use career_nav::tui::is_suspend;
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    let mut app = common::app_at(Some("主任"), Some(3));
    assert!(is_suspend(&app, &ctrl_z), "on the ladder");
    common::type_keys(&mut app, "6 j j j j j Enter", 80, 24);
    assert!(app.editing().is_some());
    assert!(is_suspend(&app, &ctrl_z), "in the note editor");
    assert!(!is_suspend(
        &app,
        &KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE)
    ));
    let mut bound = common::app_at(Some("主任"), Some(3));
    bound.keymap = career_nav::keymap::Keymap::with_overrides(
        r#"[(action: "Down", keys: ["Ctrl-z"])]"#,
        "keys.ron",
        career_nav::model::Lang::En,
    )
    .unwrap();
    assert!(!is_suspend(&bound, &ctrl_z), "bound to Down by the reader");
}
