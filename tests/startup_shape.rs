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
