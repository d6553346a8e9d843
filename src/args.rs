//! The command line, read by hand from one table: what each command takes, its help in
//! Japanese and English, and every error said as a whole sentence in the reader's language
//! (Japanese unless `--lang en` or an English locale says otherwise).
//!
//! The table is the only description of the command line: the parser, `--help` and the
//! errors' hints are all read from it. (clap did this before, at about 0.3 MB of the
//! navigator's binary and 0.3 ms of every start: issue 12.)

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use crate::app::MAX_YEAR;
use crate::model::{self, Lang};
use crate::render_text::Format;
use crate::screens::theme::ThemeName;

/// The command line, read.
#[derive(Debug, Default, PartialEq)]
pub struct Cli {
    /// `--data`: the map file instead of the embedded map.
    pub data: Option<PathBuf>,
    /// `--grade`: where the navigator starts.
    pub grade: Option<String>,
    /// `--year`: the year of service, 1 to [`MAX_YEAR`].
    pub year: Option<u8>,
    pub theme: Option<ThemeName>,
    pub plain: bool,
    pub lang: Option<Lang>,
    pub guest: bool,
    pub command: Option<Command>,
}

/// What `show` is asked to show.
#[derive(Debug, PartialEq)]
pub struct Show {
    pub grade: Option<String>,
    pub year: Option<u8>,
    pub overview: bool,
    pub catalog: bool,
    /// Always two titles.
    pub compare: Option<Vec<String>>,
    pub glossary: bool,
    pub all: bool,
    pub source: bool,
    pub format: Format,
}

/// A command (without one, the navigator opens).
#[derive(Debug, PartialEq)]
pub enum Command {
    Show(Show),
    Export {
        format: Format,
        output: Option<PathBuf>,
        force: bool,
    },
    Present {
        from: Option<String>,
    },
    DumpDefault {
        format: MapFormat,
        output: Option<PathBuf>,
        force: bool,
    },
    Template {
        format: MapFormat,
        output: Option<PathBuf>,
        force: bool,
    },
    Diff {
        old: PathBuf,
        new: PathBuf,
        format: Format,
    },
    Check {
        path: Option<PathBuf>,
    },
    Config,
}

/// How a map is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapFormat {
    Ron,
    Xlsx,
}

/// What a command line asks for.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Run(Cli),
    /// `--help` (or `help COMMAND`): the help of the program, or of a command.
    Help(Option<&'static str>),
    Version,
}

/// What an option takes after its name.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Takes {
    Nothing,
    One(&'static str),
    Two(&'static str, &'static str),
}

/// An option: `--long`, maybe `-s`, its value names, its values if they are a choice, its
/// default, and its help (Japanese, English).
struct Opt {
    long: &'static str,
    short: Option<char>,
    takes: Takes,
    choices: &'static [&'static str],
    default: Option<&'static str>,
    ja: &'static str,
    en: &'static str,
}

/// An argument given by position (`diff OLD NEW`, `check PATH`).
struct Positional {
    name: &'static str,
    required: bool,
    ja: &'static str,
    en: &'static str,
}

/// A command: its name, its help, its options and arguments.
struct Sub {
    name: &'static str,
    ja: &'static str,
    en: &'static str,
    opts: &'static [Opt],
    positionals: &'static [Positional],
}

const fn flag(long: &'static str, ja: &'static str, en: &'static str) -> Opt {
    Opt {
        long,
        short: None,
        takes: Takes::Nothing,
        choices: &[],
        default: None,
        ja,
        en,
    }
}

const fn value(long: &'static str, name: &'static str, ja: &'static str, en: &'static str) -> Opt {
    Opt {
        long,
        short: None,
        takes: Takes::One(name),
        choices: &[],
        default: None,
        ja,
        en,
    }
}

const fn choice(
    long: &'static str,
    name: &'static str,
    choices: &'static [&'static str],
    default: Option<&'static str>,
    ja: &'static str,
    en: &'static str,
) -> Opt {
    Opt {
        long,
        short: None,
        takes: Takes::One(name),
        choices,
        default,
        ja,
        en,
    }
}

const THEMES: &[&str] = &["default", "high-contrast", "mono"];
const LANGS: &[&str] = &["ja", "en"];
const FORMATS: &[&str] = &["text", "markdown", "html"];
const MAP_FORMATS: &[&str] = &["ron", "xlsx"];

/// The help of the program itself.
const ABOUT: (&str, &str) = (
    "職員のキャリアパス（人材育成マップ）を端末でたどります。職位と入庁年目を選ぶと、職位の階段の一段ごとに、求められる役割・受けられる研修・OJT での役割・人事考課での役割が分かります。コマンドを付けずに起動すると、対話式の画面が開きます。",
    "Walk a career development map (人材育成マップ): pick your grade and year of service, then see at every step of the ladder the role expected of you, the training open to you, your OJT role and your appraisal role. Without a command, opens the interactive navigator.",
);

/// Options every command takes, before or after its name.
const GLOBAL: &[Opt] = &[
    value(
        "data",
        "PATH",
        "地図をこのファイル（.ron か .xlsx）から読みます（付けなければ組み込みの地図）。",
        "Load the map from this file (.ron or .xlsx) instead of the embedded default.",
    ),
    choice(
        "theme",
        "THEME",
        THEMES,
        None,
        "色：default（標準）、high-contrast（16色のみ）、mono（色なし）。付けなければ、NO_COLOR があれば mono、なければ設定ファイル（config.ron）、なければ default。",
        "Colours: default, high-contrast (the 16 ANSI colours only) or mono (no colour). Without it: mono when NO_COLOR is set, else the saved setting (config.ron), else default.",
    ),
    flag(
        "plain",
        "文字だけの画面（スクリーンリーダー向け）：番号付きのメニューを一行ずつ読み書きします。罫線は使いません。TERM=dumb のときは自動でこれになります。",
        "Plain text for screen readers: numbered menus read line by line from standard input, no box drawing. Chosen automatically when TERM=dumb.",
    ),
    choice(
        "lang",
        "LANG",
        LANGS,
        None,
        "メッセージの言語：ja（日本語）か en（英語）。付けなければ、ロケール（LC_ALL、LC_MESSAGES、LANG）が英語なら英語、それ以外は日本語。",
        "The language of messages: ja or en. Without it: English when the locale (LC_ALL, LC_MESSAGES, LANG) is English, else Japanese.",
    ),
];

