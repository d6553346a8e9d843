//! What the navigator offers is what plain mode numbers: exactly the actions the core allows
//! where the reader is, each under the number it keeps, and nothing the core would refuse.

mod common;

use std::io::Cursor;

use career_nav::app::{App, At, Offer};
use career_nav::model::Place;
use career_nav::store::Store;
use common::{app_at, map};

/// Plain mode's output for `input` on `app`.
fn plain(app: &mut App, input: &str) -> String {
    let mut store = Store::memory();
    let mut input = Cursor::new(input.as_bytes().to_vec());
    let mut out = Vec::new();
    career_nav::plain::run(app, &mut store, &mut input, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// The numbers of the last menu headed `[name]` in `out` (0 left out).
fn menu_numbers(out: &str, name: &str) -> Vec<usize> {
    let head = format!("[{name}] ");
    let at = out
        .rfind(&head)
        .unwrap_or_else(|| panic!("no menu {name} in:\n{out}"));
    out[at..]
        .lines()
        .skip(1)
        .map_while(|l| l.split_once(' ').and_then(|(n, _)| n.parse::<usize>().ok()))
        .filter(|&n| n != 0)
        .collect()
}

fn numbers(offers: &[Offer]) -> Vec<usize> {
    offers.iter().map(|o| o.number()).collect()
}

#[test]
fn the_start_offers_every_part_and_a_guest_no_record() {
    let app = app_at(None, None);
    let offers = app.offers(At::Start);
    assert_eq!(numbers(&offers), (1..=8).collect::<Vec<_>>());
    assert!(offers.contains(&Offer::ChooseStanding) && offers.contains(&Offer::Record));

    let mut guest = App::new(map(), None);
    guest.start_guest();
    let offers = guest.offers(At::Start);
    assert!(!offers.contains(&Offer::ChooseStanding), "{offers:?}");
    assert!(!offers.contains(&Offer::Record), "{offers:?}");
    // And plain mode numbers exactly those.
    let out = plain(&mut guest, "q\n");
    assert_eq!(menu_numbers(&out, "メニュー"), numbers(&offers));
}

#[test]
fn a_place_offers_its_neighbours_and_the_comparison_the_core_computes() {
    let app = app_at(Some("主任"), Some(8));
    for &place in app.places() {
        let offers = app.offers(At::Place(place));
        let up = offers.iter().find_map(|o| match o {
            Offer::Up(p) => Some(*p),
            _ => None,
        });
        let down = offers.iter().find_map(|o| match o {
            Offer::Down(p) => Some(*p),
            _ => None,
        });
        assert_eq!(up, app.place_above(place));
        assert_eq!(down, app.place_below(place));
        let (a, b) = app.compare_pair(place);
        assert_eq!(
            offers.contains(&Offer::ComparePair(a, b)),
            a != b,
            "{place:?}: {offers:?}"
        );
        assert!(offers.contains(&Offer::Source));
    }
    // The bottom rung leads nowhere down, the top nowhere up.
    let bottom = Place::Step(app.ladder[0]);
    let top = Place::Step(*app.ladder.last().unwrap());
    assert!(
        !app.offers(At::Place(bottom))
            .iter()
            .any(|o| matches!(o, Offer::Down(_)))
    );
    assert!(
        !app.offers(At::Place(top))
            .iter()
            .any(|o| matches!(o, Offer::Up(_)))
    );
}

#[test]
fn plain_mode_numbers_exactly_the_offers_of_a_page() {
    // The ladder's first place (1級): no rung below, so no 2.
    let mut app = app_at(Some("主任"), Some(8));
    let bottom = Place::Step(app.ladder[0]);
    let offers = app.offers(At::Place(bottom));
    let out = plain(&mut app, "1\n1\nq\n");
    let name = format!(
        "{}のページ",
        career_nav::content::place_name(&app.map, bottom)
    );
    assert_eq!(menu_numbers(&out, &name), numbers(&offers));
    assert!(!numbers(&offers).contains(&2), "{offers:?}");
}

#[test]
fn a_record_that_cannot_be_changed_offers_nothing_that_changes_it() {
    let mut app = app_at(Some("主任"), Some(8));
    let writable = app.offers(At::Record);
    assert!(
        matches!(writable[0], Offer::Checks(n) if n > 0),
        "{writable:?}"
    );
    for o in [
        Offer::Notes,
        Offer::Questions,
        Offer::Snapshot,
        Offer::Export,
        Offer::Sheet,
    ] {
        assert!(writable.contains(&o), "{o:?} missing from {writable:?}");
    }
    let out = plain(&mut app, "8\nq\n");
    assert_eq!(menu_numbers(&out, "わたしの記録"), numbers(&writable));

    // Another copy holds the record: only reading and writing out the sheet.
    let mut held = app_at(Some("主任"), Some(8));
    held.record_read_only = Some("別の career-nav が開いています".into());
    let offers = held.offers(At::Record);
    assert_eq!(offers, vec![Offer::Export, Offer::Sheet]);
    let out = plain(&mut held, "8\nq\n");
    assert_eq!(menu_numbers(&out, "わたしの記録"), vec![6, 7]);

    // No standing: nothing to self-check, and no snapshot of it; the rest is offered.
    let free = app_at(None, None);
    let offers = free.offers(At::Record);
    assert!(
        !offers
            .iter()
            .any(|o| matches!(o, Offer::Checks(_) | Offer::Snapshot))
    );
    assert!(offers.contains(&Offer::Notes) && offers.contains(&Offer::Trainings(0)));
}

#[test]
fn plain_mode_speaks_english_when_asked() {
    let mut app = app_at(Some("主任"), Some(8));
    app.lang = career_nav::model::Lang::En;
    // The menu, the ladder, 1級's page, the record, a search with no hit, quit.
    let out = plain(&mut app, "1\n1\n0\n0\n8\n0\n6\nzzzz\n\n9\nq\n");
    for line in [
        "This is the text-only screen (plain mode).",
        "[Menu] Type a number and press Enter:",
        "1 Walk the ladder of grades",
        "7 Choose where you stand (now: ",
        "8 My record (self-check, training log, notes, interview sheet)",
        "0 Quit",
        "[The ladder of grades] Type a number and press Enter:",
        "One grade up (",
        "4 Source text and notes",
        "0 Back",
        "[My record] Type a number and press Enter:",
        "3 Notes for the development interview (empty)",
        "6 Write the interview sheet to a file",
        "[Search] Type words to find and press Enter",
        "Nothing matches \"zzzz\".",
        "There is no such number.",
        "Quitting.",
    ] {
        assert!(out.contains(line), "{line:?} missing in:\n{out}");
    }
    // No line of plain mode's own is left in Japanese: the menus' headers and replies.
    for japanese in [
        "番号を入力",
        "戻る",
        "終了",
        "その番号はありません",
        "一致する項目",
    ] {
        assert!(!out.contains(japanese), "{japanese:?} in:\n{out}");
    }
}

#[test]
fn a_training_is_recorded_from_its_own_page_with_a_japanese_era_year() {
    let mut app = app_at(Some("主任"), Some(8));
    // 研修一覧 → the first measure's trainings → the first training → 4 record it →
    // 2 taken → 令和6 (full-width digit, as an input method types it).
    let out = plain(&mut app, "3\n1\n1\n4\n2\n令和６\nq\n");
    assert!(
        out.contains("4 この研修の記録を付ける（いま：記録なし）"),
        "{out}"
    );
    let recorded: Vec<_> = app.record.trainings.values().collect();
    assert_eq!(
        recorded,
        vec![&career_nav::record::TrainingStatus::Done(Some(2024))],
        "{out}"
    );
    assert!(out.contains("令和6年度"), "{out}");
    // A read-only record offers no such entry.
    let mut held = app_at(Some("主任"), Some(8));
    held.record_read_only = Some("別の career-nav が開いています".into());
    assert!(held.offers(At::Training(0)).is_empty());
}

#[test]
fn a_place_page_offers_the_trainings_open_to_all_instead_of_repeating_them() {
    let mut app = app_at(Some("主任"), Some(8));
    let out = plain(&mut app, "1\n3\nq\n");
    assert!(out.contains("5 職位に結び付けられていない研修"), "{out}");
    // The page itself no longer carries the long block (it is on 5).
    let page = &out[out.find("■ 主任").unwrap()..out.find("[主任のページ]").unwrap()];
    assert!(!page.contains("〈②課題対応研修〉"), "{page}");
    let out = plain(&mut app_at(Some("主任"), Some(8)), "1\n3\n5\nq\n");
    assert!(out.contains("〈②課題対応研修〉"), "{out}");
}

#[test]
fn a_self_check_in_plain_mode_is_confirmed() {
    let mut app = app_at(Some("主任"), Some(8));
    let out = plain(&mut app, "8\n1\n1\n3\n0\n0\nq\n");
    assert!(out.contains("］にしました。"), "{out}");
    assert!(out.contains("できている"), "{out}");
}

#[test]
fn plain_mode_lists_trainings_with_the_readers_year_and_record_in_words() {
    let mut app = app_at(Some("主任"), Some(3));
    let out = plain(&mut app, "3\n1\nq\n");
    assert!(
        out.contains("（過ぎた年次）1～5年目職員研修（1年目）"),
        "{out}"
    );
    assert!(
        out.contains("（あなたの年次）1～5年目職員研修（3年目）"),
        "{out}"
    );
    assert!(!out.contains("◎"), "{out}");
    // A recorded training says its state beside it.
    let mut app = app_at(Some("主任"), Some(3));
    let k = app.catalog.entries[5];
    app.set_training(k, Some(career_nav::record::TrainingStatus::Planned));
    let out = plain(&mut app, "3\n1\nq\n");
    assert!(out.contains("［予定］"), "{out}");
}

#[test]
fn a_second_snapshot_the_same_day_says_it_replaced_the_first() {
    let mut app = app_at(Some("主任"), Some(8));
    app.take_snapshot();
    assert!(app.message.take().unwrap().contains("を記録しました"));
    app.take_snapshot();
    let said = app.message.take().unwrap();
    assert!(said.contains("置き換えました"), "{said}");
    assert_eq!(app.record.snapshots.len(), 1);
}

#[test]
fn plain_mode_in_english_takes_era_years_and_keeps_its_brackets_ascii() {
    let mut app = app_at(Some("主任"), Some(8));
    app.lang = career_nav::model::Lang::En;
    // My record → training log → the first training → taken → "Reiwa 6".
    let out = plain(&mut app, "8\n2\n1\n2\nReiwa 6\n0\nq\n");
    let done: Vec<_> = app.record.trainings.values().collect();
    assert_eq!(
        done,
        vec![&career_nav::record::TrainingStatus::Done(Some(2024))],
        "{out}"
    );
    assert!(out.contains("FY2026 (Reiwa 8)"), "{out}");
    assert!(out.contains(" [not recorded]"), "{out}");
    assert!(
        !out.contains('［'),
        "full-width brackets in English:\n{out}"
    );
}

#[test]
fn a_grade_page_offers_to_record_the_trainings_taken_there() {
    let mut app = app_at(Some("主任"), Some(8));
    let shunin = Place::Step(app.map.step_index("shunin").unwrap());
    let here = app.trainings_at(shunin);
    // 主任: the promotion into it (新任主任研修, キャリアデザイン研修).
    let names: Vec<String> = here
        .iter()
        .map(|&k| app.map.catalog_entry(k).unwrap().name.to_string())
        .collect();
    assert!(names.iter().any(|n| n == "新任主任研修"), "{names:?}");
    assert!(
        app.offers(At::Place(shunin))
            .contains(&Offer::RecordHere(here.len()))
    );
    // The ladder → 主任 → 6 → the first → planned.
    let out = plain(&mut app, "1\n3\n6\n1\n1\n0\nq\n");
    assert!(out.contains("6 この職位の研修を記録する"), "{out}");
    let k = here[0];
    let id = app.map.catalog_entry(k).unwrap().id.to_string();
    assert_eq!(
        app.record.trainings.get(&id),
        Some(&career_nav::record::TrainingStatus::Planned),
        "{out}"
    );
    // A specialist tier has none of its own; a record that cannot change offers nothing.
    let tier = Place::Tier(app.map.tier_at(0).unwrap());
    assert!(
        !app.offers(At::Place(tier))
            .iter()
            .any(|o| matches!(o, Offer::RecordHere(_)))
    );
    let mut held = app_at(Some("主任"), Some(8));
    held.record_read_only = Some("x".into());
    assert!(
        !held
            .offers(At::Place(shunin))
            .iter()
            .any(|o| matches!(o, Offer::RecordHere(_)))
    );
}
