//! The program's state and how actions change it. Plain Rust: no terminal, no drawing.
//! The UI reads [`App`]; the event loop turns keys into [`Action`]s via the keymap and calls
//! [`App::update`]. Tests drive the same function.

use crate::content::{self, Standing, Topic};
use crate::keymap::{Action, Context, Keymap};
use crate::model::{CareerMap, Place};
use crate::record::{Profile, Record};
use crate::search::{Index, Target};

/// The highest year of service the picker offers.
pub const MAX_YEAR: u8 = 45;

mod explore;
mod ladder;
mod paste;
mod present;
mod record;
mod search;

pub use explore::{CatalogView, CompareView, ListView, Side};
pub use paste::PASTE_LIMIT;
pub use present::{Presentation, Slide};
pub use record::{EditTarget, Editing, RecordRow, RecordView};
pub use search::SearchView;

/// Something the event loop must do for the app: the app itself touches no file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The record changed: save it.
    Save,
    /// Write the interview sheet.
    Export,
}

/// The screens, in the order Tab and the number keys reach them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Ladder,
    Overview,
    Catalog,
    Compare,
    Glossary,
    Record,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Ladder,
        Tab::Overview,
        Tab::Catalog,
        Tab::Compare,
        Tab::Glossary,
        Tab::Record,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Ladder => "職位の階段",
            Tab::Overview => "全体像",
            Tab::Catalog => "研修一覧",
            Tab::Compare => "比較",
            Tab::Glossary => "用語集",
            Tab::Record => "わたしの記録",
        }
    }

    /// 1-based, as the number keys say.
    pub fn number(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0) + 1
    }
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
    pub(crate) fn by(&mut self, delta: isize) {
        let target = self.offset.saturating_add_signed(delta);
        self.offset = target.min(self.max());
    }
    pub(crate) fn page(&self) -> isize {
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
    /// The specialist tier beside each rung of the ladder.
    pub row_tiers: Vec<Option<usize>>,
    /// The overview's topics.
    pub topics: Vec<Topic>,
    /// The search index, built once.
    pub index: Index,
    pub standing: Option<Standing>,
    pub tab: Tab,
    /// The picker is shown on the ladder tab until the reader says where they stand, and
    /// again when they ask to change it.
    pub picker_open: bool,
    pub focus: Focus,
    pub cursor: Cursor,
    pub picker: Picker,
    pub detail: Scroll,
    pub grade_list: Scroll,
    pub overview: ListView,
    pub catalog: CatalogView,
    pub glossary: ListView,
    pub compare: CompareView,
    pub search: Option<SearchView>,
    pub help_open: bool,
    pub help: Scroll,
    /// The reader's development record (loaded and saved by the event loop).
    pub record: Record,
    pub record_view: RecordView,
    /// Text being typed into the record.
    pub editing: Option<Editing>,
    /// Why the record cannot be saved, when it cannot (another copy has it, a newer format).
    pub record_read_only: Option<String>,
    /// What the event loop must do after this update.
    pub effects: Vec<Effect>,
    /// A message for the reader, shown until the next key.
    pub message: Option<String>,
    /// Today (YYYY-MM-DD) and this year, for snapshots and the training log.
    pub today: String,
    pub this_year: u16,
    /// Presentation mode, when on.
    pub present: Option<Presentation>,
    /// The keys in force (the default table and the reader's overrides).
    pub keymap: Keymap,
    /// The last frame was too small to show anything (set by the UI).
    pub too_small: bool,
    pub quit: bool,
}

impl App {
    /// A new app on `map`. With a standing it opens on the ladder there; without, the picker.
    pub fn new(map: CareerMap, standing: Option<Standing>) -> Self {
        let titles = map.all_titles();
        let ladder = map.ladder();
        let row_tiers = App::tiers_by_row(&map, &ladder);
        let topics = content::topics(&map);
        let index = Index::build(&map);
        let catalog = CatalogView::new(&map);
        let compare = CompareView::new(&map, &ladder);
        let mut app = App {
            titles,
            ladder,
            row_tiers,
            topics,
            index,
            map,
            standing: None,
            tab: Tab::Ladder,
            picker_open: true,
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
            grade_list: Scroll::default(),
            overview: ListView::default(),
            catalog,
            glossary: ListView::default(),
            compare,
            search: None,
            help_open: false,
            help: Scroll::default(),
            record: Record::default(),
            record_view: RecordView::default(),
            editing: None,
            record_read_only: None,
            effects: Vec::new(),
            message: None,
            today: crate::record::today(),
            this_year: 2000,
            too_small: false,
            keymap: Keymap::default(),
            present: None,
            quit: false,
        };
        app.this_year = app.today[..4].parse().unwrap_or(2000);
        if let Some(s) = standing {
            app.stand(s);
        }
        app
    }

