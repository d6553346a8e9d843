//! The one table of keys. Input, the help screen and the hint bar all read [`BINDINGS`], so
//! a key cannot work without being documented, nor be documented without working.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::model::Lang;
use crate::settings_messages::{FileError, Problem};
use crate::words::{self, HintWord, KeyHelp};

/// What a key asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Select,
    Back,
    ChangeStanding,
    Help,
    Quit,
    Digit(u8),
    DeleteDigit,
    /// Open search.
    Search,
    NextTab,
    PrevTab,
    /// Go to tab N (1-based).
    GoTab(usize),
    /// Compare the selected step with the next.
    Compare,
    /// From a measure of the overview, its trainings in the catalog.
    ShowTrainings,
    /// Cycle the catalog's measure filter (true = forward).
    FilterMeasure(bool),
    /// Cycle the catalog's step filter (true = forward).
    FilterStep(bool),
    ClearFilters,
    /// A character typed into a text field.
    Input(char),
    /// Empty the text field.
    ClearInput,
    /// Change the selected item's state (self-check level, training status).
    Toggle,
    /// Take a dated snapshot of the self-check.
    Snapshot,
    /// Write the interview sheet.
    Export,
    /// A key for the text being edited.
    EditKey(KeyEvent),
    /// Enter presentation mode.
    Present,
    /// Open or close the 原文 view: the selected item complete, with its source text and
    /// every inference note.
    Source,
    /// Presentation: open or close the slide index.
    SlideIndex,
    /// Presentation: blank the screen until the next key.
    Blank,
}

/// Where the keys are read: each has its own bindings and hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Choosing a grade in the picker.
    PickGrade,
    /// Entering the year of service in the picker.
    PickYear,
    /// The ladder has focus.
    Ladder,
    /// The ladder's detail pane has focus.
    Detail,
    /// The overview's list of topics.
    Overview,
    /// The training catalog's list.
    Catalog,
    /// The glossary's list.
    Glossary,
    /// The page beside a list (overview, catalog, glossary) has focus.
    Page,
    /// Two places side by side.
    Compare,
    /// Choosing the place of one side of the comparison.
    CompareChoose,
    /// The reader's record.
    Record,
    /// Typing text into the record.
    Edit,
    /// Typing a search.
    Search,
    /// Presentation mode.
    Present,
    /// The help screen is open.
    Help,
}

impl Context {
    /// The screen's name in Japanese (see [`Context::title_in`]).
    pub fn title(self) -> &'static str {
        self.title_in(Lang::Ja)
    }

    /// The screen's name, as the help heads its section.
    pub fn title_in(self, lang: Lang) -> &'static str {
        words::context(self, lang)
    }

    /// The name a keys file gives the screen (`screens: ["Ladder"]`).
    pub fn name(self) -> &'static str {
        match self {
            Context::PickGrade => "PickGrade",
            Context::PickYear => "PickYear",
            Context::Ladder => "Ladder",
            Context::Detail => "Detail",
            Context::Overview => "Overview",
            Context::Catalog => "Catalog",
            Context::Glossary => "Glossary",
            Context::Page => "Page",
            Context::Compare => "Compare",
            Context::CompareChoose => "CompareChoose",
            Context::Record => "Record",
            Context::Edit => "Edit",
            Context::Search => "Search",
            Context::Present => "Present",
            Context::Help => "Help",
        }
    }

    pub const ALL: [Context; 15] = [
        Context::PickGrade,
        Context::PickYear,
        Context::Ladder,
        Context::Detail,
        Context::Overview,
        Context::Catalog,
        Context::Glossary,
        Context::Page,
        Context::Compare,
        Context::CompareChoose,
        Context::Record,
        Context::Edit,
        Context::Search,
        Context::Present,
        Context::Help,
    ];
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    Ctrl(char),
    /// Any digit from the first to the second.
    Digits(u8, u8),
    /// Any printable character (for text fields).
    AnyChar,
    /// Any key at all (for the text editor).
    AnyKey,
}

/// What a key carried besides being pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Payload {
    None,
    Digit(u8),
    Char(char),
    Key(KeyEvent),
}

impl Key {
    fn matches(self, ev: &KeyEvent) -> Option<Payload> {
        let ctrl = ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match self {
            Key::Ctrl(c) => (ev.modifiers.contains(KeyModifiers::CONTROL)
                && ev.code == KeyCode::Char(c))
            .then_some(Payload::None),
            Key::Code(code) => (!ctrl && ev.code == code).then_some(Payload::None),
            Key::Digits(lo, hi) => match ev.code {
                KeyCode::Char(c @ '0'..='9') if !ctrl => {
                    let d = c as u8 - b'0';
                    (lo..=hi).contains(&d).then_some(Payload::Digit(d))
                }
                _ => None,
            },
            Key::AnyKey => Some(Payload::Key(*ev)),
            Key::AnyChar => match ev.code {
                KeyCode::Char(c) if !ctrl && !c.is_control() => Some(Payload::Char(c)),
                _ => None,
            },
        }
    }

    /// How the key is written in help and hints (in Japanese: see [`Key::label_in`]).
    pub fn label(self) -> String {
        self.label_in(Lang::Ja)
    }

    /// How the key is written in help and hints in `lang` (only the patterns, 「文字」 and
    /// 「ほかのキー」, have words; the key names are the same in every language).
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Digits(lo, hi) => format!("{lo}-{hi}"),
            Key::AnyChar => words::labels(lang).key_any_char.into(),
            Key::AnyKey => words::labels(lang).key_any_key.into(),
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Backspace => "BS".into(),
                KeyCode::Char(' ') => "Space".into(),
                KeyCode::Char(c) => c.to_string(),
                other => format!("{other:?}"),
            },
        }
    }
}

/// One row of the table.
#[derive(Debug)]
pub struct Binding {
    pub contexts: &'static [Context],
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help screen says the key does.
    pub help: KeyHelp,
    /// The word in the hint bar; rows with the same word in a context share one hint.
    pub hint: Option<HintWord>,
}

use Context::*;
use Key::{AnyChar, AnyKey, Code, Ctrl, Digits};

