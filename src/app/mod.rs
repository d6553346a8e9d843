//! The core: the navigator's state and every rule. Plain Rust: no terminal, no drawing.
//! Faces read [`App`]: the TUI turns keys into [`Action`]s through the keymap and calls
//! [`App::update`] (which hands a screen's own keys to its module in `crate::screens`); plain
//! mode calls the rules directly (places, the compare pair, record edits). Tests drive the
//! same functions.

use crate::content::{self, Standing, Topic};
use crate::keymap::{Action, Context, Keymap};
use crate::model::{CareerMap, Lang, Place, StepIndex, TierIndex};
use crate::record::{Profile, Record};
use crate::search::{Index, Target};

/// The highest year of service the picker offers.
pub const MAX_YEAR: u8 = 45;

mod editor;
mod explore;
mod guest;
mod offers;
mod paste;
mod places;
mod present;
mod record;
mod search;

pub use editor::Editor;
pub use explore::{CatalogView, CompareView, ListView, Side, YearFit};
pub use guest::GUEST_NOTICE;
pub use offers::{At, Offer};
pub use paste::PASTE_LIMIT;
pub use present::{MAX_TYPED, Presentation, Slide};
pub use record::{EditTarget, Editing, RecordRow, RecordRows, RecordView};
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

    /// The screen's name in Japanese (see [`Tab::title_in`]).
    pub fn title(self) -> &'static str {
        self.title_in(Lang::Ja)
    }

    /// The screen's name in `lang`, as the tab bar shows it.
    pub fn title_in(self, lang: Lang) -> &'static str {
        let w = crate::words::labels(lang);
        match self {
            Tab::Ladder => w.tab_ladder,
            Tab::Overview => w.tab_overview,
            Tab::Catalog => w.tab_catalog,
            Tab::Compare => w.tab_compare,
            Tab::Glossary => w.tab_glossary,
            Tab::Record => w.tab_record,
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

/// What the reader is doing: the one state keys are read in. Impossible combinations (the
/// picker while presenting, say) cannot be written.
#[derive(Clone, Debug)]
pub enum Mode {
    /// Saying where they stand: the picker, drawn on the ladder screen.
    Choosing(Picker),
    /// Reading the screens; [`App::tab`] says which.
    Browsing,
    /// Showing slides to a room: no standing, no record.
    Presenting(Presentation),
}

/// What is drawn over the screen and takes the keys before it.
pub enum Overlay {
    /// The help, with its scroll.
    Help(Scroll),
    /// A search box and its hits.
    Search(SearchView),
    /// Text being typed into the record.
    Editing(Box<Editing>),
    /// The selected item complete, beside its 原文 (the text as printed), with its scroll.
    Source(Scroll),
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

    /// This scroll as `content` lines seen through `viewport` lines: the offset kept in
    /// range. Drawing uses it to show a state it may not change.
    pub fn shown(&self, content: usize, viewport: usize) -> Scroll {
        let mut s = Scroll {
            offset: self.offset,
            content,
            viewport,
        };
        s.offset = s.offset.min(s.max());
        s
    }

    /// Like [`Scroll::shown`], moved as little as needed to keep line `line` in view, with
    /// `above` lines before it (a heading) when there is room.
    pub fn following(&self, content: usize, viewport: usize, line: usize, above: usize) -> Scroll {
        let mut s = self.shown(content, viewport);
        if line < s.offset + above {
            s.offset = line.saturating_sub(above);
        } else if viewport > 0 && line >= s.offset + viewport {
            s.offset = line + 1 - viewport;
        }
        s.offset = s.offset.min(s.max());
        s
    }
}

/// A scrollable part of a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Help,
    /// The ladder's detail pane.
    Detail,
    /// The picker's list of titles.
    Grades,
    /// The list of a list screen (overview, catalog, glossary).
    List(Tab),
    /// The page beside a list.
    Page(Tab),
    Compare,
    /// The record screen's rows, and the page beside them.
    Record,
    RecordPage,
    /// The hits of a search.
    Hits,
    /// The 原文 view.
    Source,
    /// The text being edited.
    Editor,
}

