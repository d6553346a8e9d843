//! The command line in the reader's language: `--help` and clap's own errors in Japanese by
//! default, in English where `--lang en` or the locale says so. The derive's doc comments in
//! `cli.rs` are the English text; this table gives every help text in both languages, as
//! whole sentences, and the help's headings.

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::model::Lang;

/// (where: "" for the program, "SUB" for a subcommand, "ARG" or "SUB.ARG" for an option;
/// Japanese; English).
const HELP: &[(&str, &str, &str)] = &[
    (
        "",
        "職員のキャリアパス（人材育成マップ）を端末でたどります。職位と入庁年目を選ぶと、職位の階段の一段ごとに、求められる役割・受けられる研修・OJT での役割・人事考課での役割が分かります。コマンドを付けずに起動すると、対話式の画面が開きます。",
        "Walk a career development map (人材育成マップ): pick your grade and year of service, then see at every step of the ladder the role expected of you, the training open to you, your OJT role and your appraisal role. Without a subcommand, opens the interactive navigator.",
    ),
    (
        "data",
        "地図をこのファイル（.ron か .xlsx）から読みます（付けなければ組み込みの地図）。",
        "Load the map from this file (.ron or .xlsx) instead of the embedded default.",
    ),
    (
        "grade",
        "この職位から始めます（地図にある職位名・スタッフ職名のどれでも）。この起動の間だけで、記録の現在地は変えません。",
        "Start at this grade: any title of a step or specialist tier of the map. For this run only: the standing saved in your record stays.",
    ),
    (
        "year",
        "入庁年目（1～45）。",
        "Year of service (入庁N年目), 1 to 45.",
    ),
    (
        "theme",
        "色：default（標準）、high-contrast（16色のみ）、mono（色なし）。付けなければ、NO_COLOR があれば mono、なければ設定ファイル（config.ron）、なければ default。",
        "Colours: default, high-contrast (the 16 ANSI colours only) or mono (no colour). Without it: mono when NO_COLOR is set, else the saved setting (config.ron), else default.",
    ),
    (
        "plain",
        "文字だけの画面（スクリーンリーダー向け）：番号付きのメニューを一行ずつ読み書きします。罫線は使いません。TERM=dumb のときは自動でこれになります。",
        "Plain text for screen readers: numbered menus read line by line from standard input, no box drawing. Chosen automatically when TERM=dumb.",
    ),
    (
        "lang",
        "メッセージの言語：ja（日本語）か en（英語）。付けなければ、ロケール（LC_ALL、LC_MESSAGES、LANG）が英語なら英語、それ以外は日本語。",
        "The language of messages: ja or en. Without it: English when the locale (LC_ALL, LC_MESSAGES, LANG) is English, else Japanese.",
    ),
    (
        "guest",
        "共有の画面（研修会場・プロジェクター）向けのゲストモード：現在地も記録も表示せず、何も保存しません。",
        "Guest mode for a shared screen (a workshop, a projector): shows no standing (現在地) and no record, and writes nothing to disk.",
    ),
    (
        "show",
        "端末の画面を使わずに印刷します（スクリーンリーダー・パイプ・配布資料向け）：ある職位から上へのたどり、全体像、研修一覧、比較、用語集、地図全体の配布資料。",
        "Print without a terminal UI (for screen readers, pipes and handouts): the walk from a grade to the top, or the overview, the catalog, a comparison, the glossary, the whole map as a handout.",
    ),
    (
        "show.grade",
        "現在地の職位（地図にある職位名・スタッフ職名のどれでも）。そこから上へのたどりを印刷します。",
        "Where you stand: any title of a step or specialist tier. Prints the walk from there to the top.",
    ),
    (
        "show.year",
        "入庁年目（1～45）：その年の研修に印を付けます。",
        "Year of service (入庁N年目), 1 to 45: marks your year's training.",
    ),
    (
        "show.overview",
        "全体像：目指すべき職員像、施策とその方針、取組。",
        "Page 1: the vision, the measures with their 方針, the initiatives.",
    ),
    (
        "show.catalog",
        "研修一覧：すべての研修を、施策・実施・対象・時期とともに。",
        "Every training with its measure, organiser, audience and where it applies.",
    ),
    (
        "show.compare",
        "二つの職位を並べ、その違いを示します。",
        "Two grades side by side, and what changes between them.",
    ),
    (
        "show.glossary",
        "用語集（このプログラムによる説明）。",
        "The glossary (the program's explanations of terms the document uses).",
    ),
    (
        "show.all",
        "地図全体の配布資料：全体表・目次・凡例、全体像・各職位・スタッフ職・職位に結び付けられていない研修・用語集の章、付録「原文と注記」。--format html で A4 用の一つのファイル（章ごとに改ページ）。--grade と --format html で、その職位からの研修資料。",
        "The whole map as one printable handout: the map as one table, the contents and legend, then a chapter for the overview, each step, the specialist tiers, the trainings not tied to a grade and the glossary, and the appendix of source texts. With --format html: one self-contained file for A4; with --grade G --format html: a workshop handout from G to the top.",
    ),
    (
        "show.source",
        "完全版：推定の注記をすべて示し、各項目の下に原文（原資料に印刷された文）を添えます。付けなければ、読みには ＊ だけを付けます。",
        "Complete: every inference note in full and the source text (原文) under each fact. Without it, a reading is marked ＊ in place.",
    ),
    ("show.format", "出力の形式。", "Output format."),
    (
        "export",
        "保存した記録から、育成面談シート（現在地、自己チェック、受講済み・予定の研修、次の職位、メモ、聞きたいこと）を書き出します。",
        "Write the interview sheet (面談シート) for the 育成面談 from your saved record: where you stand, the self-check, training done and planned, the next step, notes and questions.",
    ),
    ("export.format", "出力の形式。", "Output format."),
    (
        "export.output",
        "標準出力の代わりにこのファイルへ書きます（- は標準出力）。あるファイルは --force なしでは置き換えません。シンボリックリンクは置き換えません。FIFO やデバイスには書き込みます。",
        "Write to this file instead of standard output (`-` is standard output). An existing file is not replaced without --force; a symbolic link never is; a FIFO or a device is written into.",
    ),
    (
        "export.force",
        "-o のファイルがあれば置き換えます（読み取り専用のファイルとリンクは置き換えません）。",
        "Replace the file given with -o if it exists (never a read-only file or a link).",
    ),
    (
        "present",
        "研修会向けのプレゼンテーション：一画面に一枚。←→ か PgUp/PgDn で進み戻り、番号と Enter でその番号へ、i で一覧、b で暗転。地図だけを示し、誰の記録も表示せず、何も保存しません。",
        "Presentation mode for workshops: one slide per screen, ←/→ or PgUp/PgDn to step, a number and Enter to go to a slide, i for the slide index, b to blank the screen. Shows the map only, never anyone's saved record, and writes nothing.",
    ),
    (
        "present.from",
        "この職位のスライドから始めます（地図にある職位名・スタッフ職名のどれでも）。",
        "Start at the slide of this grade: any title of a step or specialist tier.",
    ),
    (
        "dump-default",
        "組み込みの地図（--data があればその地図）を RON かワークブック（.xlsx）で書き出します：別の組織の地図を作る出発点です。",
        "Print the embedded map (or the --data map): the starting point for another organisation's map, as RON or as a workbook (.xlsx).",
    ),
    (
        "dump-default.format",
        "ron（テキスト）か xlsx（ワークブック。-o かパイプが必要）。",
        "ron (text) or xlsx (a workbook; needs -o or a pipe).",
    ),
    (
        "dump-default.output",
        "標準出力の代わりにこのファイルへ書きます。あるファイルは --force なしでは置き換えません。シンボリックリンクは置き換えません。FIFO やデバイスには書き込みます。",
        "Write to this file instead of standard output. An existing file is not replaced without --force; a symbolic link never is; a FIFO or a device is written into.",
    ),
    (
        "dump-default.force",
        "-o のファイルがあれば置き換えます（読み取り専用のファイルとリンクは置き換えません）。",
        "Replace the file given with -o if it exists (never a read-only file or a link).",
    ),
    (
        "template",
        "check を通る最小の地図（説明つき）を書き出します：新しい地図の書き始めに。",
        "Write a minimal, commented map that passes `check`: a start for a new map.",
    ),
    (
        "template.format",
        "ron（テキスト）か xlsx（ワークブック。-o かパイプが必要）。",
        "ron (text) or xlsx (a workbook; needs -o or a pipe).",
    ),
    (
        "template.output",
        "標準出力の代わりにこのファイルへ書きます。あるファイルは --force なしでは置き換えません。シンボリックリンクは置き換えません。FIFO やデバイスには書き込みます。",
        "Write to this file instead of standard output. An existing file is not replaced without --force; a symbolic link never is; a FIFO or a device is written into.",
    ),
    (
        "template.force",
        "-o のファイルがあれば置き換えます（読み取り専用のファイルとリンクは置き換えません）。",
        "Replace the file given with -o if it exists (never a read-only file or a link).",
    ),
    (
        "diff",
        "地図の二つの版（.ron か .xlsx）の違い：職位・役割・研修・施策などの追加・削除・変更。同じなら 0、違えば 1、誤りなら 2 で終わります（diff と同じ）。",
        "What changed between two editions of a map (.ron or .xlsx): steps, expectations, trainings, measures added, removed, changed. Exits 0 when the maps are the same, 1 when they differ, 2 on an error (like diff).",
    ),
    (
        "diff.old",
        "古い版の地図ファイル。",
        "The older edition's map file.",
    ),
    (
        "diff.new",
        "新しい版の地図ファイル。",
        "The newer edition's map file.",
    ),
    ("diff.format", "出力の形式。", "Output format."),
    (
        "check",
        "地図ファイルを検査します（PATH がなければ組み込みの地図）。正しければ要約を示して 0、誤りがあればすべてを示して 1 で終わります。",
        "Validate a map file (the embedded map without PATH): a summary and exit 0 if valid, the errors and exit 1 if not.",
    ),
    (
        "check.path",
        "検査する地図ファイル（.ron か .xlsx。なければ --data、それもなければ組み込みの地図）。",
        "The map file to check, .ron or .xlsx (default: --data, or the embedded map).",
    ),
    (
        "config",
        "設定ファイル（config.ron：色、keys.ron：キー）をこの機械のどこで探すか、見つかったか、何を変えたか、いまの色とその理由を示します。ファイルに誤りがあれば 1 で終わります（そのとき画面は既定の設定で動きます）。",
        "Where the settings files (config.ron: the theme; keys.ron: your keys) are looked for on this machine, whether each was found, what it changed and the theme in force. Exit 1 when a file has an error (the navigator then uses the defaults and says so).",
    ),
];