/// Screens with tabs: Tab, the number keys, search and help work here.
const SCREENS: &[Context] = &[
    PickGrade, PickYear, Ladder, Detail, Overview, Catalog, Glossary, Page, Compare, Record,
];
/// Screens where the number keys switch tabs (the year question takes digits itself).
const DIGIT_TABS: &[Context] = &[
    PickGrade, Ladder, Detail, Overview, Catalog, Glossary, Page, Compare, Record,
];
/// A placeholder key event for table rows whose action carries the key typed.
const ANY_KEY: KeyEvent = KeyEvent::new(KeyCode::Null, KeyModifiers::NONE);
/// Every screen but those that take typed text: `q` quits there, and Ctrl-C everywhere.
const QUITTABLE: &[Context] = &[
    PickGrade,
    PickYear,
    Ladder,
    Detail,
    Overview,
    Catalog,
    Glossary,
    Page,
    Compare,
    CompareChoose,
    Record,
    Present,
    Help,
];
/// Panes that scroll.
const SCROLLERS: &[Context] = &[Detail, Page, Help, Compare];

const fn ch(c: char) -> Key {
    Code(KeyCode::Char(c))
}

pub const BINDINGS: &[Binding] = &[
    // Moving in lists and along the ladder.
    Binding {
        contexts: &[
            PickGrade,
            Ladder,
            Overview,
            Catalog,
            Glossary,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::Down), ch('j')],
        action: Action::Down,
        help: KeyHelp::Down,
        hint: Some(HintWord::Move),
    },
    Binding {
        contexts: &[
            PickGrade,
            Ladder,
            Overview,
            Catalog,
            Glossary,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::Up), ch('k')],
        action: Action::Up,
        help: KeyHelp::Up,
        hint: Some(HintWord::Move),
    },
    Binding {
        contexts: SCROLLERS,
        keys: &[Code(KeyCode::Down), ch('j')],
        action: Action::Down,
        help: KeyHelp::ScrollDown,
        hint: Some(HintWord::Scroll),
    },
    Binding {
        contexts: SCROLLERS,
        keys: &[Code(KeyCode::Up), ch('k')],
        action: Action::Up,
        help: KeyHelp::ScrollUp,
        hint: Some(HintWord::Scroll),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::CompareChooseSide,
        hint: Some(HintWord::ChooseStep),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::CompareBack,
        hint: Some(HintWord::Back),
    },
    Binding {
        contexts: &[CompareChoose],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::ChooseThisStep,
        hint: Some(HintWord::Choose),
    },
    Binding {
        contexts: &[CompareChoose],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::ChooseCancel,
        hint: Some(HintWord::Cancel),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::Left), ch('h')],
        action: Action::Left,
        help: KeyHelp::LeftColumn,
        hint: Some(HintWord::Columns),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        help: KeyHelp::RightColumn,
        hint: Some(HintWord::Columns),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::PageDown), ch(' ')],
        action: Action::PageDown,
        help: KeyHelp::ComparePageDown,
        hint: Some(HintWord::Scroll),
    },
    Binding {
        contexts: &[Compare],
        keys: &[Code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: KeyHelp::ComparePageUp,
        hint: None,
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Down)],
        action: Action::Down,
        help: KeyHelp::NextHit,
        hint: Some(HintWord::Hits),
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Up)],
        action: Action::Up,
        help: KeyHelp::PrevHit,
        hint: Some(HintWord::Hits),
    },
    Binding {
        contexts: &[Overview, Catalog, Glossary, Record],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::BackToSearchOrigin,
        hint: None,
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Home)],
        action: Action::Home,
        help: KeyHelp::FirstHit,
        hint: None,
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::End)],
        action: Action::End,
        help: KeyHelp::LastHit,
        hint: None,
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Up), Code(KeyCode::Right), ch('k')],
        action: Action::Up,
        help: KeyHelp::YearUp,
        hint: Some(HintWord::UpDown),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Down), Code(KeyCode::Left), ch('j')],
        action: Action::Down,
        help: KeyHelp::YearDown,
        hint: Some(HintWord::UpDown),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Home)],
        action: Action::Home,
        help: KeyHelp::YearFirst,
        hint: None,
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::End)],
        action: Action::End,
        help: KeyHelp::YearMax,
        hint: None,
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Digits(0, 9)],
        action: Action::Digit(0),
        help: KeyHelp::YearDigits,
        hint: Some(HintWord::Type),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Backspace)],
        action: Action::DeleteDigit,
        help: KeyHelp::YearDeleteDigit,
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        help: KeyHelp::ToSpecialist,
        hint: Some(HintWord::Track),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Left), ch('h')],
        action: Action::Left,
        help: KeyHelp::ToLine,
        hint: Some(HintWord::Track),
    },
    Binding {
        contexts: &[Overview, Catalog, Glossary],
        keys: &[Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        help: KeyHelp::ReadPageScroll,
        hint: Some(HintWord::ToPage),
    },
    Binding {
        contexts: &[Page],
        keys: &[Code(KeyCode::Esc), Code(KeyCode::Left), ch('h')],
        action: Action::Back,
        help: KeyHelp::BackToList,
        hint: Some(HintWord::ToList),
    },
    // Pages and ends.
    Binding {
        contexts: &[
            PickGrade,
            Overview,
            Catalog,
            Glossary,
            Detail,
            Page,
            Help,
            Search,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::PageDown)],
        action: Action::PageDown,
        help: KeyHelp::PageDown,
        hint: None,
    },
    Binding {
        contexts: &[PickGrade, Overview, Glossary, Detail, Page, Help],
        keys: &[ch(' ')],
        action: Action::PageDown,
        help: KeyHelp::PageDown,
        hint: None,
    },
    Binding {
        contexts: &[
            PickGrade,
            Overview,
            Catalog,
            Glossary,
            Detail,
            Page,
            Help,
            Search,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: KeyHelp::PageUp,
        hint: None,
    },
    Binding {
        contexts: &[
            PickGrade,
            Overview,
            Catalog,
            Glossary,
            Detail,
            Page,
            Help,
            Compare,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::Home), ch('g')],
        action: Action::Home,
        help: KeyHelp::Top,
        hint: None,
    },
    Binding {
        contexts: &[
            PickGrade,
            Overview,
            Catalog,
            Glossary,
            Detail,
            Page,
            Help,
            Compare,
            Record,
            CompareChoose,
        ],
        keys: &[Code(KeyCode::End), ch('G')],
        action: Action::End,
        help: KeyHelp::Bottom,
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Home), ch('g')],
        action: Action::Home,
        help: KeyHelp::LadderTop,
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::End), ch('G')],
        action: Action::End,
        help: KeyHelp::LadderBottom,
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::PageDown), ch(' ')],
        action: Action::PageDown,
        help: KeyHelp::DetailPageDown,
        hint: None,
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: KeyHelp::DetailPageUp,
        hint: None,
    },
    // Enter and Esc.
    Binding {
        contexts: &[PickGrade],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::PickGrade,
        hint: Some(HintWord::Choose),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::PickYear,
        hint: Some(HintWord::Choose),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::OpenDetail,
        hint: Some(HintWord::ToDetail),
    },
    Binding {
        contexts: &[Overview, Glossary],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::ReadPage,
        hint: Some(HintWord::ToPage),
    },
    Binding {
        contexts: &[Catalog],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::TrainingToStep,
        hint: Some(HintWord::ToStep),
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::GoToHit,
        hint: Some(HintWord::Go),
    },
    Binding {
        contexts: &[PickGrade],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::PickCancel,
        hint: Some(HintWord::Cancel),
    },
    Binding {
        contexts: &[PickYear],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::BackToGrade,
        hint: Some(HintWord::Back),
    },
    Binding {
        contexts: &[Ladder],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::BackToStanding,
        hint: Some(HintWord::ToStanding),
    },
    Binding {
        contexts: &[Detail],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::BackToLadder,
        hint: Some(HintWord::Back),
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::SearchCancel,
        hint: Some(HintWord::Cancel),
    },
    Binding {
        contexts: &[Help],
        keys: &[Code(KeyCode::Esc), ch('?')],
        action: Action::Back,
        help: KeyHelp::CloseHelp,
        hint: Some(HintWord::Close),
    },
    // The record.
    Binding {
        contexts: &[Record],
        keys: &[ch(' ')],
        action: Action::Toggle,
        help: KeyHelp::RecordToggle,
        hint: Some(HintWord::Change),
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch(' ')],
        action: Action::Toggle,
        help: KeyHelp::CatalogToggle,
        hint: Some(HintWord::Record),
    },
    Binding {
        contexts: &[Record],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::WriteNote,
        hint: Some(HintWord::Note),
    },
    Binding {
        contexts: &[Record],
        keys: &[Code(KeyCode::Left), ch('h')],
        action: Action::Left,
        help: KeyHelp::YearEarlier,
        hint: Some(HintWord::Year),
    },
    Binding {
        contexts: &[Record],
        keys: &[Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        help: KeyHelp::YearLater,
        hint: Some(HintWord::Year),
    },
    Binding {
        contexts: &[Record],
        keys: &[ch('S')],
        action: Action::Snapshot,
        help: KeyHelp::Snapshot,
        hint: Some(HintWord::Snapshot),
    },
    Binding {
        contexts: &[Record],
        keys: &[ch('e')],
        action: Action::Export,
        help: KeyHelp::Export,
        hint: Some(HintWord::Sheet),
    },
    Binding {
        contexts: &[Edit],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::EditDone,
        hint: Some(HintWord::EditDone),
    },
    Binding {
        contexts: &[Edit],
        keys: &[Ctrl('c')],
        action: Action::Quit,
        help: KeyHelp::EditQuit,
        hint: Some(HintWord::Quit),
    },
    Binding {
        contexts: &[Edit],
        keys: &[AnyKey],
        action: Action::EditKey(ANY_KEY),
        help: KeyHelp::EditKeys,
        hint: None,
    },
    // Text entry.
    Binding {
        contexts: &[Search],
        keys: &[AnyChar],
        action: Action::Input(' '),
        help: KeyHelp::SearchInput,
        hint: Some(HintWord::Type),
    },
    Binding {
        contexts: &[Search],
        keys: &[Code(KeyCode::Backspace)],
        action: Action::DeleteDigit,
        help: KeyHelp::DeleteChar,
        hint: None,
    },
    Binding {
        contexts: &[Search],
        keys: &[Ctrl('u')],
        action: Action::ClearInput,
        help: KeyHelp::ClearSearch,
        hint: None,
    },
    // Screen-specific commands.
    Binding {
        contexts: &[Ladder, Detail],
        keys: &[ch('c')],
        action: Action::Compare,
        help: KeyHelp::Compare,
        hint: Some(HintWord::Compare),
    },
    Binding {
        contexts: &[
            Ladder, Detail, Overview, Catalog, Glossary, Page, Compare, Record,
        ],
        keys: &[ch('p')],
        action: Action::ChangeStanding,
        help: KeyHelp::ChangeStanding,
        hint: Some(HintWord::Standing),
    },
    Binding {
        contexts: &[Overview],
        keys: &[ch('t')],
        action: Action::ShowTrainings,
        help: KeyHelp::ShowTrainings,
        hint: Some(HintWord::Trainings),
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch('m')],
        action: Action::FilterMeasure(true),
        help: KeyHelp::FilterMeasureNext,
        hint: Some(HintWord::FilterMeasure),
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch('M')],
        action: Action::FilterMeasure(false),
        help: KeyHelp::FilterMeasurePrev,
        hint: None,
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch('s')],
        action: Action::FilterStep(true),
        help: KeyHelp::FilterStepNext,
        hint: Some(HintWord::FilterStep),
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch('S')],
        action: Action::FilterStep(false),
        help: KeyHelp::FilterStepPrev,
        hint: None,
    },
    Binding {
        contexts: &[Catalog],
        keys: &[ch('x')],
        action: Action::ClearFilters,
        help: KeyHelp::ClearFilters,
        hint: Some(HintWord::ClearFilters),
    },
    Binding {
        contexts: &[
            Ladder, Detail, Overview, Catalog, Glossary, Page, Compare, Record,
        ],
        keys: &[ch('o')],
        action: Action::Source,
        help: KeyHelp::Source,
        // Each page's legend names this key; the hint bar keeps its room for moving.
        hint: None,
    },
    // Presentation mode. The hint bar shows the arrows and a clicker's PgUp/PgDn; h/l,
    // Space and ↑/↓ do the same.
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Right), Code(KeyCode::PageDown)],
        action: Action::Right,
        help: KeyHelp::SlideNextPage,
        hint: Some(HintWord::PrevNext),
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Left), Code(KeyCode::PageUp)],
        action: Action::Left,
        help: KeyHelp::SlidePrev,
        hint: Some(HintWord::PrevNext),
    },
    Binding {
        contexts: &[Present],
        keys: &[ch('l'), ch(' ')],
        action: Action::Right,
        help: KeyHelp::SlideNext,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[ch('h')],
        action: Action::Left,
        help: KeyHelp::SlidePrev,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Down), ch('j')],
        action: Action::Down,
        help: KeyHelp::SlideDown,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Up), ch('k')],
        action: Action::Up,
        help: KeyHelp::SlideUp,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Home)],
        action: Action::Home,
        help: KeyHelp::SlideFirst,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::End)],
        action: Action::End,
        help: KeyHelp::SlideLast,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[Digits(0, 9)],
        action: Action::Digit(0),
        help: KeyHelp::SlideNumber,
        hint: Some(HintWord::Number),
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Enter)],
        action: Action::Select,
        help: KeyHelp::SlideGo,
        hint: Some(HintWord::Number),
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Backspace)],
        action: Action::DeleteDigit,
        help: KeyHelp::SlideDeleteDigit,
        hint: None,
    },
    Binding {
        contexts: &[Present],
        keys: &[ch('i')],
        action: Action::SlideIndex,
        help: KeyHelp::SlideIndex,
        hint: Some(HintWord::Index),
    },
    Binding {
        contexts: &[Present],
        keys: &[ch('b')],
        action: Action::Blank,
        help: KeyHelp::Blank,
        hint: Some(HintWord::Blank),
    },
    Binding {
        contexts: &[Present],
        keys: &[Code(KeyCode::Esc)],
        action: Action::Back,
        help: KeyHelp::PresentBack,
        hint: Some(HintWord::End),
    },
    Binding {
        contexts: &[Present],
        keys: &[AnyKey],
        action: Action::EditKey(ANY_KEY),
        help: KeyHelp::BlankAnyKey,
        hint: None,
    },
    Binding {
        contexts: &[Ladder, Detail, Overview, Catalog, Glossary, Page, Compare],
        keys: &[ch('P')],
        action: Action::Present,
        help: KeyHelp::Present,
        hint: None,
    },
    // Moving between screens.
    Binding {
        contexts: SCREENS,
        keys: &[Code(KeyCode::Tab)],
        action: Action::NextTab,
        help: KeyHelp::NextTab,
        hint: Some(HintWord::Screen),
    },
    Binding {
        contexts: SCREENS,
        keys: &[Code(KeyCode::BackTab)],
        action: Action::PrevTab,
        help: KeyHelp::PrevTab,
        hint: None,
    },
    Binding {
        contexts: DIGIT_TABS,
        keys: &[Digits(1, 6)],
        action: Action::GoTab(0),
        help: KeyHelp::GoTab,
        hint: None,
    },
    Binding {
        contexts: SCREENS,
        keys: &[ch('/')],
        action: Action::Search,
        help: KeyHelp::Search,
        hint: Some(HintWord::Search),
    },
    Binding {
        contexts: &[
            PickGrade,
            PickYear,
            Ladder,
            Detail,
            Overview,
            Catalog,
            Glossary,
            Page,
            Compare,
            CompareChoose,
            Record,
            Present,
        ],
        keys: &[ch('?')],
        action: Action::Help,
        help: KeyHelp::Help,
        hint: Some(HintWord::Help),
    },
    Binding {
        contexts: QUITTABLE,
        keys: &[ch('q')],
        action: Action::Quit,
        help: KeyHelp::Quit,
        hint: Some(HintWord::Quit),
    },
    Binding {
        contexts: &[Search],
        keys: &[Ctrl('c')],
        action: Action::Quit,
        help: KeyHelp::Quit,
        hint: Some(HintWord::Quit),
    },
    Binding {
        contexts: QUITTABLE,
        keys: &[Ctrl('c')],
        action: Action::Quit,
        help: KeyHelp::Quit,
        hint: None,
    },
];

