//! The map as a workbook (.xlsx), for authors who know spreadsheets rather than RON: a sheet
//! per kind of entry, a row per entry, a column per field under a Japanese heading.
//!
//! Each sheet is one table of [`Column`]s: the heading, the field it fills (a RON path such
//! as `ojt.name`; `@name` for a column that links a row to its parent entry), the kind of
//! value, and a getter. Reading turns each row into the RON text of its entry and the whole
//! workbook into a map's RON text, so the map's own types (and their serde defaults) decide
//! what a row means: a new field is one more line in a table. Written with rust_xlsxwriter,
//! read with calamine.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::messages::{CellKind, Msg};
use super::validate::{CellRef, Problem};
use super::{
    Block, CareerMap, GlossaryEntry, Initiative, InitiativeLabel, LoadError, Measure, MeasureRole,
    SpecialistTier, Step, Text, TitleLevel, Training, Typo, YearEntry, validate,
};

/// What a cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text that must be there.
    Text,
    /// Text or an empty cell (`None`).
    Optional,
    /// One item per line of the cell.
    List,
    /// A whole number.
    Number { min: u32, max: u32 },
    /// One of a few words: (as shown in the sheet, as written in RON). Either spelling is
    /// read.
    Choice(&'static Choices),
    /// One of a few words, or an empty cell (`None`).
    OptionalChoice(&'static Choices),
    /// Corrected typos, one per line: the spelling as printed, an arrow (→ or ->), the
    /// spelling as shown (`データテラシー → データリテラシー`).
    Typos,
}

/// The words a choice cell takes.
#[derive(Debug, PartialEq, Eq)]
pub struct Choices {
    /// (as shown in the sheet, as written in RON).
    pub pairs: &'static [(&'static str, &'static str)],
    /// The words as shown, for a message about a bad cell.
    pub shown: &'static [&'static str],
}

/// One column of a sheet.
pub struct Column<T> {
    /// The heading in row 1.
    pub heading: &'static str,
    /// The field it fills: a RON path (`ojt.name`), or `@name` for a link to the parent.
    pub key: &'static str,
    pub kind: Kind,
    /// The cell's text for an entry.
    pub get: fn(&T) -> String,
}

const fn col<T>(
    heading: &'static str,
    key: &'static str,
    kind: Kind,
    get: fn(&T) -> String,
) -> Column<T> {
    Column {
        heading,
        key,
        kind,
        get,
    }
}

fn opt(v: &Option<Text>) -> String {
    v.as_deref().unwrap_or_default().to_string()
}

fn list(v: &[Text]) -> String {
    v.iter().map(|t| t.as_str()).collect::<Vec<_>>().join("\n")
}

/// The arrow between a typo's printed and corrected spelling, as written.
const TYPO_ARROW: &str = " → ";
/// The arrows read between a typo's two spellings.
const TYPO_ARROWS: &[&str] = &["→", "->", "⇒", "=>"];

/// Typos one per line: `printed → corrected`.
fn typos(v: &[Typo]) -> String {
    v.iter()
        .map(|t| format!("{}{TYPO_ARROW}{}", t.printed, t.corrected))
        .collect::<Vec<_>>()
        .join("\n")
}

const LABELS: &Choices = &Choices {
    pairs: &[("NEW", "New"), ("拡充", "Expanded")],
    shown: &["NEW", "拡充"],
};
/// `Measure.stands_for`: the role of every step a measure stands for.
const ROLES: &Choices = &Choices {
    pairs: &[("OJT", "Ojt"), ("人事考課", "Appraisal")],
    shown: &["OJT", "人事考課"],
};
/// What a bad typo line is told to look like (a message names it as the one form to use).
const TYPO_FORM: &[&str] = &["印刷どおりの綴り → 直した綴り"];

fn stands_for(m: &Measure) -> String {
    match m.stands_for {
        Some(MeasureRole::Ojt) => "OJT",
        Some(MeasureRole::Appraisal) => "人事考課",
        None => "",
    }
    .to_string()
}

// Sheet names.
pub const SHEET_INFO: &str = "基本情報";
pub const SHEET_MEASURES: &str = "施策";
pub const SHEET_INITIATIVES: &str = "取組";
pub const SHEET_STEPS: &str = "職位";
pub const SHEET_TIERS: &str = "スタッフ職";
pub const SHEET_LEVELS: &str = "スタッフ職の水準";
pub const SHEET_YEARS: &str = "年次研修";
pub const SHEET_PROMOTIONS: &str = "昇任時研修";
pub const SHEET_BLOCKS: &str = "ブロック";
pub const SHEET_TRAININGS: &str = "研修";
pub const SHEET_GLOSSARY: &str = "用語集";
pub const SHEET_README: &str = "説明";

