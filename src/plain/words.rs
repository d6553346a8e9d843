//! Plain mode's words: the lines of its menus, one table per language (Japanese first,
//! English where the locale or `--lang en` says so). The map's own text (names, roles) is
//! shown as the map says it.

use crate::app::{App, At, Offer};
use crate::content::place_name_in;
use crate::model::{Lang, Place};

/// The line of a menu entry for `offer`, made from `at`.
pub fn offer(lang: Lang, app: &App, at: At, offer: Offer) -> String {
    match lang {
        Lang::Ja => ja(app, at, offer),
        Lang::En => en(app, at, offer),
    }
}

/// What the overview holds: only the parts this map has (施策①～⑩、取組).
fn overview_parts(app: &App, lang: Lang) -> String {
    let map = &app.map;
    let measures = match (map.measures.first(), map.measures.last()) {
        (Some(a), Some(b)) if map.measures.len() > 1 => Some(format!("{}～{}", a.symbol, b.symbol)),
        (Some(a), _) => Some(a.symbol.to_string()),
        _ => None,
    };
    let initiatives = !map.initiatives.is_empty();
    match (lang, measures, initiatives) {
        (_, None, false) => String::new(),
        (Lang::Ja, Some(m), true) => format!("（施策{m}、取組）"),
        (Lang::Ja, Some(m), false) => format!("（施策{m}）"),
        (Lang::Ja, None, true) => "（取組）".into(),
        (Lang::En, Some(m), true) => format!(" (measures {m}, initiatives)"),
        (Lang::En, Some(m), false) => format!(" (measures {m})"),
        (Lang::En, None, true) => " (initiatives)".into(),
    }
}

/// A training's state in the record, in words a screen reader reads as such.
fn training_now(app: &App, k: usize, lang: Lang) -> String {
    let status = app
        .map
        .catalog_entry(k)
        .and_then(|e| app.record.trainings.get(e.id));
    match status {
        None => say(lang, Say::NoRecord),
        s => crate::content::status_text_in(s, lang),
    }
}

fn standing_now(app: &App, unset: &str) -> String {
    app.standing
        .as_ref()
        .map_or(unset.to_string(), |s| s.describe_in(app.lang))
}

fn ja(app: &App, at: At, o: Offer) -> String {
    let map = &app.map;
    let from = match at {
        At::Place(p) => Some(p),
        _ => None,
    };
    match o {
        Offer::Ladder => "職位の階段をたどる".into(),
        Offer::Overview => format!("全体像{}", overview_parts(app, Lang::Ja)),
        Offer::Catalog => "研修一覧".into(),
        Offer::Compare => "二つの職位を比較".into(),
        Offer::Glossary => "用語集".into(),
        Offer::Search => "検索".into(),
        Offer::ChooseStanding => format!("現在地を選ぶ（いま：{}）", standing_now(app, "未設定")),
        Offer::Record => "わたしの記録（自己チェック・研修の記録・メモ・面談シート）".into(),
        Offer::Up(to) | Offer::Down(to) => {
            let up = matches!(o, Offer::Up(_));
            let word = match (from, to, up) {
                (Some(Place::Tier(_)), Place::Tier(_), true) => "一つ上のスタッフ職へ",
                (Some(Place::Tier(_)), Place::Tier(_), false) => "一つ下のスタッフ職へ",
                (Some(Place::Tier(_)), Place::Step(_), true) => "一つ上の段のライン職へ",
                (Some(Place::Tier(_)), Place::Step(_), false) => "一つ下の段のライン職へ",
                (_, _, true) => "一つ上の職位へ",
                (_, _, false) => "一つ下の職位へ",
            };
            format!("{word}（{}）", place_name_in(map, to, Lang::Ja))
        }
        Offer::ComparePair(a, b) => {
            let (a, b) = (
                place_name_in(map, a, Lang::Ja),
                place_name_in(map, b, Lang::Ja),
            );
            match from {
                Some(Place::Tier(_)) => format!("同じ水準のライン職との比較（{a} と {b}）"),
                _ => format!("昇任で変わること（{a} → {b} の比較）"),
            }
        }
        Offer::Source => "原文と注記（このページの原文と推定の注記をすべて）".into(),
        Offer::OpenToAll => "職位に結び付けられていない研修（どの職位のページにも共通）".into(),
        Offer::RecordHere(n) => format!("この職位の研修を記録する（{n}件）"),
        Offer::LogTraining(k) => format!(
            "この研修の記録を付ける（いま：{}）",
            training_now(app, k, Lang::Ja)
        ),
        Offer::Checks(n) => format!("自己チェックを付ける（{n}項目）"),
        Offer::Trainings(n) => format!("研修の記録を付ける（記録済み{n}件）"),
        Offer::Notes => format!(
            "育成面談のメモを書く（{}）",
            amount(Lang::Ja, &app.record.notes)
        ),
        Offer::Questions => format!(
            "面談で聞きたいことを書く（{}）",
            amount(Lang::Ja, &app.record.questions)
        ),
        Offer::Snapshot => "今日の自己チェックを記録する（次からはここからの変化を表示）".into(),
        Offer::Export => "面談シートをファイルに書き出す".into(),
        Offer::Sheet => "面談シートを読む".into(),
    }
}

