//! The program's own words on screen (the TUI's chrome, the core's messages, the headings of
//! `show`), one table per language: [`ja`] and [`en`]. Fixed words are enum variants or fields
//! of a [`Labels`] struct (a struct literal must name every field, so neither language can miss
//! one); sentences with parameters are [`Msg`] values, each language rendering them in one
//! `match` of whole sentences. No sentence is assembled by replacing words. The map's own text
//! (titles, roles, trainings, glossary) is data and is never translated.

use crate::keymap::Context;
use crate::model::Lang;

mod en;
mod ja;
mod labels;
mod msg;

pub use labels::Labels;
pub use msg::Msg;

/// What the help screen says a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyHelp {
    Down,
    Up,
    ScrollDown,
    ScrollUp,
    CompareChooseSide,
    CompareBack,
    ChooseThisStep,
    ChooseCancel,
    LeftColumn,
    RightColumn,
    ComparePageDown,
    ComparePageUp,
    NextHit,
    PrevHit,
    BackToSearchOrigin,
    FirstHit,
    LastHit,
    YearUp,
    YearDown,
    YearFirst,
    YearMax,
    YearDigits,
    YearDeleteDigit,
    ToSpecialist,
    ToLine,
    ReadPageScroll,
    BackToList,
    PageDown,
    PageUp,
    Top,
    Bottom,
    LadderTop,
    LadderBottom,
    DetailPageDown,
    DetailPageUp,
    PickGrade,
    PickYear,
    OpenDetail,
    ReadPage,
    TrainingToStep,
    GoToHit,
    PickCancel,
    BackToGrade,
    BackToStanding,
    BackToLadder,
    SearchCancel,
    CloseHelp,
    RecordToggle,
    CatalogToggle,
    WriteNote,
    YearEarlier,
    YearLater,
    Snapshot,
    Export,
    EditDone,
    EditQuit,
    EditKeys,
    SearchInput,
    DeleteChar,
    ClearSearch,
    Compare,
    ChangeStanding,
    ShowTrainings,
    FilterMeasureNext,
    FilterMeasurePrev,
    FilterStepNext,
    FilterStepPrev,
    ClearFilters,
    Source,
    SlideNextPage,
    SlidePrev,
    SlideNext,
    SlideDown,
    SlideUp,
    SlideFirst,
    SlideLast,
    SlideNumber,
    SlideGo,
    SlideDeleteDigit,
    SlideIndex,
    Blank,
    PresentBack,
    BlankAnyKey,
    Present,
    NextTab,
    PrevTab,
    GoTab,
    Search,
    Help,
    Quit,
}

impl KeyHelp {
    pub const ALL: &[KeyHelp] = &[
        KeyHelp::Down,
        KeyHelp::Up,
        KeyHelp::ScrollDown,
        KeyHelp::ScrollUp,
        KeyHelp::CompareChooseSide,
        KeyHelp::CompareBack,
        KeyHelp::ChooseThisStep,
        KeyHelp::ChooseCancel,
        KeyHelp::LeftColumn,
        KeyHelp::RightColumn,
        KeyHelp::ComparePageDown,
        KeyHelp::ComparePageUp,
        KeyHelp::NextHit,
        KeyHelp::PrevHit,
        KeyHelp::BackToSearchOrigin,
        KeyHelp::FirstHit,
        KeyHelp::LastHit,
        KeyHelp::YearUp,
        KeyHelp::YearDown,
        KeyHelp::YearFirst,
        KeyHelp::YearMax,
        KeyHelp::YearDigits,
        KeyHelp::YearDeleteDigit,
        KeyHelp::ToSpecialist,
        KeyHelp::ToLine,
        KeyHelp::ReadPageScroll,
        KeyHelp::BackToList,
        KeyHelp::PageDown,
        KeyHelp::PageUp,
        KeyHelp::Top,
        KeyHelp::Bottom,
        KeyHelp::LadderTop,
        KeyHelp::LadderBottom,
        KeyHelp::DetailPageDown,
        KeyHelp::DetailPageUp,
        KeyHelp::PickGrade,
        KeyHelp::PickYear,
        KeyHelp::OpenDetail,
        KeyHelp::ReadPage,
        KeyHelp::TrainingToStep,
        KeyHelp::GoToHit,
        KeyHelp::PickCancel,
        KeyHelp::BackToGrade,
        KeyHelp::BackToStanding,
        KeyHelp::BackToLadder,
        KeyHelp::SearchCancel,
        KeyHelp::CloseHelp,
        KeyHelp::RecordToggle,
        KeyHelp::CatalogToggle,
        KeyHelp::WriteNote,
        KeyHelp::YearEarlier,
        KeyHelp::YearLater,
        KeyHelp::Snapshot,
        KeyHelp::Export,
        KeyHelp::EditDone,
        KeyHelp::EditQuit,
        KeyHelp::EditKeys,
        KeyHelp::SearchInput,
        KeyHelp::DeleteChar,
        KeyHelp::ClearSearch,
        KeyHelp::Compare,
        KeyHelp::ChangeStanding,
        KeyHelp::ShowTrainings,
        KeyHelp::FilterMeasureNext,
        KeyHelp::FilterMeasurePrev,
        KeyHelp::FilterStepNext,
        KeyHelp::FilterStepPrev,
        KeyHelp::ClearFilters,
        KeyHelp::Source,
        KeyHelp::SlideNextPage,
        KeyHelp::SlidePrev,
        KeyHelp::SlideNext,
        KeyHelp::SlideDown,
        KeyHelp::SlideUp,
        KeyHelp::SlideFirst,
        KeyHelp::SlideLast,
        KeyHelp::SlideNumber,
        KeyHelp::SlideGo,
        KeyHelp::SlideDeleteDigit,
        KeyHelp::SlideIndex,
        KeyHelp::Blank,
        KeyHelp::PresentBack,
        KeyHelp::BlankAnyKey,
        KeyHelp::Present,
        KeyHelp::NextTab,
        KeyHelp::PrevTab,
        KeyHelp::GoTab,
        KeyHelp::Search,
        KeyHelp::Help,
        KeyHelp::Quit,
    ];
}