/// The rows of 基本情報: (項目, RON path, kind, getter). One row per field of the map's
/// single entries (meta, vision, basis, the year training's heading).
pub fn info_rows() -> Vec<Column<CareerMap>> {
    vec![
        col("文書名", "meta.title", Kind::Text, |m| {
            m.meta.title.to_string()
        }),
        col("地図の題名", "meta.map_title", Kind::Text, |m| {
            m.meta.map_title.to_string()
        }),
        col("組織", "meta.organisation", Kind::Text, |m| {
            m.meta.organisation.to_string()
        }),
        col("版", "meta.edition", Kind::Text, |m| {
            m.meta.edition.to_string()
        }),
        col("版の日付", "meta.edition_date", Kind::Optional, |m| {
            opt(&m.meta.edition_date)
        }),
        col("地図の注記", "meta.notes", Kind::List, |m| {
            list(&m.meta.notes)
        }),
        col(
            "根拠の見出し",
            "meta.basis_heading",
            Kind::Optional,
            |m| opt(&m.meta.basis_heading),
        ),
        col(
            "記載がない項目の注記",
            "meta.missing_note",
            Kind::Optional,
            |m| opt(&m.meta.missing_note),
        ),
        col(
            "印刷されていない同定の注記",
            "meta.identified",
            Kind::Optional,
            |m| opt(&m.meta.identified),
        ),
        col("目指すべき職員像", "vision.goal", Kind::Text, |m| {
            m.vision.goal.to_string()
        }),
        col(
            "実現する職場の状態",
            "vision.workplace_state",
            Kind::Text,
            |m| m.vision.workplace_state.to_string(),
        ),
        col(
            "実現する職員の状態",
            "vision.staff_state",
            Kind::Text,
            |m| m.vision.staff_state.to_string(),
        ),
        col("根拠の文", "basis.text", Kind::Text, |m| {
            m.basis.text.to_string()
        }),
        col("根拠の資料", "basis.sources", Kind::List, |m| {
            list(&m.basis.sources)
        }),
        col(
            "年次研修の名称",
            "year_training.name",
            Kind::Text,
            |m| m.year_training.name.to_string(),
        ),
        col(
            "年次研修の副題",
            "year_training.subtitle",
            Kind::Text,
            |m| m.year_training.subtitle.to_string(),
        ),
        col(
            "年次研修の施策ID",
            "year_training.measure",
            Kind::Text,
            |m| m.year_training.measure.to_string(),
        ),
        col(
            "年次研修の職位ID",
            "year_training.step",
            Kind::Text,
            |m| m.year_training.step.to_string(),
        ),
        col(
            "年次研修の原文",
            "year_training.source",
            Kind::Optional,
            |m| opt(&m.year_training.source),
        ),
        col(
            "年次研修の推定の注記",
            "year_training.inferred",
            Kind::Optional,
            |m| opt(&m.year_training.inferred),
        ),
    ]
}

pub fn measure_columns() -> Vec<Column<Measure>> {
    vec![
        col("ID", "id", Kind::Text, |m| m.id.to_string()),
        col("番号", "number", Kind::Number { min: 1, max: 255 }, |m| {
            m.number.to_string()
        }),
        col("記号", "symbol", Kind::Text, |m| m.symbol.to_string()),
        col("施策名", "name", Kind::Text, |m| m.name.to_string()),
        col("区分", "group", Kind::Optional, |m| opt(&m.group)),
        col("方針", "policy", Kind::Text, |m| m.policy.to_string()),
        col("目指す状態", "aim", Kind::Optional, |m| opt(&m.aim)),
        col("主な取組", "main_initiatives", Kind::List, |m| {
            list(&m.main_initiatives)
        }),
        col(
            "表す役割",
            "stands_for",
            Kind::OptionalChoice(ROLES),
            stands_for,
        ),
        col(
            "関連する研修ID",
            "related_trainings",
            Kind::List,
            |m| list(&m.related_trainings),
        ),
        col("関連の注記", "related_note", Kind::Optional, |m| {
            opt(&m.related_note)
        }),
        col(
            "目指す状態の注記",
            "aim_note",
            Kind::Optional,
            |m| opt(&m.aim_note),
        ),
        col("原文", "source", Kind::Optional, |m| opt(&m.source)),
        col("推定の注記", "inferred", Kind::Optional, |m| {
            opt(&m.inferred)
        }),
    ]
}

pub fn initiative_columns() -> Vec<Column<Initiative>> {
    vec![
        col("番号", "number", Kind::Number { min: 0, max: 255 }, |i| {
            i.number.to_string()
        }),
        col("区分", "label", Kind::Choice(LABELS), |i| {
            match i.label {
                InitiativeLabel::New => "NEW",
                InitiativeLabel::Expanded => "拡充",
            }
            .to_string()
        }),
        col("追加時期", "added", Kind::Optional, |i| opt(&i.added)),
        col("題名", "title", Kind::Text, |i| i.title.to_string()),
        col("内容", "description", Kind::Text, |i| {
            i.description.to_string()
        }),
        col("注記", "note", Kind::Optional, |i| opt(&i.note)),
        col("原文", "source", Kind::Optional, |i| opt(&i.source)),
    ]
}

pub fn step_columns() -> Vec<Column<Step>> {
    vec![
        col("ID", "id", Kind::Text, |s| s.id.to_string()),
        col("職位名", "name", Kind::Text, |s| s.name.to_string()),
        col("呼び名", "titles", Kind::List, |s| list(&s.titles)),
        col("役割", "role", Kind::Text, |s| s.role.to_string()),
        col("期待される役割", "expectations", Kind::List, |s| {
            list(&s.expectations)
        }),
        col("OJTの役割", "ojt.name", Kind::Text, |s| {
            s.ojt.name.to_string()
        }),
        col("OJTの説明", "ojt.detail", Kind::Optional, |s| {
            opt(&s.ojt.detail)
        }),
        col("OJTの原文", "ojt.source", Kind::Optional, |s| {
            opt(&s.ojt.source)
        }),
        col(
            "OJTの推定の注記",
            "ojt.inferred",
            Kind::Optional,
            |s| opt(&s.ojt.inferred),
        ),
        col("人事考課の役割", "appraisal.name", Kind::Text, |s| {
            s.appraisal.name.to_string()
        }),
        col(
            "人事考課の説明",
            "appraisal.detail",
            Kind::Optional,
            |s| opt(&s.appraisal.detail),
        ),
        col(
            "人事考課の原文",
            "appraisal.source",
            Kind::Optional,
            |s| opt(&s.appraisal.source),
        ),
        col(
            "人事考課の推定の注記",
            "appraisal.inferred",
            Kind::Optional,
            |s| opt(&s.appraisal.inferred),
        ),
        col("次の職位ID", "next", Kind::Optional, |s| opt(&s.next)),
        col("原文", "source", Kind::Optional, |s| opt(&s.source)),
        col("誤字の訂正", "typos", Kind::Typos, |s| typos(&s.typos)),
        col("推定の注記", "inferred", Kind::Optional, |s| {
            opt(&s.inferred)
        }),
    ]
}

