//! The explore screens: overview, catalog, compare and promotion diff, glossary, search —
//! their content against the map, and how keys move between them.

mod common;

use career_nav::app::Tab;
use career_nav::content::{self, Item, Topic, compare, topic_page};
use career_nav::keymap::Context;
use career_nav::model::{Applies, Place};
use career_nav::tui::handle_key;
use common::{app_at, key, map, screen, type_keys};

fn texts(items: &[Item]) -> Vec<String> {
    items.iter().map(|i| i.text().to_string()).collect()
}

/// The text right after the heading that starts with `heading`.
fn after<'a>(items: &'a [Item], heading: &str) -> Vec<&'a Item> {
    let start = items
        .iter()
        .position(|i| matches!(i, Item::Heading(h) if h.starts_with(heading)))
        .unwrap_or_else(|| panic!("no heading {heading}"));
    items[start + 1..]
        .iter()
        .take_while(|i| !matches!(i, Item::Heading(_)))
        .collect()
}

#[test]
fn every_promotion_says_what_changes() {
    let m = map();
    let ladder = m.ladder();
    for pair in ladder.windows(2) {
        let (a, b) = (&m[pair[0]], &m[pair[1]]);
        let items = compare(&m, Place::Step(pair[0]), Place::Step(pair[1]));
        let all = texts(&items);
        assert_eq!(all[0], format!("昇任で変わること：{} → {}", a.name, b.name));
        for (heading, x, y) in [
            ("⑥OJT", &a.ojt.name, &b.ojt.name),
            ("⑦人事考課", &a.appraisal.name, &b.appraisal.name),
        ] {
            let first = texts(
                &after(&items, heading)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>(),
            )[0]
            .clone();
            let shared: Vec<&str> = x
                .split('・')
                .filter(|p| y.split('・').any(|q| q == *p))
                .collect();
            if x == y {
                assert_eq!(first, format!("変わらない：{x}"), "{} → {}", a.name, b.name);
            } else if !shared.is_empty() {
                // 主任's cell prints 「実務指導者 OJT 推進者」: no claim that a promotion turns
                // one role into the other, both shown as they stand.
                let under = texts(
                    &after(&items, heading)
                        .into_iter()
                        .filter(|i| !matches!(i, Item::Inferred(..)))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
                assert_eq!(first, format!("{}：{x}", a.name));
                assert_eq!(under[1], format!("{}：{y}", b.name));
                assert!(under.iter().all(|l| !l.contains(" → ")), "{under:?}");
                assert!(
                    under[2].contains("役割が入れ替わるとは原資料から言えない"),
                    "{under:?}"
                );
            } else {
                assert_eq!(first, format!("{x} → {y}"), "{} → {}", a.name, b.name);
            }
        }
        // Every expectation of the higher step that the lower lacks is listed.
        let added = after(&items, &format!("{}で求められる役割", b.name));
        for e in &b.expectations {
            if !a.expectations.contains(e) {
                assert!(
                    added
                        .iter()
                        .any(|i| matches!(i, Item::Bullet(0, t) if t == e.as_str())),
                    "{e} missing"
                );
            }
        }
        // The training that comes with the promotion, or a plain "none printed".
        let training = texts(
            &after(&items, &format!("{}への昇任時の研修", b.name))
                .into_iter()
                .cloned()
                .collect::<Vec<_>>(),
        );
        match m.promotion_into(pair[1]) {
            Some(p) => {
                for t in &p.trainings {
                    assert!(
                        training.iter().any(|x| x.starts_with(t.name.as_str())),
                        "{} missing for {}",
                        t.name,
                        b.name
                    );
                }
            }
            None => assert_eq!(training, ["原資料に記載なし。"]),
        }
    }
}

#[test]
fn the_role_chains_of_the_source() {
    let m = map();
    let ladder = m.ladder();
    let chain = |f: fn(&career_nav::model::Step) -> &str| {
        let mut v: Vec<&str> = ladder.iter().map(|&s| f(&m[s])).collect();
        v.dedup();
        v.join(" → ")
    };
    assert_eq!(
        chain(|s| s.ojt.name.as_str()),
        "グループ員 → 実務指導者・OJT推進者 → OJT推進者"
    );
    assert_eq!(
        chain(|s| s.appraisal.name.as_str()),
        "被考課者 → 考課者(一次) → 考課者(二次)"
    );
}

#[test]
fn specialist_compared_with_the_line_shows_the_source_notes() {
    let m = map();
    let shukan = m.resolve_title("主幹").unwrap().place;
    let hosa = Place::Step(m.step_index("kacho_hosa").unwrap());
    let all = texts(&compare(&m, hosa, shukan)).join("\n");
    assert!(all.contains("同じ水準のスタッフ職"), "{all}");
    assert!(
        all.contains("主幹・技監　根拠：新任課長補佐級研修の対象"),
        "{all}"
    );
}

#[test]
fn catalog_counts_match_the_map() {
    let m = map();
    let cat = m.catalog();
    let promotions: usize = m
        .promotion_trainings
        .iter()
        .map(|p| p.trainings.len())
        .sum();
    let blocks: usize = m
        .blocks
        .iter()
        .flat_map(|b| &b.groups)
        .map(|g| g.items.len())
        .sum();
    assert_eq!(cat.len(), m.year_training.years.len() + promotions + blocks);
    assert_eq!(
        cat.iter()
            .filter(|e| matches!(e.applies, Applies::Year { .. }))
            .count(),
        5
    );
    assert_eq!(
        cat.iter()
            .filter(|e| e.applies == Applies::AllGrades)
            .count(),
        blocks
    );
    // Each block's items are under its measure.
    for b in &m.blocks {
        let mi = m.measure_index(&b.measure).unwrap();
        let n: usize = b.groups.iter().map(|g| g.items.len()).sum();
        let in_catalog = cat
            .iter()
            .filter(|e| e.measure == Some(mi) && e.applies == Applies::AllGrades)
            .count();
        assert_eq!(in_catalog, n, "{}", b.name);
    }
    // ④'s items keep their organisers.
    let kenko = cat.iter().find(|e| e.name == "健康づくりセミナー").unwrap();
    assert_eq!(kenko.organiser.map(|o| o.as_str()), Some("職員厚生課"));
    let kantoku = cat.iter().find(|e| e.name == "新任監督者級研修").unwrap();
    assert_eq!(kantoku.audience.map(|o| o.as_str()), Some("副主幹・副技監"));
}

#[test]
fn catalog_filters_by_measure_and_by_step() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "3", 100, 30);
    // The step filter starts at the reader's own step; x clears it.
    assert_eq!(app.catalog.step, app.map.step_index("shunin"));
    type_keys(&mut app, "x", 100, 30);
    let total = app.catalog.entries.len();
    assert_eq!(total, app.map.catalog().len());
    type_keys(&mut app, "m", 100, 30);
    assert_eq!(app.catalog.measure, app.map.at(0));
    // ① holds the five years and every promotion training.
    let promotions: usize = app
        .map
        .promotion_trainings
        .iter()
        .map(|p| p.trainings.len())
        .sum();
    assert_eq!(app.catalog.entries.len(), 5 + promotions);
    type_keys(&mut app, "s s s", 100, 30);
    // ① and 主任: the trainings on promotion into 主任.
    let names: Vec<String> = app
        .catalog
        .entries
        .iter()
        .map(|&k| app.map.catalog()[k].name.to_string())
        .collect();
    // The 1–5年目 training goes by year of service, so it stays at every step.
    assert_eq!(
        names,
        [
            "1～5年目職員研修（1年目）",
            "1～5年目職員研修（2年目）",
            "1～5年目職員研修（3年目）",
            "1～5年目職員研修（4年目）",
            "1～5年目職員研修（5年目）",
            "新任主任研修",
            "キャリアデザイン研修"
        ]
    );
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("職位：主任"), "{s}");
    type_keys(&mut app, "x", 100, 30);
    assert_eq!(app.catalog.entries.len(), total);
}

