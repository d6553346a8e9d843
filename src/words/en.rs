//! The program's words in English (see [`super`]).

use super::{HintWord, KeyHelp, Labels, Msg};
use crate::keymap::Context;
use crate::model::DiffField;

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
            "Type text (Japanese input works too), Enter for a new line, arrows, Home and End move the cursor, BS and Del delete, Ctrl+U undoes"
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
        HintWord::Go => "go",
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

pub fn diff_field(f: DiffField) -> &'static str {
    use DiffField as F;
    match f {
        F::Title => "policy title",
        F::MapTitle => "map title",
        F::Organisation => "organisation",
        F::Edition => "edition",
        F::EditionDate => "edition date",
        F::BasisHeading => "basis heading",
        F::MissingNote => "note on missing items",
        F::MapNote => "note",
        F::Goal => "the staff we aim to be",
        F::WorkplaceState => "the workplace",
        F::StaffState => "the staff",
        F::Basis => "basis of the map",
        F::BasisSource => "source of the basis",
        F::YearTrainingName => "name of the intensive period",
        F::YearTrainingSubtitle => "subtitle of the intensive period",
        F::Name => "name",
        F::Inferred => "inference note",
        F::Note => "note",
        F::JobTitle => "job title",
        F::Role => "role name",
        F::Expectation => "expectation",
        F::Ojt => "role in OJT",
        F::OjtInferred => "inference note of the OJT role",
        F::Appraisal => "role in appraisal",
        F::AppraisalInferred => "inference note of the appraisal role",
        F::Next => "next step",
        F::Level => "matching line step",
        F::Contents => "contents",
        F::Audience => "audience",
        F::Organiser => "organiser",
        F::Applies => "where it applies",
        F::Number => "number",
        F::Symbol => "symbol",
        F::Group => "group",
        F::Policy => "policy",
        F::Aim => "aim",
        F::MainInitiative => "main initiative",
        F::InitiativeTitle => "title",
        F::Description => "description",
        F::Label => "label",
        F::AddedIn => "added in",
        F::Measure => "measure",
        F::Slogan => "slogan",
        F::TrainingGroup => "group",
        F::Reading => "reading",
        F::Explanation => "explanation",
    }
}