pub fn tier_columns() -> Vec<Column<SpecialistTier>> {
    vec![
        col("ID", "id", Kind::Text, |s| s.id.to_string()),
        col("名称", "name", Kind::Text, |s| s.name.to_string()),
        col("呼び名", "titles", Kind::List, |s| list(&s.titles)),
        col("役割", "role", Kind::Text, |s| s.role.to_string()),
        col("期待される役割", "expectations", Kind::List, |s| {
            list(&s.expectations)
        }),
        col("OJTの役割", "ojt.name", Kind::Text, |s| {
            s.ojt.name.to_string()
        }),
        col("OJTの説明", "ojt.detail", Kind::Optional, |s| {
            opt(&s.ojt.detail)
        }),
        col("OJTの原文", "ojt.source", Kind::Optional, |s| {
            opt(&s.ojt.source)
        }),
        col(
            "OJTの推定の注記",
            "ojt.inferred",
            Kind::Optional,
            |s| opt(&s.ojt.inferred),
        ),
        col("人事考課の役割", "appraisal.name", Kind::Text, |s| {
            s.appraisal.name.to_string()
        }),
        col(
            "人事考課の説明",
            "appraisal.detail",
            Kind::Optional,
            |s| opt(&s.appraisal.detail),
        ),
        col(
            "人事考課の原文",
            "appraisal.source",
            Kind::Optional,
            |s| opt(&s.appraisal.source),
        ),
        col(
            "人事考課の推定の注記",
            "appraisal.inferred",
            Kind::Optional,
            |s| opt(&s.appraisal.inferred),
        ),
        col("原文", "source", Kind::Optional, |s| opt(&s.source)),
        col("誤字の訂正", "typos", Kind::Typos, |s| typos(&s.typos)),
        col("推定の注記", "inferred", Kind::Optional, |s| {
            opt(&s.inferred)
        }),
    ]
}

/// A row of スタッフ職の水準: a tier's [`TitleLevel`].
pub struct LevelRow {
    pub tier: Text,
    pub level: TitleLevel,
}

pub fn level_columns() -> Vec<Column<LevelRow>> {
    vec![
        col("スタッフ職ID", "@tier", Kind::Text, |r| {
            r.tier.to_string()
        }),
        col("呼び名", "titles", Kind::List, |r| list(&r.level.titles)),
        col("職位ID", "step", Kind::Text, |r| r.level.step.to_string()),
        col("根拠", "basis", Kind::Text, |r| r.level.basis.to_string()),
        col("推定の注記", "inferred", Kind::Optional, |r| {
            opt(&r.level.inferred)
        }),
    ]
}

pub fn year_columns() -> Vec<Column<YearEntry>> {
    vec![
        col(
            "入庁年目",
            "year",
            Kind::Number { min: 0, max: 255 },
            |y| y.year.to_string(),
        ),
        col("ID", "id", Kind::Text, |y| y.id.to_string()),
        col("内容", "contents", Kind::Text, |y| y.contents.to_string()),
        col("原文", "source", Kind::Optional, |y| opt(&y.source)),
    ]
}

/// A row of 昇任時研修: one training taken on promotion into a step (or, with the training
/// columns empty, an entry with no training yet).
pub struct PromotionRow {
    pub into: Text,
    pub measure: Text,
    pub inferred: Option<Text>,
    pub training: Option<Training>,
}

/// A row of 研修: one training of a block's group (or, with the training columns empty, a
/// group with no training yet).
pub struct BlockRow {
    pub block: Text,
    pub group: Option<Text>,
    pub training: Option<Training>,
}

/// The columns of one training, shared by 昇任時研修 and 研修.
macro_rules! training_cols {
    ($row:ty) => {
        vec![
            col::<$row>("研修ID", "id", Kind::Text, |r| {
                r.training
                    .as_ref()
                    .map(|t| t.id.to_string())
                    .unwrap_or_default()
            }),
            col::<$row>("研修名", "name", Kind::Text, |r| {
                r.training
                    .as_ref()
                    .map(|t| t.name.to_string())
                    .unwrap_or_default()
            }),
            col::<$row>("内容", "contents", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.contents))
                    .unwrap_or_default()
            }),
            col::<$row>("対象", "audience", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.audience))
                    .unwrap_or_default()
            }),
            col::<$row>("主催", "organiser", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.organiser))
                    .unwrap_or_default()
            }),
            col::<$row>("注記", "note", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.note))
                    .unwrap_or_default()
            }),
            col::<$row>("原文", "source", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.source))
                    .unwrap_or_default()
            }),
            col::<$row>("誤字の訂正", "typos", Kind::Typos, |r| {
                r.training
                    .as_ref()
                    .map(|t| typos(&t.typos))
                    .unwrap_or_default()
            }),
            col::<$row>("推定の注記", "inferred", Kind::Optional, |r| {
                r.training
                    .as_ref()
                    .map(|t| opt(&t.inferred))
                    .unwrap_or_default()
            }),
        ]
    };
}

pub fn promotion_columns() -> Vec<Column<PromotionRow>> {
    let mut cols = vec![
        col(
            "昇任先の職位ID",
            "@into",
            Kind::Text,
            |r: &PromotionRow| r.into.to_string(),
        ),
        col("施策ID", "@measure", Kind::Text, |r: &PromotionRow| {
            r.measure.to_string()
        }),
        col(
            "昇任の推定の注記",
            "@inferred",
            Kind::Optional,
            |r: &PromotionRow| opt(&r.inferred),
        ),
    ];
    cols.extend(training_cols!(PromotionRow));
    cols
}

pub fn block_columns() -> Vec<Column<Block>> {
    vec![
        col("ID", "id", Kind::Text, |b| b.id.to_string()),
        col("施策ID", "measure", Kind::Text, |b| b.measure.to_string()),
        col("名称", "name", Kind::Text, |b| b.name.to_string()),
        col("スローガン", "slogan", Kind::Text, |b| {
            b.slogan.to_string()
        }),
        col("原文", "source", Kind::Optional, |b| opt(&b.source)),
        col("誤字の訂正", "typos", Kind::Typos, |b| typos(&b.typos)),
        col("推定の注記", "inferred", Kind::Optional, |b| {
            opt(&b.inferred)
        }),
    ]
}