#[test]
fn enter_on_a_training_goes_to_the_step_where_it_applies() {
    let mut app = app_at(Some("1級"), Some(1));
    type_keys(&mut app, "3 x", 100, 30);
    let k = app
        .map
        .catalog()
        .iter()
        .position(|e| e.name == "新任課長級研修")
        .unwrap();
    app.catalog.select_entry(k);
    type_keys(&mut app, "Enter", 100, 30);
    assert_eq!(app.tab, Tab::Ladder);
    assert_eq!(app.context(), Context::Detail);
    assert_eq!(
        app.selected(),
        Place::Step(app.map.step_index("kacho").unwrap())
    );
}

#[test]
fn a_measure_shows_every_training_it_holds() {
    let m = map();
    let i = m.measure_index("m5").unwrap();
    let page = texts(&topic_page(&m, Topic::Measure(i))).join("\n");
    for item in &m.blocks.iter().find(|b| b.measure == "m5").unwrap().groups[0].items {
        assert!(page.contains(item.name.as_str()), "{} missing", item.name);
    }
    assert!(page.contains("方針\n投資するのは“ミライの自分”"), "{page}");
    // ⑦ lists the appraisal role of every step.
    let i = m.measure_index("m7").unwrap();
    let page = texts(&topic_page(&m, Topic::Measure(i))).join("\n");
    assert!(page.contains("グループ長：考課者(一次)"), "{page}");
    // And from the overview, `t` opens the catalog filtered to it.
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "2", 100, 30);
    let pos = app
        .topics
        .iter()
        .position(|t| *t == Topic::Measure(m.at(1).unwrap()))
        .unwrap();
    for _ in 0..pos {
        handle_key(&mut app, &key("j"));
    }
    type_keys(&mut app, "t", 100, 30);
    assert_eq!(app.tab, Tab::Catalog);
    assert_eq!(app.catalog.measure, m.at(1));
}

