//! Say only what the source says: what a reader sees is either printed in the source or marked
//! as a reading; every fact can be set beside its source text (原文); each mark means one thing
//! and its legend comes before it; inference notes stay quiet until asked for.

mod common;

use assert_cmd::Command;
use career_nav::content::{self, Item};
use career_nav::model::{CareerMap, Place, Text, Training};
use common::{app_at, map, screen, type_keys};

fn data_home() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

fn show(args: &[&str]) -> String {
    let out = Command::cargo_bin("career-nav")
        .unwrap()
        .env("XDG_DATA_HOME", data_home())
        .env("XDG_CONFIG_HOME", data_home())
        .arg("show")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn all_trainings(m: &CareerMap) -> Vec<&Training> {
    let mut v: Vec<&Training> = m
        .promotion_trainings
        .iter()
        .flat_map(|p| &p.trainings)
        .collect();
    v.extend(
        m.blocks
            .iter()
            .flat_map(|b| &b.groups)
            .flat_map(|g| &g.items),
    );
    v
}

/// Every 原文 of the map.
fn sources(m: &CareerMap) -> Vec<&Text> {
    let mut v: Vec<&Text> = Vec::new();
    v.extend(m.measures.iter().filter_map(|x| x.source.as_ref()));
    v.extend(m.initiatives.iter().filter_map(|x| x.source.as_ref()));
    for s in &m.steps {
        v.extend(
            [&s.source, &s.ojt.source, &s.appraisal.source]
                .into_iter()
                .flatten(),
        );
    }
    for t in &m.specialist_tiers {
        v.extend(
            [&t.source, &t.ojt.source, &t.appraisal.source]
                .into_iter()
                .flatten(),
        );
    }
    v.extend(m.blocks.iter().filter_map(|x| x.source.as_ref()));
    v.extend(
        all_trainings(m)
            .into_iter()
            .filter_map(|x| x.source.as_ref()),
    );
    v
}

/// Every inference note of the map.
fn notes(m: &CareerMap) -> Vec<&Text> {
    let mut v: Vec<&Text> = Vec::new();
    v.extend(m.meta.identified.iter());
    for x in &m.measures {
        v.extend(
            [&x.inferred, &x.related_note, &x.aim_note]
                .into_iter()
                .flatten(),
        );
    }
    for s in &m.steps {
        v.extend(
            [&s.inferred, &s.ojt.inferred, &s.appraisal.inferred]
                .into_iter()
                .flatten(),
        );
    }
    for t in &m.specialist_tiers {
        v.extend(
            [&t.inferred, &t.ojt.inferred, &t.appraisal.inferred]
                .into_iter()
                .flatten(),
        );
        v.extend(t.levels.iter().filter_map(|l| l.inferred.as_ref()));
    }
    v.extend(
        m.promotion_trainings
            .iter()
            .filter_map(|p| p.inferred.as_ref()),
    );
    v.extend(
        all_trainings(m)
            .into_iter()
            .filter_map(|t| t.inferred.as_ref()),
    );
    v
}

const MARKS: [&str; 5] = ["＊", "※", "★", "◎", "〔解説〕"];

/// Each mark the text uses appears first inside a legend line that says what it means.
fn legend_first(what: &str, text: &str) {
    for mark in MARKS {
        let Some(first) = text.find(mark) else {
            continue;
        };
        let line_start = text[..first].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        assert!(
            line.trim_start_matches(['#', ' ']).starts_with("記号："),
            "{what}: {mark} is used before its legend (first in {line:?})"
        );
    }
}

#[test]
fn every_document_puts_the_legend_before_the_first_mark() {
    let mut docs: Vec<(String, String)> = Vec::new();
    for args in [
        vec!["--grade", "1級", "--year", "2"],
        vec!["--grade", "主任", "--year", "3"],
        vec!["--grade", "主幹"],
        vec!["--grade", "参事"],
        vec!["--overview"],
        vec!["--catalog"],
        vec!["--compare", "主任", "グループ長"],
        vec!["--compare", "主幹", "課長補佐"],
        vec!["--glossary"],
        vec!["--all"],
    ] {
        for source in [false, true] {
            for md in [false, true] {
                let mut a = args.clone();
                if source {
                    a.push("--source");
                }
                if md {
                    a.extend(["--format", "markdown"]);
                }
                docs.push((a.join(" "), show(&a)));
            }
        }
    }
    for (what, text) in &docs {
        legend_first(what, text);
    }
    // The walk uses every mark but the glossary's.
    let walk = &docs[2].1;
    for mark in ["＊", "※", "★", "◎"] {
        assert!(walk.contains(mark), "{mark} in {walk}");
    }
}

#[test]
fn quiet_by_default_complete_with_source() {
    let m = map();
    let quiet = show(&["--grade", "1級"]);
    let full = show(&["--grade", "1級", "--source"]);
    assert!(!quiet.contains("原資料の配置から推定"), "{quiet}");
    assert!(!quiet.contains("原文：「"), "{quiet}");
    // Every step's 原文 and every note of the walk under --source.
    for s in &m.steps {
        let src = s.source.as_deref().unwrap();
        assert!(full.contains(&format!("原文：「{src}」")), "{src}");
        for n in [&s.ojt.inferred, &s.appraisal.inferred]
            .into_iter()
            .flatten()
        {
            assert!(full.contains(&format!("＊ {n}")), "{n}");
        }
    }
    for p in &m.promotion_trainings {
        assert!(full.contains(p.inferred.as_deref().unwrap()));
        for t in &p.trainings {
            assert!(full.contains(&format!("原文：「{}」", t.source.as_deref().unwrap())));
        }
    }
    // A corrected typo carries the printed spelling in both.
    for text in [&quiet, &full] {
        assert!(
            text.contains("積極的に協力することができる。（※原文：協力がすることができる）"),
            "{text}"
        );
    }
}

#[test]
fn the_handout_sets_every_fact_beside_its_source_in_an_appendix() {
    let m = map();
    let all = show(&["--all"]);
    let at = all
        .find(&format!("■ {}", content::APPENDIX))
        .expect("the appendix");
    let (body, appendix) = all.split_at(at);
    assert!(body.contains("■ 用語集"), "the appendix comes last");
    // The body is quiet: marks only.
    assert!(!body.contains("原資料の配置から推定"));
    assert!(!body.contains("原文：「"));
    assert!(body.contains("＊"));
    for src in sources(&m) {
        assert!(appendix.contains(&format!("原文：「{src}」")), "{src}");
    }
    for n in notes(&m) {
        assert!(appendix.contains(n.as_str()), "{n}");
    }
    // Each typo: the corrected text with the printed spelling beside it, in the body.
    for printed in [
        "協力がすることができる",
        "データテラシー",
        "業務スベック",
        "人も最も",
        "通信教育放送大学",
    ] {
        assert!(body.contains(&format!("（※原文：{printed}）")), "{printed}");
    }
}

#[test]
fn blocks_are_not_said_to_be_open_to_every_grade() {
    let m = map();
    let mut texts = vec![
        show(&["--all"]),
        show(&["--grade", "2級"]),
        show(&["--catalog"]),
    ];
    for e in m.catalog() {
        texts.push(career_nav::render_text::text(&content::training_page(
            &m, &e,
        )));
    }
    for t in &texts {
        for banned in ["全職位", "職位を問わず"] {
            assert!(!t.contains(banned), "{banned}: {t}");
        }
    }
    assert!(texts[0].contains(&format!("■ {}", content::UNTIED)));
    // A block's training: its audience as 対象, never a 時期.
    let e = m
        .catalog()
        .into_iter()
        .find(|e| e.name == "会計年度任用職員研修")
        .unwrap();
    let page = career_nav::render_text::text(&content::training_page(&m, &e));
    assert!(!page.contains("時期："), "{page}");
    assert!(page.contains("対象："), "{page}");
    // A training with a printed audience shows it.
    let e = m
        .catalog()
        .into_iter()
        .find(|e| e.name == "新任監督者級研修")
        .unwrap();
    let page = career_nav::render_text::text(&content::training_page(&m, &e));
    assert!(page.contains("対象：副主幹・副技監"), "{page}");
}

#[test]
fn blocks_show_page_two_slogans() {
    let m = map();
    let mut out = Vec::new();
    content::open_to_all(&m, &mut out);
    for b in &m.blocks {
        let measure = m.measure(&b.measure).unwrap();
        let at = out
            .iter()
            .position(|i| matches!(i, Item::Subheading(h) if h.ends_with(b.name.as_str())))
            .unwrap();
        // The heading, its 原文, then the slogan.
        let Item::Source(_, src) = &out[at + 1] else {
            panic!("the 原文 follows the heading")
        };
        assert_eq!(Some(src.as_str()), b.source.as_deref());
        let Item::Text(slogan) = &out[at + 2] else {
            panic!("the slogan follows")
        };
        assert!(slogan.starts_with(b.slogan.as_str()), "{slogan}");
        if b.slogan != measure.policy {
            assert!(!slogan.contains(measure.policy.as_str()), "{slogan}");
        }
    }
}

#[test]
fn promotion_placements_carry_their_mark_everywhere() {
    let m = map();
    // The overview's list of ①'s trainings.
    let i = m.measure_index("m1").unwrap();
    let page = content::quiet(&content::topic_page(&m, content::Topic::Measure(i)), "");
    for p in &m.promotion_trainings {
        for t in &p.trainings {
            assert!(
                page.iter().any(|it| matches!(it,
                    Item::Bullet(0, l) if l.starts_with(t.name.as_str()) && l.ends_with('＊'))),
                "{} unmarked in the overview",
                t.name
            );
        }
    }
    // The 「次の職位」 line of each step promoted from.
    let walk = show(&["--grade", "1級"]);
    for line in walk.lines().filter(|l| l.contains("への昇任時の研修：")) {
        assert!(line.ends_with('＊'), "{line}");
    }
    // 副主幹・副技監 beside グループ長: on the ladder picture, in 同じ水準のスタッフ職, in compare.
    let mut app = app_at(Some("主任"), Some(3));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("┆ 副主幹・副技監＊"), "{s}");
    // The catalog's list (all steps): the mark leads each promotion row, after the legend.
    type_keys(&mut app, "3 x", 120, 40);
    let s = screen(&mut app, 120, 40);
    let legend = s.find("記号：＊").expect("the list's legend");
    for t in m.promotion_trainings.iter().flat_map(|p| &p.trainings) {
        let row = s
            .find(&format!("①＊{}［", t.name))
            .unwrap_or_else(|| panic!("{} marked in the list: {s}", t.name));
        assert!(legend < row);
    }
    assert!(
        s.contains("①  （過ぎた年次）1～5年目職員研修（1年目）［入庁1年目］"),
        "{s}"
    );
    // わたしの記録: the same mark, its legend in the section's heading.
    type_keys(&mut app, "6", 120, 40);
    let s = screen(&mut app, 120, 40);
    let legend = s.find("＊ 推定の時期").expect("the record's legend");
    let row = s
        .find("新任主任研修［主任への昇任時＊］")
        .expect("a marked row");
    assert!(legend < row, "{s}");
    assert!(s.contains("1～5年目職員研修（1年目）［入庁1年目］"), "{s}");
    let g = m.step_index("group_cho").unwrap();
    let page = content::quiet(&content::place_page(&m, Place::Step(g), None, false), "");
    assert!(page.iter().any(|it| matches!(it,
        Item::Bullet(0, l) if l.starts_with("副主幹・副技監") && l.ends_with('＊'))));
    let shunin = m.step_index("shunin").unwrap();
    let cmp = content::quiet(
        &content::compare(&m, Place::Step(shunin), Place::Step(g)),
        "",
    );
    assert!(cmp.iter().any(|it| matches!(it,
        Item::Bullet(0, l) if l.contains("副主幹・副技監") && l.ends_with('＊'))));
}

