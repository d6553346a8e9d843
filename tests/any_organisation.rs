//! A program for any organisation: nothing of Hamamatsu's in what it prints for another
//! city's map; the wording it would need comes from the map, or is left out.

use assert_cmd::Command;
use career_nav::content;
use career_nav::model::{Text, parse};

/// Hamamatsu's own wording and titles, which another map's reader must never see.
const HAMAMATSU: &[&str] = &[
    "浜松",
    "Hamamatsu",
    "基礎調査等",
    "原資料に記載なし",
    "抽出",
    "P.1",
    "主幹",
    "参事",
    "部長",
    "1級",
    "職員厚生課",
];

fn other_city() -> String {
    // The template, with a measure whose aim is unknown and no basis heading or note.
    career_nav::cli::TEMPLATE.replace(
        "aim: Some(\"職位に応じた能力が獲得できている\"),",
        "aim: None,",
    )
}

fn cmd(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("career-nav").unwrap();
    c.env("XDG_DATA_HOME", dir).env("XDG_CONFIG_HOME", dir);
    c
}

#[test]
fn another_citys_map_shows_nothing_of_hamamatsu() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("city.ron");
    std::fs::write(&map, other_city()).unwrap();
    let mut printed = String::new();
    for args in [
        vec!["show", "--all"],
        vec!["show", "--overview"],
        vec!["show", "--catalog"],
        vec!["show", "--grade", "係員", "--year", "1"],
        vec!["show", "--compare", "係員", "係長"],
    ] {
        let out = cmd(dir.path())
            .arg("--data")
            .arg(&map)
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        printed.push_str(&String::from_utf8(out.stdout).unwrap());
    }
    for args in [
        vec!["--help"],
        vec!["show", "--help"],
        vec!["check", "--help"],
    ] {
        let out = cmd(dir.path()).args(&args).output().unwrap();
        printed.push_str(&String::from_utf8(out.stdout).unwrap());
    }
    for word in HAMAMATSU {
        assert!(!printed.contains(word), "{word:?} printed:\n{printed}");
    }
    // The measure without an aim has no 目指す状態 section, and basis a neutral heading.
    assert!(!printed.contains("【目指す状態】"), "{printed}");
    assert!(printed.contains("■ この地図の根拠"), "{printed}");
    // No ※ legend where the map has no inferred notes.
    assert!(!printed.contains("推定したもの"), "{printed}");
}

#[test]
fn the_wording_comes_from_the_map_when_it_has_some() {
    let mut map = parse(&other_city(), "city.ron").unwrap();
    map.meta.basis_heading = Some(Text::new("調査の概要"));
    map.meta.missing_note = Some(Text::new("資料に記載がありません。"));
    let items = content::overview(&map);
    let text = career_nav::handout::render(&items, career_nav::render_text::Format::Text);
    assert!(text.contains("■ 調査の概要"), "{text}");
    assert!(
        text.contains("【目指す状態】\n資料に記載がありません。"),
        "{text}"
    );
    // The embedded map keeps its own words, from its file.
    let hamamatsu = career_nav::model::load_embedded().unwrap();
    let text = career_nav::handout::render(
        &content::overview(&hamamatsu),
        career_nav::render_text::Format::Text,
    );
    assert!(text.contains("■ 基礎調査等"), "{text}");
}
