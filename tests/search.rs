//! Search over the embedded map: what a Japanese reader types finds what they mean, each
//! hit says where it is and points at the matched characters.

use std::sync::OnceLock;

use career_nav::model::{
    Applies, CareerMap, GlossaryEntry, Initiative, MeasureIndex, StepIndex, Text, load_embedded,
};
use career_nav::search::{Hit, Index, Match, Target, TextKind, normalize};

fn map() -> &'static CareerMap {
    static MAP: OnceLock<CareerMap> = OnceLock::new();
    MAP.get_or_init(|| load_embedded().expect("the embedded map loads and validates"))
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(map()))
}

fn step(id: &str) -> StepIndex {
    map()
        .step_index(id)
        .unwrap_or_else(|| panic!("step {id} exists"))
}

fn measure(id: &str) -> MeasureIndex {
    map()
        .measure_index(id)
        .unwrap_or_else(|| panic!("measure {id} exists"))
}

fn training(id: &str) -> usize {
    map()
        .catalog()
        .iter()
        .position(|e| e.id == id)
        .unwrap_or_else(|| panic!("training {id} exists"))
}

/// What identifies a hit, for comparing result sets.
fn keys(hits: &[Hit]) -> Vec<(Target, String, std::ops::Range<usize>)> {
    hits.iter()
        .map(|h| (h.target, h.text.to_string(), h.range.clone()))
        .collect()
}

fn find<'a>(hits: &'a [Hit], target: Target, text: &str) -> Option<&'a Hit> {
    hits.iter().find(|h| h.target == target && &*h.text == text)
}

fn assert_targets_in_range(map: &CareerMap, hits: &[Hit]) {
    let trainings = map.catalog().len();
    for h in hits {
        let ok = match h.target {
            Target::Step(i) => i.position() < map.steps.len(),
            Target::Tier(i) => i.position() < map.specialist_tiers.len(),
            Target::Measure(i) => i.position() < map.measures.len(),
            Target::Initiative(i) => i.position() < map.initiatives.len(),
            Target::Training(i) => i < trainings,
            Target::Glossary(i) => i.position() < map.glossary.len(),
            Target::Vision => true,
        };
        assert!(ok, "target out of range: {h:?}");
        let len = h.text.chars().count();
        assert!(
            h.range.start <= h.range.end && h.range.end <= len,
            "range out of the text: {h:?}"
        );
    }
}

#[test]
fn full_width_ojt_finds_ojt() {
    let hits = index().search("ＯＪＴ");
    let role = find(&hits, Target::Step(step("group_cho")), "OJT推進者")
        .expect("the OJT推進者 role of グループ長");
    assert_eq!(role.range, 0..3);
    assert_eq!(&*role.place, "グループ長 › ⑥OJTでの役割");
    let contents = find(
        &hits,
        Target::Training(training("management_kiso")),
        "マネジメント能力向上、OJT など",
    )
    .expect("マネジメント研修(基礎)'s contents");
    assert_eq!(contents.parts().1, "OJT");
    assert!(hits.iter().all(|h| h.text.to_uppercase().contains("OJT")));
    assert_eq!(keys(&index().search("ojt")), keys(&hits));
    assert_eq!(keys(&index().search("OJT")), keys(&hits));
    assert_eq!(keys(&index().search("Ｏｊｔ")), keys(&hits));
}

#[test]
fn hiragana_and_half_width_katakana_find_katakana() {
    let hits = index().search("でーた");
    let bunseki = find(
        &hits,
        Target::Training(training("data_bunseki")),
        "データ分析研修",
    )
    .expect("データ分析研修");
    assert_eq!(bunseki.range, 0..3);
    assert_eq!(&*bunseki.place, "研修一覧 › ②課題対応研修：行政運営");
    assert!(
        hits.iter()
            .any(|h| matches!(h.target, Target::Initiative(_))
                && h.text.contains("データリテラシー")),
        "取組8 (データリテラシー研修)"
    );
    assert!(
        hits.iter().any(
            |h| h.target == Target::Training(training("management_chukyu"))
                && h.text.contains("データリテラシー")
        ),
        "マネジメント研修(中級)'s contents"
    );

    let half = index().search("ﾃﾞｰﾀ");
    assert_eq!(keys(&half), keys(&hits));
    assert_eq!(keys(&index().search("データ")), keys(&hits));
    // The range points at the original characters, whatever was typed.
    let h = find(
        &half,
        Target::Training(training("data_bunseki")),
        "データ分析研修",
    )
    .unwrap();
    assert_eq!(h.parts(), ("", "データ", "分析研修"));
}