/// What one frame showed of each scrollable part (lines of content, lines visible, the
/// first line shown). Drawing reports it; the navigator keeps it ([`App::measured`]), so
/// drawing itself never changes the state.
#[derive(Debug, Default)]
pub struct Extents {
    pub views: Vec<(View, Scroll)>,
    /// The pages the slide on screen takes at this size (presentation).
    pub slide_pages: Option<usize>,
    /// The rows the text being edited was wrapped into: (line, its first character), for ↑↓
    /// to move by the rows on screen.
    pub editor_rows: Option<Vec<(usize, usize)>>,
    /// Where the terminal's cursor stands (column, row), for an input method to compose at:
    /// after the search query, in the text being edited. Hidden when `None`.
    pub cursor: Option<(u16, u16)>,
    /// Asked of the screens: this is the program's first frame, so a page not yet wrapped
    /// may be laid out only as far as it is shown.
    pub first: bool,
    /// Told by the screens: a page was laid out only as far as it is shown (its count of
    /// lines and scroll bar left out): draw again before reading input.
    pub partial: bool,
}

impl Extents {
    pub fn put(&mut self, view: View, scroll: Scroll) {
        self.views.push((view, scroll));
    }
}

/// Below this the screens cannot show anything useful.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub struct App {
    /// Shared with the threads that do the work after the first frame (see
    /// [`App::work_aside`]).
    pub map: std::sync::Arc<CareerMap>,
    /// Every title one can stand at, in picker order.
    pub titles: Vec<(String, Place)>,
    /// The ladder, bottom to top (step indices).
    pub ladder: Vec<StepIndex>,
    /// The specialist tier beside each rung of the ladder.
    pub row_tiers: Vec<Option<TierIndex>>,
    /// The display widths of the ladder's two columns (rung names, specialist labels),
    /// measured once by the ladder screen: they depend on the map only.
    pub ladder_widths: std::sync::OnceLock<(usize, usize)>,
    /// The display width of the catalog's widest row, measured once.
    catalog_row_width: std::sync::Arc<std::sync::OnceLock<usize>>,
    /// The display width of the overview's widest topic, measured once.
    overview_row_width: std::sync::Arc<std::sync::OnceLock<usize>>,
    /// The overview's topics.
    pub topics: Vec<Topic>,
    /// The search index, built on first use (after the first frame, not before it).
    pub(crate) index: std::sync::OnceLock<Index>,
    /// The row widths and the search index being made beside the event loop (see
    /// [`App::work_aside`]): the index, if it was wanted.
    index_aside: Aside<Option<Index>>,
    pub standing: Option<Standing>,
    /// What the reader is doing.
    pub mode: Mode,
    /// What is drawn over the screen, if anything.
    pub overlay: Option<Overlay>,
    pub tab: Tab,
    pub focus: Focus,
    pub cursor: Cursor,
    pub detail: Scroll,
    pub grade_list: Scroll,
    pub overview: ListView,
    pub catalog: CatalogView,
    pub glossary: ListView,
    pub compare: CompareView,
    /// The reader's development record (loaded and saved by the event loop).
    pub record: Record,
    pub record_view: RecordView,
    /// Why the record cannot be saved, when it cannot (another copy has it, a newer format).
    pub record_read_only: Option<String>,
    /// What the event loop must do after this update.
    pub effects: Vec<Effect>,
    /// A message for the reader, shown until the next key.
    pub message: Option<String>,
    /// Today (YYYY-MM-DD) and this year, for snapshots and the training log.
    pub today: String,
    pub this_year: u16,
    /// The keys in force (the default table and the reader's overrides).
    pub keymap: Keymap,
    /// The screen is too small to show anything (from the size the face says).
    pub too_small: bool,
    /// The size the face last said.
    pub size: (u16, u16),
    /// Where a search began, while the reader is where its hit led (Esc goes back).
    pub search_origin: Option<search::Origin>,
    /// Guest mode (`--guest`): no standing, no record, nothing saved.
    pub guest: bool,
    /// The language of the program's own words (the map's text is as the map says).
    pub lang: Lang,
    pub quit: bool,
}

