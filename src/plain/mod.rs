//! Plain mode (`--plain`, or TERM=dumb): the same program as lines of text, for screen
//! readers and dumb terminals. No box drawing, no escape codes, no cursor movement.
//!
//! Every screen prints its content (via [`render_text::text`]), then a numbered menu whose
//! lines say what each number does, then a prompt `> `, and reads one line. Input is read
//! line by line from any [`BufRead`], so it works as well when piped:
//! - full-width digits (１) count as digits; `q` quits from anywhere; `0` goes back;
//! - anything else (an empty line, an unknown number, letters, a very long line, bytes that
//!   are not UTF-8) says 「その番号はありません。」 and shows the menu again;
//! - the end of input ends the program cleanly.
//!
//! Plain mode is a face of the same navigator as the TUI ([`App`]): where a place leads, the
//! pair a comparison shows, where a search hit goes, where the reader stands and every change
//! to the record are the navigator's rules; this module only turns them into numbered menus.
//! The record is kept here as in the TUI: self-check, training log, notes, snapshots, the
//! interview sheet, and the standing chosen here is saved.

use std::io::{self, BufRead, Write};

use crate::app::{App, At, MAX_YEAR, Offer, Tab};
use crate::content::{self, Item, Standing};
use crate::model::{Lang, MeasureIndex, Place, normalize_title, sanitize};
use crate::record::{Level, TrainingStatus};
use crate::render_text;
use crate::search::{Hit, Target};
use crate::store::Store;

mod words;
use words::Say;

/// Bytes kept of one input line; the rest of a longer line is read and dropped.
const MAX_LINE: usize = 1024;

/// Search hits listed at most.
const MAX_HITS: usize = 50;

/// Chars of a hit's text shown in the list.
const HIT_CHARS: usize = 60;

/// Run plain mode on the navigator `app` until the reader quits or the input ends. Changes
/// to the record are saved in `store` (as the TUI saves them).
pub fn run(
    app: &mut App,
    store: &mut Store,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<()> {
    run_at(app, store, input, output, Width::Unbroken)
}

/// How plain mode breaks its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// Not at all: a pipe, a file, a braille display that wraps itself.
    Unbroken,
    /// At this many columns.
    Columns(usize),
    /// At the width of the terminal on standard output, asked before each block (a window
    /// resized meanwhile is followed).
    Terminal,
}

/// [`run`], breaking lines as `width` says: between phrases (never inside a word, as a
/// terminal's own wrapping would), continuation lines keeping their indent.
pub fn run_at(
    app: &mut App,
    store: &mut Store,
    input: &mut impl BufRead,
    output: &mut impl Write,
    width: Width,
) -> io::Result<()> {
    let mut session = Session {
        app,
        store,
        input,
        output,
        ended: false,
        quit: false,
        width,
        sheet_read: false,
    };
    let result = session.main();
    // Whatever the navigator still has to do (a last save) is done on every way out.
    session.effects();
    result
}

/// Whether a screen was left to go back or to quit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Back,
    Quit,
}

/// What the reader chose from a menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Item(usize),
    /// `0`.
    Zero,
    /// `q`, or the end of input.
    Quit,
}

/// One line of input, read as a menu choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Input {
    Number(usize),
    Quit,
    Other,
}

fn parse(line: &str) -> Input {
    let s = normalize_title(line);
    if s.eq_ignore_ascii_case("q") {
        Input::Quit
    } else if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().map_or(Input::Other, Input::Number)
    } else {
        Input::Other
    }
}

/// A numbered menu: a header that says what to do, the entries, and what `0` does.
struct Menu {
    header: String,
    entries: Vec<(usize, String)>,
    zero: String,
}

impl Menu {
    fn has(&self, n: usize) -> bool {
        self.entries.iter().any(|(k, _)| *k == n)
    }
}

/// A menu of the navigator's offers, each under its number.
struct OfferMenu {
    menu: Menu,
    offers: Vec<Offer>,
}

/// The lists whose items have a page of their own.
#[derive(Clone, Debug, PartialEq, Eq)]
enum List {
    /// The overview's topics.
    Topics,
    /// Trainings, as indices into `map.catalog()`.
    Trainings(Vec<usize>),
    Glossary,
}

struct Session<'a, R: BufRead, W: Write> {
    app: &'a mut App,
    store: &'a mut Store,
    input: &'a mut R,
    output: &'a mut W,
    /// The input has ended.
    ended: bool,
    /// The last menu was left by quitting (`q` or the end of input), not by 0.
    quit: bool,
    width: Width,
    /// The interview sheet was read out once already.
    sheet_read: bool,
}

/// A line as it may be shown: no control characters or escapes, no box drawing.
fn clean(line: &str) -> String {
    sanitize(line)
        .chars()
        .map(|c| match c {
            '\u{2500}'..='\u{257F}' => '-',
            _ => c,
        })
        .collect()
}