#[test]
fn setsugu_finds_year_one_the_block_and_the_measure() {
    let hits = index().search("接遇");
    let catalog = map().catalog();
    assert!(
        hits.iter().any(|h| matches!(h.target, Target::Training(i)
            if matches!(catalog[i].applies, Applies::Year { year: 1, .. }))),
        "the 1年目 year training: {hits:#?}"
    );
    let block =
        find(&hits, Target::Training(training("setsugu")), "接遇研修").expect("接遇研修 in ②");
    assert_eq!(&*block.place, "研修一覧 › ②課題対応研修：接遇向上");
    assert_eq!(block.range, 0..2);
    let main = find(&hits, Target::Measure(measure("m2")), "接遇研修")
        .expect("② main initiative 接遇研修");
    assert_eq!(&*main.place, "全体像 › ②課題対応研修 › 主な取組");
}

#[test]
fn koukasha_finds_the_appraisal_roles_from_group_leader_up() {
    let hits = index().search("考課者");
    for id in ["group_cho", "kacho_hosa", "kacho", "bucho"] {
        let h = hits
            .iter()
            .find(|h| h.target == Target::Step(step(id)) && h.place.ends_with("人事考課での役割"))
            .unwrap_or_else(|| panic!("appraisal role of {id}"));
        assert!(h.text.starts_with("考課者("), "{h:?}");
        assert_eq!(h.range, 0..3);
    }
    let g = find(&hits, Target::Step(step("group_cho")), "考課者(一次)").unwrap();
    assert_eq!(&*g.place, "グループ長 › ⑦人事考課での役割");
    // Full-width brackets find the half-width ones of the source.
    let bracket = index().search("考課者（一次）");
    assert!(find(&bracket, Target::Step(step("group_cho")), "考課者(一次)").is_some());
}

#[test]
fn several_words_must_all_match_one_text() {
    let both = index().search("研修 OJT");
    assert!(!both.is_empty());
    for h in &both {
        let n = normalize(&h.text);
        assert!(n.contains("研修") && n.contains("ojt"), "{h:?}");
        // The range covers the first word.
        assert_eq!(h.parts().1, "研修", "{h:?}");
    }
    let title = map()
        .indexed::<Initiative>()
        .find(|(_, i)| i.number == 6)
        .expect("取組6")
        .0;
    assert!(
        find(
            &both,
            Target::Initiative(title),
            "マネジメント研修におけるOJT指導力の強化"
        )
        .is_some()
    );
    // A text with one word only is not a hit.
    assert!(find(&both, Target::Step(step("group_cho")), "OJT推進者").is_none());
    // Full-width space separates words too; order of words only changes the range.
    assert_eq!(keys(&index().search("研修\u{3000}ＯＪＴ")), keys(&both));
    let swapped = index().search("OJT 研修");
    assert_eq!(swapped.len(), both.len());
    assert!(swapped.iter().all(|h| h.parts().1 == "OJT"));
    // Extra spaces around and between words do not matter.
    assert_eq!(keys(&index().search("  研修   OJT  ")), keys(&both));
}

#[test]
fn duplicates_for_one_target_are_collapsed() {
    let hits = index().search("1級");
    let kyu1: Vec<_> = hits
        .iter()
        .filter(|h| h.target == Target::Step(step("kyu1")) && &*h.text == "1級")
        .collect();
    assert_eq!(kyu1.len(), 1, "{hits:#?}");
    // グループ員（OJTを通じた成長） is shown for 1級 and 2級: one hit each.
    let roles: Vec<_> = index()
        .search("グループ員（OJT")
        .into_iter()
        .map(|h| h.target)
        .collect();
    assert_eq!(
        roles,
        vec![Target::Step(step("kyu1")), Target::Step(step("kyu2"))]
    );
}

