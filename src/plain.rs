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

use crate::app::{App, MAX_YEAR, Tab};
use crate::content::{self, Item, Standing, place_name, place_page};
use crate::model::{Place, normalize_title, sanitize};
use crate::record::{Level, TrainingStatus};
use crate::render_text;
use crate::search::{Hit, Target};
use crate::store::Store;

/// What is said to a choice that is not on the menu.
pub const NO_SUCH_NUMBER: &str = "その番号はありません。";

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
    let mut session = Session {
        app,
        store,
        input,
        output,
        ended: false,
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
    zero: &'static str,
}

impl Menu {
    fn new(name: &str, entries: Vec<(usize, String)>) -> Menu {
        Menu {
            header: format!("[{name}] 番号を入力して Enter："),
            entries,
            zero: "戻る",
        }
    }

    fn has(&self, n: usize) -> bool {
        self.entries.iter().any(|(k, _)| *k == n)
    }
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
        for line in text.lines() {
            writeln!(self.output, "{}", clean(line))?;
        }
        Ok(())
    }

    fn page(&mut self, items: &[Item]) -> io::Result<()> {
        self.block(&render_text::text(&content::quiet(
            items,
            "職位のページではメニューの「原文と注記」、または career-nav show --source で全文",
        )))
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
                _ => self.block(NO_SUCH_NUMBER)?,
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
            let menu = self.main_menu();
            let flow = match self.pick(&menu)? {
                Pick::Quit | Pick::Zero => break,
                Pick::Item(1) => self.ladder_screen()?,
                Pick::Item(2) => self.overview_screen()?,
                Pick::Item(3) => self.catalog_screen()?,
                Pick::Item(4) => self.compare_screen()?,
                Pick::Item(5) => self.glossary_screen()?,
                Pick::Item(6) => self.search_screen()?,
                Pick::Item(7) if !self.app.guest => self.stand_screen()?,
                Pick::Item(8) if !self.app.guest => self.record_screen()?,
                Pick::Item(_) => Flow::Back,
            };
            if flow == Flow::Quit {
                break;
            }
        }
        if self.ended {
            self.block("入力が終わったため、終了します。")?;
        } else {
            self.block("終了します。")?;
        }
        self.output.flush()
    }

    fn intro(&mut self) -> io::Result<()> {
        let m = &self.app.map.meta;
        let mut items = vec![
            Item::Title(m.map_title.to_string()),
            Item::Text(
                "文字だけの画面（プレーンモード）です。画面ごとに番号付きのメニューが出ます。番号を入力して Enter を押すと選べます。0 で戻り、q でいつでも終了します。"
                    .into(),
            ),
        ];
        items.push(Item::Text(match &self.app.standing {
            _ if self.app.guest => crate::app::GUEST_NOTICE.into(),
            Some(s) => format!("現在地：{}", s.describe()),
            None => "現在地：未設定（メニューの 7 で選べます）".into(),
        }));
        if let Some(m) = self.app.message.take() {
            items.push(Item::Text(m));
        }
        self.page(&items)
    }

    fn main_menu(&self) -> Menu {
        let map = &self.app.map;
        // What the overview holds: only the parts this map has.
        let mut parts = Vec::new();
        match (map.measures.first(), map.measures.last()) {
            (Some(a), Some(b)) if map.measures.len() > 1 => {
                parts.push(format!("施策{}～{}", a.symbol, b.symbol))
            }
            (Some(a), _) => parts.push(format!("施策{}", a.symbol)),
            _ => {}
        }
        if !map.initiatives.is_empty() {
            parts.push("取組".to_string());
        }
        let contents = if parts.is_empty() {
            String::new()
        } else {
            format!("（{}）", parts.join("、"))
        };
        let now = self
            .app
            .standing
            .as_ref()
            .map_or("未設定".to_string(), Standing::describe);
        let mut entries = vec![
            (1, "職位の階段をたどる".to_string()),
            (2, format!("全体像{contents}")),
            (3, "研修一覧".to_string()),
            (4, "二つの職位を比較".to_string()),
            (5, "用語集".to_string()),
            (6, "検索".to_string()),
        ];
        // A guest is offered no standing and no record.
        if !self.app.guest {
            entries.push((7, format!("現在地を選ぶ（いま：{now}）")));
            entries.push((
                8,
                "わたしの記録（自己チェック・研修の記録・メモ・面談シート）".to_string(),
            ));
        }
        Menu {
            header: "[メニュー] 番号を入力して Enter：".into(),
            entries,
            zero: "終了",
        }
    }

    // ---- the ladder and a place's page ----

    fn place_label(&self, p: Place) -> String {
        let map = &self.app.map;
        let role = match p {
            Place::Step(i) => &map.steps[i].role,
            Place::Tier(t) => &map.specialist_tiers[t].role,
        };
        let here = if self.app.standing.as_ref().is_some_and(|s| s.place == p) {
            "（現在地）"
        } else {
            ""
        };
        format!("{}　{role}{here}", place_name(map, p))
    }

    fn places_menu(&self, name: &str) -> Menu {
        let entries = self
            .app
            .places()
            .iter()
            .enumerate()
            .map(|(n, &p)| (n + 1, self.place_label(p)))
            .collect();
        Menu::new(name, entries)
    }

    fn ladder_screen(&mut self) -> io::Result<Flow> {
        let map = &self.app.map;
        let span = match (self.app.ladder.first(), self.app.ladder.last()) {
            (Some(&a), Some(&b)) => format!(
                "（下の{}から上の{}まで）",
                map.steps[a].name, map.steps[b].name
            ),
            _ => String::new(),
        };
        self.page(&[
            Item::Title("職位の階段".into()),
            Item::Text(format!(
                "ライン職{span}と、その横のスタッフ職。職位を選ぶと、そのページを表示します。"
            )),
        ])?;
        loop {
            let menu = self.places_menu("職位の階段");
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
                let items = place_page(&self.app.map, place, self.app.standing.as_ref(), true);
                self.page(&items)?;
            }
            show = true;
            let up = self.app.place_above(place);
            let down = self.app.place_below(place);
            let (a, b) = self.app.compare_pair(place);
            let compare = (a != b).then_some((a, b));
            let map = &self.app.map;
            let word = |to: Place, up: bool| match (place, to, up) {
                (Place::Step(_), _, true) => "一つ上の職位へ",
                (Place::Step(_), _, false) => "一つ下の職位へ",
                (Place::Tier(_), Place::Tier(_), true) => "一つ上のスタッフ職へ",
                (Place::Tier(_), Place::Tier(_), false) => "一つ下のスタッフ職へ",
                (Place::Tier(_), Place::Step(_), true) => "一つ上の段のライン職へ",
                (Place::Tier(_), Place::Step(_), false) => "一つ下の段のライン職へ",
            };
            let mut entries = Vec::new();
            if let Some(u) = up {
                entries.push((1, format!("{}（{}）", word(u, true), place_name(map, u))));
            }
            if let Some(d) = down {
                entries.push((2, format!("{}（{}）", word(d, false), place_name(map, d))));
            }
            if let Some((a, b)) = compare {
                let (a, b) = (place_name(map, a), place_name(map, b));
                let label = match place {
                    Place::Step(_) => format!("昇任で変わること（{a} → {b} の比較）"),
                    Place::Tier(_) => format!("同じ水準のライン職との比較（{a} と {b}）"),
                };
                entries.push((3, label));
            }
            entries.push((
                4,
                "原文と注記（このページの原文と推定の注記をすべて）".to_string(),
            ));
            let name = format!("{}のページ", place_name(map, place));
            match (self.pick(&Menu::new(&name, entries))?, up, down, compare) {
                (Pick::Item(1), Some(u), _, _) => place = u,
                (Pick::Item(2), _, Some(d), _) => place = d,
                (Pick::Item(3), _, _, Some((a, b))) => {
                    let items = content::compare(&self.app.map, a, b);
                    self.page(&items)?;
                    show = false;
                }
                (Pick::Item(4), ..) => {
                    // Complete: every note in full and the 原文 under each fact.
                    let items = place_page(&self.app.map, place, self.app.standing.as_ref(), false);
                    self.block(&render_text::text(&content::full(&items)))?;
                    show = false;
                }
                (Pick::Quit, ..) => return Ok(Flow::Quit),
                _ => return Ok(Flow::Back),
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
            List::Topics => content::topic_label(map, self.app.topics[i]),
            List::Trainings(v) => {
                let cat = map.catalog();
                let e = &cat[v[i]];
                format!("{}［{}］", e.name, e.applies.describe(map))
            }
            List::Glossary => {
                let g = &map.glossary[i];
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
            List::Topics => content::topic_page(map, self.app.topics[i]),
            List::Trainings(v) => content::training_page(map, &map.catalog()[v[i]]),
            List::Glossary => content::glossary_page(map, i),
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
            match self.pick(&Menu::new(name, entries))? {
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
                entries.push((1, format!("次へ（{}）", self.list_label(list, i + 1))));
            }
            if i > 0 {
                entries.push((2, format!("前へ（{}）", self.list_label(list, i - 1))));
            }
            let place = self.list_place(list, i);
            if let Some(p) = place {
                entries.push((
                    3,
                    format!(
                        "この研修を受ける職位のページへ（{}）",
                        place_name(&self.app.map, p)
                    ),
                ));
            }
            let menu = Menu::new(&format!("{name}：{}", self.list_label(list, i)), entries);
            match (self.pick(&menu)?, place) {
                (Pick::Item(1), _) => i += 1,
                (Pick::Item(2), _) => i -= 1,
                (Pick::Item(3), Some(p)) => {
                    if self.place_screen(p)? == Flow::Quit {
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
            Item::Title("全体像（P.1 方針の枠組み）".into()),
            Item::Text(
                "目指すべき職員像、施策、新規・拡充する取組。項目を選ぶと、その内容を表示します。"
                    .into(),
            ),
        ];
        let whole = content::overview(&self.app.map);
        self.list_screen(
            &List::Topics,
            "全体像",
            &intro,
            Some(("全体像を全部続けて表示する", whole)),
        )
    }

    fn catalog_screen(&mut self) -> io::Result<Flow> {
        let map = &self.app.map;
        let cat = map.catalog();
        let total = cat.len();
        // Trainings grouped by measure, in measure order; any without one last.
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        let keys = (0..map.measures.len()).map(Some).chain([None]);
        for key in keys {
            let v: Vec<usize> = (0..total).filter(|&k| cat[k].measure == key).collect();
            if !v.is_empty() {
                groups.push((key, v));
            }
        }
        let group_name = |key: Option<usize>| match key {
            Some(m) => {
                let m = &map.measures[m];
                format!("{}{}", m.symbol, m.name)
            }
            None => "施策の記載がない研修".to_string(),
        };
        let names: Vec<String> = groups.iter().map(|(k, _)| group_name(*k)).collect();
        let policies: Vec<Option<String>> = groups
            .iter()
            .map(|(k, _)| k.map(|m| map.measures[m].policy.to_string()))
            .collect();
        self.page(&[
            Item::Title(format!("研修一覧（{total}件）")),
            Item::Text(
                "施策ごとに分けて示します。施策を選ぶと、その研修の一覧を表示します。".into(),
            ),
        ])?;
        loop {
            let mut entries: Vec<(usize, String)> = groups
                .iter()
                .zip(&names)
                .enumerate()
                .map(|(n, ((_, v), name))| (n + 1, format!("{name}（{}件）", v.len())))
                .collect();
            entries.push((
                groups.len() + 1,
                format!("研修一覧を全部続けて表示する（{total}件）"),
            ));
            match self.pick(&Menu::new("研修一覧", entries))? {
                Pick::Item(n) if n <= groups.len() => {
                    let (_, v) = &groups[n - 1];
                    let mut intro = vec![Item::Title(format!(
                        "研修一覧：{}（{}件）",
                        names[n - 1],
                        v.len()
                    ))];
                    if let Some(p) = &policies[n - 1] {
                        intro.push(Item::Text(format!("方針：{p}")));
                    }
                    intro.push(Item::Text("研修を選ぶと、その内容を表示します。".into()));
                    let list = List::Trainings(v.clone());
                    let name = format!("研修一覧：{}", names[n - 1]);
                    if self.list_screen(&list, &name, &intro, None)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Item(_) => {
                    let items = content::catalog(&self.app.map);
                    self.page(&items)?;
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    fn glossary_screen(&mut self) -> io::Result<Flow> {
        let intro = [
            Item::Title("用語集".into()),
            Item::Text(content::GLOSSARY_DISCLAIMER.into()),
            Item::Text("用語を選ぶと、その説明を表示します。".into()),
        ];
        let whole = content::glossary(&self.app.map);
        self.list_screen(
            &List::Glossary,
            "用語集",
            &intro,
            Some(("用語集を全部続けて表示する", whole)),
        )
    }

    // ---- compare ----

    fn compare_screen(&mut self) -> io::Result<Flow> {
        self.page(&[
            Item::Title("二つの職位を比較".into()),
            Item::Text("一つ目と二つ目の職位を選ぶと、役割・研修などの違いを表示します。".into()),
        ])?;
        loop {
            let a = match self.pick(&self.places_menu("比較：一つ目の職位を選ぶ"))? {
                Pick::Item(n) => self.app.places()[n - 1],
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let name = format!(
                "比較：二つ目の職位を選ぶ（一つ目は{}）",
                place_name(&self.app.map, a)
            );
            let b = match self.pick(&self.places_menu(&name))? {
                Pick::Item(n) => self.app.places()[n - 1],
                Pick::Zero => continue,
                Pick::Quit => return Ok(Flow::Quit),
            };
            self.app.compare.show(a, b);
            let mut items = content::compare(&self.app.map, a, b);
            items.push(Item::Text(
                "別の二つを比べるには、続けて一つ目の職位を選んでください。".into(),
            ));
            self.page(&items)?;
        }
    }

    // ---- search ----

    fn search_screen(&mut self) -> io::Result<Flow> {
        loop {
            self.block(
                "[検索] 探す言葉を入力して Enter（ひらがな・カタカナ、全角・半角は区別しません。何も入力せずに Enter でメニューに戻る）：",
            )?;
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
                self.block(&format!("「{shown}」に一致する項目はありません。"))?;
                continue;
            }
            if self.hits_screen(&shown, &hits)? == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
    }

    fn hits_screen(&mut self, query: &str, hits: &[Hit]) -> io::Result<Flow> {
        let mut text = format!(
            "「{query}」の検索結果：{}件。番号を選ぶと、そのページを表示します。",
            hits.len()
        );
        if hits.len() > MAX_HITS {
            text.push_str(&format!(
                "\n最初の{MAX_HITS}件を示します。言葉を足すと絞り込めます。"
            ));
        }
        self.block(&text)?;
        let entries: Vec<(usize, String)> = hits
            .iter()
            .take(MAX_HITS)
            .enumerate()
            .map(|(n, h)| {
                (
                    n + 1,
                    format!("{}（場所：{}）", shorten(&h.text, HIT_CHARS), h.place),
                )
            })
            .collect();
        let menu = Menu::new(&format!("「{query}」の検索結果"), entries);
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
                self.item_screen(&List::Topics, "全体像", i)
            }
            Tab::Catalog => match self.app.catalog.selected_entry() {
                Some(k) => {
                    let all = List::Trainings((0..self.app.map.catalog().len()).collect());
                    self.item_screen(&all, "研修一覧", k)
                }
                None => Ok(Flow::Back),
            },
            Tab::Glossary => {
                let i = self.app.glossary.selected;
                self.item_screen(&List::Glossary, "用語集", i)
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
            .map_or("未設定".to_string(), Standing::describe);
        self.page(&[
            Item::Title("現在地を選ぶ".into()),
            Item::Text(format!("いま：{now}")),
            Item::Text(
                "職位と入庁年目を選ぶと、その職位のページで、あなたに関わる研修が分かります。"
                    .into(),
            ),
        ])?;
        let entries: Vec<(usize, String)> = titles
            .iter()
            .enumerate()
            .map(|(n, (t, p))| {
                let kind = match p {
                    Place::Step(_) => "",
                    Place::Tier(_) => "（スタッフ職）",
                };
                (n + 1, format!("{t}{kind}"))
            })
            .collect();
        let menu = Menu {
            header: "[現在地：職位] 職位名か番号を入力して Enter：".into(),
            entries,
            zero: "戻る",
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
                Input::Number(_) => self.block(NO_SUCH_NUMBER)?,
                Input::Other => match self.app.map.resolve_title(&line) {
                    Some(m) => break (m.place, m.title),
                    None if line.trim().is_empty() => self.block(NO_SUCH_NUMBER)?,
                    None => {
                        let shown = shorten(&sanitize(line.trim()), 40);
                        self.block(&format!(
                            "「{shown}」という職位は見つかりません。一覧の職位名か番号を入力してください。"
                        ))?;
                    }
                },
            }
        };
        let year = loop {
            self.block(&format!(
                "[現在地：入庁年目] {title}。入庁何年目かを 1～{MAX_YEAR} の数字で入力して Enter（0 で戻る）："
            ))?;
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                return Ok(Flow::Quit);
            };
            match parse(&line) {
                Input::Quit => return Ok(Flow::Quit),
                Input::Number(0) => return Ok(Flow::Back),
                Input::Number(y) if y <= usize::from(MAX_YEAR) => break y as u8,
                _ => self.block(&format!(
                    "入庁年目は 1～{MAX_YEAR} の数字で入力してください。"
                ))?,
            }
        };
        let standing = Standing {
            place,
            title,
            year: Some(year),
        };
        let said = standing.describe();
        self.app.choose_standing(standing);
        self.effects();
        let kept = match (&self.app.message, self.store.writable()) {
            (None, true) => "記録に保存しました。次に起動したときも、ここから始まります。",
            _ => "この起動の間だけです（記録には保存できませんでした）。",
        };
        self.block(&format!("現在地を「{said}」にしました。{kept}"))?;
        self.say_message()?;
        self.place_screen(place)
    }

    // ---- the record ----

    fn record_screen(&mut self) -> io::Result<Flow> {
        let sheet = content::interview_sheet(
            &self.app.map,
            &self.app.record,
            self.app.standing.as_ref(),
            &self.app.today,
        );
        self.page(&sheet)?;
        if let Some(why) = self.app.record_read_only.clone() {
            self.block(&format!("この記録は読むだけです：{why}"))?;
        }
        loop {
            let record = &self.app.record;
            let checks = self.expectations().len();
            let trainings = record.trainings.len();
            let mut entries = Vec::new();
            if checks > 0 {
                entries.push((1, format!("自己チェックを付ける（{checks}項目）")));
            }
            entries.push((2, format!("研修の記録を付ける（記録済み{trainings}件）")));
            entries.push((
                3,
                format!("育成面談のメモを書く（{}）", amount(&record.notes)),
            ));
            entries.push((
                4,
                format!("面談で聞きたいことを書く（{}）", amount(&record.questions)),
            ));
            if checks > 0 {
                entries.push((
                    5,
                    "今日の自己チェックを記録する（次からはここからの変化を表示）".into(),
                ));
            }
            entries.push((6, "面談シートをファイルに書き出す".into()));
            entries.push((7, "面談シートを読む".into()));
            let mut menu = Menu::new("わたしの記録", entries);
            if checks == 0 {
                menu.header = format!(
                    "自己チェックは、現在地を選ぶと付けられます（メニューの 7）。\n{}",
                    menu.header
                );
            }
            let flow = match self.pick(&menu)? {
                Pick::Item(1) => self.checks_screen()?,
                Pick::Item(2) => self.trainings_screen()?,
                Pick::Item(3) => self.text_screen(false)?,
                Pick::Item(4) => self.text_screen(true)?,
                Pick::Item(5) => {
                    self.app.take_snapshot();
                    self.say_message()?;
                    Flow::Back
                }
                Pick::Item(6) => {
                    self.app.request_export();
                    self.say_message()?;
                    Flow::Back
                }
                Pick::Item(_) => {
                    let sheet = content::interview_sheet(
                        &self.app.map,
                        &self.app.record,
                        self.app.standing.as_ref(),
                        &self.app.today,
                    );
                    self.page(&sheet)?;
                    Flow::Back
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
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
                    let label = content::check_label(&self.app.map, &e.key);
                    (n + 1, format!("{label}［{}］", level.label()))
                })
                .collect();
            let n = match self.pick(&Menu::new("自己チェック：項目を選ぶ", entries))? {
                Pick::Item(n) => n,
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let e = list[n - 1].clone();
            let note = self.app.record.note(&e.key).to_string();
            let label = content::check_label(&self.app.map, &e.key);
            let mut text = format!("{label}\nいま：{}", self.app.record.level(&e.key).label());
            if !note.is_empty() {
                text.push_str(&format!("\nメモ：{note}"));
            }
            self.block(&text)?;
            let levels = [Level::NotStarted, Level::Working, Level::Achieved];
            let mut entries: Vec<(usize, String)> = levels
                .iter()
                .enumerate()
                .map(|(i, l)| (i + 1, format!("「{}」にする", l.label())))
                .collect();
            entries.push((4, "この項目のメモを書く".into()));
            match self.pick(&Menu::new("自己チェック：どうしますか", entries))? {
                Pick::Item(4) => {
                    if let Some(text) = self.read_text(&note)? {
                        self.app.set_check_note(&e.key, &text);
                        self.say_message()?;
                    }
                }
                Pick::Item(i) => {
                    self.app.set_check(&e.key, levels[i - 1]);
                    self.say_message()?;
                }
                Pick::Zero => {}
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    fn trainings_screen(&mut self) -> io::Result<Flow> {
        loop {
            let map = &self.app.map;
            let entries = map
                .catalog()
                .iter()
                .enumerate()
                .map(|(k, e)| {
                    // Words a screen reader reads as such (no dash for "nothing").
                    let status = match self.app.record.trainings.get(e.id) {
                        None => "記録なし".to_string(),
                        s => content::status_text(s),
                    };
                    (k + 1, format!("{}［{status}］", e.name))
                })
                .collect();
            let k = match self.pick(&Menu::new("研修の記録：研修を選ぶ", entries))? {
                Pick::Item(n) => n - 1,
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let name = self.app.map.catalog()[k].name.to_string();
            let entries = vec![
                (1, "予定にする".to_string()),
                (2, "受講済にする（受講した年度を入力）".to_string()),
                (3, "記録を消す".to_string()),
            ];
            let status = match self.pick(&Menu::new(&format!("研修の記録：{name}"), entries))?
            {
                Pick::Item(1) => Some(TrainingStatus::Planned),
                Pick::Item(2) => match self.read_year()? {
                    Some(y) => Some(TrainingStatus::Done(Some(y))),
                    None => continue,
                },
                Pick::Item(_) => None,
                Pick::Zero => continue,
                Pick::Quit => return Ok(Flow::Quit),
            };
            self.app.set_training(k, status);
            if self.app.message.is_none() {
                let now = content::status_text(status.as_ref());
                self.app.message = Some(format!("「{name}」を［{now}］にしました。"));
            }
            self.say_message()?;
        }
    }

    /// The year a training was taken; an empty line means this year. None goes back.
    fn read_year(&mut self) -> io::Result<Option<u16>> {
        let this = self.app.this_year;
        loop {
            self.block(&format!(
                "[受講した年度] 西暦の数字を入力して Enter（何も入力せずに Enter で {this}年度、0 で戻る）："
            ))?;
            self.prompt()?;
            let Some(line) = self.read_line()? else {
                return Ok(None);
            };
            if line.trim().is_empty() {
                return Ok(Some(this));
            }
            match parse(&line) {
                Input::Number(0) | Input::Quit => return Ok(None),
                Input::Number(y) if (1950..=2200).contains(&y) => return Ok(Some(y as u16)),
                _ => self.block("年度は 1950～2200 の西暦の数字で入力してください。")?,
            }
        }
    }

    fn text_screen(&mut self, questions: bool) -> io::Result<Flow> {
        let now = if questions {
            self.app.record.questions.clone()
        } else {
            self.app.record.notes.clone()
        };
        let name = if questions {
            "面談で聞きたいこと"
        } else {
            "育成面談のメモ"
        };
        self.block(&format!("[{name}]"))?;
        if let Some(text) = self.read_text(&now)? {
            self.app.set_notes(questions, &text);
            if self.app.message.is_none() {
                self.app.message = Some(format!("{name}を保存しました。"));
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
            intro.push_str("いま：（未記入）\n");
        } else {
            intro.push_str("いまの内容：\n");
            for l in now.lines() {
                intro.push_str(&format!("  {l}\n"));
            }
        }
        intro.push_str(
            "新しい内容を 1 行ずつ入力して Enter。何も入力せずに Enter で終わります（最初の行で Enter なら変えません。「-」だけの行で内容を消します）：",
        );
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

/// "未記入", or how long a text is.
fn amount(text: &str) -> String {
    if text.trim().is_empty() {
        "未記入".into()
    } else {
        format!("{}字", text.chars().filter(|c| !c.is_whitespace()).count())
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