pub static LABELS: Labels = Labels {
    key_any_char: "text",
    key_any_key: "any other key",
    help_this_screen: " (this screen)",
    help_legend: "Marks: ▶ selected  ★ where you stand  ＊ inferred from the layout of the original  ┆ specialist post (beside the line post of its level)",
    more_below: " ↓ more ",
    more_above: " ↑ more above ",
    end_of_page: " end ",
    tab_ladder: "Ladder",
    tab_overview: "Overview",
    tab_catalog: "Trainings",
    tab_compare: "Compare",
    tab_glossary: "Glossary",
    tab_record: "My record",
    too_small: "The terminal is too small",
    guest_bar: "Guest mode (no record, nothing saved) ",
    no_standing_bar: "You are here: not set ",
    all: "all",
    past_year: "(past year) ",
    catalog_page_title: "About the training",
    compare_title: "Compare",
    compare_side_by_side: "■ Side by side",
    left: "Left",
    right: "Right",
    no_glossary: "This map has no glossary.",
    glossary_page_title: "Explanation (by the program)",
    line_track: "Line posts",
    specialist_track: "Specialist posts",
    legend_selected: "▶ selected",
    legend_specialist: "┆ specialist",
    legend_inferred: "inferred",
    legend_here: "you are here",
    legend_gap: "  ",
    none_found: "(none)",
    pick_grade_title: "Where you stand (1/2): step",
    pick_year_title: "Where you stand (2/2): year of service",
    pick_grade_intro: "Choose your step.",
    pick_grade_intro_specialist: "Choose your step. Besides the line posts, specialist posts can be chosen too.",
    pick_year_before: "   Year ",
    record_not_saved: "Changes are not saved (see above)",
    edit_check_note: "Note",
    note_mark_legend: "✎ has a note",
    edit_notes: "Interview notes",
    edit_questions: "Questions for my supervisor",
    record_page_title: "Contents",
    not_in_map: "(not in the map) ",
    unwritten: "(empty)",
    row_gap: "  ",
    search_prompt: "Search: ",
    search_intro: "Search steps, roles, trainings, measures, activities and terms (full/half width and hiragana/katakana match alike)",
    search_none: " Nothing found",
    no_source_here: "Nothing on this screen has a source text to show.",
    slide_index_title: " Slides (Enter to go, Esc to close) ",
    slide_shown: " (showing)",
    bullet: "- ",
    source_open: "\"",
    source_close: "\"",
    source_label: "Source: ",
    legend_prefix: "Marks: ",
    legend_note: "a note or spelling of the original",
    legend_you: "you are here",
    legend_year: "your year of service",
    legend_explain: "explained by the program",
    untied: "Trainings tied to no step (each has its own audience)",
    sep_titles: ", ",
    sep_names: ", ",
    heading_training: "Training",
    heading_same_level: "Specialist posts at the same level",
    heading_next: "Next step",
    top_of_line: "The top of the line posts.",
    heading_line_match: "Matching line steps",
    no_next_from_specialist: "The original does not say where a specialist post is promoted to. \"Matching line steps\" above shows the line posts at the same level.",
    heading_roles: "The role at this step",
    ojt: "OJT",
    appraisal: "appraisal",
    open_to_all_intro: "The blocks of column ② and of the rightmost column of the original are tied to no step's row. That does not mean anyone can take them: each training has its own audience, and some names say it (trainings for fiscal-year appointees, for women staff, and so on).",
    planned: "planned",
    done: "completed",
    level_not_started: "not started",
    level_working: "working on it",
    level_achieved: "can do it",
    heading_self_check: "Self-check",
    no_change: "No change",
    heading_note: "Note",
    heading_your_record: "Your record",
    not_recorded: "not recorded",
    questions_title: "Questions for my supervisor at the development interview",
    orphan_title: "A record not in this map",
    none_note: "(none)",
    orphan_explain: "This was recorded with an earlier edition of the map, or with another map. The current map has no such item, but the record is kept.",
    vision: "The staff we aim to be",
    goal_vision: "Goal: the staff we aim to be",
    means_heading: "Means: the states that realise \"the staff we aim to be\"",
    measures_heading: "Measures (① to ⑩)",
    initiatives: "New and expanded initiatives",
    expanded: "expanded",
    new_kind: "NEW",
    heading_policy: "Policy",
    heading_aim: "Aim",
    heading_main: "Main initiatives",
    ojt_roles: "OJT role at each step",
    appraisal_roles: "Appraisal role at each step",
    no_measure_training: "The map has no training under this measure.",
    related: "Related trainings listed under other measures",
    heading_contents: "Contents",
    about_map: "About this map",
    basis_default: "The basis of this map",
    where_taken: "When it is taken",
    no_audience: "For: the original names no audience (some training names say it)",
    glossary_disclaimer: "The explanations of this glossary are general ones by career-nav, not text of the original. The map's organisation may use the terms differently.",
    same_roles: "None (the same roles).",
    same_place: "Both sides are the same step. Change one of them.",
    heading_role_name: "Role name",
    heading_between: "Steps between",
    guest_notice: "Guest mode: your step and record are not shown and nothing is saved (open your own record without --guest).",
    record_notes_heading: "Notes for the development interview",
    record_other_checks: "Self-checks made at other steps",
    record_orphans: "Records not in this map (from an earlier edition; kept)",
    snapshot_needs_standing: "Choose where you stand before recording a self-check (the items depend on your step).",
    sheet_file: "interview-sheet",
    crumb_titles: "Titles",
    crumb_for: "For",
    crumb_organiser: "Organised by",
    crumb_measures: "Measures",
    crumb_workplace: "The workplace that realises the vision",
    crumb_staff: "The staff who realise the vision",
    heading_open: "[",
    heading_close: "]",
    sub_open: "<",
    sub_close: ">",
    show_notes_hint: "notes and source text: --source",
    slide_cover: "Cover",
    slide_blocks: "Trainings tied to no step",
    explain_mark: "[explained]",
    sheet_title: "Development interview sheet",
    heading_standing: "Where you stand",
    sheet_no_standing: "Not set (choose your step and year of service in career-nav)",
    heading_roles_check: "The role at your step and your self-check",
    heading_snapshots: "Self-check record",
    first_snapshot: "Today's record is the first (changes from here are shown from the next one).",
    sheet_done: "Completed",
    sheet_planned: "Planned",
    none_plain: "None",
    sheet_unknown_trainings: "Training records not in this map",
    sheet_unknown_checks: "Self-checks not in this map (from an earlier edition)",
    sheet_notes_hint: "notes and source text: career-nav show --source",
    edition_no_old: "The record does not keep the earlier edition, so what changed cannot be shown.",
    edition_rest: "Read the whole new edition with \"career-nav show --all\". For every difference between the two editions, ask the map's author for the output of \"career-nav diff OLD NEW\".",
    edition_enter: "Press Enter to open the map.",
    grid_step: "Step",
    grid_role: "The role at this step",
    grid_ojt: "Role in OJT",
    grid_appraisal: "Role in appraisal",
    grid_training: "Training",
    grid_specialists: "Specialist posts at the same level",
    grid_title: "The whole map (the role and training of each step)",
    contents: "Contents",
    legend_title: "Legend",
    grid_sep: " / ",
    handout_inferred: "a reading of the original (not stated in it; notes in the appendix \"Source and notes\")",
    handout_inferred_show: "a reading of the original (not stated in it; notes: show --source)",
    handout_note: "a note printed in the original, or its spelling (※as printed: …)",
    handout_overview: "Overview (the staff we aim to be, measures, initiatives)",
    handout_notes_appendix: "notes in the appendix \"Source and notes\"",
    handout_notes_show: "notes: show --source",
    handout_explain: "explained by the program (not text of the original)",
    handout_here: "the step this handout starts from (where you stand)",
    handout_year: "the training of your year of service",
    document_inferred: "inferred from the layout of the original (not stated in it)",
    appendix_title: "Appendix: source and notes",
    appendix_intro: "The notes of what the text marks ＊, and each item's source text (as printed in the original).",
    diff_none: "No differences.",
    diff_whole_map: "The whole map",
    diff_steps: "Steps",
    diff_blocks: "Blocks of trainings tied to no step",
    diff_unchanged: " (unchanged)",
    diff_none_top: "(none: the top)",
    diff_none_value: "(none)",
    diff_added: "Added: ",
    diff_removed: "Removed: ",
    diff_changed: "Changed: ",
};