#[test]
fn hits_come_in_map_order() {
    let rank = |t: Target| match t {
        Target::Step(_) => 0,
        Target::Tier(_) => 1,
        Target::Training(_) => 2,
        Target::Measure(_) => 3,
        Target::Initiative(_) => 4,
        Target::Vision => 5,
        Target::Glossary(_) => 6,
    };
    let all = index().search("研修");
    assert!(all.len() > 20);
    // Within one rank (titles that contain 研修, say), map order.
    let hits: Vec<Hit> = all
        .iter()
        .filter(|h| h.rank == all[0].rank)
        .cloned()
        .collect();
    assert!(hits.len() > 20);
    assert!(
        hits.windows(2)
            .all(|w| rank(w[0].target) <= rank(w[1].target))
    );
    // Steps bottom to top (within one rank: the roles OJT推進者 that start with OJT),
    // trainings in catalog order.
    let ladder = map().ladder();
    let ojt = index().search("OJT");
    let body_prefix = ojt
        .iter()
        .find(|h| matches!(h.target, Target::Step(_)))
        .unwrap()
        .rank;
    let steps: Vec<usize> = ojt
        .iter()
        .filter(|h| h.rank == body_prefix)
        .filter_map(|h| match h.target {
            Target::Step(i) => Some(ladder.iter().position(|&s| s == i).unwrap()),
            _ => None,
        })
        .collect();
    assert!(steps.len() > 1);
    assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    let trainings: Vec<usize> = hits
        .iter()
        .filter_map(|h| match h.target {
            Target::Training(i) => Some(i),
            _ => None,
        })
        .collect();
    assert!(trainings.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn each_kind_of_place_is_found() {
    // Specialist tier expectations.
    let hits = index().search("専門性をもって");
    assert!(
        hits.iter()
            .any(|h| h.target == Target::Tier(map().tier_at(0).unwrap())
                && &*h.place == "スタッフ職（副主幹・副技監・主幹・技監） › 職位に応じた役割")
    );
    // A title that is not a step's name.
    let hits = index().search("次長");
    assert!(
        find(&hits, Target::Step(step("bucho")), "次長")
            .is_some_and(|h| &*h.place == "部長 › 職位")
    );
    // A measure's policy.
    let hits = index().search("新しい世界");
    let policy = find(
        &hits,
        Target::Measure(measure("m3")),
        "人を大きく育てる“新しい世界”",
    )
    .expect("③'s 方針");
    assert_eq!(&*policy.place, "全体像 › ③派遣研修 › 方針");
    // An organiser.
    let hits = index().search("職員厚生課");
    assert!(
        find(
            &hits,
            Target::Training(training("kenko_seminar")),
            "職員厚生課"
        )
        .is_some()
    );
    // The vision.
    let hits = index().search("市民の目線");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].target, Target::Vision);
    assert_eq!(&*hits[0].place, "全体像 › 目指すべき職員像");
    // An initiative's label and date.
    let hits = index().search("new");
    let new = map()
        .initiatives
        .iter()
        .filter(|i| i.label == career_nav::model::InitiativeLabel::New)
        .count();
    assert_eq!(
        hits.iter()
            .filter(|h| matches!(h.target, Target::Initiative(_)) && &*h.text == "NEW")
            .count(),
        new
    );
    assert!(
        index()
            .search("令和5年3月追加")
            .iter()
            .any(|h| matches!(h.target, Target::Initiative(_)))
    );
}

#[test]
fn glossary_terms_readings_and_explanations_are_searched() {
    let mut m = map().clone();
    let base = m.glossary.len();
    m.glossary.push(GlossaryEntry {
        term: Text::from("考課者"),
        reading: Some(Text::from("こうかしゃ")),
        explanation: Text::from("部下の仕事ぶりを評価する人。"),
    });
    m.glossary.push(GlossaryEntry {
        term: Text::from("ﾃﾞｰﾀ活用"),
        reading: None,
        explanation: Text::from("ＤＸの一歩目。"),
    });
    let index = Index::build(&m);

    let hits = index.search("コウカシャ");
    let reading =
        find(&hits, Target::Glossary(m.at(base).unwrap()), "こうかしゃ").expect("the reading");
    assert_eq!(&*reading.place, "用語集 › 考課者");
    assert_eq!(reading.range, 0..5);

    let hits = index.search("考課者");
    let term = find(&hits, Target::Glossary(m.at(base).unwrap()), "考課者").expect("the term");
    assert_eq!(&*term.place, "用語集");
    // The glossary comes last.
    assert!(matches!(hits.last().unwrap().target, Target::Glossary(_)));

    let hits = index.search("評価する");
    assert!(
        find(
            &hits,
            Target::Glossary(m.at(base).unwrap()),
            "部下の仕事ぶりを評価する人。"
        )
        .is_some()
    );

    // A range after half-width katakana in the text maps back to the original chars.
    let hits = index.search("活用");
    let h = find(&hits, Target::Glossary(m.at(base + 1).unwrap()), "ﾃﾞｰﾀ活用").expect("the term");
    assert_eq!(h.range, 4..6);
    assert_eq!(h.parts(), ("ﾃﾞｰﾀ", "活用", ""));
    let hits = index.search("でーた");
    let h = find(&hits, Target::Glossary(m.at(base + 1).unwrap()), "ﾃﾞｰﾀ活用").expect("the term");
    assert_eq!(h.range, 0..4);
    let hits = index.search("dx");
    let h = find(
        &hits,
        Target::Glossary(m.at(base + 1).unwrap()),
        "ＤＸの一歩目。",
    )
    .expect("the explanation");
    assert_eq!(h.range, 0..2);

    assert_targets_in_range(&m, &index.search("考課"));
}