/// A word of the hint bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintWord {
    Move,
    Go,
    Scroll,
    ChooseStep,
    Back,
    Choose,
    Cancel,
    Columns,
    Hits,
    UpDown,
    Type,
    Track,
    ToPage,
    ToList,
    ToDetail,
    ToStep,
    ToStanding,
    Close,
    Change,
    Record,
    Note,
    Year,
    Snapshot,
    Sheet,
    EditDone,
    Quit,
    Compare,
    Standing,
    Trainings,
    FilterMeasure,
    FilterStep,
    ClearFilters,
    PrevNext,
    Number,
    Index,
    Blank,
    End,
    Screen,
    Search,
    Help,
    DirUp,
    DirDown,
    StepAbove,
    StepBelow,
    LeftColumn,
    RightColumn,
    PrevHit,
    NextHit,
    More,
    Less,
    Line,
    Specialist,
    PrevYear,
    NextYear,
    Prev,
    Next,
    UpShort,
    LeftShort,
    DownShort,
    RightShort,
}

impl HintWord {
    pub const ALL: &[HintWord] = &[
        HintWord::Move,
        HintWord::Go,
        HintWord::Scroll,
        HintWord::ChooseStep,
        HintWord::Back,
        HintWord::Choose,
        HintWord::Cancel,
        HintWord::Columns,
        HintWord::Hits,
        HintWord::UpDown,
        HintWord::Type,
        HintWord::Track,
        HintWord::ToPage,
        HintWord::ToList,
        HintWord::ToDetail,
        HintWord::ToStep,
        HintWord::ToStanding,
        HintWord::Close,
        HintWord::Change,
        HintWord::Record,
        HintWord::Note,
        HintWord::Year,
        HintWord::Snapshot,
        HintWord::Sheet,
        HintWord::EditDone,
        HintWord::Quit,
        HintWord::Compare,
        HintWord::Standing,
        HintWord::Trainings,
        HintWord::FilterMeasure,
        HintWord::FilterStep,
        HintWord::ClearFilters,
        HintWord::PrevNext,
        HintWord::Number,
        HintWord::Index,
        HintWord::Blank,
        HintWord::End,
        HintWord::Screen,
        HintWord::Search,
        HintWord::Help,
        HintWord::DirUp,
        HintWord::DirDown,
        HintWord::StepAbove,
        HintWord::StepBelow,
        HintWord::LeftColumn,
        HintWord::RightColumn,
        HintWord::PrevHit,
        HintWord::NextHit,
        HintWord::More,
        HintWord::Less,
        HintWord::Line,
        HintWord::Specialist,
        HintWord::PrevYear,
        HintWord::NextYear,
        HintWord::Prev,
        HintWord::Next,
        HintWord::UpShort,
        HintWord::LeftShort,
        HintWord::DownShort,
        HintWord::RightShort,
    ];
}

