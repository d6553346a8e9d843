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
//! The record is read-only here: the interview sheet is shown when a [`Record`] is given.
//! Choosing where one stands changes this session only; nothing is saved.

use std::io::{self, BufRead, Write};

use crate::app::MAX_YEAR;
use crate::content::{self, Item, Standing, Topic, place_name, place_page};
use crate::model::{CareerMap, Place, normalize_title, sanitize};
use crate::record::Record;
use crate::render_text;
use crate::search::{Hit, Index, Target};

/// What is said to a choice that is not on the menu.
pub const NO_SUCH_NUMBER: &str = "その番号はありません。";

/// Bytes kept of one input line; the rest of a longer line is read and dropped.
const MAX_LINE: usize = 1024;

/// Search hits listed at most.
const MAX_HITS: usize = 50;

/// Chars of a hit's text shown in the list.
const HIT_CHARS: usize = 60;

/// Run plain mode on `map` until the reader quits or the input ends.
///
/// `standing` is where the reader stands at the start (it can be changed in the session);
/// `record`, when given, is shown as the interview sheet (read-only).
pub fn run(
    map: &CareerMap,
    standing: Option<Standing>,
    record: Option<&Record>,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<()> {
    run_with(map, standing, record, false, input, output)
}

/// Plain mode for a shared screen (`--plain --guest`): no standing is shown or offered, and
/// no record.
pub fn run_guest(
    map: &CareerMap,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<()> {
    run_with(map, None, None, true, input, output)
}

fn run_with(
    map: &CareerMap,
    standing: Option<Standing>,
    record: Option<&Record>,
    guest: bool,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> io::Result<()> {
    let mut ladder_places: Vec<Place> = map.ladder().into_iter().map(Place::Step).collect();
    ladder_places.extend((0..map.specialist_tiers.len()).map(Place::Tier));
    let mut session = Session {
        map,
        standing,
        record,
        input,
        output,
        places: ladder_places,
        topics: content::topics(map),
        index: Index::build(map),
        ended: false,
        guest,
    };
    session.main()
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

/// Where a place's page leads: one up, one down, and a comparison (two places).
struct Moves {
    up: Option<Place>,
    down: Option<Place>,
    compare: Option<(Place, Place)>,
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
    map: &'a CareerMap,
    standing: Option<Standing>,
    record: Option<&'a Record>,
    input: &'a mut R,
    output: &'a mut W,
    /// The ladder bottom to top, then the specialist tiers.
    places: Vec<Place>,
    topics: Vec<Topic>,
    index: Index,
    /// The input has ended.
    ended: bool,
    /// Guest mode: no standing offered.
    guest: bool,
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
        self.block(&render_text::text(items))
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
                Pick::Item(7) if !self.guest => self.stand_screen()?,
                Pick::Item(8) => self.record_screen()?,
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
        let m = &self.map.meta;
        let mut items = vec![
            Item::Title(format!(
                "{}　{}（{}・{}）",
                m.organisation, m.map_title, m.title, m.edition
            )),
            Item::Text(
                "文字だけの画面（プレーンモード）です。画面ごとに番号付きのメニューが出ます。番号を入力して Enter を押すと選べます。0 で戻り、q でいつでも終了します。"
                    .into(),
            ),
        ];
        items.push(Item::Text(match &self.standing {
            _ if self.guest => crate::app::GUEST_NOTICE.into(),
            Some(s) => format!("現在地：{}", s.describe()),
            None => "現在地：未設定（メニューの 7 で選べます）".into(),
        }));
        self.page(&items)
    }

    fn main_menu(&self) -> Menu {
        let symbols = match (self.map.measures.first(), self.map.measures.last()) {
            (Some(a), Some(b)) => format!("施策{}～{}、", a.symbol, b.symbol),
            _ => String::new(),
        };
        let now = self
            .standing
            .as_ref()
            .map_or("未設定".to_string(), Standing::describe);
        let mut entries = vec![
            (1, "職位の階段をたどる".to_string()),
            (2, format!("全体像（{symbols}取組）")),
            (3, "研修一覧".to_string()),
            (4, "二つの職位を比較".to_string()),
            (5, "用語集".to_string()),
            (6, "検索".to_string()),
        ];
        if !self.guest {
            entries.push((7, format!("現在地を選ぶ（いま：{now}）")));
        }
        if self.record.is_some() {
            entries.push((8, "わたしの記録（育成面談シートを読む）".to_string()));
        }
        Menu {
            header: "[メニュー] 番号を入力して Enter：".into(),
            entries,
            zero: "終了",
        }
    }

    // ---- the ladder and a place's page ----

    fn place_label(&self, p: Place) -> String {
        let role = match p {
            Place::Step(i) => &self.map.steps[i].role,
            Place::Tier(t) => &self.map.specialist_tiers[t].role,
        };
        let here = if self.standing.as_ref().is_some_and(|s| s.place == p) {
            "（現在地）"
        } else {
            ""
        };
        format!("{}　{role}{here}", place_name(self.map, p))
    }

    fn places_menu(&self, name: &str) -> Menu {
        let entries = self
            .places
            .iter()
            .enumerate()
            .map(|(n, &p)| (n + 1, self.place_label(p)))
            .collect();
        Menu::new(name, entries)
    }

    fn ladder_screen(&mut self) -> io::Result<Flow> {
        let ladder = self.map.ladder();
        let span = match (ladder.first(), ladder.last()) {
            (Some(&a), Some(&b)) => format!(
                "（下の{}から上の{}まで）",
                self.map.steps[a].name, self.map.steps[b].name
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
                    let place = self.places[n - 1];
                    if self.place_screen(place)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            }
        }
    }

    /// The step below `i` on the ladder.
    fn step_below(&self, i: usize) -> Option<usize> {
        let ladder = self.map.ladder();
        let at = ladder.iter().position(|&s| s == i)?;
        at.checked_sub(1).map(|b| ladder[b])
    }

    /// From a place: one up, one down, and the comparison offered.
    fn moves(&self, place: Place) -> Moves {
        let map = self.map;
        match place {
            Place::Step(i) => {
                let up = map.next_step(i).map(Place::Step);
                let down = self.step_below(i).map(Place::Step);
                let compare = match (up, down) {
                    (Some(u), _) => Some((place, u)),
                    (None, Some(d)) => Some((d, place)),
                    (None, None) => None,
                };
                Moves { up, down, compare }
            }
            Place::Tier(t) => Moves {
                up: (t + 1 < map.specialist_tiers.len()).then_some(Place::Tier(t + 1)),
                down: t.checked_sub(1).map(Place::Tier),
                compare: map.tier_home(t).map(|h| (Place::Step(h), place)),
            },
        }
    }

    fn place_screen(&mut self, start: Place) -> io::Result<Flow> {
        let mut place = start;
        let mut show = true;
        loop {
            if show {
                let items = place_page(self.map, place, self.standing.as_ref(), true);
                self.page(&items)?;
            }
            show = true;
            let Moves { up, down, compare } = self.moves(place);
            let (up_word, down_word, compare_word) = match place {
                Place::Step(_) => ("一つ上の職位へ", "一つ下の職位へ", "昇任で変わること"),
                Place::Tier(_) => (
                    "一つ上のスタッフ職へ",
                    "一つ下のスタッフ職へ",
                    "同じ水準のライン職との比較",
                ),
            };
            let mut entries = Vec::new();
            if let Some(u) = up {
                entries.push((1, format!("{up_word}（{}）", place_name(self.map, u))));
            }
            if let Some(d) = down {
                entries.push((2, format!("{down_word}（{}）", place_name(self.map, d))));
            }
            if let Some((a, b)) = compare {
                let (a, b) = (place_name(self.map, a), place_name(self.map, b));
                let label = match place {
                    Place::Step(_) => format!("{compare_word}（{a} → {b} の比較）"),
                    Place::Tier(_) => format!("{compare_word}（{a} と {b}）"),
                };
                entries.push((3, label));
            }
            let name = format!("{}のページ", place_name(self.map, place));
            match (self.pick(&Menu::new(&name, entries))?, up, down, compare) {
                (Pick::Item(1), Some(u), _, _) => place = u,
                (Pick::Item(2), _, Some(d), _) => place = d,
                (Pick::Item(3), _, _, Some((a, b))) => {
                    let items = content::compare(self.map, a, b);
                    self.page(&items)?;
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
            List::Topics => self.topics.len(),
            List::Trainings(v) => v.len(),
            List::Glossary => self.map.glossary.len(),
        }
    }

    fn list_label(&self, list: &List, i: usize) -> String {
        match list {
            List::Topics => content::topic_label(self.map, self.topics[i]),
            List::Trainings(v) => {
                let cat = self.map.catalog();
                let e = &cat[v[i]];
                format!("{}［{}］", e.name, e.applies.describe(self.map))
            }
            List::Glossary => {
                let g = &self.map.glossary[i];
                match &g.reading {
                    Some(r) => format!("{}（{r}）", g.term),
                    None => g.term.to_string(),
                }
            }
        }
    }

    fn list_page(&self, list: &List, i: usize) -> Vec<Item> {
        match list {
            List::Topics => content::topic_page(self.map, self.topics[i]),
            List::Trainings(v) => content::training_page(self.map, &self.map.catalog()[v[i]]),
            List::Glossary => content::glossary_page(self.map, i),
        }
    }

    /// The step where a list item is taken (a training's year or promotion).
    fn list_place(&self, list: &List, i: usize) -> Option<Place> {
        match list {
            List::Trainings(v) => self.map.catalog()[v[i]].applies.step().map(Place::Step),
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
                        place_name(self.map, p)
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
        let m = &self.map.meta;
        let intro = [
            Item::Title(format!(
                "全体像　{}「{}」（{}）",
                m.organisation, m.title, m.edition
            )),
            Item::Text(
                "目指すべき職員像、施策、新規・拡充する取組。項目を選ぶと、その内容を表示します。"
                    .into(),
            ),
        ];
        let whole = content::overview(self.map);
        self.list_screen(
            &List::Topics,
            "全体像",
            &intro,
            Some(("全体像を全部続けて表示する", whole)),
        )
    }

    fn catalog_screen(&mut self) -> io::Result<Flow> {
        let cat = self.map.catalog();
        let total = cat.len();
        // Trainings grouped by measure, in measure order; any without one last.
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        let keys = (0..self.map.measures.len()).map(Some).chain([None]);
        for key in keys {
            let v: Vec<usize> = (0..total).filter(|&k| cat[k].measure == key).collect();
            if !v.is_empty() {
                groups.push((key, v));
            }
        }
        let group_name = |key: Option<usize>| match key {
            Some(m) => {
                let m = &self.map.measures[m];
                format!("{}{}", m.symbol, m.name)
            }
            None => "施策の記載がない研修".to_string(),
        };
        let names: Vec<String> = groups.iter().map(|(k, _)| group_name(*k)).collect();
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
                    let (key, v) = &groups[n - 1];
                    let mut intro = vec![Item::Title(format!(
                        "研修一覧：{}（{}件）",
                        names[n - 1],
                        v.len()
                    ))];
                    if let Some(m) = key.map(|m| &self.map.measures[m]) {
                        intro.push(Item::Text(format!("方針：{}", m.policy)));
                    }
                    intro.push(Item::Text("研修を選ぶと、その内容を表示します。".into()));
                    let list = List::Trainings(v.clone());
                    let name = format!("研修一覧：{}", names[n - 1]);
                    if self.list_screen(&list, &name, &intro, None)? == Flow::Quit {
                        return Ok(Flow::Quit);
                    }
                }
                Pick::Item(_) => {
                    let items = content::catalog(self.map);
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
        let whole = content::glossary(self.map);
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
                Pick::Item(n) => self.places[n - 1],
                Pick::Zero => return Ok(Flow::Back),
                Pick::Quit => return Ok(Flow::Quit),
            };
            let name = format!(
                "比較：二つ目の職位を選ぶ（一つ目は{}）",
                place_name(self.map, a)
            );
            let b = match self.pick(&self.places_menu(&name))? {
                Pick::Item(n) => self.places[n - 1],
                Pick::Zero => continue,
                Pick::Quit => return Ok(Flow::Quit),
            };
            let mut items = content::compare(self.map, a, b);
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
            let hits = self.index.search(&crate::model::sanitize(&line));
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

    /// The page a search hit names.
    fn go_to(&mut self, target: Target) -> io::Result<Flow> {
        let topic = |s: &Self, t: Topic| s.topics.iter().position(|x| *x == t);
        match target {
            Target::Step(i) => self.place_screen(Place::Step(i)),
            Target::Tier(t) => self.place_screen(Place::Tier(t)),
            Target::Vision | Target::Measure(_) | Target::Initiative(_) => {
                let t = match target {
                    Target::Measure(i) => Topic::Measure(i),
                    Target::Initiative(i) => Topic::Initiative(i),
                    _ => Topic::Vision,
                };
                match topic(self, t) {
                    Some(i) => self.item_screen(&List::Topics, "全体像", i),
                    None => Ok(Flow::Back),
                }
            }
            Target::Training(k) => {
                let all = List::Trainings((0..self.map.catalog().len()).collect());
                self.item_screen(&all, "研修一覧", k)
            }
            Target::Glossary(i) => self.item_screen(&List::Glossary, "用語集", i),
        }
    }

    // ---- where the reader stands ----

    fn stand_screen(&mut self) -> io::Result<Flow> {
        let titles = self.map.all_titles();
        let now = self
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
                Input::Other => match self.map.resolve_title(&line) {
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
        self.block(&format!(
            "現在地を「{}」にしました（この起動の間だけ。記録には保存しません）。",
            standing.describe()
        ))?;
        self.standing = Some(standing);
        self.place_screen(place)
    }

    // ---- the record ----

    fn record_screen(&mut self) -> io::Result<Flow> {
        let Some(record) = self.record else {
            self.block(NO_SUCH_NUMBER)?;
            return Ok(Flow::Back);
        };
        let mut items = content::interview_sheet(
            self.map,
            record,
            self.standing.as_ref(),
            &crate::record::today(),
        );
        items.push(Item::Text(String::new()));
        items.push(Item::Text(
            "プレーンモードでは記録を読むだけです。自己チェックや研修の記録を付けるには、--plain を付けずに（TERM=dumb でない端末で）起動してください。"
                .into(),
        ));
        self.page(&items)?;
        Ok(Flow::Back)
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
