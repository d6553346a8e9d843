//! Facts of the embedded map (data/hamamatsu.ron), checked against the source document as
//! READING.md reads it, and — wherever a fact can be read from it — against the source text
//! itself (`../shared/seed/*.txt`), so a regression in data/ fails here.

use std::collections::HashSet;
use std::sync::OnceLock;

use career_nav::model::{
    CareerMap, InitiativeLabel, Place, PromotionTraining, Step, StepIndex, Text, TierIndex,
    Training, load_embedded,
};

const INFERRED_PREFIX: &str = "原資料の配置から推定";

fn map() -> &'static CareerMap {
    static MAP: OnceLock<CareerMap> = OnceLock::new();
    MAP.get_or_init(|| load_embedded().expect("the embedded map loads and validates"))
}

fn step<'a>(m: &'a CareerMap, id: &str) -> &'a Step {
    m.step(id).unwrap_or_else(|| panic!("step {id} exists"))
}

fn step_idx(m: &CareerMap, id: &str) -> StepIndex {
    m.step_index(id)
        .unwrap_or_else(|| panic!("step {id} exists"))
}

fn tier_idx(m: &CareerMap, id: &str) -> TierIndex {
    m.tier_index(id)
        .unwrap_or_else(|| panic!("tier {id} exists"))
}

fn promotion<'a>(m: &'a CareerMap, step_id: &str) -> Option<&'a PromotionTraining> {
    m.promotion_into(step_idx(m, step_id))
}

fn strs(v: &[Text]) -> Vec<&str> {
    v.iter().map(Text::as_str).collect()
}

fn opt(v: &Option<Text>) -> Option<&str> {
    v.as_deref()
}

fn all_trainings(m: &CareerMap) -> Vec<&Training> {
    let mut out: Vec<&Training> = Vec::new();
    for p in &m.promotion_trainings {
        out.extend(p.trainings.iter());
    }
    for b in &m.blocks {
        for g in &b.groups {
            out.extend(g.items.iter());
        }
    }
    out
}

fn training<'a>(m: &'a CareerMap, id: &str) -> &'a Training {
    all_trainings(m)
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("training {id} exists"))
}

fn assert_inferred(note: &Option<Text>, what: &str) {
    let note = note
        .as_deref()
        .unwrap_or_else(|| panic!("{what}: expected an inferred note"));
    assert!(
        note.starts_with(INFERRED_PREFIX),
        "{what}: inferred note should start with {INFERRED_PREFIX}: {note}"
    );
    assert!(
        !note.starts_with('※'),
        "{what}: the program adds ※ itself: {note}"
    );
}

// ---------------------------------------------------------------- meta and page 1

#[test]
fn meta_names_the_document_and_edition() {
    let m = map();
    assert_eq!(m.meta.title, "人材育成基本方針");
    assert_eq!(
        m.meta.map_title,
        "人材育成のための施策リスト（人材育成マップ）"
    );
    assert_eq!(m.meta.organisation, "浜松市");
    // What is printed about the date; 「令和5年3月改訂」 is not printed.
    assert_eq!(m.meta.edition, "取組8「令和5年3月追加」");
    let identified = opt(&m.meta.identified).expect("the identification is marked");
    for word in ["浜松市", "人材育成基本方針", "印刷されていない"] {
        assert!(identified.contains(word), "{identified}");
    }
    let seed = seed();
    for unprinted in ["浜松市", "人材育成基本方針", "令和5年3月改訂"] {
        assert!(!seed.contains(unprinted), "{unprinted} is not printed");
    }
    assert!(seed.contains("令和5年3月追加"));
    assert_eq!(
        strs(&m.meta.notes),
        ["※項目番号（①～⑦、⑩）は、P.1に対応しています。"]
    );
}

#[test]
fn vision_goal_and_states() {
    let v = &map().vision;
    assert_eq!(
        v.goal,
        "変化を先取りし、市民の目線で考え、果敢に行動する職員"
    );
    assert_eq!(
        v.workplace_state,
        "職員一人ひとりの学びとチャレンジを通じた成長を支え、やりがいに満ちている"
    );
    assert_eq!(
        v.staff_state,
        "心身ともに健康で、志を持ち学び続けることで、仕事と生活の調和を実現している"
    );
}

#[test]
fn ten_measures_with_symbols_names_and_policies() {
    let m = map();
    let expected = [
        ("m1", 1, "①", "階層別研修", "レベルアップへの“必須アイテム”"),
        ("m2", 2, "②", "課題対応研修", "スキルアップへの“パスポート”"),
        ("m3", 3, "③", "派遣研修", "人を大きく育てる“新しい世界”"),
        ("m4", 4, "④", "各課主催研修", "みるみるアップ“業務スペック”"),
        ("m5", 5, "⑤", "自主研修", "投資するのは“ミライの自分”"),
        (
            "m6",
            6,
            "⑥",
            "OJT・職場研修",
            "人を最も成長させるのは“職場での経験”",
        ),
        (
            "m7",
            7,
            "⑦",
            "人事考課",
            "部下への評価は“成長のためのエール”",
        ),
        (
            "m8",
            8,
            "⑧",
            "配置換え・昇任",
            "巡り合った“この部署で花開く”",
        ),
        (
            "m9",
            9,
            "⑨",
            "勤務条件",
            "安心して働く土台“仕事と生活の調和”",
        ),
        ("m10", 10, "⑩", "顕彰", "“自分を誇れる”自分になる"),
    ];
    assert_eq!(m.measures.len(), expected.len());
    for (measure, (id, number, symbol, name, policy)) in m.measures.iter().zip(expected) {
        assert_eq!(measure.id, id);
        assert_eq!(measure.number, number, "{id}");
        assert_eq!(measure.symbol, symbol, "{id}");
        assert_eq!(measure.name, name, "{id}");
        assert_eq!(measure.policy, policy, "{id}");
    }
}