pub fn block_training_columns() -> Vec<Column<BlockRow>> {
    let mut cols = vec![
        col("ブロックID", "@block", Kind::Text, |r: &BlockRow| {
            r.block.to_string()
        }),
        col("グループ", "@group", Kind::Optional, |r: &BlockRow| {
            opt(&r.group)
        }),
    ];
    cols.extend(training_cols!(BlockRow));
    cols
}

pub fn glossary_columns() -> Vec<Column<GlossaryEntry>> {
    vec![
        col("用語", "term", Kind::Text, |g| g.term.to_string()),
        col("読み", "reading", Kind::Optional, |g| opt(&g.reading)),
        col("説明", "explanation", Kind::Text, |g| {
            g.explanation.to_string()
        }),
    ]
}

/// Every sheet with its headings, for documentation and tests: (sheet, [(heading, key)]).
pub fn sheets() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    fn h<T>(cols: Vec<Column<T>>) -> Vec<(&'static str, &'static str)> {
        cols.iter().map(|c| (c.heading, c.key)).collect()
    }
    vec![
        (SHEET_INFO, h(info_rows())),
        (SHEET_MEASURES, h(measure_columns())),
        (SHEET_INITIATIVES, h(initiative_columns())),
        (SHEET_STEPS, h(step_columns())),
        (SHEET_TIERS, h(tier_columns())),
        (SHEET_LEVELS, h(level_columns())),
        (SHEET_YEARS, h(year_columns())),
        (SHEET_PROMOTIONS, h(promotion_columns())),
        (SHEET_BLOCKS, h(block_columns())),
        (SHEET_TRAININGS, h(block_training_columns())),
        (SHEET_GLOSSARY, h(glossary_columns())),
    ]
}

// ---------------------------------------------------------------------------------------
// Writing.

/// What the workbook's first sheet says to its reader.
const README: &[&str] = &[
    "career-nav の地図（ワークブック版）",
    "",
    "シートごとに一種類の項目を、一行に一件ずつ書きます。1行目の見出しは変えないでください（列の順番は変えてもかまいません）。",
    "「ID」は他の行から参照する名前です（例：職位の「次の職位ID」、研修の「ブロックID」）。半角英数字で、重複しないようにします。",
    "一つのセルに複数の項目を書く列（呼び名、期待される役割、主な取組など）は、セル内で改行して一行に一項目を書きます（Alt+Enter）。",
    "空のセルは「なし」を意味します。必須の列（ID、名称、役割など）を空にすると、check がそのセルを示して知らせます。",
    "「誤字の訂正」の列には、原資料の誤字を直した箇所を一行に一つ、「印刷どおりの綴り → 直した綴り」と書きます（例：データテラシー → データリテラシー）。矢印は → のほか -> でもかまいません。",
    "「原文」の列には原資料に印刷されたとおりの文を書きます。画面では直した文のそばに示されます。",
    "施策の「表す役割」には、その施策が各職位の OJT の役割を表すなら「OJT」、人事考課の役割を表すなら「人事考課」と書きます（Ojt / Appraisal でもかまいません）。どちらでもなければ空にします。",
    "施策の「関連する研修ID」には、ほかの施策の下にある研修のうちこの施策に関わるものの研修IDを一行に一つ書きます。",
    "書き終えたら  career-nav check 地図.xlsx  で確かめ、career-nav --data 地図.xlsx で開きます。",
    "各列の意味は docs/map-format.md にあります。このシート（説明）は読み込みのときには無視されます。",
];

fn write_sheet<T>(
    book: &mut Workbook,
    name: &str,
    cols: &[Column<T>],
    rows: &[T],
) -> Result<(), XlsxError> {
    let head = Format::new().set_bold().set_background_color("#DDEBF7");
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let sheet: &mut Worksheet = book.add_worksheet();
    sheet.set_name(name)?;
    for (c, column) in cols.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, column.heading, &head)?;
        let width = match column.kind {
            Kind::Number { .. } | Kind::Choice(_) => 8.0,
            Kind::OptionalChoice(_) => 10.0,
            _ if column.key == "id" || column.key.ends_with("id") => 14.0,
            Kind::List | Kind::Typos => 48.0,
            _ => 28.0,
        };
        sheet.set_column_width(c, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, column) in cols.iter().enumerate() {
            let c = c as u16;
            let value = (column.get)(row);
            match column.kind {
                Kind::Number { .. } => match value.parse::<f64>() {
                    Ok(n) => sheet.write_number(r, c, n)?,
                    Err(_) => sheet.write_string(r, c, &value)?,
                },
                _ if value.is_empty() => sheet,
                _ => sheet.write_string_with_format(r, c, &value, &wrap)?,
            };
        }
    }
    Ok(())
}

/// The map as an .xlsx workbook.
pub fn write(map: &CareerMap) -> Result<Vec<u8>, String> {
    write_inner(map).map_err(|e| e.to_string())
}