impl App {
    /// A new app on `map`. With a standing it opens on the ladder there; without, the picker.
    pub fn new(map: CareerMap, standing: Option<Standing>) -> Self {
        let titles = map.all_titles();
        let ladder = map.ladder();
        let row_tiers = App::tiers_by_row(&map, &ladder);
        let topics = content::topics(&map);
        let catalog = CatalogView::new(&map);
        let compare = CompareView::new(&map, &ladder);
        let mut app = App {
            titles,
            ladder,
            row_tiers,
            ladder_widths: std::sync::OnceLock::new(),
            catalog_row_width: Default::default(),
            overview_row_width: Default::default(),
            topics,
            index: std::sync::OnceLock::new(),
            index_aside: Aside::default(),
            map: std::sync::Arc::new(map),
            standing: None,
            mode: Mode::Choosing(Picker {
                stage: PickerStage::Grade,
                grade: 0,
                year: 1,
                typed: String::new(),
            }),
            overlay: None,
            tab: Tab::Ladder,
            focus: Focus::Ladder,
            cursor: Cursor {
                row: 0,
                specialist: false,
            },
            detail: Scroll::default(),
            grade_list: Scroll::default(),
            overview: ListView::default(),
            catalog,
            glossary: ListView::default(),
            compare,
            record: Record::default(),
            record_view: RecordView::default(),
            record_read_only: None,
            effects: Vec::new(),
            message: None,
            today: crate::record::today(),
            this_year: 2000,
            too_small: false,
            size: (0, 0),
            search_origin: None,
            guest: false,
            keymap: Keymap::default(),
            lang: Lang::Ja,
            quit: false,
        };
        // The fiscal year (年度, April to March) a training done today counts in.
        app.this_year = crate::record::fiscal_year(&app.today);
        if let Some(s) = standing {
            app.stand(s);
        }
        app
    }

    /// The search index: the one built aside (waiting for it if it is not done), else
    /// built now.
    pub fn index(&self) -> &Index {
        self.settle_index();
        self.index
            .get_or_init(|| Index::build_in(&self.map, self.lang))
    }

    /// The index built aside, if it was (waiting for it if it is not done), kept as the
    /// index (for code that holds another part of the app while it searches).
    pub(crate) fn settle_index(&self) {
        if self.index.get().is_none()
            && let Some(Some(index)) = self.index_aside.take()
        {
            let _ = self.index.set(index);
        }
    }

    /// The display width of the catalog's widest row (see
    /// [`content::catalog_row_width`]): the one measured aside (waiting for it while it is
    /// being measured), else measured now.
    pub fn catalog_row_width(&self) -> usize {
        *self
            .catalog_row_width
            .get_or_init(|| content::catalog_row_width(&self.map))
    }

    /// The display width of the overview's widest topic (as [`App::catalog_row_width`]).
    pub fn overview_row_width(&self) -> usize {
        *self.overview_row_width.get_or_init(|| {
            content::topic_label_widths_in(&self.map, &self.topics, self.lang)
                .max()
                .unwrap_or(10)
        })
    }

