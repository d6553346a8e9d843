//! The work the navigator does on threads of its own after the first frame (the search
//! index, the widths of the longest lists' rows) is taken by the screens that need it, not
//! done again. (Alone in its test binary: the index count is per process.)

#[path = "../benches/support/mod.rs"]
mod support;

use career_nav::search::index_builds;

#[test]
fn the_search_box_and_the_lists_take_what_was_done_aside() {
    let mut app = support::app();
    let mut t = support::test_terminal(100, 30);
    support::draw(&mut t, &mut app);
    let before = index_builds();
    app.work_aside();
    // Keys answered while the work goes on (here: waited for, to count).
    while !app.index_is_built() {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert_eq!(index_builds(), before + 1, "one index, built aside");
    support::type_keys(&mut t, &mut app, "/ 研 修");
    let s = format!("{:?}", t.backend());
    assert!(s.contains("件"), "the search box shows its hits: {s}");
    support::type_keys(&mut t, &mut app, "Esc 3 2");
    assert_eq!(
        index_builds(),
        before + 1,
        "the search box built an index of its own"
    );
}