#[test]
fn measure_aims_and_main_initiatives() {
    let m = map();
    let m1 = m.measure("m1").unwrap();
    assert_eq!(opt(&m1.aim), Some("職位に応じた能力が獲得できている"));
    assert_eq!(opt(&m1.group), Some("研修"));
    assert_eq!(
        strs(&m1.main_initiatives),
        [
            "新規採用職員研修（組織人としての行動）",
            "新任課長研修（マネジメント能力獲得）"
        ]
    );
    // ③'s aim as printed (two possible corrections), with its note.
    let m3 = m.measure("m3").unwrap();
    assert_eq!(
        opt(&m3.aim),
        Some("派遣研修で得た知識・経験・人脈が仕事に活かしている")
    );
    assert!(seed().contains(m3.aim.as_deref().unwrap()));
    assert!(opt(&m3.aim_note).is_some_and(|n| n.contains("活かされている")));
    assert_eq!(
        strs(&m.measure("m4").unwrap().main_initiatives),
        [
            "健康づくりセミナー[職員厚生課主催]",
            "技術伝承研修[技術監理課主催]"
        ]
    );
    assert_eq!(
        strs(&m.measure("m9").unwrap().main_initiatives),
        ["制度等のわかりやすい周知（育児支援ハンドブックなど）"]
    );
    // ①–⑨ all carry an aim and their printed main initiatives; none of them is inferred.
    for measure in &m.measures[..9] {
        assert!(measure.aim.is_some(), "{} has an aim", measure.id);
        assert!(
            !measure.main_initiatives.is_empty(),
            "{} has main initiatives",
            measure.id
        );
        assert!(measure.inferred.is_none(), "{} is printed", measure.id);
    }
}

#[test]
fn measure_ten_lost_its_aim_and_says_so() {
    let m10 = map().measure("m10").unwrap();
    assert!(m10.aim.is_none());
    assert_eq!(opt(&m10.group), Some("業務外"));
    assert_eq!(strs(&m10.main_initiatives), ["職員表彰"]);
    assert_inferred(&m10.inferred, "m10");
}

#[test]
fn initiatives_in_document_order() {
    let m = map();
    let numbers: Vec<u8> = m.initiatives.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [1, 2, 8, 3, 4, 5, 6, 7]);
    for i in &m.initiatives {
        let want = if i.number <= 4 || i.number == 8 {
            InitiativeLabel::New
        } else {
            InitiativeLabel::Expanded
        };
        assert_eq!(i.label, want, "取組{}", i.number);
        if i.number == 8 {
            assert_eq!(opt(&i.added), Some("令和5年3月追加"));
        } else {
            assert!(i.added.is_none(), "取組{} was not added later", i.number);
        }
    }
    let by_number = |n: u8| m.initiatives.iter().find(|i| i.number == n).unwrap();
    assert_eq!(
        by_number(8).title,
        "データリテラシー研修、ヘルスリテラシー研修の実施"
    );
    assert_eq!(
        by_number(1).title,
        "いつでも、どこでも学べる環境の整備(各研修共通)"
    );
    let two = by_number(2);
    assert_eq!(two.title, "地域データ活用研修の実施");
    assert!(two.description.contains("『デジタル人材※』"));
    assert_eq!(
        opt(&two.note),
        Some("※デジタルファースト宣言（令和元年10月）")
    );
    assert_eq!(by_number(7).title, "表彰制度の対象拡大");
}

#[test]
fn basis_names_three_sources() {
    let b = &map().basis;
    assert_eq!(
        strs(&b.sources),
        [
            "職員意識調査(H30.12)",
            "部長職員級への調査(R1.7)",
            "各種研修受講後のアンケート結果"
        ]
    );
    assert!(b.text.starts_with("今回の改訂にあたり、"));
    assert!(b.text.ends_with("を参考としました。"));
    for s in &b.sources {
        assert!(b.text.contains(&**s), "basis text names {s}");
    }
}

// ---------------------------------------------------------------- the ladder

#[test]
fn ladder_runs_from_kyu1_to_bucho() {
    let m = map();
    let names: Vec<&str> = m.ladder().iter().map(|&i| m[i].name.as_str()).collect();
    assert_eq!(
        names,
        [
            "1級",
            "2級",
            "主任",
            "グループ長",
            "課長補佐",
            "課長",
            "部長"
        ]
    );
    let ids: Vec<&str> = m.ladder().iter().map(|&i| m[i].id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "kyu1",
            "kyu2",
            "shunin",
            "group_cho",
            "kacho_hosa",
            "kacho",
            "bucho"
        ]
    );
    assert!(step(m, "bucho").next.is_none());
}