/// The keymap in force: the default table with the reader's overrides applied. Input, the
/// help screen and the hint bar all read it.
#[derive(Clone, Debug)]
pub struct Keymap {
    pub bindings: Vec<Bound>,
}

/// A row of the table as it stands after overrides.
#[derive(Clone, Debug)]
pub struct Bound {
    pub row: &'static Binding,
    pub keys: Vec<Key>,
}

impl Bound {
    pub fn contexts(&self) -> &'static [Context] {
        self.row.contexts
    }

    /// All keys, e.g. "↓ / j".
    pub fn keys_label(&self) -> String {
        self.keys_label_in(Lang::Ja)
    }

    /// All keys, e.g. "↓ / j", with the patterns named in `lang`.
    pub fn keys_label_in(&self, lang: Lang) -> String {
        self.keys
            .iter()
            .map(|k| k.label_in(lang))
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: BINDINGS
                .iter()
                .map(|row| Bound {
                    row,
                    keys: row.keys.to_vec(),
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// The action a key asks for in `context`, if any. Exact keys win over the patterns
    /// (any digit, any character), so an override is never shadowed by a catch-all.
    pub fn action_for(&self, context: Context, ev: &KeyEvent) -> Option<Action> {
        // Ctrl-C always quits: no keys file can take the way out away.
        if is_ctrl_c(ev) {
            return Some(Action::Quit);
        }
        let rows = || {
            self.bindings
                .iter()
                .filter(move |b| b.row.contexts.contains(&context))
        };
        let exact = |k: &Key| matches!(k, Key::Code(_) | Key::Ctrl(_));
        let hit = |b: &Bound, want_exact: bool| {
            b.keys
                .iter()
                .filter(|k| exact(k) == want_exact)
                .find_map(|k| {
                    k.matches(ev).map(|payload| match (b.row.action, payload) {
                        (Action::Digit(_), Payload::Digit(d)) => Action::Digit(d),
                        (Action::GoTab(_), Payload::Digit(d)) => Action::GoTab(d as usize),
                        (Action::Input(_), Payload::Char(c)) => Action::Input(c),
                        (Action::EditKey(_), Payload::Key(k)) => Action::EditKey(k),
                        (action, _) => action,
                    })
                })
        };
        rows()
            .find_map(|b| hit(b, true))
            .or_else(|| rows().find_map(|b| hit(b, false)))
    }

    /// The key that does `action` in `context` (the first of its keys), as sentences on
    /// screen name it: 「Esc で閉じる」. Every such sentence takes its key from here, so an
    /// override in keys.ron changes every mention.
    pub fn key(&self, context: Context, action: Action) -> String {
        self.bindings
            .iter()
            .filter(|b| b.row.action == action && b.row.contexts.contains(&context))
            .find_map(|b| b.keys.first())
            .map_or_else(|| "—".into(), |k| k.label())
    }

    /// The hints for a context, in table order: "↑↓/jk 移動", ...
    /// `available` filters out actions that would do nothing now. Two directions that share
    /// a word ("←→/hl") are shown apart ("←/b 前  →/n 次") when their keys are not the usual
    /// pairs, so which key goes which way stays readable.
    pub fn hints(&self, context: Context, available: impl Fn(Action) -> bool) -> Vec<Hint> {
        self.hints_in(Lang::Ja, context, available)
    }

    /// [`Keymap::hints`] with the words in `lang`.
    pub fn hints_in(
        &self,
        lang: Lang,
        context: Context,
        available: impl Fn(Action) -> bool,
    ) -> Vec<Hint> {
        // (word, [(action, keys)], essential, remapped)
        type Group = (HintWord, Vec<(Action, Vec<Key>)>, bool, bool);
        let mut out: Vec<Group> = Vec::new();
        for b in self
            .bindings
            .iter()
            .filter(|b| b.row.contexts.contains(&context) && available(b.row.action))
        {
            let Some(word) = b.row.hint else { continue };
            if b.keys.is_empty() {
                continue;
            }
            // Each screen's main keys: choosing, changing, search, the catalog's step filter,
            // the interview sheet, help and quit.
            // In a presentation, the next and previous slide above all.
            let essential = matches!(
                b.row.action,
                Action::Select
                    | Action::Toggle
                    | Action::Help
                    | Action::Quit
                    | Action::Search
                    | Action::Export
                    | Action::FilterStep(true)
            ) || (context == Context::Present
                && matches!(b.row.action, Action::Left | Action::Right));
            let remapped = b.keys != b.row.keys;
            match out.iter_mut().find(|(w, _, _, _)| *w == word) {
                Some((_, rows, e, r)) => {
                    match rows.iter_mut().find(|(a, _)| *a == b.row.action) {
                        Some((_, keys)) => keys.extend_from_slice(&b.keys),
                        None => rows.push((b.row.action, b.keys.clone())),
                    }
                    *e |= essential;
                    *r |= remapped;
                }
                None => out.push((
                    word,
                    vec![(b.row.action, b.keys.clone())],
                    essential,
                    remapped,
                )),
            }
        }
        let is_direction =
            |a: Action| matches!(a, Action::Up | Action::Down | Action::Left | Action::Right);
        // The keys every screen has (moving, screens, standing, search, help, quit): their
        // words are known from any screen and go first when room is short.
        let generic = |rows: &[(Action, Vec<Key>)]| {
            rows.iter().all(|(a, _)| {
                matches!(
                    a,
                    Action::Up
                        | Action::Down
                        | Action::NextTab
                        | Action::PrevTab
                        | Action::ChangeStanding
                        | Action::Search
                        | Action::Help
                        | Action::Quit
                )
            })
        };
        let mut hints = Vec::new();
        for (word, mut rows, essential, remapped) in out {
            let generic = generic(&rows);
            if rows.len() == 2 && opposite(rows[0].0, rows[1].0) && !usual_pairs(&rows) {
                // Back (up, left) first, then forward.
                rows.sort_by_key(|(a, _)| !matches!(a, Action::Up | Action::Left));
                for (action, keys) in rows {
                    hints.push(Hint {
                        keys: hint_keys(&keys, lang),
                        word: direction_word(word, action).text(lang),
                        essential,
                        generic,
                        quit: false,
                    });
                }
            } else if rows.len() == 1 && remapped && is_direction(rows[0].0) {
                // One way only, on keys of the reader's choosing: say which way.
                hints.push(Hint {
                    keys: hint_keys(&rows[0].1, lang),
                    word: direction_word(word, rows[0].0).text(lang),
                    essential,
                    generic,
                    quit: false,
                });
            } else {
                let quit = rows.iter().any(|(a, _)| *a == Action::Quit);
                let keys: Vec<Key> = rows.into_iter().flat_map(|(_, k)| k).collect();
                hints.push(Hint {
                    keys: hint_keys(&keys, lang),
                    word: word.text(lang),
                    essential,
                    generic,
                    quit,
                });
            }
        }
        hints
    }

    /// Keys bound twice in one context, each with the two rows (indices into `bindings`).
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut out = Vec::new();
        for ctx in Context::ALL {
            let mut seen: Vec<(Key, Action, usize)> = Vec::new();
            for (i, b) in self
                .bindings
                .iter()
                .enumerate()
                .filter(|(_, b)| b.row.contexts.contains(&ctx))
            {
                for k in &b.keys {
                    if matches!(k, Key::AnyChar | Key::AnyKey | Key::Digits(..)) {
                        continue;
                    }
                    // The same key for the same action on two rows is no conflict.
                    if let Some((_, _, first)) =
                        seen.iter().find(|(s, a, _)| s == k && *a != b.row.action)
                    {
                        out.push(Conflict {
                            context: ctx,
                            key: k.label(),
                            rows: (*first, i),
                        });
                    }
                    seen.push((*k, b.row.action, i));
                }
            }
        }
        out
    }
}

/// A key bound to two actions on one screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub context: Context,
    pub key: String,
    /// The two rows of the keymap.
    pub rows: (usize, usize),
}