pub fn msg(m: &Msg) -> String {
    match m {
        Msg::HelpTitle { close } => format!("Help ({close} to close)"),
        Msg::ReadOnly { why } => format!("The record is read-only: {why}"),
        Msg::TooSmallSize { w, h, min_w, min_h } => {
            format!("Now {w}x{h}, needs at least {min_w}x{min_h}")
        }
        Msg::TooSmallQuit { quit } => format!("Make it larger to see the map. {quit} quits."),
        Msg::StandingBar { standing } => format!("You are here: {standing} "),
        Msg::FilterMeasure { measure, key } => format!("Measure: {measure} ({key} to change)"),
        Msg::FilterStep {
            step,
            key,
            shown,
            total,
        } => format!("Step: {step} ({key} to change)  {shown} of {total}"),
        Msg::CatalogLegend { mark, key } => format!("Marks: {mark} inferred (notes: {key})"),
        Msg::NoTrainingMatches { key } => format!("No training matches. {key} clears the filters."),
        Msg::CompareSide { side, place } => format!("{side}: {place}"),
        Msg::ChooseSide { left } => {
            if *left {
                "Choose the left column's step".into()
            } else {
                "Choose the right column's step".into()
            }
        }
        Msg::DetailTitle { place } => format!("Details: {place}"),
        Msg::ExplainedByProgram { mark } => format!("{mark} explanations are the program's"),
        Msg::UnplacedSpecialist { title } => {
            format!("{title}: a specialist post. The original does not say at which step's level")
        }
        Msg::MoreLines { shown, total } => format!(" ↓ more ({shown}/{total} lines) "),
        Msg::SameStepAs { step } => format!("same step as {step}"),
        Msg::PickedTitle { title } => format!(" Step: {title}"),
        Msg::AskYear { up, down, choose } => format!(
            "Which year of service are you in (year 1 = the fiscal year you joined)? {up}/{down} to change, digits to type, {choose} to confirm."
        ),
        Msg::YearAfter { max } => format!("  (1-{max})"),
        Msg::YearTrainingFor {
            year,
            name,
            subtitle,
        } => format!("Year {year} of service takes {name} ({subtitle})."),
        Msg::YearTrainingUpTo {
            max,
            name,
            subtitle,
        } => format!("{name} ({subtitle}) is for years 1 to {max} of service."),
        Msg::StandingWithYear { title, year } => format!("{title} (year {year} of service)"),
        Msg::SpecialistPlace { name } => format!("Specialist post ({name})"),
        Msg::NotesHint { key } => format!("{key}: notes and source"),
        Msg::LastSnapshot { date, key } => {
            format!("Last self-check recorded: {date} ({key} records today's)")
        }
        Msg::NoSnapshotYet { key } => {
            format!("After a self-check, {key} records today's (changes are shown from then on)")
        }
        Msg::EditTitle { what, done } => format!("{what} ({done} to finish)"),
        Msg::NotesRow { first } => format!("Interview notes: {first}"),
        Msg::QuestionsRow { first } => format!("Questions for my supervisor: {first}"),
        Msg::CannotChange { why } => format!("Cannot change: {why}"),
        Msg::TrainingToggleKey { key } => {
            format!("{key} changes a training's record (planned → completed → none).")
        }
        Msg::SearchTitle { go, cancel } => format!("Search ({go} to go, {cancel} to cancel)"),
        Msg::HitCount { n } => match n {
            1 => "1 result".into(),
            n => format!("{n} results"),
        },
        Msg::SourceTitle { key } => format!("Source and notes ({key} to close)"),
        Msg::SlideTyped { typed } => format!("  number {typed}_ → Enter"),
        Msg::NoSuchSlide { typed, total } => format!("There is no slide {typed} (1-{total})."),
        Msg::SlidePages { at, pages } => format!(" ({at}/{pages})"),
        Msg::TypoNote { mark, printed } => format!(" ({mark}as printed: {printed})"),
        Msg::LegendInferred { how } => {
            if how.is_empty() {
                "a reading of the original (inferred)".into()
            } else {
                format!("a reading of the original (inferred; {how})")
            }
        }
        Msg::HereIs { standing } => format!("You are here: {standing}"),
        Msg::HereBeside { standing, step } => {
            format!("You are here: you ({standing}) hold a specialist post at the level of {step}")
        }
        Msg::NameRole { name, role } => format!("{name}  {role}"),
        Msg::Titles { titles } => format!("Titles: {titles}"),
        Msg::PromotionInto { measure, step } => format!("{measure}: on promotion to {step}"),
        Msg::NoPromotionTraining { untied } => format!(
            "The original lists no training on promotion to this step ({untied} are listed apart)."
        ),
        Msg::TitlesWithRole { titles, role } => format!("{titles} ({role})"),
        Msg::NextPromotion { step, names } => format!("Training on promotion to {step}: {names}"),
        Msg::TierTitle { name, role } => format!("Specialist post ({name})  {role}"),
        Msg::TierLevel {
            titles,
            step,
            basis,
        } => format!("{titles} → the {step} level  basis: {basis}"),
        Msg::UnplacedTitles { titles } => format!("{titles}: the original names no matching step"),
        Msg::TierPromotion {
            measure,
            step,
            titles,
        } => format!("{measure}: on promotion to the {step} level ({titles})"),
        Msg::NoTierTraining { untied } => {
            format!("The original lists no training for this post ({untied} are listed apart).")
        }
        Msg::RoleIn { symbol, role } => format!("{symbol}Role in {role}"),
        Msg::NameDetail { name, detail } => format!("{name} ({detail})"),
        Msg::MeasureHeading {
            measure,
            name,
            subtitle,
        } => format!("{measure}: {name} ({subtitle})"),
        Msg::YearTrainingElsewhere { row } => format!(
            "(In the original it is on the row of {row}; shown as training by year of service.)"
        ),
        Msg::YearEntry { year, contents } => format!("Year {year}: {contents}"),
        Msg::YearEntryMine { text, year } => format!("{text} (you: year {year} of service)"),
        Msg::PastYearTraining { year, name, max } => {
            format!("You are in year {year} of service: {name} (years 1 to {max}) is behind you.")
        }
        Msg::Organiser { organiser } => format!(" [{organiser}]"),
        Msg::Audience { audience } => format!(" (for: {audience})"),
        Msg::WalkUnplaced { title } => format!(
            "The original does not say which line step {title} matches, so the steps above are not shown."
        ),
        Msg::MapNote { note } => {
            format!("{note} (a note of the map; `show --overview` prints its policy)")
        }
        Msg::OrgTitle {
            organisation,
            title,
        } => format!("{organisation}: \"{title}\""),
        Msg::Edition { edition } => format!("Dated: {edition}"),
        Msg::ApplyYear { year } => format!("year {year} of service"),
        Msg::ApplyPromotion { step } => format!("on promotion to {step}"),
        Msg::ApplyNone => "tied to no step".into(),
        Msg::FiscalYear { year, western } => super::fiscal_en(*year, *western),
        Msg::DoneIn { fy } => format!("completed, {fy}"),
        Msg::RoleOf { place } => format!("The role of {place}"),
        Msg::SinceLast { date } => format!("Since the last record ({date})"),
        Msg::CheckLabel { name, text } => format!("{name}: {text}"),
        Msg::OrphanTrainingId { id } => format!("Training (id): {id}"),
        Msg::OrphanStatus { status } => format!("Record: {status}"),
        Msg::Labeled { name, text } => format!("{name}: {text}"),
        Msg::Workplace { state } => format!("The workplace: {state}"),
        Msg::StaffState { state } => format!("The staff: {state}"),
        Msg::MeasurePolicy { measure, policy } => format!("{measure}  policy: {policy}"),
        Msg::InitiativeLine {
            number,
            label,
            title,
        } => format!("Initiative {number} ({label}) {title}"),
        Msg::InitiativeTitle { number, title } => format!("Initiative {number}  {title}"),
        Msg::Kind { kind } => format!("Kind: {kind}"),
        Msg::KindAdded { kind, added } => format!("{kind}, {added}"),
        Msg::MeasureTrainings { n } => format!("Trainings of this measure ({n})"),
        Msg::MoreIn { n, list } => format!("{n} more are listed under \"{list}\"."),
        Msg::RelatedTraining { name, owner, when } => format!("{name} ({owner}, {when})"),
        Msg::TrainingMeasure { measure, policy } => {
            format!("Measure: {measure} (policy: {policy})")
        }
        Msg::When { when } => format!("When: {when}"),
        Msg::For { audience } => format!("For: {audience}"),
        Msg::OrganisedBy { organiser } => format!("Organised by: {organiser}"),
        Msg::ContentsLine { contents } => format!("Contents: {contents}"),
        Msg::WhereYear { year, step } => {
            format!("Taken in year {year} of service (in the original, on the row of {step}).")
        }
        Msg::WherePromotion { step, row } => match row {
            Some(r) => format!(
                "Read as taken on promotion to {step} (in the original it sits in the column of the row of {r}, across the border of two steps)."
            ),
            None => format!(
                "Read as taken on promotion to {step} (in the original it sits across the border of two steps)."
            ),
        },
        Msg::WhereNone { untied } => format!(
            "{untied}. In the original it is tied to no step's row. That does not mean anyone can take it: each training has its own audience."
        ),
        Msg::CatalogTitle { n } => format!("Trainings ({n})"),
        Msg::MeasureWithPolicy { measure, policy } => format!("{measure} (policy: {policy})"),
        Msg::CatalogLine { name, when } => format!("{name} [{when}]"),
        Msg::OrganiserParen { organiser } => format!(" (organised by: {organiser})"),
        Msg::Reading { reading } => format!("Reading: {reading}"),
        Msg::ComparePromotion { a, b } => format!("What a promotion changes: {a} → {b}"),
        Msg::CompareTitle { a, b } => format!("Compare: {a} and {b}"),
        Msg::Unchanged { what } => format!("Unchanged: {what}"),
        Msg::SharedRole { common } => format!(
            "Both have \"{common}\". The original does not say that one role replaces the other."
        ),
        Msg::RequiredIn { b, a } => format!("Expected of {b} (not of {a})"),
        Msg::BetweenSteps { steps, n } => format!("{steps} (from the bottom; {n} promotions)"),
        Msg::PromotionsFromTo { low, high } => {
            format!("Training on promotion from {low} up to {high}")
        }
        Msg::PromotionTrainingsInto { step } => format!("Training on promotion to {step}"),
        Msg::BesideLine {
            step,
            titles,
            basis,
        } => format!("The {step} level: {titles}  basis: {basis}"),
        Msg::SelfCheckOf { names } => format!("Self-check: the role of {names}"),
        Msg::SelfCheckNoStanding { key } => {
            format!("Self-check: shown once you choose where you stand ({key} to choose)")
        }
        Msg::TrainingLog { mark } => {
            format!("Training record (planned, completed)  {mark} inferred time")
        }
        Msg::SnapshotTaken { date } => {
            format!("Self-check of {date} recorded (changes from here are shown from now on).")
        }
        Msg::SnapshotReplaced { date } => {
            format!("Today's self-check record ({date}) was replaced with what it is now.")
        }
        Msg::TakenYearOutside { first, last } => format!(
            "A training can be recorded as taken from {first} to {last} (not before the year you joined, nor in a year still to come)."
        ),
        Msg::PasteTooLong { kb, limit } => format!(
            "The pasted text is too long ({kb} KB; the limit is {limit} KB), so it was not entered."
        ),
        Msg::TitleGone { title } => {
            format!("Your last step \"{title}\" is not in this map. Please choose your step again.")
        }
        Msg::SaveFailed { error } => {
            format!("Could not save the record: {error} (what you typed is still on screen)")
        }
        Msg::SheetWritten { path } => format!("Interview sheet written to {path}."),
        Msg::SheetFailed { error } => format!("Could not write the interview sheet: {error}"),
        Msg::NamesPair { a, b } => format!("{a} and {b}"),
        Msg::YearTrainingName { subtitle, year } => format!("{subtitle} (year {year})"),
        Msg::InitiativeNo { number } => format!("Initiative {number}"),
        Msg::StatusTag { status } => format!("[{status}] "),
        Msg::SheetMade { date, map } => format!("Made: {date}  Map: {map}"),
        Msg::LevelTag { level, text } => format!("[{level}] {text}"),
        Msg::NoteLine { note } => format!("Note: {note}"),
        Msg::ChangesSince { date } => format!("Changes since the last record ({date})"),
        Msg::LevelChange {
            before,
            after,
            text,
        } => format!("{before} → {after}: {text}"),
        Msg::NextStepIs { step } => format!("Next step: {step}"),
        Msg::EditionLabel { edition, date } => format!("{edition} ({date})"),
        Msg::EditionChanged { old, new } => format!("The map has a new edition: {old} → {new}"),
        Msg::EditionTotal { total } => format!(
            "The map has {total} changes. Choose your step to see those of your step and the next."
        ),
        Msg::EditionNoneFor { label } => format!("Nothing changed for {label}."),
        Msg::EditionChangesFor { label, own } => format!("Changes for {label} ({own})"),
        Msg::EditionOthers { n } => format!("The map has {n} other changes."),
        Msg::StepsAnd { a, b } => format!("{a} and {b}"),
        Msg::GridYears { name, years } => format!("{name}: {years}"),
        Msg::GridPromotion { names } => format!("On promotion: {names}"),
        Msg::MeasureNumbers { symbols } => format!("Numbers of the measures: {symbols}"),
        Msg::SymbolRange { first, last } => format!("{first}-{last}"),
        Msg::HandoutTitle { organisation, map } => {
            format!("{organisation}  {map}  training handout")
        }
        Msg::GradeHandoutTitle {
            organisation,
            map,
            from,
        } => format!("{organisation}  {map}  training handout (from {from})"),
        Msg::HandoutSubtitle { title, edition } => format!("{title} ({edition})"),
        Msg::InChapter { step } => {
            format!("The training on promotion to {step} is in the chapter \"{step}\".")
        }
        Msg::YearTrainingEntry {
            subtitle,
            year,
            contents,
        } => format!("{subtitle} (year {year}): {contents}"),
        Msg::YearTrainingInChapter { subtitle, home } => {
            format!("{subtitle} is in the chapter \"{home}\".")
        }
        Msg::TierPromotionInChapter { titles, step } => format!(
            "{titles}: training on promotion to the {step} level (in the chapter \"{step}\")"
        ),
        Msg::GridStepTitles { step, titles } => format!("{step} ({titles})"),
        Msg::DiffTitle { old, new } => format!("Differences of the map: {old} → {new}"),
        Msg::DiffSummary {
            added,
            removed,
            changed,
        } => format!("{added} added, {removed} removed, {changed} changed"),
        Msg::DiffInitiative { key, name } => format!("Initiative {key} \"{name}\""),
        Msg::Quoted { text } => format!("\"{text}\""),
        Msg::DiffPrefixed {
            prefix,
            label,
            value,
        } => format!("{prefix}{label}: {value}"),
        Msg::DiffEntity { prefix, name } => format!("{prefix}{name} — "),
        Msg::DiffFieldChanged {
            prefix,
            label,
            old,
            new,
        } => format!("{prefix}{label}: {old} → {new}"),
        Msg::DiffFieldAdded {
            prefix,
            label,
            value,
        } => format!("{prefix}{label} added: {value}"),
        Msg::DiffFieldRemoved {
            prefix,
            label,
            value,
        } => format!("{prefix}{label} removed: {value}"),
        Msg::DiffReordered { prefix, label } => format!("{prefix}{label}, order (new order):"),
        Msg::DiffWasAt { n } => format!(" (was {n})"),
    }
}