#[test]
fn empty_and_unmatched_queries_give_nothing() {
    for q in [
        "",
        " ",
        "\u{3000}",
        " \u{3000} \t",
        "存在しない言葉",
        "研修 存在しない",
    ] {
        assert!(index().search(q).is_empty(), "{q:?}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let long = "研修".repeat(5000);
    let many_words = "研 ".repeat(2000);
    let tricky = [
        "\u{0}",
        "\u{1b}[31m",
        "\u{7f}\u{9b}",
        "\u{3099}",
        "\u{309A}\u{3099}",
        "ﾞﾟ",
        "ﾞ研修",
        "ｶﾞ\u{3099}",
        "\u{301}e",
        "\u{200B}",
        "\u{202E}OJT",
        "\u{FEFF}",
        "\u{FFFF}",
        "\u{10FFFF}",
        "\u{D7FF}",
        "😀",
        "👨‍👩‍👧",
        "\n\r\t",
        "ＯＪＴ\u{0}",
        "Ω",
        "İ",
        "ß",
        long.as_str(),
        many_words.as_str(),
    ];
    for q in tricky {
        let hits = index().search(q);
        assert_targets_in_range(map(), &hits);
        for h in &hits {
            let _ = h.parts();
        }
        let _ = normalize(q);
    }
    // Every single char in the ranges normalisation touches, alone and after a kana.
    for c in (0x3000..0x3100)
        .chain(0xFF00..0xFFF0)
        .filter_map(char::from_u32)
    {
        for q in [c.to_string(), format!("ｶ{c}"), format!("か{c}ﾟ")] {
            assert_targets_in_range(map(), &index().search(&q));
        }
    }
}

#[test]
fn every_target_of_a_broad_search_is_in_range() {
    for q in ["研修", "の", "、", "・", "ー", "(", "1", "o"] {
        let hits = index().search(q);
        assert!(!hits.is_empty(), "{q}");
        assert_targets_in_range(map(), &hits);
    }
}

#[test]
fn titles_and_headwords_come_first_then_exact_prefix_substring() {
    // /データ: the training データ分析研修 first (it was third, behind 「地域データ活用、法務」,
    // the contents of 4年目職員研修).
    let hits = index().search("データ");
    assert_eq!(&*hits[0].text, "データ分析研修");
    let Target::Training(i) = hits[0].target else {
        panic!("{:?}", hits[0])
    };
    assert_eq!(map().catalog()[i].name, "データ分析研修");
    let contents = hits
        .iter()
        .position(|h| &*h.text == "地域データ活用、法務")
        .expect("the contents of 4年目職員研修");
    let last_title = hits
        .iter()
        .rposition(|h| h.rank.kind == TextKind::Title)
        .unwrap();
    assert!(last_title < contents, "{:#?}", &hits[..contents + 1]);
    // /OJT: the glossary's OJT first (it was 17th), then the headword OJT推進者.
    let hits = index().search("OJT");
    assert_eq!((&*hits[0].text, &*hits[0].place), ("OJT", "用語集"));
    assert_eq!(hits[0].rank.how, Match::Exact);
    assert_eq!((&*hits[1].text, &*hits[1].place), ("OJT推進者", "用語集"));
    // Full width and lower case rank the same.
    assert_eq!(keys(&index().search("ｏｊｔ")), keys(&hits));
    // Every hit list is sorted by rank; within a rank, map order stays.
    for q in ["データ", "OJT", "研修", "考課者", "推進"] {
        let hits = index().search(q);
        assert!(hits.windows(2).all(|w| w[0].rank <= w[1].rank), "{q}");
    }
}
