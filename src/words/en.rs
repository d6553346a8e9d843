//! The program's words in English (see [`super`]).

use super::{HintWord, KeyHelp, Labels, Msg};
use crate::keymap::Context;

pub fn key_help(w: KeyHelp) -> &'static str {
    match w {
        KeyHelp::Down => "Down",
        KeyHelp::Up => "Up",
        KeyHelp::ScrollDown => "Scroll down one line",
        KeyHelp::ScrollUp => "Scroll up one line",
        KeyHelp::CompareChooseSide => "Choose the step of the selected side (▶) from a list",
        KeyHelp::CompareBack => "Back to the screen where the comparison began",
        KeyHelp::ChooseThisStep => "Take this step",
        KeyHelp::ChooseCancel => "Back to the comparison without choosing",
        KeyHelp::LeftColumn => "Select the left column",
        KeyHelp::RightColumn => "Select the right column",
        KeyHelp::ComparePageDown => "Comparison one screen down",
        KeyHelp::ComparePageUp => "Comparison one screen up",
        KeyHelp::NextHit => "Next result",
        KeyHelp::PrevHit => "Previous result",
        KeyHelp::BackToSearchOrigin => {
            "After jumping from a search result: back to where the search began"
        }
        KeyHelp::FirstHit => "First result",
        KeyHelp::LastHit => "Last result",
        KeyHelp::YearUp => "One year more",
        KeyHelp::YearDown => "One year less",
        KeyHelp::YearFirst => "Year 1",
        KeyHelp::YearMax => "The highest year",
        KeyHelp::YearDigits => "Type the year as a number",
        KeyHelp::YearDeleteDigit => "Delete the last digit typed",
        KeyHelp::ToSpecialist => "To the specialist post at the same level",
        KeyHelp::ToLine => "Back to the line post",
        KeyHelp::ReadPageScroll => "Read the description on the right (so it scrolls)",
        KeyHelp::BackToList => "Back to the list",
        KeyHelp::PageDown => "One screen down",
        KeyHelp::PageUp => "One screen up",
        KeyHelp::Top => "To the top",
        KeyHelp::Bottom => "To the end",
        KeyHelp::LadderTop => "To the highest step (top of the screen)",
        KeyHelp::LadderBottom => "To the lowest step (bottom of the screen)",
        KeyHelp::DetailPageDown => "Details on the right one screen down",
        KeyHelp::DetailPageUp => "Details on the right one screen up",
        KeyHelp::PickGrade => "Choose this step and go on to the year of service",
        KeyHelp::PickYear => "Confirm and open the career ladder",
        KeyHelp::OpenDetail => "Go to the details of the selected step (so they scroll)",
        KeyHelp::ReadPage => "Read the description on the right",
        KeyHelp::TrainingToStep => {
            "Go to the step that takes this training (a training tied to no step: read its description)"
        }
        KeyHelp::GoToHit => {
            "Go to the selected result (Esc there returns to where the search began)"
        }
        KeyHelp::PickCancel => "Stop choosing and go back (when your position is already set)",
        KeyHelp::BackToGrade => "Back to choosing the step",
        KeyHelp::BackToStanding => "Back to the step where you stand",
        KeyHelp::BackToLadder => "Back to the ladder",
        KeyHelp::SearchCancel => "Stop searching and go back",
        KeyHelp::CloseHelp => "Close the help",
        KeyHelp::RecordToggle => {
            "Change a self-check level (not started → working on it → can do) or a training's record (planned → completed → none)"
        }
        KeyHelp::CatalogToggle => "Mark this training in My record (planned → completed → none)",
        KeyHelp::WriteNote => {
            "Write a note (self-check, interview notes, questions for your supervisor)"
        }
        KeyHelp::YearEarlier => "A completed training's fiscal year one year earlier",
        KeyHelp::YearLater => "A completed training's fiscal year one year later",
        KeyHelp::Snapshot => "Record today's self-check (changes are shown from then on)",
        KeyHelp::Export => "Write the interview sheet to a file",
        KeyHelp::EditDone => "Finish typing and record it",
        KeyHelp::EditQuit => "Record what was typed and quit",
        KeyHelp::EditKeys => {
            "Type text (Japanese input works too), Enter for a new line, arrows move the cursor, BS deletes"
        }
        KeyHelp::SearchInput => "Type what to search for (Japanese input works too)",
        KeyHelp::DeleteChar => "Delete one character",
        KeyHelp::ClearSearch => "Clear the search",
        KeyHelp::Compare => {
            "Compare the selected step with the next one up (what a promotion changes)"
        }
        KeyHelp::ChangeStanding => "Choose again where you stand (step, year of service)",
        KeyHelp::ShowTrainings => "See the selected measure's trainings in Trainings",
        KeyHelp::FilterMeasureNext => "Filter by measure (each press: the next measure)",
        KeyHelp::FilterMeasurePrev => "Filter by measure (the previous measure)",
        KeyHelp::FilterStepNext => "Filter by step (each press: one step up)",
        KeyHelp::FilterStepPrev => "Filter by step (one step down)",
        KeyHelp::ClearFilters => "Clear the filters",
        KeyHelp::Source => {
            "Source and notes: the selected item's source text (as printed in the original) and every inference note (again to close)"
        }
        KeyHelp::SlideNextPage => "Next (a long slide: its next page)",
        KeyHelp::SlidePrev => "Previous",
        KeyHelp::SlideNext => "Next",
        KeyHelp::SlideDown => "Next (in the slide index: the row below)",
        KeyHelp::SlideUp => "Previous (in the slide index: the row above)",
        KeyHelp::SlideFirst => "First slide",
        KeyHelp::SlideLast => "Last slide",
        KeyHelp::SlideNumber => "Type a slide number (Enter to go)",
        KeyHelp::SlideGo => "To the slide typed (in the index: the selected slide)",
        KeyHelp::SlideDeleteDigit => "Delete the last digit typed",
        KeyHelp::SlideIndex => "Open or close the slide index",
        KeyHelp::Blank => "Blank the screen (any key brings it back)",
        KeyHelp::PresentBack => {
            "Cancel the number or the index. End the presentation (back to the screen where P started it)"
        }
        KeyHelp::BlankAnyKey => "While blank: any key brings the screen back",
        KeyHelp::Present => "Presentation (one slide at a time, for projecting in a workshop)",
        KeyHelp::NextTab => "Next screen",
        KeyHelp::PrevTab => "Previous screen",
        KeyHelp::GoTab => {
            "Choose a screen by number (1 Ladder 2 Overview 3 Trainings 4 Compare 5 Glossary 6 My record)"
        }
        KeyHelp::Search => "Search",
        KeyHelp::Help => "Help (the list of keys)",
        KeyHelp::Quit => "Quit",
    }
}