#[test]
fn step_titles() {
    let m = map();
    let expected: [(&str, &[&str]); 7] = [
        ("kyu1", &["1級"]),
        ("kyu2", &["2級"]),
        ("shunin", &["主任"]),
        ("group_cho", &["グループ長", "施設の長"]),
        ("kacho_hosa", &["課長補佐"]),
        ("kacho", &["担当課長", "課長"]),
        ("bucho", &["次長", "担当部長", "区長", "部長"]),
    ];
    for (id, titles) in expected {
        assert_eq!(strs(&step(m, id).titles), titles, "{id}");
    }
}

#[test]
fn step_roles_ojt_and_appraisal() {
    let m = map();
    let expected = [
        ("kyu1", "行政サービス活動の遂行者", "グループ員", "被考課者"),
        (
            "kyu2",
            "行政サービス活動の自律的遂行者",
            "グループ員",
            "被考課者",
        ),
        (
            "shunin",
            "行政サービス活動の効率的推進者",
            "実務指導者・OJT推進者",
            "被考課者",
        ),
        (
            "group_cho",
            "行政サービス活動グループの運営者",
            "OJT推進者",
            "考課者(一次)",
        ),
        (
            "kacho_hosa",
            "課の総合調整者／行政サービスの管理者",
            "OJT推進者",
            "考課者(二次)",
        ),
        (
            "kacho",
            "課の統括者／市行政の政策立案・執行の第一義的責任者",
            "OJT推進者",
            "考課者(二次)",
        ),
        (
            "bucho",
            "部の統括者／市行政の経営者",
            "OJT推進者",
            "考課者(二次)",
        ),
    ];
    for (id, role, ojt, appraisal) in expected {
        let s = step(m, id);
        assert_eq!(s.role, role, "{id} role");
        assert_eq!(s.ojt.name, ojt, "{id} ojt");
        assert_eq!(s.appraisal.name, appraisal, "{id} appraisal");
        assert!(!s.role.starts_with('日'), "{id}: stray 日 dropped");
    }
    let kyu1 = step(m, "kyu1");
    assert_eq!(opt(&kyu1.ojt.detail), Some("OJTを通じた成長"));
    assert_eq!(
        opt(&kyu1.appraisal.detail),
        Some("考課者との育成面談等を通じた成長")
    );
}

#[test]
fn step_expectations() {
    let m = map();
    let counts = [
        ("kyu1", 3),
        ("kyu2", 3),
        ("shunin", 2),
        ("group_cho", 3),
        ("kacho_hosa", 3),
        ("kacho", 2),
        ("bucho", 3),
    ];
    for (id, n) in counts {
        assert_eq!(step(m, id).expectations.len(), n, "{id} expectations");
    }
    assert_eq!(
        step(m, "kyu1").expectations[1],
        "問題意識を持って担当する業務にあたり、現状から問題点を提起し、その問題解決に向けて積極的に協力することができる。"
    );
    assert_eq!(
        step(m, "kyu2").expectations[2],
        "仕事を通して、自ら成長することができる。他の職員に対して、支援や助言ができる。"
    );
    assert_eq!(
        step(m, "shunin").expectations[1],
        "後輩への実務指導を通して、グループ業務の円滑で効率的な推進に貢献することができる。"
    );
    assert_eq!(
        step(m, "kacho_hosa").expectations[0],
        "課長業務を代行・補佐し、グループ長を総括指揮することができる。"
    );
    assert_eq!(
        step(m, "bucho").expectations[2],
        "市政の課題と組織の人材育成の関係性を示すことができる。"
    );
}

// ---------------------------------------------------------------- specialist track

#[test]
fn specialist_tiers_as_printed() {
    let m = map();
    assert_eq!(m.specialist_tiers.len(), 2);
    let s1 = &m[tier_idx(m, "staff1")];
    let s2 = &m[tier_idx(m, "staff2")];
    assert_eq!(strs(&s1.titles), ["副主幹", "副技監", "主幹", "技監"]);
    assert_eq!(strs(&s2.titles), ["専門監", "副参事", "参事", "参与"]);
    // 困難度 and 困難性 differ in the source and are kept as printed.
    assert_eq!(s1.role, "専門性・困難度の高い職務の推進者");
    assert_eq!(s2.role, "専門性・困難性の高い職務の責任者");
    assert_eq!(s1.expectations.len(), 2);
    assert_eq!(s2.expectations.len(), 2);
    assert_eq!(
        s1.expectations[0],
        "その専門性をもって積極的に事業を推進することができる。"
    );
    assert_eq!(
        s2.expectations[1],
        "政策能力を身に付け、与えられた課題を克服することができる。"
    );
    // The row holds only a spanning cell copied from the rows above: the roles are not
    // readable, and the map says so rather than showing OJT推進者 / 考課者(二次).
    for t in [s1, s2] {
        assert_eq!(t.ojt.name, "原資料から読み取れない", "{}", t.id);
        assert_eq!(t.appraisal.name, "原資料から読み取れない", "{}", t.id);
    }
}

