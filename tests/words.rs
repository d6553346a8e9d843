//! The tables of the program's own words: every entry has a Japanese and an English text,
//! and the English says nothing in Japanese (except where it quotes a map, which the tables
//! never do: the map's text is passed in as a parameter).

use career_nav::keymap::{Context, Key};
use career_nav::model::Lang;
use career_nav::words::{self, HintWord, KeyHelp, Msg};

/// Kana, kanji and the full-width forms: what English text must not contain.
fn japanese(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{3000}'..='\u{303F}' // CJK punctuation (、。「」 and the ideographic space)
        | '\u{4E00}'..='\u{9FFF}' // kanji
        | '\u{3400}'..='\u{4DBF}'
        | '\u{FF00}'..='\u{FF09}' // full-width forms （）：／, but ＊ (U+FF0A): the
        | '\u{FF0B}'..='\u{FFEF}') // program's mark of a reading, a symbol like ※ and ★
}

fn check(what: &str, ja: &str, en: &str) {
    assert!(!ja.is_empty(), "{what}: no Japanese text");
    assert!(!en.is_empty(), "{what}: no English text");
    assert!(
        !en.chars().any(japanese),
        "{what}: Japanese in the English text: {en:?}"
    );
    assert!(
        ja.chars().any(japanese) || ja == en,
        "{what}: the Japanese text has no Japanese: {ja:?}"
    );
}

#[test]
fn every_key_help_and_hint_is_in_both_languages() {
    for h in KeyHelp::ALL {
        check(&format!("{h:?}"), h.text(Lang::Ja), h.text(Lang::En));
    }
    for h in HintWord::ALL {
        check(&format!("{h:?}"), h.text(Lang::Ja), h.text(Lang::En));
    }
    for c in Context::ALL {
        check(
            &format!("{c:?}"),
            c.title_in(Lang::Ja),
            c.title_in(Lang::En),
        );
    }
    for f in words::DIFF_FIELDS {
        check(
            &format!("{f:?}"),
            words::diff_field(*f, Lang::Ja),
            words::diff_field(*f, Lang::En),
        );
    }
    for k in [Key::AnyChar, Key::AnyKey] {
        check(
            &format!("{k:?}"),
            &k.label_in(Lang::Ja),
            &k.label_in(Lang::En),
        );
    }
}

#[test]
fn every_label_is_in_both_languages() {
    let (ja, en) = (words::labels(Lang::Ja).all(), words::labels(Lang::En).all());
    assert_eq!(ja.len(), en.len());
    for ((name, j), (_, e)) in ja.iter().zip(&en) {
        check(name, j, e);
    }
}

#[test]
fn every_message_is_in_both_languages() {
    let all = Msg::examples();
    assert!(!all.is_empty());
    for m in &all {
        check(&format!("{m:?}"), &m.text(Lang::Ja), &m.text(Lang::En));
    }
}

#[test]
fn the_hint_bar_speaks_the_language_and_keeps_quit_last() {
    let km = career_nav::keymap::Keymap::default();
    for ctx in Context::ALL {
        let en = career_nav::keymap::fit_hints(km.hints_in(Lang::En, ctx, |_| true), 80);
        for h in &en {
            assert!(!h.word.chars().any(japanese), "{ctx:?}: {h:?}");
        }
        let ja = km.hints_in(Lang::Ja, ctx, |_| true);
        let en_all = km.hints_in(Lang::En, ctx, |_| true);
        assert_eq!(ja.len(), en_all.len(), "{ctx:?}: the same hints in both");
    }
    let bar = career_nav::keymap::fit_hints(km.hints_in(Lang::En, Context::Ladder, |_| true), 80);
    assert_eq!(bar.last().unwrap().word, "quit");
}

#[test]
fn a_fiscal_year_reads_as_each_language_counts_it() {
    let fy = |year, western, lang| Msg::FiscalYear { year, western }.text(lang);
    assert_eq!(fy(2026, true, Lang::Ja), "令和8年度（2026年度）");
    assert_eq!(fy(2026, false, Lang::Ja), "令和8年度");
    assert_eq!(fy(2019, false, Lang::Ja), "令和元年度");
    assert_eq!(fy(2026, true, Lang::En), "FY2026 (Reiwa 8)");
    assert_eq!(fy(2026, false, Lang::En), "FY2026");
    assert_eq!(fy(2018, true, Lang::En), "FY2018 (Heisei 30)");
    // The Japanese table says what the record always said.
    for year in [1950, 1989, 2019, 2026] {
        for western in [true, false] {
            assert_eq!(
                fy(year, western, Lang::Ja),
                career_nav::record::fiscal_label(year, western)
            );
        }
    }
}

#[test]
fn at_80_columns_the_english_hint_bar_keeps_every_main_key() {
    let km = career_nav::keymap::Keymap::default();
    for ctx in Context::ALL {
        let all = km.hints_in(Lang::En, ctx, |_| true);
        let bar = career_nav::keymap::fit_hints(all.clone(), 80);
        for h in all.iter().filter(|h| h.essential) {
            assert!(
                bar.iter().any(|b| b.keys == h.keys),
                "{ctx:?}: {} dropped from {bar:?}",
                h.keys
            );
        }
        // Words go before keys: a hint is dropped only when every droppable word is gone.
        if bar.len() < all.len() {
            assert!(
                bar.iter().all(|b| b.essential || b.word.is_empty()),
                "{ctx:?}: {bar:?}"
            );
        }
    }
}

/// The Japanese constants other parts still read say what the Japanese table says.
#[test]
fn the_japanese_constants_match_the_table() {
    use career_nav::content;
    let ja = words::labels(Lang::Ja);
    assert_eq!(content::UNTIED, ja.untied);
    assert_eq!(content::LEGEND_PREFIX, ja.legend_prefix);
    assert_eq!(content::SOURCE_LABEL, ja.source_label);
    assert_eq!(content::APPENDIX, ja.appendix_title);
    assert_eq!(content::GLOSSARY_DISCLAIMER, ja.glossary_disclaimer);
    assert_eq!(content::INITIATIVES, ja.initiatives);
    assert_eq!(content::EXPLAIN_MARK, ja.explain_mark);
    assert_eq!(career_nav::app::GUEST_NOTICE, ja.guest_notice);
    assert_eq!(content::GRID_COLUMNS, content::grid_columns(Lang::Ja));
}

/// The help's legend names the marks the screens draw: ★ where you stand, ＊ a reading of
/// the source (it said ● and ※, which mean a self-check and a printed note).
#[test]
fn the_help_legend_uses_the_screens_marks() {
    use career_nav::content;
    for lang in [Lang::Ja, Lang::En] {
        let legend = words::labels(lang).help_legend;
        assert!(legend.contains(content::HERE_MARK), "{legend}");
        assert!(legend.contains(content::INFERRED_MARK), "{legend}");
        assert!(!legend.contains(content::NOTE_MARK), "{legend}");
        assert!(!legend.contains('●'), "{legend}");
    }
}
