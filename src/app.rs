//! The program's state and how actions change it. Plain Rust: no terminal, no drawing.
//! The UI reads [`App`]; the event loop turns keys into [`Action`]s via the keymap and calls
//! [`App::update`]. Tests drive the same function.

use crate::content::Standing;
use crate::keymap::{Action, Context};
use crate::model::{CareerMap, Place};

/// The highest year of service the picker offers.
pub const MAX_YEAR: u8 = 45;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Picker,
    Ladder,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Ladder,
    Detail,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerStage {
    Grade,
    Year,
}

/// The "where do you stand" picker.
#[derive(Clone, Debug)]
pub struct Picker {
    pub stage: PickerStage,
    /// Index into [`App::titles`].
    pub grade: usize,
    pub year: u8,
    /// Digits typed since the year stage opened (typing replaces the value).
    pub typed: String,
}

/// The cursor on the ladder: a rung (index into [`CareerMap::ladder`]) and which track.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub row: usize,
    /// On the specialist track beside the rung.
    pub specialist: bool,
}

/// A scrollable view whose size the UI reports after drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scroll {
    pub offset: usize,
    /// Lines of content at the last draw.
    pub content: usize,
    /// Lines visible at the last draw.
    pub viewport: usize,
}

impl Scroll {
    pub fn max(&self) -> usize {
        self.content.saturating_sub(self.viewport)
    }
    fn by(&mut self, delta: isize) {
        let target = self.offset.saturating_add_signed(delta);
        self.offset = target.min(self.max());
    }
    fn page(&self) -> isize {
        self.viewport.saturating_sub(1).max(1) as isize
    }
    /// Record what the UI drew, keeping the offset in range.
    pub fn measure(&mut self, content: usize, viewport: usize) {
        self.content = content;
        self.viewport = viewport;
        self.offset = self.offset.min(self.max());
    }
    pub fn more_below(&self) -> bool {
        self.offset < self.max()
    }
    pub fn more_above(&self) -> bool {
        self.offset > 0
    }
}

pub struct App {
    pub map: CareerMap,
    /// Every title one can stand at, in picker order.
    pub titles: Vec<(String, Place)>,
    /// The ladder, bottom to top (step indices).
    pub ladder: Vec<usize>,
    pub standing: Option<Standing>,
    pub screen: Screen,
    pub focus: Focus,
    pub cursor: Cursor,
    pub picker: Picker,
    pub detail: Scroll,
    pub help_open: bool,
    pub help: Scroll,
    pub grade_list: Scroll,
    pub quit: bool,
}

impl App {
    /// A new app on `map`. With a standing it opens on the ladder there; without, the picker.
    pub fn new(map: CareerMap, standing: Option<Standing>) -> Self {
        let titles = map.all_titles();
        let ladder = map.ladder();
        let mut app = App {
            titles,
            ladder,
            map,
            standing: None,
            screen: Screen::Picker,
            focus: Focus::Ladder,
            cursor: Cursor {
                row: 0,
                specialist: false,
            },
            picker: Picker {
                stage: PickerStage::Grade,
                grade: 0,
                year: 1,
                typed: String::new(),
            },
            detail: Scroll::default(),
            help_open: false,
            help: Scroll::default(),
            grade_list: Scroll::default(),
            quit: false,
        };
        if let Some(s) = standing {
            app.stand(s);
        }
        app
    }

    /// Stand somewhere: the ladder opens with the cursor there.
    pub fn stand(&mut self, s: Standing) {
        self.cursor = self.cursor_for(&s);
        if let Some(i) = self.titles.iter().position(|(t, _)| *t == s.title) {
            self.picker.grade = i;
        }
        if let Some(y) = s.year {
            self.picker.year = y;
        }
        self.standing = Some(s);
        self.screen = Screen::Ladder;
        self.focus = Focus::Ladder;
        self.detail.offset = 0;
    }