#[test]
fn title_levels_of_specialists() {
    let m = map();
    let s1 = tier_idx(m, "staff1");
    let s2 = tier_idx(m, "staff2");
    assert_eq!(m.title_level(s1, "副主幹"), Some(step_idx(m, "group_cho")));
    assert_eq!(m.title_level(s1, "副技監"), Some(step_idx(m, "group_cho")));
    assert_eq!(m.title_level(s1, "主幹"), Some(step_idx(m, "kacho_hosa")));
    assert_eq!(m.title_level(s1, "技監"), Some(step_idx(m, "kacho_hosa")));
    assert_eq!(m.title_level(s2, "副参事"), Some(step_idx(m, "kacho")));
    assert_eq!(m.title_level(s2, "参事"), None);
    assert_eq!(m.title_level(s2, "専門監"), None);
    assert_eq!(m.title_level(s2, "参与"), None);

    let beside = |id: &str| -> Vec<&str> {
        m.tiers_beside(step_idx(m, id))
            .into_iter()
            .map(|(_, t)| t.id.as_str())
            .collect()
    };
    assert_eq!(beside("group_cho"), ["staff1"]);
    assert_eq!(beside("kacho_hosa"), ["staff1"]);
    assert_eq!(beside("kacho"), ["staff2"]);
    assert!(beside("shunin").is_empty());
    assert!(beside("bucho").is_empty());
}

// ---------------------------------------------------------------- titles

#[test]
fn titles_resolve_to_their_place() {
    let m = map();
    let cases = [
        ("1級", Place::Step(step_idx(m, "kyu1"))),
        ("１級", Place::Step(step_idx(m, "kyu1"))),
        (" 2級 ", Place::Step(step_idx(m, "kyu2"))),
        ("主任", Place::Step(step_idx(m, "shunin"))),
        ("グループ長", Place::Step(step_idx(m, "group_cho"))),
        ("施設の長", Place::Step(step_idx(m, "group_cho"))),
        ("課長補佐", Place::Step(step_idx(m, "kacho_hosa"))),
        ("担当課長", Place::Step(step_idx(m, "kacho"))),
        ("課長", Place::Step(step_idx(m, "kacho"))),
        ("次長", Place::Step(step_idx(m, "bucho"))),
        ("担当部長", Place::Step(step_idx(m, "bucho"))),
        ("区長", Place::Step(step_idx(m, "bucho"))),
        ("部長", Place::Step(step_idx(m, "bucho"))),
        ("副主幹", Place::Tier(tier_idx(m, "staff1"))),
        ("主幹", Place::Tier(tier_idx(m, "staff1"))),
        ("技監", Place::Tier(tier_idx(m, "staff1"))),
        ("専門監", Place::Tier(tier_idx(m, "staff2"))),
        ("副参事", Place::Tier(tier_idx(m, "staff2"))),
        ("参事", Place::Tier(tier_idx(m, "staff2"))),
        ("参与", Place::Tier(tier_idx(m, "staff2"))),
    ];
    for (typed, place) in cases {
        let got = m
            .resolve_title(typed)
            .unwrap_or_else(|| panic!("{typed:?} resolves"));
        assert_eq!(got.place, place, "{typed:?}");
    }
    assert_eq!(m.resolve_title("１級").unwrap().title, "1級");
    assert_eq!(m.resolve_title("施設の長").unwrap().title, "施設の長");
    assert!(m.resolve_title("社長").is_none());
    assert!(m.resolve_title("3級").is_none());
    assert!(m.resolve_title("").is_none());
}

#[test]
fn every_title_is_listed_once() {
    let m = map();
    let all = m.all_titles();
    assert_eq!(all.len(), 12 + 8);
    let mut seen = HashSet::new();
    for (t, _) in &all {
        assert!(seen.insert(t.as_str()), "title {t} appears twice");
    }
}

// ---------------------------------------------------------------- ① 階層別研修

#[test]
fn year_training_contents() {
    let y = &map().year_training;
    assert_eq!(y.name, "集中育成期間");
    assert_eq!(y.subtitle, "1～5年目職員研修");
    assert_eq!(y.measure, "m1");
    assert_eq!(y.step, "kyu1");
    let expected = [
        (1, "year1", "接遇、公務員倫理 等"),
        (2, "year2", "法制執務(基礎)、文章力 等"),
        (3, "year3", "ロジカルシンキング"),
        (4, "year4", "地域データ活用、法務"),
        (5, "year5", "政策形成、法制執務(応用)"),
    ];
    assert_eq!(y.years.len(), expected.len(), "one table, five years");
    for (entry, (year, id, contents)) in y.years.iter().zip(expected) {
        assert_eq!(entry.year, year);
        assert_eq!(entry.id, id);
        assert_eq!(entry.contents, contents, "year {year}");
    }
}

#[test]
fn promotion_trainings_per_step() {
    let m = map();
    let expected: [(&str, &[&str]); 4] = [
        ("shunin", &["新任主任研修", "キャリアデザイン研修"]),
        ("group_cho", &["新任監督者級研修", "マネジメント研修(基礎)"]),
        (
            "kacho_hosa",
            &[
                "新任課長補佐級研修",
                "人事考課研修・育成面談研修",
                "マネジメント研修(中級)",
            ],
        ),
        ("kacho", &["新任課長級研修", "マネジメント研修(上級)"]),
    ];
    assert_eq!(m.promotion_trainings.len(), expected.len());
    for (id, names) in expected {
        let p = promotion(m, id).unwrap_or_else(|| panic!("training into {id}"));
        assert_eq!(p.measure, "m1");
        let got: Vec<&str> = p.trainings.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(got, names, "into {id}");
    }
    for id in ["kyu1", "kyu2", "bucho"] {
        assert!(promotion(m, id).is_none(), "no training into {id}");
    }
}