impl KeyHelp {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => ja::key_help(self),
            Lang::En => en::key_help(self),
        }
    }
}

impl HintWord {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => ja::hint(self),
            Lang::En => en::hint(self),
        }
    }
}

/// The name of a place where keys are read, as the help screen heads its section.
pub fn context(c: Context, lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => ja::context(c),
        Lang::En => en::context(c),
    }
}

/// The fixed labels of `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Ja => &ja::LABELS,
        Lang::En => &en::LABELS,
    }
}

impl Msg {
    /// The message as a sentence of `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => ja::msg(self),
            Lang::En => en::msg(self),
        }
    }
}

/// 令和8年度 (with 2026年度 beside it when `western`): the fiscal year (April to March)
/// that starts in `fy`, as Japanese readers count it.
fn fiscal_ja(fy: u16, western: bool) -> String {
    let era = match fy {
        2019.. => Some(("令和", fy - 2018)),
        1989..=2018 => Some(("平成", fy - 1988)),
        1926..=1988 => Some(("昭和", fy - 1925)),
        _ => None,
    };
    match era {
        Some((name, 1)) if western => format!("{name}元年度（{fy}年度）"),
        Some((name, 1)) => format!("{name}元年度"),
        Some((name, n)) if western => format!("{name}{n}年度（{fy}年度）"),
        Some((name, n)) => format!("{name}{n}年度"),
        None => format!("{fy}年度"),
    }
}

/// FY2026 (Reiwa 8): the same year for an English reader, the era year beside it when
/// `western` (there is room).
fn fiscal_en(fy: u16, western: bool) -> String {
    let era = match fy {
        2019.. => Some(("Reiwa", fy - 2018)),
        1989..=2018 => Some(("Heisei", fy - 1988)),
        1926..=1988 => Some(("Showa", fy - 1925)),
        _ => None,
    };
    match era {
        Some((name, n)) if western => format!("FY{fy} ({name} {n})"),
        _ => format!("FY{fy}"),
    }
}

/// What a field of a map is called in the report of differences.
pub fn diff_field(f: crate::model::DiffField, lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => ja::diff_field(f),
        Lang::En => en::diff_field(f),
    }
}

/// Every field [`diff_field`] names (for tests over the tables).
pub const DIFF_FIELDS: &[crate::model::DiffField] = &[
    crate::model::DiffField::Title,
    crate::model::DiffField::MapTitle,
    crate::model::DiffField::Organisation,
    crate::model::DiffField::Edition,
    crate::model::DiffField::EditionDate,
    crate::model::DiffField::BasisHeading,
    crate::model::DiffField::MissingNote,
    crate::model::DiffField::MapNote,
    crate::model::DiffField::Goal,
    crate::model::DiffField::WorkplaceState,
    crate::model::DiffField::StaffState,
    crate::model::DiffField::Basis,
    crate::model::DiffField::BasisSource,
    crate::model::DiffField::YearTrainingName,
    crate::model::DiffField::YearTrainingSubtitle,
    crate::model::DiffField::Name,
    crate::model::DiffField::Inferred,
    crate::model::DiffField::Note,
    crate::model::DiffField::JobTitle,
    crate::model::DiffField::Role,
    crate::model::DiffField::Expectation,
    crate::model::DiffField::Ojt,
    crate::model::DiffField::OjtInferred,
    crate::model::DiffField::Appraisal,
    crate::model::DiffField::AppraisalInferred,
    crate::model::DiffField::Next,
    crate::model::DiffField::Level,
    crate::model::DiffField::Contents,
    crate::model::DiffField::Audience,
    crate::model::DiffField::Organiser,
    crate::model::DiffField::Applies,
    crate::model::DiffField::Number,
    crate::model::DiffField::Symbol,
    crate::model::DiffField::Group,
    crate::model::DiffField::Policy,
    crate::model::DiffField::Aim,
    crate::model::DiffField::MainInitiative,
    crate::model::DiffField::InitiativeTitle,
    crate::model::DiffField::Description,
    crate::model::DiffField::Label,
    crate::model::DiffField::AddedIn,
    crate::model::DiffField::Measure,
    crate::model::DiffField::Slogan,
    crate::model::DiffField::TrainingGroup,
    crate::model::DiffField::Reading,
    crate::model::DiffField::Explanation,
];
