//! The messages a map author reads (`check`, and any command that loads a map), in Japanese
//! and in English. Each message is a [`Msg`] value; each language renders it in one table of
//! whole sentences ([`ja`] and [`en`]), so no sentence is assembled from translated words and
//! no English is left inside a Japanese message.

use std::fmt;

/// The language of the messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    En,
    #[default]
    Ja,
}

impl Lang {
    /// The language of the environment: English when the locale (LC_ALL, else LC_MESSAGES,
    /// else LANG, the first of them that is set and not empty) starts with "en", Japanese
    /// otherwise.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|n| var(n).filter(|v| !v.is_empty()));
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("en") => Lang::En,
            _ => Lang::Ja,
        }
    }
}

/// An entry of the map a message names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Measure(String),
    Step(String),
    Tier(String),
    /// A year of the year training (入庁N年目).
    Year(u8),
    Training(String),
    Block(String),
}

/// Something a character in the file looks like, where RON wants the ASCII one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lookalike {
    /// What the file has, e.g. '，'.
    pub found: char,
    /// What RON needs, e.g. ','.
    pub ascii: char,
}

/// The kinds of text a workbook cell must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// A whole number in a range.
    Number { min: u32, max: u32 },
    /// One of a few words.
    Choice(&'static [&'static str]),
    /// Some text (the cell is required).
    Text,
}

/// One message to a map author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // Validation.
    DuplicateId {
        id: String,
        what: Entry,
        first: Entry,
    },
    EmptyId(Entry),
    NextMissing {
        name: String,
        id: String,
        next: String,
    },
    LevelStepMissing {
        name: String,
        id: String,
        step: String,
    },
    YearStepMissing(String),
    YearMeasureMissing(String),
    PromotionStepMissing(String),
    PromotionMeasureMissing {
        into: String,
        measure: String,
    },
    BlockMeasureMissing {
        name: String,
        id: String,
        measure: String,
    },
    /// A measure names a related training the map does not have.
    RelatedTrainingMissing {
        name: String,
        id: String,
        training: String,
    },
    TwoPromotions(String),
    NoSteps,
    NoStart,
    Starts(Vec<String>),
    NextOfMany {
        id: String,
        n: usize,
    },
    Loops {
        from: String,
        to: String,
    },
    Unreachable {
        reached: usize,
        total: usize,
    },
    StepNoRole {
        name: String,
        id: String,
    },
    StepNoTitle {
        name: String,
        id: String,
    },
    TierNoRole {
        name: String,
        id: String,
    },
    TitleTwice(String),
    YearTwice(u8),
    YearOutOfRange(u8),
    StepEmptyName(String),
    StepEmptyExpectation(String),
    TierEmptyExpectation(String),
    TrainingEmptyName(String),
    MeasureNumberTwice(u8),
    MeasureSymbol {
        id: String,
        number: u8,
        symbol: String,
        expected: String,
    },
    GlossaryTermTwice(String),
    StepNameTwice(String),
    /// `meta.edition_date` is not a date written YYYY-MM-DD.
    BadEditionDate(String),
    // The parser.
    Eof,
    MissingField {
        outer: Option<String>,
        field: String,
    },
    UnknownField {
        outer: Option<String>,
        field: String,
        expected: Vec<String>,
    },
    UnknownVariant {
        outer: Option<String>,
        found: String,
        expected: Vec<String>,
    },
    DuplicateField {
        outer: Option<String>,
        field: String,
    },
    ExpectedComma,
    ExpectedString,
    ExpectedStringEnd,
    ExpectedInteger,
    ExpectedArray,
    ExpectedArrayEnd,
    ExpectedOption,
    ExpectedOpenParen,
    ExpectedCloseParen,
    ExpectedIdentifier,
    ExpectedColon,
    ExpectedStructName(String),
    IntegerOutOfBounds,
    UnexpectedChar(char),
    Trailing,
    UnclosedComment,
    /// Any other parser error: RON's own words are kept for English only.
    Syntax(String),
    // Hints under a parser error.
    HintFullWidthSpace,
    HintLookalike(Lookalike),
    HintUnclosedQuote,
    HintNotAMap,
    HintAsciiField,
    HintUnclosed {
        bracket: char,
        line: usize,
    },
    // Files.
    NotFound,
    PermissionDenied,
    IsADirectory,
    CannotRead(String),
    /// Not a regular file (a FIFO, a device, a folder): refused without being read. The
    /// kind as capped reads name it: "a FIFO (名前付きパイプ)".
    NotAFile(String),
    /// Larger than the limit (MiB) career-nav reads.
    TooLarge(u64),
    NotText {
        offset: usize,
    },
    Converted(&'static str),
    /// No `career-nav-convert` beside the navigator: for a workbook (`text_at: None`), or for
    /// text in neither UTF-8 nor UTF-16 (the first byte UTF-8 cannot read), which may be
    /// Shift_JIS.
    NoConverter {
        text_at: Option<usize>,
    },
    /// `career-nav-convert` refused, in its own words (another build, a broken answer).
    ConverterFailed(String),
    /// `career-nav-convert` stopped without saying why: its exit code, or none (a signal).
    ConverterStopped(Option<i32>),
    /// `career-nav-convert` is there but could not be started (the system's words).
    ConverterNotStarted(String),
    Invalid(usize),
    // Workbooks.
    NotAWorkbook(String),
    MissingSheet(String),
    MissingColumn {
        sheet: String,
        heading: String,
    },
    /// A row of a sheet of 項目 and 内容 (基本情報) is missing.
    MissingRow {
        sheet: String,
        label: String,
    },
    BadCell(CellKind),
    EmptyCell,
    UnknownRef {
        sheet: String,
        heading: String,
        value: String,
    },
}