/// One hint of the hint bar: the keys, the word, and whether it must stay when space is short.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub word: &'static str,
    /// Choosing, changing, help and quit: dropped last.
    pub essential: bool,
    /// A key of every screen (moving, Tab, p, /, ?, q): its word is dropped first.
    pub generic: bool,
    /// The way out: never dropped.
    pub quit: bool,
}

/// Fit hints into `width` cells: words go before keys — first those of the keys every
/// screen has (↑↓ Tab p / ?, from the right; quit keeps its word: the way out), then those of the last non-essential hints, so
/// the screen's own keys keep their words longest — then the last non-essential hints, then
/// the last essential ones, but never quit.
pub fn fit_hints(mut hints: Vec<Hint>, width: usize) -> Vec<Hint> {
    let size = |h: &Hint| {
        let word = unicode_width::UnicodeWidthStr::width(h.word);
        unicode_width::UnicodeWidthStr::width(h.keys.as_str()) + word + usize::from(word > 0) + 2
    };
    while hints.iter().map(size).sum::<usize>() > width {
        match hints
            .iter()
            .rposition(|h| h.generic && !h.quit && !h.word.is_empty())
            .or_else(|| {
                hints
                    .iter()
                    .rposition(|h| !h.essential && !h.word.is_empty())
            }) {
            Some(i) => hints[i].word = "",
            None => break,
        }
    }
    while hints.iter().map(size).sum::<usize>() > width && hints.len() > 1 {
        let drop = hints
            .iter()
            .rposition(|h| !h.essential)
            .or_else(|| hints.iter().rposition(|h| !h.quit));
        match drop {
            Some(i) => {
                hints.remove(i);
            }
            None => break,
        }
    }
    hints
}