    fn cursor_for(&self, s: &Standing) -> Cursor {
        match s.place {
            Place::Step(i) => Cursor {
                row: self.row_of(i),
                specialist: false,
            },
            Place::Tier(t) => {
                let step = self
                    .map
                    .title_level(t, &s.title)
                    .or_else(|| self.map.tier_home(t));
                Cursor {
                    row: step.map_or(self.ladder.len().saturating_sub(1), |i| self.row_of(i)),
                    specialist: true,
                }
            }
        }
    }

    fn row_of(&self, step: usize) -> usize {
        self.ladder.iter().position(|&s| s == step).unwrap_or(0)
    }

    /// The specialist tier drawn beside a rung, if any. Tiers the source does not place sit
    /// beside the top rung.
    pub fn tier_at_row(&self, row: usize) -> Option<usize> {
        let step = *self.ladder.get(row)?;
        if let Some((t, _)) = self.map.tiers_beside(step).first() {
            return Some(*t);
        }
        if row + 1 == self.ladder.len() {
            return (0..self.map.specialist_tiers.len()).find(|&t| self.map.tier_home(t).is_none());
        }
        None
    }

    /// The place the cursor is on.
    pub fn selected(&self) -> Place {
        if self.cursor.specialist
            && let Some(t) = self.tier_at_row(self.cursor.row)
        {
            return Place::Tier(t);
        }
        Place::Step(self.ladder.get(self.cursor.row).copied().unwrap_or(0))
    }

    /// Where keys are read now.
    pub fn context(&self) -> Context {
        if self.help_open {
            Context::Help
        } else {
            self.screen_context()
        }
    }

    /// The context of the screen itself, ignoring the help drawn over it.
    pub fn screen_context(&self) -> Context {
        match (self.screen, self.picker.stage, self.focus) {
            (Screen::Picker, PickerStage::Grade, _) => Context::PickGrade,
            (Screen::Picker, PickerStage::Year, _) => Context::PickYear,
            (Screen::Ladder, _, Focus::Ladder) => Context::Ladder,
            (Screen::Ladder, _, Focus::Detail) => Context::Detail,
        }
    }

    /// Whether `action` would do anything now (the hint bar shows only those).
    pub fn can(&self, action: Action) -> bool {
        match (self.context(), action) {
            (Context::Ladder, Action::Right) => {
                !self.cursor.specialist && self.tier_at_row(self.cursor.row).is_some()
            }
            (Context::Ladder, Action::Left) => self.cursor.specialist,
            (Context::Ladder, Action::Back) => self
                .standing
                .as_ref()
                .is_some_and(|s| self.cursor != self.cursor_for(s)),
            (Context::PickGrade, Action::Back) => self.standing.is_some(),
            (Context::Detail | Context::Help, Action::Up | Action::Down) => {
                let s = if self.help_open {
                    &self.help
                } else {
                    &self.detail
                };
                s.max() > 0
            }
            _ => true,
        }
    }

    pub fn update(&mut self, action: Action) {
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        match self.context() {
            Context::Help => self.update_help(action),
            Context::PickGrade => self.update_grade(action),
            Context::PickYear => self.update_year(action),
            Context::Ladder => self.update_ladder(action),
            Context::Detail => self.update_detail(action),
        }
    }

    fn update_help(&mut self, action: Action) {
        match action {
            Action::Back | Action::Help => self.help_open = false,
            other => scroll(&mut self.help, other),
        }
    }

    fn update_grade(&mut self, action: Action) {
        let n = self.titles.len();
        let g = &mut self.picker.grade;
        match action {
            Action::Down => *g = (*g + 1).min(n.saturating_sub(1)),
            Action::Up => *g = g.saturating_sub(1),
            Action::PageDown => *g = (*g + 10).min(n.saturating_sub(1)),
            Action::PageUp => *g = g.saturating_sub(10),
            Action::Home => *g = 0,
            Action::End => *g = n.saturating_sub(1),
            Action::Select if n > 0 => {
                self.picker.stage = PickerStage::Year;
                self.picker.typed.clear();
            }
            Action::Back if self.standing.is_some() => self.screen = Screen::Ladder,
            Action::Help => self.open_help(),
            _ => {}
        }
    }

