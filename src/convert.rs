//! `career-nav-convert`: the second program, built beside the navigator, that reads and
//! writes the formats the navigator's binary leaves out — workbooks (.xlsx) and text in
//! Shift_JIS. Their libraries (zip and its compressors, the workbook reader and writer, the
//! tables of every legacy encoding) were a third of the navigator's binary and of the pages
//! it maps at start-up; a reader who never opens a workbook no longer pays for them.
//!
//! The two programs speak over a pipe, and only to each other (the converter is not a tool
//! for people; it says so when started by hand):
//!
//! ```text
//! career-nav-convert workbook       --for VERSION --lang ja|en --name FILE  < bytes
//!     → the map as RON on standard output; exit 1 and the error, as the reader reads it,
//!       on standard error
//! career-nav-convert shift-jis      --for VERSION --lang ja|en --name FILE  < bytes
//!     → the text as UTF-8; exit 1 when the bytes are not Shift_JIS either
//! career-nav-convert write-workbook --for VERSION --lang ja|en --name FILE  < RON
//!     → the workbook's bytes; exit 1 and why on standard error
//! ```
//!
//! Exit 2 means the converter was started wrongly or is of another build than the
//! navigator (`--for`: the version and an identity of the sources both were built from);
//! the navigator says so rather than misreading a map. Either side reads at most the size of
//! a map file (64 MiB) from the other.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

use crate::model::formats::{Formats, InProcess};
use crate::model::{self, CareerMap, Lang, LoadError, Msg};

/// The converter's file name.
pub const NAME: &str = "career-nav-convert";
/// The version, and the identity of the sources this build was made from (`build.rs`).
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("CAREER_NAV_BUILD"));
/// The most read from either side: the size of a map file.
const LIMIT: u64 = crate::capped::MAP_LIMIT;

/// Where the navigator looks for the converter: beside its own binary, as `cargo build`
/// and an install put it (not on PATH, which could hold another version).
pub fn path() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let p = exe.with_file_name(format!("{NAME}{}", std::env::consts::EXE_SUFFIX));
    p.is_file().then_some(p)
}

/// The converter, asked from the navigator's process.
pub struct Helper {
    pub lang: Lang,
}

/// How one request ended.
enum Answer {
    /// Exit 0: standard output.
    Done(Vec<u8>),
    /// Exit 1: standard error (what to say; empty for "not Shift_JIS").
    Refused(String),
}

impl Helper {
    fn ask(&self, command: &str, file: &str, input: &[u8]) -> Result<Answer, Msg> {
        let exe = path().ok_or(Msg::NoConverter {
            text_at: (command == "shift-jis").then(|| {
                std::str::from_utf8(input)
                    .err()
                    .map_or(0, |e| e.valid_up_to())
            }),
        })?;
        let lang = match self.lang {
            Lang::Ja => "ja",
            Lang::En => "en",
        };
        let mut child = Command::new(exe)
            .args([command, "--for", VERSION, "--lang", lang, "--name", file])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Msg::ConverterNotStarted(e.to_string()))?;
        let (stdin, stdout, stderr) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take());
        // Written and read from threads: the answer may be larger than a pipe holds. At most
        // the size of a map file is taken from it.
        let (out, said) = std::thread::scope(|s| {
            s.spawn(move || {
                if let Some(mut w) = stdin {
                    // A converter that stops reading early answers for itself.
                    let _ = w.write_all(input);
                }
            });
            let said = s.spawn(move || {
                let mut t = Vec::new();
                if let Some(mut r) = stderr {
                    let _ = (&mut r).take(64 * 1024).read_to_end(&mut t);
                    // The rest is read and dropped: a converter with more to say (every bad
                    // cell of a workbook) is not stopped by a closed pipe.
                    let _ = std::io::copy(&mut r, &mut std::io::sink());
                }
                t
            });
            let mut out = Vec::new();
            if let Some(r) = stdout {
                let _ = r.take(LIMIT + 1).read_to_end(&mut out);
            }
            if out.len() as u64 > LIMIT {
                // Too much: stopped here, so that neither thread waits on it.
                let _ = child.kill();
            }
            (out, said.join().unwrap_or_default())
        });
        if out.len() as u64 > LIMIT {
            let _ = child.wait();
            return Err(Msg::TooLarge(LIMIT / (1024 * 1024)));
        }
        let status = child
            .wait()
            .map_err(|e| Msg::ConverterFailed(e.to_string()))?;
        // Its words reach the terminal: no control characters, line by line.
        let said: Vec<String> = String::from_utf8_lossy(&said)
            .lines()
            .map(model::sanitize)
            .filter(|l| !l.trim().is_empty())
            .collect();
        let said = said.join("\n");
        match status.code() {
            Some(0) => Ok(Answer::Done(out)),
            // "Not Shift_JIS" is said with no words.
            Some(1) if command == "shift-jis" || !said.is_empty() => Ok(Answer::Refused(said)),
            _ if !said.is_empty() => Err(Msg::ConverterFailed(said)),
            code => Err(Msg::ConverterStopped(code)),
        }
    }

    /// A map written as a workbook: the map's RON text in, the workbook's bytes out; or
    /// why not, as a sentence.
    pub fn write_workbook(&self, ron_text: &str) -> Result<Vec<u8>, String> {
        match self.ask("write-workbook", "-", ron_text.as_bytes()) {
            Ok(Answer::Done(bytes)) => Ok(bytes),
            Ok(Answer::Refused(why)) => Err(match self.lang {
                Lang::Ja => format!("ワークブックを作れませんでした（{why}）。"),
                Lang::En => format!("cannot write the workbook: {why}"),
            }),
            Err(m) => Err(m.render(self.lang)),
        }
    }
}