fn write_inner(map: &CareerMap) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    {
        let sheet = book.add_worksheet();
        sheet.set_name(SHEET_README)?;
        sheet.set_column_width(0, 120.0)?;
        for (i, line) in README.iter().enumerate() {
            sheet.write_string(i as u32, 0, *line)?;
        }
    }
    // 基本情報: a row per field, the value in column B.
    {
        let head = Format::new().set_bold().set_background_color("#DDEBF7");
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let sheet = book.add_worksheet();
        sheet.set_name(SHEET_INFO)?;
        sheet.write_string_with_format(0, 0, "項目", &head)?;
        sheet.write_string_with_format(0, 1, "内容", &head)?;
        sheet.set_column_width(0, 24.0)?;
        sheet.set_column_width(1, 80.0)?;
        sheet.set_freeze_panes(1, 0)?;
        for (i, row) in info_rows().iter().enumerate() {
            let r = i as u32 + 1;
            sheet.write_string(r, 0, row.heading)?;
            let value = (row.get)(map);
            if !value.is_empty() {
                sheet.write_string_with_format(r, 1, &value, &wrap)?;
            }
        }
    }
    write_sheet(&mut book, SHEET_MEASURES, &measure_columns(), &map.measures)?;
    write_sheet(
        &mut book,
        SHEET_INITIATIVES,
        &initiative_columns(),
        &map.initiatives,
    )?;
    write_sheet(&mut book, SHEET_STEPS, &step_columns(), &map.steps)?;
    write_sheet(
        &mut book,
        SHEET_TIERS,
        &tier_columns(),
        &map.specialist_tiers,
    )?;
    let levels: Vec<LevelRow> = map
        .specialist_tiers
        .iter()
        .flat_map(|t| {
            t.levels.iter().map(|l| LevelRow {
                tier: t.id.clone(),
                level: l.clone(),
            })
        })
        .collect();
    write_sheet(&mut book, SHEET_LEVELS, &level_columns(), &levels)?;
    write_sheet(
        &mut book,
        SHEET_YEARS,
        &year_columns(),
        &map.year_training.years,
    )?;
    let promotions: Vec<PromotionRow> = map
        .promotion_trainings
        .iter()
        .flat_map(|p| {
            let row = |t: Option<&Training>| PromotionRow {
                into: p.into.clone(),
                measure: p.measure.clone(),
                inferred: p.inferred.clone(),
                training: t.cloned(),
            };
            if p.trainings.is_empty() {
                vec![row(None)]
            } else {
                p.trainings.iter().map(|t| row(Some(t))).collect()
            }
        })
        .collect();
    write_sheet(
        &mut book,
        SHEET_PROMOTIONS,
        &promotion_columns(),
        &promotions,
    )?;
    write_sheet(&mut book, SHEET_BLOCKS, &block_columns(), &map.blocks)?;
    let items: Vec<BlockRow> = map
        .blocks
        .iter()
        .flat_map(|b| {
            b.groups.iter().flat_map(move |g| {
                let row = |t: Option<&Training>| BlockRow {
                    block: b.id.clone(),
                    group: g.name.clone(),
                    training: t.cloned(),
                };
                if g.items.is_empty() {
                    vec![row(None)]
                } else {
                    g.items.iter().map(|t| row(Some(t))).collect()
                }
            })
        })
        .collect();
    write_sheet(
        &mut book,
        SHEET_TRAININGS,
        &block_training_columns(),
        &items,
    )?;
    write_sheet(
        &mut book,
        SHEET_GLOSSARY,
        &glossary_columns(),
        &map.glossary,
    )?;
    book.save_to_buffer()
}

// ---------------------------------------------------------------------------------------
// Reading.

/// True for a file to be read as a workbook: an `.xlsx` name, or a zip file's bytes.
pub fn is_workbook(path: &Path, bytes: &[u8]) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
        || bytes.starts_with(b"PK\x03\x04")
}