    /// Stand somewhere, chosen by the reader in the program: the ladder opens with the cursor
    /// there, and the record remembers it for the next start.
    pub fn stand(&mut self, s: Standing) {
        self.stand_at(s, true);
    }

    /// Stand somewhere for this run only (`--grade`/`--year`): the saved profile is left as it
    /// is, so the next start opens where the reader last chose to stand.
    pub fn stand_for_this_run(&mut self, s: Standing) {
        self.stand_at(s, false);
    }

    fn stand_at(&mut self, s: Standing, remember: bool) {
        self.cursor = self.cursor_for(&s);
        if let Some(i) = self.titles.iter().position(|(t, _)| *t == s.title) {
            self.picker.grade = i;
        }
        if let Some(y) = s.year {
            self.picker.year = y;
        }
        let level = match s.place {
            Place::Tier(t) => self.map.title_level(t, &s.title),
            Place::Step(_) => None,
        };
        self.compare.start_at(&self.map, s.place, level);
        // Remember where the reader stands, so the next start opens there.
        if let Some(year) = s.year.filter(|_| remember) {
            let profile = Some(Profile {
                title: s.title.clone(),
                year,
            });
            if self.record.profile != profile {
                self.record.profile = profile;
                self.effects.push(Effect::Save);
            }
        }
        self.standing = Some(s);
        self.tab = Tab::Ladder;
        self.picker_open = false;
        self.focus = Focus::Ladder;
        self.detail.offset = 0;
    }

    /// Stand where the saved profile says, if the map knows its title. Returns a notice when
    /// it does not (the map changed under the record).
    pub fn restore_profile(&mut self) -> Option<String> {
        let p = self.record.profile.clone()?;
        match self.map.resolve_title(&p.title) {
            Some(m) => {
                self.stand(Standing {
                    place: m.place,
                    title: m.title,
                    year: Some(p.year),
                });
                None
            }
            None => Some(format!(
                "前回の職位「{}」はこの地図にありません。職位を選び直してください。",
                p.title
            )),
        }
    }

    /// Where keys are read now.
    pub fn context(&self) -> Context {
        if self.help_open {
            Context::Help
        } else {
            self.context_under_help()
        }
    }

    /// Where keys would be read if the help were closed: the help lists these first.
    pub fn context_under_help(&self) -> Context {
        if self.present.is_some() {
            Context::Present
        } else if self.editing.is_some() {
            Context::Edit
        } else if self.search.is_some() {
            Context::Search
        } else {
            self.screen_context()
        }
    }