/// Options of the navigator itself (before any command).
const TOP: &[Opt] = &[
    value(
        "grade",
        "TITLE",
        "この職位から始めます（地図にある職位名・スタッフ職名のどれでも）。この起動の間だけで、記録の現在地は変えません。",
        "Start at this grade: any title of a step or specialist tier of the map. For this run only: the standing saved in your record stays.",
    ),
    value(
        "year",
        "N",
        "入庁年目（1～45）。",
        "Year of service (入庁N年目), 1 to 45.",
    ),
    flag(
        "guest",
        "共有の画面（研修会場・プロジェクター）向けのゲストモード：現在地も記録も表示せず、何も保存しません。--grade、--year とは一緒に使えません。",
        "Guest mode for a shared screen (a workshop, a projector): shows no standing (現在地) and no record, and writes nothing to disk. Not with --grade or --year.",
    ),
];

/// `-o FILE` and `--force`, as `export`, `dump-default` and `template` take them.
const fn output(ja: &'static str, en: &'static str) -> Opt {
    Opt {
        long: "output",
        short: Some('o'),
        takes: Takes::One("FILE"),
        choices: &[],
        default: None,
        ja,
        en,
    }
}

const FORCE: Opt = flag(
    "force",
    "-o のファイルがあれば置き換えます（読み取り専用のファイルとリンクは置き換えません）。",
    "Replace the file given with -o if it exists (never a read-only file or a link).",
);

const OUTPUT: Opt = output(
    "標準出力の代わりにこのファイルへ書きます。あるファイルは --force なしでは置き換えません。シンボリックリンクは置き換えません。FIFO やデバイスには書き込みます。",
    "Write to this file instead of standard output. An existing file is not replaced without --force; a symbolic link never is; a FIFO or a device is written into.",
);

const MAP_FORMAT: Opt = choice(
    "format",
    "FORMAT",
    MAP_FORMATS,
    Some("ron"),
    "ron（テキスト）か xlsx（ワークブック。-o かパイプが必要）。",
    "ron (text) or xlsx (a workbook; needs -o or a pipe).",
);

/// `--format` of the printed documents (`show`, `diff`): text unless asked otherwise.
const TEXT_FORMAT: Opt = choice(
    "format",
    "FORMAT",
    FORMATS,
    Some("text"),
    "出力の形式。",
    "Output format.",
);

/// The options of `show` of which exactly one is given: what to print.
const SHOW_WHAT: &[&str] = &["grade", "overview", "catalog", "compare", "glossary", "all"];