/// The column letters of a 0-based column (0 → A, 26 → AA).
pub fn column_letters(mut c: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A cell's text: numbers without a trailing `.0`, line breaks as `\n`.
fn cell_text(d: &Data) -> String {
    let s = match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        // A date typed into a spreadsheet becomes a date cell: read it back as YYYY-MM-DD.
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTimeIso(iso) => iso.get(..10).unwrap_or(iso).to_string(),
        other => other.to_string(),
    };
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// One read row: the RON text of each field, and where each value came from.
struct ReadRow {
    /// (RON path, RON text of the value), in column order.
    fields: Vec<(&'static str, String)>,
    /// `@name` → the cell's text.
    parents: HashMap<&'static str, String>,
    /// The row's own (non-parent) cells were all empty.
    own_empty: bool,
    /// The cell of each `@name` column (for unknown references).
    parent_cells: HashMap<&'static str, CellRef>,
}

/// Where every value was read from, to point a validation problem at its cell.
#[derive(Default)]
struct CellIndex {
    /// (sheet, RON field name (last part of the path), row id, the cell's text, cell).
    cells: Vec<(&'static str, String, String, String, CellRef)>,
}

struct Book {
    xlsx: Xlsx<Cursor<Vec<u8>>>,
    problems: Vec<Problem>,
    /// Rows (sheet, 1-based row) with a cell that could not be read: other problems found
    /// in them would only repeat it.
    bad_rows: Vec<(&'static str, u32)>,
    /// A sheet or column is missing: the map cannot be put together.
    broken: bool,
    index: CellIndex,
}

fn problem_at(message: Msg, sheet: &str, cell: String, heading: &str) -> Problem {
    Problem {
        message,
        position: None,
        locator: None,
        cell: Some(CellRef {
            sheet: sheet.to_string(),
            cell,
            heading: heading.to_string(),
        }),
    }
}

/// A value as RON text, checked against its kind.
fn ron_value(text: &str, kind: Kind) -> Result<String, Msg> {
    let q = |s: &str| ron::to_string(&s.to_string()).unwrap_or_else(|_| "\"\"".into());
    let t = text.trim();
    match kind {
        Kind::Text if t.is_empty() => Err(Msg::EmptyCell),
        Kind::Text => Ok(q(t)),
        Kind::Optional if t.is_empty() => Ok("None".into()),
        Kind::Optional => Ok(format!("Some({})", q(t))),
        Kind::List => Ok(format!(
            "[{}]",
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(q)
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Kind::Number { min, max } => {
            let folded = super::normalize_title(t);
            match folded.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n.to_string()),
                _ => Err(Msg::BadCell(CellKind::Number { min, max })),
            }
        }
        Kind::OptionalChoice(_) if t.is_empty() => Ok("None".into()),
        Kind::Choice(choices) | Kind::OptionalChoice(choices) => {
            let word = choices
                .pairs
                .iter()
                .find(|(shown, ron)| shown.eq_ignore_ascii_case(t) || ron.eq_ignore_ascii_case(t))
                .map(|(_, ron)| ron.to_string())
                .ok_or(Msg::BadCell(CellKind::Choice(choices.shown)))?;
            Ok(if matches!(kind, Kind::OptionalChoice(_)) {
                format!("Some({word})")
            } else {
                word
            })
        }
        Kind::Typos => {
            let mut out = Vec::new();
            for line in t.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let split = TYPO_ARROWS
                    .iter()
                    .filter_map(|a| line.find(a).map(|i| (i, a.len())))
                    .min();
                let (printed, corrected) = match split {
                    Some((i, len)) => (line[..i].trim(), line[i + len..].trim()),
                    None => ("", ""),
                };
                if printed.is_empty() || corrected.is_empty() {
                    return Err(Msg::BadCell(CellKind::Choice(TYPO_FORM)));
                }
                out.push(format!(
                    "(printed: {}, corrected: {})",
                    q(printed),
                    q(corrected)
                ));
            }
            Ok(format!("[{}]", out.join(", ")))
        }
    }
}

/// The RON text of a struct from its (path, value) fields: `ojt.name` nests.
fn ron_struct(fields: &[(&str, String)]) -> String {
    let mut out = String::from("(");
    let mut i = 0;
    while i < fields.len() {
        let (key, value) = &fields[i];
        match key.split_once('.') {
            None => {
                out.push_str(&format!("{key}: {value}, "));
                i += 1;
            }
            Some((head, _)) => {
                let mut inner = Vec::new();
                while i < fields.len()
                    && fields[i].0.split_once('.').is_some_and(|(h, _)| h == head)
                {
                    let (k, v) = &fields[i];
                    inner.push((&k[head.len() + 1..], v.clone()));
                    i += 1;
                }
                out.push_str(&format!("{head}: {}, ", ron_struct(&inner)));
            }
        }
    }
    out.push(')');
    out
}

impl Book {
    /// The rows of a sheet as RON fields; cell problems are collected.
    fn rows<T>(&mut self, sheet: &'static str, cols: &[Column<T>]) -> Vec<ReadRow> {
        let range = match self.xlsx.worksheet_range(sheet) {
            Ok(r) => r,
            Err(_) => {
                self.problems
                    .push(Problem::new(Msg::MissingSheet(sheet.to_string()), None));
                return Vec::new();
            }
        };
        let Some((r0, c0)) = range.start() else {
            return Vec::new();
        };
        let (r1, c1) = range.end().unwrap_or((r0, c0));
        // The heading row: the first row with any text.
        let heading_row = r0;
        let mut headings: HashMap<String, u32> = HashMap::new();
        for c in c0..=c1 {
            if let Some(d) = range.get_value((heading_row, c)) {
                headings.entry(cell_text(d).trim().to_string()).or_insert(c);
            }
        }
        let mut place: Vec<Option<u32>> = Vec::new();
        for column in cols {
            let found = headings.get(column.heading).copied();
            if found.is_none() && matches!(column.kind, Kind::Text | Kind::Number { .. }) {
                self.broken = true;
                self.problems.push(Problem::new(
                    Msg::MissingColumn {
                        sheet: sheet.to_string(),
                        heading: column.heading.to_string(),
                    },
                    None,
                ));
            }
            place.push(found);
        }
        let id_col = cols.iter().position(|c| c.key == "id");
        let mut out = Vec::new();
        for r in heading_row + 1..=r1 {
            let texts: Vec<String> = place
                .iter()
                .map(|p| {
                    p.and_then(|c| range.get_value((r, c)))
                        .map(cell_text)
                        .unwrap_or_default()
                })
                .collect();
            if texts.iter().all(|t| t.trim().is_empty()) {
                continue;
            }
            let own_empty = cols
                .iter()
                .zip(&texts)
                .all(|(c, t)| c.key.starts_with('@') || t.trim().is_empty());
            let row_id = id_col
                .map(|i| texts[i].trim().to_string())
                .unwrap_or_default();
            let mut row = ReadRow {
                fields: Vec::new(),
                parents: HashMap::new(),
                own_empty,
                parent_cells: HashMap::new(),
            };
            for ((column, text), p) in cols.iter().zip(&texts).zip(&place) {
                let cell = format!(
                    "{}{}",
                    column_letters(p.unwrap_or(c0 + cols.len() as u32)),
                    r + 1
                );
                let cell_ref = CellRef {
                    sheet: sheet.to_string(),
                    cell: cell.clone(),
                    heading: column.heading.to_string(),
                };
                let field = column.key.trim_start_matches('@');
                let field = field.rsplit('.').next().unwrap_or(field);
                self.index.cells.push((
                    sheet,
                    field.to_string(),
                    row_id.clone(),
                    text.clone(),
                    cell_ref.clone(),
                ));
                if let Some(parent) = column.key.strip_prefix('@') {
                    let _ = parent;
                    match ron_value(text, column.kind) {
                        Ok(_) => {
                            row.parents.insert(column.key, text.trim().to_string());
                            row.parent_cells.insert(column.key, cell_ref);
                        }
                        Err(m) => self
                            .problems
                            .push(problem_at(m, sheet, cell, column.heading)),
                    }
                    continue;
                }
                if own_empty {
                    continue;
                }
                match ron_value(text, column.kind) {
                    Ok(v) => row.fields.push((column.key, v)),
                    Err(m) => {
                        // Read on with a stand-in, to find the workbook's other problems;
                        // problems about the stand-in are then found in this row.
                        row.fields.push((column.key, stand_in(column.kind)));
                        if let Some(entry) = self.index.cells.last_mut() {
                            entry.3 = ron::from_str::<String>(&stand_in(column.kind))
                                .unwrap_or_else(|_| stand_in(column.kind));
                        }
                        self.bad_rows.push((sheet, r + 1));
                        self.problems
                            .push(problem_at(m, sheet, cell, column.heading));
                    }
                }
            }
            out.push(row);
        }
        out
    }

    /// 基本情報: the value of each row by its 項目.
    fn info(&mut self) -> Vec<(&'static str, String)> {
        let rows = info_rows();
        let range = match self.xlsx.worksheet_range(SHEET_INFO) {
            Ok(r) => r,
            Err(_) => {
                self.broken = true;
                self.problems.push(Problem::new(
                    Msg::MissingSheet(SHEET_INFO.to_string()),
                    None,
                ));
                return Vec::new();
            }
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let (r1, _) = range.end().unwrap_or((0, 0));
        let mut by_label: HashMap<String, (u32, String)> = HashMap::new();
        for r in r0..=r1 {
            let label = range.get_value((r, c0)).map(cell_text).unwrap_or_default();
            let value = range
                .get_value((r, c0 + 1))
                .map(cell_text)
                .unwrap_or_default();
            by_label
                .entry(label.trim().to_string())
                .or_insert((r, value));
        }
        let mut out = Vec::new();
        for row in &rows {
            let (r, value) = match by_label.get(row.heading) {
                Some((r, v)) => (*r, v.clone()),
                None if matches!(row.kind, Kind::Text) => {
                    self.broken = true;
                    self.problems.push(Problem::new(
                        Msg::MissingRow {
                            sheet: SHEET_INFO.to_string(),
                            label: row.heading.to_string(),
                        },
                        None,
                    ));
                    continue;
                }
                None => continue,
            };
            let cell = format!("{}{}", column_letters(c0 + 1), r + 1);
            let field = row.key.rsplit('.').next().unwrap_or(row.key);
            self.index.cells.push((
                SHEET_INFO,
                field.to_string(),
                String::new(),
                value.clone(),
                CellRef {
                    sheet: SHEET_INFO.to_string(),
                    cell: cell.clone(),
                    heading: row.heading.to_string(),
                },
            ));
            match ron_value(&value, row.kind) {
                Ok(v) => out.push((row.key, v)),
                Err(m) => {
                    out.push((row.key, stand_in(row.kind)));
                    self.problems
                        .push(problem_at(m, SHEET_INFO, cell, row.heading));
                }
            }
        }
        out
    }
}

/// A group of a block being read: its name and its trainings' RON.
type GroupText = (Option<String>, Vec<String>);

/// The entries of `rows` as RON structs, in a list.
fn ron_list(rows: &[ReadRow]) -> String {
    let items: Vec<String> = rows
        .iter()
        .filter(|r| !r.own_empty)
        .map(|r| ron_struct(&r.fields))
        .collect();
    format!("[{}]", items.join(", "))
}

/// A struct's RON text with one more field before its closing `)`.
fn with_field(strukt: &str, field: &str, value: &str) -> String {
    let body = strukt.strip_suffix(')').unwrap_or(strukt);
    format!("{body}{field}: {value}, )")
}

/// Read a workbook written by [`write`] (or by hand in the same shape) and validate it.
pub fn read(bytes: &[u8], file: &str) -> Result<CareerMap, LoadError> {
    let xlsx = Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|e| LoadError::Io {
        file: file.to_string(),
        message: Msg::NotAWorkbook(super::sanitize(&e.to_string())),
    })?;
    let mut book = Book {
        xlsx,
        problems: Vec::new(),
        bad_rows: Vec::new(),
        broken: false,
        index: CellIndex::default(),
    };
    let info = book.info();
    let measures = book.rows(SHEET_MEASURES, &measure_columns());
    let initiatives = book.rows(SHEET_INITIATIVES, &initiative_columns());
    let steps = book.rows(SHEET_STEPS, &step_columns());
    let tiers = book.rows(SHEET_TIERS, &tier_columns());
    let levels = book.rows(SHEET_LEVELS, &level_columns());
    let years = book.rows(SHEET_YEARS, &year_columns());
    let promotions = book.rows(SHEET_PROMOTIONS, &promotion_columns());
    let blocks = book.rows(SHEET_BLOCKS, &block_columns());
    let items = book.rows(SHEET_TRAININGS, &block_training_columns());
    let glossary = book.rows(SHEET_GLOSSARY, &glossary_columns());

    // The single entries from 基本情報, by the first part of their path.
    let part = |prefix: &str| -> Vec<(&str, String)> {
        info.iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(prefix)
                    .and_then(|k| k.strip_prefix('.'))
                    .map(|k| (k, v.clone()))
            })
            .collect()
    };

    // Specialist tiers with their levels.
    let mut tier_texts: Vec<(String, String)> = tiers
        .iter()
        .filter(|r| !r.own_empty)
        .map(|r| {
            let id = field_text(&r.fields, "id");
            (id, ron_struct(&r.fields))
        })
        .collect();
    let mut tier_levels: HashMap<String, Vec<String>> = HashMap::new();
    for l in levels.iter().filter(|r| !r.own_empty) {
        let tier = l.parents.get("@tier").cloned().unwrap_or_default();
        if !tier_texts.iter().any(|(id, _)| *id == tier) {
            unknown_ref(&mut book.problems, l, "@tier", SHEET_TIERS, "ID");
            continue;
        }
        tier_levels
            .entry(tier)
            .or_default()
            .push(ron_struct(&l.fields));
    }
    for (id, text) in tier_texts.iter_mut() {
        let levels = tier_levels.remove(id.as_str()).unwrap_or_default();
        *text = with_field(text, "levels", &format!("[{}]", levels.join(", ")));
    }

    // Promotion trainings: consecutive rows into one step and measure form one entry.
    let mut promo_texts: Vec<String> = Vec::new();
    let mut current: Option<(String, String, String, Vec<String>)> = None;
    for p in &promotions {
        let into = p.parents.get("@into").cloned().unwrap_or_default();
        let measure = p.parents.get("@measure").cloned().unwrap_or_default();
        let inferred = p.parents.get("@inferred").cloned().unwrap_or_default();
        let same = current
            .as_ref()
            .is_some_and(|(i, m, _, _)| *i == into && *m == measure);
        if !same {
            if let Some(done) = current.take() {
                promo_texts.push(promotion_text(done));
            }
            current = Some((into, measure, inferred, Vec::new()));
        }
        if !p.own_empty
            && let Some((_, _, _, list)) = current.as_mut()
        {
            list.push(ron_struct(&p.fields));
        }
    }
    if let Some(done) = current.take() {
        promo_texts.push(promotion_text(done));
    }

    // Blocks with their groups: consecutive rows of one block and group form one group.
    let block_ids: Vec<String> = blocks
        .iter()
        .filter(|r| !r.own_empty)
        .map(|r| field_text(&r.fields, "id"))
        .collect();
    let mut groups: HashMap<String, Vec<GroupText>> = HashMap::new();
    let mut last: Option<(String, Option<String>)> = None;
    for it in &items {
        let block = it.parents.get("@block").cloned().unwrap_or_default();
        if !block_ids.contains(&block) {
            unknown_ref(&mut book.problems, it, "@block", SHEET_BLOCKS, "ID");
            continue;
        }
        let group = it
            .parents
            .get("@group")
            .cloned()
            .filter(|g| !g.trim().is_empty());
        let key = (block.clone(), group.clone());
        let list = groups.entry(block.clone()).or_default();
        if last.as_ref() != Some(&key) || list.is_empty() {
            list.push((group, Vec::new()));
        }
        last = Some(key);
        if !it.own_empty
            && let Some((_, items)) = list.last_mut()
        {
            items.push(ron_struct(&it.fields));
        }
    }
    let block_texts: Vec<String> = blocks
        .iter()
        .filter(|r| !r.own_empty)
        .map(|r| {
            let id = field_text(&r.fields, "id");
            let gs: Vec<String> = groups
                .remove(&id)
                .unwrap_or_default()
                .into_iter()
                .map(|(name, items)| {
                    let name = name.map_or("None".to_string(), |n| {
                        format!("Some({})", ron::to_string(&n).unwrap_or_default())
                    });
                    format!("(name: {name}, items: [{}])", items.join(", "))
                })
                .collect();
            with_field(
                &ron_struct(&r.fields),
                "groups",
                &format!("[{}]", gs.join(", ")),
            )
        })
        .collect();

    let year_training = with_field(
        &ron_struct(&part("year_training")),
        "years",
        &ron_list(&years),
    );
    let text = format!(
        "CareerMap(meta: {}, vision: {}, measures: {}, initiatives: {}, basis: {}, steps: {}, \
         specialist_tiers: [{}], year_training: {}, promotion_trainings: [{}], blocks: [{}], \
         glossary: {})",
        ron_struct(&part("meta")),
        ron_struct(&part("vision")),
        ron_list(&measures),
        ron_list(&initiatives),
        ron_struct(&part("basis")),
        ron_list(&steps),
        tier_texts
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(", "),
        year_training,
        promo_texts.join(", "),
        block_texts.join(", "),
        ron_list(&glossary),
    );
    let mut problems = std::mem::take(&mut book.problems);
    if book.broken {
        return Err(invalid(file, problems));
    }
    let map: CareerMap = match ron::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            // Cells were checked one by one: what is left is a field no column fills.
            problems.push(Problem::new(Msg::Syntax(e.to_string()), None));
            return Err(invalid(file, problems));
        }
    };
    let mut found = validate(&map, "");
    for p in &mut found {
        p.cell = cell_of(&book.index, p);
    }
    // A problem in a row whose cell could not be read comes from the stand-in.
    found.retain(|p| {
        !p.cell.as_ref().is_some_and(|c| {
            book.bad_rows
                .iter()
                .any(|(sheet, row)| c.sheet == *sheet && row_of(&c.cell) == Some(*row))
        })
    });
    problems.extend(found);
    if problems.is_empty() {
        Ok(map)
    } else {
        Err(invalid(file, problems))
    }
}