impl Msg {
    pub fn render(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en(self),
            Lang::Ja => ja(self),
        }
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&en(self))
    }
}

fn quoted(ids: &[String], sep: &str, open: &str, close: &str) -> String {
    ids.iter()
        .map(|i| format!("{open}{i}{close}"))
        .collect::<Vec<_>>()
        .join(sep)
}

fn entry_en(e: &Entry) -> String {
    match e {
        Entry::Measure(n) => format!("measure {n}"),
        Entry::Step(n) => format!("step {n}"),
        Entry::Tier(n) => format!("specialist tier {n}"),
        Entry::Year(y) => format!("year {y} training"),
        Entry::Training(n) => format!("training {n}"),
        Entry::Block(n) => format!("block {n}"),
    }
}

fn entry_ja(e: &Entry) -> String {
    match e {
        Entry::Measure(n) => format!("施策「{n}」"),
        Entry::Step(n) => format!("職位「{n}」"),
        Entry::Tier(n) => format!("スタッフ職「{n}」"),
        Entry::Year(y) => format!("入庁{y}年目の研修"),
        Entry::Training(n) => format!("研修「{n}」"),
        Entry::Block(n) => format!("ブロック「{n}」"),
    }
}

fn kind_en(k: &CellKind) -> String {
    match k {
        CellKind::Number { min, max } => format!("a whole number from {min} to {max}"),
        CellKind::Choice(words) => format!("one of {}", quoted(&words_of(words), ", ", "", "")),
        CellKind::Text => "some text".to_string(),
    }
}

fn kind_ja(k: &CellKind) -> String {
    match k {
        CellKind::Number { min, max } => format!("{min}から{max}までの整数"),
        CellKind::Choice(words) => {
            format!("{}のどれか", quoted(&words_of(words), "・", "「", "」"))
        }
        CellKind::Text => "文字".to_string(),
    }
}

fn words_of(w: &[&str]) -> Vec<String> {
    w.iter().map(|s| s.to_string()).collect()
}