fn opposite(a: Action, b: Action) -> bool {
    matches!(
        (a, b),
        (Action::Up, Action::Down)
            | (Action::Down, Action::Up)
            | (Action::Left, Action::Right)
            | (Action::Right, Action::Left)
    )
}

/// The key that usually goes the other way: ↑↓, ←→, k j, h l.
fn partner(k: Key) -> Option<Key> {
    Some(match k {
        Key::Code(KeyCode::Up) => Key::Code(KeyCode::Down),
        Key::Code(KeyCode::Down) => Key::Code(KeyCode::Up),
        Key::Code(KeyCode::Left) => Key::Code(KeyCode::Right),
        Key::Code(KeyCode::Right) => Key::Code(KeyCode::Left),
        Key::Code(KeyCode::Char('k')) => ch('j'),
        Key::Code(KeyCode::Char('j')) => ch('k'),
        Key::Code(KeyCode::Char('h')) => ch('l'),
        Key::Code(KeyCode::Char('l')) => ch('h'),
        _ => return None,
    })
}

/// Whether every key of one direction has its usual partner among the other's, and back.
fn usual_pairs(rows: &[(Action, Vec<Key>)]) -> bool {
    let (a, b) = (&rows[0].1, &rows[1].1);
    a.len() == b.len()
        && a.iter()
            .all(|k| partner(*k).is_some_and(|p| b.contains(&p)))
        && b.iter()
            .all(|k| partner(*k).is_some_and(|p| a.contains(&p)))
}