/// The row number of a cell address (C12 → 12).
fn row_of(cell: &str) -> Option<u32> {
    cell.trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// A value read in place of a cell that could not be read.
fn stand_in(kind: Kind) -> String {
    match kind {
        Kind::Number { min, .. } => min.to_string(),
        Kind::Choice(choices) => choices.pairs.first().map_or("None", |(_, r)| r).to_string(),
        Kind::Optional | Kind::OptionalChoice(_) => "None".into(),
        Kind::List | Kind::Typos => "[]".into(),
        Kind::Text => "\"\"".into(),
    }
}

fn invalid(file: &str, problems: Vec<Problem>) -> LoadError {
    let lines = vec![None; problems.len()];
    LoadError::Invalid {
        file: file.to_string(),
        problems,
        lines,
    }
}

fn promotion_text(
    (into, measure, inferred, trainings): (String, String, String, Vec<String>),
) -> String {
    let q = |s: &str| ron::to_string(&s.to_string()).unwrap_or_default();
    let inferred = if inferred.trim().is_empty() {
        "None".to_string()
    } else {
        format!("Some({})", q(inferred.trim()))
    };
    format!(
        "(into: {}, measure: {}, inferred: {inferred}, trainings: [{}])",
        q(&into),
        q(&measure),
        trainings.join(", ")
    )
}

/// The plain text of a field from its RON text (for ids).
fn field_text(fields: &[(&str, String)], key: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| ron::from_str::<String>(v).ok())
        .unwrap_or_default()
}