    /// The context of the screen itself, ignoring the help and search drawn over it.
    pub fn screen_context(&self) -> Context {
        match self.tab {
            Tab::Ladder if self.picker_open => match self.picker.stage {
                PickerStage::Grade => Context::PickGrade,
                PickerStage::Year => Context::PickYear,
            },
            Tab::Ladder => match self.focus {
                Focus::Ladder => Context::Ladder,
                Focus::Detail => Context::Detail,
            },
            Tab::Overview if self.overview.focus_page => Context::Page,
            Tab::Overview => Context::Overview,
            Tab::Catalog if self.catalog.view.focus_page => Context::Page,
            Tab::Catalog => Context::Catalog,
            Tab::Glossary if self.glossary.focus_page => Context::Page,
            Tab::Glossary => Context::Glossary,
            Tab::Compare => Context::Compare,
            Tab::Record => Context::Record,
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
            (Context::Detail, Action::Up | Action::Down) => self.detail.max() > 0,
            (Context::Help, Action::Up | Action::Down) => self.help.max() > 0,
            (Context::Page, Action::Up | Action::Down) => {
                self.list_view().is_some_and(|v| v.page.max() > 0)
            }
            (Context::Overview, Action::ShowTrainings) => matches!(
                self.topics.get(self.overview.selected),
                Some(Topic::Measure(_))
            ),
            (Context::Catalog, Action::ClearFilters) => self.catalog.filtered(),
            (Context::Record, Action::Select) => matches!(
                self.record_selected(),
                Some(RecordRow::Expectation(_) | RecordRow::Notes | RecordRow::Questions)
            ),
            (Context::Record, Action::Left | Action::Right) => {
                matches!(self.record_selected(), Some(RecordRow::Training(_)))
            }
            (Context::Search, Action::Select) => {
                self.search.as_ref().is_some_and(|s| !s.hits.is_empty())
            }
            _ => true,
        }
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        if action == Action::Quit {
            // Keep what was being typed.
            self.finish_edit();
            self.quit = true;
            return;
        }
        let context = self.context();
        // Keys every screen shares.
        match (context, action) {
            (Context::Help, Action::Back | Action::Help) => {
                self.help_open = false;
                return;
            }
            (Context::Help, other) => {
                scroll(&mut self.help, other);
                return;
            }
            (Context::Search, _) => {
                self.update_search(action);
                return;
            }
            (Context::Edit, Action::Back) => {
                self.finish_edit();
                return;
            }
            (Context::Edit, Action::EditKey(key)) => {
                self.edit_key(key);
                return;
            }
            (Context::Edit, _) => return,
            (Context::Present, Action::Help) => {
                self.help_open = true;
                self.help.offset = 0;
                return;
            }
            (Context::Present, _) => {
                self.update_present(action);
                return;
            }
            (_, Action::Present) => {
                self.start_presentation(true);
                return;
            }
            (_, Action::Help) => {
                self.help_open = true;
                self.help.offset = 0;
                return;
            }
            (_, Action::Search) => {
                self.search = Some(SearchView::default());
                return;
            }
            (_, Action::NextTab) => return self.switch_tab(1),
            (_, Action::PrevTab) => return self.switch_tab(-1),
            (_, Action::GoTab(n)) => {
                if let Some(t) = Tab::ALL.get(n.saturating_sub(1)) {
                    self.tab = *t;
                }
                return;
            }
            _ => {}
        }
        match context {
            Context::PickGrade => self.update_grade(action),
            Context::PickYear => self.update_year(action),
            Context::Ladder => self.update_ladder(action),
            Context::Detail => self.update_detail(action),
            Context::Overview | Context::Glossary | Context::Catalog | Context::Page => {
                self.update_list(action)
            }
            Context::Compare => self.update_compare(action),
            Context::Record => self.update_record(action),
            Context::Help | Context::Search | Context::Edit | Context::Present => {}
        }
    }

    fn switch_tab(&mut self, by: isize) {
        let n = Tab::ALL.len() as isize;
        let i = (self.tab.number() as isize - 1 + by).rem_euclid(n);
        self.tab = Tab::ALL[i as usize];
    }

    /// Take the reader to what a search hit names.
    pub fn go_to(&mut self, target: Target) {
        match target {
            Target::Step(i) => {
                self.tab = Tab::Ladder;
                self.picker_open = false;
                self.cursor = Cursor {
                    row: self.row_of(i),
                    specialist: false,
                };
                self.focus = Focus::Ladder;
                self.detail.offset = 0;
            }
            Target::Tier(t) => {
                self.tab = Tab::Ladder;
                self.picker_open = false;
                let row = self
                    .map
                    .tier_home(t)
                    .map_or(self.ladder.len().saturating_sub(1), |s| self.row_of(s));
                self.cursor = Cursor {
                    row,
                    specialist: true,
                };
                self.focus = Focus::Ladder;
                self.detail.offset = 0;
            }
            Target::Vision => self.show_topic(Topic::Vision),
            Target::Measure(i) => self.show_topic(Topic::Measure(i)),
            Target::Initiative(i) => self.show_topic(Topic::Initiative(i)),
            Target::Training(k) => {
                self.tab = Tab::Catalog;
                self.catalog.clear_filters(&self.map);
                self.catalog.select_entry(k);
            }
            Target::Glossary(i) => {
                self.tab = Tab::Glossary;
                self.glossary.select(i);
            }
        }
    }

    fn show_topic(&mut self, topic: Topic) {
        self.tab = Tab::Overview;
        if let Some(i) = self.topics.iter().position(|t| *t == topic) {
            self.overview.select(i);
        }
    }
}

pub(crate) fn scroll(s: &mut Scroll, action: Action) {
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