/// The help's own words.
const TEMPLATE_JA: &str = "\
{before-help}{about-with-newline}
使い方: {usage}

{all-args}{after-help}";

/// The language asked for before the command line is parsed: `--lang` among the arguments,
/// else the locale.
pub fn lang_of(args: &[std::ffi::OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
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

/// The command line `cmd` with its help in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let pick = |ja: &'static str, en: &'static str| match lang {
        Lang::Ja => ja,
        Lang::En => en,
    };
    let mut cmd = cmd;
    for &(path, ja, en) in HELP {
        let text = pick(ja, en);
        cmd = match path.split_once('.') {
            _ if path.is_empty() => cmd.about(text).long_about(None::<&str>),
            Some((sub, arg)) => cmd.mut_subcommand(sub, |s| {
                s.mut_arg(arg, |a| a.help(text).long_help(None::<&str>))
            }),
            None if cmd.find_subcommand(path).is_some() => {
                cmd.mut_subcommand(path, |s| s.about(text).long_about(None::<&str>))
            }
            None => cmd.mut_arg(path, |a| a.help(text).long_help(None::<&str>)),
        };
    }
    cmd = cmd.disable_help_subcommand(true);
    if lang == Lang::Ja {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, japanese_headings);
        }
        cmd = japanese_headings(cmd).disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help_heading("オプション")
                .help("版を表示します"),
        );
    }
    cmd
}