/// A 年度 as an employee types it: 2024, 2024年度, 令和6, 令和6年度, R6, 平成30, H30 (full-width
/// digits too). The Western year it starts in.
fn fiscal_year(line: &str) -> Option<u16> {
    // Spaces dropped and letters lowered: "Reiwa 6" and "FY2024" as well.
    let s = normalize_title(line).to_lowercase();
    let s = s.trim_end_matches("年度").trim_end_matches('年');
    let s = s.strip_prefix("fy").unwrap_or(s);
    let eras = [
        ("令和", 2018),
        ("reiwa", 2018),
        ("r", 2018),
        ("平成", 1988),
        ("heisei", 1988),
        ("h", 1988),
    ];
    for (era, base) in eras {
        if let Some(n) = s.strip_prefix(era) {
            let n: u16 = if n == "元" { 1 } else { n.parse().ok()? };
            return (n >= 1).then_some(base + n);
        }
    }
    s.parse().ok()
}

/// The lines of `text` as a terminal of `width` columns should get them (every line whole
/// without a width): each cleaned, and broken between phrases where it is too wide, one
/// column short of the edge (a line that fills it would make some terminals wrap an empty
/// line after it).
pub fn fitted(text: &str, width: Option<usize>) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = clean(line);
        match width {
            Some(w) if w > 8 && crate::wrap::width(&line) >= w => out.extend(broken(&line, w - 1)),
            _ => out.push(line),
        }
    }
    out
}

/// A line broken into lines of at most `width` columns between phrases; continuation lines
/// keep the line's indent, and under a bullet or a numbered entry start under its text.
fn broken(line: &str, width: usize) -> Vec<String> {
    let body = line.trim_start_matches([' ', '\u{3000}']);
    let indent = &line[..line.len() - body.len()];
    // A menu entry's number, a bullet or a mark: continuation lines start under the text.
    let lead = ["・", "- ", "■ ", "〈"]
        .iter()
        .find(|m| body.starts_with(**m))
        .map(|m| m.to_string())
        .or_else(|| {
            let digits = body.chars().take_while(char::is_ascii_digit).count();
            (digits > 0 && body[digits..].starts_with(' ')).then(|| body[..=digits].to_string())
        })
        .unwrap_or_default();
    let rest = format!("{indent}{}", " ".repeat(crate::wrap::width(&lead)));
    crate::wrap::wrap(body, width, indent, &rest)
}

/// At most `n` chars of `s`, with … when cut.
fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n).collect();
        out.push('…');
        out
    }
}