    /// Start the work that a large map makes long on one thread, after the first frame:
    /// the widths of the catalog's and the overview's widest rows (tens of thousands of
    /// rows for the benches' 1000x map), then the search index (a quarter of a second
    /// there). Keys are answered meanwhile; what needs a result takes it when it is done
    /// (a width as soon as it is measured).
    pub fn work_aside(&self) {
        if self.index.get().is_some()
            && self.catalog_row_width.get().is_some()
            && self.overview_row_width.get().is_some()
        {
            return;
        }
        let (map, lang) = (std::sync::Arc::clone(&self.map), self.lang);
        let topics = self.topics.clone();
        let catalog = std::sync::Arc::clone(&self.catalog_row_width);
        let overview = std::sync::Arc::clone(&self.overview_row_width);
        let index_wanted = self.index.get().is_none();
        self.index_aside.start("aside", move || {
            catalog.get_or_init(|| content::catalog_row_width(&map));
            overview.get_or_init(|| {
                content::topic_label_widths_in(&map, &topics, lang)
                    .max()
                    .unwrap_or(10)
            });
            index_wanted.then(|| Index::build_in(&map, lang))
        });
    }

    /// Whether the search index has been built (it is not, before the first frame).
    pub fn index_is_built(&self) -> bool {
        self.index.get().is_some() || self.index_aside.is_done()
    }

    /// A navigator ready to use, with the saved record: the one place where a face (the
    /// TUI, plain mode) turns what it was started with into where the reader stands.
    ///
    /// A standing given at start (`--grade`/`--year`) is for this run only: it is not saved.
    /// Without one, the saved profile says where the reader stands. A grade without a year
    /// opens the picker at the year question. Returns the notices to show.
    pub fn start(
        map: CareerMap,
        record: Record,
        read_only: Option<String>,
        given: Option<Standing>,
        year: Option<u8>,
    ) -> (App, Vec<String>) {
        App::start_in(Lang::Ja, map, record, read_only, given, year)
    }

    /// [`App::start`] in `lang`: the app speaks it, and so do the notices.
    pub fn start_in(
        lang: Lang,
        map: CareerMap,
        record: Record,
        read_only: Option<String>,
        given: Option<Standing>,
        year: Option<u8>,
    ) -> (App, Vec<String>) {
        let mut app = App::new(map, None);
        app.lang = lang;
        app.record = record;
        app.record_read_only = read_only;
        let mut notices = Vec::new();
        match given {
            Some(s) if s.year.is_none() => {
                let grade = app.titles.iter().position(|(t, _)| *t == s.title);
                app.mode = Mode::Choosing(Picker {
                    stage: PickerStage::Year,
                    grade: grade.unwrap_or(0),
                    year: year.unwrap_or(1),
                    typed: String::new(),
                });
            }
            Some(s) => app.stand(s),
            None => {
                notices.extend(app.restore_profile());
                if let (Some(y), Mode::Choosing(p)) = (year, &mut app.mode) {
                    p.year = y;
                }
            }
        }
        (app, notices)
    }

    /// Stand somewhere for this run: the ladder opens with the cursor there. Nothing is
    /// saved (see [`App::choose_standing`]).
    pub fn stand(&mut self, s: Standing) {
        self.cursor = self.cursor_for(&s);
        let level = match s.place {
            Place::Tier(t) => self.map.title_level(t, &s.title),
            Place::Step(_) => None,
        };
        self.compare.start_at(&self.map, s.place, level);
        // 研修一覧 starts at the reader's own step.
        let step = match s.place {
            Place::Step(i) => Some(i),
            Place::Tier(t) => level.or_else(|| self.map.tier_home(t)),
        };
        self.catalog.filter_step(&self.map, step);
        self.standing = Some(s);
        // The screen the picker was opened from stays (the ladder at the first start).
        self.mode = Mode::Browsing;
        self.detail.offset = 0;
    }