#[test]
fn promotion_training_audiences_and_contents() {
    let m = map();
    assert_eq!(
        opt(&training(m, "shinnin_kantokusha").audience),
        Some("副主幹・副技監")
    );
    assert_eq!(
        opt(&training(m, "shinnin_hosa").audience),
        Some("主幹・技監を含む")
    );
    assert_eq!(
        opt(&training(m, "shinnin_kacho").audience),
        Some("副参事を含む")
    );
    assert!(training(m, "shinnin_shunin").audience.is_none());
    assert_eq!(
        opt(&training(m, "shinnin_shunin").contents),
        Some("意識改革・自己成長 など")
    );
    assert_eq!(
        opt(&training(m, "shinnin_kantokusha").contents),
        Some("自治体経営 など")
    );
    assert_eq!(
        opt(&training(m, "management_kiso").contents),
        Some("マネジメント能力向上、OJT など")
    );
    assert_eq!(
        opt(&training(m, "shinnin_hosa").contents),
        Some("ハードクレーム対応 など")
    );
    assert_eq!(
        opt(&training(m, "management_chukyu").contents),
        Some("危機管理、データリテラシー、OJT など")
    );
    assert_eq!(
        opt(&training(m, "shinnin_kacho").contents),
        Some("不祥事対策 など")
    );
    assert_eq!(
        opt(&training(m, "management_jokyu").contents),
        Some("不当要求、イクボス、OJT、ハラスメント対策")
    );
}

// ---------------------------------------------------------------- blocks

#[test]
fn blocks_in_document_and_measure_order() {
    let m = map();
    let doc: Vec<&str> = m.blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        doc,
        [
            "block_m2",
            "block_m4",
            "block_m5",
            "block_m6",
            "block_m10",
            "block_m3"
        ]
    );
    let ordered: Vec<(&str, &str)> = m
        .blocks_in_measure_order()
        .into_iter()
        .map(|(measure, b)| (measure.symbol.as_str(), b.name.as_str()))
        .collect();
    assert_eq!(
        ordered,
        [
            ("②", "課題対応研修"),
            ("③", "派遣研修"),
            ("④", "各課主催研修"),
            ("⑤", "自主研修"),
            ("⑥", "職場研修"),
            ("⑩", "顕彰"),
        ]
    );
}

#[test]
fn block_item_counts_and_slogans() {
    let m = map();
    let expected = [
        ("block_m2", 13, "スキルアップへの“パスポート”"),
        ("block_m3", 2, "“新しい世界”が、人を大きく育てる"),
        ("block_m4", 3, "“業務スペック”のパワーアップ"),
        ("block_m5", 6, "“ミライの自分”への投資"),
        ("block_m6", 4, "人を最も成長させる、それは、“職場での経験”"),
        ("block_m10", 1, "“自分を誇れる”自分になる"),
    ];
    assert_eq!(m.blocks.len(), expected.len());
    for (id, count, slogan) in expected {
        let b = m.blocks.iter().find(|b| b.id == id).unwrap();
        let n: usize = b.groups.iter().map(|g| g.items.len()).sum();
        assert_eq!(n, count, "{id} items");
        assert_eq!(b.slogan, slogan, "{id} slogan");
        if id != "block_m2" {
            assert_eq!(b.groups.len(), 1, "{id} has one unnamed group");
            assert!(b.groups[0].name.is_none(), "{id}");
        }
    }
}

#[test]
fn block_two_groups() {
    let m = map();
    let b = m.blocks.iter().find(|b| b.id == "block_m2").unwrap();
    let groups: Vec<(Option<&str>, usize)> = b
        .groups
        .iter()
        .map(|g| (opt(&g.name), g.items.len()))
        .collect();
    assert_eq!(
        groups,
        [
            (Some("接遇向上"), 3),
            (Some("公務員倫理・ハラスメント対策"), 2),
            (Some("女性の活躍推進支援"), 2),
            (Some("行政運営"), 4),
            (Some("その他"), 2),
        ]
    );
    let women: Vec<&str> = b.groups[2].items.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        women,
        ["女性職員スキルアップ研修", "女性職員キャリアアシスト研修"]
    );
    let other: Vec<&str> = b.groups[4].items.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(other, ["定年延長等職員研修", "会計年度任用職員研修"]);
}

#[test]
fn block_four_organisers() {
    let m = map();
    let b = m.blocks.iter().find(|b| b.id == "block_m4").unwrap();
    let items: Vec<(&str, Option<&str>)> = b.groups[0]
        .items
        .iter()
        .map(|t| (t.name.as_str(), opt(&t.organiser)))
        .collect();
    assert_eq!(
        items,
        [
            ("健康づくりセミナー", Some("職員厚生課")),
            ("技術伝承研修", Some("技術監理課")),
            (
                "DX関係の研修・セミナー",
                Some("デジタル・スマートシティ推進課")
            ),
        ]
    );
    // Only ④'s items name an organiser.
    for t in all_trainings(m) {
        if !b.groups[0].items.iter().any(|i| i.id == t.id) {
            assert!(t.organiser.is_none(), "{} has no organiser", t.id);
        }
    }
}