const SUBS: &[Sub] = &[
    Sub {
        name: "show",
        ja: "端末の画面を使わずに印刷します（スクリーンリーダー・パイプ・配布資料向け）：ある職位から上へのたどり、全体像、研修一覧、比較、用語集、地図全体の配布資料。何を印刷するかは --grade --overview --catalog --compare --glossary --all のどれか一つで選びます。",
        en: "Print without a terminal UI (for screen readers, pipes and handouts): the walk from a grade to the top, or the overview, the catalog, a comparison, the glossary, the whole map as a handout. Give one of --grade, --overview, --catalog, --compare, --glossary, --all.",
        opts: &[
            value(
                "grade",
                "TITLE",
                "現在地の職位（地図にある職位名・スタッフ職名のどれでも）。そこから上へのたどりを印刷します。",
                "Where you stand: any title of a step or specialist tier. Prints the walk from there to the top.",
            ),
            value(
                "year",
                "N",
                "入庁年目（1～45）：その年の研修に印を付けます（--grade と一緒に）。",
                "Year of service (入庁N年目), 1 to 45: marks your year's training (with --grade).",
            ),
            flag(
                "overview",
                "全体像：目指すべき職員像、施策とその方針、取組。",
                "Page 1: the vision, the measures with their 方針, the initiatives.",
            ),
            flag(
                "catalog",
                "研修一覧：すべての研修を、施策・実施・対象・時期とともに。",
                "Every training with its measure, organiser, audience and where it applies.",
            ),
            Opt {
                long: "compare",
                short: None,
                takes: Takes::Two("A", "B"),
                choices: &[],
                default: None,
                ja: "二つの職位を並べ、その違いを示します。",
                en: "Two grades side by side, and what changes between them.",
            },
            flag(
                "glossary",
                "用語集（このプログラムによる説明）。",
                "The glossary (the program's explanations of terms the document uses).",
            ),
            flag(
                "all",
                "地図全体の配布資料：全体表・目次・凡例、全体像・各職位・スタッフ職・職位に結び付けられていない研修・用語集の章、付録「原文と注記」。--format html で A4 用の一つのファイル（章ごとに改ページ）。--grade と --format html で、その職位からの研修資料。",
                "The whole map as one printable handout: the map as one table, the contents and legend, then a chapter for the overview, each step, the specialist tiers, the trainings not tied to a grade and the glossary, and the appendix of source texts. With --format html: one self-contained file for A4; with --grade G --format html: a workshop handout from G to the top.",
            ),
            flag(
                "source",
                "完全版：推定の注記をすべて示し、各項目の下に原文（原資料に印刷された文）を添えます。付けなければ、読みには ＊ だけを付けます。",
                "Complete: every inference note in full and the source text (原文) under each fact. Without it, a reading is marked ＊ in place.",
            ),
            TEXT_FORMAT,
        ],
        positionals: &[],
    },
    Sub {
        name: "export",
        ja: "保存した記録から、育成面談シート（現在地、自己チェック、受講済み・予定の研修、次の職位、メモ、聞きたいこと）を書き出します。",
        en: "Write the interview sheet (面談シート) for the 育成面談 from your saved record: where you stand, the self-check, training done and planned, the next step, notes and questions.",
        opts: &[
            choice(
                "format",
                "FORMAT",
                FORMATS,
                Some("markdown"),
                "出力の形式。",
                "Output format.",
            ),
            output(
                "標準出力の代わりにこのファイルへ書きます（- は標準出力）。あるファイルは --force なしでは置き換えません。シンボリックリンクは置き換えません。FIFO やデバイスには書き込みます。",
                "Write to this file instead of standard output (`-` is standard output). An existing file is not replaced without --force; a symbolic link never is; a FIFO or a device is written into.",
            ),
            FORCE,
        ],
        positionals: &[],
    },
    Sub {
        name: "present",
        ja: "研修会向けのプレゼンテーション：一画面に一枚。←→ か PgUp/PgDn で進み戻り、番号と Enter でその番号へ、i で一覧、b で暗転。地図だけを示し、誰の記録も表示せず、何も保存しません。",
        en: "Presentation mode for workshops: one slide per screen, ←/→ or PgUp/PgDn to step, a number and Enter to go to a slide, i for the slide index, b to blank the screen. Shows the map only, never anyone's saved record, and writes nothing.",
        opts: &[value(
            "from",
            "TITLE",
            "この職位のスライドから始めます（地図にある職位名・スタッフ職名のどれでも）。",
            "Start at the slide of this grade: any title of a step or specialist tier.",
        )],
        positionals: &[],
    },
    Sub {
        name: "dump-default",
        ja: "組み込みの地図（--data があればその地図）を RON かワークブック（.xlsx）で書き出します：別の組織の地図を作る出発点です。",
        en: "Print the embedded map (or the --data map): the starting point for another organisation's map, as RON or as a workbook (.xlsx).",
        opts: &[MAP_FORMAT, OUTPUT, FORCE],
        positionals: &[],
    },
    Sub {
        name: "template",
        ja: "check を通る最小の地図（説明つき）を書き出します：新しい地図の書き始めに。",
        en: "Write a minimal, commented map that passes `check`: a start for a new map.",
        opts: &[MAP_FORMAT, OUTPUT, FORCE],
        positionals: &[],
    },
    Sub {
        name: "diff",
        ja: "地図の二つの版（.ron か .xlsx）の違い：職位・役割・研修・施策などの追加・削除・変更。同じなら 0、違えば 1、誤りなら 2 で終わります（diff と同じ）。",
        en: "What changed between two editions of a map (.ron or .xlsx): steps, expectations, trainings, measures added, removed, changed. Exits 0 when the maps are the same, 1 when they differ, 2 on an error (like diff).",
        opts: &[TEXT_FORMAT],
        positionals: &[
            Positional {
                name: "OLD",
                required: true,
                ja: "古い版の地図ファイル。",
                en: "The older edition's map file.",
            },
            Positional {
                name: "NEW",
                required: true,
                ja: "新しい版の地図ファイル。",
                en: "The newer edition's map file.",
            },
        ],
    },
    Sub {
        name: "check",
        ja: "地図ファイルを検査します（PATH がなければ組み込みの地図）。正しければ要約を示して 0、誤りがあればすべてを示して 1 で終わります。",
        en: "Validate a map file (the embedded map without PATH): a summary and exit 0 if valid, the errors and exit 1 if not.",
        opts: &[],
        positionals: &[Positional {
            name: "PATH",
            required: false,
            ja: "検査する地図ファイル（.ron か .xlsx。なければ --data、それもなければ組み込みの地図）。",
            en: "The map file to check, .ron or .xlsx (default: --data, or the embedded map).",
        }],
    },
    Sub {
        name: "config",
        ja: "設定ファイル（config.ron：色、keys.ron：キー）をこの機械のどこで探すか、見つかったか、何を変えたか、いまの色とその理由を示します。ファイルに誤りがあれば 1 で終わります（そのとき画面は既定の設定で動きます）。",
        en: "Where the settings files (config.ron: the theme; keys.ron: your keys) are looked for on this machine, whether each was found, what it changed and the theme in force. Exit 1 when a file has an error (the navigator then uses the defaults and says so).",
        opts: &[],
        positionals: &[],
    },
];

const HELP_OPT: (&str, &str) = ("この説明を表示します。", "Print this help.");
const VERSION_OPT: (&str, &str) = ("版を表示します。", "Print the version.");

/// A command line that cannot be read. Every value shown is cleaned of control characters.
#[derive(Debug, PartialEq)]
pub enum ArgError {
    /// An option or argument the command does not take, maybe with a near one.
    Unknown {
        arg: String,
        hint: Option<String>,
    },
    /// A word where a command was expected.
    UnknownCommand {
        name: String,
        hint: Option<String>,
    },
    /// An option at the end with no value after it.
    MissingValue {
        arg: String,
    },
    /// A value that is not one of the choices.
    Invalid {
        arg: String,
        value: String,
        valid: &'static [&'static str],
    },
    /// `--year` out of 1 to [`MAX_YEAR`].
    BadYear {
        value: String,
    },
    Repeated {
        arg: String,
    },
    Conflict {
        arg: String,
        other: String,
    },
    /// `--force` without `-o`, `--year` without `--grade`.
    Requires {
        arg: String,
        needs: String,
    },
    /// `show` with nothing to show.
    ShowWhat,
    /// A command's required argument (`diff OLD NEW`) missing.
    MissingArgument {
        command: &'static str,
        name: &'static str,
    },
    /// A value that is not text (bytes that are not UTF-8).
    NotText {
        arg: String,
    },
    /// `--compare` with one title.
    CompareTwo,
    /// The error came up in this command (for the hint of its help).
    In(&'static str, Box<ArgError>),
}

/// The language asked for before the command line is read: `--lang` among the arguments,
/// else the locale.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => it.next().map(|v| v.to_string()),
            None => None,
        };
        match value.as_deref() {
            Some("en") => return Lang::En,
            Some("ja") => return Lang::Ja,
            _ => {}
        }
    }
    Lang::from_env()
}