    /// The reader chose where they stand (in the picker, or plain mode's menu): stand there
    /// and remember it in the record, so the next start opens there.
    pub fn choose_standing(&mut self, s: Standing) {
        if self.guest {
            self.message = Some(crate::words::labels(self.lang).guest_notice.into());
            return;
        }
        if let Some(year) = s.year {
            let profile = Some(Profile {
                title: s.title.clone(),
                year,
            });
            if self.record.profile != profile {
                self.record.profile = profile;
                self.changed();
            }
        }
        self.stand(s);
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
            None => Some(
                crate::words::Msg::TitleGone {
                    title: p.title.to_string(),
                }
                .text(self.lang),
            ),
        }
    }

    /// Where keys are read now.
    pub fn context(&self) -> Context {
        match self.overlay {
            Some(Overlay::Help(_)) => Context::Help,
            _ => self.context_under_help(),
        }
    }

    /// Where keys would be read if the help were closed: the help lists these first.
    pub fn context_under_help(&self) -> Context {
        match (&self.mode, &self.overlay) {
            (Mode::Presenting(_), _) => Context::Present,
            (_, Some(Overlay::Editing(_))) => Context::Edit,
            (_, Some(Overlay::Search(_))) => Context::Search,
            _ => self.screen_context(),
        }
    }

    /// The context of the screen itself, ignoring the help and search drawn over it.
    fn screen_context(&self) -> Context {
        if let Mode::Choosing(p) = &self.mode {
            return match p.stage {
                PickerStage::Grade => Context::PickGrade,
                PickerStage::Year => Context::PickYear,
            };
        }
        match self.tab {
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
            Tab::Compare if self.compare.choosing.is_some() => Context::CompareChoose,
            Tab::Compare => Context::Compare,
            Tab::Record => Context::Record,
        }
    }

    /// Whether `action` would do anything now (the hint bar shows only those).
    pub fn can(&self, action: Action) -> bool {
        self.can_with(action, &Extents::default())
    }

    /// Like [`App::can`], with the extents a frame being drawn has measured so far taking
    /// the place of the kept ones (the hint bar is drawn last, after the screen).
    pub fn can_with(&self, action: Action, drawn: &Extents) -> bool {
        if self.guest_refuses(self.context(), action) {
            return false;
        }
        let scrolls = |view: View, kept: Option<&Scroll>| {
            drawn
                .views
                .iter()
                .rev()
                .find(|(v, _)| *v == view)
                .map(|(_, s)| *s)
                .or(kept.copied())
                .is_some_and(|s| s.max() > 0)
        };
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
            (Context::Detail, Action::Up | Action::Down) => {
                scrolls(View::Detail, Some(&self.detail))
            }
            (Context::Help, Action::Up | Action::Down) => scrolls(View::Help, self.help()),
            (Context::Page, Action::Up | Action::Down) => {
                scrolls(View::Page(self.tab), self.list_view().map(|v| &v.page))
            }
            (Context::Compare, Action::Back) => self.compare.came_from.is_some(),
            (Context::Compare, Action::Up | Action::Down) => {
                scrolls(View::Compare, Some(&self.compare.scroll))
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
            (Context::Present, a) => self.can_present(a),
            (Context::Search, Action::Select) => self.search().is_some_and(|s| !s.hits.is_empty()),
            _ => true,
        }
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        // A blanked presentation: any key only brings the slide back.
        if self.unblank() {
            return;
        }
        if action == Action::Quit {
            // Keep what was being typed.
            self.finish_edit();
            self.quit = true;
            return;
        }
        let context = self.context();
        // The 原文 view: its key or Esc closes it, the scroll keys scroll it, any other key
        // closes it and acts as usual.
        if let Some(Overlay::Source(view)) = &mut self.overlay {
            match action {
                Action::Source | Action::Back => {
                    self.overlay = None;
                    return;
                }
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Home
                | Action::End => {
                    scroll(view, action);
                    return;
                }
                _ => self.overlay = None,
            }
        }
        if self.guest_refuses(context, action) {
            self.message = Some(crate::words::labels(self.lang).guest_notice.into());
            return;
        }
        // Esc right after a search hit led here: back to where the search began. Any other
        // key means the reader stays.
        if let Some(origin) = self.search_origin.take()
            && action == Action::Back
            && self.overlay.is_none()
        {
            self.return_to(origin);
            return;
        }
        // Keys every screen shares.
        match (context, action) {
            (Context::Help, Action::Back | Action::Help) => {
                self.overlay = None;
                return;
            }
            (Context::Help, other) => {
                if let Some(Overlay::Help(h)) = &mut self.overlay {
                    scroll(h, other);
                }
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
                self.overlay = Some(Overlay::Help(Scroll::default()));
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
            (_, Action::Source) => {
                self.overlay = Some(Overlay::Source(Scroll::default()));
                return;
            }
            (_, Action::Help) => {
                self.overlay = Some(Overlay::Help(Scroll::default()));
                return;
            }
            (_, Action::Search) => {
                self.overlay = Some(Overlay::Search(SearchView::default()));
                return;
            }
            // Where one stands can be changed from every screen.
            (_, Action::ChangeStanding) => {
                self.open_picker();
                return;
            }
            (_, Action::NextTab) => return self.switch_tab(1),
            (_, Action::PrevTab) => return self.switch_tab(-1),
            (_, Action::GoTab(n)) => {
                if let Some(t) = Tab::ALL.get(n.saturating_sub(1)) {
                    self.show_tab(*t);
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
            Context::Compare | Context::CompareChoose => self.update_compare(action),
            Context::Record => self.update_record(action),
            Context::Help | Context::Search | Context::Edit | Context::Present => {}
        }
    }

    fn switch_tab(&mut self, by: isize) {
        let n = Tab::ALL.len() as isize;
        let i = (self.tab.number() as isize - 1 + by).rem_euclid(n);
        self.show_tab(Tab::ALL[i as usize]);
    }

    /// Go to a screen: browsing it (the picker, if open, is left).
    pub(crate) fn show_tab(&mut self, tab: Tab) {
        if tab != self.tab {
            // Reached by its number or Tab: Esc has nowhere to go back to.
            self.compare.came_from = None;
            self.compare.choosing = None;
        }
        self.tab = tab;
        self.mode = Mode::Browsing;
        if tab == Tab::Record {
            let rows = self.record_layout();
            self.fix_record_selection(&rows);
        }
    }

    /// The face says how large the screen is, before drawing it.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.too_small = width < MIN_WIDTH || height < MIN_HEIGHT;
        self.size = (width, height);
    }

    /// Keep what the last frame showed of each scrollable part.
    pub fn measured(&mut self, extents: &Extents) {
        if let (Some(n), Some(p)) = (extents.slide_pages, self.presentation_mut()) {
            p.measure(n);
        }
        for &(view, shown) in &extents.views {
            if let Some(s) = self.scroll_mut(view) {
                *s = shown;
            }
        }
        if let (Some(rows), Some(Overlay::Editing(e))) = (&extents.editor_rows, &mut self.overlay) {
            e.editor.set_rows(rows.clone());
        }
    }

    fn scroll_mut(&mut self, view: View) -> Option<&mut Scroll> {
        Some(match view {
            View::Help => match &mut self.overlay {
                Some(Overlay::Help(h)) => h,
                _ => return None,
            },
            View::Detail => &mut self.detail,
            View::Grades => &mut self.grade_list,
            View::List(Tab::Overview) => &mut self.overview.list,
            View::Page(Tab::Overview) => &mut self.overview.page,
            View::List(Tab::Catalog) => &mut self.catalog.view.list,
            View::Page(Tab::Catalog) => &mut self.catalog.view.page,
            View::List(Tab::Glossary) => &mut self.glossary.list,
            View::Page(Tab::Glossary) => &mut self.glossary.page,
            View::List(_) | View::Page(_) => return None,
            View::Compare => &mut self.compare.scroll,
            View::Record => &mut self.record_view.list,
            View::RecordPage => &mut self.record_view.page,
            View::Hits => match &mut self.overlay {
                Some(Overlay::Search(s)) => &mut s.list,
                _ => return None,
            },
            View::Source => match &mut self.overlay {
                Some(Overlay::Source(s)) => s,
                _ => return None,
            },
            View::Editor => match &mut self.overlay {
                Some(Overlay::Editing(e)) => &mut e.view,
                _ => return None,
            },
        })
    }

    /// The picker, when the reader is choosing where they stand.
    pub fn picker(&self) -> Option<&Picker> {
        match &self.mode {
            Mode::Choosing(p) => Some(p),
            _ => None,
        }
    }

    /// The presentation, when presenting.
    pub fn presentation(&self) -> Option<&Presentation> {
        match &self.mode {
            Mode::Presenting(p) => Some(p),
            _ => None,
        }
    }

    /// The presentation, when presenting, to change it.
    pub(crate) fn presentation_mut(&mut self) -> Option<&mut Presentation> {
        match &mut self.mode {
            Mode::Presenting(p) => Some(p),
            _ => None,
        }
    }

    /// The search box, when open.
    pub fn search(&self) -> Option<&SearchView> {
        match &self.overlay {
            Some(Overlay::Search(s)) => Some(s),
            _ => None,
        }
    }

    /// The text being typed into the record, when editing.
    pub fn editing(&self) -> Option<&Editing> {
        match &self.overlay {
            Some(Overlay::Editing(e)) => Some(e),
            _ => None,
        }
    }

    /// The 原文 view's scroll, when it is open.
    pub fn source_view(&self) -> Option<&Scroll> {
        match &self.overlay {
            Some(Overlay::Source(s)) => Some(s),
            _ => None,
        }
    }

    /// The help's scroll, when the help is open.
    pub fn help(&self) -> Option<&Scroll> {
        match &self.overlay {
            Some(Overlay::Help(h)) => Some(h),
            _ => None,
        }
    }

    /// Take the reader to what a search hit names.
    pub fn go_to(&mut self, target: Target) {
        match target {
            Target::Step(i) => self.visit(Place::Step(i)),
            Target::Tier(t) => self.visit(Place::Tier(t)),
            Target::Vision => self.show_topic(Topic::Vision),
            Target::Measure(i) => self.show_topic(Topic::Measure(i)),
            Target::Initiative(i) => self.show_topic(Topic::Initiative(i)),
            Target::Training(k) => {
                self.show_tab(Tab::Catalog);
                self.catalog.clear_filters(&self.map);
                self.catalog.select_entry(k);
            }
            Target::Glossary(i) => {
                self.show_tab(Tab::Glossary);
                self.glossary.select(i.position());
            }
        }
    }

    fn show_topic(&mut self, topic: Topic) {
        self.show_tab(Tab::Overview);
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

/// Work done on a thread of its own, its result taken when first needed.
struct Aside<T>(std::sync::Mutex<Option<std::thread::JoinHandle<T>>>);

impl<T> Default for Aside<T> {
    fn default() -> Self {
        Aside(std::sync::Mutex::new(None))
    }
}

impl<T: Send + 'static> Aside<T> {
    /// Start `work`, unless it was started already.
    fn start(&self, name: &str, work: impl FnOnce() -> T + Send + 'static) {
        if let Ok(mut job) = self.0.lock()
            && job.is_none()
        {
            *job = std::thread::Builder::new()
                .name(name.into())
                .spawn(work)
                .ok();
        }
    }

    /// The result, waiting for it if the work is not done; None if it was not started (or
    /// was taken).
    fn take(&self) -> Option<T> {
        let job = self.0.lock().ok()?.take()?;
        job.join().ok()
    }

    fn is_done(&self) -> bool {
        self.0
            .lock()
            .is_ok_and(|j| j.as_ref().is_some_and(|job| job.is_finished()))
    }
}