#[test]
fn the_overview_is_page_one() {
    let m = map();
    let all = texts(&content::overview(&m)).join("\n");
    assert!(all.contains(m.vision.goal.as_str()));
    assert!(all.contains(m.vision.workplace_state.as_str()));
    assert!(all.contains(m.vision.staff_state.as_str()));
    for x in &m.measures {
        assert!(
            all.contains(&format!("{}{}", x.symbol, x.name)),
            "{}",
            x.name
        );
        assert!(all.contains(x.policy.as_str()), "{}", x.policy);
    }
    for n in &m.initiatives {
        assert!(all.contains(n.title.as_str()), "{}", n.title);
    }
    assert!(all.contains("区分：NEW（新規）・令和5年3月追加"), "{all}");
    assert!(all.contains("職員意識調査(H30.12)"));
}

#[test]
fn glossary_says_it_is_the_programs_explanation() {
    let m = map();
    assert!(m.glossary.len() >= 9);
    let all = texts(&content::glossary(&m)).join("\n");
    assert!(
        all.contains("career-nav による一般的な説明であり、原資料"),
        "{all}"
    );
    for term in [
        "考課者(一次)",
        "考課者(二次)",
        "被考課者",
        "育成面談",
        "実務指導者",
        "OJT推進者",
        "集中育成期間",
        "会計年度任用職員",
        "定年延長",
    ] {
        assert!(m.glossary.iter().any(|g| g.term == term), "{term}");
    }
    // Reachable from every screen by its number.
    for start in ["1", "2", "3", "4", "Enter"] {
        let mut app = app_at(Some("主任"), Some(3));
        type_keys(&mut app, &format!("{start} 5"), 80, 24);
        assert_eq!(app.tab, Tab::Glossary, "from {start}");
    }
}

