//! The TUI's layout faults a tester found (issue 13 points 6 and 8): the hint bar keeps the
//! screen's own words, pages stop at a reading width, popups blank what their edge cuts.

mod common;

use career_nav::model::Lang;
use common::{app_at, draw, screen, type_keys};
use unicode_width::UnicodeWidthStr;

fn last_line(s: &str) -> &str {
    s.lines().last().unwrap_or("")
}

#[test]
fn the_record_bar_at_80_names_its_own_keys_first() {
    for (lang, year, sheet) in [
        (Lang::Ja, "←→/hl 年度", "e 面談シート"),
        (Lang::En, "←→/hl FY", "e sheet"),
    ] {
        let mut app = app_at(Some("主任"), Some(8));
        app.lang = lang;
        // Down to a training row of the record.
        type_keys(&mut app, "6 End", 80, 24);
        let s = screen(&mut app, 80, 24);
        let bar = last_line(&s);
        assert!(
            bar.contains(year),
            "the 年度 key says what it does: {bar}\n{s}"
        );
        assert!(bar.contains(sheet), "{bar}");
        // Words of the keys every screen has went first.
        assert!(bar.contains("  ?  q "), "{bar}");
    }
    // The ladder's page: its own keys keep their words.
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "j", 80, 24);
    let bar = last_line(&screen(&mut app, 80, 24)).to_string();
    for words in ["Enter 詳細へ", "Esc 現在地へ", "c 昇任比較"] {
        assert!(bar.contains(words), "{bar}");
    }
}

#[test]
fn a_presentation_at_40x12_keeps_next_and_previous() {
    for lang in [Lang::Ja, Lang::En] {
        let mut app = app_at(None, None);
        app.lang = lang;
        app.start_presentation(false);
        type_keys(&mut app, "5 Enter", 40, 12);
        let s = screen(&mut app, 40, 12);
        let bar = last_line(&s);
        assert!(bar.contains('←') && bar.contains('→'), "{bar}\n{s}");
        assert!(bar.contains('q'), "{bar}");
    }
}

/// The widest run of text on a row, in display cells, between frame characters.
fn widest_text(s: &str) -> usize {
    s.lines()
        .filter(|l| !l.contains('━'))
        .flat_map(|l| l.split(['┃', '│', '║', '█', '↑', '↓']))
        .map(|t| t.trim().width())
        .max()
        .unwrap_or(0)
}

#[test]
fn compare_and_the_source_view_stop_at_a_reading_width() {
    for lang in [Lang::Ja, Lang::En] {
        for keys in ["4", "o", "4 o"] {
            let mut app = app_at(Some("主任"), Some(8));
            app.lang = lang;
            type_keys(&mut app, keys, 120, 40);
            let s = screen(&mut app, 120, 40);
            // 80 cells: about 40 full-width characters (the top lines hold the tabs).
            let rows: Vec<&str> = s.lines().collect();
            let body = rows[3..rows.len() - 1].join("\n");
            let wide: Vec<&str> = body.lines().filter(|l| widest_text(l) > 80).collect();
            assert!(wide.is_empty(), "{keys}: {wide:#?}");
        }
    }
}

#[test]
fn the_grade_chooser_blanks_a_wide_glyph_cut_by_its_edge() {
    for (w, h) in [(80, 24), (120, 40), (81, 24)] {
        let mut app = app_at(Some("主任"), Some(8));
        type_keys(&mut app, "c Enter", w, h);
        let t = draw(&mut app, w, h);
        let buf = t.backend().buffer();
        // The popup's top left corner: the second ┏ on the pane's top row.
        let (top, left) = (0..h)
            .find_map(|y| {
                let xs: Vec<u16> = (0..w).filter(|&x| buf[(x, y)].symbol() == "┏").collect();
                (xs.len() >= 2).then(|| (y, xs[1]))
            })
            .expect("the chooser is open");
        for y in top..h - 1 {
            let before = buf[(left - 1, y)].symbol();
            assert!(
                before.width() < 2,
                "{w}x{h} row {y}: {before:?} runs under the popup's border"
            );
        }
    }
}

