//! The career map as data: serde types, loading and validation. Nothing here knows about a
//! terminal; the TUI, `show` and `check` all read the same [`CareerMap`].

mod catalog;
mod derived;
mod diff;
pub mod formats;
mod ids;
mod load;
mod messages;
mod query;
mod text;
mod validate;
pub mod xlsx;

pub use catalog::catalog_builds;
pub use catalog::{Applies, CatalogEntry};
pub use diff::{
    Delta, DiffEntry, DiffField, DiffKind, EntityChange, FieldChange, KindDiff, MapDiff, diff,
};
pub use ids::{GlossaryIndex, InitiativeIndex, Ix, Listed, MeasureIndex, StepIndex, TierIndex};
pub use load::{
    Converted, EMBEDDED_MAP, EMBEDDED_NAME, FromFile, LoadError, MapSource, Undecoded, decode,
    decode_in, describe as describe_ron, excerpt, load_embedded, load_file, load_file_in,
    load_file_noted, parse, read_file_in, to_ron,
};
pub use messages::{CellKind, Entry, Lang, Lookalike, Msg};
pub use query::{Place, TitleMatch, expectation_key, normalize_title};
pub use text::{Text, is_unsafe_char, sanitize};
pub use validate::{CellRef, Locator, Problem, circled, validate};

use validate::position_of as validate_position;

use serde::{Deserialize, Serialize};

/// The embedded map, built by code the build script writes from `data/hamamatsu.ron` (see
/// `build.rs`, `embedded`): no parsing at start-up.
fn embedded_map() -> CareerMap {
    include!(concat!(env!("OUT_DIR"), "/embedded_map.rs"))
}

/// The whole map: page 1 (the policy framework) and page 2 (the map of measures per grade).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CareerMap {
    pub meta: Meta,
    /// 目標: 目指すべき職員像 and the states that realise it.
    pub vision: Vision,
    /// The measures ①–⑩ (施策), in order.
    pub measures: Vec<Measure>,
    /// 新規・拡充する取組, in the document's order (取組8 stands after 取組2).
    pub initiatives: Vec<Initiative>,
    /// 【基礎調査等】: what the revision drew on.
    pub basis: Basis,
    /// The line ladder (ライン職). Order in the file does not matter: `next` links the rungs.
    pub steps: Vec<Step>,
    /// The specialist track (スタッフ職), lower tier first.
    pub specialist_tiers: Vec<SpecialistTier>,
    /// 集中育成期間 (1～5年目職員研修).
    pub year_training: YearTraining,
    /// Training taken on promotion into a step (①階層別研修 cells between two rows).
    pub promotion_trainings: Vec<PromotionTraining>,
    /// Blocks not tied to a grade (② and the right-hand column of page 2). Not "open to
    /// all": many name their own audience.
    pub blocks: Vec<Block>,
    /// Terms a reader may not know. The source defines none of them: every explanation
    /// here is the program's own, and the program says so where it shows them.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    /// What is computed from the rest once, on first use (the ladder, the catalog...).
    #[serde(skip)]
    derived: derived::Derived,
}

/// A term and the program's general explanation of it (not the source's text).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: Text,
    /// The reading in kana, e.g. こうかしゃ.
    #[serde(default)]
    pub reading: Option<Text>,
    pub explanation: Text,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// e.g. 人材育成基本方針
    pub title: Text,
    /// e.g. 人材育成のための施策リスト（人材育成マップ）
    pub map_title: Text,
    /// e.g. 浜松市
    pub organisation: Text,
    /// What is printed about the date, e.g. 取組8「令和5年3月追加」. A reader who opens a map
    /// whose edition differs from the one they last saw is told what changed.
    pub edition: Text,
    /// The edition's date, YYYY-MM-DD, where the map gives one.
    #[serde(default)]
    pub edition_date: Option<Text>,
    /// The heading of `basis` (e.g. 基礎調査等); without it the section has a neutral heading.
    #[serde(default)]
    pub basis_heading: Option<Text>,
    /// What to say where the map has no value for an item (e.g. 原資料に記載なし); without
    /// it such items are left out.
    #[serde(default)]
    pub missing_note: Option<Text>,
    /// Notes about the map as a whole (e.g. 「※項目番号（①～⑦、⑩）は、P.1に対応しています。」).
    #[serde(default)]
    pub notes: Vec<Text>,
    /// What of the above is identified rather than printed (the city's name, the document's
    /// title, its edition), shown marked as a reading.
    #[serde(default)]
    pub identified: Inferred,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    /// 目指すべき職員像
    pub goal: Text,
    /// 「目指すべき職員像」を実現する職場の状態
    pub workplace_state: Text,
    /// 「目指すべき職員像」を実現する職員の状態
    pub staff_state: Text,
}