#[test]
fn tab_and_numbers_move_between_screens() {
    let mut app = app_at(Some("主任"), Some(3));
    let mut seen = vec![app.tab];
    for _ in 0..6 {
        type_keys(&mut app, "Tab", 80, 24);
        seen.push(app.tab);
    }
    assert_eq!(
        seen,
        [
            Tab::Ladder,
            Tab::Overview,
            Tab::Catalog,
            Tab::Compare,
            Tab::Glossary,
            Tab::Record,
            Tab::Ladder
        ]
    );
    type_keys(&mut app, "BTab", 80, 24);
    assert_eq!(app.tab, Tab::Record);
    type_keys(&mut app, "4", 80, 24);
    assert_eq!(app.tab, Tab::Compare);
}

#[test]
fn compare_changes_sides_and_steps() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "c", 80, 24);
    assert_eq!(app.tab, Tab::Compare);
    let name = |app: &career_nav::app::App, p| content::place_name(&app.map, p);
    assert_eq!(name(&app, app.compare.left_place()), "主任");
    assert_eq!(name(&app, app.compare.right_place()), "グループ長");
    // ↑↓ scroll, as on every screen: the places stay.
    let before = app.compare.scroll.offset;
    type_keys(&mut app, "j j", 80, 24);
    assert_eq!(name(&app, app.compare.right_place()), "グループ長");
    assert_eq!(app.compare.scroll.offset, before + 2);
    // Choosing is explicit: Enter opens a list for the side marked ▶ (the right one).
    type_keys(&mut app, "Enter", 80, 24);
    assert_eq!(app.context(), Context::CompareChoose);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("右の列の職位を選ぶ"), "{s}");
    assert!(s.contains("▶ グループ長"), "{s}");
    type_keys(&mut app, "j Enter", 80, 24);
    assert_eq!(name(&app, app.compare.right_place()), "課長補佐");
    assert_eq!(app.compare.scroll.offset, 0, "a new pair starts at the top");
    // Esc in the list chooses nothing.
    type_keys(&mut app, "h Enter k Esc", 80, 24);
    assert_eq!(name(&app, app.compare.left_place()), "主任");
    assert_eq!(app.context(), Context::Compare);
    type_keys(&mut app, "Enter k Enter", 80, 24);
    assert_eq!(name(&app, app.compare.left_place()), "2級");
    let s = screen(&mut app, 80, 120);
    assert!(s.contains("比較：2級 と 課長補佐"), "{s}");
    assert!(s.contains("■ 並べて比較"), "{s}");
    // Two steps apart: the steps between and every promotion training on the way.
    assert!(s.contains("■ 間の職位"), "{s}");
    assert!(s.contains("主任 → グループ長"), "{s}");
    assert!(s.contains("グループ長への昇任時"), "{s}");
    assert!(s.contains("課長補佐への昇任時"), "{s}");
    // Esc returns to where c was pressed.
    type_keys(&mut app, "Esc", 80, 24);
    assert_eq!(app.tab, Tab::Ladder);
    assert_eq!(app.context(), Context::Ladder);
    // Reached by its number, Esc has nowhere to go.
    type_keys(&mut app, "4 Esc", 80, 24);
    assert_eq!(app.tab, Tab::Compare);
}

#[test]
fn search_goes_there_and_esc_returns() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "2 j", 80, 24);
    type_keys(&mut app, "/ で ー た", 80, 24);
    assert_eq!(app.context(), Context::Search);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("検索：でーた"), "{s}");
    assert!(s.contains("データ分析研修"), "{s}");
    // Esc: back where we were, nothing moved.
    type_keys(&mut app, "Esc", 80, 24);
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(app.overview.selected, 1);
    // Typing q in the search box types it; it does not quit.
    type_keys(&mut app, "/ q", 80, 24);
    assert!(!app.quit);
    assert_eq!(app.search().unwrap().query, "q");
    type_keys(&mut app, "C-c", 80, 24);
    assert!(app.quit);
    // Enter goes to the hit: a glossary term.
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "/ 定 年 延 長", 80, 24);
    let hits = &app.search().unwrap().hits;
    let g = hits
        .iter()
        .position(|h| matches!(h.target, career_nav::search::Target::Glossary(_)))
        .unwrap();
    for _ in 0..g {
        type_keys(&mut app, "Down", 80, 24);
    }
    type_keys(&mut app, "Enter", 80, 24);
    assert_eq!(app.tab, Tab::Glossary);
    assert!(app.search().is_none());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("定年延長"), "{s}");
}