impl<R: BufRead, W: Write> Session<'_, R, W> {
    // ---- input and output ----

    /// A block of lines, after an empty line (which also ends the prompt's line).
    fn block(&mut self, text: &str) -> io::Result<()> {
        self.output.write_all(b"\n")?;
        let width = match self.width {
            Width::Unbroken => None,
            Width::Columns(n) => Some(n),
            Width::Terminal => crossterm::terminal::size()
                .ok()
                .map(|(c, _)| usize::from(c)),
        };
        for line in fitted(text, width) {
            writeln!(self.output, "{line}")?;
        }
        Ok(())
    }

    fn page(&mut self, items: &[Item]) -> io::Result<()> {
        self.block(&render_text::text_in(
            &content::quiet_in(items, &self.say(Say::FullSourceHint), self.lang()),
            self.lang(),
        ))
    }

    fn prompt(&mut self) -> io::Result<()> {
        self.output.write_all(b"> ")?;
        self.output.flush()
    }

    /// One line of input without its line ending, at most [`MAX_LINE`] bytes of it; None at
    /// the end of input.
    fn read_line(&mut self) -> io::Result<Option<String>> {
        if self.ended {
            return Ok(None);
        }
        let mut buf = Vec::new();
        let mut any = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(p) => (p + 1, true),
                None => (chunk.len(), false),
            };
            let room = MAX_LINE.saturating_sub(buf.len());
            buf.extend_from_slice(&chunk[..take.min(room)]);
            self.input.consume(take);
            if done {
                break;
            }
        }
        if !any {
            self.ended = true;
            return Ok(None);
        }
        let line = String::from_utf8_lossy(&buf);
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    fn show_menu(&mut self, menu: &Menu) -> io::Result<()> {
        let mut text = format!("{}\n", menu.header);
        for (n, label) in &menu.entries {
            text.push_str(&format!("{n} {label}\n"));
        }
        text.push_str(&format!("0 {}\n", menu.zero));
        self.block(&text)?;
        self.prompt()
    }

    /// Show `menu` until the reader picks one of its entries, 0, or quits.
    fn pick(&mut self, menu: &Menu) -> io::Result<Pick> {
        loop {
            self.show_menu(menu)?;
            let Some(line) = self.read_line()? else {
                return Ok(Pick::Quit);
            };
            match parse(&line) {
                Input::Quit => return Ok(Pick::Quit),
                Input::Number(0) => return Ok(Pick::Zero),
                Input::Number(n) if menu.has(n) => return Ok(Pick::Item(n)),
                _ => self.block(&self.say(Say::NoSuchNumber))?,
            }
        }
    }

    // ---- what the navigator asks of its face ----

    /// Do what the navigator asked for: save the record, write the interview sheet (the
    /// same code the TUI runs).
    fn effects(&mut self) {
        crate::tui::run_effects(self.app, self.store);
    }

    /// Do the navigator's effects, then say its message, if it has one.
    fn say_message(&mut self) -> io::Result<()> {
        self.effects();
        if let Some(m) = self.app.message.take() {
            self.block(&m)?;
        }
        Ok(())
    }

    // ---- the main menu ----

    fn main(&mut self) -> io::Result<()> {
        self.intro()?;
        loop {
            let mut menu = self.offers_menu(At::Start, &self.say(Say::MainMenu));
            menu.menu.zero = self.say(Say::Quit);
            let flow = match self.choose(&menu)? {
                None => break,
                Some(Offer::Ladder) => self.ladder_screen()?,
                Some(Offer::Overview) => self.overview_screen()?,
                Some(Offer::Catalog) => self.catalog_screen()?,
                Some(Offer::Compare) => self.compare_screen()?,
                Some(Offer::Glossary) => self.glossary_screen()?,
                Some(Offer::Search) => self.search_screen()?,
                Some(Offer::ChooseStanding) => self.stand_screen()?,
                Some(Offer::Record) => self.record_screen()?,
                Some(_) => Flow::Back,
            };
            if flow == Flow::Quit {
                break;
            }
        }
        if self.ended {
            self.block(&self.say(Say::EndOfInput))?;
        } else {
            self.block(&self.say(Say::Ending))?;
        }
        self.output.flush()
    }

    fn intro(&mut self) -> io::Result<()> {
        let m = &self.app.map.meta;
        let mut items = vec![
            Item::Title(m.map_title.to_string()),
            Item::Text(self.say(Say::Intro)),
        ];
        items.push(Item::Text(match &self.app.standing {
            _ if self.app.guest => crate::app::GUEST_NOTICE.into(),
            Some(s) => self.say(Say::StandingNow(Some(&s.describe_in(self.lang())), 0)),
            None => self.say(Say::StandingNow(None, Offer::ChooseStanding.number())),
        }));
        if let Some(m) = self.app.message.take() {
            items.push(Item::Text(m));
        }
        self.page(&items)
    }

    /// The language plain mode speaks.
    fn lang(&self) -> Lang {
        self.app.lang
    }

    /// A self-check level in the reader's language (without its mark).
    fn level_word(&self, l: Level) -> &'static str {
        content::level_word_in(l, self.lang())
    }

    /// A sentence in the reader's language.
    fn say(&self, s: Say) -> String {
        words::say(self.lang(), s)
    }

    /// A numbered menu named `name`, whose 0 goes back.
    fn menu(&self, name: &str, entries: Vec<(usize, String)>) -> Menu {
        Menu {
            header: self.say(Say::MenuHeader(name)),
            entries,
            zero: self.say(Say::Back),
        }
    }

    /// A menu of exactly what the navigator offers at `at`, each under its own number.
    fn offers_menu(&self, at: At, name: &str) -> OfferMenu {
        let offers = self.app.offers(at);
        let entries = offers
            .iter()
            .map(|&o| (o.number(), words::offer(self.lang(), self.app, at, o)))
            .collect();
        OfferMenu {
            menu: self.menu(name, entries),
            offers,
        }
    }

    /// Show an offers menu until the reader picks an offer; None for 0 and for quitting
    /// (`self.quit` tells which).
    fn choose(&mut self, m: &OfferMenu) -> io::Result<Option<Offer>> {
        match self.pick(&m.menu)? {
            Pick::Item(n) => Ok(m.offers.iter().copied().find(|o| o.number() == n)),
            Pick::Zero => {
                self.quit = false;
                Ok(None)
            }
            Pick::Quit => {
                self.quit = true;
                Ok(None)
            }
        }
    }

    // ---- the ladder and a place's page ----

    fn place_label(&self, p: Place) -> String {
        let map = &self.app.map;
        let role = match p {
            Place::Step(i) => &map[i].role,
            Place::Tier(t) => &map[t].role,
        };
        let here_word = self.say(Say::Here);
        let here = if self.app.standing.as_ref().is_some_and(|s| s.place == p) {
            &here_word
        } else {
            ""
        };
        format!(
            "{}　{role}{here}",
            content::place_name_in(map, p, self.lang())
        )
    }

    fn places_menu(&self, name: &str) -> Menu {
        let entries = self
            .app
            .places()
            .iter()
            .enumerate()
            .map(|(n, &p)| (n + 1, self.place_label(p)))
            .collect();
        self.menu(name, entries)
    }

    fn ladder_screen(&mut self) -> io::Result<Flow> {
        let map = &self.app.map;
        let span = match (self.app.ladder.first(), self.app.ladder.last()) {
            (Some(&a), Some(&b)) => self.say(Say::LadderSpan(&map[a].name, &map[b].name)),
            _ => String::new(),
        };
        let title = self.say(Say::LadderTitle);
        self.page(&[
            Item::Title(title.clone()),
            Item::Text(self.say(Say::LadderText(&span))),
        ])?;
        loop {
            let menu = self.places_menu(&title);
            match self.pick(&menu)? {
                Pick::Item(n) => {
                    let place = self.app.places()[n - 1];
                    if self.place_screen(place)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    /// A place's page, with the places the navigator says it leads to: one rung up, one
    /// down, and the comparison of what a promotion changes.
    fn place_screen(&mut self, start: Place) -> io::Result<Flow> {
        let mut place = start;
        let mut show = true;
        loop {
            self.app.visit(place);
            if show {
                // The trainings open to all are the same on every page: offered, not repeated.
                let items = content::place_page_in(
                    &self.app.map,
                    place,
                    self.app.standing.as_ref(),
                    false,
                    self.lang(),
                );
                self.page(&items)?;
            }
            show = true;
            let name = self.say(Say::PageOf(&content::place_name_in(
                &self.app.map,
                place,
                self.lang(),
            )));
            let menu = self.offers_menu(At::Place(place), &name);
            match self.choose(&menu)? {
                Some(Offer::Up(to) | Offer::Down(to)) => place = to,
                Some(Offer::ComparePair(a, b)) => {
                    let items = content::compare_in(&self.app.map, a, b, self.lang());
                    self.page(&items)?;
                    show = false;
                }
                Some(Offer::RecordHere(_)) => {
                    let here = self.app.trainings_at(place);
                    if self.trainings_menu(&here)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Some(Offer::OpenToAll) => {
                    let items = content::open_to_all_screen_page_in(&self.app.map, self.lang());
                    self.page(&items)?;
                    show = false;
                }
                Some(Offer::Source) => {
                    // Complete: every note in full and the 原文 under each fact.
                    let items = content::place_page_in(
                        &self.app.map,
                        place,
                        self.app.standing.as_ref(),
                        false,
                        self.lang(),
                    );
                    self.block(&render_text::text_in(
                        &content::full_in(&items, self.lang()),
                        self.lang(),
                    ))?;
                    show = false;
                }
                Some(_) => {}
                None if self.quit => return Ok(Flow::Quit),
                None => return Ok(Flow::Back),
            }
        }
    }

    // ---- lists with pages: the overview, trainings, the glossary ----

    fn list_len(&self, list: &List) -> usize {
        match list {
            List::Topics => self.app.topics.len(),
            List::Trainings(v) => v.len(),
            List::Glossary => self.app.map.glossary.len(),
        }
    }

    fn list_label(&self, list: &List, i: usize) -> String {
        let map = &self.app.map;
        match list {
            List::Topics => content::topic_label_in(map, self.app.topics[i], self.lang()),
            List::Trainings(v) => {
                let cat = map.catalog();
                let e = &cat[v[i]];
                // The reader's own record and year beside each training, as 研修一覧 shows
                // them: ◎ your year, a year you are past, 予定 / 受講済 and its 年度.
                // In words, not ◎: a screen reader reads a mark as its name.
                let fit = match self.app.year_fit(e.applies) {
                    Some(crate::app::YearFit::Yours) => self.say(Say::YourYear),
                    Some(crate::app::YearFit::Past) => {
                        crate::words::labels(self.lang()).past_year.into()
                    }
                    None => String::new(),
                };
                let status = match self.app.record.trainings.get(e.id) {
                    None => String::new(),
                    s => self.say(Say::Tag(&content::status_text_in(s, self.lang()))),
                };
                let when = self.say(Say::Tag(&e.applies.describe_in(map, self.lang())));
                format!(
                    "{fit}{}{when}{status}",
                    content::entry_name_in(map, e, self.lang())
                )
            }
            List::Glossary => {
                let Some(g) = map.at::<crate::model::GlossaryEntry>(i).map(|g| &map[g]) else {
                    return String::new();
                };
                match &g.reading {
                    Some(r) => format!("{}（{r}）", g.term),
                    None => g.term.to_string(),
                }
            }
        }
    }

    fn list_page(&self, list: &List, i: usize) -> Vec<Item> {
        let map = &self.app.map;
        match list {
            // As the screen shows them: a list of a page cut at content::SCREEN_LIST entries.
            List::Topics => content::topic_screen_page_in(map, self.app.topics[i], self.lang()),
            List::Trainings(v) => match map.catalog_entry(v[i]) {
                Some(e) => content::training_page_in(map, &e, self.lang()),
                None => Vec::new(),
            },
            List::Glossary => match map.at(i) {
                Some(g) => content::glossary_page_in(map, g, self.lang()),
                None => Vec::new(),
            },
        }
    }

    /// The step where a list item is taken (a training's year or promotion).
    fn list_place(&self, list: &List, i: usize) -> Option<Place> {
        match list {
            List::Trainings(v) => self.app.training_place(v[i]),
            List::Topics | List::Glossary => None,
        }
    }

    /// A numbered list; choosing an item shows its page. `whole`, when given, is offered
    /// after the items as one document (label, items).
    fn list_screen(
        &mut self,
        list: &List,
        name: &str,
        intro: &[Item],
        whole: Option<(&str, Vec<Item>)>,
    ) -> io::Result<Flow> {
        self.page(intro)?;
        let len = self.list_len(list);
        loop {
            let mut entries: Vec<(usize, String)> = (0..len)
                .map(|i| (i + 1, self.list_label(list, i)))
                .collect();
            if let Some((label, _)) = &whole {
                entries.push((len + 1, label.to_string()));
            }
            match self.pick(&self.menu(name, entries))? {
                Pick::Item(n) if n <= len => {
                    if self.item_screen(list, name, n - 1)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Item(_) => {
                    if let Some((_, items)) = &whole {
                        let items = items.clone();
                        self.page(&items)?;
                    }
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    /// An item's page, with the next and previous items of its list.
    fn item_screen(&mut self, list: &List, name: &str, start: usize) -> io::Result<Flow> {
        let len = self.list_len(list);
        if start >= len {
            return Ok(Flow::Back);
        }
        let mut i = start;
        loop {
            let items = self.list_page(list, i);
            self.page(&items)?;
            let mut entries = Vec::new();
            if i + 1 < len {
                entries.push((1, self.say(Say::Next(&self.list_label(list, i + 1)))));
            }
            if i > 0 {
                entries.push((2, self.say(Say::Previous(&self.list_label(list, i - 1)))));
            }
            let place = self.list_place(list, i);
            if let Some(p) = place {
                entries.push((
                    3,
                    self.say(Say::TrainingPlace(&content::place_name_in(
                        &self.app.map,
                        p,
                        self.lang(),
                    ))),
                ));
            }
            // A training's page offers to record it, as the core allows.
            let training = match list {
                List::Trainings(v) => Some(v[i]),
                _ => None,
            };
            let offers = training.map_or_else(Vec::new, |k| self.app.offers(At::Training(k)));
            for (&o, k) in offers.iter().zip(training) {
                entries.push((
                    o.number(),
                    words::offer(self.lang(), self.app, At::Training(k), o),
                ));
            }
            let menu = self.menu(
                &self.say(Say::ListItem(name, &self.list_label(list, i))),
                entries,
            );
            match (self.pick(&menu)?, place) {
                (Pick::Item(1), _) => i += 1,
                (Pick::Item(2), _) => i -= 1,
                (Pick::Item(3), Some(p)) => {
                    if self.place_screen(p)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                (Pick::Item(4), _) if !offers.is_empty() => {
                    if let Some(k) = training
                        && self.log_training(k)? == Flow::Quit
                    {
                        return Ok(Flow::Quit);
                    }
                }
                (Pick::Quit, _) => return Ok(Flow::Quit),
                _ => return Ok(Flow::Back),
            }
        }
    }

    fn overview_screen(&mut self) -> io::Result<Flow> {
        let intro = [
            Item::Title(self.say(Say::OverviewTitle)),
            Item::Text(self.say(Say::OverviewText)),
        ];
        let whole = content::overview_in(&self.app.map, self.lang());
        self.list_screen(
            &List::Topics,
            &self.say(Say::Overview),
            &intro,
            Some((&self.say(Say::OverviewWhole), whole)),
        )
    }

    fn catalog_screen(&mut self) -> io::Result<Flow> {
        let map = &self.app.map;
        let cat = map.catalog();
        let total = cat.len();
        // Trainings grouped by measure, in measure order; any without one last.
        let mut groups: Vec<(Option<MeasureIndex>, Vec<usize>)> = Vec::new();
        let keys = map.indexed().map(|(m, _)| Some(m)).chain([None]);
        for key in keys {
            let v: Vec<usize> = (0..total).filter(|&k| cat[k].measure == key).collect();
            if !v.is_empty() {
                groups.push((key, v));
            }
        }
        let group_name = |key: Option<MeasureIndex>| match key {
            Some(m) => {
                let m = &map[m];
                format!("{}{}", m.symbol, m.name)
            }
            None => self.say(Say::NoMeasure),
        };
        let names: Vec<String> = groups.iter().map(|(k, _)| group_name(*k)).collect();
        let policies: Vec<Option<String>> = groups
            .iter()
            .map(|(k, _)| k.map(|m| map[m].policy.to_string()))
            .collect();
        self.page(&[
            Item::Title(self.say(Say::CatalogTitle(total))),
            Item::Text(self.say(Say::CatalogText)),
        ])?;
        loop {
            let mut entries: Vec<(usize, String)> = groups
                .iter()
                .zip(&names)
                .enumerate()
                .map(|(n, ((_, v), name))| (n + 1, self.say(Say::Group(name, v.len()))))
                .collect();
            entries.push((groups.len() + 1, self.say(Say::CatalogWhole(total))));
            match self.pick(&self.menu(&self.say(Say::Catalog), entries))? {
                Pick::Item(n) if n <= groups.len() => {
                    let (_, v) = &groups[n - 1];
                    let mut intro = vec![Item::Title(
                        self.say(Say::GroupTitle(&names[n - 1], v.len())),
                    )];
                    if let Some(p) = &policies[n - 1] {
                        intro.push(Item::Text(self.say(Say::Policy(p))));
                    }
                    intro.push(Item::Text(self.say(Say::PickTraining)));
                    let list = List::Trainings(v.clone());
                    let name = self.say(Say::CatalogGroup(&names[n - 1]));
                    if self.list_screen(&list, &name, &intro, None)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Item(_) => {
                    let items = content::catalog_in(&self.app.map, self.lang());
                    self.page(&items)?;
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    fn glossary_screen(&mut self) -> io::Result<Flow> {
        let intro = [
            Item::Title(self.say(Say::Glossary)),
            Item::Text(crate::words::labels(self.lang()).glossary_disclaimer.into()),
            Item::Text(self.say(Say::PickTerm)),
        ];
        let whole = content::glossary_in(&self.app.map, self.lang());
        self.list_screen(
            &List::Glossary,
            &self.say(Say::Glossary),
            &intro,
            Some((&self.say(Say::GlossaryWhole), whole)),
        )
    }

    // ---- compare ----

    fn compare_screen(&mut self) -> io::Result<Flow> {
        self.page(&[
            Item::Title(self.say(Say::CompareTitle)),
            Item::Text(self.say(Say::CompareText)),
        ])?;
        loop {
            let a = match self.pick(&self.places_menu(&self.say(Say::CompareFirst)))? {
                Pick::Item(n) => self.app.places()[n - 1],
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let name = self.say(Say::CompareSecond(&content::place_name_in(
                &self.app.map,
                a,
                self.lang(),
            )));
            let b = match self.pick(&self.places_menu(&name))? {
                Pick::Item(n) => self.app.places()[n - 1],
                Pick::Zero => continue,
                Pick::Quit => return Ok(Flow::Quit),
            };
            self.app.compare.show(a, b);
            let mut items = content::compare_in(&self.app.map, a, b, self.lang());
            items.push(Item::Text(self.say(Say::CompareAgain)));
            self.page(&items)?;
        }
    }

    // ---- search ----

    fn search_screen(&mut self) -> io::Result<Flow> {
        loop {
            self.block(&self.say(Say::SearchPrompt))?;
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                return Ok(Flow::Quit);
            };
            match parse(&line) {
                Input::Quit => return Ok(Flow::Quit),
                _ if line.trim().is_empty() => return Ok(Flow::Back),
                _ => {}
            }
            let hits = self.app.index().search(&sanitize(&line));
            let shown = shorten(&sanitize(line.trim()), 40);
            if hits.is_empty() {
                self.block(&self.say(Say::NoHits(&shown)))?;
                continue;
            }
            if self.hits_screen(&shown, &hits)? == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
    }

    fn hits_screen(&mut self, query: &str, hits: &[Hit]) -> io::Result<Flow> {
        let mut text = self.say(Say::Hits(query, hits.len()));
        if hits.len() > MAX_HITS {
            text.push('\n');
            text.push_str(&self.say(Say::FirstHits(MAX_HITS)));
        }
        self.block(&text)?;
        let entries: Vec<(usize, String)> = hits
            .iter()
            .take(MAX_HITS)
            .enumerate()
            .map(|(n, h)| {
                (
                    n + 1,
                    self.say(Say::Hit(&shorten(&h.text, HIT_CHARS), &h.place)),
                )
            })
            .collect();
        let menu = self.menu(&self.say(Say::HitsMenu(query)), entries);
        loop {
            match self.pick(&menu)? {
                Pick::Item(n) => {
                    if self.go_to(hits[n - 1].target)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    /// The page a search hit names: the navigator goes there, and this face shows where it
    /// went.
    fn go_to(&mut self, target: Target) -> io::Result<Flow> {
        self.app.go_to(target);
        match self.app.tab {
            Tab::Ladder => {
                let place = self.app.selected();
                self.place_screen(place)
            }
            Tab::Overview => {
                let i = self.app.overview.selected;
                self.item_screen(&List::Topics, &self.say(Say::Overview), i)
            }
            Tab::Catalog => match self.app.catalog.selected_entry() {
                Some(k) => {
                    let all = List::Trainings((0..self.app.map.catalog().len()).collect());
                    self.item_screen(&all, &self.say(Say::Catalog), k)
                }
                None => Ok(Flow::Back),
            },
            Tab::Glossary => {
                let i = self.app.glossary.selected;
                self.item_screen(&List::Glossary, &self.say(Say::Glossary), i)
            }
            Tab::Compare | Tab::Record => Ok(Flow::Back),
        }
    }

    // ---- where the reader stands ----

    fn stand_screen(&mut self) -> io::Result<Flow> {
        let titles = self.app.titles.clone();
        let now = self
            .app
            .standing
            .as_ref()
            .map_or(self.say(Say::NotSet), |s| s.describe_in(self.lang()));
        self.page(&[
            Item::Title(self.say(Say::StandTitle)),
            Item::Text(self.say(Say::Now(&now))),
            Item::Text(self.say(Say::StandText)),
        ])?;
        let specialist = self.say(Say::SpecialistKind);
        let entries: Vec<(usize, String)> = titles
            .iter()
            .enumerate()
            .map(|(n, (t, p))| {
                let kind = match p {
                    Place::Step(_) => "",
                    Place::Tier(_) => &specialist,
                };
                (n + 1, format!("{t}{kind}"))
            })
            .collect();
        let menu = Menu {
            header: self.say(Say::StandGradeHeader),
            entries,
            zero: self.say(Say::Back),
        };
        let (place, title) = loop {
            self.show_menu(&menu)?;
            let Some(line) = self.read_line()? else {
                return Ok(Flow::Quit);
            };
            match parse(&line) {
                Input::Quit => return Ok(Flow::Quit),
                Input::Number(0) => return Ok(Flow::Back),
                Input::Number(n) if n <= titles.len() => {
                    let (t, p) = &titles[n - 1];
                    break (*p, t.clone());
                }
                Input::Number(_) => self.block(&self.say(Say::NoSuchNumber))?,
                Input::Other => match self.app.map.resolve_title(&line) {
                    Some(m) => break (m.place, m.title),
                    None if line.trim().is_empty() => self.block(&self.say(Say::NoSuchNumber))?,
                    None => {
                        let shown = shorten(&sanitize(line.trim()), 40);
                        self.block(&self.say(Say::UnknownGrade(&shown)))?;
                    }
                },
            }
        };
        let year = loop {
            self.block(&self.say(Say::StandYearPrompt(&title, MAX_YEAR)))?;
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                return Ok(Flow::Quit);
            };
            match parse(&line) {
                Input::Quit => return Ok(Flow::Quit),
                Input::Number(0) => return Ok(Flow::Back),
                Input::Number(y) if y <= usize::from(MAX_YEAR) => break y as u8,
                _ => self.block(&self.say(Say::YearRange(MAX_YEAR)))?,
            }
        };
        let standing = Standing {
            place,
            title,
            year: Some(year),
        };
        let said = standing.describe_in(self.lang());
        self.app.choose_standing(standing);
        self.effects();
        let kept = self.app.message.is_none() && self.store.writable();
        self.block(&self.say(Say::StandingSet(&said, kept)))?;
        self.say_message()?;
        self.place_screen(place)
    }

    // ---- the record ----

    fn record_screen(&mut self) -> io::Result<Flow> {
        // The sheet is read out the first time; after that it is on the menu (7), not
        // repeated at every visit.
        if !self.sheet_read {
            self.sheet_read = true;
            let sheet = content::interview_sheet_in(
                &self.app.map,
                &self.app.record,
                self.app.standing.as_ref(),
                &self.app.today,
                self.lang(),
            );
            self.page(&sheet)?;
        }
        if let Some(why) = self.app.record_read_only.clone() {
            self.block(&self.say(Say::ReadOnly(&why)))?;
        }
        loop {
            let mut menu = self.offers_menu(At::Record, &self.say(Say::Record));
            if self.app.standing.is_none() && self.app.record_read_only.is_none() {
                let why = self.say(Say::ChecksNeedStanding(Offer::ChooseStanding.number()));
                menu.menu.header = format!("{why}\n{}", menu.menu.header);
            }
            let flow = match self.choose(&menu)? {
                Some(Offer::Checks(_)) => self.checks_screen()?,
                Some(Offer::Trainings(_)) => self.trainings_screen()?,
                Some(Offer::Notes) => self.text_screen(false)?,
                Some(Offer::Questions) => self.text_screen(true)?,
                Some(Offer::Snapshot) => {
                    self.app.take_snapshot();
                    self.say_message()?;
                    Flow::Back
                }
                Some(Offer::Export) => {
                    self.app.request_export();
                    self.say_message()?;
                    Flow::Back
                }
                Some(_) => {
                    let sheet = content::interview_sheet_in(
                        &self.app.map,
                        &self.app.record,
                        self.app.standing.as_ref(),
                        &self.app.today,
                        self.lang(),
                    );
                    self.page(&sheet)?;
                    Flow::Back
                }
                None if self.quit => return Ok(Flow::Quit),
                None => return Ok(Flow::Back),
            };
            if flow == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
    }

    /// The expectations to self-check where the reader stands (the navigator's rule).
    fn expectations(&self) -> Vec<crate::record::Expectation> {
        self.app
            .standing
            .as_ref()
            .map(|s| crate::record::expectations_to_check(&self.app.map, s.place))
            .unwrap_or_default()
    }

    fn checks_screen(&mut self) -> io::Result<Flow> {
        loop {
            let list = self.expectations();
            let entries = list
                .iter()
                .enumerate()
                .map(|(n, e)| {
                    let level = self.app.record.level(&e.key);
                    let label = content::check_label_in(&self.app.map, &e.key, self.lang());
                    let note = if self.app.record.note(&e.key).trim().is_empty() {
                        String::new()
                    } else {
                        self.say(Say::HasNote)
                    };
                    (
                        n + 1,
                        format!(
                            "{label}{}{note}",
                            self.say(Say::Tag(self.level_word(level)))
                        ),
                    )
                })
                .collect();
            let n = match self.pick(&self.menu(&self.say(Say::PickCheck), entries))? {
                Pick::Item(n) => n,
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let e = list[n - 1].clone();
            let note = self.app.record.note(&e.key).to_string();
            let label = content::check_label_in(&self.app.map, &e.key, self.lang());
            let level = self.level_word(self.app.record.level(&e.key));
            let mut text = self.say(Say::CheckNow(&label, level));
            if !note.is_empty() {
                text.push('\n');
                text.push_str(&self.say(Say::CheckNote(&note)));
            }
            self.block(&text)?;
            let levels = [Level::NotStarted, Level::Working, Level::Achieved];
            let mut entries: Vec<(usize, String)> = levels
                .iter()
                .enumerate()
                .map(|(i, &l)| (i + 1, self.say(Say::SetLevel(self.level_word(l)))))
                .collect();
            entries.push((4, self.say(Say::WriteCheckNote)));
            match self.pick(&self.menu(&self.say(Say::WhatToDo), entries))? {
                Pick::Item(4) => {
                    if let Some(text) = self.read_text(&note)? {
                        self.app.set_check_note(&e.key, &text);
                        if self.app.message.is_none() {
                            self.app.message = Some(self.say(Say::CheckNoteSaved(&label)));
                        }
                        self.say_message()?;
                    }
                }
                Pick::Item(i) => {
                    self.app.set_check(&e.key, levels[i - 1]);
                    if self.app.message.is_none() {
                        let said = self.say(Say::CheckSet(&label, self.level_word(levels[i - 1])));
                        self.app.message = Some(said);
                    }
                    self.say_message()?;
                }
                Pick::Zero => {}
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    fn trainings_screen(&mut self) -> io::Result<Flow> {
        let all: Vec<usize> = (0..self.app.map.catalog_len()).collect();
        self.trainings_menu(&all)
    }

    /// Choose one of `trainings` (positions in the catalog), each with its state in the
    /// record, and record it; again until 0.
    fn trainings_menu(&mut self, trainings: &[usize]) -> io::Result<Flow> {
        loop {
            let map = &self.app.map;
            let entries = trainings
                .iter()
                .enumerate()
                .filter_map(|(n, &k)| {
                    let e = map.catalog_entry(k)?;
                    // Words a screen reader reads as such (no dash for "nothing").
                    let status = match self.app.record.trainings.get(e.id) {
                        None => self.say(Say::NoRecord),
                        s => content::status_text_in(s, self.lang()),
                    };
                    let name = content::entry_name_in(map, &e, self.lang());
                    Some((n + 1, format!("{name}{}", self.say(Say::Tag(&status)))))
                })
                .collect();
            let k = match self.pick(&self.menu(&self.say(Say::PickTrainingToLog), entries))? {
                Pick::Item(n) => trainings[n - 1],
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            if self.log_training(k)? == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
    }

    /// Record training `k` (a position in the catalog): planned, taken in a 年度, or cleared.
    fn log_training(&mut self, k: usize) -> io::Result<Flow> {
        let map = &self.app.map;
        let Some(name) = map
            .catalog_entry(k)
            .map(|e| content::entry_name_in(map, &e, self.lang()))
        else {
            return Ok(Flow::Back);
        };
        let entries = vec![
            (1, self.say(Say::MarkPlanned)),
            (2, self.say(Say::MarkDone)),
            (3, self.say(Say::ClearRecord)),
        ];
        let status = match self.pick(&self.menu(&self.say(Say::TrainingLog(&name)), entries))? {
            Pick::Item(1) => Some(TrainingStatus::Planned),
            Pick::Item(2) => match self.read_year()? {
                Some(y) => Some(TrainingStatus::Done(Some(y))),
                None => return Ok(Flow::Back),
            },
            Pick::Item(_) => None,
            Pick::Zero => return Ok(Flow::Back),
            Pick::Quit => return Ok(Flow::Quit),
        };
        self.app.set_training(k, status);
        if self.app.message.is_none() {
            let now = content::status_text_in(status.as_ref(), self.lang());
            self.app.message = Some(self.say(Say::TrainingSet(&name, &now)));
        }
        self.say_message()?;
        Ok(Flow::Back)
    }

    /// The year a training was taken; an empty line means this year. None goes back.
    fn read_year(&mut self) -> io::Result<Option<u16>> {
        let this = self.app.this_year;
        loop {
            let this_year = crate::words::Msg::FiscalYear {
                year: this,
                western: true,
            }
            .text(self.lang());
            self.block(&self.say(Say::YearPrompt(&this_year)))?;
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                return Ok(None);
            };
            if line.trim().is_empty() {
                return Ok(Some(this));
            }
            match parse(&line) {
                Input::Number(0) | Input::Quit => return Ok(None),
                _ => match fiscal_year(&line) {
                    Some(y) if (1950..=2200).contains(&y) => return Ok(Some(y)),
                    _ => self.block(&self.say(Say::YearOutOfRange))?,
                },
            }
        }
    }

    fn text_screen(&mut self, questions: bool) -> io::Result<Flow> {
        let now = if questions {
            self.app.record.questions.clone()
        } else {
            self.app.record.notes.clone()
        };
        let name = self.say(if questions {
            Say::Questions
        } else {
            Say::Notes
        });
        self.block(&format!("[{name}]"))?;
        if let Some(text) = self.read_text(&now)? {
            self.app.set_notes(questions, &text);
            if self.app.message.is_none() {
                self.app.message = Some(self.say(Say::Saved(&name)));
            }
            self.say_message()?;
        }
        Ok(if self.ended { Flow::Quit } else { Flow::Back })
    }

    /// Text typed line by line: the lines up to an empty one replace `now`. A first line
    /// that is empty keeps `now`; a line of only `-` empties it. None: nothing changes.
    fn read_text(&mut self, now: &str) -> io::Result<Option<String>> {
        let mut intro = String::new();
        if now.trim().is_empty() {
            intro.push_str(&self.say(Say::Empty));
            intro.push('\n');
        } else {
            intro.push_str(&self.say(Say::NowText));
            intro.push('\n');
            for l in now.lines() {
                intro.push_str(&format!("  {l}\n"));
            }
        }
        intro.push_str(&self.say(Say::TypeLines));
        self.block(&intro)?;
        let mut lines: Vec<String> = Vec::new();
        loop {
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                break;
            };
            if line.trim().is_empty() {
                break;
            }
            if lines.is_empty() && normalize_title(&line) == "-" {
                return Ok(Some(String::new()));
            }
            lines.push(line);
        }
        Ok((!lines.is_empty()).then(|| lines.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_choices() {
        assert_eq!(parse("1"), Input::Number(1));
        assert_eq!(parse(" １２ "), Input::Number(12));
        assert_eq!(parse("０"), Input::Number(0));
        assert_eq!(parse("q"), Input::Quit);
        assert_eq!(parse("Ｑ"), Input::Quit);
        assert_eq!(parse(""), Input::Other);
        assert_eq!(parse("abc"), Input::Other);
        assert_eq!(parse("-1"), Input::Other);
        assert_eq!(parse("99999999999999999999999999"), Input::Other);
    }

    #[test]
    fn cleans_lines() {
        assert_eq!(clean("a\u{1b}[31mb─│c"), "a[31mb--c");
        assert_eq!(shorten("あいう", 2), "あい…");
        assert_eq!(shorten("あいう", 3), "あいう");
    }
}