/// The word of one direction when a shared hint is split.
fn direction_word(word: HintWord, action: Action) -> HintWord {
    use HintWord as W;
    let back = matches!(action, Action::Up | Action::Left);
    match (word, back) {
        (W::Move | W::Scroll, true) => W::DirUp,
        (W::Move | W::Scroll, false) => W::DirDown,
        (W::Columns, true) => W::LeftColumn,
        (W::Columns, false) => W::RightColumn,
        (W::Hits, true) => W::PrevHit,
        (W::Hits, false) => W::NextHit,
        (W::UpDown, true) => W::More,
        (W::UpDown, false) => W::Less,
        (W::Track, true) => W::Line,
        (W::Track, false) => W::Specialist,
        (W::Year, true) => W::PrevYear,
        (W::Year, false) => W::NextYear,
        (W::PrevNext, true) => W::Prev,
        (W::PrevNext, false) => W::Next,
        (_, true) if matches!(action, Action::Up) => W::UpShort,
        (_, true) => W::LeftShort,
        (_, false) if matches!(action, Action::Down) => W::DownShort,
        (_, false) => W::RightShort,
    }
}

/// Arrows first, in the order ↑↓←→, then the letters: [↓, j, ↑, k] → "↑↓/jk".
fn hint_keys(keys: &[Key], lang: Lang) -> String {
    let order = |k: &Key| match k {
        Key::Code(KeyCode::Up) => 0,
        Key::Code(KeyCode::Down) => 1,
        Key::Code(KeyCode::Left) => 2,
        Key::Code(KeyCode::Right) => 3,
        _ => 4,
    };
    let mut keys = keys.to_vec();
    keys.sort_by_key(order);
    let (arrows, others): (Vec<&Key>, Vec<&Key>) = keys.iter().partition(|k| order(k) < 4);
    let a: String = arrows.iter().map(|k| k.label_in(lang)).collect();
    let mut o: Vec<String> = others.iter().map(|k| k.label_in(lang)).collect();
    let single_letters = o.iter().all(|l| l.chars().count() == 1);
    if single_letters {
        o.sort();
    }
    let o = if single_letters {
        o.concat()
    } else {
        o.join("/")
    };
    match (a.is_empty(), o.is_empty()) {
        (true, _) => o,
        (false, true) => a,
        (false, false) => format!("{a}/{o}"),
    }
}