#[test]
fn the_source_view_opens_on_a_key_and_closes() {
    let mut app = app_at(Some("主任"), Some(3));
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("実務指導者・OJT推進者＊"), "{s}");
    assert!(!s.contains("原文：「"), "{s}");
    assert!(s.contains("記号：＊"), "the legend: {s}");
    type_keys(&mut app, "o", 120, 40);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("原文と注記"), "{s}");
    assert!(s.contains("原文：「実務指導者 OJT 推進者」"), "{s}");
    assert!(s.contains("＊ 原資料の配置から推定：主任の行の欄に"), "{s}");
    // It scrolls, and its key (or Esc) closes it.
    type_keys(&mut app, "j o", 120, 40);
    let s = screen(&mut app, 120, 40);
    assert!(!s.contains("原文と注記"), "{s}");
    // The overview's measure: its page-1 原文.
    type_keys(&mut app, "2 j j j o", 120, 40);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("原文：「③派遣研修 方針:"), "{s}");
    type_keys(&mut app, "o", 120, 40);
    assert!(app.source_view().is_none());
    // On the ladder, Esc closes it too.
    type_keys(&mut app, "1 o", 120, 40);
    assert!(app.source_view().is_some());
    type_keys(&mut app, "Esc", 120, 40);
    assert!(app.source_view().is_none());
}