fn en(app: &App, at: At, o: Offer) -> String {
    let map = &app.map;
    let from = match at {
        At::Place(p) => Some(p),
        _ => None,
    };
    match o {
        Offer::Ladder => "Walk the ladder of grades".into(),
        Offer::Overview => format!("The whole picture{}", overview_parts(app, Lang::En)),
        Offer::Catalog => "Trainings".into(),
        Offer::Compare => "Compare two grades".into(),
        Offer::Glossary => "Glossary".into(),
        Offer::Search => "Search".into(),
        Offer::ChooseStanding => {
            format!(
                "Choose where you stand (now: {})",
                standing_now(app, "not set")
            )
        }
        Offer::Record => "My record (self-check, training log, notes, interview sheet)".into(),
        Offer::Up(to) | Offer::Down(to) => {
            let up = matches!(o, Offer::Up(_));
            let word = match (from, to, up) {
                (Some(Place::Tier(_)), Place::Tier(_), true) => "One specialist tier up",
                (Some(Place::Tier(_)), Place::Tier(_), false) => "One specialist tier down",
                (Some(Place::Tier(_)), Place::Step(_), true) => "The line grade one rung up",
                (Some(Place::Tier(_)), Place::Step(_), false) => "The line grade one rung down",
                (_, _, true) => "One grade up",
                (_, _, false) => "One grade down",
            };
            format!("{word} ({})", place_name_in(map, to, Lang::En))
        }
        Offer::ComparePair(a, b) => {
            let (a, b) = (
                place_name_in(map, a, Lang::En),
                place_name_in(map, b, Lang::En),
            );
            match from {
                Some(Place::Tier(_)) => {
                    format!("Compare with the line grade at the same level ({a} and {b})")
                }
                _ => format!("What a promotion changes ({a} → {b})"),
            }
        }
        Offer::Source => "Source text and notes (all of this page's source and readings)".into(),
        Offer::OpenToAll => "Trainings not tied to a grade (the same on every grade's page)".into(),
        Offer::RecordHere(n) => format!("Record this grade's trainings ({n})"),
        Offer::LogTraining(k) => format!(
            "Record this training (now: {})",
            training_now(app, k, Lang::En)
        ),
        Offer::Checks(n) => format!("Self-check ({n} items)"),
        Offer::Trainings(n) => format!("Training log ({n} recorded)"),
        Offer::Notes => format!(
            "Notes for the development interview ({})",
            amount(Lang::En, &app.record.notes)
        ),
        Offer::Questions => format!(
            "Questions for my supervisor ({})",
            amount(Lang::En, &app.record.questions)
        ),
        Offer::Snapshot => {
            "Record today's self-check (changes are shown against it from then on)".into()
        }
        Offer::Export => "Write the interview sheet to a file".into(),
        Offer::Sheet => "Read the interview sheet".into(),
    }
}

/// How much a text holds: 「未記入」, or how long it is.
pub fn amount(lang: Lang, text: &str) -> String {
    let n = text.chars().filter(|c| !c.is_whitespace()).count();
    match (lang, n) {
        (Lang::Ja, 0) => "未記入".into(),
        (Lang::Ja, n) => format!("{n}字"),
        (Lang::En, 0) => "empty".into(),
        (Lang::En, 1) => "1 character".into(),
        (Lang::En, n) => format!("{n} characters"),
    }
}

