//! What the record's store and the sheet's export tell the reader about files, in Japanese
//! and in English. Each message is a [`FileMsg`] value; each language renders it in one
//! table of whole sentences ([`ja`] and [`en`]), as `crate::model::messages` does for map
//! authors: no sentence is assembled from translated words, and no English is left inside a
//! Japanese one. Paths are cleaned of what a terminal would act on when they are made into
//! a message ([`shown`]).

use std::fmt;
use std::io;
use std::path::Path;

use crate::model::Lang;

/// A path as shown in a message: cleaned like map text (a file name may hold escapes).
pub fn shown(path: &Path) -> String {
    crate::model::sanitize(&path.display().to_string())
}

/// Why a file could not be read or written, in the reader's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    PermissionDenied,
    NotFound,
    /// A file stands where a folder should be.
    FileInTheWay,
    /// A folder stands where a file should be.
    IsAFolder,
    StorageFull,
    QuotaExceeded,
    ReadOnlyPlace,
    Busy,
    /// Nobody reads the pipe any more.
    NoReader,
    AlreadyExists,
    /// A name too long, or with a character the file system refuses.
    BadName,
    /// Larger than the file system or the process limit allows.
    FileTooLarge,
    /// A FIFO (named pipe): not read, never waited on.
    Fifo,
    /// A device (`/dev/zero`): not read.
    Device,
    /// A socket or another special file: not read.
    NotAFile,
    /// Larger than the limit (MiB).
    TooLarge {
        mib: u64,
    },
    /// What the system said, as it said it (no table has words for it).
    Other(String),
}

impl Problem {
    pub fn from_io(e: &io::Error) -> Problem {
        use io::ErrorKind as K;
        match e.kind() {
            K::PermissionDenied => Problem::PermissionDenied,
            K::NotFound => Problem::NotFound,
            K::AlreadyExists => Problem::AlreadyExists,
            K::NotADirectory => Problem::FileInTheWay,
            K::IsADirectory => Problem::IsAFolder,
            K::StorageFull => Problem::StorageFull,
            K::QuotaExceeded => Problem::QuotaExceeded,
            K::ReadOnlyFilesystem => Problem::ReadOnlyPlace,
            K::ResourceBusy => Problem::Busy,
            K::BrokenPipe => Problem::NoReader,
            K::InvalidFilename => Problem::BadName,
            K::FileTooLarge => Problem::FileTooLarge,
            _ => Problem::Other(crate::model::sanitize(&e.to_string())),
        }
    }

    pub fn from_read(e: &crate::capped::ReadError) -> Problem {
        use crate::capped::ReadError;
        match e {
            ReadError::Io(e) => Problem::from_io(e),
            // `capped` names the kind in its message.
            ReadError::NotAFile(what) if what.starts_with("a folder") => Problem::IsAFolder,
            ReadError::NotAFile(what) if what.starts_with("a FIFO") => Problem::Fifo,
            ReadError::NotAFile(what) if what.starts_with("a device") => Problem::Device,
            ReadError::NotAFile(_) => Problem::NotAFile,
            ReadError::TooLarge(limit) => Problem::TooLarge {
                mib: limit / (1024 * 1024),
            },
        }
    }
}