/// The English table.
pub fn en(m: &Msg) -> String {
    use Msg::*;
    match m {
        DuplicateId { id, what, first } => format!(
            "duplicate id \"{id}\": {} uses the id of {}",
            entry_en(what),
            entry_en(first)
        ),
        EmptyId(what) => format!("{} has an empty id", entry_en(what)),
        NextMissing { name, id, next } => {
            format!("step {name} (\"{id}\"): next step \"{next}\" does not exist")
        }
        LevelStepMissing { name, id, step } => {
            format!("specialist tier {name} (\"{id}\"): level step \"{step}\" does not exist")
        }
        YearStepMissing(s) => format!("year_training: step \"{s}\" does not exist"),
        YearMeasureMissing(m) => format!("year_training: measure \"{m}\" does not exist"),
        PromotionStepMissing(s) => {
            format!("promotion training: step \"{s}\" (into) does not exist")
        }
        PromotionMeasureMissing { into, measure } => {
            format!("promotion training into \"{into}\": measure \"{measure}\" does not exist")
        }
        BlockMeasureMissing { name, id, measure } => {
            format!("block {name} (\"{id}\"): measure \"{measure}\" does not exist")
        }
        RelatedTrainingMissing { name, id, training } => {
            format!("measure {name} (\"{id}\"): related training \"{training}\" does not exist")
        }
        TwoPromotions(s) => format!("two promotion_trainings entries go into step \"{s}\""),
        NoSteps => "the ladder has no steps".into(),
        NoStart => {
            "the ladder has no start: every step is some step's next, so the ladder loops".into()
        }
        Starts(ids) => format!(
            "the ladder has {} starts ({}): exactly one step must be no step's next",
            ids.len(),
            quoted(ids, ", ", "\"", "\"")
        ),
        NextOfMany { id, n } => {
            format!("step \"{id}\" is the next of {n} steps: the ladder must be a single line")
        }
        Loops { from, to } => format!("the ladder loops: step \"{from}\" leads back to \"{to}\""),
        Unreachable { reached, total } => {
            format!("only {reached} of {total} steps can be reached from the bottom of the ladder")
        }
        StepNoRole { name, id } => format!("step {name} (\"{id}\") has no role"),
        StepNoTitle { name, id } => format!("step {name} (\"{id}\") has no title"),
        TierNoRole { name, id } => format!("specialist tier {name} (\"{id}\") has no role"),
        TitleTwice(t) => format!("the title \"{t}\" is given to two places"),
        YearTwice(y) => format!("year_training lists year {y} twice"),
        YearOutOfRange(y) => {
            format!("year_training lists year {y}: a year of service is from 1 to 45")
        }
        StepEmptyName(id) => format!("step \"{id}\" has an empty name"),
        StepEmptyExpectation(id) => format!("step \"{id}\" has an empty expectation"),
        TierEmptyExpectation(id) => format!("specialist tier \"{id}\" has an empty expectation"),
        TrainingEmptyName(id) => format!("training \"{id}\" has an empty name"),
        MeasureNumberTwice(n) => format!("two measures have the number {n}"),
        MeasureSymbol {
            id,
            number,
            symbol,
            expected,
        } => format!(
            "measure \"{id}\" has the number {number} but the symbol \"{symbol}\" (expected \"{expected}\")"
        ),
        GlossaryTermTwice(t) => format!("the glossary explains \"{t}\" twice"),
        StepNameTwice(n) => format!("two steps have the name \"{n}\""),
        BadEditionDate(d) => {
            format!("the edition's date \"{d}\" is not a date written YYYY-MM-DD (2027-04-01)")
        }
        Eof => "the file ends too early: a `)` or `]` is probably missing".into(),
        MissingField { outer, field } => match outer {
            Some(o) => format!("`{o}` is missing its field `{field}`"),
            None => format!("a field is missing: `{field}`"),
        },
        UnknownField {
            outer,
            field,
            expected,
        } => format!(
            "unknown field `{field}`{}; the fields here are {}",
            outer
                .as_ref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default(),
            quoted(expected, ", ", "`", "`")
        ),
        UnknownVariant {
            outer,
            found,
            expected,
        } => format!(
            "unknown value `{found}`{}; expected {}",
            outer
                .as_ref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default(),
            quoted(expected, " or ", "`", "`")
        ),
        DuplicateField { outer, field } => format!(
            "the field `{field}` is given twice{}",
            outer
                .as_ref()
                .map(|o| format!(" in `{o}`"))
                .unwrap_or_default()
        ),
        ExpectedComma => "Expected a `,` here".into(),
        ExpectedString => "Expected a string (\"…\") here".into(),
        ExpectedStringEnd => "Expected the closing `\"` of a string".into(),
        ExpectedInteger => "Expected a whole number here".into(),
        ExpectedArray => "Expected a list (`[…]`) here".into(),
        ExpectedArrayEnd => "Expected the end of a list (`]`) here".into(),
        ExpectedOption => "Expected `Some(…)` or `None` here".into(),
        ExpectedOpenParen => "Expected an opening `(` here".into(),
        ExpectedCloseParen => "Expected a closing `)` here".into(),
        ExpectedIdentifier => "Expected a field name here".into(),
        ExpectedColon => "Expected a `:` after the field name".into(),
        ExpectedStructName(n) => format!("Expected `{n}(` here"),
        IntegerOutOfBounds => "the number is too large or too small here".into(),
        UnexpectedChar(c) => format!("Unexpected character `{c}` here"),
        Trailing => "there is more text after the end of the map".into(),
        UnclosedComment => "a comment is not closed".into(),
        Syntax(raw) => raw.clone(),
        HintFullWidthSpace => {
            "hint: this line has a full-width space 「　」 outside a string; use ASCII spaces"
                .into()
        }
        HintLookalike(l) => format!(
            "hint: this line has a full-width `{}` outside a string; use the ASCII `{}`",
            l.found, l.ascii
        ),
        HintUnclosedQuote => "hint: a string above this point may be missing its closing \"".into(),
        HintNotAMap => {
            "hint: a career-nav map starts with `CareerMap(`; is this the right file?".into()
        }
        HintAsciiField => {
            "hint: field names are the English names of docs/map-format.md, in ASCII".into()
        }
        HintUnclosed { bracket, line } => {
            format!("hint: the `{bracket}` opened on line {line} is probably not closed")
        }
        NotFound => "cannot read the map: there is no such file".into(),
        PermissionDenied => "cannot read the map: permission denied".into(),
        IsADirectory => "cannot read the map: it is a folder".into(),
        CannotRead(why) => format!("cannot read the map: {why}"),
        NotAFile(what) => {
            let en = what.split(" (").next().unwrap_or(what);
            format!("not a regular file but {en}: it is not read")
        }
        TooLarge(mib) => format!("the file is larger than {mib} MiB, the most career-nav reads"),
        NotText { offset } => format!(
            "the file is not UTF-8, UTF-16 or Shift_JIS text (invalid byte at offset {offset})"
        ),
        Converted(from) => {
            format!("note: the file is {from} text; it was converted to UTF-8 to be read")
        }
        NoConverter { text_at } => {
            let missing = "career-nav-convert, which was not found beside career-nav (`cargo \
                build` builds both; install them in the same folder)";
            match text_at {
                None => format!("a workbook (.xlsx) is read and written by {missing}"),
                Some(at) => format!(
                    "the file is not UTF-8 or UTF-16 text (invalid byte at offset {at}); \
                     Shift_JIS text is read by {missing}"
                ),
            }
        }
        ConverterFailed(why) => format!("career-nav-convert could not do it: {why}"),
        ConverterStopped(Some(code)) => {
            format!("career-nav-convert stopped without saying why (exit code {code})")
        }
        ConverterStopped(None) => "career-nav-convert was stopped by a signal".into(),
        ConverterNotStarted(why) => format!("career-nav-convert could not be started: {why}"),
        Invalid(n) => format!(
            "the map is not valid ({n} problem{})",
            if *n == 1 { "" } else { "s" }
        ),
        NotAWorkbook(why) => format!("cannot read the workbook: {why}"),
        MissingSheet(s) => format!("the workbook has no sheet \"{s}\""),
        MissingColumn { sheet, heading } => {
            format!("the sheet \"{sheet}\" has no column headed \"{heading}\"")
        }
        MissingRow { sheet, label } => {
            format!("the sheet \"{sheet}\" has no row for \"{label}\" in its first column")
        }
        BadCell(kind) => format!("this cell must hold {}", kind_en(kind)),
        EmptyCell => "this cell must not be empty".into(),
        UnknownRef {
            sheet,
            heading,
            value,
        } => format!("\"{value}\" is not in the column \"{heading}\" of the sheet \"{sheet}\""),
    }
}