/// One option's values, as given.
struct Given {
    opt: &'static Opt,
    values: Vec<OsString>,
}

/// Read a command line (`args[0]` is the program).
pub fn parse(args: &[OsString]) -> Result<Parsed, ArgError> {
    let mut sub: Option<&'static Sub> = None;
    let mut given: Vec<Given> = Vec::new();
    let mut positionals: Vec<OsString> = Vec::new();
    let mut only_positionals = false;
    let mut help_word = false;
    let mut it = args.iter().skip(1);
    let within = |sub: Option<&'static Sub>, e: ArgError| match sub {
        Some(s) => ArgError::In(s.name, Box::new(e)),
        None => e,
    };
    while let Some(arg) = it.next() {
        let text = arg.to_str();
        if only_positionals || text.is_none_or(|t| !t.starts_with('-') || t == "-") {
            if sub.is_none() && !help_word && !only_positionals {
                let name = text.unwrap_or_default();
                match SUBS.iter().find(|s| s.name == name) {
                    Some(s) => sub = Some(s),
                    None if name == "help" => help_word = true,
                    None => {
                        return Err(ArgError::UnknownCommand {
                            name: model::sanitize(&arg.to_string_lossy()),
                            hint: near(name, SUBS.iter().map(|s| s.name)).map(str::to_string),
                        });
                    }
                }
                continue;
            }
            if help_word {
                // `help COMMAND`: that command's help.
                let name = arg.to_string_lossy();
                return match SUBS.iter().find(|s| s.name == name) {
                    Some(s) => Ok(Parsed::Help(Some(s.name))),
                    None => Err(ArgError::UnknownCommand {
                        name: model::sanitize(&name),
                        hint: near(&name, SUBS.iter().map(|s| s.name)).map(str::to_string),
                    }),
                };
            }
            positionals.push(arg.clone());
            continue;
        }
        let text = text.unwrap_or_default();
        if text == "--" {
            only_positionals = true;
            continue;
        }
        if matches!(text, "-h" | "--help") {
            return Ok(Parsed::Help(sub.map(|s| s.name)));
        }
        if matches!(text, "-V" | "--version") {
            return Ok(Parsed::Version);
        }
        let (opt, inline) = match find_opt(sub, arg) {
            Ok(found) => found,
            Err(e) => return Err(within(sub, e)),
        };
        if given.iter().any(|g| std::ptr::eq(g.opt, opt)) {
            return Err(within(
                sub,
                ArgError::Repeated {
                    arg: format!("--{}", opt.long),
                },
            ));
        }
        let wanted = match opt.takes {
            Takes::Nothing => 0,
            Takes::One(_) => 1,
            Takes::Two(..) => 2,
        };
        let mut values: Vec<OsString> = Vec::new();
        if let Some(v) = inline {
            if wanted == 0 {
                return Err(within(
                    sub,
                    ArgError::Unknown {
                        arg: model::sanitize(&arg.to_string_lossy()),
                        hint: Some(format!("--{}", opt.long)),
                    },
                ));
            }
            values.push(v);
        }
        while values.len() < wanted {
            // A value never starts with '-' unless written `--name=-value` ("-" alone is one).
            match it.next() {
                Some(v) if v.to_str().is_none_or(|t| !t.starts_with('-') || t == "-") => {
                    values.push(v.clone())
                }
                _ if opt.long == "compare" && !values.is_empty() => {
                    return Err(within(sub, ArgError::CompareTwo));
                }
                _ => {
                    return Err(within(
                        sub,
                        ArgError::MissingValue {
                            arg: shown_opt(opt),
                        },
                    ));
                }
            }
        }
        given.push(Given { opt, values });
    }
    if help_word {
        return Ok(Parsed::Help(None));
    }
    read(sub, &given, positionals).map_err(|e| within(sub, e))
}

/// The option `arg` names where the command line is (`sub`), and its value if written
/// `--name=value` or `-oVALUE`.
fn find_opt(
    sub: Option<&'static Sub>,
    arg: &OsStr,
) -> Result<(&'static Opt, Option<OsString>), ArgError> {
    let text = arg.to_string_lossy();
    let here = || {
        GLOBAL
            .iter()
            .chain(sub.map_or(TOP, |s| s.opts))
            .collect::<Vec<_>>()
    };
    let (opt, inline) = if let Some(long) = text.strip_prefix("--") {
        let name = long.split('=').next().unwrap_or_default();
        let opt = here().into_iter().find(|o| o.long == name);
        let inline = long.contains('=').then(|| after(arg, name.len() + 3));
        (opt, inline)
    } else {
        let c = text.chars().nth(1);
        let opt = here()
            .into_iter()
            .find(|o| o.short.is_some() && o.short == c);
        let rest = arg.len() > 2;
        (opt, rest.then(|| after(arg, 2)))
    };
    match opt {
        Some(o) => Ok((o, inline)),
        None => {
            let name = text.split('=').next().unwrap_or_default();
            Err(ArgError::Unknown {
                arg: model::sanitize(name),
                hint: hint_for(sub, name),
            })
        }
    }
}

/// The bytes of `arg` after the first `at` (an ASCII prefix), as an OS string.
fn after(arg: &OsStr, at: usize) -> OsString {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        OsStr::from_bytes(&arg.as_bytes()[at.min(arg.len())..]).to_os_string()
    }
    #[cfg(not(unix))]
    {
        OsString::from(arg.to_string_lossy().get(at..).unwrap_or_default())
    }
}