/// One message about the record or the sheet. Paths are already cleaned ([`shown`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileMsg {
    // The record, at open.
    /// No home directory: nothing is saved.
    NoHome,
    /// Opened by a command that only reads.
    ReadingOnly,
    /// A store that saves nothing.
    NotSaving,
    /// Another copy holds the lock.
    OpenElsewhere {
        path: String,
    },
    /// Another copy took the lock after this one opened.
    OpenedElsewhereSince {
        path: String,
    },
    /// The file changed on disk after it was read.
    ChangedSince {
        path: String,
    },
    /// Written by a newer version: read-only.
    Newer {
        path: String,
        version: u64,
        max: u32,
    },
    /// … and its content cannot be read by this version: an empty record is shown.
    NewerShownEmpty,
    /// A command that only reads met a newer record it cannot read.
    NewerUsingEmpty {
        path: String,
        version: u64,
    },
    /// Does not parse; left where it is, an empty record used (only reading).
    BrokenUsingEmpty {
        path: String,
    },
    /// Does not parse; left where it is, an empty record shown (another copy has it).
    BrokenShownEmpty {
        path: String,
    },
    /// Does not parse; moved aside to `kept`.
    BrokenMovedAside {
        kept: String,
    },
    /// Does not parse, and could not be moved aside: read-only.
    BrokenNotMoved {
        path: String,
        why: Problem,
    },
    /// Could not be read; an empty record used (only reading).
    UnreadableUsingEmpty {
        path: String,
        why: Problem,
    },
    /// Could not be read; an empty record shown (another copy has it).
    UnreadableShownEmpty {
        path: String,
        why: Problem,
    },
    /// Could not be read: read-only.
    UnreadableReadOnly {
        path: String,
        why: Problem,
    },
    /// The folder has no locks.
    NoLocking {
        dir: String,
    },
    /// The folder or the lock file could not be set up: tried again at the save.
    FolderNotReady {
        dir: String,
        why: Problem,
    },
    /// A year of service outside 1–max: the profile is not used.
    YearOutOfRange {
        year: u8,
        max: u8,
    },
    /// Training years outside min–max: done, without a year.
    TrainingYearsOutOfRange {
        trainings: Vec<(String, u16)>,
        min: u16,
        max: u16,
    },
    /// Entries of the record the map does not have (an earlier edition's): kept, and listed
    /// apart at the end of わたしの記録.
    NotInMap {
        checks: usize,
        trainings: usize,
    },

    // The record, at a save.
    TooLarge {
        mib: u64,
    },
    CannotSerialize,
    SaveFailed {
        path: String,
        why: Problem,
    },
    /// A save that failed while the reader edits: what they typed is still on screen.
    Unsaved(Box<FileMsg>),

    // The sheet.
    /// A symbolic link at the path: never replaced.
    IsSymlink {
        path: String,
    },
    IsFolder {
        path: String,
    },
    /// A file is there and `--force` was not given.
    Exists {
        path: String,
    },
    /// A read-only file is there: not replaced, even with `--force`.
    ReadOnlyFile {
        path: String,
    },
    /// A socket or block device: not written.
    NotRegular {
        path: String,
    },
    WriteFailed {
        path: String,
        why: Problem,
    },
    /// `stem.ext`, `stem-2.ext` … `stem-999.ext` all taken.
    TooManyNames {
        path: String,
    },
    SheetWritten {
        path: String,
    },
    SheetNotWritten(Box<FileMsg>),
    /// A map (`dump-default -o`, `template -o`) not written, for this reason.
    MapNotWritten(Box<FileMsg>),
    /// Standard output could not be written (a full disk; a closed pipe is not said).
    OutputFailed {
        why: Problem,
    },
}

impl FileMsg {
    pub fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => ja(self),
            Lang::En => en(self),
        }
    }
}

/// Japanese, the default.
impl fmt::Display for FileMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&ja(self))
    }
}

fn problem_ja(p: &Problem) -> String {
    match p {
        Problem::PermissionDenied => "アクセスする権限がありません".into(),
        Problem::NotFound => "フォルダまたはファイルが見つかりません".into(),
        Problem::FileInTheWay => "同じ名前のファイルがあるため、フォルダとして使えません".into(),
        Problem::IsAFolder => "同じ名前のフォルダがあります".into(),
        Problem::StorageFull => "ディスクの空きが足りません".into(),
        Problem::QuotaExceeded => "ディスクの使用量の上限に達しています".into(),
        Problem::ReadOnlyPlace => "読み取り専用の場所です".into(),
        Problem::Busy => "使用中です".into(),
        Problem::NoReader => "書き出し先を読む相手がいません".into(),
        Problem::AlreadyExists => "同じ名前のファイルがあります".into(),
        Problem::BadName => "名前が長すぎるか、使えない文字を含んでいます".into(),
        Problem::FileTooLarge => "ファイルの大きさの上限を超えます".into(),
        Problem::Fifo => "名前付きパイプのため読みません".into(),
        Problem::Device => "デバイスのため読みません".into(),
        Problem::NotAFile => "通常のファイルではないため読みません".into(),
        Problem::TooLarge { mib } => format!("ファイルが大きすぎます。上限は {mib} MiB です"),
        Problem::Other(os) => format!("システムのエラー：{os}"),
    }
}