/// One entry of the reader's keys file.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyOverride {
    action: String,
    keys: Vec<String>,
    /// Only the rows of these screens (context names, e.g. "Ladder"); all when empty.
    #[serde(default)]
    screens: Vec<String>,
}

/// The names a keys file may use for actions (those a single key triggers).
pub const ACTION_NAMES: &[(&str, Action)] = &[
    ("Up", Action::Up),
    ("Down", Action::Down),
    ("Left", Action::Left),
    ("Right", Action::Right),
    ("PageUp", Action::PageUp),
    ("PageDown", Action::PageDown),
    ("Home", Action::Home),
    ("End", Action::End),
    ("Select", Action::Select),
    ("Back", Action::Back),
    ("ChangeStanding", Action::ChangeStanding),
    ("Help", Action::Help),
    ("Quit", Action::Quit),
    ("Search", Action::Search),
    ("NextTab", Action::NextTab),
    ("PrevTab", Action::PrevTab),
    ("Compare", Action::Compare),
    ("ShowTrainings", Action::ShowTrainings),
    ("FilterMeasureNext", Action::FilterMeasure(true)),
    ("FilterMeasurePrev", Action::FilterMeasure(false)),
    ("FilterStepNext", Action::FilterStep(true)),
    ("FilterStepPrev", Action::FilterStep(false)),
    ("ClearFilters", Action::ClearFilters),
    ("Toggle", Action::Toggle),
    ("Snapshot", Action::Snapshot),
    ("Export", Action::Export),
    ("Present", Action::Present),
    ("Source", Action::Source),
    ("SlideIndex", Action::SlideIndex),
    ("Blank", Action::Blank),
    ("DeleteChar", Action::DeleteDigit),
    ("ClearInput", Action::ClearInput),
];

/// A key by the name a keys file gives it: "j", "Up", "Enter", "Ctrl-f", "Space", ...
pub fn parse_key(name: &str) -> Option<Key> {
    let code = match name {
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" | "PageUp" => KeyCode::PageUp,
        "PgDn" | "PageDown" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Shift-Tab" | "BackTab" => KeyCode::BackTab,
        "BS" | "Backspace" => KeyCode::Backspace,
        "Space" => KeyCode::Char(' '),
        other => {
            if let Some(c) = other.strip_prefix("Ctrl-") {
                let mut it = c.chars();
                return match (it.next(), it.next()) {
                    (Some(c), None) if c.is_ascii_alphabetic() => {
                        Some(Key::Ctrl(c.to_ascii_lowercase()))
                    }
                    _ => None,
                };
            }
            let mut it = other.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if !c.is_control() && !crate::model::is_unsafe_char(c) => {
                    KeyCode::Char(c)
                }
                _ => return None,
            }
        }
    };
    Some(Key::Code(code))
}

/// 1-based line and column of the `nth` entry (its `(`) in a keys file.
/// The line and column (1-based) of each entry's `action` outside comments, in order: one
/// pass over the text (a keys file of thousands of entries loads in linear time).
fn entry_positions(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut line, mut column, mut comment) = (1, 1, false);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => {
                (line, column, comment) = (line + 1, 1, false);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => comment = true,
            b'a' if !comment && bytes[i..].starts_with(b"action") => out.push((line, column)),
            _ => {}
        }
        // Columns count characters: a UTF-8 continuation byte is no new one.
        if b & 0xC0 != 0x80 {
            column += 1;
        }
    }
    out
}

/// One entry of a keys file as applied: what `career-nav config` reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyChange {
    /// 1-based line of the entry.
    pub line: usize,
    /// The action's name in the file.
    pub action: &'static str,
    /// The screens named (empty: every screen the action is used on).
    pub screens: Vec<Context>,
    /// The keys before and after, as help shows them.
    pub before: String,
    pub after: String,
}

/// The name a keys file gives an action.
pub fn action_name(action: Action) -> &'static str {
    ACTION_NAMES
        .iter()
        .find(|(_, a)| *a == action)
        .map_or("?", |(n, _)| n)
}

/// Ctrl-C: it quits on every screen, whatever a keys file says.
fn is_ctrl_c(ev: &KeyEvent) -> bool {
    ev.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(ev.code, KeyCode::Char('c') | KeyCode::Char('C'))
}