#[test]
fn block_items_as_corrected() {
    let m = map();
    let five: Vec<&str> = m.blocks.iter().find(|b| b.id == "block_m5").unwrap().groups[0]
        .items
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert!(five.contains(&"通信教育・放送大学(助成)"));
    let three = m.blocks.iter().find(|b| b.id == "block_m3").unwrap();
    let support = three.groups[0]
        .items
        .iter()
        .find(|t| t.name == "外部研修への参加支援")
        .unwrap();
    assert_eq!(
        opt(&support.note),
        Some("※職員の意識・資質の向上を図るための研修等への参加に対する支援制度")
    );
    assert_eq!(
        m.blocks
            .iter()
            .find(|b| b.id == "block_m10")
            .unwrap()
            .groups[0]
            .items[0]
            .name,
        "職員表彰"
    );
}

// ---------------------------------------------------------------- typos and ids

#[test]
fn typos_are_corrected_where_shown_and_kept_as_printed() {
    let m = map();
    // The shown text never has the printed typo; the typo's printed spelling is in the
    // item's 原文, which is in the source; the corrected spelling is in the shown text.
    let mut typos: Vec<(String, String, String, String)> = Vec::new();
    for st in &m.steps {
        for t in &st.typos {
            typos.push((
                t.printed.to_string(),
                t.corrected.to_string(),
                st.expectations.iter().map(|e| e.as_str()).collect(),
                st.source.as_deref().unwrap_or_default().to_string(),
            ));
        }
    }
    for b in &m.blocks {
        for t in &b.typos {
            typos.push((
                t.printed.to_string(),
                t.corrected.to_string(),
                b.slogan.to_string(),
                b.source.as_deref().unwrap_or_default().to_string(),
            ));
        }
    }
    for tr in all_trainings(m) {
        for t in &tr.typos {
            typos.push((
                t.printed.to_string(),
                t.corrected.to_string(),
                format!("{}{}", tr.name, tr.contents.as_deref().unwrap_or_default()),
                tr.source.as_deref().unwrap_or_default().to_string(),
            ));
        }
    }
    let printed: Vec<&str> = typos.iter().map(|t| t.0.as_str()).collect();
    for p in [
        "協力がすることができる",
        "データテラシー",
        "業務スベック",
        "人も最も",
        "通信教育放送大学",
    ] {
        assert!(printed.contains(&p), "typo {p} is kept as data");
    }
    let seed = seed();
    for (printed, corrected, shown, source) in &typos {
        assert!(
            seed.contains(printed.as_str()),
            "{printed} is in the source"
        );
        assert!(source.contains(printed.as_str()), "{printed} in its 原文");
        assert!(!shown.contains(printed.as_str()), "{printed} corrected");
        assert!(shown.contains(corrected.as_str()), "{corrected} shown");
    }
}

#[test]
fn ids_are_unique_across_the_file() {
    let m = map();
    let mut seen = HashSet::new();
    let ids = m
        .steps
        .iter()
        .map(|s| &s.id)
        .chain(m.specialist_tiers.iter().map(|t| &t.id))
        .chain(m.measures.iter().map(|x| &x.id))
        .chain(m.blocks.iter().map(|b| &b.id))
        .chain(m.year_training.years.iter().map(|y| &y.id))
        .chain(all_trainings(m).into_iter().map(|t| &t.id));
    for id in ids {
        assert!(seen.insert(id.as_str()), "id {id} used twice");
    }
    assert_eq!(all_trainings(m).len(), 9 + 13 + 3 + 6 + 4 + 1 + 2);
}

// ---------------------------------------------------------------- the source text itself

/// The source text as a reader finds it, with the extraction's artifacts undone: the markup
/// of its tables gone, the stray 日 before role titles dropped, the superscript [※] joined,
/// and every run of white space one space.
fn seed() -> &'static str {
    static SEED: OnceLock<String> = OnceLock::new();
    SEED.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed");
        let raw: String = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("the source text at {dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        assert!(!raw.is_empty(), "no source text in {dir}");
        let mut out = String::new();
        let mut in_tag = false;
        for c in raw.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    out.push(' ');
                }
                _ if in_tag => {}
                c => out.push(c),
            }
        }
        let out = out.replace("日行政サービス", "行政サービス");
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        out.replace(" [※] ", "※")
    })
}

/// The raw lines of the source text (tab-separated cells).
fn seed_lines() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().extension().is_some_and(|x| x == "txt") {
            out.extend(
                std::fs::read_to_string(e.path())
                    .unwrap()
                    .lines()
                    .map(String::from),
            );
        }
    }
    out
}

fn join_titles(v: &[Text]) -> String {
    strs(v).join("・")
}

/// Every 原文 the map holds, with what it belongs to.
fn sources(m: &CareerMap) -> Vec<(String, Option<&Text>)> {
    let mut v: Vec<(String, Option<&Text>)> = Vec::new();
    for x in &m.measures {
        v.push((format!("measure {}", x.id), x.source.as_ref()));
    }
    for x in &m.initiatives {
        v.push((format!("initiative {}", x.number), x.source.as_ref()));
    }
    for x in &m.steps {
        v.push((format!("step {}", x.id), x.source.as_ref()));
        v.push((format!("step {} ojt", x.id), x.ojt.source.as_ref()));
        if x.id != "shunin" {
            // Nothing is printed for 主任's appraisal role (a reading, with its note).
            v.push((
                format!("step {} appraisal", x.id),
                x.appraisal.source.as_ref(),
            ));
        }
    }
    for x in &m.specialist_tiers {
        v.push((format!("tier {}", x.id), x.source.as_ref()));
    }
    v.push(("year table".into(), m.year_training.source.as_ref()));
    for x in &m.year_training.years {
        v.push((format!("year {}", x.year), x.source.as_ref()));
    }
    for x in &m.blocks {
        v.push((format!("block {}", x.id), x.source.as_ref()));
    }
    for x in all_trainings(m) {
        v.push((format!("training {}", x.id), x.source.as_ref()));
    }
    v
}

