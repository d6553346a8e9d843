//! The work the navigator does on threads of its own after the first frame (the search
//! index, the widths of the longest lists' rows) is taken by the screens that need it, not
//! done again. (Alone in its test binary: the counts are per process.)

#[path = "../benches/support/mod.rs"]
mod support;

use career_nav::content::catalog_row_measures;
use career_nav::search::index_builds;

#[test]
fn the_search_box_and_the_lists_take_what_was_done_aside() {
    let mut app = support::app();
    let mut t = support::test_terminal(100, 30);
    support::draw(&mut t, &mut app);
    let (index_before, widths_before) = (index_builds(), catalog_row_measures());
    // Asked twice (a second first frame, say): the work is started once.
    app.work_aside();
    app.work_aside();
    // Keys are answered while the work goes on; here the test waits, to count.
    while !app.index_is_built() {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    support::type_keys(&mut t, &mut app, "/ 研 修");
    let s = format!("{:?}", t.backend());
    assert!(s.contains("件"), "the search box shows its hits: {s}");
    support::type_keys(&mut t, &mut app, "Esc 3 2 3");
    assert_eq!(index_builds(), index_before + 1, "one index, built aside");
    assert_eq!(
        catalog_row_measures(),
        widths_before + 1,
        "the catalog's rows measured once, aside"
    );
}