fn problem_en(p: &Problem) -> String {
    match p {
        Problem::PermissionDenied => "permission denied".into(),
        Problem::NotFound => "no such folder or file".into(),
        Problem::FileInTheWay => "a file of that name is in the way of a folder".into(),
        Problem::IsAFolder => "a folder of that name is there".into(),
        Problem::StorageFull => "the disk is full".into(),
        Problem::QuotaExceeded => "the disk quota is exceeded".into(),
        Problem::ReadOnlyPlace => "the place is read-only".into(),
        Problem::Busy => "it is busy".into(),
        Problem::NoReader => "nobody reads the output any more".into(),
        Problem::AlreadyExists => "a file of that name exists".into(),
        Problem::BadName => "the name is too long or holds a character not allowed".into(),
        Problem::FileTooLarge => "the file would exceed the size limit".into(),
        Problem::Fifo => "it is a FIFO (named pipe), so it is not read".into(),
        Problem::Device => "it is a device, so it is not read".into(),
        Problem::NotAFile => "it is not a regular file, so it is not read".into(),
        Problem::TooLarge { mib } => format!("the file is larger than {mib} MiB, the limit"),
        Problem::Other(os) => format!("system error: {os}"),
    }
}

/// The Japanese sentences.
pub fn ja(m: &FileMsg) -> String {
    use FileMsg as M;
    const UNSAVED: &str = "この画面での変更は保存されません。";
    match m {
        M::NoHome => format!(
            "ホームディレクトリが見つからず記録の保存先を決められないため、記録を保存せずに始めます。{UNSAVED}"
        ),
        M::ReadingOnly => "記録を読むだけで開いているため、変更は保存されません。".into(),
        M::NotSaving => format!("記録を保存しない設定で開いているため、{UNSAVED}"),
        M::OpenElsewhere { path } => format!(
            "別の career-nav が同じ記録（{path}）を開いているため、読み取り専用で開きました。{UNSAVED}"
        ),
        M::OpenedElsewhereSince { path } => format!(
            "別の career-nav が同じ記録（{path}）を開いたため、読み取り専用に切り替えました。{UNSAVED}"
        ),
        M::ChangedSince { path } => format!(
            "記録ファイル {path} が、開いた後にほかで変更されていました。その内容を上書きしないよう、読み取り専用に切り替えました。{UNSAVED}"
        ),
        M::Newer { path, version, max } => format!(
            "記録ファイル {path} は新しい版の career-nav で保存されたもの（形式 {version}。この版が読めるのは形式 {max} まで）なので、上書きしないよう読み取り専用で開きました。{UNSAVED}"
        ),
        M::NewerShownEmpty => {
            "その記録の内容はこの版では読み取れないため、空の記録を表示しています。".into()
        }
        M::NewerUsingEmpty { path, version } => format!(
            "記録ファイル {path} は新しい版の career-nav で保存されたもの（形式 {version}）で、この版では読み取れないため、空の記録を使います。"
        ),
        M::BrokenUsingEmpty { path } => format!(
            "記録ファイル {path} が読めない形式のため、空の記録を使います。ファイルはそのまま残しています。"
        ),
        M::BrokenShownEmpty { path } => format!(
            "記録ファイル {path} が読めない形式だったため、空の記録を表示しています。ファイルはそのまま残しています。"
        ),
        M::BrokenMovedAside { kept } => format!(
            "記録ファイルが読めない形式だったため、{kept} に移して新しい記録で始めます。"
        ),
        M::BrokenNotMoved { path, why } => format!(
            "記録ファイル {path} が読めない形式で、別の名前に移すこともできませんでした（{}）。ファイルを上書きしないよう、空の記録を読み取り専用で開きました。{UNSAVED}",
            problem_ja(why)
        ),
        M::UnreadableUsingEmpty { path, why } => format!(
            "記録ファイル {path} を読み込めなかったため（{}）、空の記録を使います。",
            problem_ja(why)
        ),
        M::UnreadableShownEmpty { path, why } => format!(
            "記録ファイル {path} を読み込めなかったため（{}）、空の記録を表示しています。",
            problem_ja(why)
        ),
        M::UnreadableReadOnly { path, why } => format!(
            "記録ファイル {path} を読み込めませんでした（{}）。ファイルを上書きしないよう、読み取り専用で開きました。{UNSAVED}",
            problem_ja(why)
        ),
        M::NoLocking { dir } => format!(
            "記録の保存先（{dir}）ではファイルのロックが使えないため、ロックなしで開きました。career-nav を同時に二つ開くと、後から保存した方の内容だけが残ります。"
        ),
        M::FolderNotReady { dir, why } => format!(
            "記録の保存先 {dir} を使えません（{}）。このままでは変更を保存できないため、保存するときにもう一度試します。",
            problem_ja(why)
        ),
        M::YearOutOfRange { year, max } => format!(
            "記録の入庁年目（{year}）が 1〜{max} の範囲外のため、使いませんでした。現在地を選び直してください。"
        ),
        M::TrainingYearsOutOfRange {
            trainings,
            min,
            max,
        } => format!(
            "記録の研修の受講年度が範囲外（{min}〜{max}）のため、年度なしの受講済として扱います：{}",
            trainings
                .iter()
                .map(|(id, y)| format!("{id}（{y}年度）"))
                .collect::<Vec<_>>()
                .join("、")
        ),
        M::NotInMap { checks, trainings } => format!(
            "記録に、この地図にない自己チェックが {checks} 件、研修が {trainings} 件あります（以前の版の地図のものです）。消さずに、わたしの記録の最後に分けて残しています。"
        ),
        M::TooLarge { mib } => format!(
            "記録が大きすぎるため（上限 {mib} MiB）、保存しませんでした。保存済みの記録ファイルは変更していません。"
        ),
        M::CannotSerialize => "記録をファイルに書ける形に変換できなかったため、保存しませんでした。保存済みの記録ファイルは変更していません。".into(),
        M::SaveFailed { path, why } => format!(
            "記録を {path} に保存できませんでした（{}）。保存済みの記録ファイルは変更していません。",
            problem_ja(why)
        ),
        M::Unsaved(inner) => format!("{}入力した内容は画面に残っています。", ja(inner)),
        M::IsSymlink { path } => format!(
            "{path} はシンボリックリンクのため、置き換えません。リンク先を直接指定してください。"
        ),
        M::IsFolder { path } => {
            format!("{path} はフォルダです。書き出すファイルの名前を指定してください。")
        }
        M::Exists { path } => format!(
            "{path} には同じ名前のファイルがあります。別の名前にするか、置き換えるなら --force を付けてください。"
        ),
        M::ReadOnlyFile { path } => format!(
            "{path} は読み取り専用のファイルのため、--force を付けても置き換えません。"
        ),
        M::NotRegular { path } => {
            format!("{path} は通常のファイルではないため、書き出しません。")
        }
        M::WriteFailed { path, why } => {
            format!("書き出し先 {path} を使えません（{}）。", problem_ja(why))
        }
        M::TooManyNames { path } => format!(
            "{path} と同じ名前のファイルが多すぎるため、書き出しませんでした。"
        ),
        M::SheetWritten { path } => format!("面談シートを {path} に書き出しました。"),
        M::SheetNotWritten(inner) => {
            format!("面談シートを書き出せませんでした。{}", ja(inner))
        }
        M::MapNotWritten(inner) => format!("地図を書き出せませんでした。{}", ja(inner)),
        M::OutputFailed { why } => {
            format!("標準出力に書き出せませんでした（{}）。", problem_ja(why))
        }
    }
}