#[test]
fn every_fact_keeps_its_source_text_as_printed() {
    let m = map();
    let seed = seed();
    for (what, src) in sources(m) {
        let src = src.unwrap_or_else(|| panic!("{what} has its 原文"));
        assert!(
            seed.contains(src.as_str()),
            "{what}: 原文 not in the source: {src}"
        );
        assert!(!src.starts_with('日'), "{what}: the stray 日 is dropped");
        assert!(!src.contains('<'), "{what}: no markup");
    }
}

#[test]
fn the_shown_text_stands_in_its_source_text() {
    let m = map();
    // Undo the corrections, so the shown text can be found in the printed one.
    let printed = |s: &str, typos: &[career_nav::model::Typo]| {
        typos.iter().fold(s.to_string(), |acc, t| {
            acc.replace(t.corrected.as_str(), t.printed.as_str())
        })
    };
    for st in &m.steps {
        let src = st.source.as_deref().unwrap();
        assert!(src.starts_with(st.role.as_str()), "{}: role", st.id);
        for e in &st.expectations {
            assert!(src.contains(&printed(e, &st.typos)), "{}: {e}", st.id);
        }
        // The role names, spaces of the extraction aside.
        for r in [&st.ojt, &st.appraisal] {
            if let Some(rs) = &r.source {
                let compact = rs.replace(' ', "");
                for part in r.name.split('・') {
                    assert!(compact.contains(part), "{}: {} in {rs}", st.id, r.name);
                }
            }
        }
    }
    for t in &m.specialist_tiers {
        let src = t.source.as_deref().unwrap();
        assert!(src.starts_with(&format!("({})", t.name)), "{}", t.id);
        assert!(src.contains(t.role.as_str()), "{}", t.id);
        for e in &t.expectations {
            assert!(src.contains(e.as_str()), "{}: {e}", t.id);
        }
    }
    for x in &m.measures {
        let src = x.source.as_deref().unwrap();
        assert!(src.contains(&format!("{}{}", x.symbol, x.name)), "{}", x.id);
        if x.id != "m10" {
            // ⑩'s page-1 cell was lost: its 原文 is page 2's block.
            assert!(src.contains(&format!("方針:{}", x.policy)), "{}", x.id);
            assert!(src.contains(x.aim.as_deref().unwrap()), "{}", x.id);
            for i in &x.main_initiatives {
                assert!(src.contains(i.as_str()), "{}: {i}", x.id);
            }
        }
    }
    for n in &m.initiatives {
        let src = n.source.as_deref().unwrap();
        assert!(src.starts_with(&format!("取組 {}：", n.number)));
        assert!(src.contains(n.title.as_str()), "{}", n.number);
        if let Some(a) = &n.added {
            assert!(src.contains(a.as_str()));
        }
    }
    for b in &m.blocks {
        let src = b.source.as_deref().unwrap();
        assert!(src.contains(&printed(&b.slogan, &b.typos)), "{}", b.id);
    }
    for t in all_trainings(m) {
        let src = t.source.as_deref().unwrap();
        let shown = printed(&t.name, &t.typos);
        assert!(src.starts_with(&shown), "{}: {src}", t.id);
        for f in [&t.contents, &t.audience, &t.organiser, &t.note]
            .into_iter()
            .flatten()
        {
            assert!(src.contains(&printed(f, &t.typos)), "{}: {f}", t.id);
        }
    }
}

#[test]
fn the_ladder_is_the_source_rows() {
    // The first cell of each row of page 2's table, from 1級 to 部長: the step titles.
    let m = map();
    let rows: Vec<Vec<String>> = seed_lines()
        .iter()
        .skip_while(|l| !l.starts_with("職位\t"))
        .skip(1)
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        // The 1–5年目 rows are the sub-table printed again, and スタッフ職 is the other track.
        .filter(|c| !c.is_empty() && !c.ends_with("年目") && c != "スタッフ職")
        .map(|c| c.split(' ').map(String::from).collect())
        .collect();
    let ladder: Vec<Vec<String>> = m
        .ladder()
        .iter()
        .map(|&s| m[s].titles.iter().map(|t| t.to_string()).collect())
        .collect();
    assert_eq!(ladder, rows);
}

#[test]
fn page_one_measures_are_read_from_the_source() {
    let m = map();
    let seed = seed();
    for x in m.measures.iter().filter(|x| x.number <= 9) {
        let head = format!("{}{} 方針:", x.symbol, x.name);
        let at = seed.find(&head).unwrap_or_else(|| panic!("{head}"));
        let rest = &seed[at + head.len()..];
        let policy = rest.split(' ').next().unwrap();
        assert_eq!(x.policy, policy, "{}", x.id);
        let aim = rest.split(' ').nth(1).unwrap();
        assert_eq!(x.aim.as_deref(), Some(aim), "{}", x.id);
    }
}