#[test]
fn the_glossary_says_whose_words_it_holds() {
    let m = map();
    let g = content::glossary(&m);
    let text = career_nav::render_text::text(&g);
    assert!(text.contains("〔解説〕この用語集の説明は career-nav による一般的な説明"));
    let exp = |term: &str| {
        m.glossary
            .iter()
            .find(|e| e.term == term)
            .unwrap()
            .explanation
            .to_string()
    };
    for term in ["実務指導者", "OJT推進者", "育成面談"] {
        assert!(
            exp(term).contains("浜松市での使い方とは異なることがある"),
            "{term}"
        );
    }
    assert!(exp("集中育成期間").contains("浜松市独自の語"));
    assert!(exp("会計年度任用職員").contains("超えない"));
}

#[test]
fn plain_mode_is_quiet_and_gives_the_notes_on_request() {
    // Plain mode: the ladder, 主任 (the third rung), then 「原文と注記」.
    let mut app = career_nav::app::App::new(map(), None);
    let mut store = career_nav::store::Store::memory();
    let mut input = std::io::Cursor::new(b"1\n3\n4\n0\n0\n".to_vec());
    let mut output = Vec::new();
    career_nav::plain::run(&mut app, &mut store, &mut input, &mut output).unwrap();
    let out = String::from_utf8(output).unwrap();
    let notes_at = out
        .find("原文：「実務指導者 OJT 推進者」")
        .expect("the 原文 on request");
    let page = &out[..notes_at];
    assert!(page.contains("実務指導者・OJT推進者＊"), "{page}");
    assert!(
        !page.contains("原資料の配置から推定"),
        "quiet before: {page}"
    );
    assert!(page.contains("4 原文と注記"), "{page}");
    assert!(
        out[notes_at..].contains("＊ 原資料の配置から推定：主任の行の欄に"),
        "{out}"
    );
}

#[test]
fn a_related_training_that_does_not_exist_is_an_error() {
    let text = career_nav::model::EMBEDDED_MAP.replacen(
        "related_trainings: [\"jinji_koka_ikusei_mendan\"]",
        "related_trainings: [\"jinji_koka\"]",
        1,
    );
    assert_ne!(text, career_nav::model::EMBEDDED_MAP);
    let e = career_nav::model::parse(&text, "bad.ron")
        .expect_err("an unknown training is refused")
        .to_string();
    assert!(
        e.contains("related training \"jinji_koka\" does not exist"),
        "{e}"
    );
}
