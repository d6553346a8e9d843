//! What start-up does before the first frame: the map and the record, nothing more. A
//! start on the edition seen last time makes no snapshot of the map (a whole map in RON,
//! once the largest part of start-up), the search index is built after the first frame
//! (when a search first needs it), and the first frame leaves in one write. (Alone in its
//! test binary: the snapshot count is per process.)

#[path = "../benches/support/mod.rs"]
mod support;

use career_nav::app::App;
use career_nav::content::Standing;
use career_nav::record::Record;
use career_nav::{edition, model};

fn standing(map: &model::CareerMap) -> Standing {
    let at = map.resolve_title("主任").unwrap();
    Standing {
        place: at.place,
        title: at.title,
        year: Some(3),
    }
}

#[test]
fn a_start_on_a_known_edition_draws_the_first_frame_with_no_snapshot_and_no_index() {
    // The first use remembers the edition: one snapshot, to compare a later edition with.
    let mut record = Record::default();
    let map = model::load_embedded().unwrap();
    assert!(edition::check(&mut record, &map, None).is_none());
    assert_eq!(edition::snapshots_made(), 1);
    let snapshot = record
        .seen_edition
        .clone()
        .expect("the edition is remembered");

    // Every later start on the same edition, as the navigator opens it.
    for (w, h) in support::SIZES {
        let map = model::load_embedded().unwrap();
        assert!(edition::check(&mut record, &map, None).is_none());
        assert_eq!(
            record.seen_edition.as_ref(),
            Some(&snapshot),
            "record rewritten"
        );
        let given = standing(&map);
        let (mut app, _) = App::start(map, record.clone(), None, Some(given), None);
        let (mut t, counter) = support::bytes::counting_terminal(w, h);
        support::draw(&mut t, &mut app);
        assert_eq!(
            counter.writes.get(),
            1,
            "{w}x{h}: the first frame in one write"
        );
        assert!(
            !app.index_is_built(),
            "{w}x{h}: the search index was built before the first frame"
        );
        // A search builds it when it is first needed.
        career_nav::tui::handle_key(&mut app, &support::key("/"));
        career_nav::tui::handle_key(&mut app, &support::key("研"));
        support::draw(&mut t, &mut app);
        assert!(app.index_is_built(), "{w}x{h}: a search without the index");
    }
    assert_eq!(
        edition::snapshots_made(),
        1,
        "a start on the edition seen last time made a snapshot of the map"
    );

    // A new edition is still told (and snapshotted).
    let mut newer = model::load_embedded().unwrap();
    newer.meta.edition = model::Text::new(&format!("{}（改）", newer.meta.edition));
    let before = edition::snapshots_made();
    assert!(edition::check(&mut record, &newer, None).is_some());
    assert_eq!(edition::snapshots_made(), before + 1);
}

/// The rows of a TestBackend terminal, as text (the cell a wide character covers left out).
fn rows(t: &ratatui::Terminal<ratatui::backend::TestBackend>) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let s = buf[(x, y)].symbol();
                row.push_str(s);
                x += s.width().max(1) as u16;
            }
            row
        })
        .collect()
}

/// The first frame lays out the long page at the reader's place only as far as it shows it:
/// every row the same as when the page is laid out whole, but the pane's bottom edge (more
/// follows, without the count of lines) and its scroll bar. The frame drawn right after it
/// (before any key is read) is the whole page, as a start drawn whole shows it.
#[test]
fn the_first_frame_lays_out_only_what_it_shows() {
    let theme = career_nav::screens::Theme::DEFAULT;
    for (w, h) in support::SIZES {
        let mut whole_app = support::app();
        let mut whole_t = support::test_terminal(w, h);
        career_nav::tui::render(&mut whole_t, &mut whole_app, &theme).unwrap();
        let whole = rows(&whole_t);
        assert!(
            whole.iter().any(|r| r.contains("行）")),
            "{w}x{h}: the page at 主任 is longer than the screen: {whole:#?}"
        );

        let mut app = support::app();
        let mut t = support::test_terminal(w, h);
        let partial = career_nav::tui::render_first(&mut t, &mut app, &theme).unwrap();
        assert!(partial, "{w}x{h}: the first frame laid out the whole page");
        let first = rows(&t);
        let edge = (0..whole.len())
            .find(|&y| whole[y].contains("行）"))
            .unwrap();
        assert!(
            first[edge].contains("↓ 続きあり") && !first[edge].contains("行）"),
            "{w}x{h}: {}",
            first[edge]
        );
        // The scroll bar stands in the pane's right edge, the last column.
        let body = |r: &String| r.chars().take(r.chars().count() - 1).collect::<String>();
        for (y, (a, b)) in first.iter().zip(&whole).enumerate() {
            if y != edge {
                assert_eq!(body(a), body(b), "{w}x{h}: row {y}");
            }
        }
        assert!(
            first.iter().all(|r| !r.contains('█')),
            "{w}x{h}: a scroll bar before the page's length is known"
        );

        // Completed at once: the whole page.
        career_nav::tui::render(&mut t, &mut app, &theme).unwrap();
        assert_eq!(rows(&t), whole, "{w}x{h}: the frame after the first");
        // And kept: a later first frame (a new page elsewhere) does not lay it out again.
        assert!(
            !career_nav::tui::render_first(&mut t, &mut app, &theme).unwrap(),
            "{w}x{h}: the page laid out whole was not kept"
        );
    }
}