/// A hint for an unknown option: a near name here, or the command that takes it.
fn hint_for(sub: Option<&'static Sub>, name: &str) -> Option<String> {
    let here: Vec<&Opt> = GLOBAL.iter().chain(sub.map_or(TOP, |s| s.opts)).collect();
    let long = name.trim_start_matches('-');
    if let Some(n) = near(long, here.iter().map(|o| o.long)) {
        return Some(format!("--{n}"));
    }
    if name.starts_with("--") {
        if sub.is_some() && TOP.iter().any(|o| o.long == long) {
            return Some(format!("career-nav --{long}"));
        }
        // Another command's option, written right or nearly.
        let elsewhere = SUBS
            .iter()
            .filter(|s| sub.is_none_or(|here| here.name != s.name))
            .flat_map(|s| s.opts.iter().map(move |o| (s.name, o.long)));
        let exact = elsewhere.clone().find(|(_, o)| *o == long);
        let nearly = || {
            let found = near(long, elsewhere.clone().map(|(_, o)| o))?;
            elsewhere.clone().find(|(_, o)| *o == found)
        };
        if let Some((s, o)) = exact.or_else(nearly) {
            return Some(format!("career-nav {s} --{o}"));
        }
    }
    None
}

/// The name among `names` nearest to `word`, if it is near enough to be a slip of the keys
/// (at most two edits, fewer for short words).
fn near<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = if word.chars().count() <= 4 { 1 } else { 2 };
    names
        .map(|n| (crate::settings_messages::edit_distance(word, n), n))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// `--name <VALUE>` as the help and the errors write it.
fn shown_opt(opt: &Opt) -> String {
    match opt.takes {
        Takes::Nothing => format!("--{}", opt.long),
        Takes::One(v) => format!("--{} <{v}>", opt.long),
        Takes::Two(a, b) => format!("--{} <{a}> <{b}>", opt.long),
    }
}

/// The options given, read into a [`Cli`].
fn read(
    sub: Option<&'static Sub>,
    given: &[Given],
    positionals: Vec<OsString>,
) -> Result<Parsed, ArgError> {
    let find = |long: &str| given.iter().find(|g| g.opt.long == long);
    let has = |long: &str| find(long).is_some();
    let text = |long: &str| -> Result<Option<String>, ArgError> {
        match find(long).and_then(|g| g.values.first()) {
            None => Ok(None),
            Some(v) => v
                .to_str()
                .map(|s| Some(s.to_string()))
                .ok_or(ArgError::NotText {
                    arg: format!("--{long}"),
                }),
        }
    };
    let path = |long: &str| find(long).and_then(|g| g.values.first()).map(PathBuf::from);
    // A choice: its index among the option's choices (the default when not given).
    let pick = |long: &str| -> Result<Option<usize>, ArgError> {
        let Some(g) = find(long) else {
            return Ok(None);
        };
        let v = g.values[0].to_string_lossy();
        match g.opt.choices.iter().position(|c| *c == v) {
            Some(i) => Ok(Some(i)),
            None => Err(ArgError::Invalid {
                arg: format!("--{long}"),
                value: model::sanitize(&v),
                valid: g.opt.choices,
            }),
        }
    };
    let year = || -> Result<Option<u8>, ArgError> {
        let Some(g) = find("year") else {
            return Ok(None);
        };
        let raw = g.values[0].to_string_lossy();
        match model::normalize_title(&raw).parse::<u8>() {
            Ok(y) if (1..=MAX_YEAR).contains(&y) => Ok(Some(y)),
            _ => Err(ArgError::BadYear {
                value: model::sanitize(&raw),
            }),
        }
    };
    let format = |default: Format| -> Result<Format, ArgError> {
        Ok(match pick("format")? {
            None => default,
            Some(0) => Format::Text,
            Some(1) => Format::Markdown,
            Some(_) => Format::Html,
        })
    };
    let map_format = || -> Result<MapFormat, ArgError> {
        Ok(match pick("format")? {
            Some(1) => MapFormat::Xlsx,
            _ => MapFormat::Ron,
        })
    };
    let requires = |arg: &str, needs: &str| -> Result<(), ArgError> {
        if has(arg) && !has(needs) {
            return Err(ArgError::Requires {
                arg: format!("--{arg}"),
                needs: format!("--{needs}"),
            });
        }
        Ok(())
    };
    let output = || -> Result<(Option<PathBuf>, bool), ArgError> {
        requires("force", "output")?;
        Ok((path("output"), has("force")))
    };
    let expected = sub.map_or(&[][..], |s| s.positionals);
    if let Some(extra) = positionals.get(expected.len()) {
        return Err(ArgError::Unknown {
            arg: model::sanitize(&extra.to_string_lossy()),
            hint: None,
        });
    }
    if let (Some(s), Some(missing)) = (
        sub,
        expected.iter().skip(positionals.len()).find(|p| p.required),
    ) {
        return Err(ArgError::MissingArgument {
            command: s.name,
            name: missing.name,
        });
    }
    let mut positionals = positionals.into_iter().map(PathBuf::from);
    let command = match sub.map(|s| s.name) {
        None => None,
        Some("show") => {
            let what: Vec<&str> = SHOW_WHAT.iter().copied().filter(|w| has(w)).collect();
            match what[..] {
                [] => return Err(ArgError::ShowWhat),
                [_] => {}
                [a, b, ..] => {
                    return Err(ArgError::Conflict {
                        arg: format!("--{b}"),
                        other: format!("--{a}"),
                    });
                }
            }
            requires("year", "grade")?;
            Some(Command::Show(Show {
                grade: text("grade")?,
                year: year()?,
                overview: has("overview"),
                catalog: has("catalog"),
                compare: match find("compare") {
                    None => None,
                    Some(g) => Some(
                        g.values
                            .iter()
                            .map(|v| {
                                v.to_str().map(str::to_string).ok_or(ArgError::NotText {
                                    arg: "--compare".into(),
                                })
                            })
                            .collect::<Result<_, _>>()?,
                    ),
                },
                glossary: has("glossary"),
                all: has("all"),
                source: has("source"),
                format: format(Format::Text)?,
            }))
        }
        Some("export") => {
            let (output, force) = output()?;
            Some(Command::Export {
                format: format(Format::Markdown)?,
                output,
                force,
            })
        }
        Some("present") => Some(Command::Present {
            from: text("from")?,
        }),
        Some("dump-default") => {
            let (output, force) = output()?;
            Some(Command::DumpDefault {
                format: map_format()?,
                output,
                force,
            })
        }
        Some("template") => {
            let (output, force) = output()?;
            Some(Command::Template {
                format: map_format()?,
                output,
                force,
            })
        }
        Some("diff") => Some(Command::Diff {
            old: positionals.next().unwrap_or_default(),
            new: positionals.next().unwrap_or_default(),
            format: format(Format::Text)?,
        }),
        Some("check") => Some(Command::Check {
            path: positionals.next(),
        }),
        Some(_) => Some(Command::Config),
    };
    if sub.is_none() && has("guest") {
        for other in ["grade", "year"] {
            if has(other) {
                return Err(ArgError::Conflict {
                    arg: "--guest".into(),
                    other: format!("--{other}"),
                });
            }
        }
    }
    Ok(Parsed::Run(Cli {
        data: path("data"),
        grade: if sub.is_none() { text("grade")? } else { None },
        year: if sub.is_none() { year()? } else { None },
        theme: pick("theme")?.map(|i| match i {
            0 => ThemeName::Default,
            1 => ThemeName::HighContrast,
            _ => ThemeName::Mono,
        }),
        plain: has("plain"),
        lang: pick("lang")?.map(|i| if i == 0 { Lang::Ja } else { Lang::En }),
        guest: has("guest"),
        command,
    }))
}