    fn update_year(&mut self, action: Action) {
        let p = &mut self.picker;
        match action {
            Action::Up => {
                p.year = (p.year + 1).min(MAX_YEAR);
                p.typed.clear();
            }
            Action::Down => {
                p.year = p.year.saturating_sub(1).max(1);
                p.typed.clear();
            }
            Action::Digit(d) => {
                let mut t = p.typed.clone();
                t.push(char::from(b'0' + d));
                match t.parse::<u8>() {
                    Ok(y) if (1..=MAX_YEAR).contains(&y) => {
                        p.year = y;
                        p.typed = t;
                    }
                    _ if d > 0 => {
                        // Start over with this digit, as a number field does when full.
                        p.year = d;
                        p.typed = d.to_string();
                    }
                    _ => {}
                }
            }
            Action::DeleteDigit => {
                p.typed.pop();
                if let Ok(y) = p.typed.parse::<u8>() {
                    p.year = y.max(1);
                }
            }
            Action::Select => {
                if let Some((title, place)) = self.titles.get(p.grade).cloned() {
                    let year = p.year;
                    p.stage = PickerStage::Grade;
                    self.stand(Standing {
                        place,
                        title,
                        year: Some(year),
                    });
                }
            }
            Action::Back => p.stage = PickerStage::Grade,
            Action::Help => self.open_help(),
            _ => {}
        }
    }

    fn update_ladder(&mut self, action: Action) {
        let top = self.ladder.len().saturating_sub(1);
        let before = self.selected();
        match action {
            Action::Up => self.move_row(self.cursor.row.saturating_add(1).min(top)),
            Action::Down => self.move_row(self.cursor.row.saturating_sub(1)),
            Action::End => self.move_row(top),
            Action::Home => self.move_row(0),
            Action::Right if self.tier_at_row(self.cursor.row).is_some() => {
                self.cursor.specialist = true;
            }
            Action::Left => self.cursor.specialist = false,
            Action::Select | Action::FocusNext | Action::FocusPrev => self.focus = Focus::Detail,
            Action::Back => {
                if let Some(s) = &self.standing {
                    self.cursor = self.cursor_for(s);
                }
            }
            Action::ChangeStanding => self.open_picker(),
            Action::Help => self.open_help(),
            _ => {}
        }
        if self.selected() != before {
            self.detail.offset = 0;
        }
    }

    /// Move to another rung, staying on the specialist track where there is one.
    fn move_row(&mut self, row: usize) {
        self.cursor.row = row;
        if self.tier_at_row(row).is_none() {
            self.cursor.specialist = false;
        }
    }

    fn update_detail(&mut self, action: Action) {
        match action {
            Action::Back | Action::FocusNext | Action::FocusPrev => self.focus = Focus::Ladder,
            Action::ChangeStanding => self.open_picker(),
            Action::Help => self.open_help(),
            other => scroll(&mut self.detail, other),
        }
    }

    fn open_picker(&mut self) {
        self.screen = Screen::Picker;
        self.picker.stage = PickerStage::Grade;
        self.picker.typed.clear();
    }

    fn open_help(&mut self) {
        self.help_open = true;
        self.help.offset = 0;
    }
}

fn scroll(s: &mut Scroll, action: Action) {
    match action {
        Action::Down => s.by(1),
        Action::Up => s.by(-1),
        Action::PageDown => s.by(s.page()),
        Action::PageUp => s.by(-s.page()),
        Action::Home => s.offset = 0,
        Action::End => s.offset = s.max(),
        _ => {}
    }
}