fn unknown_ref(problems: &mut Vec<Problem>, row: &ReadRow, key: &str, sheet: &str, heading: &str) {
    if let Some(cell) = row.parent_cells.get(key) {
        problems.push(Problem {
            message: Msg::UnknownRef {
                sheet: sheet.to_string(),
                heading: heading.to_string(),
                value: row.parents.get(key).cloned().unwrap_or_default(),
            },
            position: None,
            locator: None,
            cell: Some(cell.clone()),
        });
    }
}

/// The cell a validation problem is about: a cell of the problem's field holding its value
/// (the nth such cell), or the field's cell in the row whose id is the value.
fn cell_of(index: &CellIndex, p: &Problem) -> Option<CellRef> {
    let loc = p.locator.as_ref()?;
    let holds =
        |text: &str| text.trim() == loc.value || text.lines().any(|l| l.trim() == loc.value);
    let matching: Vec<&CellRef> = index
        .cells
        .iter()
        .filter(|(_, field, _, text, _)| *field == loc.field && holds(text))
        .map(|(_, _, _, _, c)| c)
        .collect();
    if let Some(c) = matching.get(loc.nth).or(matching.first()) {
        return Some((*c).clone());
    }
    index
        .cells
        .iter()
        .find(|(_, field, row, _, _)| *field == loc.field && *row == loc.value)
        .or_else(|| {
            index
                .cells
                .iter()
                .find(|(_, field, _, text, _)| field == "id" && text.trim() == loc.value)
        })
        .map(|(_, _, _, _, c)| c.clone())
}