/// A note that a placement or value is a reading of the source's layout, not printed fact.
/// The program marks the item with ＊ and shows the note on request.
pub type Inferred = Option<Text>;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id, e.g. "m1".
    pub id: Text,
    /// 1..=10
    pub number: u8,
    /// The circled number, e.g. "①".
    pub symbol: Text,
    /// e.g. 階層別研修
    pub name: Text,
    /// The label of the group on page 1, e.g. 研修 or 業務外.
    #[serde(default)]
    pub group: Option<Text>,
    /// 方針 slogan, e.g. レベルアップへの“必須アイテム”.
    pub policy: Text,
    /// The state the measure aims at. `None` where the source lost it.
    #[serde(default)]
    pub aim: Option<Text>,
    /// 【主な取組】
    #[serde(default)]
    pub main_initiatives: Vec<Text>,
    /// The role per step this measure stands for, if any: the steps' `ojt` roles belong to
    /// the measure marked `Some(Ojt)`, their `appraisal` roles to `Some(Appraisal)`. Said in
    /// the map, so another organisation's numbering keeps its OJT and appraisal roles.
    #[serde(default)]
    pub stands_for: Option<MeasureRole>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// Trainings listed under another measure that this measure names on page 1 (training
    /// ids): ⑦'s 人事考課育成面談研修 is the ① training 人事考課研修・育成面談研修.
    #[serde(default)]
    pub related_trainings: Vec<Text>,
    /// Why the trainings above are linked to this measure (a reading).
    #[serde(default)]
    pub related_note: Inferred,
    /// A note on the aim as printed (e.g. a wording left as printed because it has two
    /// possible corrections).
    #[serde(default)]
    pub aim_note: Option<Text>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// What a measure stands for on every step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum MeasureRole {
    /// The OJT role of each step (`Step::ojt`).
    Ojt,
    /// The appraisal role of each step (`Step::appraisal`).
    Appraisal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub enum InitiativeLabel {
    /// (NEW)
    New,
    /// (拡充)
    Expanded,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// 取組 N
    pub number: u8,
    pub label: InitiativeLabel,
    /// e.g. 令和5年3月追加
    #[serde(default)]
    pub added: Option<Text>,
    pub title: Text,
    pub description: Text,
    /// A small-print note, e.g. ※デジタルファースト宣言（令和元年10月）
    #[serde(default)]
    pub note: Option<Text>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// The sentence as printed.
    pub text: Text,
    /// The surveys it names.
    pub sources: Vec<Text>,
}