/// The Japanese table.
pub fn ja(m: &Msg) -> String {
    use Msg::*;
    match m {
        DuplicateId { id, what, first } => format!(
            "id「{id}」が重複しています。{}が{}と同じ id を使っています。",
            entry_ja(what),
            entry_ja(first)
        ),
        EmptyId(what) => format!("{}の id が空です。", entry_ja(what)),
        NextMissing { name, id, next } => {
            format!("職位「{name}」（id「{id}」）の次の職位「{next}」がありません。")
        }
        LevelStepMissing { name, id, step } => {
            format!("スタッフ職「{name}」（id「{id}」）に対応する職位「{step}」がありません。")
        }
        YearStepMissing(s) => format!("1～5年目の研修（year_training）の職位「{s}」がありません。"),
        YearMeasureMissing(m) => {
            format!("1～5年目の研修（year_training）の施策「{m}」がありません。")
        }
        PromotionStepMissing(s) => format!("昇任時の研修の昇任先の職位「{s}」がありません。"),
        PromotionMeasureMissing { into, measure } => {
            format!("「{into}」への昇任時の研修の施策「{measure}」がありません。")
        }
        BlockMeasureMissing { name, id, measure } => {
            format!("ブロック「{name}」（id「{id}」）の施策「{measure}」がありません。")
        }
        RelatedTrainingMissing { name, id, training } => {
            format!("施策「{name}」（id「{id}」）の関連の研修「{training}」がありません。")
        }
        TwoPromotions(s) => format!("職位「{s}」への昇任時の研修が二つあります。"),
        NoSteps => "職位（steps）が一つもありません。".into(),
        NoStart => "階段の始まりがありません。どの職位もほかの職位の next になっていて、階段が輪になっています。".into(),
        Starts(ids) => format!(
            "階段の始まりが {} つあります（{}）。どの職位の next でもない職位は一つだけでなければなりません。",
            ids.len(),
            quoted(ids, "、", "「", "」")
        ),
        NextOfMany { id, n } => format!(
            "職位「{id}」が {n} つの職位の next になっています。階段は一本でなければなりません。"
        ),
        Loops { from, to } => {
            format!("階段が輪になっています。職位「{from}」から「{to}」に戻ります。")
        }
        Unreachable { reached, total } => {
            format!("{total} の職位のうち、階段の下からたどれるのは {reached} だけです。")
        }
        StepNoRole { name, id } => {
            format!("職位「{name}」（id「{id}」）に役割（role）がありません。")
        }
        StepNoTitle { name, id } => {
            format!("職位「{name}」（id「{id}」）に呼び名（titles）がありません。")
        }
        TierNoRole { name, id } => {
            format!("スタッフ職「{name}」（id「{id}」）に役割（role）がありません。")
        }
        TitleTwice(t) => format!("呼び名「{t}」が二か所で使われています。"),
        YearTwice(y) => format!("1～5年目の研修（year_training）に入庁{y}年目が二回あります。"),
        YearOutOfRange(y) => format!(
            "1～5年目の研修（year_training）に入庁{y}年目があります。入庁年数は1から45までです。"
        ),
        StepEmptyName(id) => format!("職位「{id}」の名前（name）が空です。"),
        StepEmptyExpectation(id) => format!("職位「{id}」に空の役割の文があります。"),
        TierEmptyExpectation(id) => format!("スタッフ職「{id}」に空の役割の文があります。"),
        TrainingEmptyName(id) => format!("研修「{id}」の名前（name）が空です。"),
        MeasureNumberTwice(n) => format!("番号 {n} の施策が二つあります。"),
        MeasureSymbol {
            id,
            number,
            symbol,
            expected,
        } => format!(
            "施策「{id}」は番号が {number} なのに記号が「{symbol}」です（「{expected}」のはずです）。"
        ),
        GlossaryTermTwice(t) => format!("用語集に「{t}」が二回あります。"),
        StepNameTwice(n) => format!("名前「{n}」の職位が二つあります。"),
        BadEditionDate(d) => format!(
            "版の日付「{d}」は日付として読めません。2027-04-01 のように年-月-日で書いてください。"
        ),
        Eof => "ファイルが途中で終わっています。「)」か「]」が足りないようです。".into(),
        MissingField { outer, field } => match outer {
            Some(o) => format!("`{o}` に項目 `{field}` がありません。"),
            None => format!("項目 `{field}` がありません。"),
        },
        UnknownField {
            outer,
            field,
            expected,
        } => format!(
            "{}知らない項目 `{field}` があります。使える項目は {} です。",
            outer
                .as_ref()
                .map(|o| format!("`{o}` に"))
                .unwrap_or_default(),
            quoted(expected, "、", "`", "`")
        ),
        UnknownVariant {
            outer,
            found,
            expected,
        } => format!(
            "{}知らない値 `{found}` があります。使える値は {} です。",
            outer
                .as_ref()
                .map(|o| format!("`{o}` に"))
                .unwrap_or_default(),
            quoted(expected, "、", "`", "`")
        ),
        DuplicateField { outer, field } => format!(
            "{}項目 `{field}` が二回あります。",
            outer
                .as_ref()
                .map(|o| format!("`{o}` に"))
                .unwrap_or_default()
        ),
        ExpectedComma => "ここに「,」（半角のカンマ）が必要です。".into(),
        ExpectedString => "ここに文字列（\"…\"）が必要です。".into(),
        ExpectedStringEnd => "文字列を閉じる「\"」が必要です。".into(),
        ExpectedInteger => "ここに整数（半角数字）が必要です。".into(),
        ExpectedArray => "ここにリスト（[…]）が必要です。".into(),
        ExpectedArrayEnd => "ここにリストの終わり「]」が必要です。".into(),
        ExpectedOption => "ここに Some(…) か None が必要です。".into(),
        ExpectedOpenParen => "ここに「(」が必要です。".into(),
        ExpectedCloseParen => "ここに「)」が必要です。".into(),
        ExpectedIdentifier => "ここに項目名が必要です。".into(),
        ExpectedColon => "項目名の後に「:」（半角のコロン）が必要です。".into(),
        ExpectedStructName(n) => format!("ここに `{n}(` が必要です。"),
        IntegerOutOfBounds => "この数は大きすぎるか小さすぎます。".into(),
        UnexpectedChar(c) => format!("ここに「{c}」は置けません。"),
        Trailing => "地図の終わりの後に余計な文字があります。".into(),
        UnclosedComment => "コメントが閉じていません。".into(),
        Syntax(_) => "この位置の書き方が RON の文法に合っていません。".into(),
        HintFullWidthSpace => "ヒント：この行の文字列の外に全角スペース「　」があります。半角スペースにしてください。".into(),
        HintLookalike(l) => format!(
            "ヒント：この行の文字列の外に全角の「{}」があります。半角の「{}」にしてください。",
            l.found, l.ascii
        ),
        HintUnclosedQuote => {
            "ヒント：この位置より上の文字列で、閉じる「\"」が抜けているかもしれません。".into()
        }
        HintNotAMap => {
            "ヒント：career-nav の地図は `CareerMap(` で始まります。ファイルは合っていますか。"
                .into()
        }
        HintAsciiField => "ヒント：項目名は docs/map-format.md にある英語の名前（半角）で書きます。".into(),
        HintUnclosed { bracket, line } => {
            format!("ヒント：{line} 行目で開いた「{bracket}」が閉じていないようです。")
        }
        NotFound => "地図を読めません。そのファイルはありません。".into(),
        PermissionDenied => "地図を読めません。読む権限がありません。".into(),
        IsADirectory => "地図を読めません。これはフォルダです。".into(),
        CannotRead(_) => "地図を読めません。".into(),
        NotAFile(what) => {
            let ja = what
                .split_once(" (")
                .map_or("特殊なファイル", |(_, j)| j.trim_end_matches(')'));
            format!("通常のファイルではなく{ja}のため、読みません。")
        }
        TooLarge(mib) => format!("ファイルが大きすぎます（読めるのは {mib} メガバイトまで）。"),
        NotText { offset } => format!(
            "UTF-8、UTF-16、Shift_JIS のどの文字コードとしても読めません（{} バイト目が不正です）。",
            offset + 1
        ),
        Converted(from) => {
            format!("注意：このファイルの文字コードは {from} です。UTF-8 に変換して読みました。")
        }
        NoConverter { text_at } => {
            let missing = "career-nav-convert が受け持ちますが、career-nav と同じフォルダーに\
                見つかりません（`cargo build` で両方が作られます。同じフォルダーに置いてください）。";
            match text_at {
                None => format!("ワークブック（.xlsx）の読み書きは {missing}"),
                Some(at) => format!(
                    "UTF-8 としても UTF-16 としても読めません（{} バイト目が不正です）。\
                     Shift_JIS のテキストなら、読むのは {missing}",
                    at + 1
                ),
            }
        }
        ConverterFailed(why) => format!("career-nav-convert が断りました（「{why}」）。"),
        ConverterStopped(Some(code)) => {
            format!("career-nav-convert が理由を言わずに止まりました（終了コード {code}）。")
        }
        ConverterStopped(None) => "career-nav-convert がシグナルで止められました。".into(),
        ConverterNotStarted(why) => {
            format!("career-nav-convert を起動できませんでした（「{why}」）。")
        }
        Invalid(n) => format!("地図に問題が {n} 件あります。"),
        NotAWorkbook(_) => "ワークブック（.xlsx）として読めません。".into(),
        MissingSheet(s) => format!("ワークブックにシート「{s}」がありません。"),
        MissingColumn { sheet, heading } => {
            format!("シート「{sheet}」に見出し「{heading}」の列がありません。")
        }
        MissingRow { sheet, label } => {
            format!("シート「{sheet}」の1列目に「{label}」の行がありません。")
        }
        BadCell(kind) => format!("このセルには{}を入れてください。", kind_ja(kind)),
        EmptyCell => "このセルは空にできません。".into(),
        UnknownRef {
            sheet,
            heading,
            value,
        } => format!("「{value}」はシート「{sheet}」の見出し「{heading}」の列にありません。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_in_both_languages() {
        let m = Msg::DuplicateId {
            id: "kyu1".into(),
            what: Entry::Step("2級".into()),
            first: Entry::Step("1級".into()),
        };
        assert_eq!(
            m.render(Lang::Ja),
            "id「kyu1」が重複しています。職位「2級」が職位「1級」と同じ id を使っています。"
        );
        assert_eq!(
            m.render(Lang::En),
            "duplicate id \"kyu1\": step 2級 uses the id of step 1級"
        );
    }

    /// One of every message, with English words in every part that varies.
    fn every_message() -> Vec<Msg> {
        let s = |x: &str| x.to_string();
        let all = vec![
            Msg::DuplicateId {
                id: s("kyu1"),
                what: Entry::Step(s("2級")),
                first: Entry::Training(s("x")),
            },
            Msg::EmptyId(Entry::Year(3)),
            Msg::NextMissing {
                name: s("主任"),
                id: s("shunin"),
                next: s("nowhere"),
            },
            Msg::LevelStepMissing {
                name: s("主幹"),
                id: s("staff1"),
                step: s("nowhere"),
            },
            Msg::YearStepMissing(s("nowhere")),
            Msg::YearMeasureMissing(s("m9")),
            Msg::PromotionStepMissing(s("nowhere")),
            Msg::PromotionMeasureMissing {
                into: s("kacho"),
                measure: s("m9"),
            },
            Msg::BlockMeasureMissing {
                name: s("b"),
                id: s("block1"),
                measure: s("m9"),
            },
            Msg::RelatedTrainingMissing {
                name: s("m"),
                id: s("m7"),
                training: s("t9"),
            },
            Msg::TwoPromotions(s("kacho")),
            Msg::NoSteps,
            Msg::NoStart,
            Msg::Starts(vec![s("kyu1"), s("shunin")]),
            Msg::NextOfMany {
                id: s("kacho"),
                n: 2,
            },
            Msg::Loops {
                from: s("bucho"),
                to: s("kacho"),
            },
            Msg::Unreachable {
                reached: 3,
                total: 7,
            },
            Msg::StepNoRole {
                name: s("主任"),
                id: s("shunin"),
            },
            Msg::StepNoTitle {
                name: s("主任"),
                id: s("shunin"),
            },
            Msg::TierNoRole {
                name: s("主幹"),
                id: s("staff1"),
            },
            Msg::TitleTwice(s("課長")),
            Msg::YearTwice(2),
            Msg::YearOutOfRange(46),
            Msg::StepEmptyName(s("kyu1")),
            Msg::StepEmptyExpectation(s("kyu1")),
            Msg::TierEmptyExpectation(s("staff1")),
            Msg::TrainingEmptyName(s("t1")),
            Msg::MeasureNumberTwice(2),
            Msg::MeasureSymbol {
                id: s("m3"),
                number: 3,
                symbol: s("⑤"),
                expected: s("③"),
            },
            Msg::GlossaryTermTwice(s("OJT")),
            Msg::StepNameTwice(s("課長")),
            Msg::BadEditionDate(s("April 2027")),
            Msg::Eof,
            Msg::MissingField {
                outer: Some(s("Step")),
                field: s("role"),
            },
            Msg::MissingField {
                outer: None,
                field: s("role"),
            },
            Msg::UnknownField {
                outer: Some(s("Step")),
                field: s("nmae"),
                expected: vec![s("name"), s("role")],
            },
            Msg::UnknownVariant {
                outer: Some(s("InitiativeLabel")),
                found: s("Neww"),
                expected: vec![s("New"), s("Expanded")],
            },
            Msg::DuplicateField {
                outer: Some(s("Step")),
                field: s("name"),
            },
            Msg::ExpectedComma,
            Msg::ExpectedString,
            Msg::ExpectedStringEnd,
            Msg::ExpectedInteger,
            Msg::ExpectedArray,
            Msg::ExpectedArrayEnd,
            Msg::ExpectedOption,
            Msg::ExpectedOpenParen,
            Msg::ExpectedCloseParen,
            Msg::ExpectedIdentifier,
            Msg::ExpectedColon,
            Msg::ExpectedStructName(s("CareerMap")),
            Msg::IntegerOutOfBounds,
            Msg::UnexpectedChar('#'),
            Msg::Trailing,
            Msg::UnclosedComment,
            Msg::Syntax(s("Expected boolean")),
            Msg::HintFullWidthSpace,
            Msg::HintLookalike(Lookalike {
                found: '，',
                ascii: ',',
            }),
            Msg::HintUnclosedQuote,
            Msg::HintNotAMap,
            Msg::HintAsciiField,
            Msg::HintUnclosed {
                bracket: '[',
                line: 3,
            },
            Msg::NotFound,
            Msg::PermissionDenied,
            Msg::IsADirectory,
            Msg::CannotRead(s("Input/output error")),
            Msg::NotAFile(s("a FIFO (名前付きパイプ)")),
            Msg::TooLarge(32),
            Msg::NotText { offset: 10 },
            Msg::Converted("Shift_JIS (CP932)"),
            Msg::NoConverter { text_at: None },
            Msg::NoConverter { text_at: Some(3) },
            Msg::ConverterFailed(s("版が違います")),
            Msg::ConverterStopped(Some(101)),
            Msg::ConverterStopped(None),
            Msg::ConverterNotStarted(s("Permission denied (os error 13)")),
            Msg::Invalid(2),
            Msg::NotAWorkbook(s("invalid zip header")),
            Msg::MissingSheet(s("職位")),
            Msg::MissingColumn {
                sheet: s("職位"),
                heading: s("役割"),
            },
            Msg::MissingRow {
                sheet: s("基本情報"),
                label: s("組織"),
            },
            Msg::BadCell(CellKind::Number { min: 1, max: 45 }),
            Msg::BadCell(CellKind::Choice(&["NEW", "拡充"])),
            Msg::BadCell(CellKind::Text),
            Msg::EmptyCell,
            Msg::UnknownRef {
                sheet: s("ブロック"),
                heading: s("ID"),
                value: s("block9"),
            },
        ];
        // Every variant is listed above: a new one fails to compile here until it is.
        for m in &all {
            match m {
                Msg::DuplicateId { .. }
                | Msg::EmptyId(_)
                | Msg::NextMissing { .. }
                | Msg::LevelStepMissing { .. }
                | Msg::YearStepMissing(_)
                | Msg::YearMeasureMissing(_)
                | Msg::PromotionStepMissing(_)
                | Msg::PromotionMeasureMissing { .. }
                | Msg::BlockMeasureMissing { .. }
                | Msg::RelatedTrainingMissing { .. }
                | Msg::TwoPromotions(_)
                | Msg::NoSteps
                | Msg::NoStart
                | Msg::Starts(_)
                | Msg::NextOfMany { .. }
                | Msg::Loops { .. }
                | Msg::Unreachable { .. }
                | Msg::StepNoRole { .. }
                | Msg::StepNoTitle { .. }
                | Msg::TierNoRole { .. }
                | Msg::TitleTwice(_)
                | Msg::YearTwice(_)
                | Msg::YearOutOfRange(_)
                | Msg::StepEmptyName(_)
                | Msg::StepEmptyExpectation(_)
                | Msg::TierEmptyExpectation(_)
                | Msg::TrainingEmptyName(_)
                | Msg::MeasureNumberTwice(_)
                | Msg::MeasureSymbol { .. }
                | Msg::GlossaryTermTwice(_)
                | Msg::StepNameTwice(_)
                | Msg::BadEditionDate(_)
                | Msg::Eof
                | Msg::MissingField { .. }
                | Msg::UnknownField { .. }
                | Msg::UnknownVariant { .. }
                | Msg::DuplicateField { .. }
                | Msg::ExpectedComma
                | Msg::ExpectedString
                | Msg::ExpectedStringEnd
                | Msg::ExpectedInteger
                | Msg::ExpectedArray
                | Msg::ExpectedArrayEnd
                | Msg::ExpectedOption
                | Msg::ExpectedOpenParen
                | Msg::ExpectedCloseParen
                | Msg::ExpectedIdentifier
                | Msg::ExpectedColon
                | Msg::ExpectedStructName(_)
                | Msg::IntegerOutOfBounds
                | Msg::UnexpectedChar(_)
                | Msg::Trailing
                | Msg::UnclosedComment
                | Msg::Syntax(_)
                | Msg::HintFullWidthSpace
                | Msg::HintLookalike(_)
                | Msg::HintUnclosedQuote
                | Msg::HintNotAMap
                | Msg::HintAsciiField
                | Msg::HintUnclosed { .. }
                | Msg::NotFound
                | Msg::PermissionDenied
                | Msg::IsADirectory
                | Msg::CannotRead(_)
                | Msg::NotAFile(_)
                | Msg::TooLarge(_)
                | Msg::NotText { .. }
                | Msg::Converted(_)
                | Msg::NoConverter { .. }
                | Msg::ConverterFailed(_)
                | Msg::ConverterStopped(_)
                | Msg::ConverterNotStarted(_)
                | Msg::Invalid(_)
                | Msg::NotAWorkbook(_)
                | Msg::MissingSheet(_)
                | Msg::MissingColumn { .. }
                | Msg::MissingRow { .. }
                | Msg::BadCell(_)
                | Msg::EmptyCell
                | Msg::UnknownRef { .. } => {}
            }
        }
        all
    }

    /// No English sentence or word in a Japanese message: what is left after the names a
    /// map author types (in `…` and 「…」) are only program names and codes.
    #[test]
    fn japanese_messages_have_no_english() {
        const ALLOWED: &[&str] = &[
            "id",
            "next",
            "role",
            "titles",
            "steps",
            "year_training",
            "career-nav",
            "career-nav-convert",
            "CareerMap",
            "Some",
            "None",
            "RON",
            "UTF",
            "Shift_JIS",
            "CP932",
            "docs",
            "map-format",
            "md",
            "OJT",
            "name",
            "UTF-8",
            "UTF-16",
            "Shift_JIS",
            "xlsx",
        ];
        for m in every_message() {
            let ja = m.render(Lang::Ja);
            let en = m.render(Lang::En);
            assert_ne!(ja, en, "{m:?}");
            // Drop what is quoted: the author's own names and values.
            let mut bare = String::new();
            let mut depth = 0;
            let mut in_tick = false;
            for c in ja.chars() {
                match c {
                    '`' => in_tick = !in_tick,
                    '「' => depth += 1,
                    '」' => depth -= 1,
                    _ if in_tick || depth > 0 => {}
                    _ => bare.push(c),
                }
            }
            for word in bare
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            {
                assert!(ALLOWED.contains(&word), "English {word:?} in: {ja}");
            }
            assert!(ja.ends_with('。'), "a whole sentence: {ja}");
        }
    }

    #[test]
    fn the_locale_chooses_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |n: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_vars(env(&[])), Lang::Ja);
        assert_eq!(Lang::from_vars(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
        assert_eq!(
            Lang::from_vars(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "ja_JP.UTF-8")])),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_vars(env(&[("LANG", "ja_JP.UTF-8"), ("LC_MESSAGES", "en_GB")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", ""), ("LANG", "en")])),
            Lang::En
        );
    }
}