fn japanese_headings(cmd: Command) -> Command {
    cmd.mut_args(|a| {
        // The help texts name the values themselves (in the reader's language).
        let takes_value = a.get_action().takes_values();
        // clap says a default as "[default: text]": said here in Japanese instead.
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let a = if defaults.is_empty() {
            a
        } else {
            let help = a.get_help().map(ToString::to_string).unwrap_or_default();
            a.hide_default_value(true)
                .help(format!("{help}（既定：{}）", defaults.join("、")))
        };
        a.help_heading("オプション")
            .hide_possible_values(takes_value)
    })
    .help_template(TEMPLATE_JA)
    .subcommand_help_heading("コマンド")
    .subcommand_value_name("コマンド")
    .disable_help_flag(true)
    .arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help_heading("オプション")
            .help("この説明を表示します"),
    )
}

/// clap's error, said in `lang` as a whole sentence.
pub fn error_text(e: &clap::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.render().to_string();
    }
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("、"),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    let value = ctx(ContextKind::InvalidValue);
    let said = match e.kind() {
        ErrorKind::UnknownArgument => format!("「{arg}」という指定はありません。"),
        ErrorKind::InvalidSubcommand => {
            format!(
                "「{}」というコマンドはありません。",
                ctx(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue => {
            let valid = ctx(ContextKind::ValidValue);
            if valid.is_empty() {
                format!("{arg} に「{value}」は使えません。")
            } else {
                format!("{arg} に「{value}」は使えません。使えるのは {valid} です。")
            }
        }
        ErrorKind::ValueValidation => {
            format!(
                "{arg} の値「{value}」は使えません（{}）。",
                e.source().map(|s| s.to_string()).unwrap_or_default()
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("{arg} が必要です。")
        }
        ErrorKind::ArgumentConflict => {
            format!(
                "{arg} は {} と一緒には使えません。",
                ctx(ContextKind::PriorArg)
            )
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("{arg} の値の数が違います。")
        }
        ErrorKind::NoEquals | ErrorKind::InvalidUtf8 => format!("{arg} の書き方が違います。"),
        ErrorKind::MissingSubcommand => "コマンドが必要です。".into(),
        _ => return e.render().to_string(),
    };
    format!("career-nav: {said}\n使い方は career-nav --help で表示できます。\n")
}

use std::error::Error as _;