impl Keymap {
    /// The default keymap with the overrides of a keys file (RON: a list of
    /// `(action: "Down", keys: ["n", "Down"], screens: ["Ladder"])`). A partial file changes
    /// only what it names; a file of blanks and comments changes nothing. The error names
    /// the line and column and says what is wrong.
    // Only when keys.ron exists: kept out of the settings every start reads.
    #[inline(never)]
    pub fn parse_overrides(
        text: &str,
    ) -> Result<(Keymap, Vec<KeyChange>), (usize, usize, Problem)> {
        if !crate::settings_messages::check_brackets(text)? {
            return Ok((Keymap::default(), Vec::new()));
        }
        if let Some((c, l, col)) = crate::settings_messages::first_token(text)
            && c != '['
            && c != '#'
        {
            return Err((
                l,
                col,
                Problem::Shape {
                    example: "[(action: \"Down\", keys: [\"n\", \"Down\"]), …]",
                },
            ));
        }
        let entries: Vec<KeyOverride> = ron::from_str(text).map_err(|e| {
            (
                e.span.start.line,
                e.span.start.col,
                crate::settings_messages::ron_problem(&e.code),
            )
        })?;
        let mut map = Keymap::default();
        // Which entry last changed each row.
        let mut changed_by: Vec<Option<usize>> = vec![None; map.bindings.len()];
        let mut changes = Vec::new();
        // One pass over the text for every entry's position: linear in the file's size.
        let positions = entry_positions(text);
        for (n, entry) in entries.iter().enumerate() {
            let (line, column) = positions.get(n).copied().unwrap_or((1, 1));
            let at = |p: Problem| (line, column, p);
            let names: Vec<&'static str> = ACTION_NAMES.iter().map(|(n, _)| *n).collect();
            let Some(&(name, action)) = ACTION_NAMES.iter().find(|(name, _)| *name == entry.action)
            else {
                return Err(at(Problem::UnknownAction {
                    given: crate::model::sanitize(&entry.action),
                    closest: crate::settings_messages::closest(&entry.action, &names),
                    known: names,
                }));
            };
            if entry.keys.is_empty() {
                return Err(at(Problem::NoKeys {
                    action: name.to_string(),
                }));
            }
            let mut keys = Vec::new();
            for k in &entry.keys {
                match parse_key(k) {
                    Some(Key::Ctrl('c')) if action != Action::Quit => {
                        return Err(at(Problem::CtrlCReserved {
                            action: name.to_string(),
                        }));
                    }
                    Some(key) => {
                        if !keys.contains(&key) {
                            keys.push(key);
                        }
                    }
                    None => {
                        return Err(at(Problem::UnknownKey {
                            given: crate::model::sanitize(k),
                        }));
                    }
                }
            }
            let mut screens = Vec::new();
            for s in &entry.screens {
                match Context::ALL.iter().find(|c| c.name() == s) {
                    Some(c) => screens.push(*c),
                    None => {
                        let known: Vec<&'static str> =
                            Context::ALL.iter().map(|c| c.name()).collect();
                        return Err(at(Problem::UnknownScreen {
                            given: crate::model::sanitize(s),
                            closest: crate::settings_messages::closest(s, &known),
                            known,
                        }));
                    }
                }
            }
            let mut before = None;
            for (i, b) in map.bindings.iter_mut().enumerate() {
                if b.row.action != action {
                    continue;
                }
                // The Ctrl-C rows stay: Ctrl-C quits whatever the file says.
                if b.row.keys == [Key::Ctrl('c')] {
                    continue;
                }
                // Typing screens keep their keys unless named: a letter bound to Down
                // elsewhere must still type that letter in the search box.
                let typing = b
                    .row
                    .contexts
                    .iter()
                    .all(|c| matches!(c, Context::Search | Context::Edit));
                let wanted = if screens.is_empty() {
                    !typing
                } else {
                    b.row.contexts.iter().any(|c| screens.contains(c))
                };
                if wanted {
                    before.get_or_insert_with(|| b.keys_label());
                    b.keys = keys.clone();
                    changed_by[i] = Some(n);
                }
            }
            let Some(before) = before else {
                return Err(at(Problem::NotOnScreens {
                    action: name.to_string(),
                }));
            };
            changes.push(KeyChange {
                line,
                action: name,
                screens,
                before,
                after: keys
                    .iter()
                    .map(|k| k.label())
                    .collect::<Vec<_>>()
                    .join(" / "),
            });
        }
        // Conflicts are judged on the result, so two entries may swap keys; the entry named
        // is the later of the two that made the conflict.
        if let Some(c) = map.conflicts().into_iter().next() {
            let n = [changed_by[c.rows.0], changed_by[c.rows.1]]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(0);
            let (line, column) = positions.get(n).copied().unwrap_or((1, 1));
            return Err((
                line,
                column,
                Problem::BoundTwice {
                    key: c.key,
                    screen: (c.context.name(), c.context.title()),
                    first: action_name(map.bindings[c.rows.0].row.action),
                    second: action_name(map.bindings[c.rows.1].row.action),
                },
            ));
        }
        Ok((map, changes))
    }

    /// As [`Keymap::parse_overrides`], the error as a message in `lang` naming `file`.
    pub fn with_overrides(text: &str, file: &str, lang: Lang) -> Result<Keymap, String> {
        Keymap::parse_overrides(text)
            .map(|(k, _)| k)
            .map_err(|(l, c, p)| FileError::new(file, text, l, c, p).render(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        let probes: Vec<KeyEvent> = [
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
        ]
        .into_iter()
        .chain(" ?/jkhlgGpqctmMsSx0123456789あ".chars().map(KeyCode::Char))
        .map(|c| KeyEvent::new(c, KeyModifiers::NONE))
        .collect();
        for ctx in Context::ALL {
            for p in &probes {
                let n = BINDINGS
                    .iter()
                    .filter(|b| b.contexts.contains(&ctx))
                    // The editor's catch-all comes after Esc and Ctrl-C, which win.
                    .filter(|b| b.keys != [Key::AnyKey])
                    .filter(|b| b.keys.iter().any(|k| k.matches(p).is_some()))
                    .count();
                assert!(n <= 1, "{p:?} is bound {n} times in {ctx:?}");
            }
        }
    }

    /// The hint bar drops hints before the last two when short of room: those must be help
    /// and quit, so a newcomer can always find both.
    #[test]
    fn help_and_quit_are_the_last_hints_everywhere() {
        for ctx in Context::ALL {
            let h = Keymap::default().hints(ctx, |_| true);
            let words: Vec<&str> = h.iter().rev().take(2).map(|h| h.word).collect();
            assert_eq!(words[0], "終了", "{ctx:?}");
            if !matches!(ctx, Context::Help | Context::Search | Context::Edit) {
                assert_eq!(words[1], "ヘルプ", "{ctx:?}");
            }
        }
    }

    #[test]
    fn hint_keys_read_naturally() {
        let h = Keymap::default().hints(Context::Ladder, |_| true);
        assert_eq!((h[0].keys.as_str(), h[0].word), ("↑↓/jk", "移動"));
        assert!(
            h.iter()
                .any(|h| h.keys == "←→/hl" && h.word == "ライン職/スタッフ職")
        );
        let y = Keymap::default().hints(Context::PickYear, |_| true);
        assert_eq!(y[0].keys, "↑↓→←/jk".replace("→←", "←→"));
    }

    #[test]
    fn a_short_bar_keeps_choosing_help_and_quit() {
        let h = fit_hints(Keymap::default().hints(Context::PickGrade, |_| true), 40);
        let words: Vec<&str> = h.iter().map(|h| h.word).collect();
        assert!(words.contains(&"決定"), "{words:?}");
        assert!(words.contains(&"終了"), "{words:?}");
        let h = fit_hints(Keymap::default().hints(Context::Ladder, |_| true), 10);
        assert_eq!(h.last().unwrap().word, "終了");
    }
}