impl ArgError {
    /// The error as the reader reads it, with where to find the usage.
    pub fn render(&self, lang: Lang) -> String {
        let (said, command) = match self {
            ArgError::In(name, inner) => (inner.sentence(lang), format!(" {name}")),
            _ => (self.sentence(lang), String::new()),
        };
        match lang {
            Lang::Ja => format!(
                "career-nav: {said}\n使い方は career-nav{command} --help で表示できます。\n"
            ),
            Lang::En => {
                format!("career-nav: {said}\nFor the usage, try 'career-nav{command} --help'.\n")
            }
        }
    }

    fn sentence(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            ArgError::In(_, inner) => inner.sentence(lang),
            ArgError::Unknown { arg, hint } => {
                let s = if ja {
                    format!("「{arg}」という指定はありません。")
                } else {
                    format!("unexpected argument '{arg}'")
                };
                with_hint(s, hint.as_deref(), lang)
            }
            ArgError::UnknownCommand { name, hint } => {
                let names: Vec<&str> = SUBS.iter().map(|s| s.name).collect();
                let s = if ja {
                    format!(
                        "「{name}」というコマンドはありません。コマンドは {} です。",
                        names.join("、")
                    )
                } else {
                    format!(
                        "unrecognized command '{name}' (the commands: {})",
                        names.join(", ")
                    )
                };
                with_hint(s, hint.as_deref(), lang)
            }
            ArgError::MissingValue { arg } => {
                if ja {
                    format!("{arg} には値が要ります。")
                } else {
                    format!("a value is required for '{arg}' but none was supplied")
                }
            }
            ArgError::Invalid { arg, value, valid } => {
                if ja {
                    format!(
                        "{arg} に「{value}」は使えません。使えるのは {} です。",
                        valid.join("、")
                    )
                } else {
                    format!(
                        "invalid value '{value}' for '{arg}' (possible values: {})",
                        valid.join(", ")
                    )
                }
            }
            ArgError::BadYear { value } => {
                if ja {
                    format!(
                        "--year の値「{value}」は使えません（入庁年目は 1～{MAX_YEAR} の数字です）。"
                    )
                } else {
                    format!(
                        "invalid value '{value}' for '--year <N>': a year of service from 1 to {MAX_YEAR}"
                    )
                }
            }
            ArgError::Repeated { arg } => {
                if ja {
                    format!("{arg} は一度だけ指定できます。")
                } else {
                    format!("the argument '{arg}' cannot be used multiple times")
                }
            }
            ArgError::Conflict { arg, other } => {
                if ja {
                    format!("{arg} は {other} と一緒には使えません。")
                } else {
                    format!("the argument '{arg}' cannot be used with '{other}'")
                }
            }
            ArgError::Requires { arg, needs } => {
                if ja {
                    format!("{arg} は {needs} と一緒に使います。")
                } else {
                    format!("'{arg}' goes with '{needs}'")
                }
            }
            ArgError::ShowWhat => {
                let what: Vec<String> = SHOW_WHAT.iter().map(|w| format!("--{w}")).collect();
                if ja {
                    format!(
                        "show には、何を印刷するかを一つ付けます：{}。",
                        what.join("、")
                    )
                } else {
                    format!("show needs one of: {}", what.join(", "))
                }
            }
            ArgError::MissingArgument { command, name } => {
                if ja {
                    format!("{command} には <{name}> が要ります。")
                } else {
                    format!("{command} needs <{name}>")
                }
            }
            ArgError::NotText { arg } => {
                if ja {
                    format!("{arg} の値は文字として読めません（UTF-8 ではありません）。")
                } else {
                    format!("the value of '{arg}' is not valid UTF-8")
                }
            }
            ArgError::CompareTwo => {
                if ja {
                    "--compare には職位を二つ付けます（--compare 主任 係長 のように）。".into()
                } else {
                    "--compare takes two titles: --compare A B".into()
                }
            }
        }
    }
}

/// `said`, then what was probably meant, if anything was near.
fn with_hint(said: String, hint: Option<&str>, lang: Lang) -> String {
    match (hint, lang) {
        (None, _) => said,
        (Some(h), Lang::Ja) => format!("{said}\nもしかして {h} ですか？"),
        (Some(h), Lang::En) => format!("{said}\ntip: did you mean '{h}'?"),
    }
}