/// The English sentences.
pub fn en(m: &FileMsg) -> String {
    use FileMsg as M;
    const UNSAVED: &str = "Changes made here are not saved.";
    match m {
        M::NoHome => format!(
            "No home directory was found to keep the record in, so it starts without saving. {UNSAVED}"
        ),
        M::ReadingOnly => "The record is open for reading only; changes are not saved.".into(),
        M::NotSaving => format!("The record is open without saving. {UNSAVED}"),
        M::OpenElsewhere { path } => format!(
            "Another career-nav has the same record ({path}) open, so it was opened read-only. {UNSAVED}"
        ),
        M::OpenedElsewhereSince { path } => format!(
            "Another career-nav opened the same record ({path}), so this one switched to read-only. {UNSAVED}"
        ),
        M::ChangedSince { path } => format!(
            "The record file {path} was changed elsewhere after it was opened; to keep those changes, this one switched to read-only. {UNSAVED}"
        ),
        M::Newer { path, version, max } => format!(
            "The record file {path} was saved by a newer career-nav (format {version}; this version reads up to format {max}), so it was opened read-only and is not overwritten. {UNSAVED}"
        ),
        M::NewerShownEmpty => {
            "This version cannot read that record's content, so an empty record is shown.".into()
        }
        M::NewerUsingEmpty { path, version } => format!(
            "The record file {path} was saved by a newer career-nav (format {version}) that this version cannot read, so an empty record is used."
        ),
        M::BrokenUsingEmpty { path } => format!(
            "The record file {path} is not in a readable format, so an empty record is used. The file is left as it is."
        ),
        M::BrokenShownEmpty { path } => format!(
            "The record file {path} is not in a readable format, so an empty record is shown. The file is left as it is."
        ),
        M::BrokenMovedAside { kept } => format!(
            "The record file was not in a readable format; it was moved to {kept}, and a new record begins."
        ),
        M::BrokenNotMoved { path, why } => format!(
            "The record file {path} is not in a readable format and could not be moved aside ({}); to keep it, an empty record was opened read-only. {UNSAVED}",
            problem_en(why)
        ),
        M::UnreadableUsingEmpty { path, why } => format!(
            "The record file {path} could not be read ({}), so an empty record is used.",
            problem_en(why)
        ),
        M::UnreadableShownEmpty { path, why } => format!(
            "The record file {path} could not be read ({}), so an empty record is shown.",
            problem_en(why)
        ),
        M::UnreadableReadOnly { path, why } => format!(
            "The record file {path} could not be read ({}); to keep it, it was opened read-only. {UNSAVED}",
            problem_en(why)
        ),
        M::NoLocking { dir } => format!(
            "The record's folder ({dir}) has no file locks, so it was opened without one. If two copies of career-nav are open at once, only what the later one saves is kept."
        ),
        M::FolderNotReady { dir, why } => format!(
            "The record's folder {dir} cannot be used ({}). Changes cannot be saved now; saving will try again.",
            problem_en(why)
        ),
        M::YearOutOfRange { year, max } => format!(
            "The record's year of service ({year}) is outside 1 to {max}, so it was not used. Choose where you stand again."
        ),
        M::TrainingYearsOutOfRange {
            trainings,
            min,
            max,
        } => format!(
            "These trainings in the record have a year outside {min} to {max}; they are taken as done, without a year: {}",
            trainings
                .iter()
                .map(|(id, y)| format!("{id} ({y})"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        M::NotInMap { checks, trainings } => format!(
            "Entries of the record this map does not have (from an earlier edition): self-check {checks}, training {trainings}. They are kept, listed apart at the end of your record."
        ),
        M::TooLarge { mib } => format!(
            "The record is too large to save (the limit is {mib} MiB). The saved record file is unchanged."
        ),
        M::CannotSerialize => "The record could not be turned into a file, so it was not saved. The saved record file is unchanged.".into(),
        M::SaveFailed { path, why } => format!(
            "The record could not be saved to {path} ({}). The saved record file is unchanged.",
            problem_en(why)
        ),
        M::Unsaved(inner) => format!("{} What you typed is still on the screen.", en(inner)),
        M::IsSymlink { path } => format!(
            "{path} is a symbolic link; it is not replaced. Give the file it points to instead."
        ),
        M::IsFolder { path } => format!("{path} is a folder. Give the name of a file to write."),
        M::Exists { path } => format!(
            "{path} already exists. Give another name, or --force to replace it."
        ),
        M::ReadOnlyFile { path } => {
            format!("{path} is a read-only file; it is not replaced, even with --force.")
        }
        M::NotRegular { path } => {
            format!("{path} is not a regular file, so nothing is written to it.")
        }
        M::WriteFailed { path, why } => {
            format!("{path} could not be written ({}).", problem_en(why))
        }
        M::TooManyNames { path } => format!(
            "Too many files are named like {path}, so nothing was written."
        ),
        M::SheetWritten { path } => format!("Wrote the interview sheet to {path}."),
        M::SheetNotWritten(inner) => {
            format!("The interview sheet was not written. {}", en(inner))
        }
        M::MapNotWritten(inner) => format!("The map was not written. {}", en(inner)),
        M::OutputFailed { why } => {
            format!("The output could not be written ({}).", problem_en(why))
        }
    }
}