#[test]
fn initiatives_are_read_from_the_source_in_its_order() {
    let m = map();
    let seed = seed();
    let mut printed: Vec<(u8, String, String)> = Vec::new();
    for part in seed.split("取組 ").skip(1) {
        let Some((n, rest)) = part.split_once('：') else {
            continue;
        };
        let Ok(n) = n.parse::<u8>() else { continue };
        let (label, rest) = rest[1..].split_once(')').unwrap();
        let title = rest.split(' ').next().unwrap();
        printed.push((n, label.to_string(), title.to_string()));
    }
    let ours: Vec<(u8, String, String)> = m
        .initiatives
        .iter()
        .map(|n| {
            let label = match n.label {
                InitiativeLabel::New => "NEW",
                InitiativeLabel::Expanded => "拡充",
            };
            (n.number, label.to_string(), n.title.to_string())
        })
        .collect();
    assert_eq!(ours, printed);
}

#[test]
fn block_slogans_are_page_two_as_printed() {
    let m = map();
    let seed = seed();
    for b in &m.blocks {
        let sym = &m.measure(&b.measure).unwrap().symbol;
        let src = b.source.as_deref().unwrap();
        assert!(src.starts_with(&format!("{sym}{}", b.name)), "{}", b.id);
        assert!(seed.contains(src));
    }
    // Page 2's slogans differ from page 1's 方針 for ③ ④ ⑤ ⑥.
    for id in ["m3", "m4", "m5", "m6"] {
        let b = m.blocks.iter().find(|b| b.measure == id).unwrap();
        assert_ne!(b.slogan, m.measure(id).unwrap().policy, "{id}");
    }
}

#[test]
fn the_specialist_row_holds_only_a_copied_cell() {
    // The facts behind 「原資料から読み取れない」: the スタッフ職 row's role cells are all the
    // same text as the rows above it.
    let lines = seed_lines();
    let row = lines
        .iter()
        .find(|l| l.starts_with("スタッフ職\t"))
        .unwrap();
    let cells: Vec<&str> = row.split('\t').skip(3).filter(|c| !c.is_empty()).collect();
    assert!(cells.len() >= 2);
    assert!(cells.iter().all(|c| *c == cells[0]), "{cells:?}");
    let m = map();
    for t in &m.specialist_tiers {
        assert_eq!(t.ojt.source.as_deref(), Some(cells[0]));
        assert_ne!(t.ojt.name, "OJT推進者");
        assert_ne!(t.appraisal.name, "考課者(二次)");
    }
}

#[test]
fn promotion_notes_name_the_row_as_printed() {
    let m = map();
    for p in &m.promotion_trainings {
        let note = opt(&p.inferred).unwrap();
        assert!(!note.contains("一つ下"), "{note}");
        // The row that prints the cell: the step below the one promoted into.
        let into = m.step_index(&p.into).unwrap();
        let below = m
            .ladder()
            .into_iter()
            .find(|&s| m.next_step(s) == Some(into))
            .unwrap();
        assert!(
            note.contains(&format!("{}の行にある", m[below].name)),
            "{note}"
        );
    }
}

// ---------------------------------------------------------------- inferred placements

#[test]
fn inferred_placements_carry_notes() {
    let m = map();
    let kyu2 = step(m, "kyu2");
    assert_inferred(&kyu2.ojt.inferred, "2級 ojt");
    assert_inferred(&kyu2.appraisal.inferred, "2級 appraisal");
    let shunin = step(m, "shunin");
    assert_inferred(&shunin.ojt.inferred, "主任 ojt");
    assert!(
        shunin
            .ojt
            .inferred
            .as_deref()
            .unwrap()
            .contains("実務指導者 OJT 推進者")
    );
    // 副主幹・副技監 beside グループ長 is a reading; 「…を含む」 placements are printed.
    for l in m.specialist_tiers.iter().flat_map(|t| &t.levels) {
        let printed_with = format!("(対象：{}を含む)", join_titles(&l.titles));
        if seed().contains(&printed_with) {
            assert!(l.inferred.is_none(), "{printed_with}");
        } else {
            assert_inferred(&l.inferred, &format!("level of {:?}", strs(&l.titles)));
        }
    }
    assert_inferred(&shunin.appraisal.inferred, "主任 appraisal");
    for t in &m.specialist_tiers {
        assert_inferred(&t.ojt.inferred, &format!("{} ojt", t.id));
        assert_inferred(&t.appraisal.inferred, &format!("{} appraisal", t.id));
    }
    assert_inferred(
        &m[tier_idx(m, "staff2")].inferred,
        "staff2 placement of 専門監・参事・参与",
    );
    for p in &m.promotion_trainings {
        assert_inferred(&p.inferred, &format!("promotion into {}", p.into));
        for t in &p.trainings {
            // The 新任… items name the grade (high confidence, the cell's note covers them);
            // the items that share their cell carry their own, medium-confidence note.
            if t.name.starts_with("新任") {
                assert!(t.inferred.is_none(), "{}", t.id);
            } else {
                assert_inferred(&t.inferred, &t.id);
            }
        }
    }
}

#[test]
fn printed_facts_carry_no_note() {
    let m = map();
    for id in ["kyu1", "group_cho", "kacho_hosa", "kacho", "bucho"] {
        let s = step(m, id);
        assert!(s.inferred.is_none(), "{id}");
        assert!(s.ojt.inferred.is_none(), "{id} ojt");
        assert!(s.appraisal.inferred.is_none(), "{id} appraisal");
    }
    assert!(m[tier_idx(m, "staff1")].inferred.is_none());
    for b in &m.blocks {
        assert!(b.inferred.is_none(), "{}", b.id);
    }
}