#[test]
fn explore_screens_look_right() {
    for (keys, name) in [
        ("2", "overview_80x24"),
        ("3", "catalog_80x24"),
        ("c", "compare_80x24"),
        ("5", "glossary_80x24"),
        ("/ O J T", "search_80x24"),
    ] {
        let mut app = app_at(Some("主任"), Some(3));
        type_keys(&mut app, keys, 80, 24);
        insta::assert_snapshot!(name, screen(&mut app, 80, 24));
    }
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "c", 140, 40);
    insta::assert_snapshot!("compare_140x40", screen(&mut app, 140, 40));
}

#[test]
fn every_explore_screen_at_every_size() {
    let sizes = [
        (0, 0),
        (1, 1),
        (3, 2),
        (20, 5),
        (40, 12),
        (59, 20),
        (75, 24),
        (80, 24),
        (120, 40),
        (200, 60),
    ];
    for keys in [
        "2",
        "2 Enter",
        "3",
        "3 m s Enter",
        "3 l",
        "4",
        "4 h j PgDn",
        "5",
        "5 End l",
        "/ で",
        "/ z z z z",
        "2 ?",
    ] {
        for &(w, h) in &sizes {
            let mut app = app_at(Some("参事"), Some(30));
            type_keys(&mut app, keys, w, h);
            let s = screen(&mut app, w, h);
            if w >= 40 && h >= 12 {
                assert!(
                    s.lines().last().unwrap_or("").contains("終了"),
                    "{keys} at {w}x{h}:\n{s}"
                );
            }
        }
    }
}

#[test]
fn a_specialist_is_compared_with_the_line_step_of_their_level() {
    let app = app_at(Some("主幹"), Some(12));
    let name = |p| content::place_name(&app.map, p);
    assert_eq!(name(app.compare.left_place()), "課長補佐");
    assert!(name(app.compare.right_place()).starts_with("スタッフ職"));
    let app = app_at(Some("副主幹"), Some(12));
    assert_eq!(
        content::place_name(&app.map, app.compare.left_place()),
        "グループ長"
    );
}

/// Search ranks titles first; Home/End move in the results; Esc where a hit led returns to
/// where the search began.
#[test]
fn search_home_end_and_esc_back_to_where_it_began() {
    let mut app = app_at(Some("主任"), Some(3));
    type_keys(&mut app, "2 j j", 80, 24);
    let before = app.overview.selected;
    type_keys(&mut app, "/ デ ー タ", 80, 24);
    let n = app.search().unwrap().hits.len();
    assert!(n > 2);
    type_keys(&mut app, "End", 80, 24);
    assert_eq!(app.search().unwrap().selected, n - 1);
    type_keys(&mut app, "Home", 80, 24);
    assert_eq!(app.search().unwrap().selected, 0);
    // The first hit is the training whose title matches.
    assert!(
        app.search()
            .unwrap()
            .hits
            .get(0)
            .unwrap()
            .text
            .starts_with("データ"),
        "{:?}",
        app.search().unwrap().hits.get(0)
    );
    type_keys(&mut app, "Enter", 80, 24);
    assert_eq!(app.tab, Tab::Catalog);
    type_keys(&mut app, "Esc", 80, 24);
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(app.overview.selected, before);
    // After another key the reader stays where the hit led.
    type_keys(&mut app, "/ デ ー タ Enter j Esc", 80, 24);
    assert_eq!(app.tab, Tab::Catalog);
}

/// At 40x12, the smallest size that draws screens, 研修一覧 still shows trainings: its
/// filter lines give way to the list.
#[test]
fn the_catalog_shows_trainings_at_40x12() {
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "3", 40, 12);
    let s = screen(&mut app, 40, 12);
    assert!(s.contains("▶ ①"), "{s}");
    assert!(s.contains("研修"), "{s}");
}