#[test]
fn self_check_rows_all_have_one_shape_and_the_note_mark_sits_with_the_state() {
    for (lang, state) in [(Lang::Ja, "○ 未着手"), (Lang::En, "○ not started")] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut app = app_at(Some("主任"), Some(8));
            app.lang = lang;
            type_keys(&mut app, "6", w, h);
            let s = screen(&mut app, w, h);
            // The list's rows (the left pane), not the page beside.
            let rows: Vec<&str> = s
                .lines()
                .filter_map(|l| l.split('┃').nth(1))
                .filter(|l| l.contains(state))
                .collect();
            assert!(rows.len() >= 4, "{s}");
            for r in &rows {
                // The state is never alone on its line: the text starts beside it.
                let after = r.split(state).nth(1).unwrap_or("");
                let after = after.split(['┃', '│']).next().unwrap_or("").trim();
                assert!(!after.is_empty(), "{w}x{h}: {r:?} has the state alone\n{s}");
            }
        }
    }
    // A self-check with a note: ✎ beside its state, not inside the text.
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "6 Enter a Esc", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("▶ ○ 未着手 ✎　主任："), "{s}");
    assert!(!s.contains("：✎"), "{s}");
    // The heading above says what ✎ means, the mark with its words.
    assert!(s.contains("✎ メモあり"), "{s}");
}

#[test]
fn a_long_message_wraps_instead_of_being_cut() {
    for (lang, w, h) in [(Lang::Ja, 80, 24), (Lang::En, 80, 24), (Lang::Ja, 120, 40)] {
        let mut app = app_at(Some("主任"), Some(8));
        app.lang = lang;
        let why = "another career-nav has the same record open (/tmp/a-rather-long-folder/of-someone/career-nav/record.ron)";
        app.record_read_only = Some(why.into());
        // A change on the record screen is refused, with the reason.
        type_keys(&mut app, "6 Space", w, h);
        let s = screen(&mut app, w, h);
        let bottom: String = s
            .lines()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(str::trim)
            .collect();
        assert!(bottom.contains("record.ron"), "the message is cut:\n{s}");
    }
}

#[test]
fn record_headings_and_the_note_title_wrap_instead_of_being_cut() {
    // No standing: the self-check heading says how to choose one, whole.
    for (lang, key) in [(Lang::Ja, "（p で選べます）"), (Lang::En, "p")] {
        let mut app = app_at(None, None);
        app.lang = lang;
        type_keys(&mut app, "Esc 6", 80, 24);
        let s = screen(&mut app, 80, 24);
        assert!(!s.contains('…'), "{s}");
        assert!(s.contains(key), "{s}");
    }
    // The note editor names the item noted and how to finish, not cut.
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "6 Enter", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("┃主任：内外との議論を通して"), "{s}");
    assert!(s.contains("（Esc で終える）"), "{s}");
}

#[test]
fn the_catalog_at_80_shows_what_matters_first_and_the_selected_entry_whole() {
    for (lang, past) in [(Lang::Ja, "（過ぎた年次）"), (Lang::En, "(past year)")] {
        let mut app = app_at(Some("主任"), Some(8));
        app.lang = lang;
        type_keys(&mut app, "3", 80, 24);
        let s = screen(&mut app, 80, 24);
        // Year trainings a year-8 reader is past say so at 80 columns, on every such row.
        let past_rows = s.lines().filter(|l| l.contains(past)).count();
        assert!(past_rows >= 5, "{past_rows} rows say {past}:\n{s}");
        // The selected row is whole: its ［入庁1年目］ is not cut.
        let when = if lang == Lang::Ja {
            "入庁1年目］"
        } else {
            "year 1"
        };
        assert!(s.contains(when), "{s}");
    }
    // The overview's selected entry, whole at 80 and 120.
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app_at(Some("主任"), Some(8));
        type_keys(&mut app, "2 j j j j j j j j j j j", w, h);
        let s = screen(&mut app, w, h);
        let row: String = s
            .lines()
            .skip_while(|l| !l.contains("▶ 取組1"))
            .take(2)
            .map(|l| l.split('┃').nth(1).unwrap_or("").trim())
            .collect();
        assert!(
            row.contains("環境の整備(各研修共通)"),
            "{w}x{h}: {row}\n{s}"
        );
    }
}

#[test]
fn the_overview_and_glossary_lists_wrap_their_entries_instead_of_cutting_them() {
    // 80x24, the first topic selected: 取組1's title is whole though it is not selected.
    let mut app = app_at(Some("主任"), Some(8));
    type_keys(&mut app, "2", 80, 24);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("環境の整備(各研修共通)"), "{s}");
    assert!(!s.contains("各研修共…"), "{s}");
    // Walking to the end keeps the selected entry in view.
    type_keys(&mut app, "G", 80, 24);
    let s = screen(&mut app, 80, 24);
    let last = career_nav::content::topic_label(&app.map, *app.topics.last().unwrap());
    let head: String = last.chars().take(4).collect();
    assert!(s.contains(&format!("▶ {head}")), "{s}");
}