/// One rung of the line ladder.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id, e.g. "kyu1".
    pub id: Text,
    /// The short name drawn on the ladder, e.g. 課長.
    pub name: Text,
    /// Every title a person may use for this step (施設の長, 担当課長, 次長, ...).
    pub titles: Vec<Text>,
    /// 職位に応じた役割: the role title, e.g. 行政サービス活動の遂行者.
    pub role: Text,
    /// The expectations listed under the role title.
    pub expectations: Vec<Text>,
    /// ⑥ OJT role.
    pub ojt: RoleEntry,
    /// ⑦ 人事考課 role.
    pub appraisal: RoleEntry,
    /// The step above, by id; `None` for the top of the ladder.
    #[serde(default)]
    pub next: Option<Text>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// Typos corrected in the text shown: each keeps the printed spelling, and the program
    /// shows 「※原文：…」 beside the corrected text.
    #[serde(default)]
    pub typos: Vec<Typo>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// An OJT or appraisal role, e.g. グループ員 (OJTを通じた成長).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleEntry {
    pub name: Text,
    /// The parenthesised explanation where the source gives one.
    #[serde(default)]
    pub detail: Option<Text>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// A tier of the specialist track (スタッフ職).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialistTier {
    /// Stable id, e.g. "staff1".
    pub id: Text,
    /// The short name drawn beside the ladder.
    pub name: Text,
    /// Every title in the tier (副主幹, 副技監, 主幹, 技監).
    pub titles: Vec<Text>,
    pub role: Text,
    pub expectations: Vec<Text>,
    pub ojt: RoleEntry,
    pub appraisal: RoleEntry,
    /// The line step each title sits at, where the source says so.
    #[serde(default)]
    pub levels: Vec<TitleLevel>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// Typos corrected in the text shown: each keeps the printed spelling, and the program
    /// shows 「※原文：…」 beside the corrected text.
    #[serde(default)]
    pub typos: Vec<Typo>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// Which line step some specialist titles are equivalent to.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TitleLevel {
    pub titles: Vec<Text>,
    /// A step id.
    pub step: Text,
    /// Where the source says so, e.g. 新任監督者級研修の対象（副主幹・副技監）.
    pub basis: Text,
    #[serde(default)]
    pub inferred: Inferred,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct YearTraining {
    /// e.g. 集中育成期間
    pub name: Text,
    /// e.g. 1～5年目職員研修
    pub subtitle: Text,
    /// A measure id ("m1").
    pub measure: Text,
    /// The step whose row holds the table ("kyu1").
    pub step: Text,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// A note that the program names each year 「1～5年目職員研修（N年目）」 and shows the
    /// table beside other steps for a reader in those years (the source prints it once).
    #[serde(default)]
    pub inferred: Inferred,
    pub years: Vec<YearEntry>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct YearEntry {
    /// 入庁N年目
    pub year: u8,
    /// Stable id, e.g. "year1".
    pub id: Text,
    /// As printed, e.g. 接遇、公務員倫理 等
    pub contents: Text,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
}

/// The ① trainings taken on promotion into a step.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PromotionTraining {
    /// The step promoted into (a step id).
    pub into: Text,
    /// A measure id ("m1").
    pub measure: Text,
    pub trainings: Vec<Training>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// One training or programme.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Stable id, e.g. "shinnin_shunin".
    pub id: Text,
    pub name: Text,
    /// What it covers, as printed (e.g. 意識改革・自己成長 など).
    #[serde(default)]
    pub contents: Option<Text>,
    /// 対象 as printed (e.g. 副主幹・副技監).
    #[serde(default)]
    pub audience: Option<Text>,
    /// Who runs it, as printed (e.g. 職員厚生課).
    #[serde(default)]
    pub organiser: Option<Text>,
    /// A small-print note as printed (※...).
    #[serde(default)]
    pub note: Option<Text>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// Typos corrected in the text shown: each keeps the printed spelling, and the program
    /// shows 「※原文：…」 beside the corrected text.
    #[serde(default)]
    pub typos: Vec<Typo>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// A block of trainings not tied to a grade (each names its own audience, if any), under one
/// measure.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// Stable id, e.g. "block2".
    pub id: Text,
    /// A measure id.
    pub measure: Text,
    /// The heading as printed on page 2 (e.g. 職場研修 under ⑥).
    pub name: Text,
    /// The slogan as printed on page 2 (it differs from page 1's 方針 for some measures).
    pub slogan: Text,
    pub groups: Vec<TrainingGroup>,
    /// 原文: the text as printed in the source (extraction artifacts such as the stray
    /// leading 日 and markup removed). `None` in maps written before it existed.
    #[serde(default)]
    pub source: Option<Text>,
    /// Typos corrected in the text shown: each keeps the printed spelling, and the program
    /// shows 「※原文：…」 beside the corrected text.
    #[serde(default)]
    pub typos: Vec<Typo>,
    #[serde(default)]
    pub inferred: Inferred,
}

/// A group inside a block (e.g. 接遇向上), or the block's items when it has no groups.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingGroup {
    #[serde(default)]
    pub name: Option<Text>,
    pub items: Vec<Training>,
}

/// A typo of the source corrected in the map: the spelling as printed and as shown.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Typo {
    /// As printed, e.g. データテラシー.
    pub printed: Text,
    /// As shown, e.g. データリテラシー.
    pub corrected: Text,
}