/// A sentence plain mode says (a header, a prompt, a reply). Whole sentences with their
/// values, written once per language below.
#[derive(Clone, Copy, Debug)]
pub enum Say<'a> {
    NoSuchNumber,
    /// A menu's header: `[name] 番号を入力して Enter：`.
    MenuHeader(&'a str),
    Back,
    Quit,
    MainMenu,
    /// What `Source` on a place's page is called, for the quiet pages' pointer.
    FullSourceHint,
    EndOfInput,
    Ending,
    Intro,
    /// Where the reader stands, or that it is not set (and the number that sets it).
    StandingNow(Option<&'a str>, usize),
    Here,
    /// The ladder's span: its bottom and top rungs.
    LadderSpan(&'a str, &'a str),
    LadderTitle,
    /// The ladder's explanation, with its span (or none).
    LadderText(&'a str),
    /// The menu of a place's page.
    PageOf(&'a str),
    Next(&'a str),
    Previous(&'a str),
    TrainingPlace(&'a str),
    /// `list：item`, a list item's menu.
    ListItem(&'a str, &'a str),
    OverviewTitle,
    OverviewText,
    Overview,
    OverviewWhole,
    NoMeasure,
    /// 研修一覧（N件）.
    CatalogTitle(usize),
    CatalogText,
    Catalog,
    /// A measure's group of trainings and how many.
    Group(&'a str, usize),
    CatalogWhole(usize),
    /// 研修一覧：group（N件）.
    GroupTitle(&'a str, usize),
    CatalogGroup(&'a str),
    Policy(&'a str),
    PickTraining,
    Glossary,
    PickTerm,
    GlossaryWhole,
    CompareTitle,
    CompareText,
    CompareFirst,
    /// The second place, with the first.
    CompareSecond(&'a str),
    CompareAgain,
    SearchPrompt,
    NoHits(&'a str),
    Hits(&'a str, usize),
    FirstHits(usize),
    /// A hit: its text and where it is.
    Hit(&'a str, &'a str),
    HitsMenu(&'a str),
    StandTitle,
    /// いま：…
    Now(&'a str),
    NotSet,
    StandText,
    SpecialistKind,
    StandGradeHeader,
    UnknownGrade(&'a str),
    /// The year prompt, with the title chosen and the highest year.
    StandYearPrompt(&'a str, u8),
    YearRange(u8),
    /// The standing was set; whether it was saved.
    StandingSet(&'a str, bool),
    ReadOnly(&'a str),
    ChecksNeedStanding(usize),
    Record,
    PickCheck,
    /// A check's label and level.
    CheckNow(&'a str, &'a str),
    CheckNote(&'a str),
    /// 「level」にする.
    SetLevel(&'a str),
    WriteCheckNote,
    /// A self-check item set to a level.
    CheckSet(&'a str, &'a str),
    /// A self-check item's note saved.
    CheckNoteSaved(&'a str),
    /// A self-check item that has a note.
    HasNote,
    /// A state or a detail shown beside an item of a list.
    Tag(&'a str),
    /// A training of the reader's own year of service.
    YourYear,
    WhatToDo,
    NoRecord,
    PickTrainingToLog,
    /// The training log's menu for one training.
    TrainingLog(&'a str),
    MarkPlanned,
    MarkDone,
    ClearRecord,
    /// A training marked with a status.
    TrainingSet(&'a str, &'a str),
    /// The 年度 prompt, with this 年度 as it is said (令和8年度（2026年度）).
    YearPrompt(&'a str),
    YearOutOfRange,
    Questions,
    Notes,
    /// The text was saved (its name).
    Saved(&'a str),
    Empty,
    NowText,
    TypeLines,
}

/// The sentence in the reader's language.
pub fn say(lang: Lang, s: Say) -> String {
    match lang {
        Lang::Ja => say_ja(s),
        Lang::En => say_en(s),
    }
}

fn say_ja(s: Say) -> String {
    use Say::*;
    match s {
        NoSuchNumber => "その番号はありません。".into(),
        MenuHeader(name) => format!("[{name}] 番号を入力して Enter："),
        Back => "戻る".into(),
        Quit => "終了".into(),
        MainMenu => "メニュー".into(),
        FullSourceHint => {
            "職位のページではメニューの「原文と注記」、または career-nav show --source で全文".into()
        }
        EndOfInput => "入力が終わったため、終了します。".into(),
        Ending => "終了します。".into(),
        Intro => "文字だけの画面（プレーンモード）です。画面ごとに番号付きのメニューが出ます。番号を入力して Enter を押すと選べます。0 で戻り、q でいつでも終了します。番号は項目ごとに決まっていて、その場で使えない項目の番号は飛ばします。".into(),
        StandingNow(Some(s), _) => format!("現在地：{s}"),
        StandingNow(None, n) => format!("現在地：未設定（メニューの {n} で選べます）"),
        Here => "（現在地）".into(),
        LadderSpan(a, b) => format!("（下の{a}から上の{b}まで）"),
        LadderTitle => "職位の階段".into(),
        LadderText(span) => {
            format!("ライン職{span}と、その横のスタッフ職。職位を選ぶと、そのページを表示します。")
        }
        PageOf(p) => format!("{p}のページ"),
        Next(x) => format!("次へ（{x}）"),
        Previous(x) => format!("前へ（{x}）"),
        TrainingPlace(p) => format!("この研修を受ける職位のページへ（{p}）"),
        ListItem(l, i) => format!("{l}：{i}"),
        OverviewTitle => "全体像（P.1 方針の枠組み）".into(),
        OverviewText => {
            "目指すべき職員像、施策、新規・拡充する取組。項目を選ぶと、その内容を表示します。".into()
        }
        Overview => "全体像".into(),
        OverviewWhole => "全体像を全部続けて表示する".into(),
        NoMeasure => "施策の記載がない研修".into(),
        CatalogTitle(n) => format!("研修一覧（{n}件）"),
        CatalogText => "施策ごとに分けて示します。施策を選ぶと、その研修の一覧を表示します。".into(),
        Catalog => "研修一覧".into(),
        Group(g, n) => format!("{g}（{n}件）"),
        CatalogWhole(n) => format!("研修一覧を全部続けて表示する（{n}件）"),
        GroupTitle(g, n) => format!("研修一覧：{g}（{n}件）"),
        CatalogGroup(g) => format!("研修一覧：{g}"),
        Policy(p) => format!("方針：{p}"),
        PickTraining => "研修を選ぶと、その内容を表示します。".into(),
        Glossary => "用語集".into(),
        PickTerm => "用語を選ぶと、その説明を表示します。".into(),
        GlossaryWhole => "用語集を全部続けて表示する".into(),
        CompareTitle => "二つの職位を比較".into(),
        CompareText => "一つ目と二つ目の職位を選ぶと、役割・研修などの違いを表示します。".into(),
        CompareFirst => "比較：一つ目の職位を選ぶ".into(),
        CompareSecond(a) => format!("比較：二つ目の職位を選ぶ（一つ目は{a}）"),
        CompareAgain => "別の二つを比べるには、続けて一つ目の職位を選んでください。".into(),
        SearchPrompt => "[検索] 探す言葉を入力して Enter（ひらがな・カタカナ、全角・半角は区別しません。何も入力せずに Enter でメニューに戻る）：".into(),
        NoHits(q) => format!("「{q}」に一致する項目はありません。"),
        Hits(q, n) => format!("「{q}」の検索結果：{n}件。番号を選ぶと、そのページを表示します。"),
        FirstHits(n) => format!("最初の{n}件を示します。言葉を足すと絞り込めます。"),
        Hit(t, at) => format!("{t}（場所：{at}）"),
        HitsMenu(q) => format!("「{q}」の検索結果"),
        StandTitle => "現在地を選ぶ".into(),
        Now(x) => format!("いま：{x}"),
        NotSet => "未設定".into(),
        StandText => {
            "職位と入庁年目を選ぶと、その職位のページで、あなたに関わる研修が分かります。".into()
        }
        SpecialistKind => "（スタッフ職）".into(),
        StandGradeHeader => "[現在地：職位] 職位名か番号を入力して Enter：".into(),
        UnknownGrade(g) => {
            format!("「{g}」という職位は見つかりません。一覧の職位名か番号を入力してください。")
        }
        StandYearPrompt(t, max) => format!(
            "[現在地：入庁年目] {t}。入庁何年目かを 1～{max} の数字で入力して Enter（0 で戻る）："
        ),
        YearRange(max) => format!("入庁年目は 1～{max} の数字で入力してください。"),
        StandingSet(s, true) => format!(
            "現在地を「{s}」にしました。記録に保存しました。次に起動したときも、この現在地で始まります。"
        ),
        StandingSet(s, false) => format!(
            "現在地を「{s}」にしました。この起動の間だけです（記録には保存できませんでした）。"
        ),
        ReadOnly(why) => format!("この記録は読むだけです：{why}"),
        ChecksNeedStanding(n) => format!("自己チェックは、現在地を選ぶと付けられます（メニューの {n}）。"),
        Record => "わたしの記録".into(),
        PickCheck => "自己チェック：項目を選ぶ".into(),
        CheckNow(label, level) => format!("{label}\nいま：{level}"),
        CheckNote(n) => format!("メモ：{n}"),
        SetLevel(l) => format!("「{l}」にする"),
        WriteCheckNote => "この項目のメモを書く".into(),
        CheckSet(item, level) => format!("「{item}」を［{level}］にしました。"),
        CheckNoteSaved(item) => format!("「{item}」のメモを保存しました。"),
        HasNote => "（メモあり）".into(),
        Tag(t) => format!("［{t}］"),
        YourYear => "（あなたの年次）".into(),
        WhatToDo => "自己チェック：どうしますか".into(),
        NoRecord => "記録なし".into(),
        PickTrainingToLog => "研修の記録：研修を選ぶ".into(),
        TrainingLog(t) => format!("研修の記録：{t}"),
        MarkPlanned => "予定にする".into(),
        MarkDone => "受講済にする（受講した年度を入力）".into(),
        ClearRecord => "記録を消す".into(),
        TrainingSet(t, s) => format!("「{t}」を［{s}］にしました。"),
        YearPrompt(y) => format!(
            "[受講した年度] 2024 や 令和6 のように入力して Enter（何も入力せずに Enter で {y}、0 で戻る）："
        ),
        YearOutOfRange => {
            "年度は西暦（2024 など）か和暦（令和6、R6 など）で入力してください。".into()
        }
        Questions => "面談で聞きたいこと".into(),
        Notes => "育成面談のメモ".into(),
        Saved(name) => format!("{name}を保存しました。"),
        Empty => "いま：（未記入）".into(),
        NowText => "いまの内容：".into(),
        TypeLines => "新しい内容を 1 行ずつ入力して Enter。何も入力せずに Enter で終わります（最初の行で Enter なら変えません。「-」だけの行で内容を消します）：".into(),
    }
}

fn say_en(s: Say) -> String {
    use Say::*;
    match s {
        NoSuchNumber => "There is no such number.".into(),
        MenuHeader(name) => format!("[{name}] Type a number and press Enter:"),
        Back => "Back".into(),
        Quit => "Quit".into(),
        MainMenu => "Menu".into(),
        FullSourceHint => "on a grade's page choose \"Source text and notes\" from the menu, or run career-nav show --source, for the full text".into(),
        EndOfInput => "The input has ended; quitting.".into(),
        Ending => "Quitting.".into(),
        Intro => "This is the text-only screen (plain mode). Each screen ends with a numbered menu: type a number and press Enter to choose. 0 goes back; q quits at any time. Each item keeps its number; numbers of items not available there are skipped.".into(),
        StandingNow(Some(s), _) => format!("Where you stand: {s}"),
        StandingNow(None, n) => format!("Where you stand: not set (choose it with {n} on the menu)"),
        Here => " (you are here)".into(),
        LadderSpan(a, b) => format!(" (from {a} at the bottom to {b} at the top)"),
        LadderTitle => "The ladder of grades".into(),
        LadderText(span) => format!("The line grades{span} and the specialist track beside them. Choose a grade to read its page."),
        PageOf(p) => format!("Page of {p}"),
        Next(x) => format!("Next ({x})"),
        Previous(x) => format!("Previous ({x})"),
        TrainingPlace(p) => format!("The page of the grade this training is for ({p})"),
        ListItem(l, i) => format!("{l}: {i}"),
        OverviewTitle => "The whole picture (p. 1, the framework of the policy)".into(),
        OverviewText => "The employee the city aims for, the measures and the new or expanded initiatives. Choose an item to read it.".into(),
        Overview => "The whole picture".into(),
        OverviewWhole => "Show the whole picture in one go".into(),
        NoMeasure => "Trainings with no measure given".into(),
        CatalogTitle(n) => format!("Trainings ({n})"),
        CatalogText => "Grouped by measure. Choose a measure to list its trainings.".into(),
        Catalog => "Trainings".into(),
        Group(g, n) => format!("{g} ({n})"),
        CatalogWhole(n) => format!("Show every training in one go ({n})"),
        GroupTitle(g, n) => format!("Trainings: {g} ({n})"),
        CatalogGroup(g) => format!("Trainings: {g}"),
        Policy(p) => format!("Policy: {p}"),
        PickTraining => "Choose a training to read about it.".into(),
        Glossary => "Glossary".into(),
        PickTerm => "Choose a term to read its explanation.".into(),
        GlossaryWhole => "Show the whole glossary in one go".into(),
        CompareTitle => "Compare two grades".into(),
        CompareText => "Choose a first and a second grade to see how their roles, trainings and so on differ.".into(),
        CompareFirst => "Compare: choose the first grade".into(),
        CompareSecond(a) => format!("Compare: choose the second grade (the first is {a})"),
        CompareAgain => "To compare another two, choose a first grade again.".into(),
        SearchPrompt => "[Search] Type words to find and press Enter (hiragana and katakana, full and half width are the same; an empty line goes back to the menu):".into(),
        NoHits(q) => format!("Nothing matches \"{q}\"."),
        Hits(q, n) => format!("Results for \"{q}\": {n}. Choose a number to open its page."),
        FirstHits(n) => format!("The first {n} are shown. Add words to narrow the search."),
        Hit(t, at) => format!("{t} (in: {at})"),
        HitsMenu(q) => format!("Results for \"{q}\""),
        StandTitle => "Choose where you stand".into(),
        Now(x) => format!("Now: {x}"),
        NotSet => "not set".into(),
        StandText => "Choose your grade and year of service: each grade's page then shows the trainings that concern you.".into(),
        SpecialistKind => " (specialist)".into(),
        StandGradeHeader => "[Where you stand: grade] Type a grade's name or number and press Enter:".into(),
        UnknownGrade(g) => format!("There is no grade \"{g}\". Type a grade's name or number from the list."),
        StandYearPrompt(t, max) => format!("[Where you stand: year of service] {t}. Type your year of service, 1 to {max}, and press Enter (0 goes back):"),
        YearRange(max) => format!("Type the year of service as a number from 1 to {max}."),
        StandingSet(s, true) => format!("You now stand at {s}. Saved in your record: the program starts with this standing next time too."),
        StandingSet(s, false) => format!("You now stand at {s}, for this run only (the record could not be saved)."),
        ReadOnly(why) => format!("This record can only be read: {why}"),
        ChecksNeedStanding(n) => format!("Self-checks can be made once you choose where you stand ({n} on the menu)."),
        Record => "My record".into(),
        PickCheck => "Self-check: choose an item".into(),
        CheckNow(label, level) => format!("{label}\nNow: {level}"),
        CheckNote(n) => format!("Note: {n}"),
        SetLevel(l) => format!("Set to \"{l}\""),
        WriteCheckNote => "Write a note on this item".into(),
        CheckSet(item, level) => format!("Now [{level}]: {item}"),
        CheckNoteSaved(item) => format!("Note saved for: {item}"),
        HasNote => " (has a note)".into(),
        Tag(t) => format!(" [{t}]"),
        YourYear => "(your year) ".into(),
        WhatToDo => "Self-check: what to do".into(),
        NoRecord => "not recorded".into(),
        PickTrainingToLog => "Training log: choose a training".into(),
        TrainingLog(t) => format!("Training log: {t}"),
        MarkPlanned => "Mark as planned".into(),
        MarkDone => "Mark as taken (type the fiscal year)".into(),
        ClearRecord => "Clear the entry".into(),
        TrainingSet(t, s) => format!("{t} is now [{s}]."),
        YearPrompt(y) => format!("[Fiscal year taken] Type it like 2024 or 令和6 and press Enter (an empty line means {y}; 0 goes back):"),
        YearOutOfRange => {
            "Type the fiscal year as a Western year (2024) or a Japanese era year (令和6, R6).".into()
        }
        Questions => "Questions for my supervisor".into(),
        Notes => "Notes for the development interview".into(),
        Saved(name) => format!("Saved: {name}."),
        Empty => "Now: (empty)".into(),
        NowText => "Now:".into(),
        TypeLines => "Type the new text one line at a time, pressing Enter after each; an empty line ends it (an empty first line keeps the text; a line of only \"-\" empties it):".into(),
    }
}