pub fn hint(w: HintWord) -> &'static str {
    match w {
        HintWord::Move => "move",
        HintWord::Scroll => "scroll",
        HintWord::ChooseStep => "choose step",
        HintWord::Back => "back",
        HintWord::Choose => "choose",
        HintWord::Cancel => "cancel",
        HintWord::Columns => "columns",
        HintWord::Hits => "results",
        HintWord::UpDown => "more/less",
        HintWord::Type => "type",
        HintWord::Track => "line/specialist",
        HintWord::ToPage => "read",
        HintWord::ToList => "list",
        HintWord::ToDetail => "details",
        HintWord::ToStep => "to step",
        HintWord::ToStanding => "you",
        HintWord::Close => "close",
        HintWord::Change => "change",
        HintWord::Record => "record",
        HintWord::Note => "note",
        HintWord::Year => "FY",
        HintWord::Snapshot => "snapshot",
        HintWord::Sheet => "sheet",
        HintWord::EditDone => "done",
        HintWord::Quit => "quit",
        HintWord::Compare => "compare",
        HintWord::Standing => "position",
        HintWord::Trainings => "trainings",
        HintWord::FilterMeasure => "measure",
        HintWord::FilterStep => "step",
        HintWord::ClearFilters => "clear",
        HintWord::PrevNext => "prev/next",
        HintWord::Number => "number",
        HintWord::Index => "index",
        HintWord::Blank => "blank",
        HintWord::End => "end",
        HintWord::Screen => "screen",
        HintWord::Search => "search",
        HintWord::Help => "help",
        HintWord::DirUp => "up",
        HintWord::DirDown => "down",
        HintWord::StepAbove => "step up",
        HintWord::StepBelow => "step down",
        HintWord::LeftColumn => "left",
        HintWord::RightColumn => "right",
        HintWord::PrevHit => "prev",
        HintWord::NextHit => "next",
        HintWord::More => "more",
        HintWord::Less => "less",
        HintWord::Line => "line",
        HintWord::Specialist => "specialist",
        HintWord::PrevYear => "prev FY",
        HintWord::NextYear => "next FY",
        HintWord::Prev => "prev",
        HintWord::Next => "next",
        HintWord::UpShort => "up",
        HintWord::LeftShort => "left",
        HintWord::DownShort => "down",
        HintWord::RightShort => "right",
    }
}

pub fn context(c: Context) -> &'static str {
    match c {
        Context::PickGrade => "Choosing where you stand: step",
        Context::PickYear => "Choosing where you stand: year of service",
        Context::Ladder => "Career ladder",
        Context::Detail => "Career ladder: details",
        Context::Overview => "Overview",
        Context::Catalog => "Trainings",
        Context::Glossary => "Glossary",
        Context::Page => "Overview, Trainings, Glossary: the description on the right",
        Context::Compare => "Compare",
        Context::CompareChoose => "Compare: choosing a step",
        Context::Record => "My record",
        Context::Edit => "Typing a note",
        Context::Search => "Search",
        Context::Present => "Presentation",
        Context::Help => "Help",
    }
}

pub static LABELS: Labels = Labels {
    key_any_char: "character",
    key_any_key: "any other key",
    help_this_screen: " (this screen)",
    help_legend: "Marks: ▶ selected  ● where you stand  ※ inferred from the layout of the original  ┆ specialist post (beside the line post of its level)",
    more_below: " ↓ more ",
};

pub fn msg(m: &Msg) -> String {
    match m {
        Msg::HelpTitle { close } => format!("Help ({close} to close)"),
    }
}
