//! The TUI and plain mode are two faces of one navigator: driven through the same choices
//! for every title, they stand at the same place, compare the same pair, step to the same
//! next place, and send a search hit to the same page.

mod common;

use std::io::Cursor;

use career_nav::app::{App, Tab};
use career_nav::content::place_name;
use career_nav::model::Place;
use career_nav::store::Store;
use common::{app_at, map, type_keys};

const YEAR: u8 = 8;

/// Plain mode's output for `lines`, on a fresh navigator.
fn plain(lines: &[String]) -> String {
    let mut app = App::new(map(), None);
    let mut store = Store::memory();
    let mut input = Cursor::new(format!("{}\n", lines.join("\n")).into_bytes());
    let mut out = Vec::new();
    career_nav::plain::run(&mut app, &mut store, &mut input, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The text between `open` and `close` on the menu line that starts with `entry`.
fn menu_value(out: &str, entry: &str) -> Option<String> {
    let line = out.lines().rev().find(|l| l.starts_with(entry))?;
    let open = line.find('（')? + '（'.len_utf8();
    let close = line.rfind('）')?;
    Some(line[open..close].to_string())
}

/// The place a TUI key sequence leaves the ladder's cursor on, by name.
fn tui_place(app: &App) -> String {
    place_name(&app.map, app.selected())
}

#[test]
fn every_title_stands_compares_and_steps_up_alike() {
    let map = map();
    for (n, (title, _)) in map.all_titles().iter().enumerate() {
        // Plain mode: 7 (choose where you stand), the title's number, the year; the place's
        // page follows with its menu.
        let out = plain(&[
            "7".into(),
            (n + 1).to_string(),
            YEAR.to_string(),
            "q".into(),
        ]);
        // TUI: the same standing, chosen in the picker.
        let mut app = App::new(map.clone(), None);
        let downs = vec!["j"; n].join(" ");
        type_keys(&mut app, &format!("{downs} Enter {YEAR} Enter"), 100, 30);
        let standing = app.standing.clone().expect("the picker set a standing");
        assert_eq!(&standing.title, title);
        assert!(
            out.contains(&format!("現在地を「{}」にしました。", standing.describe())),
            "{title}: plain mode stood elsewhere:\n{out}"
        );
        let here = tui_place(&app);
        assert!(
            out.contains(&format!("[{here}のページ]")),
            "{title}: plain mode shows another page than {here}"
        );

        // The comparison offered for a promotion from here.
        let plain_pair = menu_value(&out, "3 ");
        type_keys(&mut app, "c", 100, 30);
        assert_eq!(app.tab, Tab::Compare);
        let (a, b) = (app.compare.left_place(), app.compare.right_place());
        let tui_pair = if matches!(standing.place, Place::Tier(_)) {
            format!("{} と {}", place_name(&map, a), place_name(&map, b))
        } else {
            format!("{} → {} の比較", place_name(&map, a), place_name(&map, b))
        };
        assert_eq!(
            plain_pair.as_deref(),
            Some(tui_pair.as_str()),
            "{title}: compare pair"
        );

        // The next place up: the TUI's up key until the place changes.
        let mut app = app_at(Some(title), Some(YEAR));
        let start = app.selected();
        let mut next = None;
        for _ in 0..app.ladder.len() {
            type_keys(&mut app, "k", 100, 30);
            if app.selected() != start {
                next = Some(tui_place(&app));
                break;
            }
        }
        assert_eq!(menu_value(&out, "1 "), next, "{title}: next place up");
    }
}

#[test]
fn search_hits_lead_to_the_same_page() {
    let map = map();
    for query in [
        "OJT",
        "データ",
        "主任",
        "面談",
        "こうか",
        "新任",
        "人事考課",
    ] {
        let hits = App::new(map.clone(), None).index().search(query);
        assert!(!hits.is_empty(), "{query}: no hits");
        for (i, hit) in hits.iter().enumerate().take(4) {
            // TUI: / query, move to hit i, Enter.
            let mut app = App::new(map.clone(), None);
            let typed: Vec<String> = query.chars().map(|c| c.to_string()).collect();
            let downs = vec!["Down"; i].join(" ");
            type_keys(
                &mut app,
                &format!("Esc / {} {downs} Enter", typed.join(" ")),
                100,
                30,
            );
            let page = match app.tab {
                Tab::Ladder => format!("[{}のページ]", tui_place(&app)),
                Tab::Overview => format!(
                    "[全体像：{}]",
                    career_nav::content::topic_label(&map, app.topics[app.overview.selected])
                ),
                Tab::Catalog => {
                    let k = app.catalog.selected_entry().unwrap();
                    format!("[研修一覧：{}", map.catalog()[k].name)
                }
                Tab::Glossary => format!("[用語集：{}", map.glossary[app.glossary.selected].term),
                other => panic!("{query}: a hit led to {other:?}"),
            };
            // Plain mode: 6, the query, the hit's number.
            let out = plain(&["6".into(), query.into(), (i + 1).to_string(), "q".into()]);
            assert!(
                out.contains(&page),
                "{query} hit {i} ({:?}): the TUI went to {page}, plain mode did not:\n{}",
                hit.target,
                &out[out.len().saturating_sub(1500)..]
            );
        }
    }
}