/// The help of the program (`None`) or of a command, in `lang`; the texts broken between
/// phrases at `width` when it is known (a terminal), else each on one line.
pub fn help(command: Option<&str>, lang: Lang, width: Option<usize>) -> String {
    let ja = lang == Lang::Ja;
    let pick = |(j, e): (&'static str, &'static str)| if ja { j } else { e };
    let sub = command.and_then(|c| SUBS.iter().find(|s| s.name == c));
    let mut out = String::new();
    let about = sub.map_or(pick(ABOUT), |s| pick((s.ja, s.en)));
    match width {
        Some(w) => {
            for line in crate::wrap::wrap(about, w, "", "") {
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
        None => {
            out.push_str(about);
            out.push('\n');
        }
    }
    let (usage, options, commands, arguments) = if ja {
        ("使い方", "オプション", "コマンド", "引数")
    } else {
        ("Usage", "Options", "Commands", "Arguments")
    };
    let name = sub.map_or(String::new(), |s| format!(" {}", s.name));
    let args: String = sub
        .map_or(&[][..], |s| s.positionals)
        .iter()
        .map(|p| {
            if p.required {
                format!(" <{}>", p.name)
            } else {
                format!(" [{}]", p.name)
            }
        })
        .collect();
    let tail = if sub.is_none() {
        format!(" [{commands}]")
    } else {
        String::new()
    };
    out.push_str(&format!(
        "\n{usage}: career-nav{name} [{options}]{args}{tail}\n"
    ));
    // Rows: the name column, then the text.
    let mut sections: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    if sub.is_none() {
        let rows = SUBS
            .iter()
            .map(|s| (s.name.to_string(), pick((s.ja, s.en)).to_string()))
            .collect();
        sections.push((commands, rows));
    }
    if let Some(s) = sub.filter(|s| !s.positionals.is_empty()) {
        let rows = s
            .positionals
            .iter()
            .map(|p| (format!("<{}>", p.name), pick((p.ja, p.en)).to_string()))
            .collect();
        sections.push((arguments, rows));
    }
    let own = sub.map_or(TOP, |s| s.opts);
    let mut rows: Vec<(String, String)> = own
        .iter()
        .chain(GLOBAL)
        .map(|o| {
            let name = match o.short {
                Some(c) => format!("-{c}, {}", shown_opt(o)),
                None => format!("    {}", shown_opt(o)),
            };
            (name, opt_text(o, lang))
        })
        .collect();
    rows.push(("-h, --help".into(), pick(HELP_OPT).into()));
    if sub.is_none() {
        rows.push(("-V, --version".into(), pick(VERSION_OPT).into()));
    }
    sections.push((options, rows));
    for (heading, rows) in sections {
        out.push_str(&format!("\n{heading}:\n"));
        let column = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(0) + 4;
        for (name, text) in rows {
            let lead = format!("  {name:<0$}", column - 2);
            match width {
                // Beside the names when the text has room; else under them.
                Some(w) if w >= column + 24 => {
                    let rest = " ".repeat(column);
                    for line in crate::wrap::wrap(&text, w, &lead, &rest) {
                        out.push_str(line.trim_end());
                        out.push('\n');
                    }
                }
                Some(w) => {
                    out.push_str(&format!("  {name}\n"));
                    for line in crate::wrap::wrap(&text, w, "      ", "      ") {
                        out.push_str(line.trim_end());
                        out.push('\n');
                    }
                }
                None => out.push_str(&format!("{lead}{text}\n")),
            }
        }
    }
    out
}

/// An option's help with its values and default said in `lang`.
fn opt_text(o: &Opt, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut text = if ja { o.ja } else { o.en }.to_string();
    // The choices are named in the text of --theme and --lang already.
    if !o.choices.is_empty() && o.default.is_some() {
        text.push_str(&if ja {
            format!("{} のどれか", o.choices.join("、"))
        } else {
            format!(" One of: {}", o.choices.join(", "))
        });
    }
    if let Some(d) = o.default {
        text.push_str(&if ja {
            format!("（既定：{d}）")
        } else {
            format!(" [default: {d}]")
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Parsed, ArgError> {
        let args: Vec<OsString> = std::iter::once("career-nav")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        parse(&args)
    }

    fn run(args: &[&str]) -> Cli {
        match parse_str(args) {
            Ok(Parsed::Run(cli)) => cli,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn error(args: &[&str]) -> ArgError {
        match parse_str(args) {
            Err(ArgError::In(_, e)) => *e,
            Err(e) => e,
            Ok(other) => panic!("{args:?} read: {other:?}"),
        }
    }

    #[test]
    fn the_navigator_and_global_options_anywhere() {
        assert_eq!(run(&[]), Cli::default());
        let cli = run(&["--grade", "主任", "--year=３", "--theme", "mono", "--plain"]);
        assert_eq!(cli.grade.as_deref(), Some("主任"));
        assert_eq!(cli.year, Some(3));
        assert_eq!(cli.theme, Some(ThemeName::Mono));
        assert!(cli.plain && cli.command.is_none());
        // Global options after the command, and `=` or a separate value.
        let cli = run(&["check", "--data=a.ron", "--lang", "en", "b.ron"]);
        assert_eq!(cli.data, Some(PathBuf::from("a.ron")));
        assert_eq!(cli.lang, Some(Lang::En));
        assert_eq!(
            cli.command,
            Some(Command::Check {
                path: Some("b.ron".into())
            })
        );
        // After `--` a word is an argument even when it starts with '-'.
        let cli = run(&["diff", "--", "-old.ron", "new.ron"]);
        assert_eq!(
            cli.command,
            Some(Command::Diff {
                old: "-old.ron".into(),
                new: "new.ron".into(),
                format: Format::Text
            })
        );
    }

    #[test]
    fn each_command_reads_its_options() {
        assert_eq!(
            run(&["show", "--compare", "主任", "係長", "--format", "markdown"]).command,
            Some(Command::Show(Show {
                grade: None,
                year: None,
                overview: false,
                catalog: false,
                compare: Some(vec!["主任".into(), "係長".into()]),
                glossary: false,
                all: false,
                source: false,
                format: Format::Markdown,
            }))
        );
        assert_eq!(
            run(&["export", "-o", "-"]).command,
            Some(Command::Export {
                format: Format::Markdown,
                output: Some("-".into()),
                force: false
            })
        );
        assert_eq!(
            run(&["template", "-osheet.xlsx", "--format", "xlsx", "--force"]).command,
            Some(Command::Template {
                format: MapFormat::Xlsx,
                output: Some("sheet.xlsx".into()),
                force: true
            })
        );
        assert_eq!(
            run(&["present", "--from", "課長"]).command,
            Some(Command::Present {
                from: Some("課長".into())
            })
        );
        assert_eq!(run(&["config"]).command, Some(Command::Config));
        assert_eq!(parse_str(&["show", "-h"]), Ok(Parsed::Help(Some("show"))));
        assert_eq!(parse_str(&["help", "diff"]), Ok(Parsed::Help(Some("diff"))));
        assert_eq!(parse_str(&["help"]), Ok(Parsed::Help(None)));
        assert_eq!(parse_str(&["-V"]), Ok(Parsed::Version));
    }

    #[test]
    fn mistakes_are_named() {
        let unknown = |arg: &str, hint: Option<&str>| ArgError::Unknown {
            arg: arg.into(),
            hint: hint.map(str::to_string),
        };
        assert_eq!(error(&["--bogus"]), unknown("--bogus", None));
        assert_eq!(
            error(&["--grde", "主任"]),
            unknown("--grde", Some("--grade"))
        );
        assert_eq!(
            error(&["--overview"]),
            unknown("--overview", Some("career-nav show --overview"))
        );
        assert_eq!(
            error(&["--overveiw"]),
            unknown("--overveiw", Some("career-nav show --overview"))
        );
        assert_eq!(
            error(&["show", "--guest"]),
            unknown("--guest", Some("career-nav --guest"))
        );
        assert_eq!(error(&["show", "--overview", "x"]), unknown("x", None));
        assert_eq!(
            error(&["shw"]),
            ArgError::UnknownCommand {
                name: "shw".into(),
                hint: Some("show".into())
            }
        );
        assert_eq!(
            error(&["--theme", "pink"]),
            ArgError::Invalid {
                arg: "--theme".into(),
                value: "pink".into(),
                valid: THEMES
            }
        );
        for y in ["0", "46", "x", "4.5"] {
            assert_eq!(error(&["--year", y]), ArgError::BadYear { value: y.into() });
        }
        assert_eq!(
            error(&["--grade"]),
            ArgError::MissingValue {
                arg: "--grade <TITLE>".into()
            }
        );
        assert_eq!(
            error(&["--data", "--plain"]),
            ArgError::MissingValue {
                arg: "--data <PATH>".into()
            }
        );
        assert_eq!(error(&["show", "--compare", "主任"]), ArgError::CompareTwo);
        assert_eq!(error(&["show"]), ArgError::ShowWhat);
        assert_eq!(
            error(&["show", "--overview", "--catalog"]),
            ArgError::Conflict {
                arg: "--catalog".into(),
                other: "--overview".into()
            }
        );
        assert_eq!(
            error(&["show", "--overview", "--year", "3"]),
            ArgError::Requires {
                arg: "--year".into(),
                needs: "--grade".into()
            }
        );
        assert_eq!(
            error(&["export", "--force"]),
            ArgError::Requires {
                arg: "--force".into(),
                needs: "--output".into()
            }
        );
        assert_eq!(
            error(&["--guest", "--grade", "主任"]),
            ArgError::Conflict {
                arg: "--guest".into(),
                other: "--grade".into()
            }
        );
        assert_eq!(
            error(&["--plain", "--plain"]),
            ArgError::Repeated {
                arg: "--plain".into()
            }
        );
        assert_eq!(
            error(&["diff", "a.ron"]),
            ArgError::MissingArgument {
                command: "diff",
                name: "NEW"
            }
        );
        assert_eq!(
            error(&["--plain=yes"]),
            unknown("--plain=yes", Some("--plain"))
        );
        // Control characters in what is shown back are cleaned.
        match error(&["--\u{1b}[31m"]) {
            ArgError::Unknown { arg, .. } => assert!(!arg.contains('\u{1b}'), "{arg:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn errors_are_sentences_in_the_readers_language() {
        let e = parse_str(&["show", "--catalg"]).unwrap_err();
        assert_eq!(
            e.render(Lang::Ja),
            "career-nav: 「--catalg」という指定はありません。\nもしかして --catalog ですか？\n使い方は career-nav show --help で表示できます。\n"
        );
        assert_eq!(
            e.render(Lang::En),
            "career-nav: unexpected argument '--catalg'\ntip: did you mean '--catalog'?\nFor the usage, try 'career-nav show --help'.\n"
        );
    }

    #[test]
    fn the_help_lists_every_option_of_the_command() {
        for lang in [Lang::Ja, Lang::En] {
            let top = help(None, lang, None);
            for o in GLOBAL.iter().chain(TOP) {
                assert!(top.contains(&format!("--{} ", o.long)), "{}: {top}", o.long);
            }
            for s in SUBS {
                assert!(top.contains(&format!("  {} ", s.name)), "{}: {top}", s.name);
                let h = help(Some(s.name), lang, Some(80));
                for o in s.opts.iter().chain(GLOBAL) {
                    assert!(h.contains(&format!("--{}", o.long)), "{}: {h}", o.long);
                }
                for p in s.positionals {
                    assert!(h.contains(&format!("<{}>", p.name)), "{h}");
                }
                assert!(h.contains("-h, --help"), "{h}");
                // At 80 columns no line is wider.
                for line in h.lines() {
                    assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
                }
            }
        }
        let ja = help(Some("show"), Lang::Ja, None);
        assert!(ja.contains("使い方: career-nav show [オプション]"), "{ja}");
        assert!(
            ja.contains("text、markdown、html のどれか（既定：text）"),
            "{ja}"
        );
        let en = help(Some("diff"), Lang::En, None);
        assert!(
            en.contains("Usage: career-nav diff [Options] <OLD> <NEW>"),
            "{en}"
        );
        assert!(en.contains("Arguments:\n  <OLD>"), "{en}");
    }
}