impl Formats for Helper {
    fn workbook(&self, bytes: &[u8], file: &str) -> Result<CareerMap, LoadError> {
        let io = |message| LoadError::Io {
            file: file.to_string(),
            message,
        };
        match self.ask("workbook", file, bytes).map_err(io)? {
            // The converter checked the workbook: its RON reads. If it did not, the two
            // programs disagree, and the reader is not shown lines of a text they never saw.
            Answer::Done(ron) => String::from_utf8(ron)
                .map_err(|e| e.to_string())
                .and_then(|text| {
                    model::parse(&text, file).map_err(|e| match e.position() {
                        Some((line, column)) => format!("RON {line}:{column}"),
                        None => "RON".to_string(),
                    })
                })
                .map_err(|why| io(Msg::ConverterFailed(why))),
            Answer::Refused(text) => Err(LoadError::Told { text }),
        }
    }

    fn shift_jis(&self, bytes: &[u8], file: &str) -> Result<Option<String>, LoadError> {
        let io = |message| LoadError::Io {
            file: file.to_string(),
            message,
        };
        match self.ask("shift-jis", file, bytes).map_err(io)? {
            Answer::Done(text) => String::from_utf8(text)
                .map(Some)
                .map_err(|e| io(Msg::ConverterFailed(e.to_string()))),
            Answer::Refused(_) => Ok(None),
        }
    }
}

/// The converter's own `main`.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(String::as_str)
    };
    let lang = match value("--lang") {
        Some("en") => Lang::En,
        Some("ja") => Lang::Ja,
        _ => crate::config::lang(None),
    };
    let command = args.first().map(String::as_str);
    let known = matches!(command, Some("workbook" | "shift-jis" | "write-workbook"));
    if !known || value("--for") != Some(VERSION) {
        let text = match (lang, known) {
            (Lang::Ja, false) => format!(
                "{NAME}（{VERSION}）は career-nav がワークブック（.xlsx）と Shift_JIS のテキストを\
                 読み書きするときに使うプログラムです。直接は使いません。\n\
                 例：career-nav check 地図.xlsx、career-nav dump-default --format xlsx -o 地図.xlsx"
            ),
            (Lang::En, false) => format!(
                "{NAME} ({VERSION}) is the program career-nav uses to read and write workbooks \
                 (.xlsx) and Shift_JIS text; it is not run by hand.\n\
                 For example: career-nav check map.xlsx, career-nav dump-default --format xlsx -o map.xlsx"
            ),
            (Lang::Ja, true) => format!(
                "{NAME}（{VERSION}）は career-nav（{}）と別の時に作られたものです。同じときに\
                 作られた二つを同じフォルダーに置いてください。",
                value("--for").unwrap_or("?")
            ),
            (Lang::En, true) => format!(
                "{NAME} ({VERSION}) and career-nav ({}) were not built together: put the two \
                 built together in the same folder",
                value("--for").unwrap_or("?")
            ),
        };
        eprintln!("{text}");
        return ExitCode::from(2);
    }
    let file = model::sanitize(value("--name").unwrap_or("-"));
    let mut input = Vec::new();
    // The navigator sends at most the size of a map file; more is refused, not cut.
    if let Err(e) = std::io::stdin().take(LIMIT + 1).read_to_end(&mut input) {
        eprintln!("{NAME}: {e}");
        return ExitCode::from(2);
    }
    if input.len() as u64 > LIMIT {
        eprintln!(
            "{file}: {}",
            Msg::TooLarge(LIMIT / (1024 * 1024)).render(lang)
        );
        return ExitCode::from(1);
    }
    let answer: Result<Vec<u8>, String> = match command {
        Some("workbook") => InProcess
            .workbook(&input, &file)
            .map_err(|e| e.render(lang))
            .and_then(|map| model::to_ron(&map))
            .map(String::into_bytes),
        Some("shift-jis") => match InProcess.shift_jis(&input, &file) {
            Ok(Some(text)) => Ok(text.into_bytes()),
            _ => Err(String::new()),
        },
        _ => std::str::from_utf8(&input)
            .map_err(|e| e.to_string())
            .and_then(|text| model::parse(text, &file).map_err(|e| e.render(lang)))
            .and_then(|map| model::xlsx::write(&map)),
    };
    match answer {
        Ok(bytes) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{NAME}: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(why) => {
            if !why.is_empty() {
                eprintln!("{why}");
            }
            ExitCode::from(1)
        }
    }
}
